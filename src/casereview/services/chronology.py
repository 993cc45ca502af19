"""Building and exporting the merged chronology of a review."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from casereview.chronology.entries import (
    ChronologyEntry,
    ChronologyFilter,
    SourceEvent,
    merge_entries,
)
from casereview.chronology.exports import EXPORTERS, ExportMeta, FindingLine, export_chronology
from casereview.errors import InvalidInput
from casereview.model.dates import ChronoDate, Precision
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.indicators_tables import FindingRow
from casereview.store.linkage_queries import linked_people_keys
from casereview.store.queries import (
    ReviewHeader,
    StoredPerson,
    current_people,
    ordered_events,
    review_header,
)
from casereview.store.tables import Agency

__all__ = [
    "PeopleKeys",
    "build_chronology",
    "export_review_chronology",
    "stored_findings",
    "subject_child_dob",
]

#: Maps (return id, person_ref) to the key shown in the `people` column.
PeopleKeys = Callable[[int, str], str]


def subject_child_dob(
    people: list[StoredPerson], linked: dict[tuple[int, str], str] | None = None
) -> ChronoDate | None:
    """The subject child's date of birth: the value most agencies agree on, finest first.

    With a linkage (``linked``: (return id, person_ref) -> person id), every record of the
    linked person who is the subject child votes, including records whose agency did not
    mark the role.
    """
    child = [p for p in people if p.record.role == "subject_child"]
    if linked:
        votes_by_person = Counter(
            linked[(p.return_id, p.record.person_ref)]
            for p in child
            if (p.return_id, p.record.person_ref) in linked
        )
        if votes_by_person:
            person = votes_by_person.most_common(1)[0][0]
            child = [p for p in people if linked.get((p.return_id, p.record.person_ref)) == person]
    dobs = [p.record.date_of_birth for p in child if p.record.date_of_birth is not None]
    if not dobs:
        return None
    rank = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}
    votes = Counter(d.with_uncertain(False) for d in dobs)
    return min(votes, key=lambda d: (rank[d.precision], -votes[d], d.earliest))


@dataclass
class Chronology:
    review: ReviewHeader
    agencies: tuple[str, ...]
    entries: Iterator[ChronologyEntry]


def build_chronology(
    conn: Connection,
    ref: str,
    where: ChronologyFilter | None = None,
    people_keys: PeopleKeys | None = None,
) -> Chronology:
    review = review_header(conn, ref)
    people = current_people(conn, review.id)
    linked = _linked(conn, review.id, people)
    dob = subject_child_dob(people, linked)
    if people_keys is not None:
        keys = people_keys
    elif linked:
        # Linked person ids when the review has been linked (casereview link).
        def keys(return_id: int, person_ref: str) -> str:
            return linked.get((return_id, person_ref), person_ref)
    else:
        keys = lambda _return_id, person_ref: person_ref  # noqa: E731
    agencies = tuple(
        conn.execute(
            select(Agency.name).where(Agency.review_id == review.id).order_by(Agency.name)
        ).scalars()
    )
    if where is not None and where.agencies:
        known = {a.casefold() for a in agencies}
        unknown = sorted(where.agencies - known)
        if unknown:
            raise InvalidInput(
                f"No agency named {', '.join(unknown)} in review {ref}; "
                f"agencies: {', '.join(agencies) or 'none yet'}"
            )
    sources = (
        SourceEvent(
            event_id, agency, agency_type, event, tuple(keys(return_id, p) for p in event.people)
        )
        for event_id, return_id, agency, agency_type, event in ordered_events(conn, review.id)
    )
    return Chronology(review, agencies, merge_entries(sources, child_dob=dob, where=where))


def _linked(
    conn: Connection, review_id: int, people: list[StoredPerson]
) -> dict[tuple[int, str], str] | None:
    return linked_people_keys(conn, review_id, people)


def stored_findings(
    conn: Connection, review_id: int
) -> tuple[dict[int, str], tuple[FindingLine, ...]]:
    """The review's stored indicator findings: event id -> findings it evidences, and lines.

    Empty when `casereview findings` has not been run for the review.
    """
    rows = conn.execute(
        select(
            FindingRow.position,
            FindingRow.rule_id,
            FindingRow.title,
            FindingRow.severity,
            FindingRow.evidence,
            FindingRow.evidence_detail,
            FindingRow.explanation,
        )
        .where(FindingRow.review_id == review_id)
        .order_by(FindingRow.position)
    ).all()
    marks: dict[int, list[str]] = {}
    lines = []
    for row in rows:
        for item in row.evidence_detail:
            marks.setdefault(int(item["event_id"]), []).append(f"F{row.position} {row.rule_id}")
        lines.append(
            FindingLine(
                row.position, row.rule_id, row.title, row.severity, row.evidence, row.explanation
            )
        )
    return {event_id: "; ".join(m) for event_id, m in marks.items()}, tuple(lines)


def export_review_chronology(
    db: Database,
    *,
    ref: str,
    fmt: str,
    out: Path,
    actor: str,
    where: ChronologyFilter | None = None,
    filters_text: str = "",
    anonymised: bool = False,
) -> int:
    """Export the merged chronology; `anonymised` redacts it and leak-checks the file."""
    if fmt not in EXPORTERS:
        raise InvalidInput(f"Unknown format; expected one of: {', '.join(EXPORTERS)}")
    if out.parent and not out.parent.exists():
        raise InvalidInput(f"The folder for {out.name} does not exist")
    with db.engine.connect() as conn:
        if anonymised:
            from casereview.services.publish import anonymise_findings, anonymised_chronology

            chronology, entries = anonymised_chronology(conn, ref, where)
            evidence, findings = stored_findings(conn, chronology.review.id)
            findings = anonymise_findings(conn, ref, findings)
        else:
            chronology = build_chronology(conn, ref, where)
            entries = chronology.entries
            evidence, findings = stored_findings(conn, chronology.review.id)
        meta = ExportMeta(
            review_ref=ref,
            title="Anonymised merged chronology" if anonymised else chronology.review.title,
            generated_at=utcnow(),
            filters=filters_text,
            agencies=chronology.agencies,
            evidence=evidence,
            findings=findings,
        )
        count = export_chronology(fmt, entries, out, meta)
        if anonymised:
            from casereview.services.publish import require_clean

            require_clean(conn, ref, out)
    with db.engine.begin() as conn:
        record_audit(
            conn,
            actor=actor,
            action="chronology.export",
            review_ref=ref,
            detail={
                "format": fmt,
                "file": out.name,
                "rows": count,
                "filters": filters_text,
                "anonymised": anonymised,
            },
        )
    return count
