"""Correspondence about a review (an MP, the national panel, the family, the press) and whether
the promises given in reply were kept (issue 5). Subjects are short and neutral; audit entries
carry ids, roles and dates only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from casereview.errors import InvalidInput, NotFound
from casereview.review.correspondence import (
    Correspondence,
    PromiseStatus,
    parse_correspondent_role,
)
from casereview.services.clock import (
    correspondence_from_row,
    refuse_future,
    today_or,
)
from casereview.services.reviews import get_review
from casereview.store.audit import record_audit
from casereview.store.clock_tables import (
    CorrespondenceRow,
)
from casereview.store.database import Database

__all__ = [
    "CorrespondenceLine",
    "list_correspondence",
    "log_correspondence",
    "record_delivery",
    "record_reply",
]


# -- correspondence ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CorrespondenceLine:
    id: int
    received: dt.date
    from_role: str
    subject: str
    replied: dt.date | None
    promised: dt.date | None
    delivered: dt.date | None
    promise: PromiseStatus
    awaiting_reply: bool


def _letter(session: Session, ref: str, entry_id: int) -> CorrespondenceRow:
    review = get_review(session, ref)
    row = session.get(CorrespondenceRow, entry_id)
    if row is None or row.review_id != review.id:
        raise NotFound(
            f"There is no correspondence {entry_id} in review {ref}. "
            f"List it with: casereview correspondence list {ref}"
        )
    return row


def log_correspondence(
    db: Database,
    *,
    ref: str,
    received: dt.date,
    from_role: str,
    subject: str,
    actor: str,
    today: dt.date | None = None,
) -> int:
    """Log a letter or request; returns its id."""
    refuse_future(received, "The received date", today_or(today))
    subject = subject.strip()
    if not subject or len(subject) > 200:
        raise InvalidInput("Give a short neutral subject (up to 200 characters), naming no one")
    entry = Correspondence(received, parse_correspondent_role(from_role), subject)
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        row = CorrespondenceRow(
            review_id=review.id,
            received=received,
            from_role=entry.from_role.value,
            subject=subject,
        )
        session.add(row)
        session.flush()
        record_audit(
            session,
            actor=actor,
            action="correspondence.log",
            review_ref=ref,
            detail={"id": row.id, "from": entry.from_role.value, "received": received.isoformat()},
        )
        session.commit()
        return row.id


def record_reply(
    db: Database,
    *,
    ref: str,
    entry_id: int,
    replied: dt.date,
    promised: dt.date | None,
    actor: str,
) -> None:
    """Record the reply and the date it promised (if any)."""
    with db.unit_of_work() as session:
        row = _letter(session, ref, entry_id)
        replace(correspondence_from_row(row), replied=replied, promised=promised)  # validates dates
        row.replied, row.promised = replied, promised
        record_audit(
            session,
            actor=actor,
            action="correspondence.reply",
            review_ref=ref,
            detail={
                "id": entry_id,
                "replied": replied.isoformat(),
                "promised": promised.isoformat() if promised else None,
            },
        )
        session.commit()


def record_delivery(
    db: Database, *, ref: str, entry_id: int, delivered: dt.date, actor: str
) -> PromiseStatus:
    """Record the day the promised thing was delivered; returns whether the promise was kept."""
    with db.unit_of_work() as session:
        row = _letter(session, ref, entry_id)
        entry = replace(correspondence_from_row(row), delivered=delivered)
        row.delivered = delivered
        status = entry.promise_status(delivered)
        record_audit(
            session,
            actor=actor,
            action="correspondence.delivered",
            review_ref=ref,
            detail={"id": entry_id, "delivered": delivered.isoformat(), "promise": status.value},
        )
        session.commit()
        return status


def list_correspondence(
    db: Database, *, ref: str, as_of: dt.date | None = None
) -> list[CorrespondenceLine]:
    day = today_or(as_of)
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        rows = session.scalars(
            select(CorrespondenceRow)
            .where(CorrespondenceRow.review_id == review.id)
            .order_by(CorrespondenceRow.received, CorrespondenceRow.id)
        )
        lines = []
        for row in rows:
            entry = correspondence_from_row(row)
            lines.append(
                CorrespondenceLine(
                    row.id,
                    row.received,
                    row.from_role,
                    row.subject,
                    row.replied,
                    row.promised,
                    row.delivered,
                    entry.promise_status(day),
                    entry.awaiting_reply(day),
                )
            )
        return lines
