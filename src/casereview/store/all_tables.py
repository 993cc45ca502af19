"""Imports every table module so that Alembic sees the whole schema.

A feature that adds tables in `casereview/store/<feature>_tables.py` adds one import here.
"""

import casereview.store.clock_tables  # issue 5: review clock and action plans
import casereview.store.indicators_tables  # issue 4: indicator findings
import casereview.store.linkage_tables  # issue 3: person linkage
import casereview.store.publish_tables  # noqa: F401  (issue 7: publication records)
from casereview.store import web_tables  # noqa: F401
from casereview.store.tables import Base

__all__ = ["Base"]
