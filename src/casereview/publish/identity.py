"""The identity list of a review: every identifier of every person and place, in every form.

This is the strongest anonymisation signal there is: the review knows exactly who the family
are. An `Identifier` never shows its value in `repr` or `str`; it is named by its opaque key
("Child A family name") so that it can be logged and reported safely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from casereview.publish.glossary import Glossary, build_glossary
from casereview.publish.nameforms import (
    ANY_TITLES,
    FEMALE_TITLES,
    MALE_TITLES,
    name_tokens,
    person_name_forms,
)
from casereview.publish.reading import is_ambiguous
from casereview.publish.sources import Person, Place
from casereview.publish.tokens import fold

__all__ = [
    "Identifier",
    "IdentityList",
    "build_identity_list",
    "normalise_phone",
    "normalise_postcode",
]

#: Words that end a street name: a part of an address with one of them is a street line.
STREET_WORDS = frozenset(
    [
        "road",
        "rd",
        "street",
        "st",
        "avenue",
        "ave",
        "close",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "crescent",
        "court",
        "ct",
        "gardens",
        "gdns",
        "place",
        "pl",
        "terrace",
        "grove",
        "walk",
        "mews",
        "row",
        "square",
        "sq",
        "hill",
        "rise",
        "view",
        "park",
        "parade",
        "green",
        "estate",
        "house",
        "flats",
        "flat",
        "cottages",
        "croft",
        "fold",
        "gate",
        "meadow",
        "meadows",
        "wharf",
        "yard",
    ]
)

#: The short forms of street words, each way: "Larch Close" is also written "Larch Cl".
_STREET_SHORT = {
    "road": ("rd",),
    "street": ("st",),
    "avenue": ("ave", "av"),
    "close": ("cl",),
    "lane": ("ln",),
    "drive": ("dr",),
    "crescent": ("cres", "cresc"),
    "court": ("ct",),
    "gardens": ("gdns",),
    "place": ("pl",),
    "terrace": ("terr", "ter"),
    "grove": ("gr",),
    "square": ("sq",),
    "park": ("pk",),
    "parade": ("pde",),
}
_STREET_LONG = {short: long for long, shorts in _STREET_SHORT.items() for short in shorts}


def _street_spellings(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A street line as written and with its last word in the other spellings ("larch
    close" -> "larch cl"; "larch cl" -> "larch close", "larch cl")."""
    last = toks[-1]
    long = _STREET_LONG.get(last, last)
    words = {long, *_STREET_SHORT.get(long, ())}
    return [toks] + [(*toks[:-1], w) for w in sorted(words - {last})]


#: Words in a school, nursery or surgery name that do not identify it on their own.
PLACE_GENERIC = frozenset(
    [
        "primary",
        "school",
        "schools",
        "nursery",
        "nurseries",
        "infant",
        "infants",
        "junior",
        "juniors",
        "academy",
        "surgery",
        "medical",
        "centre",
        "center",
        "practice",
        "health",
        "day",
        "pre",
        "preschool",
        "children",
        "childrens",
        "church",
        "of",
        "england",
        "c",
        "e",
        "ce",
        "rc",
        "catholic",
        "high",
        "college",
        "community",
        "hospital",
        "clinic",
        "the",
        "and",
        "group",
        "family",
        "trust",
        "nhs",
        "foundation",
        "university",
        "general",
        "district",
        "royal",
    ]
)

_FEMALE = ("mother", "mum", "grandmother", "aunt", "sister", "stepmother", "girlfriend")
_MALE = ("father", "dad", "grandfather", "uncle", "brother", "stepfather", "boyfriend")


@dataclass(frozen=True)
class Identifier:
    """One identifier form. `tokens`/`value` are personal and hidden from repr."""

    owner: str
    owner_label: str
    kind: str
    label: str
    tokens: tuple[str, ...] = field(default=(), repr=False)
    value: str = field(default="", repr=False)

    @property
    def key(self) -> str:
        """Opaque, log-safe name of this identifier, e.g. "Child A family name"."""
        return f"{self.owner_label} {self.kind}"

    def __str__(self) -> str:
        return self.key


def normalise_postcode(text: str) -> str:
    """ "eb3 7qt", "EB37QT", "EB3-7QT" -> "EB37QT"."""
    return re.sub(r"[\s\-]+", "", text).upper()


def normalise_phone(text: str) -> str:
    """National significant digits of a UK number: "+44 (0)7700 900123" -> "7700900123"."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) >= 12:
        digits = digits[2:]
    return digits.lstrip("0")


def _titles_for(person: Person) -> tuple[str, ...]:
    if person.practitioner:
        return ANY_TITLES
    words = re.split(r"[\s_\-]+", (person.relationship or person.role or "").strip().lower())
    head = words[-1] if words else ""
    if head in {"child", "sibling", "subject"}:
        return ("baby", "master")  # "Baby Penrose" in maternity and neonatal records
    if head in _FEMALE:
        return FEMALE_TITLES
    if head in _MALE:
        return MALE_TITLES
    return ANY_TITLES


def _generic_label(kind: str) -> str:
    if kind.startswith("family name") or kind == "title and surname":
        return "[family name]"
    if kind in {"address", "street"}:
        return "[address]"
    return "[name]"


@dataclass(frozen=True)
class WordTable:
    """Words to look for anywhere in a text, each with its identifier, and one pattern
    that finds any of them (longest first)."""

    entries: dict[str, Identifier]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, entries: dict[str, Identifier]) -> WordTable:
        ordered = sorted(entries, key=len, reverse=True)
        return cls(entries, re.compile("|".join(map(re.escape, ordered))) if ordered else None)


@dataclass
class IdentityList:
    """All identifier forms of a review, indexed for fast matching."""

    identifiers: list[Identifier] = field(default_factory=list)
    names: dict[tuple[str, ...], Identifier] = field(default_factory=dict)
    by_first_token: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    form_tokens: set[str] = field(default_factory=set)
    #: every proper prefix of a form token: joining word pieces stops as soon as it leaves them
    token_prefixes: set[str] = field(default_factory=set)
    dates_of_birth: dict[date, Identifier] = field(default_factory=dict)
    digits: dict[str, Identifier] = field(default_factory=dict)
    postcodes: dict[str, Identifier] = field(default_factory=dict)
    emails: dict[str, Identifier] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=lambda: Glossary(()))
    #: for the run-in reading (run_in.py): one-word names of four letters or more, letters
    #: only: those that are no English word ("kayleigh") and those that are ("hope"); and
    #: postcodes in lower case ("eb37qt")
    run_in_names: WordTable = field(default_factory=lambda: WordTable.of({}))
    run_in_words: WordTable = field(default_factory=lambda: WordTable.of({}))
    run_in_codes: WordTable = field(default_factory=lambda: WordTable.of({}))
    #: one-word names that are also words ("hope", "may"): where one is kept as the word,
    #: the flagged list shows it (flagging.flag_words)
    word_names: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return f"IdentityList({len(self.identifiers)} identifiers)"

    def _add(self, ident: Identifier) -> None:
        self.identifiers.append(ident)

    def add_tokens(self, tokens: tuple[str, ...], ident: Identifier) -> None:
        """Add a name-like form; a form two owners share gets a generic label."""
        if not tokens:
            return
        existing = self.names.get(tokens)
        if existing is not None:
            if existing.owner != ident.owner and not existing.label.startswith("["):
                shared = Identifier(
                    existing.owner,
                    existing.owner_label,
                    existing.kind,
                    _generic_label(existing.kind),
                    tokens,
                )
                self.names[tokens] = shared
            return
        self.names[tokens] = ident
        self._add(ident)
        self.by_first_token.setdefault(tokens[0], []).append(tokens)
        self.form_tokens.update(tokens)

    def finish(self) -> None:
        """Sort each first-token bucket longest form first (longest match wins)."""
        for forms in self.by_first_token.values():
            forms.sort(key=len, reverse=True)
        self.token_prefixes = {t[:k] for t in self.form_tokens for k in range(1, len(t))}
        names: dict[str, Identifier] = {}
        words: dict[str, Identifier] = {}
        for form, ident in self.names.items():
            letters = "".join(c for c in form[0] if c.isalpha()) if len(form) == 1 else ""
            if len(letters) >= 4:
                (words if is_ambiguous(letters) else names).setdefault(letters, ident)
        self.run_in_names, self.run_in_words = WordTable.of(names), WordTable.of(words)
        self.run_in_codes = WordTable.of({c.lower(): i for c, i in self.postcodes.items()})
        self.word_names = frozenset(
            form[0] for form in self.names if len(form) == 1 and is_ambiguous(form[0])
        )


def build_identity_list(
    people: Iterable[Person],
    places: Iterable[Place] = (),
    glossary: Glossary | None = None,
    area_words: frozenset[str] = frozenset(),
) -> IdentityList:
    """Build every identifier form of the review's people and places.

    Person records give names (given, family, other; nicknames and formal forms; initials
    with surname; titles with surname; hyphenated parts and wholes), dates of birth, NHS
    numbers, addresses and postcodes, phone numbers and e-mails. Places (schools, nurseries,
    GP surgeries, streets) give their name and its distinctive part ("Oakfield" of
    "Oakfield Primary School"). `area_words` are words of the local area shared by several
    agencies' names ("Northshire"): a place's distinctive part made only of them is skipped.
    """
    people = list(people)
    places = list(places)
    glossary = glossary or build_glossary(people, places)
    labels = glossary.as_dict()
    ids = IdentityList(glossary=glossary)
    # Family before practitioners, children first: on a shared form, the first owner names it.
    order = {e.key: i for i, e in enumerate(glossary.entries)}
    people.sort(key=lambda p: order.get(f"person:{p.key}", len(order)))
    for person in people:
        owner = f"person:{person.key}"
        label = labels[owner]

        def ident(kind: str, lab: str, tokens: tuple[str, ...] = (), value: str = "") -> Identifier:
            return Identifier(owner, label, kind, lab, tokens, value)  # noqa: B023

        recs = person.records
        forms = person_name_forms(
            [r.given_names for r in recs if r.given_names],
            [r.family_name for r in recs if r.family_name],
            [n for r in recs for n in r.other_names],
            _titles_for(person),
        )
        for form in forms:
            ids.add_tokens(form.tokens, ident(form.kind, label, form.tokens))
        home = (
            "the family home"
            if label.startswith("Child") or label in {"Mother", "Father"}
            else f"{label}'s home"
        )
        for rec in recs:
            if rec.date_of_birth and rec.date_of_birth not in ids.dates_of_birth:
                ident_dob = ident("date of birth", "[date of birth]")
                ids.dates_of_birth[rec.date_of_birth] = ident_dob
                ids._add(ident_dob)
            if rec.nhs_number:
                digits = re.sub(r"\D", "", rec.nhs_number)
                if len(digits) >= 6 and digits not in ids.digits:
                    ids.digits[digits] = ident("NHS number", "[NHS number]", value=digits)
                    ids._add(ids.digits[digits])
            if rec.phone:
                digits = normalise_phone(rec.phone)
                if len(digits) >= 6 and digits not in ids.digits:
                    ids.digits[digits] = ident("phone number", "[phone number]", value=digits)
                    ids._add(ids.digits[digits])
            if rec.postcode:
                code = normalise_postcode(rec.postcode)
                if code and code not in ids.postcodes:
                    ids.postcodes[code] = ident("postcode", "[postcode]", value=code)
                    ids._add(ids.postcodes[code])
            if rec.email:
                mail = fold(rec.email.strip())
                if mail not in ids.emails:
                    ids.emails[mail] = ident("e-mail address", "[e-mail address]", value=mail)
                    ids._add(ids.emails[mail])
            if rec.address:
                _add_address(ids, rec.address, ident, home)
    for place in places:
        owner = f"place:{place.key}"
        label = labels[owner]
        toks = name_tokens(place.name)
        kind = "street" if place.kind.lower() == "street" else "place name"
        ids.add_tokens(toks, Identifier(owner, label, kind, label, toks))
        if kind == "place name":
            stem: list[str] = []
            for tok in toks:
                if tok in PLACE_GENERIC and stem:
                    break
                stem.append(tok)
            stem_t = tuple(stem)
            if all(t in area_words for t in stem_t):
                continue
            if stem_t and stem_t != toks and not (len(stem_t) == 1 and len(stem_t[0]) < 3):
                ids.add_tokens(stem_t, Identifier(owner, label, "place name part", label, stem_t))
    ids.finish()
    return ids


class _Make(Protocol):
    def __call__(
        self, kind: str, lab: str, tokens: tuple[str, ...] = (), value: str = ""
    ) -> Identifier: ...


def _street(toks: tuple[str, ...]) -> tuple[str, ...]:
    """ "14a Larch Close" -> "Larch Close": the words after the house number (and a letter
    that belongs to it)."""
    numbers = [k for k, t in enumerate(toks) if t[:1].isdigit()]
    if not numbers:
        return toks
    k = numbers[-1] + 1
    if k < len(toks) and len(toks[k]) == 1:
        k += 1
    return toks[k:]


def _add_address(ids: IdentityList, address: str, make: _Make, home: str) -> None:
    """The street lines of an address ("14 Larch Close" and "Larch Close") and its postcode."""
    postcode = re.search(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", address, re.IGNORECASE)
    if postcode:
        code = normalise_postcode(postcode.group())
        if code not in ids.postcodes:
            ids.postcodes[code] = make("postcode", "[postcode]", value=code)
            ids._add(ids.postcodes[code])
    for part in re.split(r"[,\n;]", address):
        toks = name_tokens(part)
        if not toks or not any(t in STREET_WORDS for t in toks[1:]):
            continue
        for spelling in _street_spellings(toks):
            ids.add_tokens(spelling, make("address", home, spelling))
        street = _street(toks)
        if street and street != toks and len(street) >= 2:
            for spelling in _street_spellings(street):
                ids.add_tokens(spelling, make("street", home, spelling))
