"""Findings, recommendations and the actions that answer them.

Reviews repeatedly find that recommendations were made and never carried out. Each action has
an owner agency, a due date and a status; an action can only be marked completed with evidence
of completion, and overdue actions are reported as of any date so the board can chase them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from casereview.review.errors import ReviewInputError

__all__ = [
    "Action",
    "ActionStatus",
    "Finding",
    "Recommendation",
    "overdue_actions",
    "parse_action_status",
]


class ActionStatus(StrEnum):
    """Progress of an action."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    NOT_ACHIEVED = "not_achieved"


def parse_action_status(text: str) -> ActionStatus:
    """Read a status typed by a user; the error lists the valid statuses."""
    try:
        return ActionStatus(text.strip().lower())
    except ValueError:
        valid = ", ".join(s.value for s in ActionStatus)
        raise ReviewInputError(f"unknown action status {text!r}: use one of {valid}") from None


@dataclass(frozen=True, slots=True)
class Finding:
    """A finding of the review, linkable to indicator findings and chronology events by id."""

    key: str
    summary: str
    indicator_finding_ids: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Recommendation:
    """What the review asks for, addressed to one or more agencies."""

    key: str
    text: str
    agencies: tuple[str, ...]
    finding_keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.agencies:
            raise ReviewInputError(f"recommendation {self.key}: address it to at least one agency")


@dataclass(frozen=True, slots=True)
class Action:
    """Who does what by when in answer to a recommendation."""

    key: str
    recommendation_key: str
    owner_agency: str
    description: str
    due: dt.date
    status: ActionStatus = ActionStatus.NOT_STARTED
    evidence: str = ""
    completed_on: dt.date | None = None
    history: tuple[tuple[dt.date, ActionStatus], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.status is ActionStatus.COMPLETED:
            if not self.evidence.strip():
                raise ReviewInputError(
                    f"action {self.key}: completed needs evidence of completion (what shows "
                    "it was done, e.g. 'audit of 20 cases, March 2025')"
                )
            if self.completed_on is None:
                raise ReviewInputError(f"action {self.key}: completed needs its completion date")
        elif self.completed_on is not None:
            raise ReviewInputError(
                f"action {self.key}: a completion date is only for a completed action"
            )

    def with_status(self, status: ActionStatus, on: dt.date, *, evidence: str = "") -> Action:
        """A copy with the new status, recorded in its history."""
        return replace(
            self,
            status=status,
            evidence=evidence or self.evidence,
            completed_on=on if status is ActionStatus.COMPLETED else None,
            history=(*self.history, (on, status)),
        )

    def is_overdue(self, as_of: dt.date) -> bool:
        """Past its due date and neither completed nor closed as not achieved by `as_of`."""
        if self.status in (ActionStatus.COMPLETED, ActionStatus.NOT_ACHIEVED):
            return False
        return as_of > self.due

    def completed_late(self) -> bool:
        """Completed, but after its due date."""
        return self.completed_on is not None and self.completed_on > self.due

    def days_overdue(self, as_of: dt.date) -> int:
        """Calendar days past due (0 when not overdue)."""
        return (as_of - self.due).days if self.is_overdue(as_of) else 0


def overdue_actions(actions: Iterable[Action], as_of: dt.date) -> list[Action]:
    """Actions overdue on `as_of`, most overdue first."""
    return sorted(
        (a for a in actions if a.is_overdue(as_of)), key=lambda a: (a.due, a.owner_agency, a.key)
    )
