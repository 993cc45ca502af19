"""Loading and querying the dated, cited statutory timescales (`rules/timescales.yaml`).

Timescales change with each edition of Working Together; keeping them as data with the date
from which each value applies means a 2017 review is measured by 2017 rules and a new edition
adds values rather than editing code. The loader checks the whole file and names the file,
parameter, value and field of every problem, so a wrong edit fails loudly at start-up.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from casereview.review.errors import TimescaleFileError
from casereview.review.stages import ReviewType

__all__ = [
    "PARAMETERS",
    "CitedReference",
    "CountsFrom",
    "Direction",
    "Edition",
    "Reference",
    "TimescaleValue",
    "Timescales",
    "Unit",
    "default_timescales",
    "load_timescales",
    "parse_timescales",
]

#: Parameters the clock needs; the file may not omit any of them.
PARAMETERS = (
    "notification_working_days",
    "rapid_review_working_days",
    "completion_months",
    "publication_months",
    "copies_before_publication",
    "published_for_at_least_months",
)


class Unit(StrEnum):
    """Unit of a timescale value."""

    WORKING_DAYS = "working_days"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class CountsFrom(StrEnum):
    """Which fact of the review a deadline is counted from."""

    AWARENESS = "awareness"
    NOTIFICATION = "notification"
    DECISION = "decision"
    PUBLICATION = "publication"


class Direction(StrEnum):
    """Whether the deadline falls after the counted-from date or before it (a notice)."""

    AFTER = "after"
    BEFORE = "before"


@dataclass(frozen=True, slots=True)
class Edition:
    """One edition of the guidance (or another source document)."""

    key: str
    title: str
    in_force: dt.date
    url: str | None
    note: str


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a value comes from: document, section (paragraph when checked) and URL."""

    document: str
    section: str
    url: str | None

    def citation(self) -> str:
        """Citation text as shown to users."""
        text = f"{self.document}, {self.section}"
        return f"{text} ({self.url})" if self.url else text


@dataclass(frozen=True, slots=True)
class CitedReference:
    """A reference the clock cites outside a timescale value (e.g. why publication may be held),
    with whether it was checked against a stored copy of the text."""

    reference: Reference
    verified: bool
    note: str


@dataclass(frozen=True, slots=True)
class TimescaleValue:
    """One dated value of one parameter."""

    parameter: str
    edition: Edition
    from_date: dt.date
    value: int
    unit: Unit
    counts_from: CountsFrom
    direction: Direction
    applies_to: frozenset[ReviewType]
    reference: Reference
    verified: bool
    note: str

    @property
    def rule(self) -> str:
        """Rule name shown with a deadline: parameter and edition."""
        return f"{self.parameter} ({self.edition.title})"

    @property
    def describe(self) -> str:
        """The value in words, e.g. '5 working days after awareness'."""
        unit = self.unit.value.replace("_", " ")
        if self.value == 1:
            unit = unit.removesuffix("s")
        return f"{self.value} {unit} {self.direction.value} {self.counts_from.value}"


@dataclass(frozen=True, slots=True)
class Timescales:
    """All parameters with their dated values, in ascending `from` order."""

    editions: Mapping[str, Edition]
    values: Mapping[str, tuple[TimescaleValue, ...]]
    source: str
    references: Mapping[str, tuple[CitedReference, ...]] = field(default_factory=dict)

    def citations(self, name: str) -> str:
        """Citation text of a named reference list, '; '-joined ('' when absent)."""
        return "; ".join(c.reference.citation() for c in self.references.get(name, ()))

    def value_for(
        self, parameter: str, review_type: ReviewType, on: dt.date
    ) -> TimescaleValue | None:
        """The value in force on `on` for `review_type`: the latest applicable `from` <= on."""
        if parameter not in self.values:
            raise KeyError(f"unknown timescale parameter {parameter!r}")
        chosen: TimescaleValue | None = None
        for candidate in self.values[parameter]:
            if candidate.from_date <= on and review_type in candidate.applies_to:
                chosen = candidate
        return chosen


_E = TypeVar("_E", bound=StrEnum)


class _Problems:
    """Collects every problem of the file, then raises them together."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")

    def raise_if_any(self) -> None:
        if self.items:
            listing = "\n  - ".join(self.items)
            raise TimescaleFileError(
                f"{self.source} has {len(self.items)} problem(s):\n  - {listing}"
            )


def _date(raw: Any, where: str, problems: _Problems) -> dt.date | None:
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    problems.add(where, f"{raw!r} is not a date; write it as YYYY-MM-DD, e.g. 2018-06-29")
    return None


def _text(raw: Any, where: str, problems: _Problems, *, optional: bool = False) -> str | None:
    if raw is None and optional:
        return None
    if isinstance(raw, str) and raw.strip():
        return raw.strip()
    problems.add(where, "must be a non-empty text" + (" or null" if optional else ""))
    return None


def _enum(raw: Any, enum: type[_E], where: str, problems: _Problems) -> _E | None:
    try:
        return enum(raw)
    except ValueError:
        valid = ", ".join(m.value for m in enum)
        problems.add(where, f"{raw!r} is not one of {valid}")
        return None


def _parse_editions(raw: Any, problems: _Problems) -> dict[str, Edition]:
    editions: dict[str, Edition] = {}
    if not isinstance(raw, dict) or not raw:
        problems.add("editions", "must be a mapping of edition keys to their details")
        return editions
    for key, body in raw.items():
        where = f"editions.{key}"
        if not isinstance(body, dict):
            problems.add(where, "must be a mapping with title, in_force, url, note")
            continue
        title = _text(body.get("title"), f"{where}.title", problems)
        in_force = _date(body.get("in_force"), f"{where}.in_force", problems)
        url = _text(body.get("url"), f"{where}.url", problems, optional=True)
        note = body.get("note") or ""
        if title and in_force:
            editions[str(key)] = Edition(str(key), title, in_force, url, str(note).strip())
    return editions


def _parse_value(
    parameter: str,
    index: int,
    raw: Any,
    editions: Mapping[str, Edition],
    problems: _Problems,
) -> TimescaleValue | None:
    where = f"parameters.{parameter}.values[{index}]"
    if not isinstance(raw, dict):
        problems.add(where, "must be a mapping (from, edition, value, unit, ...)")
        return None
    allowed = {
        "from", "edition", "value", "unit", "counts_from", "direction",
        "applies_to", "reference", "verified", "note",
    }  # fmt: skip
    for extra in sorted(set(raw) - allowed):
        problems.add(where, f"unknown field {extra!r}; allowed: {', '.join(sorted(allowed))}")
    count = len(problems.items)
    from_date = _date(raw.get("from"), f"{where}.from", problems)
    edition = editions.get(str(raw.get("edition")))
    if edition is None:
        problems.add(
            f"{where}.edition",
            f"{raw.get('edition')!r} is not a key of editions ({', '.join(editions)})",
        )
    value = raw.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        problems.add(f"{where}.value", f"{value!r} must be a whole number above 0")
    unit = _enum(raw.get("unit"), Unit, f"{where}.unit", problems)
    counts_from = _enum(raw.get("counts_from"), CountsFrom, f"{where}.counts_from", problems)
    direction = _enum(raw.get("direction", "after"), Direction, f"{where}.direction", problems)
    applies_raw = raw.get("applies_to")
    applies: set[ReviewType] = set()
    if not isinstance(applies_raw, list) or not applies_raw:
        problems.add(f"{where}.applies_to", "must be a list of review types: rapid, lcspr, scr")
    else:
        for item in applies_raw:
            member = _enum(item, ReviewType, f"{where}.applies_to", problems)
            if member is not None:
                applies.add(member)
    ref_raw = raw.get("reference")
    reference: Reference | None = None
    if not isinstance(ref_raw, dict):
        problems.add(f"{where}.reference", "must be a mapping with document, section, url")
    else:
        document = _text(ref_raw.get("document"), f"{where}.reference.document", problems)
        section = _text(ref_raw.get("section"), f"{where}.reference.section", problems)
        url = _text(ref_raw.get("url"), f"{where}.reference.url", problems, optional=True)
        if url is not None and not url.startswith("https://"):
            problems.add(f"{where}.reference.url", f"{url!r} must be an https:// address")
        if document and section:
            reference = Reference(document, section, url)
    verified = raw.get("verified")
    if not isinstance(verified, bool):
        problems.add(f"{where}.verified", "must be true or false")
    note = raw.get("note")
    if verified is False and not (isinstance(note, str) and note.strip()):
        problems.add(f"{where}.note", "is required when verified is false: say what is unsure")
    if direction is Direction.BEFORE and counts_from is not CountsFrom.PUBLICATION:
        problems.add(f"{where}.direction", "'before' is only meaningful from publication")
    if edition is not None and from_date is not None and from_date < edition.in_force:
        problems.add(
            f"{where}.from",
            f"{from_date.isoformat()} is before {edition.key} was in force "
            f"({edition.in_force.isoformat()})",
        )
    if len(problems.items) != count:
        return None
    assert from_date and edition and unit and counts_from and direction and reference
    assert isinstance(value, int) and isinstance(verified, bool)
    return TimescaleValue(
        parameter=parameter,
        edition=edition,
        from_date=from_date,
        value=value,
        unit=unit,
        counts_from=counts_from,
        direction=direction,
        applies_to=frozenset(applies),
        reference=reference,
        verified=verified,
        note=str(note or "").strip(),
    )


def parse_timescales(data: Any, source: str) -> Timescales:
    """Validate parsed YAML `data`; `source` names the file in error messages."""
    problems = _Problems(source)
    if not isinstance(data, dict):
        problems.add("top level", "must be a mapping with 'editions' and 'parameters'")
        problems.raise_if_any()
    editions = _parse_editions(data.get("editions"), problems)
    params_raw = data.get("parameters")
    values: dict[str, tuple[TimescaleValue, ...]] = {}
    if not isinstance(params_raw, dict):
        problems.add("parameters", "must be a mapping of parameter names to their values")
        params_raw = {}
    for name in PARAMETERS:
        if name not in params_raw:
            problems.add(f"parameters.{name}", "is missing; the clock needs it")
    for name, body in params_raw.items():
        where = f"parameters.{name}"
        if name not in PARAMETERS:
            problems.add(where, f"unknown parameter; known: {', '.join(PARAMETERS)}")
            continue
        raw_values = body.get("values") if isinstance(body, dict) else None
        if not isinstance(raw_values, list) or not raw_values:
            problems.add(f"{where}.values", "must be a non-empty list of dated values")
            continue
        parsed = [
            v
            for i, raw in enumerate(raw_values)
            if (v := _parse_value(name, i, raw, editions, problems)) is not None
        ]
        for earlier, later in itertools.pairwise(parsed):
            if later.from_date < earlier.from_date:
                problems.add(
                    f"{where}.values",
                    f"'from' dates must ascend: {later.from_date.isoformat()} follows "
                    f"{earlier.from_date.isoformat()}",
                )
            if later.from_date == earlier.from_date and later.applies_to & earlier.applies_to:
                problems.add(
                    f"{where}.values",
                    f"two values from {later.from_date.isoformat()} apply to the same review "
                    "type; a date may carry only one value per type",
                )
        values[name] = tuple(parsed)
    references = _parse_references(data.get("references", {}), problems)
    problems.raise_if_any()
    return Timescales(editions=editions, values=values, source=source, references=references)


def _parse_references(raw: Any, problems: _Problems) -> dict[str, tuple[CitedReference, ...]]:
    result: dict[str, tuple[CitedReference, ...]] = {}
    if not isinstance(raw, dict):
        problems.add("references", "must be a mapping of names to lists of references")
        return result
    for name, items in raw.items():
        where = f"references.{name}"
        if not isinstance(items, list) or not items:
            problems.add(where, "must be a non-empty list of references")
            continue
        cited: list[CitedReference] = []
        for i, item in enumerate(items):
            at = f"{where}[{i}]"
            if not isinstance(item, dict):
                problems.add(at, "must be a mapping with document, section, url, verified, note")
                continue
            document = _text(item.get("document"), f"{at}.document", problems)
            section = _text(item.get("section"), f"{at}.section", problems)
            url = _text(item.get("url"), f"{at}.url", problems, optional=True)
            verified = item.get("verified")
            note = item.get("note")
            if not isinstance(verified, bool):
                problems.add(f"{at}.verified", "must be true or false")
            elif not verified and not (isinstance(note, str) and note.strip()):
                problems.add(f"{at}.note", "is required when verified is false")
            if document and section and isinstance(verified, bool):
                cited.append(
                    CitedReference(Reference(document, section, url), verified, str(note or ""))
                )
        result[str(name)] = tuple(cited)
    return result


def load_timescales(path: Path | str) -> Timescales:
    """Load and validate a timescales YAML file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TimescaleFileError(f"cannot read timescales file {path}: {exc.strerror}") from None
    return _parse_text(text, str(path))


def _parse_text(text: str, source: str) -> Timescales:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TimescaleFileError(f"{source} is not valid YAML: {exc}") from None
    return parse_timescales(data, source)


_DEFAULT: Timescales | None = None


def default_timescales() -> Timescales:
    """The packaged timescales (`casereview/review/rules/timescales.yaml`), loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        resource = resources.files("casereview.review").joinpath("rules/timescales.yaml")
        _DEFAULT = _parse_text(resource.read_text(encoding="utf-8"), "review/rules/timescales.yaml")
    return _DEFAULT
