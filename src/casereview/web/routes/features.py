"""Pages of features built on other branches: shown as clearly marked placeholders until then.

When the linkage services are on main, the placeholder here is replaced by its real page
calling those services (the review clock's page is `routes/clock.py`, the findings' page
`routes/findings.py`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from casereview.model.roles import Permission
from casereview.services.access import require
from casereview.services.review_pages import review_overview
from casereview.web.deps import Db, ViewerDep
from casereview.web.rendering import render

__all__ = ["PLACEHOLDERS", "router"]

router = APIRouter(include_in_schema=False)

#: slug -> (title, what it will show)
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "matches": (
        "Possible matches",
        "the clerical review of possible matches between agencies' person records, with the "
        "evidence of each comparison, to accept or reject",
    ),
}


def _placeholder(request: Request, db: Db, viewer: ViewerDep, ref: str, slug: str) -> Response:
    require(viewer, Permission.FINDINGS_READ)
    overview = review_overview(db, ref=ref, viewer=viewer)
    title, what = PLACEHOLDERS[slug]
    return render(
        request, "placeholder.html.j2", {"review": overview, "title": title, "what": what}
    )


@router.get("/reviews/{ref}/matches")
def matches_page(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    return _placeholder(request, db, viewer, ref, "matches")
