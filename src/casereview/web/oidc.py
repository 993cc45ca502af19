"""Signing in with the organisation's OpenID Connect provider (off unless configured).

Uses authlib's Starlette client: the authorisation code flow with PKCE, state and nonce kept
in the session, the identity token verified against the provider's published keys. The
identity only says who someone is: the account (and so the role) must already exist in
casereview (`services.accounts.user_for_identity`).
"""

from __future__ import annotations

from typing import Any

from authlib.integrations.starlette_client import OAuth, OAuthError
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from casereview.services.accounts import SignInFailed, user_for_identity
from casereview.web.deps import sign_in_session
from casereview.web.rendering import render
from casereview.web.routes.auth import safe_next
from casereview.web.settings import WebSettings

__all__ = ["register_oidc"]


def register_oidc(app: FastAPI, settings: WebSettings) -> None:
    oauth = OAuth()
    oauth.register(
        "provider",
        server_metadata_url=settings.oidc_metadata_url,
        client_id=settings.oidc_client_id,
        client_secret=settings.oidc_client_secret,
        client_kwargs={"scope": "openid email profile", "code_challenge_method": "S256"},
    )
    client: Any = oauth.create_client("provider")

    @app.get("/sign-in/oidc", include_in_schema=False)
    async def oidc_start(request: Request, next: str | None = None) -> Response:
        request.session["oidc_next"] = safe_next(next)
        redirect_uri = str(request.url_for("oidc_callback"))
        response: Response = await client.authorize_redirect(request, redirect_uri)
        return response

    @app.get("/sign-in/oidc/callback", include_in_schema=False, name="oidc_callback")
    async def oidc_callback(request: Request) -> Response:
        target = safe_next(request.session.pop("oidc_next", None))
        try:
            token = await client.authorize_access_token(request)
        except OAuthError:
            return render(
                request,
                "error.html.j2",
                {
                    "title": "Sign-in failed",
                    "message": "Your organisation's sign-in did not complete. Try again.",
                },
                status=401,
            )
        claims = token.get("userinfo") or {}
        subject = str(claims.get("sub", ""))
        username = claims.get(settings.oidc_username_claim)
        db = request.app.state.db
        try:
            user = user_for_identity(
                db, subject=subject, username=str(username) if username else None
            )
        except SignInFailed as failure:
            return render(
                request,
                "error.html.j2",
                {"title": failure.title, "message": failure.message},
                status=403,
            )
        sign_in_session(request, user)
        return RedirectResponse(target, status_code=303)
