"""Capitalised words left in a redacted text that a person should look at before publishing.

Neither the identity list nor the patterns know every name: a neighbour, a cousin, a pub, a
village. What is left and capitalised, and is not on the allow-list, is listed for the
author to check and sign off. The allow-list is data (publish/data/*.txt).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from casereview.publish.lexicon import word_classes
from casereview.publish.month_reading import DAY, SEASONS, YEAR
from casereview.publish.reading import RANK_TITLES
from casereview.publish.tokens import LINE_HYPHEN, Token, fold, is_sentence_start, tokenize
from casereview.publish.wordlists import (
    allowed_capitalised,
    common_words,
    name_words,
    predicate_words,
)

__all__ = ["FlaggedWord", "flag_words"]


@dataclass(frozen=True)
class FlaggedWord:
    """A word for a person to check: the word as written, why, and where (offset)."""

    word: str
    reason: str
    start: int


# The word after a title or a rank is a name ("Mr Field", "Cpl Field"), whatever it looks like.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"}) | RANK_TITLES
# A word with a capital inside it after a small letter ("JusticeForBryony", "iPhone"),
# or a capitalised word after capitals ("GBRKelworth"); and the words it is made of.
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")
# The "'t" of a negative contraction after the word's "n" ("Don't", "Won't"): no name.
_NOT_CONTRACTION = re.compile(r"['\u2019][tT](?![^\W_])")
# The lower-case word after a capitalised one, one space apart ("Young person").
_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")


def _covered(spans: list[tuple[int, int]], tok: Token) -> bool:
    """Spans are sorted and do not overlap: look at the one starting at or before the word."""
    i = bisect_right(spans, (tok.start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= tok.start and tok.end <= spans[i][1]


KEPT_CASE_WORD = "a name of the case kept as the ordinary word: check it is not the person"

_NEXT_WORDS = re.compile(r"(?:[ \t]+[^\W_][\w'’-]*){0,2}")
# A year after the word, or a day before it: a date ("May 2023", "14 May"), not a name.
_YEAR_AFTER = re.compile(rf"[ \u00a0]{{1,2}}(?:{YEAR.pattern})\b")
_DAY_BEFORE = re.compile(rf"\b(?:{DAY.pattern})[ \u00a0]{{1,2}}$")


def with_next_words(text: str, start: int, end: int) -> str:
    """The word and up to two words after it ("Frank concerns were"): what a checker reads
    to decide, and what `casereview keep-word` takes."""
    following = _NEXT_WORDS.match(text, end)
    return text[start : following.end() if following else end]


_LINE_BROKEN = re.compile(rf"{LINE_HYPHEN}([^\W\d_]+)")


def _case_word(text: str, tok: Token, case_words: frozenset[str]) -> Token | None:
    """The case's word-name at `tok`, whole or broken at a line end ("Ma-\\ny")."""
    if tok.norm in case_words:
        return tok
    broken = _LINE_BROKEN.match(text, tok.end)
    if broken and fold(tok.norm + broken.group(1)) in case_words:
        return Token(fold(tok.norm + broken.group(1)), tok.start, broken.end())
    return None


def _in_a_date(text: str, tok: Token) -> bool:
    """A month-word with a day or a year ("14 May", "May 2023"). A season with a year is
    no date ("Summer 2019" is a tattoo's name as readily as the season): it is listed."""
    return bool(
        (_YEAR_AFTER.match(text, tok.end) and tok.norm not in SEASONS)
        or _DAY_BEFORE.search(text, max(0, tok.start - 8), tok.start)
    )


def flag_words(
    text: str,
    redacted_spans: Iterable[tuple[int, int]],
    extra_allowed: Iterable[str] = (),
    *,
    case_words: frozenset[str] = frozenset(),
    already: frozenset[int] = frozenset(),
) -> list[FlaggedWord]:
    """Capitalised words outside the redacted spans that may be names.

    In mid-sentence a capitalised word is flagged unless it is an allowed term or a common
    English word that is not also a name. At a sentence start (where everything is
    capitalised) only words that are not common English words are flagged.

    `case_words` are the case's one-word names that are also words ("hope", "may"): every
    capitalised one left in the text ("Hope was expressed", "in May that winter") is listed
    with the words after it, since the redactor read it as the ordinary word and a person
    should see that reading, unless it stands in a date ("14 May", "May 2023") or a checker
    kept it already (`already`: offsets listed or kept elsewhere).
    """
    spans = sorted(redacted_spans)
    extra = {w.lower() for w in extra_allowed}
    allowed = allowed_capitalised() | extra if extra else allowed_capitalised()
    common = common_words()
    namey = name_words()
    out: list[FlaggedWord] = []
    previous_namey: Token | None = None  # last capitalised word that was flagged or a name
    for tok in tokenize(text):
        after_name = (
            previous_namey is not None
            and text[previous_namey.end : tok.start] == " "
            and tok.norm not in STOP_WORDS  # no name is "For" or "On": a Title Case headline
        )
        previous_namey = None
        raw = text[tok.start : tok.end]
        kept = _case_word(text, tok, case_words) if raw[:1].isupper() else None
        if (
            kept is not None
            and tok.start not in already
            and not (spans and _covered(spans, kept))
            and not _in_a_date(text, kept)
        ):
            out.append(
                FlaggedWord(with_next_words(text, kept.start, kept.end), KEPT_CASE_WORD, tok.start)
            )
            previous_namey = tok
            continue
        if _CAMEL.search(raw) and tok.norm not in allowed:
            # "#JusticeForBryony", "GBRKelworth": each capitalised word inside is looked at;
            # not in a word allowed whole ("WhatsApp", "YouTube").
            for part in _CAMEL_PART.finditer(raw):
                word = part.group()
                norm = word.lower()
                at = tok.start + part.start()
                if spans and _covered(spans, Token(norm, at, at + len(word))):
                    continue
                if len(word) > 2 and (norm not in common or norm in namey) and norm not in allowed:
                    out.append(FlaggedWord(word, "capitalised word inside a longer word", at))
            continue
        if raw[:1].isupper() and tok.norm in _TITLES:
            previous_namey = tok  # the word after "Mr" is a name whatever it looks like
            continue
        if (
            not raw[:1].isupper()
            or tok.norm[:1].isdigit()
            or tok.norm in allowed
            or (tok.norm.endswith("n") and _NOT_CONTRACTION.match(text, tok.end))
        ):
            continue
        if len(raw) == 1:
            if (
                raw not in {"A", "I"}
                and text[tok.end : tok.end + 1] == "."
                # after an apostrophe ("DON'T.") or an ampersand ("in A&E.", "a B&B."): none
                and text[tok.start - 1 : tok.start] not in {"'", "\u2019", "&"}
            ):
                if spans and _covered(spans, tok):
                    continue
                out.append(FlaggedWord(raw, "initial", tok.start))
            continue
        if spans and _covered(spans, tok):
            previous_namey = tok  # a redacted name: a capitalised word after it is a name too
            continue
        if not after_name and _record_phrase(text, tok):
            continue  # "Young person:", "Young carers": a label of the records
        if raw.isupper():
            if tok.norm not in common or tok.norm in namey:
                out.append(FlaggedWord(raw, "capitalised word not on the allow-list", tok.start))
            continue
        if is_sentence_start(text, tok.start):
            if tok.norm not in common:
                out.append(FlaggedWord(raw, "word not on the allow-list", tok.start))
                previous_namey = tok
            elif tok.norm in namey:
                previous_namey = tok
            continue
        if tok.norm not in common or tok.norm in namey or after_name or _proper_only(tok.norm):
            out.append(FlaggedWord(raw, "capitalised word not on the allow-list", tok.start))
            previous_namey = tok
    return out


def _record_phrase(text: str, tok: Token) -> bool:
    """The word opens a phrase the records use as a label ("Young person"), in
    predicates.txt's `record_phrases`."""
    nxt = _NEXT_LOWER_WORD.match(text, tok.end)
    return nxt is not None and f"{tok.norm} {nxt.group(1)}" in predicate_words()["record_phrases"]


def _proper_only(norm: str) -> bool:
    """A dictionary word the lexicon has no word class for: a place or a family name
    ("Grange", "Chester"), capitalised in mid-sentence as only such a word is. Not a
    function word, for which the lexicon has no class either ("Tributes Paid To ...", a
    headline in Title Case)."""
    return norm.isalpha() and norm not in STOP_WORDS and not word_classes(norm)
