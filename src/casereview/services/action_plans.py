"""Findings, recommendations and action plans of a review (issue 5). Keys are F1, R1, A1...;
an action is only completed with evidence; overdue actions are reported as of any date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from casereview.errors import InvalidInput, NotFound
from casereview.review.actions import Action, ActionStatus, Recommendation, parse_action_status
from casereview.services.clock import refuse_future, today_or
from casereview.services.reviews import get_review
from casereview.store.audit import record_audit, utcnow
from casereview.store.clock_tables import (
    ActionRow,
    FindingRow,
    RecommendationRow,
)
from casereview.store.database import Database
from casereview.store.tables import Agency, EventRow, Return

__all__ = [
    "ActionLine",
    "ActionPlan",
    "FindingLine",
    "RecommendationLine",
    "add_action",
    "add_finding",
    "add_recommendation",
    "review_action_plan",
    "review_actions",
    "update_action",
]


# -- findings, recommendations and actions ------------------------------------------------------

_KEY_NUMBER = re.compile(r"(\d+)$")


def _next_key(existing: Sequence[str], prefix: str) -> str:
    numbers = [int(m.group(1)) for k in existing if (m := _KEY_NUMBER.search(k))]
    return f"{prefix}{max(numbers, default=0) + 1}"


def add_finding(
    db: Database,
    *,
    ref: str,
    summary: str,
    indicator_finding_ids: Sequence[str] = (),
    event_ids: Sequence[str] = (),
    actor: str,
) -> str:
    """Record a finding (linkable to indicator findings and chronology events); returns F<n>.

    An event is named `AGENCY:EVENT_REF` (the agency and event_ref columns of the chronology
    export) and must exist in the review's current returns.
    """
    if not summary.strip():
        raise InvalidInput("A finding needs a summary")
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        _check_events(session, ref, review.id, event_ids)
        keys = session.scalars(select(FindingRow.key).where(FindingRow.review_id == review.id))
        key = _next_key(list(keys), "F")
        session.add(
            FindingRow(
                review_id=review.id,
                key=key,
                summary=summary.strip(),
                indicator_finding_ids=list(indicator_finding_ids),
                event_ids=list(event_ids),
            )
        )
        record_audit(
            session, actor=actor, action="findings.add", review_ref=ref, detail={"key": key}
        )
        session.commit()
        return key


def _check_events(session: Session, ref: str, review_id: int, event_ids: Sequence[str]) -> None:
    for written in event_ids:
        agency, sep, event_ref = written.partition(":")
        if not sep or not agency.strip() or not event_ref.strip():
            raise InvalidInput(
                f"Name an event as AGENCY:EVENT_REF (e.g. 'Northshire Police:P-0012'); "
                f"got {written!r}"
            )
        found = session.execute(
            select(EventRow.id)
            .join(Return, Return.id == EventRow.return_id)
            .join(Agency, Agency.id == Return.agency_id)
            .where(
                Return.review_id == review_id,
                Return.is_current.is_(True),
                Agency.name == agency.strip(),
                EventRow.event_ref == event_ref.strip(),
            )
        ).first()
        if found is None:
            raise InvalidInput(
                f"There is no event {event_ref.strip()!r} of {agency.strip()!r} in the current "
                f"returns of review {ref}; see the agency and event_ref columns of: "
                f"casereview chronology {ref} --format csv --out chronology.csv"
            )


def add_recommendation(
    db: Database,
    *,
    ref: str,
    text: str,
    agencies: Sequence[str],
    finding_keys: Sequence[str] = (),
    actor: str,
) -> str:
    """Record a recommendation addressed to agencies; returns R<n>."""
    if not text.strip():
        raise InvalidInput("A recommendation needs its text")
    names = tuple(a.strip() for a in agencies if a.strip())
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        keys = session.scalars(
            select(RecommendationRow.key).where(RecommendationRow.review_id == review.id)
        )
        key = _next_key(list(keys), "R")
        Recommendation(key, text.strip(), names, tuple(finding_keys))  # validates
        known = set(
            session.scalars(select(FindingRow.key).where(FindingRow.review_id == review.id))
        )
        unknown = [k for k in finding_keys if k not in known]
        if unknown:
            raise InvalidInput(
                f"Unknown finding(s) {', '.join(unknown)} in review {ref}; "
                f"list them with: casereview actions {ref} list"
            )
        session.add(
            RecommendationRow(
                review_id=review.id,
                key=key,
                text=text.strip(),
                agencies=list(names),
                finding_keys=list(finding_keys),
            )
        )
        record_audit(
            session,
            actor=actor,
            action="recommendations.add",
            review_ref=ref,
            detail={"key": key, "agencies": len(names)},
        )
        session.commit()
        return key


def _action_rows(session: Session, review_id: int) -> list[ActionRow]:
    return list(
        session.scalars(
            select(ActionRow).where(ActionRow.review_id == review_id).order_by(ActionRow.id)
        )
    )


def _to_action(row: ActionRow, recommendation_key: str) -> Action:
    return Action(
        key=row.key,
        recommendation_key=recommendation_key,
        owner_agency=row.owner_agency,
        description=row.description,
        due=row.due,
        status=ActionStatus(row.status),
        evidence=row.evidence,
        completed_on=row.completed_on,
    )


def review_actions(session: Session, review_id: int) -> list[Action]:
    keys = {
        row.id: row.key
        for row in session.execute(
            select(RecommendationRow.id, RecommendationRow.key).where(
                RecommendationRow.review_id == review_id
            )
        )
    }
    return [
        _to_action(r, keys.get(r.recommendation_id, "")) for r in _action_rows(session, review_id)
    ]


def add_action(
    db: Database,
    *,
    ref: str,
    recommendation: str,
    owner_agency: str,
    description: str,
    due: dt.date,
    actor: str,
) -> str:
    """Record an action answering a recommendation; returns A<n>."""
    if not owner_agency.strip() or not description.strip():
        raise InvalidInput("An action needs its owner agency and a description")
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        rec = session.scalar(
            select(RecommendationRow).where(
                RecommendationRow.review_id == review.id, RecommendationRow.key == recommendation
            )
        )
        if rec is None:
            raise NotFound(
                f"There is no recommendation {recommendation} in review {ref}. "
                f"List them with: casereview actions {ref} list"
            )
        key = _next_key([r.key for r in _action_rows(session, review.id)], "A")
        Action(key, rec.key, owner_agency.strip(), description.strip(), due)  # validates
        session.add(
            ActionRow(
                review_id=review.id,
                recommendation_id=rec.id,
                key=key,
                owner_agency=owner_agency.strip(),
                description=description.strip(),
                due=due,
                status=ActionStatus.NOT_STARTED.value,
                evidence="",
                updated_at=utcnow(),
            )
        )
        record_audit(
            session,
            actor=actor,
            action="actions.add",
            review_ref=ref,
            detail={"key": key, "recommendation": rec.key, "due": due.isoformat()},
        )
        session.commit()
        return key


def update_action(
    db: Database,
    *,
    ref: str,
    key: str,
    actor: str,
    status: str | None = None,
    on: dt.date | None = None,
    evidence: str = "",
    due: dt.date | None = None,
    today: dt.date | None = None,
) -> Action:
    """Change an action's status (completed needs evidence) and/or its due date."""
    now = today_or(today)
    day = on or now
    refuse_future(day, "The status date", now)
    new_status = parse_action_status(status) if status else None
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        row = session.scalar(
            select(ActionRow).where(ActionRow.review_id == review.id, ActionRow.key == key)
        )
        if row is None:
            raise NotFound(
                f"There is no action {key} in review {ref}. "
                f"List them with: casereview actions {ref} list"
            )
        action = _to_action(row, "")
        if due is not None:
            action = replace(action, due=due)
        if new_status is not None:
            action = action.with_status(new_status, day, evidence=evidence.strip())
        elif evidence.strip():
            action = replace(action, evidence=evidence.strip())
        row.status = action.status.value
        row.evidence = action.evidence
        row.completed_on = action.completed_on
        row.due = action.due
        row.updated_at = utcnow()
        record_audit(
            session,
            actor=actor,
            action="actions.update",
            review_ref=ref,
            detail={
                "key": key,
                "status": action.status.value,
                "due": action.due.isoformat(),
                "date": day.isoformat(),
                "evidence_given": bool(action.evidence),
            },
        )
        session.commit()
        return action


@dataclass(frozen=True)
class ActionLine:
    key: str
    owner_agency: str
    description: str
    due: dt.date
    status: str
    evidence: str
    completed_on: dt.date | None
    days_overdue: int


@dataclass(frozen=True)
class RecommendationLine:
    key: str
    text: str
    agencies: tuple[str, ...]
    finding_keys: tuple[str, ...]
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class FindingLine:
    key: str
    summary: str
    indicator_finding_ids: tuple[str, ...]
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class ActionPlan:
    ref: str
    as_of: dt.date
    findings: tuple[FindingLine, ...]
    recommendations: tuple[RecommendationLine, ...]
    overdue: tuple[ActionLine, ...]


def review_action_plan(db: Database, *, ref: str, as_of: dt.date | None = None) -> ActionPlan:
    """Findings, recommendations with their actions, and overdue actions on `as_of`."""
    day = today_or(as_of)
    with db.unit_of_work() as session:
        review = get_review(session, ref)
        findings = tuple(
            FindingLine(f.key, f.summary, tuple(f.indicator_finding_ids), tuple(f.event_ids))
            for f in session.scalars(
                select(FindingRow).where(FindingRow.review_id == review.id).order_by(FindingRow.id)
            )
        )
        recs = list(
            session.scalars(
                select(RecommendationRow)
                .where(RecommendationRow.review_id == review.id)
                .order_by(RecommendationRow.id)
            )
        )
        rows = _action_rows(session, review.id)
        lines: list[RecommendationLine] = []
        overdue: list[ActionLine] = []
        for rec in recs:
            actions = []
            for row in (r for r in rows if r.recommendation_id == rec.id):
                action = _to_action(row, rec.key)
                line = ActionLine(
                    row.key,
                    row.owner_agency,
                    row.description,
                    row.due,
                    row.status,
                    row.evidence,
                    row.completed_on,
                    action.days_overdue(day),
                )
                actions.append(line)
                if line.days_overdue:
                    overdue.append(line)
            lines.append(
                RecommendationLine(
                    rec.key, rec.text, tuple(rec.agencies), tuple(rec.finding_keys), tuple(actions)
                )
            )
        overdue.sort(key=lambda a: (a.due, a.key))
        return ActionPlan(ref, day, findings, tuple(lines), tuple(overdue))
