"""The application factory: settings, database, middleware, routes and error pages."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import casereview
from casereview.errors import CaseReviewError
from casereview.store.database import Database, open_database
from casereview.web.deps import NotSignedIn, csrf_protect
from casereview.web.rendering import render
from casereview.web.routes import ROUTERS
from casereview.web.settings import WebSettings, load_settings

__all__ = ["create_app"]

logger = logging.getLogger("casereview.web")

SESSION_COOKIE = "casereview_session"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


class SecurityHeaders:
    """Headers on every response: a strict CSP, no framing, and no caching of personal data."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                    (b"cache-control", b"public, max-age=3600" if static else b"no-store"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_response(request: Request, status: int, title: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"title": title, "detail": message}, status_code=status)
    return render(request, "error.html.j2", {"title": title, "message": message}, status)


async def _case_review_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, CaseReviewError)
    if isinstance(error, NotSignedIn) and not _wants_json(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        request.session.pop("uid", None)
        return RedirectResponse(f"/sign-in?next={target}", status_code=303)
    return _error_response(request, error.http_status, error.title, error.message)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    titles = {404: "Page not found", 405: "Not allowed", 413: "File too large"}
    title = titles.get(error.status_code, "There is a problem")
    message = (
        "If you typed the web address, check it is correct."
        if error.status_code == 404
        else str(error.detail)
    )
    return _error_response(request, error.status_code, title, message)


async def _server_error(request: Request, error: Exception) -> Response:
    """Anything unexpected: a plain page, never the exception (it could quote personal data)."""
    logger.error("Unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return _error_response(
        request,
        500,
        "Sorry, there is a problem with the service",
        "Try again later. What you were doing has not been saved unless you saw it confirmed.",
    )


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    if _wants_json(request):
        details: Any = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in error.errors()
        ]
        return JSONResponse({"title": "There is a problem", "detail": details}, status_code=422)
    return _error_response(
        request, 400, "There is a problem", "The request was not complete; go back and try again."
    )


def create_app(settings: WebSettings | None = None, *, database: Database | None = None) -> FastAPI:
    """Build the web app. Settings are validated here: unsafe settings refuse to start."""
    settings = (settings or load_settings()).validated()
    db = database or open_database(settings.database_url)
    owns_db = database is None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_db:
            db.dispose()

    app = FastAPI(
        title="casereview",
        version=casereview.__version__,
        summary="Multi-agency child safeguarding reviews: the JSON API of the web app.",
        description="Signed-in users only (session cookie). Every view of personal data is "
        "written to the audit log.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        dependencies=[Depends(csrf_protect)],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_minutes * 60,
        same_site="lax",
        https_only=settings.cookie_secure,
    )
    app.add_middleware(SecurityHeaders)
    app.mount(
        "/static", StaticFiles(directory=str(files("casereview.web") / "static")), name="static"
    )
    app.add_exception_handler(CaseReviewError, _case_review_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    for router in ROUTERS:
        app.include_router(router)
    if settings.oidc_enabled:
        from casereview.web.oidc import register_oidc

        register_oidc(app, settings)
    return app
