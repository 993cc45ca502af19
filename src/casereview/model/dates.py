"""Dates are evidence: keep their precision and uncertainty, never invent a day.

A chronology date may be a day, a month (`May 2016`), a year, uncertain (`?22/05/2016`,
`c. May 2016`) or a range. A `ChronoDate` is the interval of days the writer meant (earliest
and latest possible day), its precision, and whether the writer marked it uncertain. Textual
dates are read in UK order (dd/mm/yyyy) unless a mapping says otherwise; ISO dates and Excel
serial numbers are accepted. Anything ambiguous or impossible raises `DateError`, whose message
never repeats the value (it may be a date of birth).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "ChronoDate",
    "DateError",
    "DateOrder",
    "Precision",
    "excel_serial_to_date",
    "parse_chrono_date",
    "parse_day",
    "parse_time",
]


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


#: Coarser precisions sort first within the same earliest day: "May 2016" opens May.
PRECISION_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


class DateOrder(StrEnum):
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


class DateError(ValueError):
    """A date that cannot be read. The message says what was expected, not the value."""


@dataclass(frozen=True, order=False)
class ChronoDate:
    """The days a written date can mean: `earliest`..`latest` inclusive."""

    earliest: date
    latest: date
    precision: Precision
    uncertain: bool = False

    @classmethod
    def day(cls, value: date, *, uncertain: bool = False) -> ChronoDate:
        return cls(value, value, Precision.DAY, uncertain)

    @classmethod
    def month(cls, year: int, month: int, *, uncertain: bool = False) -> ChronoDate:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH, uncertain)

    @classmethod
    def year(cls, year: int, *, uncertain: bool = False) -> ChronoDate:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, uncertain)

    @property
    def is_exact_day(self) -> bool:
        return self.precision is Precision.DAY

    def sort_key(self) -> tuple[date, int]:
        return (self.earliest, PRECISION_RANK[self.precision])

    def iso(self) -> str:
        """ISO 8601 at the date's own precision: 2016-05-22, 2016-05 or 2016."""
        if self.precision is Precision.DAY:
            return self.earliest.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}"
        return f"{self.earliest.year:04d}"

    def display(self) -> str:
        """UK display at the date's own precision, with `c.` when uncertain."""
        if self.precision is Precision.DAY:
            text = self.earliest.strftime("%d/%m/%Y")
        elif self.precision is Precision.MONTH:
            text = self.earliest.strftime("%b %Y")
        else:
            text = str(self.earliest.year)
        return f"c. {text}" if self.uncertain else text

    def with_uncertain(self, uncertain: bool) -> ChronoDate:
        return ChronoDate(self.earliest, self.latest, self.precision, uncertain)

    @classmethod
    def from_iso(cls, text: str, *, uncertain: bool = False) -> ChronoDate:
        """Inverse of `iso()`, for values read back from storage."""
        parts = text.split("-")
        if len(parts) == 3:
            return cls.day(date.fromisoformat(text), uncertain=uncertain)
        if len(parts) == 2:
            return cls.month(int(parts[0]), int(parts[1]), uncertain=uncertain)
        return cls.year(int(parts[0]), uncertain=uncertain)


_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTHS["sept"] = 9

_UNCERTAIN_PREFIX = re.compile(
    r"^(?:\?|~|c\.|c\b|ca\.?|circa|approx\.?|approximately|about|around|est\.?|estimated)\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_WORDY = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_WORDY_US = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?::|\.)?(\d{2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)
_DATE_AND_TIME = re.compile(
    r"^(.*?\d)(?:\s+|T)(\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm)?)$", re.IGNORECASE
)

#: Excel's day 0 for the 1900 date system, allowing for its fictitious 29/02/1900.
_EXCEL_EPOCH = date(1899, 12, 30)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def excel_serial_to_date(serial: float) -> date:
    if not 1 <= serial < 2958466:
        raise DateError("is a number that is not an Excel date serial")
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def _checked_day(year: int, month: int, day: int) -> date:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise DateError(f"has a year outside {_MIN_YEAR}-{_MAX_YEAR}; write the year in full")
    if not 1 <= month <= 12:
        raise DateError("has a month that does not exist; expected a day like 22/05/2016")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateError("is not a real calendar date (that day does not exist in that month)")
    return date(year, month, day)


def _numeric(a: str, b: str, c: str, order: DateOrder) -> ChronoDate:
    if len(a) == 4:  # year first is never ambiguous: ISO 2016-05-22 or 2016/05/22
        year, month, day = int(a), int(b), int(c)
    else:
        if len(c) != 4:
            raise DateError(
                "has a two-digit year, which is ambiguous; write the year in full (e.g. 22/05/2016)"
            )
        if order is DateOrder.MDY:
            month, day, year = int(a), int(b), int(c)
        elif order is DateOrder.DMY:
            day, month, year = int(a), int(b), int(c)
        else:
            raise DateError("is not in the year-month-day order the mapping declares")
    return ChronoDate.day(_checked_day(year, month, day))


def _month_number(word: str) -> int:
    number = _MONTHS.get(word.lower())
    if number is None:
        raise DateError("has a month name that is not recognised; expected e.g. May 2016")
    return number


@lru_cache(maxsize=65536)
def _parse_text(text: str, order: DateOrder) -> ChronoDate:
    uncertain = False
    stripped = text.strip()
    match = _UNCERTAIN_PREFIX.match(stripped)
    if match:
        uncertain = True
        stripped = stripped[match.end() :].strip()
    if stripped.endswith("?"):
        uncertain = True
        stripped = stripped[:-1].strip()
    if not stripped:
        raise DateError("is empty")
    return _parse_plain(stripped, order).with_uncertain(uncertain)


def _parse_plain(text: str, order: DateOrder) -> ChronoDate:
    if m := _NUMERIC.match(text):
        return _numeric(m.group(1), m.group(2), m.group(3), order)
    if m := _ISO_MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        _checked_day(year, month, 1)
        return ChronoDate.month(year, month)
    if m := _NUMERIC_MONTH.match(text):
        month, year = int(m.group(1)), int(m.group(2))
        _checked_day(year, month, 1)
        return ChronoDate.month(year, month)
    if m := _YEAR.match(text):
        year = int(m.group(1))
        _checked_day(year, 1, 1)
        return ChronoDate.year(year)
    if m := _SERIAL.match(text):
        return ChronoDate.day(_checked_serial(float(m.group(1))))
    if m := _WORDY.match(text):
        month = _month_number(m.group(2))
        year = int(m.group(3))
        if m.group(1) is None:
            _checked_day(year, month, 1)
            return ChronoDate.month(year, month)
        return ChronoDate.day(_checked_day(year, month, int(m.group(1))))
    if m := _WORDY_US.match(text):
        month = _month_number(m.group(1))
        return ChronoDate.day(_checked_day(int(m.group(3)), month, int(m.group(2))))
    raise DateError(
        "is not a date; expected a day (22/05/2016), a month (May 2016), a year (2016), "
        "an ISO date (2016-05-22), optionally marked uncertain (?22/05/2016, c. May 2016)"
    )


def _checked_serial(serial: float) -> date:
    value = excel_serial_to_date(serial)
    return _checked_day(value.year, value.month, value.day)


def parse_chrono_date(
    value: object, *, order: DateOrder = DateOrder.DMY, fmt: str | None = None
) -> tuple[ChronoDate, time | None]:
    """Read one cell as a date, and the time of day if the cell carries one.

    `value` may be text, a `date`/`datetime` (from a spreadsheet cell formatted as a date) or a
    number (an Excel serial). `fmt` is an explicit `strptime` format from a mapping file.
    """
    if isinstance(value, datetime):
        at = value.time()
        return ChronoDate.day(value.date()), (at if at != time(0, 0) else None)
    if isinstance(value, date):
        return ChronoDate.day(value), None
    if isinstance(value, bool):
        raise DateError("is a true/false value, not a date")
    if isinstance(value, int | float):
        serial = float(value)
        whole = int(serial)
        day = ChronoDate.day(_checked_serial(serial))
        fraction = serial - whole
        if fraction > 0:
            seconds = round(fraction * 86400)
            return day, (datetime.min + timedelta(seconds=seconds)).time()
        return day, None
    text = str(value).strip()
    if not text:
        raise DateError("is empty")
    if fmt is not None:
        return _parse_with_format(text, fmt)
    clock: time | None = None
    m = _DATE_AND_TIME.match(text)
    if m and not _WORDY.match(text):
        text, clock = m.group(1), parse_time(m.group(2))
    return _parse_text(text, order), clock


def _parse_with_format(text: str, fmt: str) -> tuple[ChronoDate, time | None]:
    uncertain = False
    if m := _UNCERTAIN_PREFIX.match(text):
        uncertain, text = True, text[m.end() :].strip()
    try:
        parsed = datetime.strptime(text, fmt)
    except ValueError:
        raise DateError(f"does not follow the mapping's date format {fmt}") from None
    day = ChronoDate.day(_checked_day(parsed.year, parsed.month, parsed.day), uncertain=uncertain)
    has_time = any(code in fmt for code in ("%H", "%I", "%M"))
    return day, (parsed.time() if has_time else None)


def parse_time(value: object) -> time:
    """Read a time of day: 14:30, 1430, 2.30pm, a spreadsheet time or a day fraction."""
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 0 <= value < 1:
            return (datetime.min + timedelta(seconds=round(float(value) * 86400))).time()
        raise DateError("is a number that is not a time of day")
    m = _TIME.match(str(value).strip())
    if not m:
        raise DateError("is not a time; expected e.g. 14:30")
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3) or 0)
    suffix = (m.group(4) or "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            raise DateError("is not a time; with am/pm the hour is 1 to 12")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateError("is not a real time of day")
    return time(hour, minute, second)


def parse_day(text: str) -> date | None:
    """One exact day typed in a form or an option ("01/12/2026"), None when left empty.

    Raises DateError when the text is no date, or a month or a year rather than a day."""
    if not text.strip():
        return None
    parsed, _ = parse_chrono_date(text.strip())
    if not parsed.is_exact_day:
        raise DateError("is not a single day")
    return parsed.earliest
