"""NHS numbers, ages at events, vocabularies and formula-injection neutralising."""

from __future__ import annotations

from datetime import date

import pytest

from casereview.chronology.safe_cells import neutralise
from casereview.model.age import age_at
from casereview.model.dates import ChronoDate
from casereview.model.nhs import is_valid_nhs_number
from casereview.model.vocab import AGENCY_TYPES, CATEGORIES, CHILD_SEEN, ROLES


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("9434765919", True),  # the NHS Data Dictionary's worked example
        ("943 476 5919", True),
        ("943-476-5919", True),
        ("9434765918", False),  # wrong check digit
        ("9990000026", True),
        ("1234567890", False),  # check digit would be 10: never issued
        ("943476591", False),
        ("94347659190", False),
        ("94347A5919", False),
        ("0000000000", False),  # passes the arithmetic, but a placeholder
    ],
)
def test_nhs_number_check_digit(number: str, valid: bool) -> None:
    assert is_valid_nhs_number(number) is valid


def test_age_exact_when_both_dates_are_days() -> None:
    born = ChronoDate.day(date(2022, 3, 14))
    assert age_at(born, ChronoDate.day(date(2022, 3, 14))).describe() == "0 days"
    assert age_at(born, ChronoDate.day(date(2022, 3, 31))).describe() == "2 weeks 3 days"
    assert age_at(born, ChronoDate.day(date(2022, 7, 12))).describe() == "3 months"
    assert age_at(born, ChronoDate.day(date(2022, 7, 14))).describe() == "4 months"
    assert age_at(born, ChronoDate.day(date(2024, 1, 8))).describe() == "21 months"
    assert age_at(born, ChronoDate.day(date(2025, 6, 1))).describe() == "3 years 2 months"
    assert age_at(born, ChronoDate.day(date(2021, 7, 5))).describe() == "before birth"


def test_age_is_a_range_when_a_date_is_only_a_month() -> None:
    born = ChronoDate.day(date(2022, 3, 14))
    age = age_at(born, ChronoDate.month(2022, 7))  # 1 to 31 July 2022
    assert not age.exact
    assert (age.min_months, age.max_months) == (3, 4)
    assert age.describe() == "3-4 months"
    assert (age.min_days, age.max_days) == (109, 139)


@pytest.mark.parametrize(
    ("vocabulary", "written", "code"),
    [
        (CATEGORIES, "Was not brought", "was_not_brought"),
        (CATEGORIES, "did not attend", "was_not_brought"),
        (CATEGORIES, "DNA", "was_not_brought"),
        (CATEGORIES, "police incident", "police_incident"),
        (CATEGORIES, "Section 47 enquiry", "section_47"),
        (CATEGORIES, "placement_end", "placement_end"),
        (CATEGORIES, "Placement end / return home", "placement_end"),
        (AGENCY_TYPES, "Health visiting", "health_visiting"),
        (AGENCY_TYPES, "children's social care", "childrens_social_care"),
        (ROLES, "subject child", "subject_child"),
        (ROLES, "MOTHER", "mother"),
        (CHILD_SEEN, "seen alone", "seen_alone"),
    ],
)
def test_vocabulary_lookup_forgives_case_and_spacing(vocabulary, written, code) -> None:  # type: ignore[no-untyped-def]
    term = vocabulary.lookup(written)
    assert term is not None and term.code == code


def test_unknown_term() -> None:
    assert CATEGORIES.lookup("tea party") is None
    assert "Home visit" in CATEGORIES.expected()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 7700 900000", "'+44 7700 900000"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Home visit = fine", "Home visit = fine"),
        ("", ""),
    ],
)
def test_formula_injection_is_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected
