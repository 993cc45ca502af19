"""Plain-data results of the note analysis: what was found, where, and what changed its meaning.

Why frozen dataclasses: results are stored, compared between runs (reproducible findings) and
shown in a UI that highlights both the concept words and the words that modified them. They
are hashable, carry character offsets into the original text, and turn into JSON-ready
dictionaries with `to_dict` (and back with `from_dict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CARERS",
    "EXPERIENCERS",
    "BodySite",
    "ConceptMention",
    "ModifierTrigger",
    "NoteAnalysis",
]

#: Whom a mention can be about. "parent" is a carer not named more precisely ("the parents",
#: "carer"); "partner" is a parent's partner (stepfather, boyfriend); "other" is anyone else.
EXPERIENCERS: tuple[str, ...] = (
    "child",
    "mother",
    "father",
    "partner",
    "parent",
    "sibling",
    "other",
)

#: The experiencers who care for the child: a household concern about them is a concern for
#: the child (substance misuse, mental ill health, domestic abuse).
CARERS: frozenset[str] = frozenset({"mother", "father", "partner", "parent"})


@dataclass(frozen=True, slots=True)
class BodySite:
    """A body site named in the note and attached to an injury mention.

    `region` is a TEN-4-FACESp region (torso, ear, neck, frenulum, angle_of_jaw, cheek,
    eyelid, sclera) or another region (face, head, arm, hand, leg, foot); `ten4facesp` says
    which. `start`/`end` are character offsets of `text` in the note.
    """

    site: str
    region: str
    ten4facesp: bool
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "site": self.site,
            "region": self.region,
            "ten4facesp": self.ten4facesp,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BodySite:
        """Inverse of `to_dict`."""
        return cls(
            site=str(data["site"]),
            region=str(data["region"]),
            ten4facesp=bool(data["ten4facesp"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
        )


@dataclass(frozen=True, slots=True)
class ModifierTrigger:
    """The words that changed a mention's meaning, so a reviewer can see why.

    `category` is "negated", "historical", "hypothetical" or "experiencer"; `value` is the
    person for an experiencer ("mother"), else None.
    """

    category: str
    value: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "category": self.category,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModifierTrigger:
        """Inverse of `to_dict`."""
        value = data.get("value")
        return cls(
            category=str(data["category"]),
            value=None if value is None else str(value),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
        )


@dataclass(frozen=True, slots=True)
class ConceptMention:
    """One safeguarding concept found in a note, with its context.

    `concept` is a concept id from concepts.yaml ("bruise", "patterned_bruise",
    "missed_appointment"…); `kind` its kind ("injury", "explanation", "mobility",
    "household", "care", "service"); `implies` the broader concepts it is a kind of (a
    patterned bruise implies "bruise"); `value` a concept value (mobility: "not_mobile",
    "rolling", "crawling", "cruising", "walking", "mobile"), else None.
    `start`/`end` are character offsets of `text` in the note; `sentence_start`/
    `sentence_end` those of its sentence. `negated`, `historical`, `hypothetical` and
    `experiencer` are the ConText labels, and `modifiers` the words that set them.
    """

    concept: str
    kind: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    implies: tuple[str, ...] = ()
    value: str | None = None
    body_sites: tuple[BodySite, ...] = ()
    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    experiencer: str = "child"
    modifiers: tuple[ModifierTrigger, ...] = field(default=())

    def is_a(self, concept: str) -> bool:
        """True if this mention is `concept` or a kind of it (patterned_bruise is a bruise)."""
        return self.concept == concept or concept in self.implies

    def is_affirmed(self) -> bool:
        """Not negated ("no bruising seen" is negated)."""
        return not self.negated

    def is_current(self) -> bool:
        """Neither historical ("old fracture") nor hypothetical ("advised to seek help if")."""
        return not (self.historical or self.hypothetical)

    def is_affirmed_current(self) -> bool:
        """Affirmed and current: the note says this is the case now."""
        return self.is_affirmed() and self.is_current()

    def is_about_child(self) -> bool:
        """The mention is about the child the note is about, not about another person."""
        return self.experiencer == "child"

    def is_about_carer(self) -> bool:
        """The mention is about a parent or carer (mother, father, partner, parent)."""
        return self.experiencer in CARERS

    def is_affirmed_current_child(self) -> bool:
        """Affirmed, current and about the child: the test for the child's own injuries."""
        return self.is_affirmed_current() and self.is_about_child()

    def is_affirmed_current_concern(self) -> bool:
        """Affirmed, current and about the child or a carer: a concern for this child.

        Household concepts (domestic abuse, substance misuse, mental ill health) are about a
        carer by definition; a sibling's or a neighbour's injury is not this child's.
        """
        return self.is_affirmed_current() and (self.is_about_child() or self.is_about_carer())

    def regions(self) -> frozenset[str]:
        """The body regions of this mention's body sites."""
        return frozenset(site.region for site in self.body_sites)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "concept": self.concept,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "implies": list(self.implies),
            "value": self.value,
            "body_sites": [site.to_dict() for site in self.body_sites],
            "negated": self.negated,
            "historical": self.historical,
            "hypothetical": self.hypothetical,
            "experiencer": self.experiencer,
            "modifiers": [modifier.to_dict() for modifier in self.modifiers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConceptMention:
        """Inverse of `to_dict`."""
        value = data.get("value")
        return cls(
            concept=str(data["concept"]),
            kind=str(data["kind"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            sentence_start=int(data["sentence_start"]),
            sentence_end=int(data["sentence_end"]),
            implies=tuple(str(item) for item in data.get("implies", ())),
            value=None if value is None else str(value),
            body_sites=tuple(BodySite.from_dict(item) for item in data.get("body_sites", ())),
            negated=bool(data.get("negated", False)),
            historical=bool(data.get("historical", False)),
            hypothetical=bool(data.get("hypothetical", False)),
            experiencer=str(data.get("experiencer", "child")),
            modifiers=tuple(ModifierTrigger.from_dict(item) for item in data.get("modifiers", ())),
        )


@dataclass(frozen=True, slots=True)
class NoteAnalysis:
    """Everything found in one note, in text order, and the version of the rules that found it.

    `rules_version` changes whenever a rule data file changes, so a stored analysis can be
    told apart from one made with other rules (reproducible findings).
    """

    mentions: tuple[ConceptMention, ...]
    rules_version: str

    def concepts(self) -> frozenset[str]:
        """The concept ids mentioned in any context (including negated ones)."""
        return frozenset(mention.concept for mention in self.mentions)

    def find(self, concept: str, *, affirmed_current: bool = False) -> tuple[ConceptMention, ...]:
        """Mentions that are `concept` or a kind of it; only affirmed current ones if asked."""
        return tuple(
            mention
            for mention in self.mentions
            if mention.is_a(concept) and (not affirmed_current or mention.is_affirmed_current())
        )

    def has_affirmed_current_child(self, concept: str) -> bool:
        """True if the note affirms `concept` now, about the child."""
        return any(
            mention.is_a(concept) and mention.is_affirmed_current_child()
            for mention in self.mentions
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "rules_version": self.rules_version,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoteAnalysis:
        """Inverse of `to_dict`."""
        return cls(
            mentions=tuple(ConceptMention.from_dict(item) for item in data["mentions"]),
            rules_version=str(data["rules_version"]),
        )
