"""linkage stage of casereview."""
