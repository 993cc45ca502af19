"""Text whose UTF-8 was read as Windows-1252 ("mojibake"), read as it was written.

An agency's export that went through the wrong encoding writes "Zoë" as "ZoÃ«", a quotation
mark as "â€˜" and a no-break space as "Â ". A name written so is no name word: the
nineteenth unseen sentence set leaked 189 names beside such quotation marks. `repair` puts
each such run back to the character it stood for, padded in front with zero-width spaces to
the same length, so that every offset found in the repaired text is the offset in the
original: "ZoÃ«" reads as "Zo", a zero-width space and "ë" (the tokeniser joins a word across
zero-width spaces and folds them away).
Only runs that decode as strict UTF-8 are touched, so "£5", "São" or "Âge" stay as written.
"""

from __future__ import annotations

import re

__all__ = ["repair", "starts_at"]

# What bytes 0x80-0xBF (a UTF-8 continuation byte) look like when read as Windows-1252, or as
# Latin-1 where Windows-1252 has no character.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# A lead byte of a two-byte (0xC2-0xDF) or three-byte (0xE0-0xEF) sequence, and its
# continuation bytes.
_RUN = re.compile(rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")
_LEADS = frozenset(chr(c) for c in range(0xC2, 0xF0))


def _byte(c: str) -> int | None:
    try:
        return c.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(c) if ord(c) < 0x100 else None


def _fix(m: re.Match[str]) -> str:
    run = m.group()
    raw = [_byte(c) for c in run]
    if any(b is None for b in raw):
        return run
    try:
        decoded = bytes(b for b in raw if b is not None).decode("utf-8")
    except UnicodeDecodeError:
        return run
    if len(decoded) != 1:
        return run
    return "\u200b" * (len(run) - 1) + decoded


def repair(text: str) -> str:
    """The text with mojibake runs read back, the same length, every offset unchanged."""
    if text.isascii() or not any(c in _LEADS for c in text):
        return text
    return _RUN.sub(_fix, text)


def starts_at(text: str, at: int) -> bool:
    """A mojibake run starts at `at` ("â" of "â€™"): no letter of a word before it."""
    m = _RUN.match(text, at)
    return m is not None and _fix(m) != m.group()
