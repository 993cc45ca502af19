"""review stage of casereview."""
