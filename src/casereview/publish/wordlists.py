"""The word lists shipped as data with the publish stage, loaded once.

Why data files: whether a capitalised word is worth a person's attention, and which names are
also ordinary words, are judgements a reviewer may want to adjust without touching code.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import nicknames

__all__ = [
    "allowed_capitalised",
    "common_words",
    "known_given_names",
    "known_surnames",
    "month_words",
    "name_words",
    "predicate_words",
    "word_names",
]


def _read(name: str) -> frozenset[str]:
    text = resources.files("casereview.publish").joinpath("data", name).read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def common_words() -> frozenset[str]:
    """Common English words (less names): a capitalised one at a sentence start is ordinary."""
    return _read("common_words.txt")


@cache
def word_names() -> frozenset[str]:
    """Names that are also ordinary words ("hope", "mark"): the context rule decides."""
    return _read("word_names.txt")


def _read_sections(name: str) -> Mapping[str, frozenset[str]]:
    """A word list grouped under "[section]" headings."""
    text = resources.files("casereview.publish").joinpath("data", name).read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), set())
        elif current is None:
            raise ValueError(f"{name}: word {line!r} before any [section] heading")
        else:
            current.add(line.lower())
    return MappingProxyType({key: frozenset(words) for key, words in sections.items()})


@cache
def predicate_words() -> Mapping[str, frozenset[str]]:
    """Words read after a sentence-start word-name ("Hope was expressed"), by section."""
    return _read_sections("predicates.txt")


@cache
def month_words() -> Mapping[str, frozenset[str]]:
    """Words read around a month-word that is also a name ("in May", "May half-term")."""
    return _read_sections("months.txt")


@cache
def allowed_capitalised() -> frozenset[str]:
    """Capitalised words never flagged: months, days, titles, agencies, acronyms."""
    return _read("allowed_capitalised.txt")


@cache
def known_surnames() -> frozenset[str]:
    """Common British family names (flag them when capitalised)."""
    return _read("surnames.txt")


@cache
def known_given_names() -> frozenset[str]:
    """Given names: the `nicknames` data set plus the shipped list of names it lacks."""
    names: set[str] = set(_read("given_names.txt"))
    path = Path(nicknames.__file__).parent / "names.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.add(row["name1"].strip().lower())
            names.add(row["name2"].strip().lower())
    return frozenset(names)


@cache
def name_words() -> frozenset[str]:
    """Every word that may be a name: the word-names, given names and family names."""
    return word_names() | known_given_names() | known_surnames()
