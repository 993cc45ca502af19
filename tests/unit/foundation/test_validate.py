"""Validation of rows: every error kind, located, and never quoting the personal value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from casereview.ingest.issues import IssueLog, Severity
from casereview.ingest.mapping import Mapping
from casereview.ingest.readers import Table
from casereview.ingest.validate import PeopleIndex, validate_events, validate_people

PEOPLE_HEADERS = [
    "Person ref",
    "Given names",
    "FAMILY_NAME",
    "date of birth",
    "NHS number",
    "Sex",
    "Role",
    "Postcode",
]
EVENT_HEADERS = [
    "event_ref",
    "start_date",
    "start_time",
    "end_date",
    "category",
    "people",
    "description",
    "source",
    "child_seen",
]


def _table(headers: list[str], rows: list[list[Any]], sheet: str = "People") -> Table:
    def numbered() -> Iterator[tuple[int, list[Any]]]:
        yield from ((n, row) for n, row in enumerate(rows, start=2))

    return Table("return.xlsx", sheet, headers, numbered())


def _people(
    rows: list[list[Any]], headers: list[str] | None = None
) -> tuple[list[Any], IssueLog, PeopleIndex]:
    log, index = IssueLog(), PeopleIndex()
    people = list(validate_people(_table(headers or PEOPLE_HEADERS, rows), log, Mapping(), index))
    return people, log, index


def _events(rows: list[list[Any]], refs: set[str] | None = None) -> tuple[list[Any], IssueLog]:
    log = IssueLog()
    index = PeopleIndex(refs=refs if refs is not None else {"P1", "P2"})
    events = list(validate_events(_table(EVENT_HEADERS, rows, "Events"), log, Mapping(), index))
    return events, log


def _codes(log: IssueLog) -> list[tuple[str, str, int | None, str | None]]:
    return [(i.severity.value, i.code, i.row, i.column) for i in log.issues]


def test_headers_match_whatever_the_case_and_spacing() -> None:
    people, log, _ = _people(
        [["P1", "Ava", "Quill", "01/02/2020", "9434765919", "F", "subject child", "ZZ1 1AA"]]
    )
    assert log.issues == []
    person = people[0]
    assert (person.person_ref, person.given_names, person.family_name) == ("P1", "Ava", "Quill")
    assert person.sex == "female" and person.role == "subject_child"
    assert person.nhs_number == "9434765919"


def test_only_person_ref_is_required_and_no_name_is_a_warning() -> None:
    people, log, _ = _people([["P9", "", "", "", "", "", "other adult", ""]])
    assert len(people) == 1
    assert _codes(log) == [("warning", "no_name", 2, "given_names")]


@pytest.mark.parametrize(
    ("row", "code", "column"),
    [
        (["", "Ava", "Quill", "", "", "", "", ""], "required", "person_ref"),
        (["P1", "Ava", "Quill", "31/02/2016", "", "", "", ""], "bad_date", "date_of_birth"),
        (["P1", "Ava", "Quill", "soon", "", "", "", ""], "bad_date", "date_of_birth"),
        (["P1", "Ava", "Quill", "", "12345", "", "", ""], "bad_nhs_number", "nhs_number"),
        (["P1", "Ava", "Quill", "", "", "Dragon", "", ""], "unknown_term", "sex"),
        (["P1", "Ava", "Quill", "", "", "", "landlady", ""], "unknown_term", "role"),
    ],
)
def test_person_errors(row: list[str], code: str, column: str) -> None:
    people, log, _ = _people([row])
    assert people == []
    assert ("error", code, 2, column) in _codes(log)
    for issue in log.issues:
        for value in row:
            if value and len(value) > 2:
                assert value not in issue.message


def test_checksum_failure_and_odd_postcode_are_warnings() -> None:
    people, log, _ = _people([["P1", "Ava", "Quill", "", "943 476 5918", "", "", "Q1"]])
    assert len(people) == 1
    assert _codes(log) == [
        ("warning", "nhs_checksum", 2, "nhs_number"),
        ("warning", "postcode_format", 2, "postcode"),
    ]


def test_duplicate_person_ref_names_the_first_row() -> None:
    _, log, _ = _people(
        [["P1", "A", "B", "", "", "", "", ""], ["P1", "C", "D", "", "", "", "", ""]]
    )
    assert _codes(log) == [("error", "duplicate_ref", 3, "person_ref")]
    assert "row 2" in log.issues[0].message


def test_missing_required_column_and_duplicate_column() -> None:
    _, log, _ = _people([["Ava"]], headers=["given names"])
    assert ("error", "missing_column", 1, "person_ref") in _codes(log)
    _, log, _ = _people([["P1", "P2"]], headers=["person_ref", "Person Ref"])
    assert ("error", "duplicate_column", 1, "Person Ref") in _codes(log)


def test_unknown_column_is_a_warning() -> None:
    people, log, _ = _people([["P1", "x"]], headers=["person_ref", "favourite colour"])
    assert len(people) == 1
    assert _codes(log) == [
        ("warning", "unknown_column", 1, "favourite colour"),
        ("warning", "no_name", 2, "given_names"),
    ]


def _event(**overrides: Any) -> list[Any]:
    base = {
        "event_ref": "E1",
        "start_date": "22/05/2016",
        "start_time": "",
        "end_date": "",
        "category": "home visit",
        "people": "P1",
        "description": "Visit.",
        "source": "rec 1",
        "child_seen": "yes",
    }
    base.update(overrides)
    return [base[h] for h in EVENT_HEADERS]


def test_a_good_event() -> None:
    events, log = _events([_event(start_time="14:30", people="P1; P2")])
    assert log.issues == []
    assert events[0].people == ("P1", "P2")
    assert events[0].category == "home_visit" and events[0].child_seen == "yes"


@pytest.mark.parametrize(
    ("overrides", "code", "column"),
    [
        ({"event_ref": ""}, "required", "event_ref"),
        ({"start_date": ""}, "required", "start_date"),
        ({"start_date": "31/02/2016"}, "bad_date", "start_date"),
        ({"start_date": "yesterday"}, "bad_date", "start_date"),
        ({"start_time": "25:61"}, "bad_time", "start_time"),
        ({"end_date": "21/05/2016"}, "end_before_start", "end_date"),
        ({"category": "tea party"}, "unknown_term", "category"),
        ({"people": ""}, "required", "people"),
        ({"description": ""}, "required", "description"),
        ({"source": ""}, "required", "source"),
        ({"child_seen": "maybe"}, "unknown_term", "child_seen"),
    ],
)
def test_event_errors(overrides: dict[str, str], code: str, column: str) -> None:
    events, log = _events([_event(**overrides)])
    assert events == []
    assert ("error", code, 2, column) in _codes(log)


def test_unknown_people_ref_is_a_warning_and_duplicate_event_ref_an_error() -> None:
    events, log = _events([_event(people="P1; P7"), _event()])
    assert len(events) == 1
    assert _codes(log) == [
        ("warning", "unknown_person_ref", 2, "people"),
        ("error", "duplicate_ref", 3, "event_ref"),
    ]


def test_range_in_one_cell_and_uncertain_month() -> None:
    events, _ = _events(
        [
            _event(start_date="01/05/2016 to 15/05/2016"),
            _event(event_ref="E2", start_date="c. May 2016"),
        ]
    )
    assert events[0].end is not None and events[0].end.earliest.day == 15
    assert events[1].start.uncertain and events[1].start.precision == "month"


def test_every_problem_is_collected_not_just_the_first() -> None:
    _, log = _events([_event(start_date="31/02/2016", category="tea party", source="")])
    assert log.error_count == 3
    assert all(i.severity is Severity.ERROR for i in log.issues)
