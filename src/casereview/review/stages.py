"""Review types, stages and the one transition table through which every stage change goes.

A review is a statutory process; boards must be able to say what stage each review is at and
prove how it got there. All stage changes are therefore checked against one table per review
type (`TRANSITIONS`), and a recorded history (`StageChange` list) can be validated as a whole:
every step allowed, dates never before the awareness date and never going backwards in time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from casereview.review.errors import InvalidHistoryError, InvalidTransitionError, ReviewInputError

__all__ = [
    "TRANSITIONS",
    "TYPE_PERIODS",
    "ReviewType",
    "Stage",
    "StageChange",
    "allowed_next",
    "check_review_type_period",
    "check_transition",
    "current_stage",
    "parse_review_type",
    "parse_stage",
    "stage_dates",
    "validate_history",
]


class ReviewType(StrEnum):
    """The three kinds of review a safeguarding partnership runs.

    `rapid`: the rapid review that follows a serious incident notification (since 2018);
    `lcspr`: local child safeguarding practice review (Working Together 2018 onwards);
    `scr`: serious case review, the pre-2019 form run by Local Safeguarding Children Boards.
    """

    RAPID = "rapid"
    LCSPR = "lcspr"
    SCR = "scr"


class Stage(StrEnum):
    """Stages of a review; the values are the names typed on the command line."""

    AWARE = "aware"  # the local authority became aware of the incident; the review is opened
    NOTIFICATION = "notification"  # serious incident notification sent
    RAPID_REVIEW = "rapid_review"  # rapid review under way
    DECISION = "decision"  # decision whether to hold an LCSPR / SCR
    TERMS_OF_REFERENCE = "terms_of_reference"
    REVIEWER_APPOINTED = "reviewer_appointed"
    RETURNS_REQUESTED = "returns_requested"  # agency returns requested
    RETURNS_RECEIVED = "returns_received"  # agency returns received
    PANEL_MEETING = "panel_meeting"  # may repeat
    DRAFT = "draft"
    FACTUAL_ACCURACY = "factual_accuracy"  # factual accuracy check with agencies and family
    FINAL_REPORT = "final_report"
    PRE_PUBLICATION_NOTICE = "pre_publication_notice"  # copies to national panel and SoS
    PUBLISHED = "published"
    CLOSED = "closed"


#: Awareness dates for which each review type existed (first, last; None = open).
#: The Panel's notification duty and rapid reviews began on 29 June 2018; LSCBs, and with them
#: serious case reviews, were replaced by safeguarding partner arrangements, which all areas had
#: to implement by 29 September 2019 (Solihull LSCB procedures, checked).
TYPE_PERIODS: Mapping[ReviewType, tuple[dt.date | None, dt.date | None]] = {
    ReviewType.RAPID: (dt.date(2018, 6, 29), None),
    ReviewType.LCSPR: (dt.date(2018, 6, 29), None),
    ReviewType.SCR: (None, dt.date(2019, 9, 28)),
}


def check_review_type_period(review_type: ReviewType, aware_date: dt.date) -> None:
    """Raise ReviewInputError when the review type did not exist on the awareness date."""
    first, last = TYPE_PERIODS[review_type]
    if first is not None and aware_date < first:
        raise ReviewInputError(
            f"a {review_type.value} review cannot start from an awareness date of "
            f"{aware_date.isoformat()}: rapid reviews and LCSPRs exist from "
            f"{first.isoformat()}; use type scr for an earlier incident"
        )
    if last is not None and aware_date > last:
        raise ReviewInputError(
            f"a {review_type.value} review cannot start from an awareness date of "
            f"{aware_date.isoformat()}: serious case reviews ended when safeguarding partner "
            f"arrangements replaced LSCBs (by {last.isoformat()}); use type rapid or lcspr"
        )


_S = Stage

# The conduct of a full review (LCSPR or SCR) after the decision to hold one.
_REVIEW_BODY: dict[Stage, tuple[Stage, ...]] = {
    _S.TERMS_OF_REFERENCE: (_S.REVIEWER_APPOINTED,),
    _S.REVIEWER_APPOINTED: (_S.RETURNS_REQUESTED,),
    _S.RETURNS_REQUESTED: (_S.RETURNS_RECEIVED,),
    _S.RETURNS_RECEIVED: (_S.PANEL_MEETING, _S.DRAFT),
    _S.PANEL_MEETING: (_S.PANEL_MEETING, _S.DRAFT),
    _S.DRAFT: (_S.PANEL_MEETING, _S.FACTUAL_ACCURACY),
    _S.FACTUAL_ACCURACY: (_S.DRAFT, _S.FINAL_REPORT),
    _S.FINAL_REPORT: (_S.PRE_PUBLICATION_NOTICE,),
    _S.PRE_PUBLICATION_NOTICE: (_S.PUBLISHED,),
    _S.PUBLISHED: (_S.CLOSED,),
    _S.CLOSED: (),
}

TRANSITIONS: Mapping[ReviewType, Mapping[Stage, tuple[Stage, ...]]] = {
    # A rapid review ends with the decision; "no LCSPR" closes it, and a decision to hold an
    # LCSPR also closes the rapid review (the LCSPR is its own review record).
    ReviewType.RAPID: {
        _S.AWARE: (_S.NOTIFICATION,),
        _S.NOTIFICATION: (_S.RAPID_REVIEW,),
        _S.RAPID_REVIEW: (_S.DECISION,),
        _S.DECISION: (_S.CLOSED,),
        _S.CLOSED: (),
    },
    # An LCSPR carries its own rapid review; after the decision it either closes (no review)
    # or proceeds to terms of reference.
    ReviewType.LCSPR: {
        _S.AWARE: (_S.NOTIFICATION,),
        _S.NOTIFICATION: (_S.RAPID_REVIEW,),
        _S.RAPID_REVIEW: (_S.DECISION,),
        _S.DECISION: (_S.TERMS_OF_REFERENCE, _S.CLOSED),
        **_REVIEW_BODY,
    },
    # Serious case reviews (Working Together 2013/2015) had no rapid review: the LSCB decided
    # on the notified incident directly.
    ReviewType.SCR: {
        _S.AWARE: (_S.NOTIFICATION,),
        _S.NOTIFICATION: (_S.DECISION,),
        _S.DECISION: (_S.TERMS_OF_REFERENCE, _S.CLOSED),
        **_REVIEW_BODY,
    },
}


def parse_review_type(text: str) -> ReviewType:
    """Read a review type typed by a user; the error lists the valid values."""
    try:
        return ReviewType(text.strip().lower())
    except ValueError:
        valid = ", ".join(t.value for t in ReviewType)
        raise ReviewInputError(f"unknown review type {text!r}: use one of {valid}") from None


def parse_stage(text: str) -> Stage:
    """Read a stage name typed by a user; the error lists the valid names."""
    try:
        return Stage(text.strip().lower())
    except ValueError:
        valid = ", ".join(s.value for s in Stage)
        raise ReviewInputError(f"unknown stage {text!r}: use one of {valid}") from None


def allowed_next(review_type: ReviewType, current: Stage) -> tuple[Stage, ...]:
    """Stages that may follow `current` in a review of `review_type`."""
    table = TRANSITIONS[review_type]
    if current not in table:
        return ()
    return table[current]


def check_transition(review_type: ReviewType, current: Stage, target: Stage) -> None:
    """Raise InvalidTransitionError unless `current -> target` is in the table of the type."""
    if current not in TRANSITIONS[review_type]:
        raise InvalidTransitionError(
            f"a {review_type.value} review has no stage {current.value!r}; "
            f"its stages are: {', '.join(s.value for s in TRANSITIONS[review_type])}"
        )
    allowed = allowed_next(review_type, current)
    if target in allowed:
        return
    if not allowed:
        raise InvalidTransitionError(
            f"a {review_type.value} review at stage {current.value!r} is finished: "
            f"no stage may follow it (asked for {target.value!r})"
        )
    names = ", ".join(s.value for s in allowed)
    raise InvalidTransitionError(
        f"a {review_type.value} review cannot go from {current.value!r} to {target.value!r}; "
        f"allowed next: {names}"
    )


@dataclass(frozen=True, slots=True)
class StageChange:
    """One audited stage change: which stage was reached, on what date, and by whom (a role
    or user name of staff, never a family member)."""

    stage: Stage
    date: dt.date
    by: str = ""


def validate_history(
    review_type: ReviewType, aware_date: dt.date, history: Sequence[StageChange]
) -> None:
    """Check a whole stage history; raise InvalidHistoryError naming the offending entry.

    The history starts at `aware` on the awareness date (or, if `aware` is omitted, the first
    entry must be a stage allowed after `aware`); each entry must be an allowed transition from
    the previous one; no date may precede the awareness date or the previous entry's date.
    """
    current = Stage.AWARE
    previous_date = aware_date
    for index, change in enumerate(history, start=1):
        where = f"stage history entry {index} ({change.stage.value}, {change.date.isoformat()})"
        if index == 1 and change.stage is Stage.AWARE:
            if change.date != aware_date:
                raise InvalidHistoryError(
                    f"{where}: the 'aware' entry must be dated the awareness date "
                    f"{aware_date.isoformat()}"
                )
            continue
        if change.date < aware_date:
            raise InvalidHistoryError(
                f"{where}: dated before the awareness date {aware_date.isoformat()}; "
                "a review step cannot precede the incident becoming known"
            )
        if change.date < previous_date:
            raise InvalidHistoryError(
                f"{where}: dated before the previous entry ({previous_date.isoformat()}); "
                "stage changes must be recorded in date order"
            )
        try:
            check_transition(review_type, current, change.stage)
        except InvalidTransitionError as exc:
            raise InvalidHistoryError(f"{where}: {exc}") from None
        current = change.stage
        previous_date = change.date


def current_stage(history: Sequence[StageChange]) -> Stage:
    """The stage the review is at: the last entry, or `aware` for an empty history."""
    return history[-1].stage if history else Stage.AWARE


def stage_dates(history: Sequence[StageChange]) -> dict[Stage, dt.date]:
    """First date each stage was reached (a repeated panel meeting keeps its first date)."""
    dates: dict[Stage, dt.date] = {}
    for change in history:
        dates.setdefault(change.stage, change.date)
    return dates
