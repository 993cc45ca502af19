"""Summaries of reviews and their returns, for listings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casereview.store.database import Database
from casereview.store.tables import Agency, Return, Review

__all__ = ["ReviewSummary", "review_summaries"]


@dataclass(frozen=True)
class ReviewSummary:
    ref: str
    review_type: str
    title: str
    agencies: int
    events: int


def review_summaries(db: Database) -> list[ReviewSummary]:
    with db.engine.connect() as conn:
        agencies = dict(
            conn.execute(select(Agency.review_id, func.count()).group_by(Agency.review_id)).tuples()
        )
        events = dict(
            conn.execute(
                select(Return.review_id, func.sum(Return.events_count))
                .where(Return.is_current.is_(True))
                .group_by(Return.review_id)
            ).tuples()
        )
        return [
            ReviewSummary(
                r.ref,
                r.review_type,
                r.title,
                int(agencies.get(r.id, 0)),
                int(events.get(r.id, 0) or 0),
            )
            for r in conn.execute(
                select(Review.id, Review.ref, Review.review_type, Review.title).order_by(Review.ref)
            )
        ]
