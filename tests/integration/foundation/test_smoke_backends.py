"""The schema migrates and the audit log refuses changes on every backend."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from casereview.store.audit import record_audit
from casereview.store.database import Database


def test_audit_log_is_append_only(db: Database) -> None:
    with db.engine.begin() as conn:
        record_audit(conn, actor="tester", action="test.append", review_ref=None)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone else'"))
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT actor FROM audit_log")).scalars().all() == ["tester"]
