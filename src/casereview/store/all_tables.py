"""Imports every table module so that Alembic sees the whole schema.

A feature that adds tables in `casereview/store/<feature>_tables.py` adds one import here.
"""

from casereview.store.tables import Base

__all__ = ["Base"]
from casereview.store import publish_tables  # noqa: F401
