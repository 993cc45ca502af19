"""Signing in and out with a password (OpenID Connect lives in `casereview.web.oidc`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from casereview.services.accounts import (
    AccountLocked,
    LockoutPolicy,
    SignInFailed,
    authenticate,
)
from casereview.store.audit import record_audit
from casereview.web.deps import Db, OptionalUser, Settings, sign_in_session
from casereview.web.rendering import render

__all__ = ["router", "safe_next"]

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/reviews"
    return target


@router.get("/")
def home(user: OptionalUser) -> Response:
    return RedirectResponse("/reviews" if user else "/sign-in", status_code=303)


@router.get("/healthz")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/sign-in")
def sign_in_page(request: Request, user: OptionalUser, next: str | None = None) -> Response:
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "sign_in.html.j2", {"next": safe_next(next), "errors": {}})


@router.post("/sign-in")
def sign_in(
    request: Request,
    db: Db,
    settings: Settings,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/reviews",
) -> Response:
    errors: dict[str, str] = {}
    if not username.strip():
        errors["username"] = "Enter your user name"
    if not password:
        errors["password"] = "Enter your password"  # noqa: S105 - a message, not a secret
    if not errors:
        try:
            user = authenticate(
                db,
                username=username,
                password=password,
                policy=LockoutPolicy(settings.lockout_attempts, settings.lockout_minutes),
            )
        except (SignInFailed, AccountLocked) as failure:
            errors["username"] = failure.message
        else:
            sign_in_session(request, user)
            return RedirectResponse(safe_next(next), status_code=303)
    return render(
        request,
        "sign_in.html.j2",
        {"next": safe_next(next), "errors": errors, "username": username},
        status=401 if "password" not in errors else 400,
    )


@router.post("/sign-out")
def sign_out(request: Request, db: Db, user: OptionalUser) -> Response:
    if user is not None:
        with db.engine.begin() as conn:
            record_audit(conn, actor=user.username, action="auth.sign_out", review_ref=None)
    request.session.clear()
    return RedirectResponse("/sign-in", status_code=303)
