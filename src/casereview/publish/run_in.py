"""A second reading of the text: a name or postcode run into other text.

The finder reads words, so it finds a name run into other text only in the shapes it has
been taught ("Kayleighpls", "OFFICIAL-SENSITIVEKayleigh", "#justiceforKayleigh"), and every
unseen sentence set of the leak corpus brought a new shape. This reader knows no words.
Within each run of text between spaces it drops everything that is not a letter, and looks
for the case's distinctive names in the letters that are left: "kay-leigh", "K.a.y.l.e.i.g.h",
"kayleigh_okafor_2019.docx", "=?UTF-8?Q?Kayleigh?=", "Kayleighpls" alike. Postcodes are
looked for in the same way in the letters and digits ("EB37QTtel").

It looks for the case's one-word name forms of four letters or more. A distinctive name, one
that is no English word ("Kayleigh", "Okafor"), found inside one longer word is taken only
where the word is no known word or name, and the name starts at a capital inside it
("SENSITIVEKayleigh"), or starts or ends it and is a name as the records have it of five
letters or more ("Kayleighpls", "justiceforkayleigh"). So "Bryant" holds no "Ryan",
"Isabella" no "Ella" and "Bessemer" no "Bess". A name that is also a word ("Hope", "Marsh")
is left to the context rule wherever it stands alone; run into a word that is none
("Hopesmum", "GRACEEEE") it is redacted and listed (`_word_taken`).

Redaction and the leak check both run it beside the finder (finder.find_identifiers), so a
shape nobody has taught the finder is still redacted, and is still caught if it reaches an
output.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from casereview.publish.hits import Hit
from casereview.publish.identity import Identifier, IdentityList
from casereview.publish.lexicon import is_known_word
from casereview.publish.tokens import LINE_HYPHEN

__all__ = ["find_run_in"]

# Each reading keeps letters (and digits) and the spaces between runs of text, and drops the
# rest, and a hyphen ending a line with the line break after it ("Shan-\nnon").
_DROP_LETTERS = re.compile(rf"(?:{LINE_HYPHEN}|[^\w\s]|[\d_])+")
_DROP_ALNUM = re.compile(rf"(?:{LINE_HYPHEN}|[^\w\s]|_)+")


def _base_letter(c: str) -> str:
    """One character for one: the letter without its accent, in lower case."""
    low = c.lower()
    if len(low) != 1:
        return c
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isalpha() else low


@lru_cache(maxsize=4096)
def _fold_table(chars: frozenset[str]) -> dict[int, str]:
    return {ord(c): _base_letter(c) for c in chars}


def lower_unaccented(text: str) -> str:
    """The text in lower case without accents, one character for each of the text's."""
    if text.isascii():
        return text.lower()
    return text.translate(_fold_table(frozenset(text)))


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of letters that holds text[start:end]."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _taken(text: str, start: int, end: int, ident: Identifier) -> bool:
    """Is the name spelt by text[start:end] a name there, not a piece of a longer word?"""
    if not text[start:end].isalpha():
        return True  # its letters run across a dot, a hyphen, a digit ("Kay-leigh")
    word_start, word_end = _word_around(text, start, end)
    if (word_start, word_end) == (start, end):
        return True  # the whole word
    if is_known_word(lower_unaccented(text[word_start:word_end])):
        return False  # "Isabella" for "Ella", "Bryant" for "Ryan", an English word
    if start > word_start and text[start].isupper():
        return True  # a capital inside the word starts it ("SENSITIVEKayleigh")
    # At the word's start or end ("Kayleighpls", "justiceforkayleigh"): a name as the records
    # have it, of five letters or more; a short one or a nickname from the data set is too
    # often the start of another word ("Bess" of "Bessemer").
    at_edge = start == word_start or end == word_end
    return at_edge and end - start >= 5 and ident.kind != "nickname"


def _word_taken(text: str, start: int, end: int, ident: Identifier) -> bool:
    """A name that is also a word ("Hope"), run into a longer word that is none: from a
    capital inside it ("theMarshfamily"), or at its start or end as the records have it
    ("Hopesmum", "GRACEEEE", "justiceforhope"), unless what is left is a word or an ending
    that makes a compound or a derived word ("Summerhouse", "Woodchip", "Deanery"), or a
    capitalised word goes on for five letters or more ("Frankenstein"). Where
    it stands alone, even between dots or slashes, the context rule reads it (context.py)."""
    if not text[start:end].isalpha() or ident.kind == "nickname":
        return False
    word_start, word_end = _word_around(text, start, end)
    if (word_start, word_end) == (start, end):
        return False
    if is_known_word(lower_unaccented(text[word_start:word_end])):
        return False  # "Hopeful", "Markings"
    if start > word_start and text[start].isupper():
        return True
    if start == word_start:
        rest = text[end:word_end]
    elif end == word_end:
        rest = text[word_start:start]
    else:
        return False
    word = text[word_start:word_end]
    if len(rest) >= 5 and word.istitle() and len(set(rest.lower())) > 1:
        return False  # another proper name ("Frankenstein", "Stonehenge"): the flagger lists it
    rest = lower_unaccented(rest)
    return rest not in _ENDINGS and not is_known_word(rest)


# Endings that make an English word of a word-name ("Deanery", "Woodsy"), not a name.
_ENDINGS = frozenset(
    [
        "s", "es", "y", "ie", "ies", "ish", "er", "ers", "ery", "ed", "ing", "ings", "ly",
        "ness", "ful", "less", "like", "wise", "ward", "wards",
    ]
)  # fmt: skip


class _Projection:
    """The text with `drop`'s matches taken out, and the way back to the text's offsets
    (worked out only when something was found: most texts hold no such name)."""

    def __init__(self, lowered: str, drop: re.Pattern[str]) -> None:
        self.text = drop.sub("", lowered)
        self._lowered = lowered
        self._drop = drop
        self._at: list[int] | None = None  # where in the projection each dropped run was
        self._shift: list[int] = []  # characters dropped up to and including that run

    def offset(self, at: int) -> int:
        """The text's offset of the projection's character at `at`."""
        if self._at is None:
            self._at = []
            dropped = 0
            for m in self._drop.finditer(self._lowered):
                self._at.append(m.start() - dropped)
                dropped += m.end() - m.start()
                self._shift.append(dropped)
        k = bisect_right(self._at, at)
        return at + (self._shift[k - 1] if k else 0)


def find_run_in(text: str, ids: IdentityList) -> list[Hit]:
    """Every distinctive name and postcode of the case in `text`, whatever it is run into."""
    readings = (
        (ids.run_in_names, _DROP_LETTERS, _taken, False),
        (ids.run_in_words, _DROP_LETTERS, _word_taken, True),
        (ids.run_in_codes, _DROP_ALNUM, None, False),
    )
    hits: list[Hit] = []
    lowered = ""
    projections: dict[re.Pattern[str], _Projection] = {}
    for table, drop, taken, weak in readings:
        rx = table.pattern
        if rx is None:
            continue
        lowered = lowered or lower_unaccented(text)
        if drop not in projections:
            projections[drop] = _Projection(lowered, drop)
        projection = projections[drop]
        for m in rx.finditer(projection.text):
            start, end = projection.offset(m.start()), projection.offset(m.end() - 1) + 1
            ident = table.entries[m.group()]
            if taken is None or taken(text, start, end, ident):
                hits.append(Hit(start, end, ident, weak=weak))
    return hits
