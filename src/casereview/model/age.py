"""A child's age at an event, to the precision both dates allow.

With a day-precise date of birth and event date the age is exact. When either is a month or a
year, the age is the range of ages the two intervals allow, and is shown as such rather than
rounded to an invented day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casereview.model.dates import ChronoDate

__all__ = ["AgeAtEvent", "age_at", "months_between"]


def months_between(born: date, on: date) -> int:
    """Completed calendar months from `born` to `on` (negative before birth)."""
    months = (on.year - born.year) * 12 + (on.month - born.month)
    if on.day < born.day:
        months -= 1
    return months


@dataclass(frozen=True)
class AgeAtEvent:
    """Youngest and oldest age the child can have been, in days and in completed months."""

    min_days: int
    max_days: int
    min_months: int
    max_months: int

    @property
    def exact(self) -> bool:
        return self.min_days == self.max_days

    @property
    def before_birth(self) -> bool:
        return self.max_days < 0

    def describe(self) -> str:
        """Readable age: `3 weeks 2 days`, `5 months`, `1 year 2 months`, `3-4 months`."""
        if self.before_birth:
            return "before birth"
        if self.exact:
            return _exact(self.min_days, self.min_months)
        low, high = max(self.min_months, 0), self.max_months
        if low == high:
            return f"about {_months_text(low)}"
        if high < 24:
            return f"{low}-{high} months"
        return f"{low // 12}-{high // 12} years"


def _months_text(months: int) -> str:
    if months < 24:
        return f"{months} month" + ("s" if months != 1 else "")
    years, rest = divmod(months, 12)
    text = f"{years} years"
    return f"{text} {rest} month" + ("s" if rest != 1 else "") if rest else text


def _exact(days: int, months: int) -> str:
    if days < 7:
        return f"{days} day" + ("s" if days != 1 else "")
    if months < 1:
        weeks, rest = divmod(days, 7)
        text = f"{weeks} week" + ("s" if weeks != 1 else "")
        return f"{text} {rest} day" + ("s" if rest != 1 else "") if rest else text
    return _months_text(months)


def age_at(birth: ChronoDate, event: ChronoDate) -> AgeAtEvent:
    """The range of ages a child born within `birth` has on a day within `event`."""
    min_days = (event.earliest - birth.latest).days
    max_days = (event.latest - birth.earliest).days
    return AgeAtEvent(
        min_days=min_days,
        max_days=max_days,
        min_months=months_between(birth.latest, event.earliest),
        max_months=months_between(birth.earliest, event.latest),
    )
