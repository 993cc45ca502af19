"""Accounts of the web app: creating users, signing in with lock-out, the demo users.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile).
Every sign-in, failure, lock-out and account change is written to the audit log; a failed
sign-in for an unknown user name records no name (it could be a password typed in the wrong
box).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from rich.console import Console
from sqlalchemy import select, update

from casereview.errors import CaseReviewError, InvalidInput, NotFound
from casereview.model.roles import MEMBER_ROLES, ROLE_LABELS, Role
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.web_tables import WebUser

__all__ = [
    "AccountLocked",
    "LockoutPolicy",
    "SignInFailed",
    "UserInfo",
    "authenticate",
    "create_user",
    "demo_web_users",
    "get_user",
    "list_users",
    "set_password",
    "unlock_user",
    "user_for_identity",
]

_HASHER = PasswordHasher()
#: Verified against when the user name is unknown, so that both paths take the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))
MIN_PASSWORD_LENGTH = 12


class SignInFailed(CaseReviewError):
    """Wrong user name or password (never says which)."""

    http_status = 401
    title = "Sign-in failed"


class AccountLocked(CaseReviewError):
    http_status = 423
    title = "Account locked"


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int = 5
    minutes: int = 15


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    agency: str | None
    active: bool
    locked: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _info(user: WebUser) -> UserInfo:
    now = utcnow()
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name or user.username,
        role=Role(user.role),
        agency=user.agency,
        active=user.active,
        locked=user.locked_until is not None and user.locked_until > now,
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"A password must be at least {MIN_PASSWORD_LENGTH} characters long")


def create_user(
    db: Database,
    *,
    username: str,
    role: str,
    actor: str,
    display_name: str = "",
    agency: str | None = None,
    password: str | None = None,
    oidc_subject: str | None = None,
) -> UserInfo:
    """Add an account. Agency contributors must name their agency; no one else has one."""
    try:
        parsed_role = Role(role)
    except ValueError:
        raise InvalidInput(
            f"Unknown role; expected one of: {', '.join(r.value for r in Role)}"
        ) from None
    username = username.strip()
    if not username or len(username) > 100:
        raise InvalidInput("A user name is 1 to 100 characters")
    if parsed_role is Role.AGENCY_CONTRIBUTOR and not agency:
        raise InvalidInput("An agency contributor needs the name of their agency (--agency)")
    if parsed_role is not Role.AGENCY_CONTRIBUTOR and agency:
        raise InvalidInput("Only agency contributors belong to an agency")
    if password is not None:
        _check_password(password)
    with db.unit_of_work() as session:
        if session.scalar(select(WebUser.id).where(WebUser.username == username)) is not None:
            raise InvalidInput("That user name is taken; choose another")
        user = WebUser(
            username=username,
            display_name=display_name,
            role=parsed_role.value,
            agency=agency,
            password_hash=_HASHER.hash(password) if password is not None else None,
            oidc_subject=oidc_subject,
            active=True,
            failed_logins=0,
            created_at=utcnow(),
        )
        session.add(user)
        session.flush()
        record_audit(
            session,
            actor=actor,
            action="user.create",
            review_ref=None,
            detail={"user_id": user.id, "role": parsed_role.value, "agency": agency},
        )
        session.commit()
        return _info(user)


def set_password(db: Database, *, username: str, password: str, actor: str) -> None:
    """Set a new password and clear any lock-out."""
    _check_password(password)
    with db.unit_of_work() as session:
        user = session.scalar(select(WebUser).where(WebUser.username == username))
        if user is None:
            raise NotFound("There is no such user")
        user.password_hash = _HASHER.hash(password)
        user.failed_logins = 0
        user.locked_until = None
        record_audit(
            session,
            actor=actor,
            action="user.password",
            review_ref=None,
            detail={"user_id": user.id},
        )
        session.commit()


def get_user(db: Database, user_id: int) -> UserInfo | None:
    """The active account with this id, if any (sessions of removed accounts end).

    Called on every request, so it is one plain SELECT rather than an ORM session.
    """
    with db.engine.connect() as conn:
        row = conn.execute(
            select(
                WebUser.id,
                WebUser.username,
                WebUser.display_name,
                WebUser.role,
                WebUser.agency,
                WebUser.active,
                WebUser.locked_until,
            ).where(WebUser.id == user_id, WebUser.active.is_(True))
        ).first()
    if row is None:
        return None
    return UserInfo(
        id=row.id,
        username=row.username,
        display_name=row.display_name or row.username,
        role=Role(row.role),
        agency=row.agency,
        active=row.active,
        locked=row.locked_until is not None and row.locked_until > utcnow(),
    )


def list_users(db: Database) -> list[UserInfo]:
    with db.unit_of_work() as session:
        return [_info(u) for u in session.scalars(select(WebUser).order_by(WebUser.username))]


def unlock_user(db: Database, *, user_id: int, actor: str) -> None:
    with db.engine.begin() as conn:
        changed = conn.execute(
            update(WebUser).where(WebUser.id == user_id).values(failed_logins=0, locked_until=None)
        ).rowcount
        if not changed:
            raise NotFound("There is no such user")
        record_audit(
            conn, actor=actor, action="user.unlock", review_ref=None, detail={"user_id": user_id}
        )


def authenticate(db: Database, *, username: str, password: str, policy: LockoutPolicy) -> UserInfo:
    """The user whose password this is; counts failures and locks the account after too many.

    Raises SignInFailed (wrong name or password, one message for both) or AccountLocked.
    """
    with db.unit_of_work() as session:
        user = session.scalar(select(WebUser).where(WebUser.username == username.strip()))
        now = utcnow()
        if user is None or not user.active or user.password_hash is None:
            _verify(_DUMMY_HASH, password)
            record_audit(
                session,
                actor="anonymous",
                action="auth.sign_in_failed",
                review_ref=None,
                detail={"reason": "unknown or inactive user"},
            )
            session.commit()
            raise SignInFailed("The user name or password is not right. Check them and try again.")
        if user.locked_until is not None and user.locked_until > now:
            record_audit(
                session,
                actor=user.username,
                action="auth.sign_in_refused",
                review_ref=None,
                detail={"reason": "locked"},
            )
            session.commit()
            raise AccountLocked(_locked_message(policy))
        if not _verify(user.password_hash, password):
            user.failed_logins += 1
            locked = policy.attempts > 0 and user.failed_logins >= policy.attempts
            record_audit(
                session,
                actor=user.username,
                action="auth.sign_in_failed",
                review_ref=None,
                detail={"failed_in_a_row": user.failed_logins},
            )
            if locked:
                user.locked_until = now + timedelta(minutes=policy.minutes)
                user.failed_logins = 0
                record_audit(
                    session,
                    actor=user.username,
                    action="auth.locked",
                    review_ref=None,
                    detail={"minutes": policy.minutes, "attempts": policy.attempts},
                )
            session.commit()
            if locked:
                raise AccountLocked(_locked_message(policy))
            raise SignInFailed("The user name or password is not right. Check them and try again.")
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        record_audit(
            session,
            actor=user.username,
            action="auth.sign_in",
            review_ref=None,
            detail={"method": "password"},
        )
        session.commit()
        return _info(user)


def _locked_message(policy: LockoutPolicy) -> str:
    return (
        "This account is locked after too many failed sign-ins. Try again in "
        f"{policy.minutes} minutes, or ask your partnership administrator to unlock it."
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def user_for_identity(db: Database, *, subject: str, username: str | None) -> UserInfo:
    """The account for an OpenID Connect identity: by its subject, else by its user name claim.

    Accounts are never created by signing in: an administrator gives each person a role first.
    The first sign-in binds the subject to the account.
    """
    with db.unit_of_work() as session:
        user = session.scalar(select(WebUser).where(WebUser.oidc_subject == subject))
        if user is None and username:
            user = session.scalar(
                select(WebUser).where(WebUser.username == username, WebUser.oidc_subject.is_(None))
            )
            if user is not None:
                user.oidc_subject = subject
        if user is None or not user.active:
            record_audit(
                session,
                actor="anonymous",
                action="auth.sign_in_failed",
                review_ref=None,
                detail={"reason": "no account for this identity", "method": "oidc"},
            )
            session.commit()
            raise SignInFailed(
                "You signed in with your organisation, but you have no casereview account. "
                "Ask your partnership administrator to create one."
            )
        user.last_login_at = utcnow()
        record_audit(
            session,
            actor=user.username,
            action="auth.sign_in",
            review_ref=None,
            detail={"method": "oidc"},
        )
        session.commit()
        return _info(user)


#: The demonstration agency whose contributor account the demo creates.
DEMO_CONTRIBUTOR_AGENCY = "Northshire Police"
DEMO_USERS: tuple[tuple[str, Role, str | None], ...] = (
    ("admin", Role.PARTNERSHIP_ADMIN, None),
    ("coordinator", Role.REVIEW_COORDINATOR, None),
    ("reviewer", Role.INDEPENDENT_REVIEWER, None),
    ("panel", Role.PANEL_MEMBER, None),
    ("police", Role.AGENCY_CONTRIBUTOR, DEMO_CONTRIBUTOR_AGENCY),
)


def _demo_memberships(db: Database) -> None:
    """The demo reviewer and panel member work on every demo review."""
    from casereview.services.access import Viewer
    from casereview.services.review_members import add_member, memberships
    from casereview.store.tables import Review

    with db.unit_of_work() as session:
        reviews = list(session.execute(select(Review.id, Review.ref)))
        users = {u.username: u.id for u in session.scalars(select(WebUser))}
    already = memberships(db)
    demo = Viewer(username="demo", role=Role.PARTNERSHIP_ADMIN)
    for username, role, _agency in DEMO_USERS:
        if role not in MEMBER_ROLES or username not in users:
            continue
        for _review_id, ref in reviews:
            if ref not in already.get(users[username], []):
                add_member(db, ref=ref, username=username, viewer=demo)


def demo_web_users(db: Database, out: Path, console: Console) -> list[tuple[str, Path]]:
    """One demo account per role, each with a fresh random password printed once.

    Run again, it gives the existing demo accounts new passwords (they are never in the code).
    """
    console.print("\nWeb app accounts (passwords are new each time the demo runs):")
    with db.unit_of_work() as session:
        existing = set(session.scalars(select(WebUser.username)))
    for username, role, agency in DEMO_USERS:
        password = secrets.token_urlsafe(12)
        if username in existing:
            set_password(db, username=username, password=password, actor="demo")
        else:
            create_user(
                db,
                username=username,
                role=role.value,
                agency=agency,
                display_name=f"Demo {ROLE_LABELS[role].split(' (')[0].lower()}",
                password=password,
                actor="demo",
            )
        console.print(f"  {ROLE_LABELS[role]:<28} user [bold]{username}[/]  password {password}")
    _demo_memberships(db)
    console.print("Start the web app with: casereview serve   (then open http://127.0.0.1:8000)")
    return []
