"""One error hierarchy for casereview.

Every error says what went wrong, where, and how to fix it, without ever quoting a personal
value (a name, a date of birth, an NHS number, note text). The CLI and the web map these to
exit codes and HTTP responses in one place.
"""

from __future__ import annotations

__all__ = [
    "CaseReviewError",
    "ConfigurationError",
    "InvalidInput",
    "NotFound",
    "ValidationFailed",
]


class CaseReviewError(Exception):
    """Base of every error a user can cause; carries an exit code and an HTTP status."""

    exit_code = 1
    http_status = 400
    title = "Something went wrong"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(CaseReviewError):
    """An argument or value given by the user cannot be used."""

    exit_code = 2
    http_status = 422
    title = "There is a problem"


class NotFound(CaseReviewError):
    """A review, return, person or other record does not exist."""

    exit_code = 3
    http_status = 404
    title = "Not found"


class ConfigurationError(CaseReviewError):
    """A setting, mapping file or rule file is not usable."""

    exit_code = 2
    http_status = 500
    title = "Configuration problem"


class ValidationFailed(CaseReviewError):
    """A return has errors: nothing was imported. `issues` lists every problem found."""

    exit_code = 2
    http_status = 422
    title = "The return has errors"

    def __init__(self, message: str, issues: list[object]) -> None:
        super().__init__(message)
        self.issues = issues
