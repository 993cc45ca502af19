"""Every written form of a person's name, as token sequences.

Agencies write the same person as "Kayleigh Marsh", "K. Marsh", "Marsh, Kayleigh", "Kay",
"Ms Marsh" or "KAYLEIGH-ANNE MARSH-OKAFOR". Search-and-replace on the one spelling the
author remembers is how reviews leak; here every form is generated from every record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from nicknames import NickNamer

from casereview.publish.tokens import fold, tokenize

__all__ = ["NameForm", "name_tokens", "person_name_forms", "variants_of_given"]

#: Titles placed before a family name, by the sex a role implies.
FEMALE_TITLES = ("ms", "mrs", "miss")
MALE_TITLES = ("mr",)
ANY_TITLES = ("mr", "ms", "mrs", "miss", "mx", "dr")


@dataclass(frozen=True)
class NameForm:
    """One form: the folded tokens to look for and what kind of form it is."""

    tokens: tuple[str, ...]
    kind: str


#: Words agencies write in name fields that are not names ("Baby Fairbrother", "mum's partner").
NOT_NAMES = frozenset(
    {"baby", "unborn", "unknown", "infant", "child", "boy", "girl", "male", "female", "mum"}
    | {"mom", "dad", "mother", "father", "partner", "s", "nk", "n", "k", "not", "known"}
    | {"nan", "nana", "grandma", "grandad", "granddad", "brother", "sister", "aunt", "uncle"}
    | {"boyfriend", "girlfriend", "stepdad", "stepmum", "twin", "the", "of", "and", "mr", "mrs"}
    | {"ms", "miss", "dr"}
)


def name_tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of a name ("O'Neill-Smith" -> ("o", "neill", "smith"))."""
    return tuple(t.norm for t in tokenize(text))


@cache
def _namer() -> NickNamer:
    return NickNamer()


def variants_of_given(name: str) -> set[str]:
    """Nicknames and formal forms of a given name from the `nicknames` data set."""
    key = fold(name)
    namer = _namer()
    return {fold(v) for v in namer.nicknames_of(key) | namer.canonicals_of(key)} - {key}


def _split_family(family: str) -> list[tuple[str, ...]]:
    """A family name whole and, when double-barrelled or hyphenated, each part alone."""
    whole = name_tokens(family)
    if not whole:
        return []
    forms = [whole]
    if len(whole) > 1:
        forms.extend((part,) for part in whole if len(part) > 1)
    return forms


def person_name_forms(
    given_names: Iterable[str],
    family_names: Iterable[str],
    other_names: Iterable[str],
    titles: tuple[str, ...],
) -> list[NameForm]:
    """All forms for one person from all the names their records give.

    `other_names` may be single names ("Kay") or full aliases ("Kayla Smith"); an alias of
    several words contributes its first word as a given name and its last as a family name.
    """
    givens: dict[tuple[str, ...], str] = {}
    families: dict[tuple[str, ...], str] = {}
    first_names: set[str] = set()
    initials: set[tuple[str, ...]] = set()

    def add_given(full: str, kind: str) -> None:
        toks = tuple(t for t in name_tokens(full) if t not in NOT_NAMES)
        if not toks:
            return
        givens.setdefault(toks, kind)
        for tok in toks:
            if len(tok) > 1:
                givens.setdefault((tok,), kind)
        first_names.add(toks[0])
        initials.add(tuple(t[0] for t in toks))
        initials.add((toks[0][0],))

    for given in given_names:
        add_given(given, "given name")
    for family in family_names:
        for i, toks in enumerate(_split_family(family)):
            families.setdefault(toks, "family name" if i == 0 else "family name part")
    for other in other_names:
        if any(t in NOT_NAMES for t in name_tokens(other)) or other == other.lower():
            continue  # a description ("mum's partner"), not a name
        toks = name_tokens(other)
        if len(toks) >= 2:
            add_given(" ".join(toks[:-1]), "other name")
            families.setdefault(toks[-1:], "other name")
            givens.setdefault(toks, "other name")
        elif toks:
            add_given(toks[0], "other name")

    for first in sorted(first_names):
        for variant in sorted(variants_of_given(first)):
            if len(variant) > 1:
                givens.setdefault(name_tokens(variant), "nickname")

    forms: dict[tuple[str, ...], str] = {}
    for toks, kind in givens.items():
        forms.setdefault(toks, kind)
    for toks, kind in families.items():
        forms.setdefault(toks, kind)
    for gtoks, kind in givens.items():
        for ftoks in families:
            forms.setdefault(gtoks + ftoks, "full name")
            if kind != "nickname":
                # Surname first is a register's order, which gives the name recorded; a
                # nickname of the data set after a surname is more often the next field:
                # "Okonjo DOB:" for a Robert (Dob), "Okonjo Court" for a Courtney.
                forms.setdefault(ftoks + gtoks, "full name")
    for itoks in initials:
        for ftoks in families:
            forms.setdefault(itoks + ftoks, "initials with surname")
            if len(itoks) > 1:
                forms.setdefault(("".join(itoks), *ftoks), "initials with surname")
    for title in titles:
        for ftoks in families:
            forms.setdefault((title, *ftoks), "title and surname")
    return [NameForm(t, k) for t, k in forms.items()]
