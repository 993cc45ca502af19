"""Reading an upload's multipart body only after the route has checked the viewer.

A route marked `@permission_before_body` (deps.py) has no `File()` parameters, so neither
FastAPI nor `csrf_protect` parses its body; it checks the viewer's permission, then calls
`read_upload_form`, which refuses a body larger than the limit while it streams (before
parsing it all) and checks the session's CSRF token like every other form.
"""

from __future__ import annotations

import secrets

from fastapi import Request
from starlette.datastructures import FormData
from starlette.types import Message, Receive

from casereview.errors import CaseReviewError
from casereview.web.deps import CsrfFailed

__all__ = ["UploadTooLarge", "read_upload_form"]

#: Room for the form's other fields and the multipart boundaries around the file.
FORM_OVERHEAD = 64 * 1024


class UploadTooLarge(CaseReviewError):
    http_status = 413
    title = "File too large"

    def __init__(self, max_bytes: int) -> None:
        super().__init__(
            f"The file is larger than {max_bytes // (1024 * 1024)} MB; upload a smaller file."
        )


def _limited(receive: Receive, max_bytes: int) -> Receive:
    seen = 0

    async def read() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > max_bytes + FORM_OVERHEAD:
                raise UploadTooLarge(max_bytes)
        return message

    return read


async def read_upload_form(request: Request, *, max_bytes: int, max_files: int = 1) -> FormData:
    """The form of an upload of at most `max_bytes` per file, its CSRF token checked.

    The caller closes it (`await form.close()`) when done with its files."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        # Any other form was read, and its token checked, by csrf_protect: small fields only.
        return await request.form(max_files=0, max_fields=50)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + FORM_OVERHEAD:
        raise UploadTooLarge(max_bytes)
    limited = Request(request.scope, _limited(request.receive, max_bytes))
    form = await limited.form(max_files=max_files, max_fields=50)
    sent = request.headers.get("x-csrf-token") or form.get("csrf_token")
    expected = request.session.get("csrf")
    if (
        not isinstance(expected, str)
        or not isinstance(sent, str)
        or not sent
        or not secrets.compare_digest(expected, sent)
    ):
        await form.close()
        raise CsrfFailed()
    return form
