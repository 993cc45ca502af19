"""The merged chronology: entries of every agency in one order, with the child's age.

Order: by date (a month or year opens its period, so `May 2016` comes before 01/05/2016),
then time of day (untimed entries first), then agency, then the agency's own order. Exact
duplicates within one agency's return (same date, time, category, people and text) are shown
once and counted. Pure: the caller supplies rows already in that order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from casereview.model.age import AgeAtEvent, age_at
from casereview.model.dates import ChronoDate
from casereview.model.records import Event
from casereview.model.vocab import AGENCY_TYPES, CATEGORIES, CHILD_SEEN

__all__ = [
    "CSV_COLUMNS",
    "ChronologyEntry",
    "ChronologyFilter",
    "SourceEvent",
    "merge_entries",
    "row_values",
]


@dataclass(frozen=True)
class SourceEvent:
    """An event as one agency recorded it, with whom it concerns (display keys)."""

    event_id: int
    agency: str
    agency_type: str
    event: Event
    people: tuple[str, ...]


@dataclass(frozen=True)
class ChronologyEntry:
    sequence: int
    source: SourceEvent
    child_age: AgeAtEvent | None
    duplicates: int = 0

    @property
    def event(self) -> Event:
        return self.source.event


@dataclass(frozen=True)
class ChronologyFilter:
    agencies: frozenset[str] = field(default_factory=frozenset)
    categories: frozenset[str] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)
    date_from: date | None = None
    date_to: date | None = None

    def accepts(self, source: SourceEvent) -> bool:
        event = source.event
        if self.agencies and source.agency.casefold() not in self.agencies:
            return False
        if self.categories and event.category not in self.categories:
            return False
        if self.people and not self.people.intersection(source.people):
            return False
        last = (event.end or event.start).latest
        if self.date_from is not None and last < self.date_from:
            return False
        return not (self.date_to is not None and event.start.earliest > self.date_to)


def _duplicate_key(source: SourceEvent) -> tuple[object, ...]:
    e = source.event
    return (source.agency, e.start, e.start_time, e.end, e.category, e.people, e.description)


def merge_entries(
    ordered: Iterable[SourceEvent],
    *,
    child_dob: ChronoDate | None,
    where: ChronologyFilter | None = None,
) -> Iterator[ChronologyEntry]:
    """Number the entries in order, drop exact same-agency duplicates, add the child's age."""
    pending: ChronologyEntry | None = None
    pending_key: tuple[object, ...] | None = None
    sequence = 0
    for source in ordered:
        if where is not None and not where.accepts(source):
            continue
        key = _duplicate_key(source)
        if pending is not None and key == pending_key:
            pending = ChronologyEntry(
                pending.sequence, pending.source, pending.child_age, pending.duplicates + 1
            )
            continue
        if pending is not None:
            yield pending
        sequence += 1
        age = age_at(child_dob, source.event.start) if child_dob is not None else None
        pending, pending_key = ChronologyEntry(sequence, source, age), key
    if pending is not None:
        yield pending


CSV_COLUMNS: tuple[str, ...] = (
    "sequence",
    "start_date",
    "date_precision",
    "date_uncertain",
    "end_date",
    "start_time",
    "agency",
    "agency_type",
    "event_ref",
    "category",
    "people",
    "child_age",
    "description",
    "practitioner",
    "child_seen",
    "action_outcome",
    "shared_with",
    "source",
    "analysis",
)


def _label(vocabulary_label: str | None) -> str:
    return vocabulary_label or ""


def row_values(entry: ChronologyEntry) -> dict[str, str]:
    """One entry as export cells (text), in the column names of CSV_COLUMNS."""
    source, event = entry.source, entry.event
    shared = "; ".join(
        AGENCY_TYPES.label(w) if AGENCY_TYPES.lookup(w) else w for w in event.shared_with
    )
    return {
        "sequence": str(entry.sequence),
        "start_date": event.start.iso(),
        "date_precision": str(event.start.precision),
        "date_uncertain": "yes" if event.start.uncertain else "no",
        "end_date": event.end.iso() if event.end else "",
        "start_time": event.start_time.strftime("%H:%M") if event.start_time else "",
        "agency": source.agency,
        "agency_type": AGENCY_TYPES.label(source.agency_type),
        "event_ref": event.event_ref,
        "category": CATEGORIES.label(event.category),
        "people": "; ".join(source.people),
        "child_age": entry.child_age.describe() if entry.child_age else "",
        "description": event.description,
        "practitioner": event.practitioner or "",
        "child_seen": CHILD_SEEN.label(event.child_seen) if event.child_seen else "",
        "action_outcome": event.action_outcome or "",
        "shared_with": shared,
        "source": event.source,
        "analysis": _label(event.analysis),
    }
