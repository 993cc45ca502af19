"""Importing an agency's return: all or nothing, idempotent, versioned.

The return is validated while it streams into the database inside one transaction. If any
error is found the transaction is rolled back, so nothing is imported, and every problem is
reported. Importing the identical files again changes nothing; a corrected return replaces the
agency's previous version, which stays in the history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select, update

from casereview.errors import InvalidInput, ValidationFailed
from casereview.ingest.issues import Issue, IssueLog, Severity
from casereview.ingest.mapping import Mapping, load_mapping
from casereview.ingest.readers import Table, open_csv, open_workbook, workbook_sheet_names
from casereview.ingest.template import SHEET_EVENTS, SHEET_PEOPLE
from casereview.ingest.validate import PeopleIndex, validate_events, validate_people
from casereview.model.records import Event, PersonRecord
from casereview.model.vocab import AGENCY_TYPES
from casereview.store.audit import record_audit, utcnow
from casereview.store.bulk import allocate_ids, insert_rows
from casereview.store.database import Database
from casereview.store.queries import ReviewHeader, review_header
from casereview.store.tables import Agency, Base, Return

__all__ = ["ImportOutcome", "ImportRequest", "import_return"]

BATCH = 5000
T = TypeVar("T")
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ImportRequest:
    review_ref: str
    agency: str
    actor: str
    agency_type: str | None = None
    workbook: Path | None = None
    people: Path | None = None
    events: Path | None = None
    mapping: Path | None = None


@dataclass
class ImportOutcome:
    status: str  # imported | replaced | unchanged
    version: int
    people: int = 0
    events: int = 0
    issues: IssueLog = field(default_factory=IssueLog)
    previous_version: int | None = None


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _content_hash(request: ImportRequest, mapping: Mapping) -> str:
    digest = hashlib.sha256()
    for role, path in (
        ("workbook", request.workbook),
        ("people", request.people),
        ("events", request.events),
    ):
        if path is None:
            continue
        digest.update(role.encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    digest.update(mapping.text.encode())
    return digest.hexdigest()


def _check_files(request: ImportRequest) -> None:
    if request.workbook is None and request.people is None:
        raise InvalidInput(
            "Give a workbook (WORKBOOK.xlsx) or --people PEOPLE.csv [--events EVENTS.csv]"
        )
    if request.workbook is not None and (request.people or request.events):
        raise InvalidInput("Give either a workbook or CSV files, not both")
    if request.events is not None and request.people is None:
        raise InvalidInput("An events CSV needs its people CSV too: --people PEOPLE.csv")
    for path in (request.workbook, request.people, request.events, request.mapping):
        if path is not None and not path.is_file():
            raise InvalidInput(f"{path.name}: no such file")
    if request.workbook is not None and request.workbook.suffix.lower() == ".csv":
        raise InvalidInput(
            f"{request.workbook.name} is a CSV file; import CSV files with "
            "--people PEOPLE.csv [--events EVENTS.csv]"
        )


_OTHER_KNOWN_SHEETS = {"guidance", "lists", "readme", "instructions"}


def _tables(
    request: ImportRequest, mapping: Mapping, log: IssueLog
) -> tuple[Table | None, Table | None]:
    if request.workbook is None:
        assert request.people is not None
        people = open_csv(request.people)
        events = open_csv(request.events) if request.events is not None else None
        return people, events
    path = request.workbook
    names = workbook_sheet_names(path)
    people_name, events_name = mapping.sheet_name(SHEET_PEOPLE), mapping.sheet_name(SHEET_EVENTS)
    by_fold = {n.strip().casefold(): n for n in names}
    people_sheet = by_fold.get(people_name.casefold())
    events_sheet = by_fold.get(events_name.casefold())
    others = [
        n
        for n in names
        if n.strip().casefold()
        not in {people_name.casefold(), events_name.casefold(), *_OTHER_KNOWN_SHEETS}
    ]
    if people_sheet is None or (events_sheet is None and others):
        missing = [
            n for n, s in ((people_name, people_sheet), (events_name, events_sheet)) if s is None
        ]
        log.add(
            Issue(
                Severity.ERROR,
                "missing_sheet",
                f"the workbook has no sheet named {' or '.join(missing)}; it has "
                f"{', '.join(names) or 'no sheets'}. Rename the sheets to People and Events "
                "(or name yours in a mapping file)",
                path.name,
            )
        )
        return None, None
    if events_sheet is None:
        log.add(
            Issue(
                Severity.WARNING,
                "people_only",
                "the workbook has no Events sheet; imported as a people-only return",
                path.name,
            )
        )
    people = open_workbook(path, people_sheet)
    events = open_workbook(path, events_sheet) if events_sheet is not None else None
    return people, events


def _agency(
    conn: Connection, review: ReviewHeader, request: ImportRequest, mapping: Mapping, actor: str
) -> int:
    row = conn.execute(
        select(Agency.id, Agency.agency_type).where(
            Agency.review_id == review.id, Agency.name == request.agency
        )
    ).first()
    written_type = request.agency_type or mapping.agency_type
    type_code: str | None = None
    if written_type is not None:
        term = AGENCY_TYPES.lookup(written_type)
        if term is None:
            raise InvalidInput(f"Unknown agency type; expected one of: {AGENCY_TYPES.expected()}")
        type_code = term.code
    if row is not None:
        if type_code is not None and type_code != row.agency_type:
            raise InvalidInput(
                f"Agency {request.agency} is already in this review as type "
                f"{AGENCY_TYPES.label(row.agency_type)}"
            )
        return int(row.id)
    if type_code is None:
        raise InvalidInput(
            f"Agency {request.agency} is new to this review: give its type with "
            f"--agency-type ({AGENCY_TYPES.expected()})"
        )
    agency_id = conn.execute(
        insert(Agency)
        .values(review_id=review.id, name=request.agency, agency_type=type_code)
        .returning(Agency.id)
    ).scalar_one()
    record_audit(
        conn,
        actor=actor,
        action="agency.add",
        review_ref=review.ref,
        detail={"agency": request.agency, "type": type_code},
    )
    return int(agency_id)


PERSON_COLUMNS = (
    "id",
    "return_id",
    "person_ref",
    "given_names",
    "family_name",
    "other_names",
    "dob_earliest",
    "dob_latest",
    "dob_precision",
    "dob_uncertain",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
    "source_row",
)
EVENT_COLUMNS = (
    "id",
    "return_id",
    "sequence",
    "event_ref",
    "start_earliest",
    "start_latest",
    "start_precision",
    "start_uncertain",
    "start_time",
    "end_earliest",
    "end_latest",
    "end_precision",
    "end_uncertain",
    "category",
    "description",
    "practitioner",
    "child_seen",
    "action_outcome",
    "shared_with",
    "source",
    "analysis",
    "people_refs",
    "source_row",
)


def _person_values(record_id: int, return_id: int, person: PersonRecord) -> tuple[Any, ...]:
    dob = person.date_of_birth
    return (
        record_id,
        return_id,
        person.person_ref,
        person.given_names,
        person.family_name,
        "; ".join(person.other_names) or None,
        dob.earliest if dob else None,
        dob.latest if dob else None,
        str(dob.precision) if dob else None,
        bool(dob and dob.uncertain),
        person.sex,
        person.nhs_number,
        person.address,
        person.postcode,
        person.role,
        person.row,
    )


def _event_values(event_id: int, return_id: int, event: Event) -> tuple[Any, ...]:
    start, end = event.start, event.end
    return (
        event_id,
        return_id,
        event.sequence,
        event.event_ref,
        start.earliest,
        start.latest,
        str(start.precision),
        start.uncertain,
        event.start_time,
        end.earliest if end else None,
        end.latest if end else None,
        str(end.precision) if end else None,
        bool(end and end.uncertain),
        event.category,
        event.description,
        event.practitioner,
        event.child_seen,
        event.action_outcome,
        "; ".join(event.shared_with) or None,
        event.source,
        event.analysis,
        "; ".join(event.people),
        event.row,
    )


def import_return(
    db: Database, request: ImportRequest, progress: Progress | None = None
) -> ImportOutcome:
    """Validate and store one return; raises ValidationFailed (nothing stored) on any error."""
    _check_files(request)
    mapping = load_mapping(request.mapping) if request.mapping is not None else Mapping()
    content_hash = _content_hash(request, mapping)
    actor = request.actor
    with db.engine.begin() as conn:
        review = review_header(conn, request.review_ref)
        agency_id = _agency(conn, review, request, mapping, actor)
        current = conn.execute(
            select(
                Return.id,
                Return.version,
                Return.content_hash,
                Return.people_count,
                Return.events_count,
            ).where(Return.agency_id == agency_id, Return.is_current.is_(True))
        ).first()
        current_return = current
        if current_return is not None and current_return.content_hash == content_hash:
            return ImportOutcome(
                status="unchanged",
                version=current_return.version,
                people=current_return.people_count,
                events=current_return.events_count,
            )
        latest = conn.execute(
            select(func.max(Return.version)).where(Return.agency_id == agency_id)
        ).scalar()
        version = int(latest or 0) + 1
        files = [
            p.name
            for p in (request.workbook, request.people, request.events, request.mapping)
            if p is not None
        ]
        return_id = int(
            conn.execute(
                insert(Return)
                .values(
                    review_id=review.id,
                    agency_id=agency_id,
                    version=version,
                    is_current=False,
                    content_hash=content_hash,
                    source_files="; ".join(files),
                    imported_at=utcnow(),
                    imported_by=actor,
                )
                .returning(Return.id)
            ).scalar_one()
        )
        outcome = ImportOutcome(
            status="replaced" if current_return else "imported",
            version=version,
            previous_version=current_return.version if current_return else None,
        )
        _stream_rows(conn, request, mapping, return_id, outcome, progress)
        log = outcome.issues
        if log.has_errors:
            conn.rollback()
            raise ValidationFailed(
                f"The return has {log.error_count} error(s) and {log.warning_count} warning(s); "
                "nothing was imported. Correct the file and import it again.",
                issues=list(log.issues),
            )
        if current_return is not None:
            conn.execute(
                update(Return)
                .where(Return.id == current_return.id)
                .values(is_current=False, superseded_at=utcnow())
            )
        conn.execute(
            update(Return)
            .where(Return.id == return_id)
            .values(
                is_current=True,
                people_count=outcome.people,
                events_count=outcome.events,
                warnings_count=log.warning_count,
            )
        )
        record_audit(
            conn,
            actor=actor,
            action=f"return.{outcome.status}",
            review_ref=review.ref,
            detail={
                "agency": request.agency,
                "version": version,
                "files": files,
                "people": outcome.people,
                "events": outcome.events,
                "warnings": log.warning_count,
                "sha256": content_hash,
            },
        )
    return outcome


def _stream_rows(
    conn: Connection,
    request: ImportRequest,
    mapping: Mapping,
    return_id: int,
    outcome: ImportOutcome,
    progress: Progress | None,
) -> None:
    """Validate people then events, inserting in batches while no error has been seen."""
    log = outcome.issues
    people_table, events_table = _tables(request, mapping, log)
    if people_table is None:
        return
    index = PeopleIndex()
    person_ids: dict[str, int] = {}
    tables = Base.metadata.tables
    people_sql, events_sql = tables["person_records"], tables["events"]
    links_sql = tables["event_people"]
    for chunk in _batched(validate_people(people_table, log, mapping, index), BATCH):
        outcome.people += len(chunk)
        if log.has_errors:
            continue
        ids = allocate_ids(conn, people_sql, len(chunk))
        insert_rows(
            conn,
            people_sql,
            PERSON_COLUMNS,
            [_person_values(i, return_id, p) for i, p in zip(ids, chunk, strict=True)],
        )
        person_ids.update(zip((p.person_ref for p in chunk), ids, strict=True))
    if events_table is None:
        return
    for batch in _batched(validate_events(events_table, log, mapping, index), BATCH):
        outcome.events += len(batch)
        if progress is not None:
            progress(len(batch))
        if log.has_errors:
            continue
        event_ids = allocate_ids(conn, events_sql, len(batch))
        insert_rows(
            conn,
            events_sql,
            EVENT_COLUMNS,
            [_event_values(i, return_id, e) for i, e in zip(event_ids, batch, strict=True)],
        )
        links = [
            (event_id, person_ids[ref])
            for event, event_id in zip(batch, event_ids, strict=True)
            for ref in dict.fromkeys(event.people)
            if ref in person_ids
        ]
        insert_rows(conn, links_sql, ("event_id", "person_record_id"), links)
