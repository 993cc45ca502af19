"""What the rules look at: one event of the merged chronology, with its note analysis.

Why a separate plain type: the rule checks stay pure and testable with hand-written events
(scenario tests), whatever the storage or the chronology merge look like.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from casereview.indicators.notes import ConceptMention, NoteAnalysis, analyse_notes
from casereview.model.age import AgeAtEvent, age_at
from casereview.model.dates import ChronoDate
from casereview.model.records import Event

__all__ = ["IndicatorEvent", "indicator_events"]


@dataclass(frozen=True)
class IndicatorEvent:
    """One chronology event as the rules see it.

    `day` is the first day the event can be on (`start.earliest`); `child_age` the subject
    child's age then (None when the date of birth is unknown); `notes` the analysis of the
    description and action/outcome text, and `note_text` that text (the offsets of the
    mentions point into it); `shared_with` agency types or names it was shared with;
    `involves_child` is False when the event names people and the subject child is not
    among them (a sibling's appointment), so its injuries are not the child's.
    """

    event_id: int
    agency: str
    agency_type: str
    event_ref: str
    day: date
    date_text: str
    category: str
    description: str
    action_outcome: str
    shared_with: tuple[str, ...]
    child_age: AgeAtEvent | None
    notes: NoteAnalysis
    note_text: str = ""
    involves_child: bool = True

    def evidence_key(self) -> str:
        """`agency:event_ref`, the evidence notation of the findings export."""
        return f"{self.agency}:{self.event_ref}"

    def child_mentions(self, concept: str) -> tuple[ConceptMention, ...]:
        """Affirmed, current mentions of `concept` (or a kind of it) about the child.

        None before the child's birth: an antenatal "bruise" is someone else's.
        """
        return self._child_index.get(concept, ())

    def concern_mentions(self, concept: str) -> tuple[ConceptMention, ...]:
        """Affirmed, current mentions of `concept` about the child or a carer."""
        return self._concern_index.get(concept, ())

    def affirmed_mentions(self, concept: str) -> tuple[ConceptMention, ...]:
        """Affirmed, current mentions of `concept` about anyone (for family-level service
        concepts such as "no further action")."""
        return tuple(m for m in self.notes.mentions if m.is_a(concept) and m.is_affirmed_current())

    @cached_property
    def _child_index(self) -> dict[str, tuple[ConceptMention, ...]]:
        if not self.involves_child or (self.child_age is not None and self.child_age.before_birth):
            return {}
        return _index(m for m in self.notes.mentions if m.is_affirmed_current_child())

    @cached_property
    def _concern_index(self) -> dict[str, tuple[ConceptMention, ...]]:
        return _index(m for m in self.notes.mentions if m.is_affirmed_current_concern())

    def months_old(self) -> int | None:
        """Youngest age in completed months the child can have been (None if unknown)."""
        return None if self.child_age is None else max(self.child_age.min_months, 0)

    def days_old(self) -> int | None:
        """Youngest age in days the child can have been (None if unknown)."""
        return None if self.child_age is None else max(self.child_age.min_days, 0)


def _index(mentions: Iterable[ConceptMention]) -> dict[str, tuple[ConceptMention, ...]]:
    """Mentions by concept id, each also under the concepts it implies."""
    index: dict[str, list[ConceptMention]] = {}
    for mention in mentions:
        for concept in (mention.concept, *mention.implies):
            index.setdefault(concept, []).append(mention)
    return {concept: tuple(found) for concept, found in index.items()}


def indicator_events(
    sources: Iterable[tuple[int, str, str, Event]],
    *,
    child_dob: ChronoDate | None,
    involves_child: Callable[[int], bool] | None = None,
) -> list[IndicatorEvent]:
    """Events of the merged chronology as the rules see them, notes analysed in one batch.

    `sources` are (event id, agency name, agency type, event); `involves_child(event_id)`
    says whether an event concerns the subject child (default: all do). The text analysed is the
    event's description followed by its action/outcome (on a new line, so that a negation in
    one never reaches into the other).
    """
    items = list(sources)
    texts = [
        event.description + ("\n" + event.action_outcome if event.action_outcome else "")
        for _, _, _, event in items
    ]
    result = []
    for (event_id, agency, agency_type, event), text, analysis in zip(
        items, texts, analyse_notes(texts), strict=True
    ):
        result.append(
            IndicatorEvent(
                event_id=event_id,
                agency=agency,
                agency_type=agency_type,
                event_ref=event.event_ref,
                day=event.start.earliest,
                date_text=event.start.iso(),
                category=event.category,
                description=event.description,
                action_outcome=event.action_outcome or "",
                shared_with=event.shared_with,
                child_age=age_at(child_dob, event.start) if child_dob is not None else None,
                notes=analysis,
                note_text=text,
                involves_child=involves_child(event_id) if involves_child is not None else True,
            )
        )
    return result
