"""chronology stage of casereview."""
