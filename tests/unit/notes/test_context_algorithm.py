"""The ConText algorithm on token positions, without spaCy."""

from __future__ import annotations

from casereview.indicators.notes.context import (
    Person,
    Target,
    Terminator,
    Trigger,
    apply_context,
    nearest_person,
)


def trigger(
    start: int,
    end: int,
    category: str = "negated",
    direction: str = "forward",
    *,
    value: str | None = None,
    max_scope: int | None = None,
    max_targets: int | None = None,
    kinds: frozenset[str] | None = None,
) -> Trigger:
    return Trigger(start, end, category, value, direction, max_scope, max_targets, kinds)


SENTENCE = (0, 12)


def test_forward_trigger_modifies_targets_after_it_until_a_terminator() -> None:
    targets = [Target(2, 3, "injury"), Target(6, 7, "injury")]
    results = apply_context(targets, [trigger(0, 1)], [Terminator(4, 5, "all")], [], SENTENCE)
    assert [bool(r.negated) for r in results] == [True, False]


def test_backward_trigger_and_max_scope() -> None:
    targets = [Target(1, 2, "injury"), Target(8, 9, "injury")]
    results = apply_context(
        targets, [trigger(10, 11, direction="backward", max_scope=3)], [], [], SENTENCE
    )
    assert [bool(r.negated) for r in results] == [False, True]


def test_terminator_of_another_category_does_not_stop_the_scope() -> None:
    targets = [Target(5, 6, "injury")]
    results = apply_context(
        targets, [trigger(0, 1)], [Terminator(3, 4, "historical")], [], SENTENCE
    )
    assert results[0].negated


def test_kinds_limit_a_trigger() -> None:
    targets = [Target(2, 3, "injury"), Target(4, 5, "care")]
    results = apply_context(targets, [trigger(0, 1, kinds=frozenset({"care"}))], [], [], SENTENCE)
    assert [bool(r.negated) for r in results] == [False, True]


def test_max_targets_takes_the_nearest() -> None:
    targets = [Target(2, 3, "injury"), Target(5, 6, "injury")]
    results = apply_context(targets, [trigger(0, 1, max_targets=1)], [], [], SENTENCE)
    assert [bool(r.negated) for r in results] == [True, False]


def test_closest_experiencer_wins_and_nearest_person_resolves() -> None:
    targets = [Target(6, 7, "injury")]
    triggers = [
        trigger(0, 2, "experiencer", value="mother"),
        trigger(4, 5, "experiencer", value="nearest_person"),
    ]
    persons = [Person(3, 4, "father")]
    (result,) = apply_context(targets, triggers, [], persons, SENTENCE)
    assert result.experiencer == (1, "father")


def test_nearest_person_prefers_the_one_before() -> None:
    target = Target(5, 6, "household")
    before, after = Person(0, 1, "mother"), Person(7, 8, "partner")
    assert nearest_person(target, [before, after]) == before
    assert nearest_person(target, [after]) == after
    assert nearest_person(target, []) is None
