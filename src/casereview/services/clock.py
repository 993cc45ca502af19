"""Use cases of the running review: stage changes, the clock's facts and settings, deadlines and
the board's weekly status (issue 5). Proceedings, correspondence and action plans have their
own service modules and share the loading helpers here.

Each function loads what it needs, lets the pure `casereview.review` package decide, and writes
in one transaction with its audit entry: a refused change (an invalid transition, a date before
the incident) raises before anything is written, so bad input changes nothing. Audit details
hold keys, stages, statuses and dates, never free text (which could name someone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from casereview.errors import InvalidInput
from casereview.review.clock import (
    ClockPolicy,
    Deadline,
    ReviewFacts,
    compute_deadlines,
    review_status,
)
from casereview.review.correspondence import (
    Correspondence,
    PromiseStatus,
    parse_correspondent_role,
)
from casereview.review.proceedings import Proceeding, parse_proceeding_kind
from casereview.review.stages import (
    ReviewType,
    Stage,
    StageChange,
    allowed_next,
    check_review_type_period,
    check_transition,
    current_stage,
    parse_review_type,
    parse_stage,
)
from casereview.review.timescales import CountsFrom
from casereview.review.working_days import parse_area
from casereview.services.reviews import get_review
from casereview.store.audit import record_audit, utcnow
from casereview.store.clock_tables import (
    ClockSettings,
    CorrespondenceRow,
    ProceedingRow,
    StageChangeRow,
)
from casereview.store.database import Database
from casereview.store.tables import Review

__all__ = [
    "ReviewDeadlines",
    "StageChangeResult",
    "StatusLine",
    "advance_review",
    "board_status",
    "check_new_review",
    "load_review_facts",
    "proceeding_from_row",
    "proceeding_rows",
    "refuse_future",
    "review_deadlines",
    "review_history",
    "set_review_facts",
    "stored_facts",
    "today_or",
]


# -- loading ---------------------------------------------------------------------------------


def _settings(session: Session, review_id: int) -> ClockSettings | None:
    return session.get(ClockSettings, review_id)


def _history(session: Session, review_id: int) -> tuple[StageChange, ...]:
    rows = session.scalars(
        select(StageChangeRow)
        .where(StageChangeRow.review_id == review_id)
        .order_by(StageChangeRow.seq)
    )
    return tuple(StageChange(Stage(r.stage), r.on_date, r.by) for r in rows)


def proceeding_rows(session: Session, review_id: int) -> list[ProceedingRow]:
    return list(
        session.scalars(
            select(ProceedingRow)
            .where(ProceedingRow.review_id == review_id)
            .order_by(ProceedingRow.start, ProceedingRow.id)
        )
    )


def proceeding_from_row(row: ProceedingRow) -> Proceeding:
    return Proceeding(
        kind=parse_proceeding_kind(row.kind),
        start=row.start,
        end=row.end,
        holds_publication=row.holds_publication,
        description=row.description,
    )


def stored_facts(session: Session, review: Review) -> tuple[ReviewFacts, ClockPolicy]:
    if review.aware_date is None:
        raise InvalidInput(
            f"Review {review.ref} has no awareness date, so its clock cannot run. Set it with: "
            f"casereview review set {review.ref} --aware-date DD/MM/YYYY"
        )
    settings = _settings(session, review.id)
    facts = ReviewFacts(
        review_type=parse_review_type(review.review_type),
        aware_date=review.aware_date,
        area=parse_area(review.area),
        history=_history(session, review.id),
        proceedings=tuple(proceeding_from_row(r) for r in proceeding_rows(session, review.id)),
        incident_date=settings.incident_date if settings else None,
        planned_publication=settings.planned_publication if settings else None,
    )
    base = CountsFrom(settings.rapid_review_counts_from) if settings else CountsFrom.AWARENESS
    policy = ClockPolicy(
        counts_from={} if base is CountsFrom.AWARENESS else {"rapid_review_working_days": base}
    )
    return facts, policy


def load_review_facts(db: Database, *, ref: str) -> tuple[ReviewFacts, ClockPolicy]:
    """The clock's input for one review, as stored."""
    with db.unit_of_work() as session:
        return stored_facts(session, get_review(session, ref))


def today_or(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def refuse_future(day: dt.date, what: str, today: dt.date) -> None:
    if day > today:
        raise InvalidInput(
            f"{what} {day.isoformat()} is in the future (today is {today.isoformat()}); "
            "record it on the day it happens"
        )


# -- stages and settings ---------------------------------------------------------------------


@dataclass(frozen=True)
class StageChangeResult:
    ref: str
    previous: Stage
    stage: Stage
    on: dt.date
    allowed_next: tuple[Stage, ...]


def advance_review(
    db: Database,
    *,
    ref: str,
    stage: str,
    on: dt.date | None = None,
    by: str = "",
    actor: str,
    today: dt.date | None = None,
) -> StageChangeResult:
    """Move a review to `stage` on `on` (default today) through the transition table."""
    target = parse_stage(stage)
    now = today_or(today)
    day = on or now
    refuse_future(day, "The stage date", now)
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        facts, _ = stored_facts(session, review)
        previous = current_stage(facts.history)
        check_transition(facts.review_type, previous, target)
        change = StageChange(target, day, by or actor)
        replace(facts, history=(*facts.history, change)).validate()
        session.add(
            StageChangeRow(
                review_id=review.id,
                seq=len(facts.history) + 1,
                stage=target.value,
                on_date=day,
                by=by or actor,
                recorded_at=utcnow(),
            )
        )
        record_audit(
            session,
            actor=actor,
            action="review.advance",
            review_ref=ref,
            detail={"from": previous.value, "to": target.value, "date": day.isoformat()},
        )
        session.commit()
    return StageChangeResult(ref, previous, target, day, allowed_next(facts.review_type, target))


def review_history(db: Database, *, ref: str) -> tuple[StageChange, ...]:
    """Stage changes of a review, in order."""
    with db.unit_of_work() as session:
        return _history(session, get_review(session, ref).id)


def set_review_facts(
    db: Database,
    *,
    ref: str,
    actor: str,
    aware_date: dt.date | None = None,
    incident_date: dt.date | None = None,
    planned_publication: dt.date | None = None,
    rapid_review_counts_from: str | None = None,
    area: str | None = None,
    today: dt.date | None = None,
) -> ReviewFacts:
    """Set the clock's facts and local choices; the whole review is re-validated first."""
    now = today_or(today)
    for day, what in ((aware_date, "The awareness date"), (incident_date, "The incident date")):
        if day is not None:
            refuse_future(day, what, now)
    base: CountsFrom | None = None
    if rapid_review_counts_from is not None:
        try:
            base = CountsFrom(rapid_review_counts_from.strip().lower())
        except ValueError:
            base = None
        if base not in (CountsFrom.AWARENESS, CountsFrom.NOTIFICATION):
            raise InvalidInput("The rapid review counts from awareness or notification")
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        if aware_date is not None:
            review.aware_date = aware_date
        if area is not None:
            review.area = parse_area(area).value
        settings = _settings(session, review.id)
        if settings is None:
            settings = ClockSettings(review_id=review.id, rapid_review_counts_from="awareness")
            session.add(settings)
        if incident_date is not None:
            settings.incident_date = incident_date
        if planned_publication is not None:
            settings.planned_publication = planned_publication
        if base is not None:
            settings.rapid_review_counts_from = base.value
        session.flush()
        facts, _ = stored_facts(session, review)
        facts.validate()
        changed = {
            key: value.isoformat() if isinstance(value, dt.date) else value
            for key, value in (
                ("aware_date", aware_date),
                ("incident_date", incident_date),
                ("planned_publication", planned_publication),
                ("rapid_review_counts_from", base.value if base else None),
                ("area", area),
            )
            if value is not None
        }
        record_audit(session, actor=actor, action="review.set", review_ref=ref, detail=changed)
        session.commit()
        return facts


def check_new_review(review_type: str, aware_date: dt.date | None) -> None:
    """Refuse a review type that did not exist on the awareness date (used by `review create`)."""
    if aware_date is not None:
        check_review_type_period(parse_review_type(review_type), aware_date)


# -- deadlines and the board's view ------------------------------------------------------------


@dataclass(frozen=True)
class ReviewDeadlines:
    ref: str
    review_type: ReviewType
    stage: Stage
    as_of: dt.date
    deadlines: list[Deadline]


def review_deadlines(db: Database, *, ref: str, as_of: dt.date | None = None) -> ReviewDeadlines:
    """Every statutory step of one review on `as_of` (default today)."""
    day = today_or(as_of)
    facts, policy = load_review_facts(db, ref=ref)
    known = [c for c in facts.history if c.date <= day]
    stage = known[-1].stage if known else Stage.AWARE
    return ReviewDeadlines(
        ref, facts.review_type, stage, day, compute_deadlines(facts, day, policy)
    )


@dataclass(frozen=True)
class StatusLine:
    ref: str
    review_type: str
    stage: str
    stage_date: dt.date | None
    next_step: str
    next_due: dt.date | None
    next_status: str
    overdue: tuple[str, ...]
    held: tuple[str, ...]
    overdue_actions: int
    overdue_promises: int = 0
    problem: str = ""


def correspondence_from_row(row: CorrespondenceRow) -> Correspondence:
    """A stored letter as the domain value (shared with services.correspondence)."""
    return Correspondence(
        received=row.received,
        from_role=parse_correspondent_role(row.from_role),
        subject=row.subject,
        replied=row.replied,
        promised=row.promised,
        delivered=row.delivered,
    )


def board_status(db: Database, *, as_of: dt.date | None = None) -> list[StatusLine]:
    """Every review with its stage, next deadline, what is overdue or held: the weekly view."""
    from casereview.services.action_plans import review_actions  # it imports this module

    day = today_or(as_of)
    lines: list[StatusLine] = []
    with db.unit_of_work() as session:
        reviews = list(session.scalars(select(Review).order_by(Review.ref)))
        for review in reviews:
            actions = review_actions(session, review.id)
            late = sum(1 for a in actions if a.is_overdue(day))
            promises = sum(
                1
                for row in session.scalars(
                    select(CorrespondenceRow).where(CorrespondenceRow.review_id == review.id)
                )
                if correspondence_from_row(row).promise_status(day) is PromiseStatus.OVERDUE
            )
            try:
                facts, policy = stored_facts(session, review)
                status = review_status(facts, day, policy)
            except InvalidInput as problem:
                lines.append(
                    StatusLine(
                        review.ref,
                        review.review_type,
                        "",
                        None,
                        "",
                        None,
                        "",
                        (),
                        (),
                        late,
                        promises,
                        problem.message,
                    )
                )
                continue
            nxt = status.next
            lines.append(
                StatusLine(
                    ref=review.ref,
                    review_type=review.review_type,
                    stage=status.stage.value,
                    stage_date=status.stage_date,
                    next_step=nxt.step if nxt else "",
                    next_due=nxt.due if nxt else None,
                    next_status=nxt.status.value if nxt else "",
                    overdue=tuple(d.step for d in status.overdue),
                    held=tuple(d.step for d in status.held),
                    overdue_actions=late,
                    overdue_promises=promises,
                )
            )
    return lines
