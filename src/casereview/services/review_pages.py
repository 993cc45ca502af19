"""What the web pages show about reviews and returns: the dashboard, a review, one return.

Every function takes the `Viewer` and narrows to what they may see (an agency contributor
sees only its own agency), so that no page can forget to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, insert, select

from casereview.errors import InvalidInput, NotFound
from casereview.model.dates import ChronoDate, Precision
from casereview.model.roles import MEMBER_ROLES, Permission
from casereview.model.vocab import AGENCY_TYPES, CATEGORIES, ROLES
from casereview.services.access import (
    Forbidden,
    Viewer,
    agency_scope,
    check_agency,
    check_review,
    member_review_ids,
    require,
)
from casereview.services.clock import StatusLine, board_status
from casereview.services.reviews import REVIEW_TYPES
from casereview.store.audit import record_audit
from casereview.store.database import Database
from casereview.store.queries import review_header
from casereview.store.tables import Agency, EventRow, PersonRecordRow, Return, Review

__all__ = [
    "AgencyStatus",
    "ReturnDetail",
    "ReturnEvent",
    "ReturnVersion",
    "ReviewCard",
    "ReviewOverview",
    "dashboard",
    "invite_agency",
    "return_detail",
    "review_overview",
]


@dataclass(frozen=True)
class AgencyStatus:
    id: int
    name: str
    agency_type: str
    version: int | None
    imported_at: datetime | None
    imported_by: str | None
    people: int
    events: int
    warnings: int

    @property
    def status(self) -> str:
        """Plain words for the return's state, as the GOV.UK tag shows it."""
        if self.version is None:
            return "Not received"
        return "Received" if self.version == 1 else f"Received (version {self.version})"


@dataclass(frozen=True)
class ReviewCard:
    ref: str
    title: str
    review_type: str
    agencies: int
    returns_received: int
    events: int
    #: From the review clock (`services.clock.board_status`): stage, next step, what is late.
    clock: StatusLine | None = None


@dataclass(frozen=True)
class ReviewOverview:
    ref: str
    title: str
    review_type: str
    created_at: datetime
    aware_date: date | None
    agencies: tuple[AgencyStatus, ...]

    @property
    def events(self) -> int:
        return sum(a.events for a in self.agencies)


def _type_label(code: str) -> str:
    return REVIEW_TYPES.get(code, code)


def _statuses(conn: Connection, review_id: int, scope: str | None) -> list[AgencyStatus]:
    query = (
        select(
            Agency.id,
            Agency.name,
            Agency.agency_type,
            Return.version,
            Return.imported_at,
            Return.imported_by,
            Return.people_count,
            Return.events_count,
            Return.warnings_count,
        )
        .outerjoin(Return, (Return.agency_id == Agency.id) & Return.is_current.is_(True))
        .where(Agency.review_id == review_id)
        .order_by(Agency.name)
    )
    if scope is not None:
        query = query.where(func.lower(Agency.name) == scope.casefold())
    return [
        AgencyStatus(
            id=row.id,
            name=row.name,
            agency_type=AGENCY_TYPES.label(row.agency_type),
            version=row.version,
            imported_at=row.imported_at,
            imported_by=row.imported_by,
            people=row.people_count or 0,
            events=row.events_count or 0,
            warnings=row.warnings_count or 0,
        )
        for row in conn.execute(query)
    ]


def dashboard(db: Database, *, viewer: Viewer) -> list[ReviewCard]:
    """The reviews this viewer may see, each with its returns received so far."""
    scope = agency_scope(viewer)
    with db.engine.connect() as conn:
        reviews = conn.execute(
            select(Review.id, Review.ref, Review.title, Review.review_type).order_by(Review.ref)
        ).all()
        if viewer.role in MEMBER_ROLES:
            mine = member_review_ids(conn, viewer)
            reviews = [r for r in reviews if r.id in mine]
    clock = {line.ref: line for line in board_status(db)}
    with db.engine.connect() as conn:
        cards = []
        for review in reviews:
            statuses = _statuses(conn, review.id, scope)
            if scope is not None and not statuses:
                continue  # not invited
            cards.append(
                ReviewCard(
                    ref=review.ref,
                    title=review.title,
                    review_type=_type_label(review.review_type),
                    agencies=len(statuses),
                    returns_received=sum(1 for s in statuses if s.version is not None),
                    events=sum(s.events for s in statuses),
                    clock=clock.get(review.ref),
                )
            )
        return cards


def review_overview(db: Database, *, ref: str, viewer: Viewer) -> ReviewOverview:
    with db.engine.connect() as conn:
        check_review(conn, viewer, ref)
        header = review_header(conn, ref)
        row = conn.execute(
            select(Review.created_at, Review.aware_date).where(Review.id == header.id)
        ).one()
        return ReviewOverview(
            ref=header.ref,
            title=header.title,
            review_type=_type_label(header.review_type),
            created_at=row.created_at,
            aware_date=row.aware_date,
            agencies=tuple(_statuses(conn, header.id, agency_scope(viewer))),
        )


def invite_agency(db: Database, *, ref: str, name: str, agency_type: str, viewer: Viewer) -> int:
    """Add an agency to a review before its return arrives (its contributors can then upload)."""
    require(viewer, Permission.AGENCIES_INVITE)
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise InvalidInput("Enter the agency's name (up to 120 characters)")
    term = AGENCY_TYPES.lookup(agency_type)
    if term is None:
        raise InvalidInput(f"Choose the agency type; expected one of: {AGENCY_TYPES.expected()}")
    with db.engine.begin() as conn:
        review = review_header(conn, ref)
        exists = conn.execute(
            select(Agency.id).where(
                Agency.review_id == review.id, func.lower(Agency.name) == name.casefold()
            )
        ).scalar()
        if exists is not None:
            raise InvalidInput(f"{name} is already invited to this review")
        agency_id = conn.execute(
            insert(Agency)
            .values(review_id=review.id, name=name, agency_type=term.code)
            .returning(Agency.id)
        ).scalar_one()
        record_audit(
            conn,
            actor=viewer.username,
            action="agency.invite",
            review_ref=ref,
            detail={"agency": name, "type": term.code},
        )
        return int(agency_id)


@dataclass(frozen=True)
class ReturnVersion:
    version: int
    is_current: bool
    imported_at: datetime
    imported_by: str
    source_files: str
    people: int
    events: int
    warnings: int


@dataclass(frozen=True)
class ReturnEvent:
    event_ref: str
    date: str
    category: str
    description: str
    people: str


@dataclass(frozen=True)
class ReturnDetail:
    review_ref: str
    agency: AgencyStatus
    versions: tuple[ReturnVersion, ...]
    people: tuple[tuple[str, str], ...]  # (person ref, role label)
    events: tuple[ReturnEvent, ...]
    events_shown_of: int


def return_detail(
    db: Database, *, ref: str, agency_id: int, viewer: Viewer, limit: int = 200
) -> ReturnDetail:
    """One agency's return in a review: its versions, and the current version's first events."""
    with db.engine.connect() as conn:
        check_agency(conn, viewer, ref, agency_id)
        if not (viewer.can(Permission.NAMES_VIEW) or viewer.can(Permission.RETURNS_UPLOAD_OWN)):
            raise Forbidden(
                "This page shows a return as the agency sent it, with names; your role "
                "sees the anonymised chronology."
            )
        review = review_header(conn, ref)
        statuses = [s for s in _statuses(conn, review.id, None) if s.id == agency_id]
        if not statuses:
            raise NotFound(f"There is no such agency in review {ref}")
        versions = tuple(
            ReturnVersion(
                r.version,
                r.is_current,
                r.imported_at,
                r.imported_by,
                r.source_files,
                r.people_count,
                r.events_count,
                r.warnings_count,
            )
            for r in conn.execute(
                select(
                    Return.version,
                    Return.is_current,
                    Return.imported_at,
                    Return.imported_by,
                    Return.source_files,
                    Return.people_count,
                    Return.events_count,
                    Return.warnings_count,
                )
                .where(Return.agency_id == agency_id)
                .order_by(Return.version.desc())
            )
        )
        current = conn.execute(
            select(Return.id).where(Return.agency_id == agency_id, Return.is_current.is_(True))
        ).scalar()
        people: tuple[tuple[str, str], ...] = ()
        events: tuple[ReturnEvent, ...] = ()
        if current is not None:
            people = tuple(
                (r.person_ref, ROLES.label(r.role) if r.role else "")
                for r in conn.execute(
                    select(PersonRecordRow.person_ref, PersonRecordRow.role)
                    .where(PersonRecordRow.return_id == current)
                    .order_by(PersonRecordRow.source_row)
                )
            )
            events = tuple(
                ReturnEvent(
                    r.event_ref,
                    ChronoDate(
                        r.start_earliest,
                        r.start_latest,
                        Precision(r.start_precision),
                        r.start_uncertain,
                    ).display(),
                    CATEGORIES.label(r.category),
                    r.description,
                    r.people_refs,
                )
                for r in conn.execute(
                    select(
                        EventRow.event_ref,
                        EventRow.start_earliest,
                        EventRow.start_latest,
                        EventRow.start_precision,
                        EventRow.start_uncertain,
                        EventRow.category,
                        EventRow.description,
                        EventRow.people_refs,
                    )
                    .where(EventRow.return_id == current)
                    .order_by(EventRow.start_earliest, EventRow.sequence)
                    .limit(limit)
                )
            )
        return ReturnDetail(ref, statuses[0], versions, people, events, statuses[0].events)
