"""Publishing through the real CLI on both databases: the gate, sign-off, publication record."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from casereview.store.database import open_database
from casereview.store.publish_tables import Publication
from casereview.store.tables import AuditEntry

from ..foundation.builders import workbook

# Invented people: a child, her mother, the mother's partner, and a named health visitor.
PEOPLE = [
    [
        "person_ref",
        "given_names",
        "family_name",
        "date_of_birth",
        "sex",
        "nhs_number",
        "role",
        "address",
        "postcode",
    ],
    [
        "P1",
        "Grace",
        "Trelawny",
        "14/03/2022",
        "Female",
        "9990000026",
        "Subject child",
        "7 Quillet Lane, Pennock",
        "ZZ9 1AB",
    ],
    ["P2", "Nadia", "Trelawny", "09/11/1999", "Female", "", "Mother", "", ""],
    ["P3", "Jory", "Penhallow", "02/02/1995", "Male", "", "Partner", "", ""],
]
EVENTS = [
    ["event_ref", "start_date", "category", "people", "description", "practitioner", "source"],
    ["E1", "14/03/2022", "Birth", "P1; P2", "Grace born at 38 weeks.", "Midwife", "maternity"],
    [
        "E2",
        "02/06/2022",
        "Home visit",
        "P1; P2",
        "Nadia said Jory had moved in. There is hope that support helps. Grace seen.",
        "Lowena Chenoweth",
        "HV notes",
    ],
    [
        "E3",
        "05/06/2022",
        "Home visit",
        "P1",
        "Bruise seen on Grace's cheek at 7 Quillet Lane.",
        "Lowena Chenoweth",
        "HV notes",
    ],
]


def _setup(cli: Any, tmp_path: Path) -> None:
    assert (
        cli(
            "review", "create", "LCSPR-7", "--title", "Review of Grace", "--type", "lcspr"
        ).exit_code
        == 0
    )
    path = workbook(tmp_path / "hv.xlsx", {"People": PEOPLE, "Events": EVENTS})
    result = cli(
        "import",
        "LCSPR-7",
        "--agency",
        "Pennock Health Visiting",
        "--agency-type",
        "health visiting",
        str(path),
    )
    assert result.exit_code == 0, result.output


def test_publish_gate_signoff_and_publication(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    narrative = tmp_path / "narrative.md"
    narrative.write_text(
        "# Introduction\nThis review concerns Grace Trelawny and her mother Nadia.\n\n"
        "# Findings\nJory's history was not known to the health visitor, Lowena Chenoweth.\n",
        encoding="utf-8",
    )
    out = tmp_path / "published"
    # Publication is refused before anything is rendered.
    result = cli(
        "mark-published", "LCSPR-7", "--where", "https://example.org/r", "--on", "01/12/2026"
    )
    assert result.exit_code == 3
    result = cli(
        "publish",
        "LCSPR-7",
        "--narrative",
        str(narrative),
        "--format",
        "docx",
        "--format",
        "pdf",
        "--format",
        "html",
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert "no identifier found" in result.output
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "LCSPR-7-chronology-anonymised.xlsx",
        "LCSPR-7-report.docx",
        "LCSPR-7-report.html",
        "LCSPR-7-report.pdf",
    ]
    html = (out / "LCSPR-7-report.html").read_text(encoding="utf-8")
    assert "Child A" in html and "Grace" not in html and "Chenoweth" not in html
    assert "There is hope" in html  # the ordinary word stays
    # The leak check of the outputs is clean; of the named narrative it is not.
    result = cli("leakcheck", "LCSPR-7", *[str(p) for p in out.iterdir()])
    assert result.exit_code == 0, result.output
    result = cli("leakcheck", "LCSPR-7", str(narrative))
    assert result.exit_code == 1
    assert "line 2" in result.output and "Trelawny" not in result.output
    # Not publishable until a named person signs off the flagged words.
    result = cli(
        "mark-published", "LCSPR-7", "--where", "https://example.org/r", "--on", "01/12/2026"
    )
    assert result.exit_code == 1 and "signed off" in result.output
    assert cli("signoff", "LCSPR-7", "--by", "Sam").exit_code == 2  # a full name is required
    assert cli("signoff", "LCSPR-7", "--by", "Sam Okoro").exit_code == 0
    # A file changed after the check blocks publication.
    docx_path = out / "LCSPR-7-report.docx"
    original = docx_path.read_bytes()
    docx_path.write_bytes(original + b"\0")
    result = cli(
        "mark-published", "LCSPR-7", "--where", "https://example.org/r", "--on", "01/12/2026"
    )
    assert result.exit_code == 1 and "changed" in result.output
    docx_path.write_bytes(original)
    result = cli(
        "mark-published",
        "LCSPR-7",
        "--where",
        "https://example.org/r",
        "--on",
        "01/12/2026",
        "--notice",
        "National panel 20/11/2026",
    )
    assert result.exit_code == 0, result.output
    assert "keep online until 01/12/2027" in " ".join(result.output.split())
    status = " ".join(cli("publication", "LCSPR-7").output.split())
    assert "Sam Okoro" in status and "01/12/2027" in status and "clean" in status
    db = open_database(cli.url)
    try:
        with db.unit_of_work() as session:
            row = session.scalars(select(Publication)).one()
            assert (row.signed_off_by, str(row.published_on), str(row.retention_until)) == (
                "Sam Okoro",
                "2026-12-01",
                "2027-12-01",
            )
            assert row.notices == ["National panel 20/11/2026"]
            actions = list(
                session.scalars(
                    select(AuditEntry.action)
                    .where(AuditEntry.action.like("publish.%"))
                    .order_by(AuditEntry.id)
                )
            )
            details = " ".join(str(d) for d in session.scalars(select(AuditEntry.detail)))
    finally:
        db.dispose()
    assert actions == [
        "publish.render",
        "publish.leakcheck",
        "publish.leakcheck",
        "publish.signoff",
        "publish.published",
    ]
    assert "Trelawny" not in details and "Grace" not in details


def test_leaking_rendering_cannot_be_signed_off(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    # A glossary label that leaks a name is refused outright.
    result = cli("glossary", "LCSPR-7", "--set", "person:mother=Nadia")
    assert result.exit_code == 2
    result = cli("glossary", "LCSPR-7", "--set", "person:mother=Birth mother")
    assert result.exit_code == 0 and "Birth mother" in result.output
    # So is a label that only holds a name among other words.
    result = cli("glossary", "LCSPR-7", "--set", "person:mother=Mother Trelawny")
    assert result.exit_code == 2 and "identifier of the case" in result.output


def test_glossary_change_audited_without_the_key(cli: Any, tmp_path: Path) -> None:
    # Keys of people in roles that repeat hold a given name; the audit log holds none.
    _setup(cli, tmp_path)
    listing = cli("glossary", "LCSPR-7").output
    keys = re.findall(r"person:[\w-]*(?:jory|lowena)[\w-]*", listing)
    assert keys, listing
    result = cli("glossary", "LCSPR-7", "--set", f"{keys[0]}=Professional A")
    assert result.exit_code == 0, result.output
    db = open_database(cli.url)
    try:
        with db.unit_of_work() as session:
            details = [
                d
                for a, d in session.execute(select(AuditEntry.action, AuditEntry.detail))
                if a == "publish.glossary"
            ]
    finally:
        db.dispose()
    assert len(details) == 1 and details[0]["label"] == "Professional A"
    text = str(details).lower()
    assert "jory" not in text and "lowena" not in text


def test_anonymised_chronology_switch(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    named, anonymised = tmp_path / "named.xlsx", tmp_path / "anon.xlsx"
    assert cli("chronology", "LCSPR-7", "--out", str(named)).exit_code == 0
    result = cli("chronology", "LCSPR-7", "--anonymised", "--out", str(anonymised))
    assert result.exit_code == 0, result.output
    cells = [
        str(c.value)
        for row in load_workbook(anonymised).active.iter_rows()
        for c in row
        if c.value is not None
    ]
    text = " ".join(cells)
    assert "Grace" not in text and "Nadia" not in text and "Quillet" not in text
    assert "Child A" in text and "Mother" in text
    assert "2022-03-14" not in text  # the birth is shown by its month only
    assert cli("leakcheck", "LCSPR-7", str(named)).exit_code == 1
    assert cli("leakcheck", "LCSPR-7", str(anonymised)).exit_code == 0


def test_demo_publishes_its_review(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = cli("demo", "--out", str(out))
    assert result.exit_code == 0, result.output
    files = sorted((out / "publication").iterdir())
    assert [p.suffix for p in files] == [".xlsx", ".docx", ".html", ".pdf"]
    result = cli("leakcheck", "DEMO-LCSPR-2024", *[str(p) for p in files])
    assert result.exit_code == 0, result.output
    # The named narrative is not publishable: the same check fails on it.
    assert cli("leakcheck", "DEMO-LCSPR-2024", str(out / "narrative.md")).exit_code == 1
    status = " ".join(cli("publication", "DEMO-LCSPR-2024").output.split())
    assert "clean" in status and "Demo Reviewer" in status and "example.org" in status
    html = (out / "publication" / "DEMO-LCSPR-2024-report.html").read_text(encoding="utf-8")
    assert "Child A" in html and "Fairbrother" not in html and "Ellie" not in html
