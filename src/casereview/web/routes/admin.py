"""Accounts, for partnership administrators: list, create (password shown once), unlock."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from casereview.errors import InvalidInput
from casereview.model.roles import ROLE_LABELS, Permission
from casereview.services.accounts import create_user, list_users, unlock_user
from casereview.web.deps import Db, ViewerDep, require_permission
from casereview.web.rendering import flash, render

__all__ = ["router"]

router = APIRouter(
    include_in_schema=False, dependencies=[require_permission(Permission.USERS_MANAGE)]
)


def _page(
    request: Request,
    db: Db,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    created: tuple[str, str] | None = None,
    status: int = 200,
) -> Response:
    return render(
        request,
        "users.html.j2",
        {
            "users": list_users(db),
            "roles": ROLE_LABELS,
            "errors": errors or {},
            "values": values or {},
            "created": created,
        },
        status=status,
    )


@router.get("/admin/users")
def users_page(request: Request, db: Db) -> Response:
    return _page(request, db)


@router.post("/admin/users")
def add_user(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    username: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    agency: Annotated[str, Form()] = "",
    display_name: Annotated[str, Form()] = "",
) -> Response:
    password = secrets.token_urlsafe(12)
    values = {"username": username, "role": role, "agency": agency, "display_name": display_name}
    try:
        create_user(
            db,
            username=username,
            role=role,
            agency=agency.strip() or None,
            display_name=display_name.strip(),
            password=password,
            actor=viewer.username,
        )
    except InvalidInput as problem:
        field = "agency" if "agency" in problem.message.casefold() else "username"
        if "role" in problem.message.casefold():
            field = "role"
        return _page(request, db, {field: problem.message}, values, status=422)
    return _page(request, db, created=(username.strip(), password))


@router.post("/admin/users/{user_id}/unlock")
def unlock(request: Request, db: Db, viewer: ViewerDep, user_id: int) -> Response:
    unlock_user(db, user_id=user_id, actor=viewer.username)
    flash(request, "The account is unlocked.")
    return RedirectResponse("/admin/users", status_code=303)
