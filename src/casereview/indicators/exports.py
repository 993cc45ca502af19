"""Findings exports: CSV (plus a per-agency summary CSV), XLSX and a printable HTML page.

The CSV has the columns the issue asks for (rule_id, title, severity, person_id, evidence,
explanation, reference) with evidence as `agency:event_ref` items separated by `;`, then the
words in the notes that triggered each finding and the rule versions. Every text cell is
protected against spreadsheet formula injection. The HTML page shows each evidence note with
the triggering words highlighted, so a reviewer goes from a finding to the words.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import xlsxwriter
from jinja2 import Environment, PackageLoader, select_autoescape

from casereview.chronology.safe_cells import neutralise
from casereview.indicators.engine import Finding
from casereview.indicators.rulebook import Rule

__all__ = [
    "FINDINGS_COLUMNS",
    "FINDINGS_EXPORTERS",
    "SUMMARY_COLUMNS",
    "AgencySummaryRow",
    "FindingsDocument",
    "finding_values",
]

FINDINGS_COLUMNS: tuple[str, ...] = (
    "rule_id",
    "title",
    "severity",
    "person_id",
    "evidence",
    "explanation",
    "reference",
    "trigger_words",
    "rules_version",
    "notes_version",
)
SUMMARY_COLUMNS: tuple[str, ...] = (
    "finding",
    "rule_id",
    "agency",
    "events",
    "what_it_recorded",
    "shared",
)


@dataclass(frozen=True)
class AgencySummaryRow:
    """What one agency recorded that bears on one finding, and whether it was shared."""

    finding: int
    rule_id: str
    agency: str
    events: str
    recorded: str
    shared: str

    def values(self) -> dict[str, str]:
        return {
            "finding": str(self.finding),
            "rule_id": self.rule_id,
            "agency": self.agency,
            "events": self.events,
            "what_it_recorded": self.recorded,
            "shared": self.shared,
        }


@dataclass(frozen=True)
class FindingsDocument:
    review_ref: str
    title: str
    generated_at: datetime
    findings: tuple[Finding, ...]
    summary: tuple[AgencySummaryRow, ...]
    rules: tuple[Rule, ...]
    rules_version: str


def finding_values(finding: Finding) -> dict[str, str]:
    """One finding as export cells, in the column names of FINDINGS_COLUMNS."""
    words = "; ".join(
        f"{item.key()}: " + ", ".join(f"{w.text} ({w.concept})" for w in item.words)
        for item in finding.evidence
        if item.words
    )
    return {
        "rule_id": finding.rule_id,
        "title": finding.title,
        "severity": finding.severity,
        "person_id": finding.person_id,
        "evidence": finding.evidence_text(),
        "explanation": finding.explanation,
        "reference": finding.reference,
        "trigger_words": words,
        "rules_version": finding.rules_version,
        "notes_version": finding.notes_version,
    }


def summary_path(out: Path) -> Path:
    """Where the CSV export writes its per-agency summary."""
    return out.with_name(f"{out.stem}-agency-summary{out.suffix or '.csv'}")


def write_csv(document: FindingsDocument, out: Path) -> list[Path]:
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(FINDINGS_COLUMNS)
        for finding in document.findings:
            values = finding_values(finding)
            writer.writerow([neutralise(values[c]) for c in FINDINGS_COLUMNS])
    second = summary_path(out)
    with second.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_COLUMNS)
        for row in document.summary:
            values = row.values()
            writer.writerow([neutralise(values[c]) for c in SUMMARY_COLUMNS])
    return [out, second]


def write_xlsx(document: FindingsDocument, out: Path) -> list[Path]:
    workbook = xlsxwriter.Workbook(str(out), {"strings_to_formulas": False})
    try:
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        sheets = (
            ("Findings", FINDINGS_COLUMNS, [finding_values(f) for f in document.findings]),
            ("Agency summary", SUMMARY_COLUMNS, [row.values() for row in document.summary]),
            (
                "Rules",
                ("rule_id", "title", "severity", "explanation", "reference", "applies_from"),
                [
                    {
                        "rule_id": rule.id,
                        "title": rule.title,
                        "severity": rule.severity,
                        "explanation": rule.explanation,
                        "reference": rule.reference(),
                        "applies_from": rule.applies_from.isoformat(),
                    }
                    for rule in document.rules
                ],
            ),
        )
        for name, columns, rows in sheets:
            sheet = workbook.add_worksheet(name)
            for col, column in enumerate(columns):
                sheet.write_string(0, col, column, header)
                sheet.set_column(col, col, 60 if column in _WIDE else 18)
            for row_index, values in enumerate(rows, start=1):
                for col, column in enumerate(columns):
                    sheet.write_string(row_index, col, neutralise(values[column]), wrap)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    finally:
        workbook.close()
    return [out]


_WIDE = frozenset({"explanation", "reference", "trigger_words", "what_it_recorded"})

_ENV = Environment(
    loader=PackageLoader("casereview.indicators", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def write_html(document: FindingsDocument, out: Path) -> list[Path]:
    template = _ENV.get_template("findings.html.j2")
    out.write_text(template.render(doc=document), encoding="utf-8")
    return [out]


Writer = Callable[[FindingsDocument, Path], list[Path]]
#: Export formats by name; a later feature registers more here.
FINDINGS_EXPORTERS: dict[str, Writer] = {"csv": write_csv, "xlsx": write_xlsx, "html": write_html}
