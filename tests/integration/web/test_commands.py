"""The web app's commands: `serve` refuses unsafe starts; `users` manages accounts."""

from __future__ import annotations

import re

import pytest

from casereview.services.accounts import LockoutPolicy, authenticate
from casereview.store.database import open_database


def _text(result: object) -> str:
    """The output as one line (Rich wraps long messages)."""
    return " ".join(result.output.split())  # type: ignore[attr-defined]


def test_serve_refuses_other_addresses_in_development(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CASEREVIEW_ENV", raising=False)
    monkeypatch.delenv("CASEREVIEW_SECRET_KEY", raising=False)
    result = cli("serve", "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert "serves only on 127.0.0.1" in _text(result)
    workers = cli("serve", "--workers", "2")
    assert workers.exit_code == 2 and "needs CASEREVIEW_SECRET_KEY" in _text(workers)


def test_serve_refuses_production_without_a_secret(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEREVIEW_ENV", "production")
    monkeypatch.delenv("CASEREVIEW_SECRET_KEY", raising=False)
    result = cli("serve")
    assert result.exit_code == 2 and "CASEREVIEW_SECRET_KEY is not set" in _text(result)


def test_users_add_prints_a_password_that_signs_in(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("users", "add", "jo.example", "--role", "review_coordinator", "--name", "Jo")
    assert result.exit_code == 0, result.output
    password = re.search(r"Password: (\S+)", result.output)
    assert password
    db = open_database(cli.url)
    try:
        user = authenticate(
            db, username="jo.example", password=password.group(1), policy=LockoutPolicy()
        )
    finally:
        db.dispose()
    assert user.role_label == "Review coordinator"
    listing = cli("users", "list")
    assert "jo.example" in listing.output
    bad = cli("users", "add", "x", "--role", "agency_contributor")
    assert bad.exit_code == 2 and "needs the name of their agency" in _text(bad)
