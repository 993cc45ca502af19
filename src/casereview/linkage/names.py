"""Name normalisation, nickname equivalence and phonetic codes.

Agencies write the same name differently: case, accents, punctuation, initials ("K."),
nicknames ("Bill" for "William"), double-barrelled family names ("Marsh-Dean") and changed
family names (recorded as aliases in ``other_names``). These helpers turn one written name
into the values the comparisons need. They are pure functions on strings, cached because a
population repeats the same names many times.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish
from nicknames import NickNamer

__all__ = [
    "family_name_parts",
    "given_name_tokens",
    "nickname_keys",
    "normalise_name",
    "phonetic_code",
    "split_aliases",
]

_NON_LETTERS = re.compile(r"[^a-z\s'-]")
_SPACES = re.compile(r"\s+")
_PART_SEPARATORS = re.compile(r"[\s-]+")


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    # Reads the data set shipped inside the `nicknames` wheel: no download.
    return NickNamer()


@lru_cache(maxsize=200_000)
def normalise_name(value: str) -> str | None:
    """Lower case ASCII letters, single spaces, hyphens kept; None when nothing is left.

    Accents are folded (Zoë -> zoe) and apostrophes removed (O'Neil -> oneil) because
    agencies' systems differ in what they can store.
    """
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    text = _NON_LETTERS.sub(" ", folded.lower()).replace("'", "")
    text = _SPACES.sub(" ", text).strip(" -")
    text = re.sub(r"\s*-\s*", "-", text)
    return text or None


def given_name_tokens(value: str | None) -> tuple[str, ...]:
    """The separate given names (first, middle...), normalised, initials included."""
    if not value:
        return ()
    norm = normalise_name(value)
    if norm is None:
        return ()
    return tuple(t for t in _PART_SEPARATORS.split(norm) if t)


def family_name_parts(value: str | None) -> tuple[str, ...]:
    """The parts of a family name: ``marsh-dean`` -> (marsh, dean); one part stays as is.

    A double-barrelled name matches either of its parts, because agencies often keep only
    one of them.
    """
    if not value:
        return ()
    norm = normalise_name(value)
    if norm is None:
        return ()
    parts = tuple(p for p in _PART_SEPARATORS.split(norm) if len(p) > 1)
    return parts


@lru_cache(maxsize=200_000)
def nickname_keys(name: str) -> frozenset[str]:
    """The name itself and every formal (canonical) name it is a nickname of.

    Two names are nickname forms of each other when their key sets intersect:
    ``bill`` -> {bill, william, ...} and ``william`` -> {william} share ``william``;
    ``billy`` and ``bill`` share ``william`` too.
    """
    if len(name) < 2:
        return frozenset()
    return frozenset({name, *_nicknamer().canonicals_of(name)})


@lru_cache(maxsize=200_000)
def phonetic_code(name: str) -> str | None:
    """Metaphone code of a normalised name (Steven and Stephen -> STFN), None if empty."""
    letters = name.replace("-", "").replace(" ", "")
    if len(letters) < 2:
        return None
    return jellyfish.metaphone(letters) or None


def split_aliases(value: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Given-name and family-name parts found in ``other_names`` (``;``-separated aliases).

    An alias of several words is read as given names then a family name
    ("Kay Marsh-Dean"); a single word could be either, so it is offered to both sides.
    """
    if not value:
        return (), ()
    given: list[str] = []
    family: list[str] = []
    for alias in value.split(";"):
        tokens = given_name_tokens(alias)
        if not tokens:
            continue
        if len(tokens) == 1:
            given.extend(t for t in tokens if len(t) > 1)
            family.extend(family_name_parts(alias))
            continue
        norm = normalise_name(alias) or ""
        words = norm.split(" ")
        given.extend(t for w in words[:-1] for t in given_name_tokens(w) if len(t) > 1)
        family.extend(family_name_parts(words[-1]))
    return tuple(given), tuple(family)
