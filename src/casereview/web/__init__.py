"""web stage of casereview."""
