"""Errors of the note analysis.

Why a separate module: the rule engine and the CLI catch these to tell a user which rule data
file is wrong and how to fix it. Messages name the file and the key, never note text (which may
hold personal details).
"""

from __future__ import annotations

from casereview.errors import ConfigurationError

__all__ = ["NoteRulesError"]


class NoteRulesError(ConfigurationError):
    """A note-rule data file (concepts, body sites or ConText modifiers) is invalid."""
