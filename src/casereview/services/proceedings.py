"""Parallel proceedings of a review (trial, appeal, inquest...) and the publication holds they
create (issue 5). Every change is audited; an end before the start is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from casereview.errors import InvalidInput, NotFound
from casereview.review.proceedings import Proceeding, parse_proceeding_kind
from casereview.services.clock import (
    proceeding_from_row,
    proceeding_rows,
    stored_facts,
    today_or,
)
from casereview.services.reviews import get_review
from casereview.store.audit import record_audit
from casereview.store.clock_tables import (
    ProceedingRow,
)
from casereview.store.database import Database

__all__ = [
    "ProceedingLine",
    "add_proceeding",
    "end_proceeding",
    "list_proceedings",
]


# -- proceedings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProceedingLine:
    id: int
    kind: str
    start: dt.date
    end: dt.date | None
    holds_publication: bool
    description: str
    holding_now: bool


def add_proceeding(
    db: Database,
    *,
    ref: str,
    kind: str,
    start: dt.date,
    end: dt.date | None = None,
    holds_publication: bool = False,
    description: str = "",
    actor: str,
) -> int:
    """Record a parallel proceeding; returns its id."""
    proceeding = Proceeding(
        parse_proceeding_kind(kind), start, end, holds_publication, description.strip()
    )
    if len(proceeding.description) > 200:
        raise InvalidInput("Keep the description under 200 characters, and name no one in it")
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        facts, _ = stored_facts(session, review)
        replace(facts, proceedings=(*facts.proceedings, proceeding)).validate()
        row = ProceedingRow(
            review_id=review.id,
            kind=proceeding.kind.value,
            start=start,
            end=end,
            holds_publication=holds_publication,
            description=proceeding.description,
        )
        session.add(row)
        session.flush()
        record_audit(
            session,
            actor=actor,
            action="proceedings.add",
            review_ref=ref,
            detail={
                "id": row.id,
                "kind": proceeding.kind.value,
                "start": start.isoformat(),
                "end": end.isoformat() if end else None,
                "holds_publication": holds_publication,
            },
        )
        session.commit()
        return row.id


def end_proceeding(
    db: Database, *, ref: str, proceeding_id: int, end: dt.date, actor: str
) -> ProceedingLine:
    """Record the day a proceeding ended (verdict, appeal determined, inquest concluded)."""
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        row = session.get(ProceedingRow, proceeding_id)
        if row is None or row.review_id != review.id:
            raise NotFound(
                f"There is no proceeding {proceeding_id} in review {ref}. "
                f"List them with: casereview proceedings list {ref}"
            )
        Proceeding(  # refuses an end before the start, before anything is written
            parse_proceeding_kind(row.kind), row.start, end, row.holds_publication
        )
        row.end = end
        record_audit(
            session,
            actor=actor,
            action="proceedings.end",
            review_ref=ref,
            detail={"id": row.id, "end": end.isoformat()},
        )
        session.commit()
        return ProceedingLine(
            row.id, row.kind, row.start, row.end, row.holds_publication, row.description, False
        )


def list_proceedings(
    db: Database, *, ref: str, as_of: dt.date | None = None
) -> list[ProceedingLine]:
    day = today_or(as_of)
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        return [
            ProceedingLine(
                r.id,
                r.kind,
                r.start,
                r.end,
                r.holds_publication,
                r.description,
                r.holds_publication and proceeding_from_row(r).active_on(day),
            )
            for r in proceeding_rows(session, review.id)
        ]
