"""Findings exports: required columns, evidence notation, formula injection, highlighting."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from casereview.indicators import load_rules
from casereview.indicators.engine import Evidence, Finding, TriggerWords
from casereview.indicators.exports import (
    FINDINGS_EXPORTERS,
    AgencySummaryRow,
    FindingsDocument,
)

NOTE = "=cmd Bruise on the ear. No explanation."


def _finding() -> Finding:
    evidence = Evidence(
        event_id=1,
        agency="Health visiting",
        agency_type="health_visiting",
        event_ref="HV1",
        day=date(2022, 6, 20),
        date_text="2022-06-20",
        words=(
            TriggerWords("bruise", "Bruise", 5, 11),
            TriggerWords("explanation_absent", "No explanation", 24, 38),
        ),
        note=NOTE,
    )
    return Finding(
        rule_id="injury-explanation",
        title="Injury with absent explanation",
        severity="high",
        person_id="P1",
        evidence=(evidence, Evidence(2, "GP", "gp", "G7", date(2022, 6, 21), "2022-06-21")),
        explanation='=HYPERLINK("x") recorded',
        reference="NICE CG89",
        rules_version="rules-x",
        notes_version="notes-y",
    )


def _document() -> FindingsDocument:
    return FindingsDocument(
        review_ref="R1",
        title="T",
        generated_at=datetime(2026, 1, 1, 12, 0),
        findings=(_finding(),),
        summary=(AgencySummaryRow(1, "injury-explanation", "GP", "", "nothing recorded", ""),),
        rules=load_rules().rules,
        rules_version="rules-x",
    )


def test_csv_has_the_issue_columns_and_semicolon_evidence(tmp_path: Path) -> None:
    written = FINDINGS_EXPORTERS["csv"](_document(), tmp_path / "f.csv")
    assert [p.name for p in written] == ["f.csv", "f-agency-summary.csv"]
    with (tmp_path / "f.csv").open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["evidence"] == "Health visiting:HV1;GP:G7"
    assert row["explanation"].startswith("'=")  # formula injection neutralised
    assert "Bruise (bruise)" in row["trigger_words"]


def test_html_highlights_the_trigger_words_and_escapes_text(tmp_path: Path) -> None:
    FINDINGS_EXPORTERS["html"](_document(), tmp_path / "f.html")
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert '<mark class="bruise" title="bruise">Bruise</mark>' in html
    assert '<mark class="explanation_absent"' in html
    assert "=HYPERLINK(&#34;x&#34;)" in html or "=HYPERLINK(&quot;x&quot;)" in html


def test_highlighted_pieces_rebuild_the_note() -> None:
    pieces = _finding().evidence[0].highlighted()
    assert "".join(text for text, _ in pieces) == NOTE
    assert ("Bruise", "bruise") in pieces
