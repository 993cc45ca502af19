"""Rendering pages: one Jinja2 environment, the context every page needs, flash messages."""

from __future__ import annotations

from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.templating import Jinja2Templates

from casereview.model.roles import Permission, has_permission
from casereview.web.deps import csrf_token

__all__ = ["flash", "render", "templates"]

SERVICE_NAME = "Safeguarding case review"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(files("casereview.web") / "templates")),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no stat() per request
    )
    env.globals["service_name"] = SERVICE_NAME
    env.globals["Permission"] = Permission
    env.filters["uk_date"] = lambda d: d.strftime("%d/%m/%Y") if d else ""
    env.filters["uk_datetime"] = lambda d: d.strftime("%d/%m/%Y %H:%M") if d else ""
    env.filters["query"] = lambda params: urlencode(params, doseq=True)
    return env


templates = Jinja2Templates(env=_environment())


def flash(request: Request, message: str, kind: str = "success") -> None:
    """A message shown once on the next page (GOV.UK notification banner)."""
    request.session.setdefault("flash", []).append({"kind": kind, "message": message})


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status: int = 200
) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    values: dict[str, Any] = {
        "request": request,
        "user": user,
        "can": (lambda p: user is not None and has_permission(user.role, p)),
        "csrf_token": csrf_token(request),
        "flashes": request.session.pop("flash", []),
        "settings": request.app.state.settings,
    }
    values.update(context or {})
    return templates.TemplateResponse(request, template, values, status_code=status)
