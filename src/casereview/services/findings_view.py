"""Findings of the indicator rules as the web shows them: a list, one finding with its
evidence (the triggering words marked in each note), and which chronology entries are evidence.

Reads the findings stored by `services.findings.run_findings` (the same rules as the
`findings` command); running them again is that service, called by the page. Those not
allowed names (panel members) read a finding anonymised: the notes redacted with the review's
identity list, agencies by their generic labels, the triggering words still marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from casereview.errors import NotFound
from casereview.model.roles import Permission
from casereview.publish.redact import RedactionResult
from casereview.services.access import Viewer, check_review, require
from casereview.store.database import Database
from casereview.store.indicators_tables import FindingRow
from casereview.store.queries import review_header
from casereview.store.tables import EventRow

__all__ = [
    "EvidenceNote",
    "FindingDetail",
    "FindingSummary",
    "evidence_index",
    "finding_detail",
    "list_findings",
    "mark_words",
]


@dataclass(frozen=True)
class FindingSummary:
    position: int
    rule_id: str
    title: str
    severity: str
    evidence_count: int
    created_at: Any


@dataclass(frozen=True)
class EvidenceNote:
    """One evidence event: where it is, and its note cut into (text, concept or None) parts."""

    agency: str
    event_ref: str
    date_text: str
    parts: tuple[tuple[str, str | None], ...]
    words: tuple[str, ...]
    found: bool  # False when the event is no longer stored


@dataclass(frozen=True)
class FindingDetail:
    review_ref: str
    position: int
    rule_id: str
    title: str
    severity: str
    explanation: str
    reference: str
    rules_version: str
    notes_version: str
    person_id: str
    evidence: tuple[EvidenceNote, ...]
    anonymised: bool = False


def mark_words(text: str, spans: list[tuple[int, int, str]]) -> tuple[tuple[str, str | None], ...]:
    """Cut `text` into parts, each marked with its concept when it is a triggering word.

    Spans outside the text or overlapping an earlier one are left out (never an error: the
    note may have been corrected since the rules ran).
    """
    parts: list[tuple[str, str | None]] = []
    at = 0
    for start, end, concept in sorted(spans):
        if start < at or end > len(text) or start >= end:
            continue
        if start > at:
            parts.append((text[at:start], None))
        parts.append((text[start:end], concept))
        at = end
    if at < len(text):
        parts.append((text[at:], None))
    return tuple(parts)


def _review_id(conn: Connection, viewer: Viewer, ref: str) -> int:
    require(viewer, Permission.FINDINGS_READ)
    check_review(conn, viewer, ref)
    return review_header(conn, ref).id


def list_findings(db: Database, *, ref: str, viewer: Viewer) -> list[FindingSummary]:
    with db.engine.connect() as conn:
        review_id = _review_id(conn, viewer, ref)
        return [
            FindingSummary(
                r.position,
                r.rule_id,
                r.title,
                r.severity,
                len(r.evidence_detail or []),
                r.created_at,
            )
            for r in conn.execute(
                select(
                    FindingRow.position,
                    FindingRow.rule_id,
                    FindingRow.title,
                    FindingRow.severity,
                    FindingRow.evidence_detail,
                    FindingRow.created_at,
                )
                .where(FindingRow.review_id == review_id)
                .order_by(FindingRow.position)
            )
        ]


def finding_detail(db: Database, *, ref: str, position: int, viewer: Viewer) -> FindingDetail:
    """One finding: its rule, guidance citation and evidence notes with the words marked.

    The notes are shown as the agencies wrote them to those allowed names; to others
    (panel members) anonymised.
    """
    anonymised = not viewer.can(Permission.NAMES_VIEW)
    with db.engine.connect() as conn:
        review_id = _review_id(conn, viewer, ref)
        row = conn.execute(
            select(
                FindingRow.position,
                FindingRow.rule_id,
                FindingRow.title,
                FindingRow.severity,
                FindingRow.explanation,
                FindingRow.reference,
                FindingRow.rules_version,
                FindingRow.notes_version,
                FindingRow.person_id,
                FindingRow.evidence_detail,
            ).where(FindingRow.review_id == review_id, FindingRow.position == position)
        ).first()
        if row is None:
            raise NotFound(f"There is no finding {position} in review {ref}; run the rules again")
        items = list(row.evidence_detail or [])
        ids = [int(item["event_id"]) for item in items]
        texts = {
            r.id: r.description + ("\n" + r.action_outcome if r.action_outcome else "")
            for r in conn.execute(
                select(EventRow.id, EventRow.description, EventRow.action_outcome).where(
                    EventRow.id.in_(ids)
                )
            )
        }
        title, explanation = row.title, row.explanation
        redacted: dict[int, RedactionResult] = {}
        agency_labels: dict[str, str] = {}
        if anonymised:
            from casereview.services.publish import anonymiser_for

            anonymiser = anonymiser_for(conn, ref)
            agency_labels = anonymiser.agency_labels
            keys = list(texts)
            results = anonymiser.redactor.redact_many(
                [texts[k] for k in keys] + [title, explanation]
            )
            *notes, redacted_title, redacted_explanation = results
            redacted = dict(zip(keys, notes, strict=True))
            title, explanation = redacted_title.text, redacted_explanation.text
    evidence = []
    for item in items:
        event_id = int(item["event_id"])
        text = texts.get(event_id)
        words = [(int(w["start"]), int(w["end"]), str(w["concept"])) for w in item["words"]]
        if text is not None and event_id in redacted:
            text, words = _after_redaction(redacted[event_id], words)
        agency = str(item["agency"])
        evidence.append(
            EvidenceNote(
                agency=agency_labels.get(agency, "an agency") if anonymised else agency,
                event_ref="" if anonymised else str(item["event_ref"]),
                date_text=str(item["date_text"]),
                parts=mark_words(text, words) if text is not None else (),
                words=tuple(sorted({str(w["text"]) for w in item["words"]})),
                found=text is not None,
            )
        )
    return FindingDetail(
        review_ref=ref,
        position=row.position,
        rule_id=row.rule_id,
        title=title,
        severity=row.severity,
        explanation=explanation,
        reference=row.reference,
        rules_version=row.rules_version,
        notes_version=row.notes_version,
        person_id=row.person_id,
        evidence=tuple(evidence),
        anonymised=anonymised,
    )


def _after_redaction(
    result: RedactionResult, words: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """The redacted text and the triggering words moved to where they now stand.

    A word inside a replaced span is gone (not marked); one after replacements moves by the
    difference in length of each replacement before it (labels replace spans in place).
    """
    moved = []
    for start, end, concept in words:
        if any(r.start < end and start < r.end for r in result.replacements):
            continue
        shift = sum(len(r.label) - (r.end - r.start) for r in result.replacements if r.end <= start)
        moved.append((start + shift, end + shift, concept))
    return result.text, moved


def evidence_index(db: Database, *, ref: str) -> dict[int, list[tuple[int, str]]]:
    """Event id -> the findings (position, title) it is evidence of, for marking entries."""
    with db.engine.connect() as conn:
        review = review_header(conn, ref)
        index: dict[int, list[tuple[int, str]]] = {}
        for r in conn.execute(
            select(FindingRow.position, FindingRow.title, FindingRow.evidence_detail).where(
                FindingRow.review_id == review.id
            )
        ):
            for item in r.evidence_detail or []:
                index.setdefault(int(item["event_id"]), []).append((r.position, r.title))
        return index
