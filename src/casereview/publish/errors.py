"""Errors of the publish stage.

Messages say what went wrong, where (file, page, cell, field) and how to fix it, and never
quote a personal value: they may end up in a log.
"""

from __future__ import annotations

__all__ = ["ExtractionError", "PublishError", "RenderError"]


class PublishError(Exception):
    """Base of the publish stage's errors (re-parented onto CaseReviewError on integration)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ExtractionError(PublishError):
    """A file given to the leak check cannot be read as the format its name says."""

    exit_code = 2


class RenderError(PublishError):
    """A report could not be rendered in the asked format."""

    exit_code = 2
