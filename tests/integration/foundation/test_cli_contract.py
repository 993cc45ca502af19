"""The command-line contract of the foundation, through the real CLI on both databases."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from casereview.ingest.template import EVENT_COLUMNS, PEOPLE_COLUMNS

from .builders import events, standard

REQUIRED_COLUMNS = [
    "sequence",
    "start_date",
    "date_precision",
    "date_uncertain",
    "end_date",
    "start_time",
    "agency",
    "event_ref",
    "category",
    "people",
    "child_age",
    "description",
    "practitioner",
    "child_seen",
    "action_outcome",
    "shared_with",
    "source",
]


def test_review_import_chronology(cli: Any, tmp_path: Path) -> None:
    result = cli("review", "create", "LCSPR-9", "--title", "T", "--type", "lcspr")
    assert result.exit_code == 0, result.output
    result = cli(
        "import",
        "LCSPR-9",
        "--agency",
        "Test GP",
        "--agency-type",
        "gp",
        str(standard(tmp_path / "gp.xlsx")),
    )
    assert result.exit_code == 0, result.output
    assert "Imported Test GP return version 1: 2 people, 3 events" in result.output
    result = cli("import", "LCSPR-9", "--agency", "Test GP", str(tmp_path / "gp.xlsx"))
    assert result.exit_code == 0 and "No change" in result.output
    for fmt in ("csv", "xlsx", "html"):
        out = tmp_path / f"c.{fmt}"
        result = cli("chronology", "LCSPR-9", "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert "Wrote 3 chronology entries" in result.output
    with (tmp_path / "c.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert all(column in header for column in REQUIRED_COLUMNS)
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<table>" in html and "Visit number 2." in html and "@media print" in html
    result = cli(
        "chronology",
        "LCSPR-9",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "f.csv"),
        "--category",
        "home visit",
        "--from",
        "02/06/2022",
        "--to",
        "02/06/2022",
    )
    assert "Wrote 1 chronology entries" in result.output


def test_validation_failure_exits_2_with_a_table(cli: Any, tmp_path: Path) -> None:
    cli("review", "create", "R1")
    rows = events(3)
    rows[2][1] = "31/02/2022"
    result = cli(
        "import",
        "R1",
        "--agency",
        "GP",
        "--agency-type",
        "GP",
        str(standard(tmp_path / "bad.xlsx", rows)),
    )
    assert result.exit_code == 2
    assert "start_date" in result.output and "nothing was imported" in result.output
    assert "31/02/2022" not in result.output  # the value itself is never printed


def test_user_mistakes_are_sentences_not_tracebacks(cli: Any, tmp_path: Path) -> None:
    result = cli("import", "NOPE", "--agency", "GP", str(standard(tmp_path / "gp.xlsx")))
    assert result.exit_code == 3 and "There is no review NOPE" in result.output
    cli("review", "create", "R2")
    result = cli("review", "create", "R2")
    assert result.exit_code == 2 and "already exists" in result.output
    result = cli("chronology", "R2", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "Unknown format" in result.output
    result = cli("import", "R2", "--agency", "GP", str(tmp_path / "missing.xlsx"))
    assert result.exit_code == 2 and "no such file" in result.output
    assert "Traceback" not in result.output


def test_template_command(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    result = cli("template", "--out", str(out))
    assert result.exit_code == 0
    book = load_workbook(out)
    assert {"Guidance", "People", "Events", "Lists"} <= set(book.sheetnames)
    assert [c.value for c in book["People"][1]] == [c.name for c in PEOPLE_COLUMNS]
    assert [c.value for c in book["Events"][1]] == [c.name for c in EVENT_COLUMNS]
    # the blank template is itself a valid (empty) return
    cli("review", "create", "R3")
    result = cli("import", "R3", "--agency", "GP", "--agency-type", "GP", str(out))
    assert result.exit_code == 0, result.output
    assert "0 people, 0 events" in result.output


def test_every_command_has_help_with_an_example(cli: Any) -> None:
    for command in (["review", "create"], ["import"], ["chronology"], ["template"], ["demo"]):
        result = cli(*command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, command
