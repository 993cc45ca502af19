"""The statutory clock: deadlines of a review computed from its facts, never typed in.

For each statutory step the clock finds the timescale in force on the date the local authority
became aware of the incident (`timescales.yaml`), counts it from the fact it names (awareness,
notification, decision, publication; a partnership may count the rapid review from the
notification instead, see `ClockPolicy`), and reports due date, status and days remaining.

Publication held by proceedings
-------------------------------
Working Together allows publication to be delayed while parallel proceedings (a criminal trial,
an appeal, an inquest) could be prejudiced. While a hold is active the publication step (and
the pre-publication notice that depends on it) has status `held`, with the note "planned,
conditional on the end of <kind>"; it is never overdue while held.

When the hold ends the clock resumes as a suspended clock: the days held (counted only from the
day after the decision, when the period starts to run) are added to the due date, so the
unexpired part of the period runs again from the day after the proceedings end. If
nothing of the period was left (the hold began after the due date, or the period ran out), the
report is due once the pre-publication notice period (e.g. 7 working days) has run from the end
of the hold, so that copies can reach the national panel and the Secretary of State in time.
This is this project's reading, documented so that a board can challenge it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from casereview.review.errors import ReviewInputError
from casereview.review.proceedings import Proceeding, active_holds, ended_hold_spans, hold_reason
from casereview.review.stages import (
    ReviewType,
    Stage,
    StageChange,
    check_review_type_period,
    stage_dates,
    validate_history,
)
from casereview.review.timescales import (
    CountsFrom,
    Direction,
    Timescales,
    TimescaleValue,
    Unit,
    default_timescales,
)
from casereview.review.working_days import (
    Area,
    add_working_days,
    working_days_between,
)

__all__ = [
    "STEPS",
    "ClockPolicy",
    "Deadline",
    "DeadlineStatus",
    "ReviewFacts",
    "ReviewStatus",
    "add_months",
    "compute_deadlines",
    "next_deadline",
    "review_status",
]


class DeadlineStatus(StrEnum):
    """Status of one statutory step on the as-of date."""

    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    HELD = "held"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class _Step:
    name: str
    parameter: str
    done_stage: Stage | None
    label: str


#: The statutory steps, in the order they are reported.
STEPS: tuple[_Step, ...] = (
    _Step("notification", "notification_working_days", Stage.NOTIFICATION,
          "serious incident notification"),
    _Step("rapid_review", "rapid_review_working_days", Stage.DECISION,
          "rapid review and decision"),
    _Step("final_report", "completion_months", Stage.FINAL_REPORT, "review completed"),
    _Step("pre_publication_notice", "copies_before_publication", Stage.PRE_PUBLICATION_NOTICE,
          "copies to the national panel and the Secretary of State"),
    _Step("publication", "publication_months", Stage.PUBLISHED, "report published"),
    _Step("remain_published", "published_for_at_least_months", None,
          "report remains published"),
)  # fmt: skip

_STEP_BY_NAME = {s.name: s for s in STEPS}


@dataclass(frozen=True, slots=True)
class ClockPolicy:
    """Local choices the guidance leaves open.

    `counts_from` overrides which fact a parameter counts from, e.g.
    `{"rapid_review_working_days": CountsFrom.NOTIFICATION}` for a partnership that counts its
    15 working days from the notification rather than from awareness (the default).
    """

    counts_from: Mapping[str, CountsFrom] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for parameter, base in self.counts_from.items():
            if parameter not in ("notification_working_days", "rapid_review_working_days",
                                 "completion_months", "publication_months"):  # fmt: skip
                raise ReviewInputError(
                    f"clock policy: the counting base of {parameter!r} cannot be changed; "
                    "only notification_working_days, rapid_review_working_days, "
                    "completion_months and publication_months can"
                )
            if base is CountsFrom.PUBLICATION:
                raise ReviewInputError(f"clock policy: {parameter!r} cannot count from publication")


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """What is known about a review: the clock's whole input.

    Dates of notification, decision and publication are taken from the stage history when it
    has them; the explicit fields serve reviews whose history was not recorded step by step.
    `planned_publication` is the date the board intends to publish (used for the notice).
    """

    review_type: ReviewType
    aware_date: dt.date
    area: Area = Area.ENGLAND
    history: tuple[StageChange, ...] = ()
    proceedings: tuple[Proceeding, ...] = ()
    incident_date: dt.date | None = None
    notification_date: dt.date | None = None
    decision_date: dt.date | None = None
    review_held: bool | None = None
    publication_date: dt.date | None = None
    planned_publication: dt.date | None = None

    def validate(self) -> None:
        """Raise ReviewInputError / InvalidHistoryError for facts that cannot be right."""
        if self.incident_date is not None and self.aware_date < self.incident_date:
            raise ReviewInputError(
                f"awareness date {self.aware_date.isoformat()} is before the incident date "
                f"{self.incident_date.isoformat()}: the authority cannot know of it earlier"
            )
        check_review_type_period(self.review_type, self.aware_date)
        validate_history(self.review_type, self.aware_date, self.history)
        for name in ("notification_date", "decision_date", "publication_date",
                     "planned_publication"):  # fmt: skip
            value = getattr(self, name)
            if value is not None and value < self.aware_date:
                raise ReviewInputError(
                    f"{name.replace('_', ' ')} {value.isoformat()} is before the awareness "
                    f"date {self.aware_date.isoformat()}"
                )
        for p in self.proceedings:
            if self.incident_date is not None and p.start < self.incident_date:
                raise ReviewInputError(
                    f"{p.kind.value} starts ({p.start.isoformat()}) before the incident "
                    f"({self.incident_date.isoformat()})"
                )


@dataclass(frozen=True, slots=True)
class Deadline:
    """One statutory step on the as-of date."""

    step: str
    due: dt.date | None
    status: DeadlineStatus
    rule: str
    source: str
    days_remaining: int | None
    unit: str
    counts_from: str
    note: str = ""
    completed: dt.date | None = None
    verified: bool = True

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready mapping (dates as ISO text)."""
        return {
            "step": self.step,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status.value,
            "rule": self.rule,
            "source": self.source,
            "days_remaining": self.days_remaining,
            "unit": self.unit,
            "counts_from": self.counts_from,
            "note": self.note,
            "completed": self.completed.isoformat() if self.completed else None,
            "verified": self.verified,
        }


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later; the last day of the month when that day does not exist
    (31 August + 6 months = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def _shift(base: dt.date, value: TimescaleValue, area: Area) -> dt.date:
    sign = -1 if value.direction is Direction.BEFORE else 1
    if value.unit is Unit.WORKING_DAYS:
        return add_working_days(base, sign * value.value, area)
    if value.unit is Unit.DAYS:
        return base + dt.timedelta(days=sign * value.value)
    if value.unit is Unit.WEEKS:
        return base + dt.timedelta(weeks=sign * value.value)
    return add_months(base, sign * value.value)


def _remaining(as_of: dt.date, due: dt.date, unit: Unit, area: Area) -> int:
    if unit is Unit.WORKING_DAYS:
        return working_days_between(as_of, due, area)
    return (due - as_of).days


def _unit_label(unit: Unit) -> str:
    return "working_days" if unit is Unit.WORKING_DAYS else "calendar_days"


class _Clock:
    """Computes the steps of one review; small methods per step keep the rules readable."""

    def __init__(
        self, facts: ReviewFacts, as_of: dt.date, policy: ClockPolicy, timescales: Timescales
    ) -> None:
        self.facts = facts
        self.as_of = as_of
        self.policy = policy
        self.timescales = timescales
        # The clock answers "as of" a date: anything recorded after it is not yet known.
        self.history = tuple(c for c in facts.history if c.date <= as_of)
        reached = stage_dates(self.history)
        self.reached = reached
        self.notified = reached.get(Stage.NOTIFICATION, self._known(facts.notification_date))
        self.decided = reached.get(Stage.DECISION, self._known(facts.decision_date))
        self.published = reached.get(Stage.PUBLISHED, self._known(facts.publication_date))
        self.review_held = self._review_held()
        self._publication_due: tuple[dt.date | None, str, bool] | None = None

    def _known(self, day: dt.date | None) -> dt.date | None:
        return day if day is not None and day <= self.as_of else None

    def _review_held(self) -> bool | None:
        if self.facts.review_type is ReviewType.RAPID:
            return False
        if self.facts.review_held is not None:
            return self.facts.review_held
        history = list(self.history)
        for i, change in enumerate(history):
            if change.stage is Stage.DECISION and i + 1 < len(history):
                return history[i + 1].stage is not Stage.CLOSED
        return None

    # -- helpers -------------------------------------------------------------------------
    def value(self, parameter: str) -> TimescaleValue | None:
        return self.timescales.value_for(parameter, self.facts.review_type, self.facts.aware_date)

    def counts_from(self, value: TimescaleValue) -> CountsFrom:
        return self.policy.counts_from.get(value.parameter, value.counts_from)

    def base_date(self, base: CountsFrom) -> dt.date | None:
        return {
            CountsFrom.AWARENESS: self.facts.aware_date,
            CountsFrom.NOTIFICATION: self.notified,
            CountsFrom.DECISION: self.decided,
            CountsFrom.PUBLICATION: self.published,
        }[base]

    def not_applicable(self, step: _Step, note: str, value: TimescaleValue | None) -> Deadline:
        return Deadline(
            step=step.name,
            due=None,
            status=DeadlineStatus.NOT_APPLICABLE,
            rule=value.rule if value else step.parameter,
            source=value.reference.citation() if value else "",
            days_remaining=None,
            unit=_unit_label(value.unit) if value else "",
            counts_from=self.counts_from(value).value if value else "",
            note=note,
            verified=value.verified if value else True,
        )

    def finish(
        self,
        step: _Step,
        value: TimescaleValue,
        due: dt.date,
        *,
        completed: dt.date | None,
        held_note: str | None = None,
        notes: Iterable[str] = (),
        base: CountsFrom | None = None,
    ) -> Deadline:
        area = self.facts.area
        parts = [n for n in notes if n]
        shown_due: dt.date | None = due
        if completed is not None:
            status = DeadlineStatus.DONE
            days = None
            late = _remaining(due, completed, value.unit, area)
            lateness_applies = value.direction is Direction.AFTER or completed > due
            if late > 0 and lateness_applies:
                unit = "working days" if value.unit is Unit.WORKING_DAYS else "days"
                parts.insert(0, f"done {late} {unit} late")
        elif held_note is not None:
            # No date can be promised while proceedings continue: the statutory date it would
            # have had is kept in the note, and the due date is left empty.
            status, days = DeadlineStatus.HELD, None
            parts.insert(0, held_note)
            parts.insert(1, f"without the hold it would be due {due.isoformat()}")
            shown_due = None
        else:
            days = _remaining(self.as_of, due, value.unit, area)
            status = DeadlineStatus.OVERDUE if self.as_of > due else DeadlineStatus.DUE
        if not value.verified:
            parts.append("timescale not yet verified against the guidance text (see its note)")
        source = value.reference.citation()
        if status is DeadlineStatus.HELD and (
            hold := self.timescales.citations("publication_hold")
        ):
            source = f"{source}; publication may be delayed by proceedings: {hold}"
        return Deadline(
            step=step.name,
            due=shown_due,
            status=status,
            rule=value.rule,
            source=source,
            days_remaining=days,
            unit=_unit_label(value.unit),
            counts_from=(base or self.counts_from(value)).value,
            note="; ".join(parts),
            completed=completed,
            verified=value.verified,
        )

    def completed(self, step: _Step) -> dt.date | None:
        if step.done_stage is None:
            return None
        if step.done_stage is Stage.PUBLISHED:
            return self.published
        if step.done_stage is Stage.NOTIFICATION:
            return self.notified
        if step.done_stage is Stage.DECISION:
            return self.decided
        return self.reached.get(step.done_stage)

    def missing_rule(self, step: _Step) -> Deadline:
        t = self.facts.review_type.value
        return self.not_applicable(
            step,
            f"no {step.parameter} rule for a {t} review was in force on the awareness date "
            f"{self.facts.aware_date.isoformat()}",
            None,
        )

    # -- steps ---------------------------------------------------------------------------
    def simple_step(self, step: _Step) -> Deadline:
        value = self.value(step.parameter)
        if value is None:
            return self.missing_rule(step)
        base = self.counts_from(value)
        start = self.base_date(base)
        notes: list[str] = []
        if start is None and base is CountsFrom.NOTIFICATION:
            start = self.facts.aware_date
            base = CountsFrom.AWARENESS
            notes.append("counted from awareness until the notification date is recorded")
        if start is None:
            return self.not_applicable(
                step, f"counts from the {base.value}, which has not happened yet", value
            )
        due = _shift(start, value, self.facts.area)
        return self.finish(step, value, due, completed=self.completed(step), notes=notes, base=base)

    def after_decision_step(self, step: _Step) -> Deadline | None:
        """Not-applicable result for steps that exist only when a review is held."""
        if self.facts.review_type is ReviewType.RAPID:
            return self.not_applicable(
                step,
                "a rapid review ends with its decision; this step belongs to an LCSPR",
                None,
            )
        if self.review_held is False:
            when = self.decided.isoformat() if self.decided else "unknown date"
            return self.not_applicable(
                step, f"decision not to hold a review ({when})", self.value(step.parameter)
            )
        return None

    def final_report(self, step: _Step) -> Deadline:
        return self.after_decision_step(step) or self.simple_step(step)

    def publication_due(self) -> tuple[dt.date | None, str, bool]:
        """(due date or None, note, held now?) of publication, holds applied."""
        if self._publication_due is not None:
            return self._publication_due
        value = self.value("publication_months")
        base_due: dt.date | None = None
        if value is not None and self.decided is not None:
            base_due = _shift(self.decided, value, self.facts.area)
        notice = self.value("copies_before_publication")
        note_parts: list[str] = []
        due = base_due
        if due is not None and self.published is None:
            # The period runs on the days after the decision; a hold stops it only on those.
            running_from = self.decided + dt.timedelta(days=1) if self.decided else None
            for span in ended_hold_spans(self.facts.proceedings, self.as_of):
                floor = span.end if notice is None else self._notice_after(span.end, notice)
                kinds = " and ".join(k.label for k in span.kinds)
                start = max(span.start, running_from) if running_from else span.start
                if span.end < start:
                    continue  # ended before the clock started: nothing was stopped
                if start <= due:
                    stopped = (span.end - start).days + 1
                    due = max(due + dt.timedelta(days=stopped), floor)
                    note_parts.append(
                        f"held {span.start.isoformat()} to {span.end.isoformat()} by the "
                        f"{kinds}; {stopped} days added (clock stopped while held)"
                    )
                else:
                    note_parts.append(
                        f"already overdue on {due.isoformat()} before the {kinds} held it "
                        f"({span.start.isoformat()} to {span.end.isoformat()}); due once the "
                        "pre-publication notice has run after the hold"
                    )
                    due = max(due, floor)
        holding = active_holds(self.facts.proceedings, self.as_of)
        held_now = bool(holding) and self.published is None
        if held_now:
            note_parts.insert(0, hold_reason(holding))
        self._publication_due = (due, "; ".join(note_parts), held_now)
        return self._publication_due

    def _notice_after(self, end: dt.date, notice: TimescaleValue) -> dt.date:
        """The first date on which publication can follow a notice sent the day after `end`."""
        sent = end + dt.timedelta(days=1)
        if notice.unit is Unit.WORKING_DAYS:
            return add_working_days(sent, notice.value, self.facts.area)
        if notice.unit is Unit.WEEKS:
            return sent + dt.timedelta(weeks=notice.value)
        return sent + dt.timedelta(days=notice.value)

    def publication(self, step: _Step) -> Deadline:
        early = self.after_decision_step(step)
        if early is not None:
            return early
        value = self.value(step.parameter)
        if value is None:
            edition = self.value("completion_months")
            which = edition.edition.title if edition else "the guidance in force"
            return self.not_applicable(
                step,
                f"{which} sets no period for publication of a "
                f"{self.facts.review_type.value} report",
                None,
            )
        if self.decided is None:
            return self.not_applicable(
                step, "counts from the decision, which has not happened yet", value
            )
        due, note, held = self.publication_due()
        assert due is not None
        held_note = note if held else None
        return self.finish(
            step,
            value,
            due,
            completed=self.published,
            held_note=held_note,
            notes=() if held else (note,),
        )

    def pre_publication_notice(self, step: _Step) -> Deadline:
        early = self.after_decision_step(step)
        if early is not None:
            return early
        value = self.value(step.parameter)
        if value is None:
            return self.missing_rule(step)
        target = self.published or self.facts.planned_publication
        held_note: str | None = None
        notes: list[str] = []
        if target is None:
            due, pub_note, held = self.publication_due()
            if due is None:
                return self.not_applicable(
                    step, "counts back from the publication date, which is not set yet", value
                )
            target = due
            notes.append(f"counted back from the publication deadline {due.isoformat()}")
            if held:
                held_note = pub_note
        elif self.published is None:
            _, pub_note, held = self.publication_due()
            notes.append(f"counted back from the planned publication {target.isoformat()}")
            if held:
                held_note = pub_note
        due = _shift(target, value, self.facts.area)
        return self.finish(
            step,
            value,
            due,
            completed=self.reached.get(Stage.PRE_PUBLICATION_NOTICE),
            held_note=held_note,
            notes=notes,
        )

    def remain_published(self, step: _Step) -> Deadline:
        early = self.after_decision_step(step)
        if early is not None:
            return early
        value = self.value(step.parameter)
        if value is None:
            return self.missing_rule(step)
        if self.published is None:
            return self.not_applicable(step, "counts from publication, not yet", value)
        until = _shift(self.published, value, self.facts.area)
        done = until if self.as_of >= until else None
        return self.finish(
            step,
            value,
            until,
            completed=done,
            notes=[f"keep the report publicly available until {until.isoformat()}"],
        )

    def rapid_review(self, step: _Step) -> Deadline:
        if self.facts.review_type is ReviewType.SCR:
            return self.not_applicable(
                step, "serious case reviews had no rapid review stage", self.value(step.parameter)
            )
        return self.simple_step(step)

    def all(self) -> list[Deadline]:
        handlers = {
            "notification": self.simple_step,
            "rapid_review": self.rapid_review,
            "final_report": self.final_report,
            "pre_publication_notice": self.pre_publication_notice,
            "publication": self.publication,
            "remain_published": self.remain_published,
        }
        return [handlers[step.name](step) for step in STEPS]


def compute_deadlines(
    facts: ReviewFacts,
    as_of: dt.date,
    policy: ClockPolicy | None = None,
    timescales: Timescales | None = None,
) -> list[Deadline]:
    """Every statutory step of the review as of `as_of`, in process order.

    Raises ReviewInputError / InvalidHistoryError when the facts cannot be right, before
    computing anything.
    """
    facts.validate()
    clock = _Clock(facts, as_of, policy or ClockPolicy(), timescales or default_timescales())
    return clock.all()


def next_deadline(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The earliest open (due, overdue or held) deadline, for the board's weekly view."""
    open_ = [
        d
        for d in deadlines
        if d.due is not None
        and d.status in (DeadlineStatus.DUE, DeadlineStatus.OVERDUE, DeadlineStatus.HELD)
    ]
    return min(open_, key=lambda d: d.due or dt.date.max, default=None)


@dataclass(frozen=True, slots=True)
class ReviewStatus:
    """One line of the board's weekly view: stage, next deadline and what is overdue."""

    stage: Stage
    stage_date: dt.date
    next: Deadline | None
    overdue: tuple[Deadline, ...]
    held: tuple[Deadline, ...]


def review_status(
    facts: ReviewFacts,
    as_of: dt.date,
    policy: ClockPolicy | None = None,
    timescales: Timescales | None = None,
) -> ReviewStatus:
    """Stage reached by `as_of`, the next open deadline, and every overdue or held step."""
    deadlines = compute_deadlines(facts, as_of, policy, timescales)
    known = [c for c in facts.history if c.date <= as_of]
    stage, since = (known[-1].stage, known[-1].date) if known else (Stage.AWARE, facts.aware_date)
    return ReviewStatus(
        stage=stage,
        stage_date=since,
        next=next_deadline(d for d in deadlines if d.status is not DeadlineStatus.HELD),
        overdue=tuple(d for d in deadlines if d.status is DeadlineStatus.OVERDUE),
        held=tuple(d for d in deadlines if d.status is DeadlineStatus.HELD),
    )
