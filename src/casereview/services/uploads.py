"""Returns uploaded through the web: import them, keep the report, give back an annotated copy.

The files go through exactly the same `import_return` as the command line. The upload keeps
the files and the list of problems (which never quotes a cell's value) so that the report and
the annotated copy can be fetched later by whoever may see that agency's return; uploads are
deleted after the retention period.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from casereview.errors import ConfigurationError, InvalidInput, NotFound, ValidationFailed
from casereview.ingest.annotate import annotate_return
from casereview.ingest.issues import Issue, Severity
from casereview.ingest.mapping import Mapping, load_mapping
from casereview.model.roles import Permission
from casereview.services.access import Forbidden, Viewer, check_agency
from casereview.services.imports import ImportRequest, import_return
from casereview.store.audit import utcnow
from casereview.store.database import Database
from casereview.store.queries import review_header
from casereview.store.tables import Agency
from casereview.store.web_tables import WebUpload, WebUploadFile

__all__ = [
    "ROLES",
    "UploadReport",
    "UploadedFile",
    "annotated_copy",
    "check_uploader",
    "get_upload",
    "submit_return",
]

ROLES = ("workbook", "people", "events", "mapping")
_SUFFIXES = {
    "workbook": (".xlsx", ".xlsm"),
    "people": (".csv",),
    "events": (".csv",),
    "mapping": (".yaml", ".yml"),
}


@dataclass(frozen=True)
class UploadedFile:
    role: str  # workbook | people | events | mapping
    name: str
    content: bytes


@dataclass(frozen=True)
class UploadReport:
    token: str
    review_ref: str
    agency_id: int
    agency: str
    outcome: str  # imported | replaced | unchanged | rejected
    version: int | None
    issues: tuple[Issue, ...]
    file_names: tuple[str, ...]
    people: int = 0
    events: int = 0

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)


def _issue_dict(issue: Issue) -> dict[str, Any]:
    return {
        "severity": str(issue.severity),
        "code": issue.code,
        "message": issue.message,
        "file": issue.file,
        "sheet": issue.sheet,
        "row": issue.row,
        "column": issue.column,
    }


def _issue(data: dict[str, Any]) -> Issue:
    return Issue(
        Severity(data["severity"]),
        str(data["code"]),
        str(data["message"]),
        str(data["file"]),
        data.get("sheet"),
        data.get("row"),
        data.get("column"),
    )


def _safe_name(name: str, role: str) -> str:
    base = PurePath(name.replace("\\", "/")).name.strip() or f"{role}{_SUFFIXES[role][0]}"
    if not base.lower().endswith(_SUFFIXES[role]):
        raise InvalidInput(
            f"The {role} file must end in {' or '.join(_SUFFIXES[role])}; "
            f"choose the right file and upload it again"
        )
    return base[:200]


def _check_files(files: list[UploadedFile], max_bytes: int) -> list[UploadedFile]:
    chosen = [f for f in files if f.content or f.name]
    roles = [f.role for f in chosen]
    if any(r not in ROLES for r in roles) or len(set(roles)) != len(roles):
        raise InvalidInput("Upload one file per box")
    if "workbook" not in roles and "people" not in roles:
        raise InvalidInput(
            "Choose the return to upload: a workbook (.xlsx), or a people CSV file "
            "and an events CSV file"
        )
    if "workbook" in roles and ("people" in roles or "events" in roles):
        raise InvalidInput("Upload either a workbook or CSV files, not both")
    if "events" in roles and "people" not in roles:
        raise InvalidInput("An events CSV file needs its people CSV file too")
    checked = []
    for f in chosen:
        if not f.content:
            raise InvalidInput(f"The {f.role} file is empty; choose the file again")
        if len(f.content) > max_bytes:
            raise InvalidInput(
                f"The {f.role} file is larger than {max_bytes // (1024 * 1024)} MB; "
                "split the return or ask your coordinator to import it"
            )
        checked.append(UploadedFile(f.role, _safe_name(f.name, f.role), f.content))
    return checked


def _check_uploader(conn: Connection, viewer: Viewer, ref: str, agency_id: int) -> None:
    check_agency(conn, viewer, ref, agency_id)
    if not (viewer.can(Permission.RETURNS_UPLOAD_ALL) or viewer.can(Permission.RETURNS_UPLOAD_OWN)):
        raise Forbidden()


def check_uploader(db: Database, *, ref: str, agency_id: int, viewer: Viewer) -> None:
    """Refuse a viewer who may not upload this agency's return (before its body is read)."""
    with db.engine.connect() as conn:
        _check_uploader(conn, viewer, ref, agency_id)


def submit_return(
    db: Database,
    *,
    ref: str,
    agency_id: int,
    files: list[UploadedFile],
    viewer: Viewer,
    max_bytes: int = 50 * 1024 * 1024,
    retention_hours: int = 72,
) -> UploadReport:
    """Import an uploaded return for one agency of a review and keep its report.

    Raises InvalidInput for a request that cannot be tried (no file, wrong kind of file);
    a return with errors is not an exception here: it is a report with outcome `rejected`.
    """
    with db.engine.connect() as conn:
        _check_uploader(conn, viewer, ref, agency_id)
        review = review_header(conn, ref)
        agency = conn.execute(
            select(Agency.name).where(Agency.id == agency_id, Agency.review_id == review.id)
        ).scalar()
    if agency is None:
        raise NotFound(f"There is no such agency in review {ref}")
    checked = _check_files(files, max_bytes)
    issues: list[Issue] = []
    outcome, version, people, events = "rejected", None, 0, 0
    with tempfile.TemporaryDirectory(prefix="casereview-upload-") as folder:
        paths: dict[str, Path] = {}
        for f in checked:
            path = Path(folder) / f.role / f.name
            path.parent.mkdir()
            path.write_bytes(f.content)
            paths[f.role] = path
        request = ImportRequest(
            review_ref=ref,
            agency=agency,
            actor=viewer.username,
            workbook=paths.get("workbook"),
            people=paths.get("people"),
            events=paths.get("events"),
            mapping=paths.get("mapping"),
        )
        try:
            result = import_return(db, request)
        except ValidationFailed as failure:
            issues = [i for i in failure.issues if isinstance(i, Issue)]
        except (InvalidInput, ConfigurationError) as problem:
            # A file that cannot be read at all (not a workbook, empty, damaged, bad mapping).
            name = checked[0].name
            issues = [Issue(Severity.ERROR, "unreadable", problem.message, name)]
        else:
            outcome, version = result.status, result.version
            people, events = result.people, result.events
            issues = list(result.issues.issues)
    token = secrets.token_urlsafe(24)
    now = utcnow()
    with db.engine.begin() as conn:
        conn.execute(
            delete(WebUpload).where(WebUpload.uploaded_at < now - timedelta(hours=retention_hours))
        )
        upload_id = conn.execute(
            insert(WebUpload)
            .values(
                token=token,
                review_id=review.id,
                agency_id=agency_id,
                uploaded_by=viewer.username,
                uploaded_at=now,
                outcome=outcome,
                version=version,
                errors=sum(1 for i in issues if i.severity is Severity.ERROR),
                warnings=sum(1 for i in issues if i.severity is Severity.WARNING),
                people=people,
                events=events,
                issues=[_issue_dict(i) for i in issues],
            )
            .returning(WebUpload.id)
        ).scalar_one()
        for f in checked:
            conn.execute(
                insert(WebUploadFile).values(
                    upload_id=upload_id, role=f.role, file_name=f.name, content=f.content
                )
            )
    return UploadReport(
        token=token,
        review_ref=ref,
        agency_id=agency_id,
        agency=agency,
        outcome=outcome,
        version=version,
        issues=tuple(issues),
        file_names=tuple(f.name for f in checked),
        people=people,
        events=events,
    )


def _load(db: Database, ref: str, token: str, viewer: Viewer) -> tuple[Any, list[Any]]:
    with db.engine.connect() as conn:
        review = review_header(conn, ref)
        upload = conn.execute(
            select(
                WebUpload.id,
                WebUpload.agency_id,
                WebUpload.outcome,
                WebUpload.version,
                WebUpload.issues,
                WebUpload.people,
                WebUpload.events,
                Agency.name.label("agency"),
            )
            .join(Agency, Agency.id == WebUpload.agency_id)
            .where(WebUpload.token == token, WebUpload.review_id == review.id)
        ).first()
        if upload is None:
            # Checked after the review so that a contributor learns nothing from a wrong token.
            if not viewer.can(Permission.RETURNS_READ_ALL):
                raise Forbidden()
            raise NotFound(
                "This upload report has expired or does not exist; upload the file again"
            )
        check_agency(conn, viewer, ref, upload.agency_id)
        files = conn.execute(
            select(WebUploadFile.role, WebUploadFile.file_name, WebUploadFile.content)
            .where(WebUploadFile.upload_id == upload.id)
            .order_by(WebUploadFile.id)
        ).all()
    return upload, list(files)


def get_upload(db: Database, *, ref: str, token: str, viewer: Viewer) -> UploadReport:
    upload, files = _load(db, ref, token, viewer)
    return UploadReport(
        token=token,
        review_ref=ref,
        agency_id=upload.agency_id,
        agency=upload.agency,
        outcome=upload.outcome,
        version=upload.version,
        issues=tuple(_issue(d) for d in upload.issues),
        file_names=tuple(f.file_name for f in files),
        people=upload.people,
        events=upload.events,
    )


def annotated_copy(db: Database, *, ref: str, token: str, viewer: Viewer) -> tuple[str, bytes]:
    """(file name, .xlsx bytes) of the uploaded return with every problem cell marked."""
    upload, files = _load(db, ref, token, viewer)
    issues = [_issue(d) for d in upload.issues]
    mapping = Mapping()
    with tempfile.TemporaryDirectory(prefix="casereview-annotate-") as folder:
        for f in files:
            if f.role == "mapping":
                path = Path(folder) / "mapping" / f.file_name
                path.parent.mkdir()
                path.write_bytes(f.content)
                try:
                    mapping = load_mapping(path)
                except Exception:  # a broken mapping is already among the issues
                    mapping = Mapping()
        out = Path(folder) / "annotated.xlsx"
        annotate_return([(f.role, f.file_name, f.content) for f in files], issues, out, mapping)
        content = out.read_bytes()
    main = next((f.file_name for f in files if f.role in ("workbook", "people")), "return")
    stem = PurePath(main).stem
    return f"{stem}-annotated.xlsx", content
