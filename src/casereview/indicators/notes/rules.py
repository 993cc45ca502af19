"""Load and check the note-rule data files (concepts, body sites, ConText modifiers).

Why a loader that validates: the rules are data that reviewers and analysts may edit. A typo
must fail at load time with a message naming the file, the key and what a valid value looks
like, not silently stop matching. The loaded rules carry a `version` (declared versions plus a
hash of the files' bytes) that every analysis records, so findings are reproducible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from casereview.indicators.notes.errors import NoteRulesError
from casereview.indicators.notes.mentions import EXPERIENCERS

__all__ = [
    "CONCEPT_KINDS",
    "DIRECTIONS",
    "MODIFIER_CATEGORIES",
    "ConceptRule",
    "ModifierRule",
    "NoteRules",
    "Pattern",
    "RegionRule",
    "SiteRule",
    "load_note_rules",
]

#: A spaCy Matcher token pattern (list of token dictionaries), kept as loaded from YAML.
Pattern = tuple[dict[str, Any], ...]

CONCEPT_KINDS: frozenset[str] = frozenset(
    {"injury", "explanation", "mobility", "household", "care", "service"}
)
MODIFIER_CATEGORIES: frozenset[str] = frozenset(
    {"negated", "historical", "hypothetical", "experiencer"}
)
DIRECTIONS: frozenset[str] = frozenset({"forward", "backward", "bidirectional"})
_EXPERIENCER_SOURCES = frozenset({"triggers", "persons", "fixed"})
_FILES = ("concepts.yaml", "body_sites.yaml", "context.yaml")

# Generated experiencer triggers (see context.yaml, "experiencer").
_VERB_TRIGGER_SCOPE = 10
_POSSESSIVE_SCOPE = 3
_PERSONAL_KINDS: frozenset[str] = frozenset({"injury", "care"})


@dataclass(frozen=True, slots=True)
class ConceptRule:
    """One concept of concepts.yaml."""

    id: str
    label: str
    kind: str
    experiencer_source: str  # triggers | persons | fixed
    experiencer_default: str
    implies: tuple[str, ...]
    phrases: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, phrases), mobility only
    inner_sites: bool = True  # body words inside the phrase are body sites ("head injury")


@dataclass(frozen=True, slots=True)
class RegionRule:
    """A body region of body_sites.yaml."""

    id: str
    label: str
    ten4facesp: bool


@dataclass(frozen=True, slots=True)
class SiteRule:
    """A body site of body_sites.yaml and the region(s) it belongs to."""

    id: str
    regions: tuple[str, ...]
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModifierRule:
    """A ConText modifier rule of context.yaml (or generated from its persons and verbs)."""

    category: str
    value: str | None
    direction: str
    max_scope: int | None
    max_targets: int | None
    kinds: frozenset[str] | None
    phrases: tuple[str, ...]
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class NoteRules:
    """All note rules, loaded and checked."""

    version: str
    concepts: tuple[ConceptRule, ...]
    concept_pseudo: tuple[str, ...]
    regions: tuple[RegionRule, ...]
    sites: tuple[SiteRule, ...]
    site_pseudo: tuple[str, ...]
    modifiers: tuple[ModifierRule, ...]
    persons: tuple[tuple[str, tuple[str, ...]], ...]  # (experiencer value, phrases)
    terminators: tuple[tuple[str, tuple[str, ...]], ...]  # (category or "all", phrases)
    context_pseudo: tuple[str, ...]
    context_pseudo_patterns: tuple[Pattern, ...]
    terminating_kinds: tuple[tuple[str, frozenset[str]], ...] = ()  # (category, kinds)

    def concept(self, concept_id: str) -> ConceptRule:
        """The rule of one concept; KeyError with the known ids if there is none."""
        for rule in self.concepts:
            if rule.id == concept_id:
                return rule
        known = ", ".join(rule.id for rule in self.concepts)
        raise KeyError(f"unknown note concept {concept_id!r}; known concepts: {known}")


def load_note_rules(directory: Path | None = None) -> NoteRules:
    """Load the rule files from `directory` (default: the built-in rules of this package)."""
    texts = {name: _read(directory, name) for name in _FILES}
    data = {name: _parse(name, text) for name, text in texts.items()}
    concepts_doc, sites_doc, context_doc = (data[name] for name in _FILES)
    digest = hashlib.sha256()
    for name in _FILES:
        digest.update(name.encode())
        digest.update(texts[name].encode())
    declared = ".".join(str(data[name].get("version", 0)) for name in _FILES)
    version = f"notes-{declared}-{digest.hexdigest()[:12]}"

    concepts = _concepts("concepts.yaml", concepts_doc)
    regions = _regions("body_sites.yaml", sites_doc)
    sites = _sites("body_sites.yaml", sites_doc, {region.id for region in regions})
    persons = _persons("context.yaml", context_doc)
    modifiers = _modifiers("context.yaml", context_doc) + _generated_experiencer_rules(
        persons, _phrases("context.yaml", "experiencer_verbs", context_doc.get("experiencer_verbs"))
    )
    terminators = _terminators("context.yaml", context_doc)
    return NoteRules(
        version=version,
        concepts=concepts,
        concept_pseudo=_flat_phrases("concepts.yaml", "pseudo", concepts_doc.get("pseudo", [])),
        regions=regions,
        sites=sites,
        site_pseudo=_phrases("body_sites.yaml", "pseudo", sites_doc.get("pseudo", [])),
        modifiers=modifiers,
        persons=persons,
        terminators=terminators,
        context_pseudo=_phrases("context.yaml", "pseudo", context_doc.get("pseudo", [])),
        context_pseudo_patterns=_patterns(
            "context.yaml", "pseudo_patterns", context_doc.get("pseudo_patterns", [])
        ),
        terminating_kinds=_terminating_kinds("context.yaml", context_doc),
    )


def _terminating_kinds(file: str, doc: Mapping[str, Any]) -> tuple[tuple[str, frozenset[str]], ...]:
    raw = _mapping(file, "terminating_kinds", doc.get("terminating_kinds") or {})
    result: list[tuple[str, frozenset[str]]] = []
    for category, kinds in raw.items():
        where = f"terminating_kinds.{category}"
        kind_set = frozenset(_phrases(file, where, kinds))
        if (category != "all" and category not in MODIFIER_CATEGORIES) or not (
            kind_set <= CONCEPT_KINDS
        ):
            raise NoteRulesError(
                f"{file}: {where} must map `all` or a modifier category to concept kinds "
                f"({', '.join(sorted(CONCEPT_KINDS))})"
            )
        result.append((str(category), kind_set))
    return tuple(result)


def _read(directory: Path | None, name: str) -> str:
    if directory is None:
        return (resources.files("casereview.indicators.notes") / "data" / name).read_text(
            encoding="utf-8"
        )
    path = directory / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise NoteRulesError(
            f"cannot read note-rule file {path}: {error.strerror}; a rule directory must hold "
            f"{', '.join(_FILES)}"
        ) from error


def _parse(name: str, text: str) -> Mapping[str, Any]:
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise NoteRulesError(f"{name} is not valid YAML: {error}") from error
    if not isinstance(loaded, Mapping):
        raise NoteRulesError(f"{name} must be a YAML mapping at the top level")
    return loaded


def _phrases(file: str, where: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise NoteRulesError(f"{file}: {where} must be a list of phrases, e.g. [bruise, bruising]")
    phrases: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            raise NoteRulesError(
                f"{file}: {where}[{index}] must be a phrase (text); "
                "quote words YAML reads as true/false, e.g. 'no'"
            )
        text = str(item).strip()
        if not text:
            raise NoteRulesError(f"{file}: {where}[{index}] is an empty phrase")
        phrases.append(text)
    return tuple(phrases)


def _flat_phrases(file: str, where: str, value: object) -> tuple[str, ...]:
    """A list of phrases, or of lists of phrases (grouped for readability)."""
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise NoteRulesError(f"{file}: {where} must be a list of phrases")
    phrases: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, list):
            phrases.extend(_phrases(file, f"{where}[{index}]", item))
        else:
            phrases.extend(_phrases(file, where, [item]))
    return tuple(phrases)


def _patterns(file: str, where: str, value: object) -> tuple[Pattern, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise NoteRulesError(f"{file}: {where} must be a list of spaCy token patterns")
    patterns: list[Pattern] = []
    for index, pattern in enumerate(value):
        if (
            not isinstance(pattern, list)
            or not pattern
            or not all(isinstance(token, dict) and token for token in pattern)
        ):
            raise NoteRulesError(
                f"{file}: {where}[{index}] must be a non-empty list of token dictionaries, "
                "e.g. [{LOWER: no}, {LOWER: further}]"
            )
        if _has_bool_text(pattern):
            raise NoteRulesError(
                f"{file}: {where}[{index}] has a word YAML reads as true/false; quote it, "
                "e.g. {LOWER: 'no'} or IN: ['on', to]"
            )
        patterns.append(tuple(pattern))
    return tuple(patterns)


def _has_bool_text(value: object, key: str = "") -> bool:
    """True if a word in a token pattern was read by YAML as a boolean (no, on, yes, off)."""
    if isinstance(value, bool):
        return not (key.startswith("IS_") or key in {"OP", "SENT_START"})
    if isinstance(value, dict):
        return any(_has_bool_text(item, str(name)) for name, item in value.items())
    if isinstance(value, list):
        return any(_has_bool_text(item, key) for item in value)
    return False


def _mapping(file: str, where: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise NoteRulesError(f"{file}: {where} must be a mapping")
    return value


def _concepts(file: str, doc: Mapping[str, Any]) -> tuple[ConceptRule, ...]:
    concepts = _mapping(file, "concepts", doc.get("concepts"))
    rules: list[ConceptRule] = []
    for concept_id, raw in concepts.items():
        where = f"concepts.{concept_id}"
        body = _mapping(file, where, raw)
        kind = body.get("kind")
        if kind not in CONCEPT_KINDS:
            raise NoteRulesError(
                f"{file}: {where}.kind must be one of {', '.join(sorted(CONCEPT_KINDS))}"
            )
        source, default = _experiencer(file, where, body.get("experiencer"))
        values_raw = body.get("values") or {}
        values = tuple(
            (str(value), _phrases(file, f"{where}.values.{value}", phrases))
            for value, phrases in _mapping(file, f"{where}.values", values_raw).items()
        )
        phrases = _phrases(file, f"{where}.phrases", body.get("phrases"))
        patterns = _patterns(file, f"{where}.patterns", body.get("patterns"))
        if not (phrases or patterns or values):
            raise NoteRulesError(f"{file}: {where} needs phrases, patterns or values")
        rules.append(
            ConceptRule(
                id=str(concept_id),
                label=str(body.get("label", concept_id)),
                kind=str(kind),
                experiencer_source=source,
                experiencer_default=default,
                implies=_phrases(file, f"{where}.implies", body.get("implies")),
                phrases=phrases,
                patterns=patterns,
                values=values,
                inner_sites=_flag(file, f"{where}.inner_sites", body.get("inner_sites", True)),
            )
        )
    known = {rule.id for rule in rules}
    for rule in rules:
        for implied in rule.implies:
            if implied not in known:
                raise NoteRulesError(
                    f"{file}: concepts.{rule.id}.implies names unknown concept {implied!r}"
                )
    return tuple(rules)


def _flag(file: str, where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise NoteRulesError(f"{file}: {where} must be true or false")
    return value


def _experiencer(file: str, where: str, raw: object) -> tuple[str, str]:
    body = _mapping(file, f"{where}.experiencer", raw)
    source: object = "fixed" if "fixed" in body else body.get("from")
    default: object = body["fixed"] if "fixed" in body else body.get("default")
    if source not in _EXPERIENCER_SOURCES or default not in EXPERIENCERS:
        raise NoteRulesError(
            f"{file}: {where}.experiencer must be {{fixed: PERSON}} or "
            f"{{default: PERSON, from: triggers|persons}} with PERSON one of "
            f"{', '.join(EXPERIENCERS)}"
        )
    return str(source), str(default)


def _regions(file: str, doc: Mapping[str, Any]) -> tuple[RegionRule, ...]:
    regions = _mapping(file, "regions", doc.get("regions"))
    result: list[RegionRule] = []
    for region_id, raw in regions.items():
        body = _mapping(file, f"regions.{region_id}", raw)
        flag = body.get("ten4facesp")
        if not isinstance(flag, bool):
            raise NoteRulesError(f"{file}: regions.{region_id}.ten4facesp must be true or false")
        result.append(RegionRule(str(region_id), str(body.get("label", region_id)), flag))
    return tuple(result)


def _sites(file: str, doc: Mapping[str, Any], regions: set[str]) -> tuple[SiteRule, ...]:
    sites = _mapping(file, "sites", doc.get("sites"))
    result: list[SiteRule] = []
    for site_id, raw in sites.items():
        where = f"sites.{site_id}"
        body = _mapping(file, where, raw)
        site_regions = _phrases(file, f"{where}.regions", body.get("regions"))
        unknown = [region for region in site_regions if region not in regions]
        if not site_regions or unknown:
            raise NoteRulesError(
                f"{file}: {where}.regions must list regions declared under `regions` "
                f"({', '.join(sorted(regions))})"
            )
        result.append(
            SiteRule(
                str(site_id), site_regions, _phrases(file, f"{where}.phrases", body.get("phrases"))
            )
        )
    return tuple(result)


def _persons(file: str, doc: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    persons = _mapping(file, "persons", doc.get("persons"))
    result: list[tuple[str, tuple[str, ...]]] = []
    for value, phrases in persons.items():
        if value not in EXPERIENCERS:
            raise NoteRulesError(
                f"{file}: persons.{value} is not a known person; "
                f"use one of {', '.join(EXPERIENCERS)}"
            )
        result.append((str(value), _phrases(file, f"persons.{value}", phrases)))
    return tuple(result)


def _modifiers(file: str, doc: Mapping[str, Any]) -> tuple[ModifierRule, ...]:
    raw_rules = doc.get("modifiers")
    if not isinstance(raw_rules, list):
        raise NoteRulesError(f"{file}: modifiers must be a list of modifier rules")
    rules: list[ModifierRule] = []
    for index, raw in enumerate(raw_rules):
        where = f"modifiers[{index}]"
        body = _mapping(file, where, raw)
        category = body.get("category")
        if category not in MODIFIER_CATEGORIES:
            raise NoteRulesError(
                f"{file}: {where}.category must be one of {', '.join(sorted(MODIFIER_CATEGORIES))}"
            )
        direction = body.get("direction")
        if direction not in DIRECTIONS:
            raise NoteRulesError(
                f"{file}: {where}.direction must be one of {', '.join(sorted(DIRECTIONS))}"
            )
        value = body.get("value")
        if category == "experiencer" and value not in (*EXPERIENCERS, "nearest_person"):
            raise NoteRulesError(
                f"{file}: {where}.value must name a person ({', '.join(EXPERIENCERS)}) "
                "or nearest_person"
            )
        kinds_raw = body.get("kinds")
        kinds = (
            None if kinds_raw is None else frozenset(_phrases(file, f"{where}.kinds", kinds_raw))
        )
        if kinds is not None and not kinds <= CONCEPT_KINDS:
            raise NoteRulesError(
                f"{file}: {where}.kinds must be concept kinds ({', '.join(sorted(CONCEPT_KINDS))})"
            )
        rules.append(
            ModifierRule(
                category=str(category),
                value=None if value is None else str(value),
                direction=str(direction),
                max_scope=_optional_count(file, f"{where}.max_scope", body.get("max_scope")),
                max_targets=_optional_count(file, f"{where}.max_targets", body.get("max_targets")),
                kinds=kinds,
                phrases=_phrases(file, f"{where}.phrases", body.get("phrases")),
                patterns=_patterns(file, f"{where}.patterns", body.get("patterns")),
            )
        )
    return tuple(rules)


def _optional_count(file: str, where: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise NoteRulesError(f"{file}: {where} must be a positive whole number or null")
    return value


def _generated_experiencer_rules(
    persons: tuple[tuple[str, tuple[str, ...]], ...], verbs: tuple[str, ...]
) -> tuple[ModifierRule, ...]:
    """ "<person> has…" (forward) and "<person>'s" (both ways) for every person word."""
    rules: list[ModifierRule] = []
    for value, phrases in persons:
        rules.append(
            ModifierRule(
                category="experiencer",
                value=value,
                direction="forward",
                max_scope=_VERB_TRIGGER_SCOPE,
                max_targets=None,
                kinds=_PERSONAL_KINDS,
                phrases=tuple(f"{person} {verb}" for person in phrases for verb in verbs),
                patterns=(),
            )
        )
        rules.append(
            ModifierRule(
                category="experiencer",
                value=value,
                direction="bidirectional",
                max_scope=_POSSESSIVE_SCOPE,
                max_targets=None,
                kinds=_PERSONAL_KINDS,
                phrases=tuple(f"{person}'s" for person in phrases if not person.endswith("'s")),
                patterns=(),
            )
        )
    return tuple(rules)


def _terminators(file: str, doc: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = _mapping(file, "terminators", doc.get("terminators"))
    result: list[tuple[str, tuple[str, ...]]] = []
    for category, phrases in raw.items():
        if category != "all" and category not in MODIFIER_CATEGORIES:
            raise NoteRulesError(
                f"{file}: terminators.{category} must be `all` or a modifier category "
                f"({', '.join(sorted(MODIFIER_CATEGORIES))})"
            )
        result.append((str(category), _phrases(file, f"terminators.{category}", phrases)))
    return tuple(result)
