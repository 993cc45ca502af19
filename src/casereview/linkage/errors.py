"""Errors raised by the linkage stage.

Messages say what went wrong, where, and how to fix it. They never quote personal values
(names, dates of birth, NHS numbers, addresses): only column names, record identifiers chosen
by the agencies, and counts.
"""

from __future__ import annotations

__all__ = ["BackendUnavailableError", "LinkageError", "LinkageInputError"]


class LinkageError(Exception):
    """Base class of every error raised by casereview.linkage."""


class LinkageInputError(LinkageError):
    """The person records handed to the linkage engine are not usable as they are."""


class BackendUnavailableError(LinkageError):
    """The requested execution backend (e.g. Spark) is not installed on this machine."""
