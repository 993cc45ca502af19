"""indicators stage of casereview."""
