"""The ConText algorithm over token positions (Chapman, Chu and Dowling, BioNLP 2007).

Why our own implementation: it is small, it must run at thousands of notes a second, and the
chronology domain needs rules that stock NegEx/ConText lacks (modifiers limited to concept
kinds, experiencer from the nearest person word, triggers inside a concept phrase ignored).
This module is pure: it sees only token offsets, so it is tested without spaCy.

A trigger's scope runs from the trigger, in its direction, to the sentence end, its
`max_scope` in tokens, or the first terminator that applies to its category, whichever comes
first. A concept mention whose first token lies in the scope is modified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "ContextResult",
    "Person",
    "Target",
    "Terminator",
    "Trigger",
    "apply_context",
    "nearest_person",
]


@dataclass(frozen=True, slots=True)
class Target:
    """A concept mention: token span [start, end) and its kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Trigger:
    """A modifier trigger found in the sentence, with its rule's settings."""

    start: int
    end: int
    category: str
    value: str | None
    direction: str
    max_scope: int | None
    max_targets: int | None
    kinds: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class Terminator:
    """A scope terminator; `category` "all" stops every scope."""

    start: int
    end: int
    category: str


@dataclass(frozen=True, slots=True)
class Person:
    """A person word ("mother", "the parents") found in the sentence."""

    start: int
    end: int
    value: str


@dataclass(frozen=True, slots=True)
class ContextResult:
    """For one target: indices (into the triggers) of the triggers that modify it, by category.

    `experiencer` is the single closest experiencer trigger, with its resolved person value.
    """

    negated: tuple[int, ...]
    historical: tuple[int, ...]
    hypothetical: tuple[int, ...]
    experiencer: tuple[int, str] | None


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _forward_end(trigger: Trigger, sentence_end: int, terminators: Sequence[Terminator]) -> int:
    end = sentence_end
    if trigger.max_scope is not None:
        end = min(end, trigger.end + trigger.max_scope)
    for terminator in terminators:
        if trigger.end <= terminator.start < end and terminator.category in (
            "all",
            trigger.category,
        ):
            end = terminator.start
    return end


def _backward_start(
    trigger: Trigger, sentence_start: int, terminators: Sequence[Terminator]
) -> int:
    start = sentence_start
    if trigger.max_scope is not None:
        start = max(start, trigger.start - trigger.max_scope)
    for terminator in terminators:
        if start < terminator.end <= trigger.start and terminator.category in (
            "all",
            trigger.category,
        ):
            start = terminator.end
    return start


def _in_scope(
    trigger: Trigger,
    target: Target,
    sentence: tuple[int, int],
    terminators: Sequence[Terminator],
) -> bool:
    if trigger.kinds is not None and target.kind not in trigger.kinds:
        return False
    if trigger.direction in ("forward", "bidirectional") and (
        trigger.start <= target.start
        and target.end > trigger.end
        and target.start < _forward_end(trigger, sentence[1], terminators)
    ):
        return True
    return trigger.direction in ("backward", "bidirectional") and (
        target.start < trigger.start
        and target.start >= _backward_start(trigger, sentence[0], terminators)
    )


def _nearest_person_before(position: int, persons: Sequence[Person]) -> str | None:
    best: Person | None = None
    for person in persons:
        if person.end <= position and (best is None or person.end > best.end):
            best = person
    return None if best is None else best.value


def apply_context(
    targets: Sequence[Target],
    triggers: Sequence[Trigger],
    terminators: Sequence[Terminator],
    persons: Sequence[Person],
    sentence: tuple[int, int],
) -> list[ContextResult]:
    """Decide, for each target of one sentence, which triggers modify it.

    All positions are token offsets inside `sentence` ([start, end)). Triggers that lie inside
    a target must already have been removed by the caller.
    """
    hits: list[list[int]] = [[] for _ in targets]
    for trigger_index, trigger in enumerate(triggers):
        eligible = [
            target_index
            for target_index, target in enumerate(targets)
            if _in_scope(trigger, target, sentence, terminators)
        ]
        if trigger.max_targets is not None:
            eligible.sort(
                key=lambda i: _distance(
                    trigger.start, trigger.end, targets[i].start, targets[i].end
                )
            )
            eligible = eligible[: trigger.max_targets]
        for target_index in eligible:
            hits[target_index].append(trigger_index)

    results: list[ContextResult] = []
    for target_index, target in enumerate(targets):
        by_category: dict[str, list[int]] = {"negated": [], "historical": [], "hypothetical": []}
        experiencer: tuple[int, str] | None = None
        best_distance = -1
        for trigger_index in hits[target_index]:
            trigger = triggers[trigger_index]
            if trigger.category != "experiencer":
                by_category[trigger.category].append(trigger_index)
                continue
            value = trigger.value
            if value == "nearest_person":
                value = _nearest_person_before(trigger.start, persons)
            if value is None:
                continue
            distance = _distance(trigger.start, trigger.end, target.start, target.end)
            if experiencer is None or distance < best_distance:
                experiencer, best_distance = (trigger_index, value), distance
        results.append(
            ContextResult(
                negated=tuple(by_category["negated"]),
                historical=tuple(by_category["historical"]),
                hypothetical=tuple(by_category["hypothetical"]),
                experiencer=experiencer,
            )
        )
    return results


def nearest_person(target: Target, persons: Sequence[Person]) -> Person | None:
    """The person named nearest before the target, else the nearest after it.

    Why before first: the person is usually the subject ("Mother disclosed depression and
    that her partner hits her" is about mother); a person after the concept is used only
    when none comes before ("cocaine found in mother's urine").
    """
    best: Person | None = None
    best_key: tuple[int, int] | None = None
    for person in persons:
        distance = _distance(person.start, person.end, target.start, target.end)
        key = (0 if person.start <= target.start else 1, distance)
        if best_key is None or key < best_key:
            best, best_key = person, key
    return best
