"""Who works on a review: independent reviewers and panel members, added by a coordinator.

Reviewers and panel members see only the reviews they are members of (services/access.py);
administrators and coordinators see every review, agency contributors the reviews their
agency is invited to, so neither is ever a member. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from casereview.errors import InvalidInput, NotFound
from casereview.model.roles import MEMBER_ROLES, ROLE_LABELS, Permission, Role
from casereview.services.access import Viewer, check_review, require
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.queries import review_header
from casereview.store.tables import Review
from casereview.store.web_tables import ReviewMember, WebUser

__all__ = [
    "Member",
    "add_member",
    "eligible_users",
    "list_members",
    "remove_member",
]


@dataclass(frozen=True)
class Member:
    user_id: int
    username: str
    display_name: str
    role_label: str


def _member(user: WebUser) -> Member:
    return Member(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name or user.username,
        role_label=ROLE_LABELS[Role(user.role)],
    )


def list_members(db: Database, *, ref: str, viewer: Viewer) -> list[Member]:
    """The members of a review, by name (only for those who may see the review)."""
    with db.unit_of_work() as session:
        check_review(session.connection(), viewer, ref)
        review = review_header(session.connection(), ref)
        users = session.scalars(
            select(WebUser)
            .join(ReviewMember, ReviewMember.user_id == WebUser.id)
            .where(ReviewMember.review_id == review.id)
            .order_by(WebUser.username)
        )
        return [_member(u) for u in users]


def eligible_users(db: Database, *, ref: str, viewer: Viewer) -> list[Member]:
    """Active reviewers and panel members who are not yet members of this review."""
    require(viewer, Permission.MEMBERS_MANAGE)
    with db.unit_of_work() as session:
        review = review_header(session.connection(), ref)
        members = select(ReviewMember.user_id).where(ReviewMember.review_id == review.id)
        users = session.scalars(
            select(WebUser)
            .where(
                WebUser.role.in_([r.value for r in MEMBER_ROLES]),
                WebUser.active.is_(True),
                WebUser.id.not_in(members),
            )
            .order_by(WebUser.username)
        )
        return [_member(u) for u in users]


def add_member(db: Database, *, ref: str, username: str, viewer: Viewer) -> Member:
    """Make a reviewer or panel member a member of a review (they can then see it)."""
    require(viewer, Permission.MEMBERS_MANAGE)
    with db.unit_of_work() as session:
        review = review_header(session.connection(), ref)
        user = session.scalar(select(WebUser).where(WebUser.username == username.strip()))
        if user is None:
            raise NotFound("There is no such user")
        if Role(user.role) not in MEMBER_ROLES:
            raise InvalidInput(
                "Only independent reviewers and panel members are added to a review; "
                "administrators and coordinators see every review, agency contributors the "
                "reviews their agency is invited to"
            )
        exists = session.scalar(
            select(ReviewMember.id).where(
                ReviewMember.review_id == review.id, ReviewMember.user_id == user.id
            )
        )
        if exists is not None:
            raise InvalidInput(f"{user.username} is already a member of this review")
        session.execute(
            insert(ReviewMember).values(
                review_id=review.id, user_id=user.id, added_by=viewer.username, added_at=utcnow()
            )
        )
        record_audit(
            session.connection(),
            actor=viewer.username,
            action="review.member.add",
            review_ref=ref,
            detail={"user": user.username, "role": user.role},
        )
        member = _member(user)
        session.commit()
        return member


def remove_member(db: Database, *, ref: str, username: str, viewer: Viewer) -> None:
    """Take a member off a review (they no longer see it)."""
    require(viewer, Permission.MEMBERS_MANAGE)
    with db.unit_of_work() as session:
        review = review_header(session.connection(), ref)
        user = session.scalar(select(WebUser).where(WebUser.username == username.strip()))
        removed = 0
        if user is not None:
            result = session.execute(
                delete(ReviewMember).where(
                    ReviewMember.review_id == review.id, ReviewMember.user_id == user.id
                )
            )
            removed = int(getattr(result, "rowcount", 0) or 0)
        if not removed:
            raise NotFound("That user is not a member of this review")
        record_audit(
            session.connection(),
            actor=viewer.username,
            action="review.member.remove",
            review_ref=ref,
            detail={"user": username.strip()},
        )
        session.commit()


def memberships(db: Database) -> dict[int, list[str]]:
    """User id -> references of the reviews they are a member of (for the accounts list)."""
    out: dict[int, list[str]] = {}
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(ReviewMember.user_id, Review.ref)
            .join(Review, Review.id == ReviewMember.review_id)
            .order_by(Review.ref)
        )
        for user_id, ref in rows:
            out.setdefault(int(user_id), []).append(str(ref))
    return out
