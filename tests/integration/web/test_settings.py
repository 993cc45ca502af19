"""The web settings: one object from the environment, unsafe values refused at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from casereview.errors import ConfigurationError
from casereview.web.settings import SETTINGS, load_settings

DOCS = Path(__file__).resolve().parents[3] / "docs" / "WEB.md"
GOOD_SECRET = "k" * 40


def test_development_generates_a_secret_and_allows_plain_http() -> None:
    settings = load_settings({})
    assert settings.environment == "development"
    assert settings.generated_secret and len(settings.secret_key) >= 32
    assert settings.cookie_secure is False


def test_production_refuses_a_missing_or_short_secret() -> None:
    with pytest.raises(ConfigurationError, match="CASEREVIEW_SECRET_KEY is not set"):
        load_settings({"CASEREVIEW_ENV": "production"})
    with pytest.raises(ConfigurationError, match="at least 32 characters"):
        load_settings({"CASEREVIEW_ENV": "production", "CASEREVIEW_SECRET_KEY": "short"})


def test_production_refuses_cookies_over_plain_http() -> None:
    with pytest.raises(ConfigurationError, match="COOKIE_SECURE must be true"):
        load_settings(
            {
                "CASEREVIEW_ENV": "production",
                "CASEREVIEW_SECRET_KEY": GOOD_SECRET,
                "CASEREVIEW_COOKIE_SECURE": "false",
            }
        )
    settings = load_settings({"CASEREVIEW_ENV": "production", "CASEREVIEW_SECRET_KEY": GOOD_SECRET})
    assert settings.cookie_secure is True  # the default outside development


def test_values_are_parsed_and_checked() -> None:
    settings = load_settings(
        {
            "CASEREVIEW_LOCKOUT_ATTEMPTS": "7",
            "CASEREVIEW_DATABASE_URL": "postgresql://u@h:5432/cr",
        }
    )
    assert settings.lockout_attempts == 7
    assert settings.database_url == "postgresql+psycopg://u@h:5432/cr"
    with pytest.raises(ConfigurationError, match="CASEREVIEW_LOCKOUT_ATTEMPTS must be a whole"):
        load_settings({"CASEREVIEW_LOCKOUT_ATTEMPTS": "five"})
    with pytest.raises(ConfigurationError, match="CASEREVIEW_ENV must be one of"):
        load_settings({"CASEREVIEW_ENV": "staging"})
    assert load_settings({}).data_dir == "casereview-data"  # gitignored, beside the database
    assert load_settings({"CASEREVIEW_DATA_DIR": "/srv/cr"}).data_dir == "/srv/cr"
    with pytest.raises(ConfigurationError, match="CASEREVIEW_DATA_DIR must name a folder"):
        load_settings({"CASEREVIEW_DATA_DIR": " "})
    with pytest.raises(ConfigurationError, match="CLIENT_ID"):
        load_settings({"CASEREVIEW_OIDC_METADATA_URL": "https://id.example/.well-known/x"})


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in text]
    assert missing == []
