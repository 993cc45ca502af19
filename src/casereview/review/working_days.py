"""Working days of England and Wales: weekends and bank holidays excluded.

Statutory timescales (notification within 5 working days, rapid review within 15) are counted
in working days with the day of awareness as day 0: the deadline is the N-th working day after
it. Bank holidays, including substitute days ("Christmas Day (observed)"), come from the
`holidays` package (UK, subdivision ENG or WLS). England and Wales share the same bank holidays
(St David's Day is not one); the area is still explicit so that a Welsh review is never
silently measured by another calendar if the two ever differ.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import lru_cache

import holidays

from casereview.review.errors import ReviewInputError

__all__ = [
    "Area",
    "add_working_days",
    "bank_holidays",
    "is_working_day",
    "parse_area",
    "subtract_working_days",
    "working_days_between",
]


class Area(StrEnum):
    """Which nation's bank holidays apply to a review."""

    ENGLAND = "england"
    WALES = "wales"


_SUBDIVISION = {Area.ENGLAND: "ENG", Area.WALES: "WLS"}


def parse_area(text: str) -> Area:
    """Read an area typed by a user; the error lists the valid values."""
    try:
        return Area(text.strip().lower())
    except ValueError:
        raise ReviewInputError(
            f"unknown area {text!r}: use one of {', '.join(a.value for a in Area)}"
        ) from None


@lru_cache(maxsize=256)
def _holidays_of_year(area: Area, year: int) -> frozenset[dt.date]:
    calendar = holidays.country_holidays("GB", subdiv=_SUBDIVISION[area], years=year)
    return frozenset(calendar.keys())


def bank_holidays(area: Area, year: int) -> frozenset[dt.date]:
    """Bank holidays (with substitute days) of `area` in `year`."""
    return _holidays_of_year(area, year)


def is_working_day(day: dt.date, area: Area = Area.ENGLAND) -> bool:
    """Monday to Friday and not a bank holiday of the area."""
    return day.weekday() < 5 and day not in _holidays_of_year(area, day.year)


def add_working_days(start: dt.date, days: int, area: Area = Area.ENGLAND) -> dt.date:
    """The `days`-th working day after `start` (which is day 0, working day or not).

    `add_working_days(start, 0)` is `start` itself. Negative `days` count backwards, so that a
    notice "no later than 7 working days before publication" is
    `add_working_days(publication, -7)`.
    """
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if is_working_day(day, area):
            remaining -= 1
    return day


def subtract_working_days(end: dt.date, days: int, area: Area = Area.ENGLAND) -> dt.date:
    """The working day `days` working days before `end`."""
    return add_working_days(end, -days, area)


def working_days_between(start: dt.date, end: dt.date, area: Area = Area.ENGLAND) -> int:
    """Working days after `start` up to and including `end`; negative when `end` < `start`
    (then the working days after `end` up to and including `start`, negated: a deadline passed
    on Monday is -2 on Wednesday).

    It is the inverse of `add_working_days` on working days:
    `working_days_between(d, add_working_days(d, n)) == n`.
    """
    if end == start:
        return 0
    sign = 1 if end > start else -1
    low, high = (start, end) if sign == 1 else (end, start)
    # Weekdays in (low, high] by whole weeks plus a short remainder, then minus the bank
    # holidays falling on weekdays in that range: O(years), not O(days), for old deadlines.
    full_weeks, rest = divmod((high - low).days, 7)
    count = full_weeks * 5
    day = low + dt.timedelta(days=full_weeks * 7)
    for _ in range(rest):
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    for year in range(low.year, high.year + 1):
        for holiday in _holidays_of_year(area, year):
            if low < holiday <= high and holiday.weekday() < 5:
                count -= 1
    return sign * count
