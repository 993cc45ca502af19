"""Correspondence log: letters and requests about a review and the promises made in reply.

An MP, the national panel, the family or the press ask when the report will appear; the board
answers with a date. Keeping each promise with the date it was given, and checking it against
what happened, lets the board see (and show) whether its word was kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from casereview.review.errors import ReviewInputError

__all__ = [
    "Correspondence",
    "CorrespondentRole",
    "PromiseStatus",
    "parse_correspondent_role",
    "promise_report",
]


class CorrespondentRole(StrEnum):
    """Who wrote (a role, never a name: the log holds no personal values)."""

    MP = "mp"
    NATIONAL_PANEL = "national_panel"
    SECRETARY_OF_STATE = "secretary_of_state"
    OFSTED = "ofsted"
    FAMILY = "family"
    PRESS = "press"
    CORONER = "coroner"
    AGENCY = "agency"
    OTHER = "other"


def parse_correspondent_role(text: str) -> CorrespondentRole:
    """Read a role typed by a user; the error lists the valid roles."""
    try:
        return CorrespondentRole(text.strip().lower())
    except ValueError:
        valid = ", ".join(r.value for r in CorrespondentRole)
        raise ReviewInputError(f"unknown correspondent role {text!r}: use one of {valid}") from None


class PromiseStatus(StrEnum):
    """What became of a promise, as of a date.

    `no_promise`: the reply gave no date; `pending`: promised date not reached, not delivered;
    `kept`: delivered on or before the promised date; `broken`: delivered after it;
    `overdue`: promised date passed and nothing delivered yet.
    """

    NO_PROMISE = "no_promise"
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Correspondence:
    """One letter or request and what was done about it. `subject` is a short neutral
    description (e.g. 'publication date'), never the text of the letter."""

    received: dt.date
    from_role: CorrespondentRole
    subject: str
    replied: dt.date | None = None
    promised: dt.date | None = None
    delivered: dt.date | None = None

    def __post_init__(self) -> None:
        if self.replied is not None and self.replied < self.received:
            raise ReviewInputError(
                f"reply date {self.replied.isoformat()} is before the letter was received "
                f"({self.received.isoformat()})"
            )
        if self.promised is not None and self.replied is None:
            raise ReviewInputError("a promised date needs the date of the reply that gave it")
        if self.promised is not None and self.replied is not None and self.promised < self.replied:
            raise ReviewInputError(
                f"promised date {self.promised.isoformat()} is before the reply that gave it "
                f"({self.replied.isoformat()})"
            )
        if self.delivered is not None and self.delivered < self.received:
            raise ReviewInputError(
                f"delivered date {self.delivered.isoformat()} is before the request was "
                f"received ({self.received.isoformat()})"
            )

    def promise_status(self, as_of: dt.date) -> PromiseStatus:
        """Status of the promise on `as_of` (a delivery after `as_of` is not yet known)."""
        if self.promised is None:
            return PromiseStatus.NO_PROMISE
        delivered = self.delivered if self.delivered and self.delivered <= as_of else None
        if delivered is not None:
            return PromiseStatus.KEPT if delivered <= self.promised else PromiseStatus.BROKEN
        return PromiseStatus.OVERDUE if as_of > self.promised else PromiseStatus.PENDING

    def awaiting_reply(self, as_of: dt.date) -> bool:
        """Received by `as_of` and not answered by then."""
        return self.received <= as_of and (self.replied is None or self.replied > as_of)


def promise_report(
    log: Iterable[Correspondence], as_of: dt.date
) -> list[tuple[Correspondence, PromiseStatus]]:
    """Every entry received by `as_of` with its promise status, oldest first."""
    entries = sorted((c for c in log if c.received <= as_of), key=lambda c: c.received)
    return [(c, c.promise_status(as_of)) for c in entries]
