"""Opening the database: SQLite file by default, PostgreSQL in production.

`open_database(url)` creates the engine, brings the schema to the latest Alembic revision and
returns a `Database` whose `unit_of_work()` rolls back unless the caller commits.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casereview.errors import ConfigurationError

__all__ = ["DEFAULT_URL", "Database", "database_url", "open_database"]

DEFAULT_URL = "sqlite:///casereview.db"
ENV_VAR = "CASEREVIEW_DATABASE_URL"


def database_url(explicit: str | None = None) -> str:
    """`--db` wins, then CASEREVIEW_DATABASE_URL, then `casereview.db` in the working directory."""
    url = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-131072")  # 128 MB: large imports touch big indexes
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("casereview.store") / "migrations"))
    config.attributes["engine"] = engine
    return config


@dataclass
class Database:
    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session in one transaction; everything is rolled back unless committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    resolved = database_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError:
        raise ConfigurationError(
            "The database URL is not valid; expected e.g. sqlite:///casereview.db or "
            "postgresql://user@host:5432/name"
        ) from None
    engine = create_engine(resolved, future=True)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if migrate:
            command.upgrade(alembic_config(engine), "head")
    except OperationalError as exc:
        engine.dispose()
        raise ConfigurationError(
            f"Cannot open the database ({parsed.get_backend_name()} at "
            f"{parsed.render_as_string(hide_password=True)}): {exc.orig}"
        ) from None
    return Database(engine=engine, url=resolved)
