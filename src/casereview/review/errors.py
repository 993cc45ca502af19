"""Errors of the review package.

Every message says what is wrong, where, and how to fix it, and never contains personal values
(the review reference and stage names are not personal data).
"""

from __future__ import annotations

__all__ = [
    "InvalidHistoryError",
    "InvalidTransitionError",
    "ReviewError",
    "ReviewInputError",
    "TimescaleFileError",
]


class ReviewError(Exception):
    """Base of every error raised by the review lifecycle, clock and action logs."""


class InvalidTransitionError(ReviewError):
    """A stage change that the transition table of the review type does not allow."""


class InvalidHistoryError(ReviewError):
    """A recorded stage history that is out of order, out of time or starts wrongly."""


class ReviewInputError(ReviewError):
    """A fact about a review (a date, a kind, a status) that cannot be right."""


class TimescaleFileError(ReviewError):
    """The dated timescale parameters file is missing, malformed or contradictory."""
