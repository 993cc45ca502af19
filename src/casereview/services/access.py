"""Who may see which review and which agency's return, and the audit of what they saw.

Administrators and coordinators see every review. An independent reviewer or a panel member
sees a review only when they are one of its members (added by a coordinator). An agency
contributor sees a review only when its agency is invited to it, and only its own agency's
return. Everything else is refused with `Forbidden`, whose message never says whether
the thing asked for exists (so that a refusal leaks nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from casereview.errors import CaseReviewError
from casereview.model.roles import MEMBER_ROLES, Permission, Role, has_permission
from casereview.store.audit import record_audit
from casereview.store.database import Database
from casereview.store.tables import Agency, Review
from casereview.store.web_tables import ReviewMember, WebUser

__all__ = [
    "Forbidden",
    "Viewer",
    "agency_scope",
    "check_agency",
    "check_review",
    "member_review_ids",
    "record_view",
    "require",
]

FORBIDDEN_MESSAGE = "You do not have permission to see this page."


class Forbidden(CaseReviewError):
    exit_code = 4
    http_status = 403
    title = "You do not have permission"

    def __init__(self, message: str = FORBIDDEN_MESSAGE) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class Viewer:
    """The signed-in person as the services need them: name for the audit, role, agency."""

    username: str
    role: Role
    agency: str | None = None

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)


def require(viewer: Viewer, permission: Permission) -> None:
    if not viewer.can(permission):
        raise Forbidden()


def _review_id(conn: Connection, ref: str) -> int | None:
    return conn.execute(select(Review.id).where(Review.ref == ref)).scalar()


def check_review(conn: Connection, viewer: Viewer, ref: str) -> None:
    """Refuse a review the viewer may not see (a missing review is NotFound for others)."""
    if viewer.can(Permission.REVIEWS_READ_ALL):
        return
    if viewer.role is Role.AGENCY_CONTRIBUTOR and viewer.agency:
        invited = conn.execute(
            select(func.count())
            .select_from(Agency)
            .join(Review, Review.id == Agency.review_id)
            .where(Review.ref == ref, func.lower(Agency.name) == viewer.agency.casefold())
        ).scalar()
        if invited:
            return
    elif viewer.role in MEMBER_ROLES:
        review_id = _review_id(conn, ref)
        if review_id is not None and review_id in member_review_ids(conn, viewer):
            return
    raise Forbidden()


def member_review_ids(conn: Connection, viewer: Viewer) -> frozenset[int]:
    """The reviews this viewer is a member of."""
    rows = conn.execute(
        select(ReviewMember.review_id)
        .join(WebUser, WebUser.id == ReviewMember.user_id)
        .where(WebUser.username == viewer.username, WebUser.active.is_(True))
    ).scalars()
    return frozenset(int(r) for r in rows)


def check_agency(conn: Connection, viewer: Viewer, ref: str, agency_id: int) -> None:
    """Refuse an agency's return unless the viewer reads all returns or it is their own."""
    check_review(conn, viewer, ref)
    if viewer.can(Permission.RETURNS_READ_ALL):
        return
    name = conn.execute(
        select(Agency.name)
        .join(Review, Review.id == Agency.review_id)
        .where(Review.ref == ref, Agency.id == agency_id)
    ).scalar()
    if name is None or viewer.agency is None or name.casefold() != viewer.agency.casefold():
        raise Forbidden()


def agency_scope(viewer: Viewer) -> str | None:
    """The only agency whose data this viewer may see, or None for every agency."""
    return None if viewer.can(Permission.RETURNS_READ_ALL) else (viewer.agency or "\x00none")


def record_view(
    db: Database, *, viewer: Viewer, page: str, review_ref: str | None, detail: dict[str, Any]
) -> None:
    """Write one page view of personal data to the audit log (who, what, when)."""
    with db.engine.begin() as conn:
        record_audit(
            conn,
            actor=viewer.username,
            action="view." + page,
            review_ref=review_ref,
            detail=detail,
        )
