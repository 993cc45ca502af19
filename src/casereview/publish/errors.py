"""Errors of the publish stage.

Messages say what went wrong, where (file, page, cell, field) and how to fix it, and never
quote a personal value: they may end up in a log.
"""

from __future__ import annotations

from casereview.errors import CaseReviewError

__all__ = ["ExtractionError", "PublishError", "RenderError"]


class PublishError(CaseReviewError):
    """Base of the publish stage's errors."""

    title = "Cannot publish"


class ExtractionError(PublishError):
    """A file given to the leak check cannot be read as the format its name says."""

    exit_code = 2
    http_status = 422
    title = "Cannot read the file"


class RenderError(PublishError):
    """A report could not be rendered in the asked format."""

    exit_code = 2
