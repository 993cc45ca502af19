"""Uploading an agency's return, its validation report, the annotated copy, the return itself."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from casereview.errors import InvalidInput
from casereview.model.roles import Permission
from casereview.services.access import Forbidden, record_view
from casereview.services.review_pages import (
    AgencyStatus,
    ReviewOverview,
    return_detail,
    review_overview,
)
from casereview.services.uploads import (
    ROLES,
    UploadedFile,
    annotated_copy,
    check_uploader,
    get_upload,
    submit_return,
)
from casereview.web.deps import Db, Settings, ViewerDep, permission_before_body
from casereview.web.rendering import render
from casereview.web.upload_form import read_upload_form

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _agency_status(
    db: Db, viewer: ViewerDep, ref: str, agency_id: int
) -> tuple[ReviewOverview, AgencyStatus]:
    overview = review_overview(db, ref=ref, viewer=viewer)
    for agency in overview.agencies:
        if agency.id == agency_id:
            return overview, agency
    raise Forbidden()


@router.get("/reviews/{ref}/agencies/{agency_id}/upload")
def upload_page(request: Request, db: Db, viewer: ViewerDep, ref: str, agency_id: int) -> Response:
    if not (viewer.can(Permission.RETURNS_UPLOAD_ALL) or viewer.can(Permission.RETURNS_UPLOAD_OWN)):
        raise Forbidden()
    overview, agency = _agency_status(db, viewer, ref, agency_id)
    return render(request, "upload.html.j2", {"review": overview, "agency": agency, "errors": {}})


async def _read_files(request: Request, limit: int) -> list[UploadedFile]:
    form = await read_upload_form(request, max_bytes=limit, max_files=len(ROLES))
    try:
        files = []
        for role in ROLES:
            upload = form.get(role)
            if isinstance(upload, UploadFile) and upload.filename:
                files.append(UploadedFile(role, upload.filename, await upload.read(limit + 1)))
        return files
    finally:
        await form.close()


@router.post("/reviews/{ref}/agencies/{agency_id}/upload")
@permission_before_body
async def upload_return(
    request: Request, db: Db, settings: Settings, viewer: ViewerDep, ref: str, agency_id: int
) -> Response:
    await run_in_threadpool(lambda: check_uploader(db, ref=ref, agency_id=agency_id, viewer=viewer))
    limit = settings.upload_max_mb * 1024 * 1024
    files = await _read_files(request, limit)
    try:
        report = await run_in_threadpool(
            lambda: submit_return(
                db,
                ref=ref,
                agency_id=agency_id,
                files=files,
                viewer=viewer,
                max_bytes=limit,
                retention_hours=settings.upload_retention_hours,
            )
        )
    except InvalidInput as problem:
        overview, agency = await run_in_threadpool(
            lambda: _agency_status(db, viewer, ref, agency_id)
        )
        return render(
            request,
            "upload.html.j2",
            {"review": overview, "agency": agency, "errors": {"workbook": problem.message}},
            status=422,
        )
    return RedirectResponse(f"/reviews/{ref}/uploads/{report.token}", status_code=303)


@router.get("/reviews/{ref}/uploads/{token}")
def upload_report(request: Request, db: Db, viewer: ViewerDep, ref: str, token: str) -> Response:
    report = get_upload(db, ref=ref, token=token, viewer=viewer)
    status = 422 if report.outcome == "rejected" else 200
    return render(request, "upload_report.html.j2", {"report": report}, status=status)


@router.get("/reviews/{ref}/uploads/{token}/annotated.xlsx")
def upload_annotated(db: Db, viewer: ViewerDep, ref: str, token: str) -> Response:
    name, content = annotated_copy(db, ref=ref, token=token, viewer=viewer)
    record_view(
        db, viewer=viewer, page="annotated_return", review_ref=ref, detail={"upload": token[:8]}
    )
    return Response(
        content,
        media_type=XLSX,
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.get("/reviews/{ref}/agencies/{agency_id}")
def return_page(request: Request, db: Db, viewer: ViewerDep, ref: str, agency_id: int) -> Response:
    detail = return_detail(db, ref=ref, agency_id=agency_id, viewer=viewer)
    record_view(
        db,
        viewer=viewer,
        page="return",
        review_ref=ref,
        detail={"agency": detail.agency.name, "events_shown": len(detail.events)},
    )
    return render(request, "return.html.j2", {"detail": detail})
