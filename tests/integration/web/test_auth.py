"""Signing in and out: argon2 passwords, session cookie flags, CSRF, lock-out, audit."""

from __future__ import annotations

from sqlalchemy import select

from casereview.services.accounts import get_user
from casereview.store.tables import AuditEntry

from .conftest import PASSWORD, Web, csrf, csrf_of


def _sign_in(client, username: str, password: str):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/sign-in").text)
    return client.post(
        "/sign-in",
        data={"csrf_token": token, "username": username, "password": password, "next": "/reviews"},
    )


def _actions(web: Web) -> list[tuple[str, str]]:
    with web.db.engine.connect() as conn:
        return [
            (r.actor, r.action)
            for r in conn.execute(
                select(AuditEntry.actor, AuditEntry.action).order_by(AuditEntry.id)
            )
        ]


def test_signed_out_pages_send_to_sign_in_and_api_says_401(web: Web) -> None:
    client = web.client()
    page = client.get("/reviews/LCSPR-W1/chronology?page=2")
    assert page.status_code == 303
    assert page.headers["location"] == "/sign-in?next=/reviews/LCSPR-W1/chronology?page=2"
    api = client.get("/api/reviews")
    assert api.status_code == 401
    assert api.json()["title"] == "Sign in"
    assert client.get("/healthz").json() == {"status": "ok"}


def test_sign_in_sets_a_safe_cookie_and_audits(web: Web) -> None:
    client = web.client()
    response = _sign_in(client, "coordinator", PASSWORD)
    assert response.status_code == 303
    assert response.headers["location"] == "/reviews"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie.replace("samesite", "")  # cookie_secure is off in this test
    assert client.get("/api/me").json()["role"] == "review_coordinator"
    assert ("coordinator", "auth.sign_in") in _actions(web)
    signed_out = client.post("/sign-out", data={"csrf_token": csrf(client)})
    assert signed_out.status_code == 303
    assert client.get("/api/me").status_code == 401


def test_secure_cookie_when_configured(web: Web) -> None:
    from dataclasses import replace

    web.settings = replace(web.settings, cookie_secure=True)
    response = _sign_in(web.client(), "reviewer", PASSWORD)
    assert "secure" in response.headers["set-cookie"].lower().replace("samesite", "")


def test_wrong_password_is_one_message_for_both_mistakes(web: Web) -> None:
    client = web.client()
    wrong_password = _sign_in(client, "coordinator", "not-the-password")
    unknown_user = _sign_in(client, "nobody-here", "not-the-password")
    for response in (wrong_password, unknown_user):
        assert response.status_code == 401
        assert "govuk-error-summary" in response.text
        assert "The user name or password is not right" in response.text
    assert ("anonymous", "auth.sign_in_failed") in _actions(web)
    assert "nobody-here" not in str(_actions(web))


def test_lock_out_after_repeated_failures_then_unlock(web: Web) -> None:
    client = web.client()
    for _ in range(3):  # lockout_attempts=3 in the fixture
        _sign_in(client, "panel", "wrong-password-123")
    locked = _sign_in(client, "panel", PASSWORD)  # even the right password is refused now
    assert locked.status_code == 401
    assert "locked" in locked.text
    assert ("panel", "auth.locked") in _actions(web)
    user = get_user(web.db, web.users["panel"].id)
    assert user is not None and user.locked
    admin = web.client("admin")
    unlocked = admin.post(
        f"/admin/users/{user.id}/unlock", data={"csrf_token": csrf(admin, "/admin/users")}
    )
    assert unlocked.status_code == 303
    assert _sign_in(client, "panel", PASSWORD).status_code == 303


def test_forms_and_htmx_need_the_csrf_token(web: Web) -> None:
    client = web.client("coordinator")
    no_token = client.post("/reviews", data={"ref": "LCSPR-X", "review_type": "lcspr"})
    assert no_token.status_code == 403
    assert "This form has expired" in no_token.text
    wrong = client.post(
        "/reviews", data={"ref": "LCSPR-X", "review_type": "lcspr", "csrf_token": "forged"}
    )
    assert wrong.status_code == 403
    header = client.post(
        "/reviews",
        data={"ref": "LCSPR-X", "review_type": "lcspr"},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert header.status_code == 303
    signed_out = web.client().post("/sign-in", data={"username": "a", "password": "b"})
    assert signed_out.status_code == 403


def test_next_never_leaves_the_site(web: Web) -> None:
    client = web.client()
    token = csrf_of(client.get("/sign-in").text)
    response = client.post(
        "/sign-in",
        data={
            "csrf_token": token,
            "username": "reviewer",
            "password": PASSWORD,
            "next": "//evil.example/",
        },
    )
    assert response.headers["location"] == "/reviews"


def test_security_headers(web: Web) -> None:
    response = web.client().get("/sign-in")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    static = web.client().get("/static/vendor/govuk/govuk-frontend.min.css")
    assert static.status_code == 200 and "public" in static.headers["cache-control"]
