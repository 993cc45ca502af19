"""One occurrence of an identifier of the review in a text: what every reader returns."""

from __future__ import annotations

from dataclasses import dataclass

from casereview.publish.identity import Identifier

__all__ = ["Hit"]


@dataclass(frozen=True)
class Hit:
    """One occurrence: its span in the text and the identifier it is a form of.

    `certain` is False for a name that is also an ordinary word where the context could not
    tell (kept in the text, listed for a person to check).
    """

    start: int
    end: int
    identifier: Identifier
    certain: bool = True
    weak: bool = False  # redacted on a weak signal ("Hope was"): a person should check
