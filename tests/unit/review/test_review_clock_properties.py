"""Invariants of the clock over generated reviews (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from casereview.review.clock import DeadlineStatus, ReviewFacts, compute_deadlines
from casereview.review.proceedings import Proceeding, ProceedingKind
from casereview.review.stages import TRANSITIONS, ReviewType, Stage, StageChange
from casereview.review.working_days import is_working_day


@st.composite
def reviews(draw: st.DrawFn) -> ReviewFacts:
    review_type = draw(st.sampled_from([ReviewType.RAPID, ReviewType.LCSPR]))
    aware = draw(st.dates(min_value=dt.date(2018, 7, 1), max_value=dt.date(2026, 6, 30)))
    table = TRANSITIONS[review_type]
    stage, day, history = Stage.AWARE, aware, []
    for _ in range(draw(st.integers(min_value=0, max_value=14))):
        options = table[stage]
        if not options:
            break
        stage = draw(st.sampled_from(options))
        day += dt.timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        history.append(StageChange(stage, day))
    proceedings = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        start = aware + dt.timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        length = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=500)))
        end = None if length is None else start + dt.timedelta(days=length)
        kind = draw(st.sampled_from(list(ProceedingKind)))
        proceedings.append(Proceeding(kind, start, end, draw(st.booleans())))
    return ReviewFacts(review_type, aware, history=tuple(history), proceedings=tuple(proceedings))


@settings(max_examples=150, deadline=None)
@given(facts=reviews(), offset=st.integers(min_value=-30, max_value=2000))
def test_status_agrees_with_due_date_and_days_remaining(facts: ReviewFacts, offset: int) -> None:
    as_of = facts.aware_date + dt.timedelta(days=offset)
    for d in compute_deadlines(facts, as_of):
        if d.status is DeadlineStatus.OVERDUE:
            assert d.due is not None and d.due < as_of
            assert d.days_remaining is not None and d.days_remaining <= 0
            # 0 only on the non-working days just after a working-day deadline (a Friday
            # deadline seen on Saturday: no working day has passed yet, but it is overdue)
            if d.days_remaining == 0:
                assert d.unit == "working_days" and not is_working_day(as_of)
        elif d.status is DeadlineStatus.DUE:
            assert d.due is not None and d.due >= as_of
            assert d.days_remaining is not None and d.days_remaining >= 0
        elif d.status is DeadlineStatus.HELD:
            assert d.due is None and d.days_remaining is None
            assert d.step in ("publication", "pre_publication_notice")
            assert "planned, conditional on the end of" in d.note
        elif d.status is DeadlineStatus.DONE:
            assert d.completed is not None and d.completed <= as_of
        assert d.rule and (d.source or d.status is DeadlineStatus.NOT_APPLICABLE)


@settings(max_examples=100, deadline=None)
@given(facts=reviews())
def test_a_held_publication_is_never_overdue(facts: ReviewFacts) -> None:
    holding = [p for p in facts.proceedings if p.holds_publication]
    for p in holding:
        for day in (p.start, p.start + dt.timedelta(days=400)):
            if not p.active_on(day):
                continue
            steps = {d.step: d for d in compute_deadlines(facts, day)}
            assert steps["publication"].status is not DeadlineStatus.OVERDUE
