"""Imports every table module so that Alembic sees the whole schema.

A feature that adds tables in `casereview/store/<feature>_tables.py` adds one import here.
"""

import casereview.store.linkage_tables  # noqa: F401
from casereview.store.tables import Base

__all__ = ["Base"]
