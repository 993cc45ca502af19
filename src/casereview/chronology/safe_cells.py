"""Neutralise spreadsheet formula injection in exported text.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
spreadsheet programs strip before evaluating) may run as a formula when a CSV is opened in a
spreadsheet. Such text gets a leading apostrophe, the OWASP recommendation, so it shows as
typed and never executes.
"""

from __future__ import annotations

__all__ = ["neutralise"]

_TRIGGERS = frozenset("=+-@\t\r")


def neutralise(text: str) -> str:
    if text[:1] in _TRIGGERS:
        return "'" + text
    return text
