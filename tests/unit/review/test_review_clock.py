"""Clock details not covered by the scenario files."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from casereview.review.clock import (
    ClockPolicy,
    DeadlineStatus,
    ReviewFacts,
    add_months,
    compute_deadlines,
    next_deadline,
)
from casereview.review.errors import ReviewInputError
from casereview.review.proceedings import Proceeding, ProceedingKind
from casereview.review.stages import ReviewType, Stage, StageChange
from casereview.review.timescales import CountsFrom

D = dt.date


def test_add_months_keeps_the_day_or_ends_the_month() -> None:
    assert add_months(D(2024, 4, 18), 6) == D(2024, 10, 18)
    assert add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)  # leap year
    assert add_months(D(2022, 8, 31), 6) == D(2023, 2, 28)
    assert add_months(D(2024, 10, 31), 12) == D(2025, 10, 31)


def _held_review() -> ReviewFacts:
    return ReviewFacts(
        ReviewType.LCSPR,
        D(2024, 1, 8),
        history=(
            StageChange(Stage.NOTIFICATION, D(2024, 1, 9)),
            StageChange(Stage.RAPID_REVIEW, D(2024, 1, 10)),
            StageChange(Stage.DECISION, D(2024, 1, 26)),
        ),
        proceedings=(Proceeding(ProceedingKind.TRIAL, D(2024, 6, 3), None, True),),
    )


def test_a_held_publication_is_never_overdue_and_cites_why() -> None:
    deadlines = {d.step: d for d in compute_deadlines(_held_review(), D(2026, 1, 1))}
    publication = deadlines["publication"]
    assert publication.status is DeadlineStatus.HELD
    assert publication.due is None and publication.days_remaining is None
    # decision Fri 26 Jan 2024 + 6 months = Fri 26 Jul 2024
    assert "without the hold it would be due 2024-07-26" in publication.note
    assert "publication may be delayed by proceedings" in publication.source
    assert "SCIE" in publication.source
    # the review's own work is not held
    assert deadlines["final_report"].status is DeadlineStatus.OVERDUE


def test_json_shape_has_the_contract_fields() -> None:
    rows = [d.to_dict() for d in compute_deadlines(_held_review(), D(2024, 3, 1))]
    text = json.dumps(rows)
    for row in json.loads(text):
        assert {"step", "due", "status", "rule", "source", "days_remaining"} <= set(row)


def test_next_deadline_is_the_earliest_open_one() -> None:
    deadlines = compute_deadlines(_held_review(), D(2024, 3, 1))
    nxt = next_deadline(deadlines)
    # copies 7 working days before Fri 26 Jul 2024: Thu 25, Wed 24, Tue 23, Mon 22, Fri 19,
    # Thu 18, Wed 17 July
    assert nxt is not None and nxt.step == "pre_publication_notice"
    assert nxt.due == D(2024, 7, 17)


def test_policy_refuses_bases_that_make_no_sense() -> None:
    with pytest.raises(ReviewInputError, match="cannot count from publication"):
        ClockPolicy(counts_from={"rapid_review_working_days": CountsFrom.PUBLICATION})
    with pytest.raises(ReviewInputError, match="cannot be changed"):
        ClockPolicy(counts_from={"copies_before_publication": CountsFrom.DECISION})


def test_counting_from_a_notification_not_yet_made_falls_back_to_awareness() -> None:
    facts = ReviewFacts(ReviewType.RAPID, D(2024, 6, 3))
    policy = ClockPolicy(counts_from={"rapid_review_working_days": CountsFrom.NOTIFICATION})
    rapid = {d.step: d for d in compute_deadlines(facts, D(2024, 6, 4), policy)}["rapid_review"]
    assert rapid.counts_from == "awareness"
    assert "until the notification date is recorded" in rapid.note


def test_bad_input_changes_nothing_and_names_the_problem() -> None:
    facts = ReviewFacts(
        ReviewType.LCSPR,
        D(2024, 1, 8),
        history=(StageChange(Stage.NOTIFICATION, D(2024, 1, 9)),),
        publication_date=D(2023, 12, 1),
    )
    with pytest.raises(ReviewInputError, match="publication date 2023-12-01 is before"):
        compute_deadlines(facts, D(2024, 3, 1))


def test_review_status_for_the_weekly_view() -> None:
    from casereview.review.clock import review_status

    status = review_status(_held_review(), D(2026, 1, 1))
    assert status.stage is Stage.DECISION and status.stage_date == D(2024, 1, 26)
    assert [d.step for d in status.overdue] == ["final_report"]
    assert {d.step for d in status.held} == {"publication", "pre_publication_notice"}
    assert status.next is not None and status.next.step == "final_report"


def test_a_friday_deadline_seen_on_saturday_is_overdue_by_zero_working_days() -> None:
    # aware Fri 7 Jun 2024: notification due Fri 14 Jun (Mon 10 ... Fri 14)
    facts = ReviewFacts(ReviewType.RAPID, D(2024, 6, 7))
    saturday = {d.step: d for d in compute_deadlines(facts, D(2024, 6, 15))}["notification"]
    monday = {d.step: d for d in compute_deadlines(facts, D(2024, 6, 17))}["notification"]
    assert saturday.due == D(2024, 6, 14) and saturday.status is DeadlineStatus.OVERDUE
    assert saturday.days_remaining == 0
    assert monday.days_remaining == -1
