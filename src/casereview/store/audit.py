"""The append-only audit log: who did what, when, to which review."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from casereview.store.tables import AuditEntry

__all__ = ["current_actor", "record_audit", "utcnow"]


def utcnow() -> datetime:
    """Naive UTC timestamp (stored identically by SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def current_actor() -> str:
    """The person at the command line: CASEREVIEW_USER, else the operating-system user."""
    return os.environ.get("CASEREVIEW_USER") or getpass.getuser()


def record_audit(
    target: Session | Connection,
    *,
    actor: str,
    action: str,
    review_ref: str | None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry in the caller's transaction: it commits or rolls back with the work."""
    target.execute(
        insert(AuditEntry).values(
            at=utcnow(), actor=actor, action=action, review_ref=review_ref, detail=detail or {}
        )
    )
