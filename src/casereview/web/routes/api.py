"""The JSON API under /api (documented in /openapi.json). Session-cookie authentication.

The same services as the pages, the same access rules, the same audit of views.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from casereview.model.roles import Permission
from casereview.services.access import record_view
from casereview.services.chronology_view import chronology_page, timeline
from casereview.services.review_pages import dashboard, review_overview
from casereview.web.deps import CurrentUser, Db, ViewerDep, require_permission
from casereview.web.filters import StrictFilterQuery

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])


class Problem(BaseModel):
    title: str
    detail: str


ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "Not signed in"},
    403: {"model": Problem, "description": "Not allowed (nothing about the resource is told)"},
    404: {"model": Problem, "description": "No such review"},
}


class Me(BaseModel):
    username: str
    display_name: str
    role: str
    role_label: str
    agency: str | None


class ReviewItem(BaseModel):
    ref: str
    title: str
    review_type: str
    agencies: int
    returns_received: int
    events: int
    stage: str | None = Field(None, description="Stage of the review (review clock)")
    next_step: str | None = None
    next_due: date | None = None
    overdue: list[str] = Field(default_factory=list, description="Statutory steps overdue")
    held: list[str] = Field(default_factory=list, description="Steps held by proceedings")


class AgencyItem(BaseModel):
    id: int
    name: str
    agency_type: str
    status: str
    version: int | None
    imported_at: datetime | None
    people: int
    events: int
    warnings: int


class ReviewDetail(BaseModel):
    ref: str
    title: str
    review_type: str
    aware_date: date | None
    agencies: list[AgencyItem]


class ChronologyRows(BaseModel):
    ref: str
    anonymised: bool
    total: int = Field(description="Entries in the whole merged chronology")
    filtered: int = Field(description="Entries that pass the filters")
    page: int
    pages: int
    per_page: int
    agencies: list[str]
    rows: list[dict[str, str]] = Field(description="Columns as in the CSV export")


class TimelineData(BaseModel):
    ref: str
    lanes: list[str] = Field(description="One lane per agency")
    points: list[tuple[int, int, str, str, str, str]] = Field(
        description="(sequence, lane, first day, last day, category, date precision)"
    )
    categories: dict[str, str] = Field(description="Category code to label")
    evidence: list[int] = Field(
        default_factory=list, description="Sequences of entries that are evidence of a finding"
    )


@router.get("/me", responses=ERRORS)
def me(user: CurrentUser) -> Me:
    """The signed-in user."""
    return Me(
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        role_label=user.role_label,
        agency=user.agency,
    )


@router.get("/reviews", responses=ERRORS)
def reviews(db: Db, viewer: ViewerDep) -> list[ReviewItem]:
    """The reviews the user may see."""
    return [
        ReviewItem(
            ref=c.ref,
            title=c.title,
            review_type=c.review_type,
            agencies=c.agencies,
            returns_received=c.returns_received,
            events=c.events,
            stage=c.clock.stage or None if c.clock else None,
            next_step=c.clock.next_step or None if c.clock else None,
            next_due=c.clock.next_due if c.clock else None,
            overdue=list(c.clock.overdue) if c.clock else [],
            held=list(c.clock.held) if c.clock else [],
        )
        for c in dashboard(db, viewer=viewer)
    ]


@router.get("/reviews/{ref}", responses=ERRORS)
def review(db: Db, viewer: ViewerDep, ref: str) -> ReviewDetail:
    """A review and its agencies' return status (an agency contributor: its own only)."""
    overview = review_overview(db, ref=ref, viewer=viewer)
    record_view(db, viewer=viewer, page="api.review", review_ref=ref, detail={})
    return ReviewDetail(
        ref=overview.ref,
        title=overview.title,
        review_type=overview.review_type,
        aware_date=overview.aware_date,
        agencies=[
            AgencyItem(
                id=a.id,
                name=a.name,
                agency_type=a.agency_type,
                status=a.status,
                version=a.version,
                imported_at=a.imported_at,
                people=a.people,
                events=a.events,
                warnings=a.warnings,
            )
            for a in overview.agencies
        ],
    )


@router.get(
    "/reviews/{ref}/chronology",
    responses={**ERRORS, 422: {"model": Problem}},
    dependencies=[require_permission(Permission.CHRONOLOGY_READ)],  # before the filter
)
def chronology(
    db: Db,
    viewer: ViewerDep,
    ref: str,
    form: StrictFilterQuery,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> ChronologyRows:
    """One page of the merged chronology, filtered (anonymised for those not allowed names)."""
    data = chronology_page(
        db,
        ref=ref,
        viewer=viewer,
        where=form.where,
        page=page,
        per_page=per_page,
        anonymised=form.anonymised,
    )
    record_view(
        db,
        viewer=viewer,
        page="api.chronology",
        review_ref=ref,
        detail={
            "page": data.page,
            "rows": len(data.rows),
            "filters": dict(form.filter_query()),
            "anonymised": data.anonymised,
        },
    )
    return ChronologyRows(
        ref=ref,
        anonymised=data.anonymised,
        total=data.total,
        filtered=data.filtered,
        page=data.page,
        pages=data.pages,
        per_page=data.per_page,
        agencies=list(data.agencies),
        rows=[dict(r) for r in data.rows],
    )


@router.get(
    "/reviews/{ref}/timeline",
    responses={**ERRORS, 422: {"model": Problem}},
    dependencies=[require_permission(Permission.CHRONOLOGY_READ)],  # before the filter
)
def timeline_points(
    db: Db,
    viewer: ViewerDep,
    ref: str,
    form: StrictFilterQuery,
) -> TimelineData:
    """The timeline's points: dates, lanes and categories only (no names, no text)."""
    data = timeline(db, ref=ref, viewer=viewer, where=form.where, anonymised=form.anonymised)
    record_view(
        db,
        viewer=viewer,
        page="api.timeline",
        review_ref=ref,
        detail={"points": len(data.points), "filters": dict(form.filter_query())},
    )
    return TimelineData(
        ref=ref,
        lanes=list(data.lanes),
        points=list(data.points),
        categories=data.categories,
        evidence=list(data.evidence),
    )
