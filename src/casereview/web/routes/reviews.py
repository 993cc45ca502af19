"""The reviews dashboard, creating a review, a review's page and inviting agencies."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from casereview.errors import InvalidInput, NotFound
from casereview.model.dates import DateError, parse_day
from casereview.model.roles import Permission
from casereview.model.vocab import AGENCY_TYPES
from casereview.services.access import record_view
from casereview.services.findings_view import list_findings
from casereview.services.linkage import list_matches
from casereview.services.review_members import (
    add_member,
    eligible_users,
    list_members,
    remove_member,
)
from casereview.services.review_pages import dashboard, invite_agency, review_overview
from casereview.services.reviews import REVIEW_TYPES, create_review
from casereview.web.deps import Db, ViewerDep, require_permission
from casereview.web.rendering import flash, render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/reviews")
def reviews_dashboard(request: Request, db: Db, viewer: ViewerDep) -> Response:
    cards = dashboard(db, viewer=viewer)
    return render(request, "dashboard.html.j2", {"cards": cards})


@router.get("/reviews/new", dependencies=[require_permission(Permission.REVIEWS_CREATE)])
def new_review_page(request: Request) -> Response:
    return render(
        request, "review_new.html.j2", {"errors": {}, "values": {}, "types": REVIEW_TYPES}
    )


def _aware(text: str, errors: dict[str, str]) -> date | None:
    try:
        return parse_day(text)
    except DateError:
        errors["aware_date"] = "The date of awareness must be a real date, like 22/05/2024"
        return None


@router.post("/reviews", dependencies=[require_permission(Permission.REVIEWS_CREATE)])
def create_review_form(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    review_type: Annotated[str, Form()] = "",
    aware_date: Annotated[str, Form()] = "",
) -> Response:
    errors: dict[str, str] = {}
    if not ref.strip():
        errors["ref"] = "Enter a reference for the review, like LCSPR-2024-03"
    if review_type not in REVIEW_TYPES:
        errors["review_type"] = "Choose the type of review"
    aware = _aware(aware_date, errors)
    if not errors:
        try:
            create_review(
                db,
                ref=ref.strip(),
                title=title.strip(),
                review_type=review_type,
                aware_date=aware,
                actor=viewer.username,
            )
        except InvalidInput as problem:
            errors["ref"] = problem.message
        else:
            flash(request, f"Review {ref.strip()} created. Invite the agencies next.")
            return RedirectResponse(f"/reviews/{ref.strip()}", status_code=303)
    values = {"ref": ref, "title": title, "review_type": review_type, "aware_date": aware_date}
    return render(
        request,
        "review_new.html.j2",
        {"errors": errors, "values": values, "types": REVIEW_TYPES},
        status=422,
    )


def _review_page(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    overview = review_overview(db, ref=ref, viewer=viewer)
    findings = (
        len(list_findings(db, ref=ref, viewer=viewer))
        if viewer.can(Permission.FINDINGS_READ)
        else None
    )
    possible = None
    if viewer.can(Permission.NAMES_VIEW):
        try:
            possible = len(list_matches(db, ref=ref, band="possible"))
        except NotFound:  # not linked yet
            possible = None
    manage = viewer.can(Permission.MEMBERS_MANAGE)
    record_view(db, viewer=viewer, page="review", review_ref=ref, detail={})
    return render(
        request,
        "review.html.j2",
        {
            "review": overview,
            "findings": findings,
            "possible": possible,
            "members": list_members(db, ref=ref, viewer=viewer) if manage else None,
            "eligible": eligible_users(db, ref=ref, viewer=viewer) if manage else [],
            "agency_types": AGENCY_TYPES.terms,
            "errors": errors or {},
            "values": values or {},
        },
        status=status,
    )


@router.get("/reviews/{ref}")
def review_page(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    return _review_page(request, db, viewer, ref)


@router.post("/reviews/{ref}/agencies")
def invite_agency_form(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    name: Annotated[str, Form()] = "",
    agency_type: Annotated[str, Form()] = "",
) -> Response:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Enter the agency's name"
    if not agency_type:
        errors["agency_type"] = "Choose the type of agency"
    if not errors:
        try:
            invite_agency(db, ref=ref, name=name, agency_type=agency_type, viewer=viewer)
        except InvalidInput as problem:
            errors["name"] = problem.message
        else:
            flash(request, f"{' '.join(name.split())} is invited to this review.")
            return RedirectResponse(f"/reviews/{ref}", status_code=303)
    return _review_page(
        request, db, viewer, ref, errors, {"name": name, "agency_type": agency_type}, 422
    )


@router.post("/reviews/{ref}/members", dependencies=[require_permission(Permission.MEMBERS_MANAGE)])
def add_member_form(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    username: Annotated[str, Form()] = "",
) -> Response:
    problem = "Choose the reviewer or panel member to add"
    if username.strip():
        try:
            member = add_member(db, ref=ref, username=username, viewer=viewer)
        except (InvalidInput, NotFound) as refused:
            problem = refused.message
        else:
            flash(request, f"{member.display_name} can now see and work on this review.")
            return RedirectResponse(f"/reviews/{ref}", status_code=303)
    return _review_page(
        request, db, viewer, ref, {"username": problem}, {"username": username}, 422
    )


@router.post(
    "/reviews/{ref}/members/remove",
    dependencies=[require_permission(Permission.MEMBERS_MANAGE)],
)
def remove_member_form(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    username: Annotated[str, Form()] = "",
) -> Response:
    remove_member(db, ref=ref, username=username, viewer=viewer)
    flash(request, f"{username.strip()} no longer sees this review.")
    return RedirectResponse(f"/reviews/{ref}", status_code=303)
