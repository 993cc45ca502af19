"""Use cases of the indicator rules: run them over a review, store, export, summarise.

Findings are computed from the merged chronology of the review's current returns (the
subject child's age from the agreed date of birth), stored (replacing the previous run's,
audited) and exported as CSV, XLSX or HTML with a per-agency summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from sqlalchemy import Connection, delete, insert, select

from casereview.errors import InvalidInput
from casereview.indicators.engine import Finding, run_rules
from casereview.indicators.exports import FINDINGS_EXPORTERS, AgencySummaryRow, FindingsDocument
from casereview.indicators.facts import IndicatorEvent, indicator_events
from casereview.indicators.rulebook import RuleSet, load_rules
from casereview.services.chronology import subject_child_dob
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.indicators_tables import FindingRow
from casereview.store.queries import ReviewHeader, current_people, ordered_events, review_header
from casereview.store.tables import Agency

__all__ = [
    "FindingsReport",
    "agency_summary",
    "by_rule",
    "compute_findings",
    "demo_findings",
    "export_findings",
    "run_findings",
]

#: Events of an agency this many days either side of a finding's evidence are listed in the
#: per-agency summary when they record a related concern.
SUMMARY_MARGIN_DAYS = 7
_RELATED_KINDS = frozenset({"injury", "explanation", "care", "household", "service"})


@dataclass(frozen=True)
class FindingsReport:
    """Findings of one review, with what each agency recorded about each."""

    review: ReviewHeader
    person_id: str
    findings: tuple[Finding, ...]
    summary: tuple[AgencySummaryRow, ...]
    agencies: tuple[str, ...]
    rules: RuleSet


def _subject_person_id(conn: Connection, review_id: int) -> str:
    children = [p for p in current_people(conn, review_id) if p.record.role == "subject_child"]
    if not children:
        return "subject_child"
    # children's social care's reference first (it usually leads the review), then by agency
    return sorted(
        children,
        key=lambda p: (p.agency_type != "childrens_social_care", p.agency, p.record.person_ref),
    )[0].record.person_ref


def compute_findings(conn: Connection, ref: str, *, rules: RuleSet | None = None) -> FindingsReport:
    """Run every rule over the review's merged chronology (no storage)."""
    review = review_header(conn, ref)
    people = current_people(conn, review.id)
    dob = subject_child_dob(people)
    person_id = _subject_person_id(conn, review.id)
    subject_refs = {
        (p.return_id, p.record.person_ref) for p in people if p.record.role == "subject_child"
    }
    involved: dict[int, bool] = {}
    sources = []
    for event_id, return_id, agency, agency_type, event in ordered_events(conn, review.id):
        involved[event_id] = not event.people or any(
            (return_id, ref) in subject_refs for ref in event.people
        )
        sources.append((event_id, agency, agency_type, event))
    events = indicator_events(sources, child_dob=dob, involves_child=involved.__getitem__)
    ruleset = rules if rules is not None else load_rules()
    findings = tuple(run_rules(events, person_id=person_id, rules=ruleset))
    agencies = tuple(
        conn.execute(
            select(Agency.name).where(Agency.review_id == review.id).order_by(Agency.name)
        ).scalars()
    )
    return FindingsReport(
        review, person_id, findings, agency_summary(findings, events, agencies), agencies, ruleset
    )


def agency_summary(
    findings: tuple[Finding, ...], events: list[IndicatorEvent], agencies: tuple[str, ...]
) -> tuple[AgencySummaryRow, ...]:
    """For each finding and agency: what the agency recorded that bears on it, and whether
    it was shared (the evidence events, and related concerns within a week of any of them)."""
    rows: list[AgencySummaryRow] = []
    for number, finding in enumerate(findings, start=1):
        evidence_ids = {item.event_id for item in finding.evidence}
        days = [item.day for item in finding.evidence]

        for agency in agencies:
            own = [
                e
                for e in events
                if e.agency == agency
                and (
                    e.event_id in evidence_ids
                    or (
                        _near(e.day, days)
                        and any(
                            m.kind in _RELATED_KINDS and m.is_affirmed_current_concern()
                            for m in e.notes.mentions
                        )
                    )
                )
            ]
            if not own:
                rows.append(
                    AgencySummaryRow(number, finding.rule_id, agency, "", "nothing recorded", "")
                )
                continue
            recorded = "; ".join(
                f"{e.event_ref} ({e.date_text})"
                + (" [evidence]" if e.event_id in evidence_ids else "")
                + ": "
                + ", ".join(
                    sorted({m.text for m in e.notes.mentions if m.is_affirmed_current_concern()})
                )
                for e in own
            )
            shared_with = sorted({target for e in own for target in e.shared_with})
            shared = "yes: " + ", ".join(shared_with) if shared_with else "no sharing recorded"
            rows.append(
                AgencySummaryRow(
                    number,
                    finding.rule_id,
                    agency,
                    ";".join(f"{agency}:{e.event_ref}" for e in own),
                    recorded,
                    shared,
                )
            )
    return tuple(rows)


def _near(day: date, days: list[date]) -> bool:
    margin = timedelta(days=SUMMARY_MARGIN_DAYS)
    return any(abs(day - evidence_day) <= margin for evidence_day in days)


def run_findings(db: Database, *, ref: str, actor: str) -> FindingsReport:
    """Compute the findings and store them, replacing the previous run's (audited)."""
    with db.engine.connect() as conn:
        report = compute_findings(conn, ref)
    now = utcnow()
    with db.engine.begin() as conn:
        conn.execute(delete(FindingRow).where(FindingRow.review_id == report.review.id))
        if report.findings:
            conn.execute(
                insert(FindingRow),
                [
                    {
                        "review_id": report.review.id,
                        "position": position,
                        "rule_id": f.rule_id,
                        "title": f.title,
                        "severity": f.severity,
                        "person_id": f.person_id,
                        "evidence": f.evidence_text(),
                        "evidence_detail": [item.to_dict() for item in f.evidence],
                        "explanation": f.explanation,
                        "reference": f.reference,
                        "rules_version": f.rules_version,
                        "notes_version": f.notes_version,
                        "created_at": now,
                        "created_by": actor,
                    }
                    for position, f in enumerate(report.findings, start=1)
                ],
            )
        record_audit(
            conn,
            actor=actor,
            action="findings.run",
            review_ref=ref,
            detail={
                "findings": len(report.findings),
                "rules_version": report.rules.version,
                "by_rule": by_rule(report.findings),
            },
        )
    return report


def by_rule(findings: tuple[Finding, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule_id] = counts.get(finding.rule_id, 0) + 1
    return counts


def export_findings(db: Database, *, ref: str, fmt: str, out: Path, actor: str) -> FindingsReport:
    """Run the rules, store the findings and write them (with the per-agency summary)."""
    if fmt not in FINDINGS_EXPORTERS:
        raise InvalidInput(f"Unknown format; expected one of: {', '.join(FINDINGS_EXPORTERS)}")
    if not out.parent.exists():
        raise InvalidInput(f"The folder for {out.name} does not exist")
    report = run_findings(db, ref=ref, actor=actor)
    document = FindingsDocument(
        review_ref=ref,
        title=report.review.title,
        generated_at=utcnow(),
        findings=report.findings,
        summary=report.summary,
        rules=report.rules.rules,
        rules_version=report.rules.version,
    )
    written = FINDINGS_EXPORTERS[fmt](document, out)
    with db.engine.begin() as conn:
        record_audit(
            conn,
            actor=actor,
            action="findings.export",
            review_ref=ref,
            detail={
                "format": fmt,
                "files": [path.name for path in written],
                "findings": len(report.findings),
            },
        )
    return report


def demo_findings(db: Database, out: Path, console: Console) -> list[tuple[str, Path]]:
    """Demo step: findings of the demonstration review as HTML, XLSX and CSV."""
    from casereview.demo.run import DEMO_ACTOR, DEMO_REF

    made: list[tuple[str, Path]] = []
    report: FindingsReport | None = None
    for fmt in ("html", "xlsx", "csv"):
        path = out / f"findings.{fmt}"
        report = export_findings(db, ref=DEMO_REF, fmt=fmt, out=path, actor=DEMO_ACTOR)
        made.append((f"indicator findings ({fmt})", path))
    if report is not None:
        console.print(
            f"Indicator rules: {len(report.findings)} finding(s) "
            + ", ".join(f"{rule} {n}" for rule, n in sorted(by_rule(report.findings).items()))
        )
    return made
