"""Errors of the review package, in the project's one error hierarchy.

Every message says what is wrong, where, and how to fix it, and never contains personal values
(the review reference and stage names are not personal data). User mistakes are `InvalidInput`
(exit 2); a broken timescales file is a `ConfigurationError`.
"""

from __future__ import annotations

from casereview.errors import ConfigurationError, InvalidInput

__all__ = [
    "InvalidHistoryError",
    "InvalidTransitionError",
    "ReviewError",
    "ReviewInputError",
    "TimescaleFileError",
]


class ReviewError(InvalidInput):
    """Base of every error raised by the review lifecycle, clock and action logs."""


class InvalidTransitionError(ReviewError):
    """A stage change that the transition table of the review type does not allow."""

    title = "Stage change not allowed"


class InvalidHistoryError(ReviewError):
    """A recorded stage history that is out of order, out of time or starts wrongly."""

    title = "Stage history not valid"


class ReviewInputError(ReviewError):
    """A fact about a review (a date, a kind, a status) that cannot be right."""


class TimescaleFileError(ConfigurationError, ReviewError):
    """The dated timescale parameters file is missing, malformed or contradictory."""
