"""The running review: deadlines, proceedings, correspondence, findings, recommendations and
actions, read from the review-clock services (issue 5)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from casereview.errors import InvalidInput
from casereview.model.roles import Permission
from casereview.services.access import record_view, require
from casereview.services.action_plans import review_action_plan
from casereview.services.clock import review_deadlines
from casereview.services.correspondence import list_correspondence
from casereview.services.proceedings import list_proceedings
from casereview.services.review_pages import review_overview
from casereview.web.deps import Db, ViewerDep
from casereview.web.rendering import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

STATUS_TAGS = {
    "done": ("Done", "govuk-tag--green"),
    "due": ("Due", "govuk-tag--blue"),
    "overdue": ("Overdue", "govuk-tag--red"),
    "held": ("Held", "govuk-tag--purple"),
    "not_applicable": ("Not applicable", "govuk-tag--grey"),
}


@router.get("/reviews/{ref}/deadlines")
def deadlines_page(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    require(viewer, Permission.FINDINGS_READ)
    overview = review_overview(db, ref=ref, viewer=viewer)  # checks the viewer may see it
    problem = ""
    try:
        deadlines = review_deadlines(db, ref=ref)
    except InvalidInput as error:  # e.g. no date of awareness recorded yet
        deadlines, problem = None, error.message
    record_view(db, viewer=viewer, page="deadlines", review_ref=ref, detail={})
    return render(
        request,
        "deadlines.html.j2",
        {
            "review": overview,
            "deadlines": deadlines,
            "problem": problem,
            "proceedings": list_proceedings(db, ref=ref),
            "letters": list_correspondence(db, ref=ref),
            "plan": review_action_plan(db, ref=ref),
            "tags": STATUS_TAGS,
        },
    )
