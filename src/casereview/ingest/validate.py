"""Turn the rows of a return into person records and events, collecting every problem.

Pure functions over rows already read from a file: no database, no printing. Each problem is
an `Issue` naming file, sheet, row and column and what was expected, never the value itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from casereview.ingest.issues import Issue, IssueLog, Severity
from casereview.ingest.mapping import Mapping
from casereview.ingest.readers import Table
from casereview.ingest.template import EVENT_COLUMNS, PEOPLE_COLUMNS, Column, header_key
from casereview.model.dates import ChronoDate, DateError, parse_chrono_date, parse_time
from casereview.model.nhs import is_valid_nhs_number, normalise_nhs_number
from casereview.model.records import Event, PersonRecord
from casereview.model.vocab import AGENCY_TYPES, CATEGORIES, CHILD_SEEN, ROLES, SEXES, Vocabulary

__all__ = ["HeaderMap", "PeopleIndex", "map_headers", "validate_events", "validate_people"]

_POSTCODE = re.compile(r"^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
_RANGE = re.compile(r"^(.+?)\s+(?:to|-|–|until)\s+(.+)$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*[;\n]\s*")


@dataclass(frozen=True)
class HeaderMap:
    """Which position in a row holds which template column."""

    positions: dict[str, int]

    def cells(self, values: list[Any]) -> dict[str, Any]:
        """The row's non-empty cells by template column (missing and "" cells are absent)."""
        width = len(values)
        return {
            column: value
            for column, index in self.positions.items()
            if index < width and (value := values[index]) is not None and value != ""
        }


def map_headers(
    table: Table, columns: tuple[Column, ...], log: IssueLog, mapping: Mapping, *, events: bool
) -> HeaderMap | None:
    """Match headers to template columns; None when a required column is missing."""
    known = {c.name for c in columns}
    positions: dict[str, int] = {}
    header_row = 1
    if not table.headers:
        log.add(
            Issue(
                Severity.ERROR,
                "empty_sheet",
                "has no header row and no data; expected "
                f"the columns {', '.join(c.name for c in columns)}",
                table.file,
                table.sheet,
            )
        )
        return None
    for index, header in enumerate(table.headers):
        if not header:
            continue
        target = mapping.column_for(header, events=events) or header_key(header)
        if target not in known:
            log.add(
                Issue(
                    Severity.WARNING,
                    "unknown_column",
                    f"column '{header}' is not part of the template and was ignored",
                    table.file,
                    table.sheet,
                    header_row,
                    header,
                )
            )
            continue
        if target in positions:
            log.add(
                Issue(
                    Severity.ERROR,
                    "duplicate_column",
                    f"two columns mean '{target}'; keep one",
                    table.file,
                    table.sheet,
                    header_row,
                    header,
                )
            )
            continue
        positions[target] = index
    missing = [c.name for c in columns if c.required and c.name not in positions]
    for name in missing:
        log.add(
            Issue(
                Severity.ERROR,
                "missing_column",
                f"the required column '{name}' is "
                "missing; add it to the header row (headers may use spaces or "
                "underscores, any case)",
                table.file,
                table.sheet,
                header_row,
                name,
            )
        )
    return None if missing else HeaderMap(positions)


def _text(value: Any) -> str | None:
    """A cell as text; whole numbers typed into Excel lose their `.0`."""
    if type(value) is str:  # the common case first: every CSV cell
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _split(value: Any) -> tuple[str, ...]:
    text = _text(value)
    if not text:
        return ()
    return tuple(part for part in _LIST_SPLIT.split(text) if part)


@dataclass
class _Row:
    table: Table
    number: int
    log: IssueLog
    ok: bool = True

    def issue(self, severity: Severity, code: str, column: str | None, message: str) -> None:
        if severity is Severity.ERROR:
            self.ok = False
        self.log.add(
            Issue(severity, code, message, self.table.file, self.table.sheet, self.number, column)
        )

    def required(self, value: Any, column: str, what: str) -> str | None:
        text = _text(value)
        if text is None:
            self.issue(Severity.ERROR, "required", column, f"{column} is required: {what}")
        return text

    def term(self, vocabulary: Vocabulary, value: Any, column: str) -> str | None:
        text = _text(value)
        if text is None:
            return None
        term = vocabulary.lookup(text)
        if term is None:
            self.issue(
                Severity.ERROR,
                "unknown_term",
                column,
                f"{column} is not one of the accepted values: {vocabulary.expected()}",
            )
            return None
        return term.code

    def date(self, value: Any, column: str, mapping: Mapping) -> tuple[ChronoDate, time | None]:
        return parse_chrono_date(value, order=mapping.date_order, fmt=mapping.date_format)

    def bad_date(self, column: str, error: DateError) -> None:
        self.issue(Severity.ERROR, "bad_date", column, f"{column} {error}")


@dataclass
class PeopleIndex:
    """The person refs of a return, for checking the `people` column of events."""

    refs: set[str] = field(default_factory=set)


def _check_unique(row: _Row, seen: dict[str, int], ref: str, column: str) -> bool:
    first = seen.get(ref)
    if first is not None:
        row.issue(
            Severity.ERROR,
            "duplicate_ref",
            column,
            f"{column} repeats the reference already used on row {first}; each "
            "reference must be unique in the return",
        )
        return False
    seen[ref] = row.number
    return True


def validate_people(
    table: Table, log: IssueLog, mapping: Mapping, index: PeopleIndex
) -> Iterator[PersonRecord]:
    headers = map_headers(table, PEOPLE_COLUMNS, log, mapping, events=False)
    if headers is None:
        return
    seen: dict[str, int] = {}
    rows = 0
    for number, values in table.rows:
        rows += 1
        row = _Row(table, number, log)
        person = _person(row, headers, values, mapping, seen)
        if person is not None:
            index.refs.add(person.person_ref)
            if row.ok:
                yield person
    if rows == 0:
        log.add(
            Issue(
                Severity.WARNING,
                "no_rows",
                "has a header row but no people",
                table.file,
                table.sheet,
            )
        )


def _person(
    row: _Row, headers: HeaderMap, values: list[Any], mapping: Mapping, seen: dict[str, int]
) -> PersonRecord | None:
    cells = headers.cells(values)
    ref = row.required(cells.get("person_ref"), "person_ref", "your reference for the person")
    if ref is not None:
        _check_unique(row, seen, ref, "person_ref")
    given = _text(cells.get("given_names"))
    family = _text(cells.get("family_name"))
    if given is None and family is None:
        row.issue(
            Severity.WARNING,
            "no_name",
            "given_names",
            "no name recorded; accepted (e.g. an unknown adult or an unnamed baby)",
        )
    dob: ChronoDate | None = None
    raw_dob = cells.get("date_of_birth")
    if raw_dob is not None:
        try:
            dob, _ = row.date(raw_dob, "date_of_birth", mapping)
        except DateError as error:
            row.bad_date("date_of_birth", error)
    nhs: str | None = None
    raw_nhs = _text(cells.get("nhs_number"))
    if raw_nhs is not None:
        digits = normalise_nhs_number(raw_nhs)
        if len(digits) != 10 or not digits.isdigit():
            row.issue(
                Severity.ERROR,
                "bad_nhs_number",
                "nhs_number",
                "nhs_number must be 10 digits (spaces allowed); leave it blank if unknown",
            )
        else:
            nhs = digits
            if not is_valid_nhs_number(digits):
                row.issue(
                    Severity.WARNING,
                    "nhs_checksum",
                    "nhs_number",
                    "nhs_number fails the NHS check digit; it is kept but will not be "
                    "used to link records. Please check it against the record",
                )
    postcode = _text(cells.get("postcode"))
    if postcode is not None:
        postcode = " ".join(postcode.upper().split())
        if not _POSTCODE.match(postcode):
            row.issue(
                Severity.WARNING,
                "postcode_format",
                "postcode",
                "postcode is not in a UK postcode format (e.g. ZZ1 1AA)",
            )
    sex = row.term(SEXES, cells.get("sex"), "sex")
    role = row.term(ROLES, cells.get("role"), "role")
    if ref is None:
        return None
    return PersonRecord(
        person_ref=ref,
        given_names=given,
        family_name=family,
        other_names=_split(cells.get("other_names")),
        date_of_birth=dob,
        sex=sex,
        nhs_number=nhs,
        address=_text(cells.get("address")),
        postcode=postcode,
        role=role,
        row=row.number,
    )


def validate_events(
    table: Table, log: IssueLog, mapping: Mapping, index: PeopleIndex
) -> Iterator[Event]:
    headers = map_headers(table, EVENT_COLUMNS, log, mapping, events=True)
    if headers is None:
        return
    seen: dict[str, int] = {}
    sequence = 0
    for number, values in table.rows:
        sequence += 1
        row = _Row(table, number, log)
        event = _event(row, headers, values, mapping, seen, index, sequence)
        if event is not None and row.ok:
            yield event
    if sequence == 0:
        log.add(
            Issue(
                Severity.WARNING,
                "no_rows",
                "has a header row but no events",
                table.file,
                table.sheet,
            )
        )


def _start(
    row: _Row, raw: Any, mapping: Mapping
) -> tuple[ChronoDate | None, time | None, ChronoDate | None]:
    """The start date and time; a range written in one cell also gives an end."""
    if isinstance(raw, str) and (m := _RANGE.match(raw)) and mapping.date_format is None:
        try:
            start, clock = row.date(m.group(1), "start_date", mapping)
            end, _ = row.date(m.group(2), "start_date", mapping)
        except DateError as error:
            row.bad_date("start_date", error)
            return None, None, None
        return start, clock, end
    try:
        start, clock = row.date(raw, "start_date", mapping)
    except DateError as error:
        row.bad_date("start_date", error)
        return None, None, None
    return start, clock, None


def _event(
    row: _Row,
    headers: HeaderMap,
    values: list[Any],
    mapping: Mapping,
    seen: dict[str, int],
    index: PeopleIndex,
    sequence: int,
) -> Event | None:
    cells = headers.cells(values)
    ref = row.required(cells.get("event_ref"), "event_ref", "your reference for the entry")
    if ref is not None:
        _check_unique(row, seen, ref, "event_ref")
    raw_start = cells.get("start_date")
    start: ChronoDate | None = None
    clock: time | None = None
    end: ChronoDate | None = None
    if raw_start is None:
        row.required(None, "start_date", "the date it happened (a month or year is fine)")
    else:
        start, clock, end = _start(row, raw_start, mapping)
    raw_time = cells.get("start_time")
    if raw_time is not None:
        try:
            clock = parse_time(raw_time)
        except DateError as error:
            row.issue(Severity.ERROR, "bad_time", "start_time", f"start_time {error}")
    raw_end = cells.get("end_date")
    if raw_end is not None:
        try:
            end, _ = row.date(raw_end, "end_date", mapping)
        except DateError as error:
            row.bad_date("end_date", error)
    if start is not None and end is not None and end.latest < start.earliest:
        row.issue(Severity.ERROR, "end_before_start", "end_date", "end_date is before start_date")
    category = _category(row, cells.get("category"), mapping)
    people = _split(cells.get("people"))
    if not people:
        row.issue(
            Severity.ERROR,
            "required",
            "people",
            "people is required: at least one person_ref from the People sheet, separated by ;",
        )
    elif index.refs:
        unknown = sum(1 for p in people if p not in index.refs)
        if unknown:
            row.issue(
                Severity.WARNING,
                "unknown_person_ref",
                "people",
                f"{unknown} of the people refs is not in People; the entry is kept "
                "but not linked to that person",
            )
    description = row.required(cells.get("description"), "description", "what happened")
    source = row.required(cells.get("source"), "source", "your record reference for this entry")
    child_seen = row.term(CHILD_SEEN, cells.get("child_seen"), "child_seen")
    shared = tuple(_agency_word(w) for w in _split(cells.get("shared_with")))
    if ref is None or start is None or description is None or source is None:
        return None
    return Event(
        event_ref=ref,
        start=start,
        start_time=clock,
        end=end,
        category=category or "other",
        people=people,
        description=description,
        practitioner=_text(cells.get("practitioner")),
        child_seen=child_seen,
        action_outcome=_text(cells.get("action_outcome")),
        shared_with=shared,
        source=source,
        analysis=_text(cells.get("analysis")),
        sequence=sequence,
        row=row.number,
    )


def _category(row: _Row, raw: Any, mapping: Mapping) -> str | None:
    text = _text(raw)
    if text is None:
        row.issue(Severity.WARNING, "no_category", "category", "no category; recorded as Other")
        return None
    term = CATEGORIES.lookup(mapping.category_label(text))
    if term is None:
        row.issue(
            Severity.ERROR,
            "unknown_term",
            "category",
            "category is not in the vocabulary (see the Lists sheet of the template, or "
            "map your labels in a mapping file): " + CATEGORIES.expected(),
        )
        return None
    return term.code


def _agency_word(word: str) -> str:
    term = AGENCY_TYPES.lookup(word)
    return term.code if term is not None else word
