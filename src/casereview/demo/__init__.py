"""demo stage of casereview."""
