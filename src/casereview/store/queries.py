"""Reading a review's current returns back as domain values, in chronology order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, case, select

from casereview.errors import NotFound
from casereview.model.dates import ChronoDate, Precision
from casereview.model.records import Event, PersonRecord
from casereview.store.tables import Agency, EventRow, PersonRecordRow, Return, Review

__all__ = ["ReviewHeader", "StoredPerson", "current_people", "ordered_events", "review_header"]


def _chrono(
    earliest: object, latest: object, precision: str | None, uncertain: bool
) -> ChronoDate | None:
    if earliest is None or precision is None:
        return None
    return ChronoDate(earliest, latest, Precision(precision), bool(uncertain))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ReviewHeader:
    id: int
    ref: str
    title: str
    review_type: str


def review_header(conn: Connection, ref: str) -> ReviewHeader:
    """The review's identity, or NotFound saying how to create it."""
    row = conn.execute(
        select(Review.id, Review.ref, Review.title, Review.review_type).where(Review.ref == ref)
    ).first()
    if row is None:
        raise NotFound(f"There is no review {ref}. Create it with: casereview review create {ref}")
    return ReviewHeader(row.id, row.ref, row.title, row.review_type)


@dataclass(frozen=True)
class StoredPerson:
    record_id: int
    return_id: int
    agency: str
    agency_type: str
    record: PersonRecord


def current_people(conn: Connection, review_id: int) -> list[StoredPerson]:
    rows = conn.execute(
        select(
            *PersonRecordRow.__table__.c,
            Agency.name.label("agency_name"),
            Agency.agency_type.label("agency_kind"),
        )
        .join(Return, Return.id == PersonRecordRow.return_id)
        .join(Agency, Agency.id == Return.agency_id)
        .where(Return.review_id == review_id, Return.is_current.is_(True))
        .order_by(Agency.name, PersonRecordRow.source_row)
    )
    people = []
    for row in rows:
        agency, agency_type = row.agency_name, row.agency_kind
        people.append(
            StoredPerson(
                record_id=row.id,
                return_id=row.return_id,
                agency=agency,
                agency_type=agency_type,
                record=PersonRecord(
                    person_ref=row.person_ref,
                    given_names=row.given_names,
                    family_name=row.family_name,
                    other_names=tuple(p for p in (row.other_names or "").split("; ") if p),
                    date_of_birth=_chrono(
                        row.dob_earliest, row.dob_latest, row.dob_precision, row.dob_uncertain
                    ),
                    sex=row.sex,
                    nhs_number=row.nhs_number,
                    address=row.address,
                    postcode=row.postcode,
                    role=row.role,
                    row=row.source_row,
                ),
            )
        )
    return people


_PRECISION_RANK = case(
    (EventRow.start_precision == "year", 0),
    (EventRow.start_precision == "month", 1),
    else_=2,
)


def ordered_events(conn: Connection, review_id: int) -> Iterator[tuple[int, int, str, str, Event]]:
    """(event id, return id, agency, agency type, event) of current returns, merged order."""
    query = (
        select(
            *EventRow.__table__.c,
            Agency.name.label("agency_name"),
            Agency.agency_type.label("agency_kind"),
        )
        .join(Return, Return.id == EventRow.return_id)
        .join(Agency, Agency.id == Return.agency_id)
        .where(Return.review_id == review_id, Return.is_current.is_(True))
        .order_by(
            EventRow.start_earliest,
            _PRECISION_RANK,
            EventRow.start_time.nulls_first(),
            Agency.name,
            EventRow.sequence,
        )
        .execution_options(yield_per=2000)
    )
    for row in conn.execute(query):
        agency, agency_type = row.agency_name, row.agency_kind
        start = _chrono(
            row.start_earliest, row.start_latest, row.start_precision, row.start_uncertain
        )
        assert start is not None
        yield (
            row.id,
            row.return_id,
            agency,
            agency_type,
            Event(
                event_ref=row.event_ref,
                start=start,
                start_time=row.start_time,
                end=_chrono(row.end_earliest, row.end_latest, row.end_precision, row.end_uncertain),
                category=row.category,
                people=tuple(p for p in row.people_refs.split("; ") if p),
                description=row.description,
                practitioner=row.practitioner,
                child_seen=row.child_seen,
                action_outcome=row.action_outcome,
                shared_with=tuple(p for p in (row.shared_with or "").split("; ") if p),
                source=row.source,
                analysis=row.analysis,
                sequence=row.sequence,
                row=row.source_row,
            ),
        )
