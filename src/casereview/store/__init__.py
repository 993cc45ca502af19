"""store stage of casereview."""
