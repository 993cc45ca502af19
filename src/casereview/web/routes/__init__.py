"""The routers of the web app, in the order they are mounted (a feature adds one line)."""

from __future__ import annotations

from fastapi import APIRouter

from casereview.web.routes import (
    admin,
    api,
    auth,
    chronology,
    clock,
    findings,
    matches,
    publication,
    returns,
    reviews,
)

__all__ = ["ROUTERS"]

ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    reviews.router,
    returns.router,
    chronology.router,
    clock.router,
    findings.router,
    matches.router,
    publication.router,
    admin.router,
    api.router,
    publication.api_router,
)
