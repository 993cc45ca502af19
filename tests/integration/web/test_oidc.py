"""OpenID Connect sign-in, when configured: the redirect to the organisation's provider.

A tiny provider on 127.0.0.1 publishes its discovery document; the app must send the browser
to its authorisation endpoint with our client id, a state, a nonce and a PKCE challenge.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from casereview.services.accounts import SignInFailed, user_for_identity

from .conftest import Web


@pytest.fixture
def provider() -> Iterator[str]:
    class Discovery(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = json.dumps(
                {
                    "issuer": base,
                    "authorization_endpoint": f"{base}/authorize",
                    "token_endpoint": f"{base}/token",
                    "jwks_uri": f"{base}/jwks",
                    "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                }
            ).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Discovery)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/openid-configuration"
    finally:
        server.shutdown()


def test_sign_in_page_offers_oidc_only_when_configured(web: Web, provider: str) -> None:
    assert "sign in with" not in web.client().get("/sign-in").text
    assert web.client().get("/sign-in/oidc").status_code == 404
    web.settings = replace(
        web.settings,
        oidc_metadata_url=provider,
        oidc_client_id="casereview-test",
        oidc_client_secret="s" * 32,
        oidc_label="Northfen Council",
    )
    client = web.client()
    assert "sign in with Northfen Council" in client.get("/sign-in").text
    response = client.get("/sign-in/oidc?next=/reviews/X")
    assert response.status_code == 302
    target = urlparse(response.headers["location"])
    assert target.path == "/authorize"
    query = parse_qs(target.query)
    assert query["client_id"] == ["casereview-test"]
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"] == ["http://testserver/sign-in/oidc/callback"]
    assert query["state"] and query["nonce"]
    failed = client.get("/sign-in/oidc/callback?code=x&state=wrong")
    assert failed.status_code == 401


def test_identity_must_match_an_existing_account(web: Web) -> None:
    user = user_for_identity(web.db, subject="sub-123", username="reviewer")
    assert user.username == "reviewer"
    again = user_for_identity(web.db, subject="sub-123", username=None)  # bound to the subject
    assert again.id == user.id
    with pytest.raises(SignInFailed, match="no casereview account"):
        user_for_identity(web.db, subject="sub-999", username="someone.else@example.org")
