"""Column mappings: how an agency's own export maps onto the standard return template.

A mapping is a YAML file such as::

    sheets: {People: Clients, Events: Contacts}        # their sheet names (workbooks)
    people_columns: {Client ID: person_ref, Forename: given_names, Surname: family_name}
    event_columns: {Contact No: event_ref, Contact Date: start_date, Notes: description}
    date_format: "%m/%d/%Y"      # or date_order: mdy | dmy | ymd
    categories: {HV New Birth Visit: home visit, DNA: was not brought}
    agency_type: health visiting

Headers not named in the mapping are matched against the template as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from casereview.errors import ConfigurationError
from casereview.ingest.template import EVENT_COLUMNS, PEOPLE_COLUMNS, header_key
from casereview.model.dates import DateOrder

__all__ = ["Mapping", "load_mapping"]

_KNOWN_KEYS = {
    "sheets",
    "people_columns",
    "event_columns",
    "date_format",
    "date_order",
    "categories",
    "agency_type",
    "description",
}


@dataclass(frozen=True)
class Mapping:
    sheets: dict[str, str] = field(default_factory=dict)
    people_columns: dict[str, str] = field(default_factory=dict)
    event_columns: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    date_order: DateOrder = DateOrder.DMY
    categories: dict[str, str] = field(default_factory=dict)
    agency_type: str | None = None
    text: str = ""

    def sheet_name(self, ours: str) -> str:
        return self.sheets.get(ours, ours)

    def column_for(self, header: str, *, events: bool) -> str | None:
        """Our column name for one of their headers, if the mapping names it."""
        table = self.event_columns if events else self.people_columns
        return table.get(header_key(header))

    def category_label(self, written: str) -> str:
        return self.categories.get(header_key(written), written)


def _fail(path: Path, what: str) -> ConfigurationError:
    return ConfigurationError(f"Mapping file {path.name}: {what}")


def _string_dict(path: Path, data: dict[str, Any], key: str) -> dict[str, str]:
    value = data.get(key, {}) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str | int) and isinstance(v, str) for k, v in value.items()
    ):
        raise _fail(path, f"'{key}' must be a list of 'their text: our text' pairs")
    return {str(k): v for k, v in value.items()}


def _columns(path: Path, data: dict[str, Any], key: str, allowed: set[str]) -> dict[str, str]:
    pairs = _string_dict(path, data, key)
    result: dict[str, str] = {}
    for theirs, ours in pairs.items():
        target = header_key(ours)
        if target not in allowed:
            raise _fail(
                path,
                f"'{key}' maps a header to '{ours}', which is not a template column; "
                f"expected one of: {', '.join(sorted(allowed))}",
            )
        result[header_key(theirs)] = target
    return result


def load_mapping(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise _fail(path, f"is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise _fail(path, "must be a set of 'key: value' settings")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise _fail(
            path,
            f"has unknown settings {', '.join(sorted(map(str, unknown)))}; "
            f"expected: {', '.join(sorted(_KNOWN_KEYS))}",
        )
    order_text = str(data.get("date_order", "dmy")).lower()
    try:
        order = DateOrder(order_text)
    except ValueError:
        raise _fail(path, "'date_order' must be dmy, mdy or ymd") from None
    date_format = data.get("date_format")
    if date_format is not None and (not isinstance(date_format, str) or "%" not in date_format):
        raise _fail(path, "'date_format' must be a strptime format such as %d/%m/%Y")
    categories = {header_key(k): v for k, v in _string_dict(path, data, "categories").items()}
    sheets = _string_dict(path, data, "sheets")
    for ours in sheets:
        if ours not in ("People", "Events"):
            raise _fail(path, "'sheets' may only name People and Events")
    agency_type = data.get("agency_type")
    return Mapping(
        sheets=sheets,
        people_columns=_columns(path, data, "people_columns", {c.name for c in PEOPLE_COLUMNS}),
        event_columns=_columns(path, data, "event_columns", {c.name for c in EVENT_COLUMNS}),
        date_format=date_format,
        date_order=order,
        categories=categories,
        agency_type=str(agency_type) if agency_type is not None else None,
        text=text,
    )
