"""Importing returns and exporting the merged chronology, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from casereview.errors import InvalidInput, ValidationFailed
from casereview.services.chronology import export_review_chronology
from casereview.services.imports import ImportRequest, import_return
from casereview.services.reviews import create_review
from casereview.store.database import Database
from casereview.store.tables import AuditEntry, EventRow, PersonRecordRow, Return

from .builders import EVENTS_HEADER, PEOPLE, events, standard, workbook, write_csv

REF = "LCSPR-T1"


@pytest.fixture
def review(db: Database) -> Database:
    create_review(db, ref=REF, title="Test", review_type="lcspr", actor="tester")
    return db


def _import(
    db: Database, path: Path, agency: str = "Test GP", kind: str | None = "GP", **files: Path
) -> object:
    request = ImportRequest(
        review_ref=REF,
        agency=agency,
        agency_type=kind,
        actor="tester",
        workbook=path if not files else None,
        **files,
    )
    return import_return(db, request)


def _count(db: Database, table: type) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _csv(db: Database, tmp_path: Path, **filters: object) -> list[dict[str, str]]:
    out = tmp_path / "chronology.csv"
    export_review_chronology(db, ref=REF, fmt="csv", out=out, actor="tester", **filters)  # type: ignore[arg-type]
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_import_then_export(review: Database, tmp_path: Path) -> None:
    outcome = _import(review, standard(tmp_path / "gp.xlsx"))
    assert (outcome.status, outcome.people, outcome.events) == ("imported", 2, 3)  # type: ignore[attr-defined]
    rows = _csv(review, tmp_path)
    assert [r["event_ref"] for r in rows] == ["E1", "E2", "E3"]
    assert rows[0]["start_date"] == "2022-06-01"
    assert rows[0]["child_age"] == "2 months"  # born 14/03/2022, seen 01/06/2022
    assert rows[0]["category"] == "Home visit"


def test_an_error_on_the_last_row_imports_nothing(review: Database, tmp_path: Path) -> None:
    rows = events(30)
    rows[-1][1] = "31/02/2022"
    with pytest.raises(ValidationFailed) as caught:
        _import(review, standard(tmp_path / "gp.xlsx", rows))
    issues = caught.value.issues
    assert len(issues) == 1
    assert (issues[0].sheet, issues[0].row, issues[0].column) == ("Events", 31, "start_date")
    assert _count(review, EventRow) == 0
    assert _count(review, PersonRecordRow) == 0
    assert _count(review, Return) == 0


def test_identical_reimport_is_a_no_op(review: Database, tmp_path: Path) -> None:
    path = standard(tmp_path / "gp.xlsx")
    _import(review, path)
    again = _import(review, path)
    assert again.status == "unchanged"  # type: ignore[attr-defined]
    assert _count(review, Return) == 1
    assert _count(review, EventRow) == 3


def test_corrected_return_replaces_and_keeps_history(review: Database, tmp_path: Path) -> None:
    _import(review, standard(tmp_path / "v1.xlsx"))
    outcome = _import(review, standard(tmp_path / "v2.xlsx", events(5)))
    assert (outcome.status, outcome.version, outcome.previous_version) == ("replaced", 2, 1)  # type: ignore[attr-defined]
    assert len(_csv(review, tmp_path)) == 5  # only the current version is in the chronology
    with review.engine.connect() as conn:
        versions = conn.execute(
            select(Return.version, Return.is_current).order_by(Return.version)
        ).all()
        actions = conn.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars().all()
    assert [tuple(v) for v in versions] == [(1, False), (2, True)]
    assert _count(review, EventRow) == 8  # version 1's three events stay in history
    assert actions[-2:] == ["return.imported", "return.replaced"] or actions[-3:-1] == [
        "return.imported",
        "return.replaced",
    ]


def test_merged_order_across_agencies(review: Database, tmp_path: Path) -> None:
    gp = [
        EVENTS_HEADER,
        ["G1", "03/06/2022", "", "GP consultation", "P1", "Seen.", "g1"],
        ["G2", "June 2022", "", "GP consultation", "P1", "Month only.", "g2"],
        ["G3", "03/06/2022", "09:00", "GP consultation", "P1", "Timed.", "g3"],
    ]
    police = [
        EVENTS_HEADER,
        ["X1", "03/06/2022", "08:00", "Police incident", "P1", "Early.", "x1"],
        ["X2", "?02/06/2022", "", "Police incident", "P1", "Uncertain.", "x2"],
    ]
    _import(review, standard(tmp_path / "gp.xlsx", gp))
    _import(review, standard(tmp_path / "police.xlsx", police), agency="Test Police", kind="Police")
    rows = _csv(review, tmp_path)
    assert [r["event_ref"] for r in rows] == ["G2", "X2", "G1", "X1", "G3"]
    assert [r["sequence"] for r in rows] == ["1", "2", "3", "4", "5"]
    june, uncertain = rows[0], rows[1]
    assert (june["start_date"], june["date_precision"], june["child_age"]) == (
        "2022-06",
        "month",
        "2-3 months",
    )
    assert (uncertain["date_uncertain"], uncertain["start_date"]) == ("yes", "2022-06-02")


def test_filters(review: Database, tmp_path: Path) -> None:
    from datetime import date

    from casereview.chronology.entries import ChronologyFilter

    _import(review, standard(tmp_path / "gp.xlsx", events(5)))
    rows = _csv(
        review,
        tmp_path,
        where=ChronologyFilter(date_from=date(2022, 6, 2), date_to=date(2022, 6, 4)),
    )
    assert [r["event_ref"] for r in rows] == ["E2", "E3", "E4"]
    rows = _csv(review, tmp_path, where=ChronologyFilter(categories=frozenset({"arrest"})))
    assert rows == []
    with pytest.raises(InvalidInput, match="No agency named"):
        _csv(review, tmp_path, where=ChronologyFilter(agencies=frozenset({"nobody"})))


def test_formula_injection_is_neutralised_in_csv_and_xlsx(review: Database, tmp_path: Path) -> None:
    rows = [
        EVENTS_HEADER,
        [
            "E1",
            "01/06/2022",
            "",
            "Other",
            "P1",
            '=HYPERLINK("http://example.invalid","click")',
            "@src",
        ],
    ]
    _import(
        review,
        tmp_path,
        people=write_csv(tmp_path / "p.csv", PEOPLE),
        events=write_csv(tmp_path / "e.csv", rows),
    )
    exported = _csv(review, tmp_path)
    assert exported[0]["description"].startswith("'=HYPERLINK")
    assert exported[0]["source"] == "'@src"
    out = tmp_path / "c.xlsx"
    export_review_chronology(review, ref=REF, fmt="xlsx", out=out, actor="tester")
    book = load_workbook(out)
    sheet = book["Chronology"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("description") + 1)
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None
    assert book.sheetnames == ["Chronology", "Summary"]


def test_people_only_csv_return(review: Database, tmp_path: Path) -> None:
    people = write_csv(tmp_path / "people.csv", PEOPLE)
    outcome = _import(review, tmp_path, people=people)
    assert (outcome.people, outcome.events) == (2, 0)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sheets", "message"),
    [
        ({"Persons": PEOPLE, "Entries": events()}, "no sheet named People or Events"),
        ({"People": [["given_names"], ["Ava"]], "Events": events()}, "person_ref"),
    ],
)
def test_wrong_sheets_and_columns(
    review: Database, tmp_path: Path, sheets: dict[str, list[list[object]]], message: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        _import(review, workbook(tmp_path / "bad.xlsx", sheets))
    assert any(message in f"{i.message} {i.column}" for i in caught.value.issues)
    assert _count(review, Return) == 0


def test_files_that_are_not_what_they_say(review: Database, tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty"):
        _import(review, empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("person_ref,given_names\nP1,Ava\n")
    with pytest.raises(InvalidInput, match="not an Excel workbook"):
        _import(review, fake)
    with pytest.raises(InvalidInput, match="agency-type"):
        _import(review, standard(tmp_path / "ok.xlsx"), agency="New agency", kind=None)
