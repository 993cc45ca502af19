"""The pseudonym glossary of a review: who is "Child A", which school is "the primary school".

Published reviews refer to people by their role in the family and to places by what they
are. Labels are deterministic (same review, same labels, every run) and can be overridden
one by one, because the author may prefer "Mother's partner" to "Stepfather".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from casereview.publish.sources import Person, Place

__all__ = ["Glossary", "GlossaryEntry", "build_glossary", "person_order_key"]


@dataclass(frozen=True)
class GlossaryEntry:
    """One pseudonym: the owner's key, the label used in text, and what it stands for."""

    key: str
    label: str
    kind: str  # "family", "practitioner" or "place"
    description: str


@dataclass(frozen=True)
class Glossary:
    """Labels by owner key ("person:<key>" / "place:<key>")."""

    entries: tuple[GlossaryEntry, ...]

    def label(self, owner: str) -> str:
        for entry in self.entries:
            if entry.key == owner:
                return entry.label
        raise KeyError(owner)

    def as_dict(self) -> dict[str, str]:
        return {e.key: e.label for e in self.entries}

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(e.label for e in self.entries)


def _natural(key: str) -> tuple[object, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key))


def person_order_key(person: Person) -> tuple[object, ...]:
    """Oldest first, then by key: deterministic whatever order the records came in."""
    dob = person.date_of_birth or date.max
    return (dob, _natural(person.key))


def _norm(text: str | None) -> str:
    return " ".join(re.split(r"[\s_\-]+", (text or "").strip().lower()))


_CHILD = {"subject child", "subject", "child", "index child"}
_MOTHER = {"mother", "mum", "birth mother"}
_FATHER = {"father", "dad", "birth father"}
_SIBLING = {"sibling", "brother", "sister", "half sibling", "half brother", "half sister"}
_PARTNER = {"partner", "boyfriend", "girlfriend"}
_GRANDPARENT = {"grandparent"}


def _family_base(role: str, relationship: str) -> tuple[str, str]:
    """(label stem, description) for a family member; stems ending in ' #' get numbers."""
    for text in (relationship, role):
        if not text:
            continue
        if text in _CHILD:
            return "Child", "the subject child of the review"
        if text in _MOTHER:
            return "Mother", "the subject child's mother"
        if text in _FATHER:
            return "Father", "the subject child's father"
        if text in _SIBLING:
            return "Sibling #", "a sibling of the subject child"
    if relationship:
        pretty = relationship[0].upper() + relationship[1:]
        return pretty, f"the subject child's {relationship}"
    if role in _PARTNER:
        return "Mother's partner", "the mother's partner"
    if role in _GRANDPARENT:
        return "Grandparent #", "a grandparent of the subject child"
    if role in {"other relative", "relative"}:
        return "Relative #", "a relative of the subject child"
    if role == "carer":
        return "Carer #", "a carer of the subject child"
    if role == "other child":
        return "Other child #", "another child known to the family"
    if role:
        pretty = role[0].upper() + role[1:]
        return f"{pretty} #", f"a person in the role of {role}"
    return "Adult #", "another adult known to the family"


_PLACE_KINDS: Mapping[str, tuple[str, str]] = {
    "primary school": ("the primary school", "the subject child's primary school"),
    "secondary school": ("the secondary school", "a secondary school"),
    "infant school": ("the infant school", "an infant school"),
    "school": ("the school", "a school"),
    "nursery": ("the nursery", "a nursery or early years setting"),
    "gp": ("the GP practice", "the family's GP practice"),
    "gp surgery": ("the GP practice", "the family's GP practice"),
    "hospital": ("the hospital", "a hospital"),
    "home": ("the family home", "the family's home address"),
    "street": ("[street]", "a street named in the records"),
    "agency": ("the agency", "an agency"),
}


def _place_base(place: Place) -> tuple[str, str]:
    kind = _norm(place.kind)
    if kind == "school":
        name = place.name.lower()
        if "primary" in name:
            kind = "primary school"
        elif "infant" in name:
            kind = "infant school"
        elif any(w in name for w in ("high school", "academy", "secondary", "college")):
            kind = "secondary school"
    return _PLACE_KINDS.get(kind, ("[place]", "a place named in the records"))


def _number(stems: list[tuple[str, str, str, str]]) -> list[GlossaryEntry]:
    """Give '#' stems numbers, and make any repeated label unique by numbering it."""
    counts: dict[str, int] = {}
    for _, stem, _, _ in stems:
        counts[stem] = counts.get(stem, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for key, stem, kind, description in stems:
        seen[stem] = seen.get(stem, 0) + 1
        if stem == "Child":
            label = f"Child {chr(ord('A') + seen[stem] - 1)}"
        elif stem.endswith(" #"):
            label = (
                stem[:-2]
                if counts[stem] == 1 and not stem.startswith("Sibling")
                else (f"{stem[:-2]} {seen[stem]}")
            )
        elif counts[stem] > 1:
            label = stem if seen[stem] == 1 else f"{stem} ({seen[stem]})"
        else:
            label = stem
        out.append(GlossaryEntry(key, label, kind, description))
    return out


def build_glossary(
    people: Iterable[Person],
    places: Iterable[Place] = (),
    overrides: Mapping[str, str] | None = None,
) -> Glossary:
    """Give every person and place of the review its pseudonym.

    Children first, then the family, then practitioners (numbered within their role when
    several share it), then places. `overrides` maps an owner key ("person:<key>" or
    "place:<key>") to the label the author chose.
    """
    ordered = sorted(people, key=person_order_key)
    family: list[tuple[str, str, str, str]] = []
    staff: list[tuple[str, str, str, str]] = []
    for person in ordered:
        role, relationship = _norm(person.role), _norm(person.relationship)
        owner = f"person:{person.key}"
        if person.practitioner:
            stem = (role or "practitioner").capitalize()
            staff.append((owner, f"{stem} #", "practitioner", f"a {role or 'practitioner'}"))
        else:
            stem, description = _family_base(role, relationship)
            family.append((owner, stem, "family", description))
    # Children first so that "Child A" is the oldest subject child.
    family.sort(key=lambda item: 0 if item[1] == "Child" else 1)
    place_stems = []
    for place in sorted(places, key=lambda p: _natural(p.key)):
        label, description = _place_base(place)
        place_stems.append((f"place:{place.key}", label, "place", description))
    entries = _number(family) + _number(staff) + _number(place_stems)
    if overrides:
        entries = [
            GlossaryEntry(e.key, overrides.get(e.key, e.label), e.kind, e.description)
            for e in entries
        ]
    return Glossary(tuple(entries))
