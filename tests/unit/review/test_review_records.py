"""Proceedings, correspondence promises and action plans."""

from __future__ import annotations

import datetime as dt

import pytest

from casereview.review.actions import Action, ActionStatus, Recommendation, overdue_actions
from casereview.review.correspondence import Correspondence, CorrespondentRole, PromiseStatus
from casereview.review.errors import ReviewInputError
from casereview.review.proceedings import (
    Proceeding,
    ProceedingKind,
    active_holds,
    ended_hold_spans,
    hold_reason,
)

D = dt.date


def test_proceeding_cannot_end_before_it_starts() -> None:
    with pytest.raises(ReviewInputError, match=r"ends .* before it starts"):
        Proceeding(ProceedingKind.TRIAL, D(2024, 5, 1), D(2024, 4, 1))


def test_back_to_back_holds_merge_into_one_span() -> None:
    trial = Proceeding(ProceedingKind.TRIAL, D(2024, 1, 8), D(2024, 3, 1), True)
    appeal = Proceeding(ProceedingKind.APPEAL, D(2024, 3, 2), D(2024, 9, 30), True)
    inquest = Proceeding(ProceedingKind.INQUEST, D(2024, 1, 1), D(2024, 12, 1), False)
    spans = ended_hold_spans([appeal, trial, inquest], D(2025, 1, 1))
    assert len(spans) == 1
    assert (spans[0].start, spans[0].end) == (D(2024, 1, 8), D(2024, 9, 30))
    assert spans[0].kinds == (ProceedingKind.TRIAL, ProceedingKind.APPEAL)
    assert active_holds([trial, appeal, inquest], D(2024, 3, 1)) == [trial]
    assert hold_reason([trial, appeal]) == (
        "planned, conditional on the end of the trial and the appeal"
    )


def test_promise_kept_broken_pending_overdue() -> None:
    letter = Correspondence(
        received=D(2024, 2, 1),
        from_role=CorrespondentRole.MP,
        subject="publication date",
        replied=D(2024, 2, 14),
        promised=D(2024, 6, 30),
    )
    assert letter.promise_status(D(2024, 3, 1)) is PromiseStatus.PENDING
    assert letter.promise_status(D(2024, 7, 1)) is PromiseStatus.OVERDUE
    kept = Correspondence(**{**_fields(letter), "delivered": D(2024, 6, 28)})
    broken = Correspondence(**{**_fields(letter), "delivered": D(2024, 7, 15)})
    assert kept.promise_status(D(2024, 8, 1)) is PromiseStatus.KEPT
    assert broken.promise_status(D(2024, 8, 1)) is PromiseStatus.BROKEN
    # a delivery in the future of the as-of date is not known yet
    assert broken.promise_status(D(2024, 7, 2)) is PromiseStatus.OVERDUE


def _fields(c: Correspondence) -> dict[str, object]:
    return {
        "received": c.received,
        "from_role": c.from_role,
        "subject": c.subject,
        "replied": c.replied,
        "promised": c.promised,
    }


def test_reply_before_letter_is_refused() -> None:
    with pytest.raises(ReviewInputError, match="before the letter was received"):
        Correspondence(D(2024, 2, 1), CorrespondentRole.PRESS, "timing", replied=D(2024, 1, 30))


def test_recommendation_needs_an_agency() -> None:
    with pytest.raises(ReviewInputError, match="at least one agency"):
        Recommendation("R1", "Share bruising in non-mobile babies", ())


def test_completed_action_needs_evidence() -> None:
    action = Action("A1", "R1", "health visiting", "Audit bruising referrals", D(2024, 9, 30))
    with pytest.raises(ReviewInputError, match="needs evidence of completion"):
        action.with_status(ActionStatus.COMPLETED, D(2024, 9, 1))
    done = action.with_status(ActionStatus.COMPLETED, D(2024, 10, 3), evidence="audit report")
    assert done.completed_on == D(2024, 10, 3) and done.completed_late()
    assert not done.is_overdue(D(2025, 1, 1))


def test_overdue_report_as_of_a_date() -> None:
    a1 = Action("A1", "R1", "police", "Train on information sharing", D(2024, 3, 31))
    a2 = Action("A2", "R1", "school", "Update attendance policy", D(2024, 1, 31),
                status=ActionStatus.IN_PROGRESS)  # fmt: skip
    a3 = Action("A3", "R2", "GP", "Flag household", D(2024, 2, 29),
                status=ActionStatus.NOT_ACHIEVED)  # fmt: skip
    assert overdue_actions([a1, a2, a3], D(2024, 3, 31)) == [a2]
    assert overdue_actions([a1, a2, a3], D(2024, 4, 1)) == [a2, a1]
    assert a2.days_overdue(D(2024, 2, 10)) == 10
