"""The merged chronology: timeline and table, filters, paging (htmx) and exports."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from casereview.chronology.exports import EXPORTERS
from casereview.errors import NotFound
from casereview.model.roles import Permission
from casereview.services.access import record_view
from casereview.services.chronology import export_review_chronology
from casereview.services.chronology_view import chronology_page, shows_names
from casereview.web.deps import Db, ViewerDep, require_permission
from casereview.web.filters import FilterQuery, StrictFilterQuery
from casereview.web.rendering import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
PER_PAGE = 50


@router.get("/reviews/{ref}/chronology")
def chronology_view(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    form: FilterQuery,
    page: int = 1,
    around: int | None = None,
) -> Response:
    data = chronology_page(
        db,
        ref=ref,
        viewer=viewer,
        where=form.where,
        page=page,
        per_page=PER_PAGE,
        around=around,
        anonymised=form.anonymised,
    )
    record_view(
        db,
        viewer=viewer,
        page="chronology",
        review_ref=ref,
        detail={
            "page": data.page,
            "rows": len(data.rows),
            "filters": dict(form.filter_query()),
            "anonymised": data.anonymised,
        },
    )
    partial = (
        request.headers.get("hx-request") == "true"
        and request.headers.get("hx-target") == "chronology-table"
    )
    template = "chronology_table.html.j2" if partial else "chronology.html.j2"
    return render(
        request,
        template,
        {"data": data, "form": form, "ref": ref, "around": around},
        status=422 if form.errors and not partial else 200,
    )


@router.get(
    "/reviews/{ref}/chronology/export.{fmt}",
    # Before the filter is read: a refused user learns nothing about what they sent.
    dependencies=[require_permission(Permission.CHRONOLOGY_EXPORT)],
)
def chronology_export(
    db: Db,
    viewer: ViewerDep,
    ref: str,
    fmt: str,
    form: StrictFilterQuery,
) -> Response:
    if fmt not in EXPORTERS or fmt not in MEDIA:
        raise NotFound("There is no such export format; choose XLSX, CSV or HTML")
    anonymised = not shows_names(viewer, form.anonymised)
    # The viewer's right to this review is checked by the same service the page uses.
    chronology_page(db, ref=ref, viewer=viewer, per_page=1, anonymised=anonymised)
    with tempfile.TemporaryDirectory(prefix="casereview-export-") as folder:
        out = Path(folder) / f"chronology-{ref}{'-anonymised' if anonymised else ''}.{fmt}"
        export_review_chronology(
            db,
            ref=ref,
            fmt=fmt,
            out=out,
            actor=viewer.username,
            where=form.where if form.active else None,
            filters_text=", ".join(f"{k} {v}" for k, v in form.filter_query()),
            anonymised=anonymised,
        )
        content = out.read_bytes()
    return Response(
        content,
        media_type=MEDIA[fmt],
        headers={"content-disposition": f'attachment; filename="{out.name}"'},
    )
