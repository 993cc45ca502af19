"""Demo step of the running review: a realistic, entirely fictional history for the demo review.

Notification, rapid review and decision; a criminal investigation, a trial and an appeal that
hold publication; letters from the national panel, an MP, the family and the press; findings,
recommendations and actions at various statuses. Dates follow the demo story (the injury on
8 January 2024, children's social care aware on 9 January 2024).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from rich.console import Console
from sqlalchemy import select

from casereview.services.action_plans import (
    add_action,
    add_finding,
    add_recommendation,
    review_action_plan,
    update_action,
)
from casereview.services.clock import (
    advance_review,
    review_deadlines,
    review_history,
    set_review_facts,
)
from casereview.services.correspondence import (
    list_correspondence,
    log_correspondence,
    record_delivery,
    record_reply,
)
from casereview.services.proceedings import add_proceeding, list_proceedings
from casereview.store.database import Database
from casereview.store.tables import Agency, EventRow, Return, Review

__all__ = ["demo_clock"]

D = dt.date
ACTOR = "demo"
CSC = "Northshire Children's Social Care"
POLICE = "Northshire Police"
HOSPITAL = "Northshire General Hospital"
GP = "Riverside Medical Practice"

HISTORY = (
    ("notification", D(2024, 1, 11)),
    ("rapid_review", D(2024, 1, 12)),
    ("decision", D(2024, 1, 30)),
    ("terms_of_reference", D(2024, 2, 20)),
    ("reviewer_appointed", D(2024, 3, 4)),
    ("returns_requested", D(2024, 3, 11)),
    ("returns_received", D(2024, 5, 10)),
    ("panel_meeting", D(2024, 5, 22)),
    ("panel_meeting", D(2024, 6, 19)),
    ("draft", D(2024, 7, 15)),
    ("factual_accuracy", D(2024, 7, 29)),
    ("final_report", D(2024, 9, 6)),
)

PROCEEDINGS = (
    ("criminal_investigation", D(2024, 1, 10), D(2024, 11, 29), True, "police investigation"),
    ("family_court", D(2024, 1, 12), D(2024, 8, 30), False, "care proceedings"),
    ("trial", D(2025, 2, 3), D(2025, 3, 14), True, "Crown Court trial"),
    ("appeal", D(2025, 4, 22), None, True, "appeal against conviction"),
)

# (from, received, subject, replied, promised, delivered)
LETTERS: tuple[tuple[str, D, str, D | None, D | None, D | None], ...] = (
    ("national_panel", D(2024, 10, 1), "progress of the review", D(2024, 10, 8),
     D(2024, 10, 31), D(2024, 10, 25)),
    ("mp", D(2025, 5, 6), "expected publication date", D(2025, 5, 20),
     D(2025, 10, 31), D(2025, 11, 14)),
    ("family", D(2026, 10, 1), "meeting with the reviewer", D(2026, 10, 5),
     D(2026, 12, 15), None),
    ("press", D(2026, 11, 2), "timing of publication", None, None, None),
)  # fmt: skip

# (summary, evidence events as (agency, day, category) looked up in the imported returns)
FINDINGS: tuple[tuple[str, tuple[tuple[str, D, str], ...]], ...] = (
    ("Police notifications of domestic abuse did not reach the school, nursery or health "
     "visitor.", ((POLICE, D(2023, 12, 24), "police_incident"),)),
    ("Referrals were closed without considering the earlier child protection plan.", ()),
    ("Inconsistent explanations of an injury to a young child were not explored together.",
     ((HOSPITAL, D(2024, 1, 8), "emergency_department"),)),
)  # fmt: skip

# (finding, text, agencies)
RECOMMENDATIONS = (
    ("F1", "Share police notifications of domestic abuse involving children with their school, "
     "nursery and health visitor by the next working day.", (POLICE, CSC)),
    ("F2", "Check the history of earlier child protection plans before closing a referral.",
     (CSC,)),
    ("F3", "Seek and record one account of any injury to a child under two and refer when "
     "accounts differ.", (HOSPITAL, GP)),
)  # fmt: skip

# (recommendation, owner, description, due, status, on, evidence)
ACTIONS: tuple[tuple[str, str, str, D, str | None, D | None, str], ...] = (
    ("R1", POLICE, "Daily notification of domestic incidents to education and health",
     D(2024, 12, 31), "completed", D(2024, 12, 16), "notification log audit, January 2025"),
    ("R1", CSC, "Add schools and nurseries to the MASH distribution list",
     D(2025, 3, 31), "in_progress", D(2025, 2, 10), ""),
    ("R2", CSC, "Audit 30 closed referrals for earlier plans",
     D(2027, 3, 31), None, None, ""),
    ("R3", HOSPITAL, "Training on explanations of injuries in children under two",
     D(2025, 6, 30), "not_achieved", D(2025, 7, 15), ""),
    ("R3", GP, "Flag children under two seen with unexplained injuries",
     D(2025, 9, 30), "completed", D(2025, 10, 10), "practice system search, October 2025"),
)  # fmt: skip


def _event_id(db: Database, ref: str, agency: str, day: D, category: str) -> str | None:
    """'AGENCY:EVENT_REF' of the demo event on that day, if the returns hold it."""
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Agency.name, EventRow.event_ref)
            .join(Return, Return.id == EventRow.return_id)
            .join(Agency, Agency.id == Return.agency_id)
            .join(Review, Review.id == Return.review_id)
            .where(
                Review.ref == ref,
                Return.is_current.is_(True),
                Agency.name == agency,
                EventRow.start_earliest == day,
                EventRow.category == category,
            )
            .order_by(EventRow.sequence)
        ).first()
    return f"{row.name}:{row.event_ref}" if row else None


def _build(db: Database, ref: str) -> None:
    set_review_facts(
        db, ref=ref, actor=ACTOR, aware_date=D(2024, 1, 9), incident_date=D(2024, 1, 8)
    )
    for stage, day in HISTORY:
        advance_review(db, ref=ref, stage=stage, on=day, by="business manager", actor=ACTOR)
    for kind, start, end, holds, description in PROCEEDINGS:
        add_proceeding(
            db,
            ref=ref,
            kind=kind,
            start=start,
            end=end,
            holds_publication=holds,
            description=description,
            actor=ACTOR,
        )
    for role, received, subject, replied, promised, delivered in LETTERS:
        entry = log_correspondence(
            db, ref=ref, received=received, from_role=role, subject=subject, actor=ACTOR
        )
        if replied is not None:
            record_reply(
                db, ref=ref, entry_id=entry, replied=replied, promised=promised, actor=ACTOR
            )
        if delivered is not None:
            record_delivery(db, ref=ref, entry_id=entry, delivered=delivered, actor=ACTOR)
    for summary, sources in FINDINGS:
        events = [e for spec in sources if (e := _event_id(db, ref, *spec))]
        add_finding(db, ref=ref, summary=summary, event_ids=events, actor=ACTOR)
    for finding, text, agencies in RECOMMENDATIONS:
        add_recommendation(
            db, ref=ref, text=text, agencies=agencies, finding_keys=(finding,), actor=ACTOR
        )
    for rec, owner, description, due, status, on, evidence in ACTIONS:
        key = add_action(
            db,
            ref=ref,
            recommendation=rec,
            owner_agency=owner,
            description=description,
            due=due,
            actor=ACTOR,
        )
        if status is not None:
            update_action(
                db, ref=ref, key=key, actor=ACTOR, status=status, on=on, evidence=evidence
            )


def _summary(db: Database, ref: str) -> str:
    result = review_deadlines(db, ref=ref)
    lines = [f"# Review {ref}: clock as of {result.as_of.isoformat()}", ""]
    lines += [f"Stage: {result.stage.value}", "", "## Deadlines", ""]
    lines += ["| step | due | status | days left | rule | note |", "|" + " --- |" * 6]
    for d in result.deadlines:
        due = d.due.isoformat() if d.due else ""
        days = "" if d.days_remaining is None else str(d.days_remaining)
        lines.append(f"| {d.step} | {due} | {d.status.value} | {days} | {d.rule} | {d.note} |")
    lines += ["", "## Proceedings", ""]
    for p in list_proceedings(db, ref=ref):
        end = p.end.isoformat() if p.end else "ongoing"
        hold = ", holds publication" if p.holds_publication else ""
        now = " (holding now)" if p.holding_now else ""
        lines.append(f"- {p.kind} {p.start.isoformat()} to {end}{hold}{now}")
    lines += ["", "## Correspondence", ""]
    for c in list_correspondence(db, ref=ref):
        promised = c.promised.isoformat() if c.promised else "no date given"
        waiting = ", awaiting reply" if c.awaiting_reply else ""
        lines.append(
            f"- {c.received.isoformat()} {c.from_role}: {c.subject}; promised {promised}: "
            f"{c.promise.value}{waiting}"
        )
    plan = review_action_plan(db, ref=ref)
    lines += ["", "## Recommendations and actions", ""]
    for rec in plan.recommendations:
        lines.append(f"- {rec.key} ({', '.join(rec.agencies)}): {rec.text}")
        for a in rec.actions:
            late = f", {a.days_overdue} days overdue" if a.days_overdue else ""
            lines.append(f"  - {a.key} {a.owner_agency}, due {a.due.isoformat()}: {a.status}{late}")
    lines.append("")
    return "\n".join(lines)


def demo_clock(db: Database, out: Path, console: Console) -> list[tuple[str, Path]]:
    """Give the demo review its history (once) and write its deadlines and a summary."""
    from casereview.demo.run import DEMO_REF

    if not review_history(db, ref=DEMO_REF):
        _build(db, DEMO_REF)
        console.print(
            f"{DEMO_REF}: history from notification to final report, a trial and an appeal "
            "holding publication, letters and an action plan."
        )
    deadlines = out / "review-deadlines.json"
    result = review_deadlines(db, ref=DEMO_REF)
    deadlines.write_text(
        json.dumps([d.to_dict() for d in result.deadlines], indent=2) + "\n", encoding="utf-8"
    )
    summary = out / "review-clock.md"
    summary.write_text(_summary(db, DEMO_REF), encoding="utf-8")
    return [("review deadlines (json)", deadlines), ("review clock summary", summary)]
