"""services stage of casereview."""
