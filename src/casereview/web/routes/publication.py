"""Publishing the review anonymised (issue 7): the page, its actions, the files, the status API.

Thin: check, parse, call services/publication_actions.py or publication_pages.py, render.
The narrative upload checks the viewer before its body is read (`permission_before_body`).
"""

from __future__ import annotations

import mimetypes
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from casereview.model.roles import Permission
from casereview.services import publication_actions as actions
from casereview.services.access import Viewer, record_view
from casereview.services.publication_actions import PublicationRefused, RenderSummary
from casereview.services.publication_pages import (
    latest_rendering,
    publication_file,
    publication_page,
)
from casereview.store.database import Database
from casereview.web.deps import (
    Db,
    Settings,
    ViewerDep,
    permission_before_body,
    require_permission,
)
from casereview.web.rendering import flash, render
from casereview.web.routes.api import ERRORS
from casereview.web.upload_form import read_upload_form

__all__ = ["api_router", "router"]

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])
MANAGE = [require_permission(Permission.PUBLICATION_MANAGE)]
FORMAT_LABELS = {"html": "HTML (web page)", "docx": "Word (.docx)", "pdf": "PDF"}


def _data_dir(request: Request) -> Path:
    return Path(request.app.state.settings.data_dir)


def _page(
    request: Request,
    db: Database,
    viewer: Viewer,
    ref: str,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    page = publication_page(db, ref=ref, viewer=viewer, data_dir=_data_dir(request))
    record_view(
        db,
        viewer=viewer,
        page="publication",
        review_ref=ref,
        detail={"words_to_check": len(page.words), "glossary": len(page.glossary)},
    )
    context = {
        "page": page,
        "errors": errors or {},
        "values": values or {},
        "format_labels": FORMAT_LABELS,
        "today": date.today(),
    }
    return render(request, "publication.html.j2", context, status=status)


def _back(ref: str) -> Response:
    return RedirectResponse(f"/reviews/{ref}/publication", status_code=303)


@router.get("/reviews/{ref}/publication")
def publication(request: Request, db: Db, viewer: ViewerDep, ref: str) -> Response:
    return _page(request, db, viewer, ref)


def _rendered_message(summary: RenderSummary) -> tuple[str, str]:
    words = f"{summary.flagged} word{'s' * (summary.flagged != 1)} to check"
    if summary.clean:
        return (
            f"Rendered {summary.files} files and leak-checked them: no identifier found; {words}.",
            "success",
        )
    more = summary.leak_count - len(summary.leaks)
    where = "; ".join(summary.leaks) + (f"; and {more} more" if more > 0 else "")
    return (
        f"Not publishable: the leak check found {summary.leak_count} identifier"
        f"{'s' * (summary.leak_count != 1)} ({where}). Fix the narrative or the glossary "
        "and render the report again.",
        "error",
    )


@router.post("/reviews/{ref}/publication/render")
@permission_before_body
async def render_report(
    request: Request, db: Db, settings: Settings, viewer: ViewerDep, ref: str
) -> Response:
    await run_in_threadpool(actions.check_manager, db, ref=ref, viewer=viewer)
    limit = settings.upload_max_mb * 1024 * 1024
    form = await read_upload_form(request, max_bytes=limit)
    try:
        upload = form.get("narrative")
        content = None
        if isinstance(upload, UploadFile) and upload.filename:
            content = await upload.read(limit + 1)
        formats = [str(f) for f in form.getlist("formats")]
    finally:
        await form.close()
    try:
        summary = await run_in_threadpool(
            lambda: actions.render_report(
                db,
                ref=ref,
                viewer=viewer,
                data_dir=Path(settings.data_dir),
                narrative=content,
                formats=formats,
                max_bytes=limit,
            )
        )
    except PublicationRefused as problem:
        errors = {problem.field: problem.message}
        return await run_in_threadpool(lambda: _page(request, db, viewer, ref, errors, status=422))
    flash(request, *_rendered_message(summary))
    return _back(ref)


@router.post("/reviews/{ref}/publication/keep", dependencies=MANAGE)
def keep_word(
    request: Request, db: Db, viewer: ViewerDep, ref: str, phrase: Annotated[str, Form()] = ""
) -> Response:
    try:
        actions.keep(db, ref=ref, viewer=viewer, phrase=phrase)
    except PublicationRefused as problem:
        return _page(request, db, viewer, ref, {"words": problem.message}, status=422)
    flash(request, "Kept as the ordinary word there. Render the report again to apply it.")
    return _back(ref)


@router.post("/reviews/{ref}/publication/unkeep", dependencies=MANAGE)
def unkeep_word(
    request: Request, db: Db, viewer: ViewerDep, ref: str, phrase: Annotated[str, Form()] = ""
) -> Response:
    try:
        actions.unkeep(db, ref=ref, viewer=viewer, phrase=phrase)
    except PublicationRefused as problem:
        return _page(request, db, viewer, ref, {"kept": problem.message}, status=422)
    flash(request, "No longer kept. Render the report again to apply it.")
    return _back(ref)


@router.post("/reviews/{ref}/publication/glossary", dependencies=MANAGE)
def relabel(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    owner: Annotated[str, Form()] = "",
    label: Annotated[str, Form()] = "",
) -> Response:
    try:
        actions.relabel(db, ref=ref, viewer=viewer, owner=owner, label=label)
    except PublicationRefused as problem:
        return _page(request, db, viewer, ref, {"glossary": problem.message}, status=422)
    flash(request, "Label changed. Render the report again to apply it.")
    return _back(ref)


@router.post("/reviews/{ref}/publication/sign-off", dependencies=MANAGE)
def sign_off(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    full_name: Annotated[str, Form()] = "",
    checked: Annotated[str, Form()] = "",
    rendering: Annotated[str, Form()] = "",
) -> Response:
    try:
        count = actions.sign_off_latest(
            db,
            ref=ref,
            viewer=viewer,
            data_dir=_data_dir(request),
            full_name=full_name,
            checked=checked == "yes",
            rendering=int(rendering) if rendering.isdigit() else None,
        )
    except PublicationRefused as problem:
        values = {"full_name": full_name}
        return _page(request, db, viewer, ref, {problem.field: problem.message}, values, 422)
    flash(request, f"Signed off: {count} word{'s' * (count != 1)} checked.")
    return _back(ref)


@router.post("/reviews/{ref}/publication/published", dependencies=MANAGE)
def mark_published(
    request: Request,
    db: Db,
    viewer: ViewerDep,
    ref: str,
    published_on: Annotated[str, Form()] = "",
    where: Annotated[str, Form()] = "",
    notices_on: Annotated[str, Form()] = "",
    retain_until: Annotated[str, Form()] = "",
) -> Response:
    try:
        until = actions.publish_latest(
            db,
            ref=ref,
            viewer=viewer,
            data_dir=_data_dir(request),
            published_on=published_on,
            where=where,
            notices_on=notices_on,
            retain_until=retain_until,
        )
    except PublicationRefused as problem:
        values = {
            "published_on": published_on,
            "where": where,
            "notices_on": notices_on,
            "retain_until": retain_until,
        }
        return _page(request, db, viewer, ref, {problem.field: problem.message}, values, 422)
    flash(request, f"Recorded as published. Keep it online until {until:%d/%m/%Y}.")
    return _back(ref)


@router.get("/reviews/{ref}/publication/{publication_id}/files/{name}")
def download(
    request: Request, db: Db, viewer: ViewerDep, ref: str, publication_id: int, name: str
) -> Response:
    path = publication_file(
        db,
        ref=ref,
        viewer=viewer,
        data_dir=_data_dir(request),
        publication_id=publication_id,
        name=name,
    )
    record_view(
        db,
        viewer=viewer,
        page="publication_file",
        review_ref=ref,
        detail={"publication": publication_id, "file": path.name},
    )
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)


class PublicationStatus(BaseModel):
    ref: str
    rendered: bool
    rendering: int | None = None  # its number: what a sign-off names
    rendered_at: datetime | None = None
    files: list[str] = []
    leak_clean: bool | None = None
    leaks: int | None = None
    flagged_words: int | None = None
    changed_since_rendering: bool = False
    signed_off_by: str | None = None
    signed_off_at: datetime | None = None
    published_on: date | None = None
    published_where: str | None = None
    retention_until: date | None = None
    notices: list[str] = []


@api_router.get("/reviews/{ref}/publication", responses=ERRORS)
def publication_status(request: Request, db: Db, viewer: ViewerDep, ref: str) -> PublicationStatus:
    """Where the anonymised report stands: latest rendering, leak check, sign-off,
    publication (no personal value: panel members read it too)."""
    _, r = latest_rendering(db, ref=ref, viewer=viewer, data_dir=_data_dir(request))
    record_view(db, viewer=viewer, page="api.publication", review_ref=ref, detail={})
    if r is None:
        return PublicationStatus(ref=ref, rendered=False)
    return PublicationStatus(
        ref=ref,
        rendered=True,
        rendering=r.id,
        rendered_at=r.created_at,
        files=list(r.files),
        leak_clean=r.leak_clean,
        leaks=r.leaks,
        flagged_words=r.flagged,
        changed_since_rendering=bool(r.changed_since),
        signed_off_by=r.signed_off_by,
        signed_off_at=r.signed_off_at,
        published_on=r.published_on,
        published_where=r.published_where,
        retention_until=r.retention_until,
        notices=list(r.notices),
    )
