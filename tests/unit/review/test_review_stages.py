"""The transition table and history validation."""

from __future__ import annotations

import datetime as dt

import pytest

from casereview.review.errors import (
    InvalidHistoryError,
    InvalidTransitionError,
    ReviewInputError,
)
from casereview.review.stages import (
    TRANSITIONS,
    ReviewType,
    Stage,
    StageChange,
    check_transition,
    current_stage,
    parse_stage,
    validate_history,
)

D = dt.date


def test_rapid_review_that_decides_no_lcspr_goes_to_closed() -> None:
    check_transition(ReviewType.RAPID, Stage.DECISION, Stage.CLOSED)
    with pytest.raises(InvalidTransitionError, match="allowed next: closed"):
        check_transition(ReviewType.RAPID, Stage.DECISION, Stage.TERMS_OF_REFERENCE)


def test_error_names_the_allowed_next_stages() -> None:
    with pytest.raises(InvalidTransitionError) as caught:
        check_transition(ReviewType.LCSPR, Stage.RETURNS_RECEIVED, Stage.PUBLISHED)
    message = str(caught.value)
    assert "'returns_received' to 'published'" in message
    assert "allowed next: panel_meeting, draft" in message


def test_scr_has_no_rapid_review_stage() -> None:
    with pytest.raises(InvalidTransitionError, match="no stage 'rapid_review'"):
        check_transition(ReviewType.SCR, Stage.RAPID_REVIEW, Stage.DECISION)
    check_transition(ReviewType.SCR, Stage.NOTIFICATION, Stage.DECISION)


def test_panel_meetings_may_repeat() -> None:
    check_transition(ReviewType.LCSPR, Stage.PANEL_MEETING, Stage.PANEL_MEETING)


def test_closed_is_final() -> None:
    for review_type in ReviewType:
        assert TRANSITIONS[review_type][Stage.CLOSED] == ()
    with pytest.raises(InvalidTransitionError, match="is finished"):
        check_transition(ReviewType.LCSPR, Stage.CLOSED, Stage.DRAFT)


def test_every_stage_of_a_type_is_reachable_from_aware() -> None:
    for review_type, table in TRANSITIONS.items():
        seen = {Stage.AWARE}
        frontier = [Stage.AWARE]
        while frontier:
            for nxt in table[frontier.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert seen == set(table), review_type


def test_unknown_stage_lists_valid_names() -> None:
    with pytest.raises(ReviewInputError, match="use one of aware, notification"):
        parse_stage("publishd")


def _full_lcspr() -> list[StageChange]:
    stages = [
        ("notification", D(2023, 1, 3)),
        ("rapid_review", D(2023, 1, 4)),
        ("decision", D(2023, 1, 20)),
        ("terms_of_reference", D(2023, 2, 1)),
        ("reviewer_appointed", D(2023, 2, 10)),
        ("returns_requested", D(2023, 2, 13)),
        ("returns_received", D(2023, 3, 31)),
        ("panel_meeting", D(2023, 4, 12)),
        ("panel_meeting", D(2023, 5, 10)),
        ("draft", D(2023, 6, 1)),
        ("factual_accuracy", D(2023, 6, 15)),
        ("draft", D(2023, 6, 29)),
        ("factual_accuracy", D(2023, 7, 3)),
        ("final_report", D(2023, 7, 14)),
        ("pre_publication_notice", D(2023, 7, 17)),
        ("published", D(2023, 7, 27)),
        ("closed", D(2024, 8, 1)),
    ]
    return [StageChange(Stage(s), d, "business manager") for s, d in stages]


def test_a_complete_lcspr_history_is_valid() -> None:
    history = _full_lcspr()
    validate_history(ReviewType.LCSPR, D(2023, 1, 2), history)
    assert current_stage(history) is Stage.CLOSED


def test_history_may_start_with_an_aware_entry_on_the_awareness_date() -> None:
    validate_history(
        ReviewType.RAPID,
        D(2023, 1, 2),
        [StageChange(Stage.AWARE, D(2023, 1, 2)), StageChange(Stage.NOTIFICATION, D(2023, 1, 3))],
    )
    with pytest.raises(InvalidHistoryError, match="must be dated the awareness date"):
        validate_history(ReviewType.RAPID, D(2023, 1, 2), [StageChange(Stage.AWARE, D(2023, 1, 5))])


def test_history_error_names_the_entry() -> None:
    history = _full_lcspr()
    history[5] = StageChange(Stage.RETURNS_REQUESTED, D(2023, 2, 9))
    with pytest.raises(InvalidHistoryError, match=r"entry 6 \(returns_requested, 2023-02-09\)"):
        validate_history(ReviewType.LCSPR, D(2023, 1, 2), history)


def test_the_clock_ignores_stages_recorded_after_the_as_of_date() -> None:
    from casereview.review.clock import DeadlineStatus, ReviewFacts, compute_deadlines

    facts = ReviewFacts(
        ReviewType.RAPID,
        D(2024, 6, 3),
        history=(StageChange(Stage.NOTIFICATION, D(2024, 6, 7)),),
    )
    # notification due Mon 10 June 2024 (day 0 Mon 3; 1 Tue 4 ... 5 Mon 10)
    before = {d.step: d for d in compute_deadlines(facts, D(2024, 6, 6))}
    after = {d.step: d for d in compute_deadlines(facts, D(2024, 6, 7))}
    assert before["notification"].status is DeadlineStatus.DUE
    assert before["notification"].days_remaining == 2  # Fri 7, Mon 10
    assert after["notification"].status is DeadlineStatus.DONE
