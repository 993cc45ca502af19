"""Working days of England and Wales (expected dates worked from the calendar)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casereview.review.errors import ReviewInputError
from casereview.review.working_days import (
    Area,
    add_working_days,
    bank_holidays,
    is_working_day,
    parse_area,
    subtract_working_days,
    working_days_between,
)

D = dt.date


def test_day_of_awareness_is_day_zero() -> None:
    assert add_working_days(D(2024, 6, 3), 0) == D(2024, 6, 3)
    assert add_working_days(D(2024, 6, 3), 1) == D(2024, 6, 4)


def test_awareness_on_a_saturday_counts_from_the_next_working_day() -> None:
    # Sat 8 June 2024: day 1 is Mon 10, day 5 is Fri 14
    assert add_working_days(D(2024, 6, 8), 5) == D(2024, 6, 14)


def test_substitute_days_christmas_2021() -> None:
    assert not is_working_day(D(2021, 12, 27))  # Christmas Day (substitute)
    assert not is_working_day(D(2021, 12, 28))  # Boxing Day (substitute)
    assert add_working_days(D(2021, 12, 24), 1) == D(2021, 12, 29)


def test_easter_2025() -> None:
    # Good Friday 18 April, Easter Monday 21 April 2025
    assert add_working_days(D(2025, 4, 17), 1) == D(2025, 4, 22)


def test_counting_back_for_a_notice_before_publication() -> None:
    # 7 working days before Tue 6 May 2025 (Mon 5 May bank holiday):
    # Fri 2 (1), Thu 1 (2), Wed 30 Apr (3), Tue 29 (4), Mon 28 (5), Fri 25 (6), Thu 24 (7)
    assert subtract_working_days(D(2025, 5, 6), 7) == D(2025, 4, 24)


def test_between_counts_signed_working_days() -> None:
    assert working_days_between(D(2022, 1, 5), D(2021, 12, 29)) == -4
    assert working_days_between(D(2021, 12, 29), D(2022, 1, 5)) == 4
    assert working_days_between(D(2022, 1, 5), D(2022, 1, 5)) == 0


def test_wales_has_no_st_davids_day_holiday_and_matches_england() -> None:
    assert is_working_day(D(2023, 3, 1), Area.WALES)
    for year in range(2013, 2031):
        assert bank_holidays(Area.WALES, year) == bank_holidays(Area.ENGLAND, year), year


def test_unknown_area() -> None:
    with pytest.raises(ReviewInputError, match="use one of england, wales"):
        parse_area("scotland")


@given(
    start=st.dates(min_value=D(2013, 1, 1), max_value=D(2030, 12, 31)),
    n=st.integers(min_value=0, max_value=60),
)
def test_between_inverts_add(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    if n:
        assert is_working_day(end)


@given(
    start=st.dates(min_value=D(2013, 1, 1), max_value=D(2030, 12, 31)),
    span=st.integers(min_value=-900, max_value=900),
)
def test_between_matches_a_day_by_day_count(start: dt.date, span: int) -> None:
    end = start + dt.timedelta(days=span)
    low, high = sorted((start, end))
    naive = sum(
        1 for i in range(1, (high - low).days + 1) if is_working_day(low + dt.timedelta(days=i))
    )
    assert working_days_between(start, end) == (naive if end >= start else -naive)
