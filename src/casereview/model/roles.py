"""Who may do what: the roles of the people who work on reviews and their permissions.

Roles are data, not code paths: a page or a service asks for a permission, never for a role
name, so a partnership that needs a different split changes this table only.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "MEMBER_ROLES",
    "ROLE_LABELS",
    "ROLE_PERMISSIONS",
    "Permission",
    "Role",
    "has_permission",
]


class Role(StrEnum):
    PARTNERSHIP_ADMIN = "partnership_admin"
    REVIEW_COORDINATOR = "review_coordinator"
    INDEPENDENT_REVIEWER = "independent_reviewer"
    PANEL_MEMBER = "panel_member"
    AGENCY_CONTRIBUTOR = "agency_contributor"


class Permission(StrEnum):
    REVIEWS_READ_ALL = "reviews.read_all"  # every review of the partnership
    REVIEWS_CREATE = "reviews.create"
    AGENCIES_INVITE = "agencies.invite"
    RETURNS_READ_ALL = "returns.read_all"  # every agency's return
    RETURNS_UPLOAD_ALL = "returns.upload_all"  # on behalf of any agency
    RETURNS_UPLOAD_OWN = "returns.upload_own"  # only the user's own agency
    CHRONOLOGY_READ = "chronology.read"  # the merged chronology: every agency's events
    CHRONOLOGY_EXPORT = "chronology.export"
    NAMES_VIEW = "names.view"  # named (not anonymised) view
    MATCHES_DECIDE = "matches.decide"
    FINDINGS_READ = "findings.read"
    FINDINGS_RUN = "findings.run"  # run the indicator rules again (stores their findings)
    USERS_MANAGE = "users.manage"
    MEMBERS_MANAGE = "members.manage"  # who works on a review (reviewers, panel members)
    PUBLICATION_READ = "publication.read"  # where the anonymised report stands (no names)
    # Render and leak-check the report, see the flagged words, keep words, change glossary
    # labels, sign off, mark published, download the rendered files.
    PUBLICATION_MANAGE = "publication.manage"


ROLE_LABELS: dict[Role, str] = {
    Role.PARTNERSHIP_ADMIN: "Partnership administrator",
    Role.REVIEW_COORDINATOR: "Review coordinator",
    Role.INDEPENDENT_REVIEWER: "Independent reviewer",
    Role.PANEL_MEMBER: "Panel member (read only)",
    Role.AGENCY_CONTRIBUTOR: "Agency contributor",
}

# Reading a review's data; which reviews: all of them (REVIEWS_READ_ALL) or, for reviewers and
# panel members, only those they are members of (services/access.py).
_READERS = {
    Permission.RETURNS_READ_ALL,
    Permission.CHRONOLOGY_READ,
    Permission.FINDINGS_READ,
    Permission.PUBLICATION_READ,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PARTNERSHIP_ADMIN: frozenset(Permission),
    Role.REVIEW_COORDINATOR: frozenset(
        _READERS
        | {
            Permission.REVIEWS_READ_ALL,
            Permission.MEMBERS_MANAGE,
            Permission.REVIEWS_CREATE,
            Permission.AGENCIES_INVITE,
            Permission.RETURNS_UPLOAD_ALL,
            Permission.CHRONOLOGY_EXPORT,
            Permission.NAMES_VIEW,
            Permission.MATCHES_DECIDE,
            Permission.FINDINGS_RUN,
            Permission.PUBLICATION_MANAGE,
        }
    ),
    Role.INDEPENDENT_REVIEWER: frozenset(
        _READERS
        | {
            Permission.CHRONOLOGY_EXPORT,
            Permission.NAMES_VIEW,
            Permission.MATCHES_DECIDE,
            Permission.FINDINGS_RUN,
            Permission.PUBLICATION_MANAGE,  # on the reviews they are members of
        }
    ),
    # Panel members read the evolving picture, anonymised, and change nothing.
    Role.PANEL_MEMBER: frozenset(_READERS),
    # An agency contributor sees only its own agency's return, in reviews it is invited to.
    Role.AGENCY_CONTRIBUTOR: frozenset({Permission.RETURNS_UPLOAD_OWN}),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    """True when the role grants the permission; an unknown role grants nothing."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


MEMBER_ROLES: frozenset[Role] = frozenset(
    role
    for role, granted in ROLE_PERMISSIONS.items()
    if Permission.CHRONOLOGY_READ in granted and Permission.REVIEWS_READ_ALL not in granted
)
"""Roles that read a review's data but not every review: they see only the reviews they are
members of (independent reviewers, panel members; see services/access.py)."""
