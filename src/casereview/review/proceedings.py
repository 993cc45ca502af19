"""Parallel proceedings (criminal investigation, trial, appeal, inquest, family court) and the
publication holds they create.

A proceeding can hold publication of the report (to avoid prejudicing a trial or inquest) but
not the review's own work. While a hold is active the publication deadline is shown as held,
"planned, conditional on the end of <kind>", and never as overdue. How the deadline resumes
when the hold ends is decided in `casereview.review.clock` and documented there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from casereview.review.errors import ReviewInputError

__all__ = [
    "HoldSpan",
    "Proceeding",
    "ProceedingKind",
    "active_holds",
    "ended_hold_spans",
    "hold_reason",
    "parse_proceeding_kind",
]


class ProceedingKind(StrEnum):
    """Kinds of parallel proceedings; values are the command-line names."""

    CRIMINAL_INVESTIGATION = "criminal_investigation"
    TRIAL = "trial"
    APPEAL = "appeal"
    INQUEST = "inquest"
    FAMILY_COURT = "family_court"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Words for notes, e.g. 'criminal investigation'."""
        return self.value.replace("_", " ")


def parse_proceeding_kind(text: str) -> ProceedingKind:
    """Read a kind typed by a user; the error lists the valid kinds."""
    try:
        return ProceedingKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in ProceedingKind)
        raise ReviewInputError(f"unknown proceeding kind {text!r}: use one of {valid}") from None


@dataclass(frozen=True, slots=True)
class Proceeding:
    """One parallel proceeding. `end` is None while it continues; the end date is the day it
    concluded (verdict, appeal determined, inquest concluded)."""

    kind: ProceedingKind
    start: dt.date
    end: dt.date | None = None
    holds_publication: bool = False
    description: str = ""

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ReviewInputError(
                f"{self.kind.value} proceeding ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()}): check the two dates"
            )

    def active_on(self, day: dt.date) -> bool:
        """Under way on `day` (start and end days included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class HoldSpan:
    """A continuous period during which at least one proceeding held publication."""

    start: dt.date
    end: dt.date
    kinds: tuple[ProceedingKind, ...]

    @property
    def days(self) -> int:
        """Calendar days held, both ends included."""
        return (self.end - self.start).days + 1


def active_holds(proceedings: Iterable[Proceeding], as_of: dt.date) -> list[Proceeding]:
    """Proceedings holding publication on `as_of`, in start order."""
    return sorted(
        (p for p in proceedings if p.holds_publication and p.active_on(as_of)),
        key=lambda p: (p.start, p.kind.value),
    )


def ended_hold_spans(proceedings: Iterable[Proceeding], as_of: dt.date) -> list[HoldSpan]:
    """Merged periods of holds that had ended before `as_of`.

    Overlapping or back-to-back holds (a trial, then an appeal lodged the next day) form one
    span, so that the suspended time is not counted twice.
    """
    ended = sorted(
        (p for p in proceedings if p.holds_publication and p.end is not None and p.end < as_of),
        key=lambda p: p.start,
    )
    spans: list[HoldSpan] = []
    for p in ended:
        assert p.end is not None
        if spans and p.start <= spans[-1].end + dt.timedelta(days=1):
            last = spans[-1]
            kinds = last.kinds if p.kind in last.kinds else (*last.kinds, p.kind)
            spans[-1] = HoldSpan(last.start, max(last.end, p.end), kinds)
        else:
            spans.append(HoldSpan(p.start, p.end, (p.kind,)))
    return spans


def hold_reason(holding: Sequence[Proceeding]) -> str:
    """'planned, conditional on the end of the trial and the appeal'."""
    labels: list[str] = []
    for p in holding:
        label = f"the {p.kind.label}"
        if label not in labels:
            labels.append(label)
    joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    return f"planned, conditional on the end of {joined}"
