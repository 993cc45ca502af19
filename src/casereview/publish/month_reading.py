"""Month-words that are also names ("May", "June"): when the words around one say the month.

See context.py's docstring ("Month-words") for the rule and its reasons; the word lists are
data (data/months.txt).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from casereview.publish.evidence import coordination
from casereview.publish.lexicon import word_classes
from casereview.publish.reading import PERSON_VERBS, Decision, between, is_capitalised, spaces_only
from casereview.publish.tokens import Token
from casereview.publish.wordlists import common_words, month_words

__all__ = [
    "DAY",
    "DAY_OR_YEAR",
    "SEASONS",
    "YEAR",
    "count_follows",
    "date_joined",
    "is_clock_time",
    "month_reading",
    "season_contradicts",
]


SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# The months of each season (a season word after a month-word must be one it can fall in).
_SEASON_MONTHS = {
    "winter": (12, 1, 2),
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
}
_MONTH_NUMBER = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_SEASON_POINTERS = frozenset({"that", "this", "last", "next", "the", "of"})


def date_joined(text: str, end: int, start: int) -> bool:
    """What stands between a month and its day or year joins them: spaces ("22 May",
    "May 2016"), or a hyphen or slash with no space ("22-May-16"). Not nothing ("May2", a
    contact's name; "Summer2014!", a password), a spaced dash ("May - 1 adult, 2
    children"), a comma ("and May, 2024 to 2026"), a bracket or a colon ("(2) May to be
    referred", "May: 14 weeks")."""
    gap = text[end:start]
    # Two spaces at most: a wider gap is a column of a page read across ("Review: May
    # <33 spaces> 27 Universal Credit"), not a date.
    return gap in {"-", "/"} or (0 < len(gap) <= 2 and all(c in _DATE_SPACES for c in gap))


_DATE_SPACES = frozenset(" \u00a0\u202f\u2009")


# A day of the month or a year beside a month ("3rd May", "May 2016"); not an age ("May 14y"),
# nor two digits that can be no day ("May 64": a count in a table as readily as a year).
DAY_OR_YEAR = re.compile(r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?|\d{4}")
# Before a month only a day ("14 May"): "section 47 May should ..." is no date.
DAY = re.compile(r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?")


YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def month_phrases(section: str) -> frozenset[tuple[str, ...]]:
    """The entries of a months.txt section as word tuples ("half-term" -> ("half", "term"))."""
    return frozenset(tuple(entry.replace("-", " ").split()) for entry in month_words()[section])


def month_phrase_at(text: str, tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """The lower-case words of `phrase` start at token k, joined by spaces or hyphens."""
    for m, word in enumerate(phrase):
        j = k + m
        if (
            j >= len(tokens)
            or tokens[j].norm != word
            or (m and not spaces_only(text, tokens, j - 1))
        ):
            return False
        if not text[tokens[j].start : tokens[j].end].islower():
            return False
    return True


def time_before(text: str, tokens: list[Token], i: int) -> str | None:
    """What the words before month-word i say: "time" ("in May", "by early May", "the end of
    May"), "person-in" ("confided in May", "a change in May": a person fits as well as the
    month), or None (nothing, or a person phrase: "at last May", "the late May")."""
    if i == 0 or not spaces_only(text, tokens, i - 1):
        return None
    words = month_words()
    prev = tokens[i - 1]
    before = tokens[i - 2] if i >= 2 and between(text, tokens, i - 2) == "" else None
    if before is not None and (before.norm, prev.norm) in month_phrases("not_time_before"):
        return None
    if prev.norm == "of":
        return "time" if before is not None and before.norm in words["period_parts"] else None
    if prev.norm not in words["temporal_before"]:
        return None
    if prev.norm == "in" and before is not None and before.norm in words["person_in_heads"]:
        return "person-in"
    return "time"


def month_noun_after(text: str, tokens: list[Token], i: int) -> bool:
    """A time noun straight after month-word i: "May half-term", "the May review was ..."."""
    k = i + 1
    if k >= len(tokens) or between(text, tokens, i) != "":
        return False
    if any(month_phrase_at(text, tokens, k, phrase) for phrase in month_phrases("month_nouns")):
        return True
    words = month_words()
    if not month_phrase_at(text, tokens, k, (tokens[k].norm,)):
        return False
    if tokens[k].norm not in words["month_event_nouns"]:
        return False
    # "review", "meeting", "visit" are also what a person does ("helped May review her
    # plan"): the noun must end the phrase or be the subject of what follows.
    if k + 1 >= len(tokens):
        return True
    gap = between(text, tokens, k)
    if gap:
        return gap[:1] in {".", ",", ";", ":", "!", "?", ")"}
    return tokens[k + 1].norm in words["event_noun_followers"]


def person_after_month(
    text: str, tokens: list[Token], i: int, clause: bool, is_case_name: Callable[[str], bool]
) -> bool:
    """True when the word after month-word i reads it as a person.

    A capitalised word ("in May Brown's flat"), a person-verb ("in May said"), or "and" with
    a person-like word after it ("since May and her mother moved in"). After a word that can
    open a clause (`clause`: since, until, last, next), anything that is not on the
    `after_clause_month` list is read as the person's verb ("since May saw the video").
    """
    k = i + 1
    if k >= len(tokens) or between(text, tokens, i) != "":
        return False  # "in May.", "in May, Hope said": the time phrase has ended
    nxt = tokens[k]
    if nxt.norm == "and":
        then = tokens[k + 1] if k + 1 < len(tokens) else None
        if then is not None and (then.norm in month_words()["months"] or then.norm[:1].isdigit()):
            return False  # "in May and June", "in May and 2021"
        return coordination(text, tokens, k + 1, is_case_name) in {
            Decision.NAME,
            Decision.WEAK_NAME,
        }
    if is_capitalised(text[nxt.start : nxt.end]) or nxt.norm in PERSON_VERBS:
        return True
    return clause and nxt.norm not in month_words()["after_clause_month"]


def month_reading(
    text: str, tokens: list[Token], i: int, at_start: bool, is_case_name: Callable[[str], bool]
) -> Decision | None:
    """The month when a time word comes before it or a time noun after it; None to go on."""
    if month_noun_after(text, tokens, i):
        return Decision.WORD  # "May half-term", "the late May bank holiday"
    # "mid-May": a hyphen counts as a sentence start elsewhere, but not inside a word.
    hyphenated = i > 0 and text[tokens[i - 1].end : tokens[i].start] == "-"
    before = time_before(text, tokens, i) if hyphenated or not at_start else None
    if before is None:
        return None
    if before == "person-in":
        return Decision.WEAK_NAME  # "a change in May": the month or the person
    clause = tokens[i - 1].norm in month_words()["clause_openers"]
    if person_after_month(text, tokens, i, clause, is_case_name):
        return Decision.WEAK_NAME  # "since May moved in", "in May said"
    if season_contradicts(text, tokens, i):
        return Decision.WEAK_NAME  # "something changed in May that winter"
    return Decision.WORD


def season_contradicts(text: str, tokens: list[Token], i: int) -> bool:
    """A season follows month-word i that the month cannot fall in or beside ("in May that
    winter", "in June last autumn"): the word is not the month. "in May that summer" and
    "in May that year" can be the month."""
    month = _MONTH_NUMBER.get(tokens[i].norm[:3])
    k = i + 1
    if month is None or k >= len(tokens) or between(text, tokens, i) != "":
        return False
    if tokens[k].norm in _SEASON_POINTERS:
        k += 1
        if k >= len(tokens) or between(text, tokens, k - 1) != "":
            return False
    months = _SEASON_MONTHS.get(tokens[k].norm)
    if months is None:
        return False
    return all(min((month - m) % 12, (m - month) % 12) > 1 for m in months)


# A number that goes on as a numeric date ("14/06"), carries a unit or an age ("14y",
# "8kg") or is an age before a sex ("May/13/F", as a missing-person log writes a child) is
# no day of a month.
_NUMERIC_DATE_GOES_ON = re.compile(r"[/.\-:]\d|[^\W\d_]|/[MFmf](?![^\W_])")


def count_follows(text: str, tokens: list[Token], k: int) -> bool:
    """Number k starts a count ("3 of 6 sessions"), an age ("May 14y", "May/13/F"), a
    measurement ("May 98 cm"), a date of its own ("May 14/06 – weight 8.1kg") or numbers a
    list ("1)May 2) baby", "1. May 2. the partner"), not a day of the month ("May 3")."""
    if _NUMERIC_DATE_GOES_ON.match(text, tokens[k].end):
        return True
    if (
        text[tokens[k].end : tokens[k].end + 1] == ")"
        and "(" not in text[tokens[k - 1].start - 1 : tokens[k].start]
    ):
        return True  # "1)May 2) baby"; not "(May 2023)"
    if _next_list_number(text, tokens, k):
        return True  # "1. May 2. the partner"
    if k + 1 < len(tokens) and tokens[k + 1].norm in month_words()["measure_units"]:
        return True  # "Height/weight: May 98 cm"
    if (
        DAY.fullmatch(tokens[k].norm)
        and k + 1 < len(tokens)
        and between(text, tokens, k) == ""
        and not _is_word(tokens[k + 1].norm)
    ):
        return True  # "May 4 eva": what follows the number is no word a date is written with
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].norm == "of"
        and tokens[k + 2].norm.isdigit()
        and between(text, tokens, k) == ""
    )


def _next_list_number(text: str, tokens: list[Token], k: int) -> bool:
    """Number k is the next number of a list whose previous number stands before the word
    before it, a full stop after each ("1. May 2. the partner"; a bracket after the number
    numbers a list on its own, above)."""
    if k < 2 or not (tokens[k].norm.isdigit() and tokens[k - 2].norm.isdigit()):
        return False
    return (
        text[tokens[k].end : tokens[k].end + 1] == "."
        and text[tokens[k - 2].end : tokens[k - 2].end + 1] == "."
        and int(tokens[k].norm) == int(tokens[k - 2].norm) + 1
    )


def _is_word(norm: str) -> bool:
    return norm.isdigit() or norm in common_words() or bool(word_classes(norm))


def is_clock_time(text: str, tok: Token) -> bool:
    """The minutes of a time ("14:20") or the end of a numeric date ("12/03/2024"): "14:20
    May collected by ..." and "12/03/2024 May not brought to clinic" join no month. The end
    of a range of days is none ("12-14 May": the 12th to the 14th of May)."""
    return bool(
        re.search(r"\d{1,2}[:.]\d{2}$", text[max(0, tok.start - 3) : tok.end])
        or (
            re.search(r"\d[/.\-]$", text[max(0, tok.start - 2) : tok.start])
            and not _day_range_end(text, tok)
        )
    )


# The first day of a range written with a hyphen ("12-14"), no code or date before it.
_RANGE_START = re.compile(r"(?<![\w/.\-])([0-2]?\d|3[01])-$")


def _day_range_end(text: str, tok: Token) -> bool:
    """Tok ends a range of days in one month ("12-14 May"): a day after "-" and a smaller
    day before it. "03-12-14 May" (a numeric date) and "2023-24 May" (a year) are none."""
    first = _RANGE_START.search(text, max(0, tok.start - 3), tok.start)
    if first is None or DAY.fullmatch(tok.norm) is None:
        return False
    return int(first.group(1)) < int(re.sub(r"\D", "", tok.norm)) <= 31
