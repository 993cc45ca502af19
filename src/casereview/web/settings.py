"""The web app's settings: one object, read from environment variables, checked at start-up.

Each setting is declared once below with its variable, default and help (docs/WEB.md is
checked against this list by a test). Outside development the app refuses to start with an
unsafe value: no secret key, a short secret key, or session cookies sent over plain HTTP.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from casereview.errors import ConfigurationError
from casereview.store.database import database_url

__all__ = ["SETTINGS", "SettingSpec", "WebSettings", "load_settings"]

ENVIRONMENTS = ("development", "test", "production")
MIN_SECRET_LENGTH = 32


def _bool(name: str, text: str) -> bool:
    folded = text.strip().casefold()
    if folded in ("1", "true", "yes", "on"):
        return True
    if folded in ("0", "false", "no", "off"):
        return False
    raise ConfigurationError(f"{name} must be true or false")


def _int(name: str, text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number") from None
    if value < 0:
        raise ConfigurationError(f"{name} must not be negative")
    return value


def _text(_name: str, text: str) -> str:
    return text.strip()


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its field, its environment variable, its default and what it is for."""

    attr: str
    env: str
    default: str
    help: str
    parse: Callable[[str, str], Any] = _text


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "environment",
        "CASEREVIEW_ENV",
        "development",
        "development, test or production. Development allows a generated secret key and plain "
        "HTTP cookies, and serves on the loopback address only.",
    ),
    SettingSpec(
        "database_url",
        "CASEREVIEW_DATABASE_URL",
        "sqlite:///casereview.db",
        "The database (the same as the command line's --db).",
    ),
    SettingSpec(
        "secret_key",
        "CASEREVIEW_SECRET_KEY",
        "",
        f"Signs session cookies; at least {MIN_SECRET_LENGTH} characters. Required outside "
        "development (generate one with: python -c 'import secrets; "
        "print(secrets.token_urlsafe(48))').",
    ),
    SettingSpec(
        "cookie_secure",
        "CASEREVIEW_COOKIE_SECURE",
        "",
        "Send the session cookie over HTTPS only. Default: true outside development. Must be "
        "true in production.",
        _bool,
    ),
    SettingSpec(
        "session_minutes",
        "CASEREVIEW_SESSION_MINUTES",
        "480",
        "How long a sign-in lasts, in minutes.",
        _int,
    ),
    SettingSpec(
        "lockout_attempts",
        "CASEREVIEW_LOCKOUT_ATTEMPTS",
        "5",
        "Failed sign-ins in a row that lock an account (0: never lock).",
        _int,
    ),
    SettingSpec(
        "lockout_minutes",
        "CASEREVIEW_LOCKOUT_MINUTES",
        "15",
        "How long a locked account stays locked, in minutes.",
        _int,
    ),
    SettingSpec(
        "upload_max_mb",
        "CASEREVIEW_UPLOAD_MAX_MB",
        "50",
        "Largest return file accepted through the web, in megabytes.",
        _int,
    ),
    SettingSpec(
        "upload_retention_hours",
        "CASEREVIEW_UPLOAD_RETENTION_HOURS",
        "72",
        "How long uploaded files are kept for their annotated copy, in hours.",
        _int,
    ),
    SettingSpec(
        "data_dir",
        "CASEREVIEW_DATA_DIR",
        "casereview-data",
        "Folder where the web app writes the rendered (anonymised) reports and keeps each "
        "review's latest narrative (named: keep the folder as private as the database).",
    ),
    SettingSpec(
        "oidc_metadata_url",
        "CASEREVIEW_OIDC_METADATA_URL",
        "",
        "OpenID Connect discovery document of the organisation's identity provider "
        "(…/.well-known/openid-configuration). Empty: OpenID Connect sign-in is off.",
    ),
    SettingSpec("oidc_client_id", "CASEREVIEW_OIDC_CLIENT_ID", "", "OpenID Connect client id."),
    SettingSpec(
        "oidc_client_secret",
        "CASEREVIEW_OIDC_CLIENT_SECRET",
        "",
        "OpenID Connect client secret.",
    ),
    SettingSpec(
        "oidc_username_claim",
        "CASEREVIEW_OIDC_USERNAME_CLAIM",
        "email",
        "The claim of the identity token that names an existing casereview user (accounts and "
        "roles are still given in casereview).",
    ),
    SettingSpec(
        "oidc_label",
        "CASEREVIEW_OIDC_LABEL",
        "your organisation's account",
        "How the sign-in page names the identity provider.",
    ),
)


@dataclass(frozen=True)
class WebSettings:
    environment: str = "development"
    database_url: str = "sqlite:///casereview.db"
    secret_key: str = ""
    cookie_secure: bool = False
    session_minutes: int = 480
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    upload_max_mb: int = 50
    upload_retention_hours: int = 72
    data_dir: str = "casereview-data"
    oidc_metadata_url: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_username_claim: str = "email"
    oidc_label: str = "your organisation's account"
    #: Set when the secret key was generated for this process (development only).
    generated_secret: bool = field(default=False, compare=False)

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_metadata_url)

    @property
    def is_development(self) -> bool:
        return self.environment == "development"

    def validated(self) -> WebSettings:
        """These settings, checked; a generated secret in development. Raises otherwise."""
        problems: list[str] = []
        if self.environment not in ENVIRONMENTS:
            problems.append(f"CASEREVIEW_ENV must be one of {', '.join(ENVIRONMENTS)}")
        settings = self
        if not self.secret_key:
            if self.environment == "development":
                settings = _replace(self, secret_key=secrets.token_urlsafe(48), generated=True)
            else:
                problems.append(
                    "CASEREVIEW_SECRET_KEY is not set; it is required outside development"
                )
        elif len(self.secret_key) < MIN_SECRET_LENGTH:
            problems.append(
                f"CASEREVIEW_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters"
            )
        if self.environment == "production" and not self.cookie_secure:
            problems.append("CASEREVIEW_COOKIE_SECURE must be true in production (HTTPS only)")
        if self.oidc_enabled and not (self.oidc_client_id and self.oidc_client_secret):
            problems.append(
                "CASEREVIEW_OIDC_METADATA_URL is set: set CASEREVIEW_OIDC_CLIENT_ID and "
                "CASEREVIEW_OIDC_CLIENT_SECRET too"
            )
        if self.upload_max_mb < 1:
            problems.append("CASEREVIEW_UPLOAD_MAX_MB must be at least 1")
        if not self.data_dir:
            problems.append("CASEREVIEW_DATA_DIR must name a folder")
        if problems:
            raise ConfigurationError(
                "The web settings are not safe to start with: " + "; ".join(problems)
            )
        return settings


def _replace(settings: WebSettings, *, secret_key: str, generated: bool) -> WebSettings:
    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    values.update(secret_key=secret_key, generated_secret=generated)
    return WebSettings(**values)


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> WebSettings:
    """Settings from the environment (and explicit overrides, e.g. from the command line)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for spec in SETTINGS:
        text = env.get(spec.env, spec.default)
        if text == "" and spec.parse is not _text:
            continue  # the field's default (cookie_secure: derived below)
        values[spec.attr] = spec.parse(spec.env, text)
    environment = values.get("environment", "development")
    values.setdefault("cookie_secure", environment != "development")
    values["database_url"] = database_url(values.get("database_url") or None)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return WebSettings(**values).validated()
