"""Safeguarding indicator rules as dated, cited data (indicators/rules/*.yaml).

Why data: guidance changes (NICE CG89, Working Together 2013-2023, Panel briefings), and a
2017 review must be judged by 2017 values. Each rule file says what the rule looks for in
plain English, cites its sources, the dates it applies between, the check it uses (a named,
tested function in checks.py) and its parameters as dated values: a changed value is a new
entry with its own start date and source, the old one stays.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from casereview.errors import ConfigurationError

__all__ = ["SEVERITIES", "DatedValue", "Guidance", "Rule", "RuleSet", "load_rules"]

SEVERITIES: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class Guidance:
    """A source a rule comes from."""

    document: str
    section: str
    url: str

    def cite(self) -> str:
        parts = [self.document] + ([self.section] if self.section else [])
        return ", ".join(parts) + (f" ({self.url})" if self.url else "")


@dataclass(frozen=True)
class DatedValue:
    """A parameter value that applies from `start` (until a later value starts)."""

    start: date
    value: Any
    source: str


@dataclass(frozen=True)
class Rule:
    """One indicator rule, as loaded from its file."""

    id: str
    title: str
    severity: str
    explanation: str
    guidance: tuple[Guidance, ...]
    applies_from: date
    applies_to: date | None
    check: str
    condition: Mapping[str, Any]
    parameters: Mapping[str, tuple[DatedValue, ...]]
    file: str

    def applies_on(self, day: date) -> bool:
        """True if the rule was in force on `day`."""
        return self.applies_from <= day and (self.applies_to is None or day <= self.applies_to)

    def parameter(self, name: str, on: date) -> Any:
        """The value of parameter `name` that applied on `on` (the latest start not after it)."""
        values = self.parameters.get(name)
        if not values:
            raise ConfigurationError(
                f"{self.file}: rule {self.id} has no parameter {name!r}; add it under "
                "`parameters` with a dated value"
            )
        chosen = values[0]
        for value in values:
            if value.start <= on:
                chosen = value
        return chosen.value

    def reference(self) -> str:
        """All sources, for the findings' `reference` column."""
        return "; ".join(guidance.cite() for guidance in self.guidance)


@dataclass(frozen=True)
class RuleSet:
    """The loaded rules and their version (declared versions and a hash of the files)."""

    rules: tuple[Rule, ...]
    version: str

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        known = ", ".join(rule.id for rule in self.rules)
        raise ConfigurationError(f"There is no indicator rule {rule_id}; rules: {known}")


def load_rules(directory: Path | None = None) -> RuleSet:
    """Load every `*.yaml` rule file of `directory` (default: the built-in rules)."""
    if directory is None:
        root = resources.files("casereview.indicators") / "rules"
        files = sorted(
            (entry.name, entry.read_text(encoding="utf-8"))
            for entry in root.iterdir()
            if entry.name.endswith(".yaml")
        )
    else:
        if not directory.is_dir():
            raise ConfigurationError(f"The rule folder {directory} does not exist")
        files = sorted(
            (path.name, path.read_text(encoding="utf-8")) for path in directory.glob("*.yaml")
        )
    digest = hashlib.sha256()
    rules: list[Rule] = []
    for name, text in files:
        digest.update(name.encode())
        digest.update(text.encode())
        rules.append(_rule(name, text))
    ids = [rule.id for rule in rules]
    duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if duplicates:
        raise ConfigurationError(f"Indicator rule ids used twice: {', '.join(duplicates)}")
    return RuleSet(tuple(rules), f"rules-{digest.hexdigest()[:12]}")


def _rule(file: str, text: str) -> Rule:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigurationError(f"{file} is not valid YAML: {error}") from error
    if not isinstance(raw, Mapping):
        raise ConfigurationError(f"{file} must be a YAML mapping (id, title, check, ...)")
    for key in ("id", "title", "severity", "explanation", "guidance", "applies", "check"):
        if key not in raw:
            raise ConfigurationError(f"{file}: missing `{key}`; see indicators/rules/README.md")
    if raw["severity"] not in SEVERITIES:
        raise ConfigurationError(f"{file}: severity must be one of {', '.join(SEVERITIES)}")
    guidance = raw["guidance"]
    if not isinstance(guidance, list) or not guidance:
        raise ConfigurationError(f"{file}: guidance must list at least one source document")
    applies = raw["applies"]
    if not isinstance(applies, Mapping) or not isinstance(applies.get("from"), date):
        raise ConfigurationError(f"{file}: applies.from must be a date such as 2009-07-22")
    applies_to = applies.get("to")
    if applies_to is not None and not isinstance(applies_to, date):
        raise ConfigurationError(f"{file}: applies.to must be a date or null")
    parameters: dict[str, tuple[DatedValue, ...]] = {}
    for name, values in (raw.get("parameters") or {}).items():
        if not isinstance(values, list) or not values:
            raise ConfigurationError(f"{file}: parameters.{name} must be a list of dated values")
        dated = []
        for index, value in enumerate(values):
            if (
                not isinstance(value, Mapping)
                or not isinstance(value.get("from"), date)
                or "value" not in value
            ):
                raise ConfigurationError(
                    f"{file}: parameters.{name}[{index}] must be "
                    "{from: YYYY-MM-DD, value: ..., source: ...}"
                )
            dated.append(DatedValue(value["from"], value["value"], str(value.get("source", ""))))
        parameters[str(name)] = tuple(sorted(dated, key=lambda v: v.start))
    return Rule(
        id=str(raw["id"]),
        title=str(raw["title"]),
        severity=str(raw["severity"]),
        explanation=" ".join(str(raw["explanation"]).split()),
        guidance=tuple(
            Guidance(str(g.get("document", "")), str(g.get("section", "")), str(g.get("url", "")))
            for g in guidance
        ),
        applies_from=applies["from"],
        applies_to=applies_to,
        check=str(raw["check"]),
        condition=dict(raw.get("condition") or {}),
        parameters=parameters,
        file=file,
    )
