"""What an agency return holds: person records and events, as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from casereview.model.dates import ChronoDate

__all__ = ["Event", "PersonRecord"]


@dataclass(frozen=True)
class PersonRecord:
    """One agency's record of one person. Only `person_ref` is required."""

    person_ref: str
    given_names: str | None = None
    family_name: str | None = None
    other_names: tuple[str, ...] = ()
    date_of_birth: ChronoDate | None = None
    sex: str | None = None
    nhs_number: str | None = None
    address: str | None = None
    postcode: str | None = None
    role: str | None = None
    row: int = 0


@dataclass(frozen=True)
class Event:
    """One chronology entry as the agency recorded it."""

    event_ref: str
    start: ChronoDate
    description: str
    source: str
    people: tuple[str, ...]
    category: str = "other"
    start_time: time | None = None
    end: ChronoDate | None = None
    practitioner: str | None = None
    child_seen: str | None = None
    action_outcome: str | None = None
    shared_with: tuple[str, ...] = field(default=())
    analysis: str | None = None
    sequence: int = 0
    row: int = 0
