"""Clerical review of possible matches between agencies' person records (linkage, issue 3).

Both records side by side, the evidence of each comparison (what was seen and how much it
weighs for or against the same person), and Accept / Reject, which `services.linkage` records
(audited) and applies at the next linking of the review.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from casereview.errors import InvalidInput, NotFound
from casereview.model.roles import Permission
from casereview.services.access import record_view, require
from casereview.services.linkage import decide_pair, explain_match, link_review, list_matches
from casereview.services.review_pages import review_overview
from casereview.web.deps import Db, ViewerDep
from casereview.web.rendering import flash, render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

BANDS = ("possible", "linked", "not linked")  # services.linkage bands
FIELDS = (
    ("agency", "Agency"),
    ("person_ref", "Agency's reference"),
    ("given_names", "Given names"),
    ("family_name", "Family name"),
    ("other_names", "Other names"),
    ("date_of_birth", "Date of birth"),
    ("sex", "Sex"),
    ("nhs_number", "NHS number"),
    ("address", "Address"),
    ("postcode", "Postcode"),
    ("role", "Role"),
)


@router.get("/reviews/{ref}/matches")
def matches_page(
    request: Request, db: Db, viewer: ViewerDep, ref: str, band: str = "possible"
) -> Response:
    require(viewer, Permission.NAMES_VIEW)  # the records are shown with their names
    overview = review_overview(db, ref=ref, viewer=viewer)
    if band not in BANDS:
        band = "possible"
    problem = ""
    try:
        matches = list_matches(db, ref=ref, band=band)
    except NotFound as error:  # not linked yet
        matches, problem = [], error.message
    record_view(
        db,
        viewer=viewer,
        page="matches",
        review_ref=ref,
        detail={"band": band, "pairs": len(matches)},
    )
    return render(
        request,
        "matches.html.j2",
        {
            "review": overview,
            "matches": matches,
            "band": band,
            "bands": BANDS,
            "fields": FIELDS,
            "problem": problem,
        },
    )


@router.post("/reviews/{ref}/matches/{pair_id}")
def decide(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    pair_id: str,
    decision: Annotated[str, Form()] = "",
) -> Response:
    require(viewer, Permission.MATCHES_DECIDE)
    review_overview(db, ref=ref, viewer=viewer)
    if decision not in ("accept", "reject"):
        raise InvalidInput("Choose accept or reject")
    choice: Literal["accept", "reject"] = "accept" if decision == "accept" else "reject"
    decide_pair(db, ref=ref, decision=choice, actor=viewer.username, pair=pair_id)
    view = explain_match(db, ref=ref, pair=pair_id)
    if request.headers.get("hx-request") == "true":
        return render(
            request,
            "match_card.html.j2",
            {
                "review": review_overview(db, ref=ref, viewer=viewer),
                "m": view,
                "fields": FIELDS,
                "just_decided": decision,
            },
        )
    flash(
        request, f"Pair {pair_id}: {decision}ed. It takes effect when the review is linked again."
    )
    return RedirectResponse(f"/reviews/{ref}/matches", status_code=303)


@router.post("/reviews/{ref}/link")
def link_again(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    require(viewer, Permission.MATCHES_DECIDE)
    review_overview(db, ref=ref, viewer=viewer)
    summary = link_review(db, ref=ref, actor=viewer.username)
    flash(request, f"Linked again: {summary.records} records, {summary.persons} people.")
    return RedirectResponse(f"/reviews/{ref}/matches", status_code=303)
