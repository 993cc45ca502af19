"""Pure parts of the web app: who may do what, and the chronology filter as typed."""

from __future__ import annotations

from datetime import date

import pytest

from casereview.errors import InvalidInput
from casereview.model.roles import Permission, Role, has_permission
from casereview.web.filters import parse_filter
from casereview.web.routes.auth import safe_next


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (
            Role.PANEL_MEMBER,
            [Permission.CHRONOLOGY_READ, Permission.PUBLICATION_READ],
            [
                Permission.CHRONOLOGY_EXPORT,
                Permission.RETURNS_UPLOAD_ALL,
                Permission.REVIEWS_CREATE,
                Permission.PUBLICATION_MANAGE,
            ],
        ),
        (
            Role.AGENCY_CONTRIBUTOR,
            [Permission.RETURNS_UPLOAD_OWN],
            [
                Permission.CHRONOLOGY_READ,
                Permission.RETURNS_READ_ALL,
                Permission.REVIEWS_READ_ALL,
                Permission.PUBLICATION_READ,
                Permission.PUBLICATION_MANAGE,
            ],
        ),
        (
            Role.INDEPENDENT_REVIEWER,
            [Permission.CHRONOLOGY_EXPORT, Permission.NAMES_VIEW, Permission.PUBLICATION_MANAGE],
            [Permission.USERS_MANAGE, Permission.AGENCIES_INVITE],
        ),
        (
            Role.REVIEW_COORDINATOR,
            [Permission.REVIEWS_CREATE, Permission.AGENCIES_INVITE, Permission.PUBLICATION_MANAGE],
            [Permission.USERS_MANAGE],
        ),
        (Role.PARTNERSHIP_ADMIN, list(Permission), []),
    ],
)
def test_role_permissions(role: Role, allowed: list[Permission], refused: list[Permission]) -> None:
    assert all(has_permission(role, p) for p in allowed)
    assert not any(has_permission(role, p) for p in refused)


def test_unknown_role_grants_nothing() -> None:
    assert not has_permission("superuser", Permission.CHRONOLOGY_READ)


def test_filter_parses_uk_dates_and_category_words() -> None:
    form = parse_filter(["Northshire Police"], ["WNB"], ["P1"], "01/02/2023", "28/02/2023")
    assert form.errors == {}
    assert form.where.agencies == frozenset({"northshire police"})
    assert form.where.categories == frozenset({"was_not_brought"})
    assert form.where.date_from == date(2023, 2, 1) and form.where.date_to == date(2023, 2, 28)
    assert ("from", "01/02/2023") in form.query()


def test_filter_errors_name_the_field_and_are_not_applied() -> None:
    form = parse_filter(None, ["teleportation"], None, "May 2023", "01/01/2023")
    assert set(form.errors) == {"category", "from"}
    assert form.where.date_from is None
    reversed_dates = parse_filter(None, None, None, "02/01/2023", "01/01/2023")
    assert reversed_dates.errors == {
        "to": "The end date must be the same as or after the start date"
    }
    with pytest.raises(InvalidInput):
        parse_filter(None, None, None, "31/02/2023", None, strict=True)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/reviews/X/chronology?page=2", "/reviews/X/chronology?page=2"),
        ("//elsewhere.example/", "/reviews"),
        ("https://elsewhere.example/", "/reviews"),
        ("/\\elsewhere.example", "/reviews"),
        (None, "/reviews"),
    ],
)
def test_sign_in_only_returns_to_this_site(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected
