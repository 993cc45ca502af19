"""Dates written in text, in the forms English case records use, for finding dates of birth.

22/05/2016, 22/5/16, 22.05.16, 22-05-2016, 2016-05-22, 22 May 2016, 22nd May 2016,
22nd of May 2016, 22-May-16, May 22, 2016, May 22nd 2016. Numeric dates are read day first
(UK order); a two-digit year matches either century.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

__all__ = ["MONTHS", "FoundDate", "find_dates"]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(
        r"\b(?P<d>\d{1,2})[ \t]?(?P<sep>[/.\-])[ \t]?(?P<m>\d{1,2})[ \t]?(?P=sep)[ \t]?(?P<y>\d{4}|\d{2})\b"  # noqa: E501
    ),
    re.compile(r"\b(?P<y>\d{4})[/\-.](?P<m>\d{1,2})[/\-.](?P<d>\d{1,2})\b"),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}[\s\-]+(?:of[\s]+)?{_MONTH}[\s\-,]+(?P<y>\d{{4}}|['’]?\d{{2}})\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_MONTH}[\s]+(?P<d>\d{{1,2}}){_ORD},?[\s]+(?P<y>\d{{4}})\b", re.IGNORECASE),
    # Digits run together, as systems write them: "220516", "22052016", "20160522".
    re.compile(r"\b(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\b"),
]


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: its span and the day, month and (2- or 4-digit) year written."""

    start: int
    end: int
    day: int
    month: int
    year: int
    two_digit_year: bool

    def matches(self, when: date) -> bool:
        if (self.day, self.month) != (when.day, when.month):
            return False
        return self.year == (when.year % 100 if self.two_digit_year else when.year)

    def as_date(self) -> date | None:
        year = self.year
        if self.two_digit_year:
            year += 2000 if year < 50 else 1900
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every written date in `text` (overlaps possible; the caller resolves them)."""
    if not any(c.isdigit() for c in text):
        return
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
            year_text = groups["y"].lstrip("'’")
            day = int(groups["d"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            yield FoundDate(m.start(), m.end(), day, month, int(year_text), len(year_text) == 2)
