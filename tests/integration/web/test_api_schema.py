"""Schemathesis against /openapi.json: generated requests to every API operation, signed in
and signed out, must never produce a server error (bounded: a few examples per operation)."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from casereview.web import create_app
from casereview.web.app import SESSION_COOKIE

from .conftest import Web


def test_api_never_fails_with_a_server_error(web: Web) -> None:
    """Every operation, with generated parameters, signed in as a reviewer and signed out.

    Driven through Hypothesis directly (schemathesis's pytest plugin does not run on pytest 9).
    """
    app = create_app(web.settings, database=web.db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    cookie = {SESSION_COOKIE: web.session_cookie("reviewer")}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            for cookies in (cookie, {}):
                case.call_and_validate(
                    cookies=cookies, checks=[not_a_server_error, response_schema_conformance]
                )

        run()


def test_openapi_document_describes_the_api(web: Web) -> None:
    document = web.client().get("/openapi.json").json()
    paths = set(document["paths"])
    assert {
        "/api/me",
        "/api/reviews",
        "/api/reviews/{ref}",
        "/api/reviews/{ref}/chronology",
        "/api/reviews/{ref}/timeline",
        "/api/reviews/{ref}/publication",
    } <= paths
    assert all(p.startswith("/api/") for p in paths)  # pages are not part of the API
