"""publish stage of casereview."""
