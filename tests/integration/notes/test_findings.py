"""Findings through the real CLI and database (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import func, select

from casereview.store.database import Database
from casereview.store.indicators_tables import FindingRow
from casereview.store.tables import AuditEntry

from ..foundation.builders import EVENTS_HEADER, standard

REQUIRED = ["rule_id", "title", "severity", "person_id", "evidence", "explanation", "reference"]


def _hv_return(path: Path) -> Path:
    rows = [
        EVENTS_HEADER,
        [
            "E1",
            "20/06/2022",
            "",
            "Home visit",
            "P1; P2",
            "Baby not independently mobile. Small bruise on the left ear.",
            "HV record",
        ],
        [
            "E2",
            "27/06/2022",
            "",
            "Home visit",
            "P1; P2",
            "Full skin check, no bruising seen.",
            "HV record",
        ],
    ]
    return standard(path, rows)


def _setup(cli: Any, tmp_path: Path) -> None:
    assert cli("review", "create", "LCSPR-4", "--title", "T", "--type", "lcspr").exit_code == 0
    result = cli(
        "import",
        "LCSPR-4",
        "--agency",
        "Health visiting",
        "--agency-type",
        "health_visiting",
        str(_hv_return(tmp_path / "hv.xlsx")),
    )
    assert result.exit_code == 0, result.output


def test_findings_csv_xlsx_html(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    result = cli("findings", "LCSPR-4", "--format", "csv", "--out", str(tmp_path / "f.csv"))
    assert result.exit_code == 0, result.output
    with (tmp_path / "f.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(column in rows[0] for column in REQUIRED)
    by_rule = {row["rule_id"]: row for row in rows}
    assert by_rule["bruising-non-mobile"]["evidence"] == "Health visiting:E1"
    assert by_rule["ten4facesp"]["evidence"] == "Health visiting:E1"
    assert by_rule["bruising-non-mobile"]["person_id"] == "P1"
    assert "nice.org.uk/guidance/cg89" in by_rule["bruising-non-mobile"]["reference"]
    assert not any("E2" in row["evidence"] for row in rows)
    assert (tmp_path / "f-agency-summary.csv").exists()

    assert (
        cli("findings", "LCSPR-4", "--format", "xlsx", "--out", str(tmp_path / "f.xlsx")).exit_code
        == 0
    )
    book = load_workbook(tmp_path / "f.xlsx")
    assert book.sheetnames == ["Findings", "Agency summary", "Rules"]

    assert (
        cli("findings", "LCSPR-4", "--format", "html", "--out", str(tmp_path / "f.html")).exit_code
        == 0
    )
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert '<mark class="bruise"' in html and "bruise</mark>" in html


def test_findings_are_stored_replaced_and_audited(cli: Any, db: Database, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    for _ in range(2):
        assert (
            cli(
                "findings", "LCSPR-4", "--format", "csv", "--out", str(tmp_path / "f.csv")
            ).exit_code
            == 0
        )
    with db.engine.connect() as conn:
        stored = conn.execute(select(FindingRow.rule_id, FindingRow.evidence)).all()
        audits = conn.execute(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "findings.run")
        ).scalar_one()
    assert ("bruising-non-mobile", "Health visiting:E1") in stored
    assert len(stored) == len(set(stored))
    assert audits == 2


def test_unknown_review_and_format_are_clear_errors(cli: Any, tmp_path: Path) -> None:
    result = cli("findings", "NOPE-1", "--out", str(tmp_path / "f.csv"), "--format", "csv")
    assert result.exit_code == 3 and "There is no review NOPE-1" in result.output
    _setup(cli, tmp_path)
    result = cli("findings", "LCSPR-4", "--out", str(tmp_path / "f.pdf"), "--format", "pdf")
    assert result.exit_code == 2 and "Unknown format" in result.output


def test_chronology_exports_mark_evidence_after_a_findings_run(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    assert (
        cli("chronology", "LCSPR-4", "--format", "csv", "--out", str(tmp_path / "a.csv")).exit_code
        == 0
    )
    with (tmp_path / "a.csv").open(encoding="utf-8") as handle:
        assert "findings" not in next(csv.reader(handle))
    assert (
        cli("findings", "LCSPR-4", "--format", "csv", "--out", str(tmp_path / "f.csv")).exit_code
        == 0
    )
    assert (
        cli("chronology", "LCSPR-4", "--format", "csv", "--out", str(tmp_path / "b.csv")).exit_code
        == 0
    )
    with (tmp_path / "b.csv").open(encoding="utf-8") as handle:
        rows = {row["event_ref"]: row for row in csv.DictReader(handle)}
    assert "bruising-non-mobile" in rows["E1"]["findings"]
    assert rows["E2"]["findings"] == ""
    assert (
        cli(
            "chronology", "LCSPR-4", "--format", "xlsx", "--out", str(tmp_path / "b.xlsx")
        ).exit_code
        == 0
    )
    assert "Findings" in load_workbook(tmp_path / "b.xlsx").sheetnames
    assert (
        cli(
            "chronology", "LCSPR-4", "--format", "html", "--out", str(tmp_path / "b.html")
        ).exit_code
        == 0
    )
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert 'class="evidence"' in html and "<h2>Findings</h2>" in html
