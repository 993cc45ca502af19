"""ingest stage of casereview."""
