"""Typed dependencies of the routes: the database, the signed-in user, CSRF protection.

A session is a signed cookie (HttpOnly, SameSite=Lax, Secure when configured) holding the
user's id, when they signed in and their CSRF token. Every request that changes something
(POST, PUT, PATCH, DELETE) must carry that token, in the `csrf_token` form field or the
`X-CSRF-Token` header (htmx sends the header, see base.html.j2).

An upload route marked `@permission_before_body` checks the viewer before anything reads its
multipart body; `csrf_protect` then leaves that body unread and the route reads it with
`web.upload_form.read_upload_form`, which checks the token (a refused user's upload is
never parsed).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request

from casereview.errors import CaseReviewError
from casereview.model.roles import Permission
from casereview.services.access import Forbidden, Viewer
from casereview.services.accounts import UserInfo, get_user
from casereview.store.database import Database
from casereview.web.settings import WebSettings

__all__ = [
    "CsrfFailed",
    "CurrentUser",
    "Db",
    "NotSignedIn",
    "OptionalUser",
    "Settings",
    "ViewerDep",
    "csrf_protect",
    "csrf_token",
    "permission_before_body",
    "require_permission",
    "sign_in_session",
]

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
MULTIPART = "multipart/form-data"

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])
_BODY_AFTER_PERMISSION: set[Callable[..., Any]] = set()


def permission_before_body(endpoint: Endpoint) -> Endpoint:
    """Mark an upload route that checks the viewer before it reads its multipart body (with
    `read_upload_form`, which checks the CSRF token). Put it under the route decorator."""
    _BODY_AFTER_PERMISSION.add(endpoint)
    return endpoint


def body_after_permission(request: Request) -> bool:
    """The route of this request reads its multipart body itself, after its permission check."""
    return (
        request.headers.get("content-type", "").startswith(MULTIPART)
        and request.scope.get("endpoint") in _BODY_AFTER_PERMISSION
    )


class NotSignedIn(CaseReviewError):
    http_status = 401
    title = "Sign in"

    def __init__(self) -> None:
        super().__init__("Sign in to use casereview.")


class CsrfFailed(CaseReviewError):
    http_status = 403
    title = "The form has expired"

    def __init__(self) -> None:
        super().__init__(
            "This form has expired or did not come from casereview. Go back, reload the page "
            "and try again."
        )


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


Db = Annotated[Database, Depends(get_db)]
Settings = Annotated[WebSettings, Depends(get_settings)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def sign_in_session(request: Request, user: UserInfo) -> None:
    """A fresh session for a signed-in user (new CSRF token: no session fixation)."""
    request.session.clear()
    request.session.update(
        {"uid": user.id, "at": int(time.time()), "csrf": secrets.token_urlsafe(32)}
    )


def optional_user(request: Request, db: Db, settings: Settings) -> UserInfo | None:
    cached: UserInfo | None = getattr(request.state, "user", None)
    if cached is not None:
        return cached
    uid, at = request.session.get("uid"), request.session.get("at")
    if not isinstance(uid, int) or not isinstance(at, int):
        return None
    if time.time() - at > settings.session_minutes * 60:
        request.session.clear()
        return None
    user = get_user(db, uid)
    if user is None:
        request.session.clear()
        return None
    request.state.user = user
    return user


OptionalUser = Annotated[UserInfo | None, Depends(optional_user)]


def current_user(user: OptionalUser) -> UserInfo:
    if user is None:
        raise NotSignedIn()
    return user


CurrentUser = Annotated[UserInfo, Depends(current_user)]


def current_viewer(user: CurrentUser) -> Viewer:
    return Viewer(username=user.username, role=user.role, agency=user.agency)


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


def require_permission(permission: Permission) -> Any:
    """A dependency refusing users whose role lacks the permission (HTTP 403)."""

    def check(viewer: ViewerDep) -> None:
        if not viewer.can(permission):
            raise Forbidden()

    return Depends(check)


async def csrf_protect(request: Request) -> None:
    """Refuse a state-changing request without the session's CSRF token."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get("x-csrf-token")
    if sent is None and body_after_permission(request):
        return  # checked by read_upload_form, once the route has checked the viewer
    if sent is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get("csrf_token")
            sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not secrets.compare_digest(expected, sent):
        raise CsrfFailed()
