"""model stage of casereview."""
