"""Findings of the indicator rules: the list, one finding with its evidence, running the rules."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from casereview.model.roles import Permission
from casereview.services.access import record_view, require
from casereview.services.findings import run_findings
from casereview.services.findings_view import finding_detail, list_findings
from casereview.services.review_pages import review_overview
from casereview.web.deps import Db, ViewerDep
from casereview.web.rendering import flash, render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/reviews/{ref}/findings")
def findings_page(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    findings = list_findings(db, ref=ref, viewer=viewer)
    overview = review_overview(db, ref=ref, viewer=viewer)
    return render(request, "findings.html.j2", {"review": overview, "findings": findings})


@router.post("/reviews/{ref}/findings/run")
def run_rules(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    require(viewer, Permission.FINDINGS_RUN)
    review_overview(db, ref=ref, viewer=viewer)  # the viewer may see this review
    report = run_findings(db, ref=ref, actor=viewer.username)
    count = len(report.findings)
    flash(
        request, f"The rules ran over the merged chronology: {count} finding{'s' * (count != 1)}."
    )
    return RedirectResponse(f"/reviews/{ref}/findings", status_code=303)


@router.get("/reviews/{ref}/findings/{position}")
def finding_page(request: Request, db: Db, viewer: ViewerDep, ref: str, position: int) -> Response:
    detail = finding_detail(db, ref=ref, position=position, viewer=viewer)
    record_view(
        db,
        viewer=viewer,
        page="finding",
        review_ref=ref,
        detail={"finding": position, "rule": detail.rule_id, "anonymised": detail.anonymised},
    )
    return render(request, "finding.html.j2", {"finding": detail})
