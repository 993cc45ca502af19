"""Shared fixtures: a real database per test, on SQLite and on PostgreSQL.

PostgreSQL tests use a scratch database created for this test run on the server at
127.0.0.1:5432 (user postgres, override with CASEREVIEW_TEST_POSTGRES_URL). Without a server
they are skipped with a message, except under CI=true, where they must run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from casereview.cli import app
from casereview.store.database import Database, open_database

SERVER_URL = os.environ.get(
    "CASEREVIEW_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _server_available() -> str | None:
    try:
        engine = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any connection failure means "no server"
        return f"{type(exc).__name__}"


@pytest.fixture(scope="session")
def postgres_scratch() -> Iterator[str]:
    """A scratch database for this test run, dropped at the end."""
    problem = _server_available()
    if problem is not None:
        message = f"PostgreSQL is not reachable at {SERVER_URL} ({problem})"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; under CI=true the PostgreSQL tests must run")
        pytest.skip(message + "; PostgreSQL tests skipped")
    name = f"casereview_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield SERVER_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _reset_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL on each backend (the schema is created on open)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'casereview.db'}"
    url: str = request.getfixturevalue("postgres_scratch")
    _reset_postgres(url)
    return url


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    try:
        yield database
    finally:
        database.dispose()


class Cli:
    """Runs the real command line against the test's database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.runner = CliRunner()

    def __call__(self, *args: str) -> object:
        return self.runner.invoke(app, ["--db", self.url, *args], catch_exceptions=False)


@pytest.fixture
def cli(database_url: str) -> Cli:
    return Cli(database_url)
