"""Creating and finding reviews."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casereview.errors import InvalidInput, NotFound
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.tables import Review

__all__ = ["REVIEW_TYPES", "create_review", "get_review", "list_reviews"]

REVIEW_TYPES = {
    "rapid": "Rapid review",
    "lcspr": "Local child safeguarding practice review",
    "scr": "Serious case review (before 2019)",
}
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


def get_review(session: Session, ref: str) -> Review:
    review = session.scalar(select(Review).where(Review.ref == ref))
    if review is None:
        raise NotFound(f"There is no review {ref}. Create it with: casereview review create {ref}")
    return review


def list_reviews(session: Session) -> list[Review]:
    return list(session.scalars(select(Review).order_by(Review.ref)))


def create_review(
    db: Database,
    *,
    ref: str,
    title: str = "",
    review_type: str = "lcspr",
    area: str = "england",
    aware_date: date | None = None,
    actor: str,
) -> Review:
    if not _REF.match(ref):
        raise InvalidInput(
            "A review reference uses letters, digits, '-', '_' or '.', up to 64 characters "
            "(e.g. LCSPR-2024-03)"
        )
    if review_type not in REVIEW_TYPES:
        raise InvalidInput(f"Unknown review type; expected one of: {', '.join(REVIEW_TYPES)}")
    if area not in ("england", "wales"):
        raise InvalidInput("The area is england or wales")
    if aware_date is not None:
        from casereview.services.clock import check_new_review

        check_new_review(review_type, aware_date)  # e.g. no LCSPR for a 2017 incident
    with db.unit_of_work() as session:
        if session.scalar(select(Review.id).where(Review.ref == ref)) is not None:
            raise InvalidInput(f"A review {ref} already exists; choose another reference")
        review = Review(
            ref=ref,
            title=title,
            review_type=review_type,
            area=area,
            aware_date=aware_date,
            created_at=utcnow(),
            created_by=actor,
        )
        session.add(review)
        session.flush()
        record_audit(
            session,
            actor=actor,
            action="review.create",
            review_ref=ref,
            detail={"type": review_type, "area": area},
        )
        session.commit()
        return review
