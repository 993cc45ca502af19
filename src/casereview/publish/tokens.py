"""Word tokens with their place in the original text, folded for matching.

Redaction and the leak check must agree on what counts as the same word, so both use this
one tokeniser: runs of letters or of digits, case folded, accents stripped ("Zoë" = "zoe"),
zero-width characters ignored. Offsets always point into the original text so that a
replacement or a leak location is exact.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["LINE_HYPHEN", "Token", "fold", "is_sentence_start", "tokenize"]

#: A hyphen ending a line, with the line break after it: a word broken across two lines
#: ("Shan-\nnon", "Hope-\nfully"). A regular-expression fragment for the readers to build on.
LINE_HYPHEN = r"-[ \t]*\r?\n[ \t]*"

# A word is letters, a number digits: "14:05Kayleigh", "Kayleigh07" and "M1" hold a name or
# a word apart from the number run into it. An ordinal keeps its ending ("14th").
# Other number characters are neither: superscript and subscript digits (a footnote marker:
# "Callum¹"), fractions, Roman numerals, and circled or parenthesised numbers ("②Callum").
# Chinese, Japanese and Korean script is written without spaces: a run of it is a word of its
# own, so a name written straight after it ("他叫Callum") is a word too.
_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
_LETTER = (
    r"[^\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f"
    rf"\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf{_CJK}]"
)
_WORD = re.compile(
    r"\d+(?:st|nd|rd|th)(?![^\W\d_])|\d+"
    rf"|{_LETTER}+(?:[\u200b\u200c\u200d\u2060\ufeff]+{_LETTER}+)*"
    rf"|[{_CJK}]+",
    re.IGNORECASE,
)
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Fold a word for comparison: no accents, no invisible characters, case folded."""
    word = _INVISIBLE.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its folded form and its span in the original text."""

    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens (runs of letters and digits)."""
    return [Token(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


_TERMINATORS = frozenset(".!?:;\"“”‘'(•*#|>-–—")


def is_sentence_start(text: str, start: int, *, lines_are_items: bool = False) -> bool:
    """True where a word opens a sentence, a line item, a heading or a quotation.

    A capital letter there says nothing about whether the word is a name. With
    `lines_are_items` every line start counts (text extracted from a PDF or a table, where a
    line break may be a cell edge rather than a wrapped sentence).
    """
    i = start - 1
    saw_newlines = 0
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            saw_newlines += 1
        i -= 1
    if i < 0 or saw_newlines >= 2 or (saw_newlines and lines_are_items):
        return True
    if text[i] in "'’" and i > 0 and text[i - 1].isalpha():
        return False  # a letter left out ("Me an' Hope"), no quotation mark
    if text[i] in "-–—" and i == start - 1 and i > 0 and text[i - 1].isalnum():
        return False  # a dash joining two words opens nothing: "the mother–Hope relationship"
    if text[i] in _TERMINATORS:
        # An arrow ("mother->Mark", "=>") points at the word; it opens nothing.
        return not (text[i] == ">" and i > 0 and text[i - 1] in "-=")
    if saw_newlines == 1:
        # A new line after a line that did not end a sentence is usually a wrapped line,
        # except in tables and lists where every line is its own item.
        line_start = text.rfind("\n", 0, i) + 1
        line = text[line_start : i + 1].lstrip()
        return bool(line[:1] in {"-", "*", "•", "|", "#"} or line[:1].isdigit())
    return False
