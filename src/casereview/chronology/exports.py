"""Chronology exports: CSV, XLSX and a standalone printable HTML page.

Formats are registered by name so that later features (findings, anonymised views) extend the
same writers. Every writer streams the entries once and neutralises formula injection.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import xlsxwriter
from jinja2 import Environment, PackageLoader, select_autoescape

from casereview.chronology.entries import CSV_COLUMNS, ChronologyEntry, row_values
from casereview.chronology.safe_cells import neutralise

__all__ = ["EXPORTERS", "ExportMeta", "FindingLine", "export_chronology"]


@dataclass(frozen=True)
class FindingLine:
    """A stored indicator finding, as listed in a chronology export (numbered F1, F2...)."""

    number: int
    rule_id: str
    title: str
    severity: str
    evidence: str
    explanation: str


@dataclass(frozen=True)
class ExportMeta:
    review_ref: str
    title: str
    generated_at: datetime
    filters: str = ""
    agencies: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: event id -> the findings it is evidence for ("F1 ten4facesp; F3 ..."): marks rows.
    evidence: Mapping[int, str] = field(default_factory=dict)
    #: the findings, for a Findings sheet / section (empty: none has been run).
    findings: tuple[FindingLine, ...] = ()


Writer = Callable[[Iterable[ChronologyEntry], Path, ExportMeta], int]

#: Accessible light fills (dark text passes WCAG AA on each), one per agency in turn.
AGENCY_FILLS = (
    "#DDEBF7",
    "#FCE4D6",
    "#E2EFDA",
    "#FFF2CC",
    "#EDE1F5",
    "#DDF3F5",
    "#F8DDE8",
    "#E7E6E6",
    "#D9E1F2",
    "#FBE5D6",
    "#E4F0D0",
    "#FFF9D6",
)
WIDTHS = {
    "sequence": 7,
    "start_date": 12,
    "date_precision": 9,
    "date_uncertain": 9,
    "end_date": 12,
    "start_time": 7,
    "agency": 20,
    "agency_type": 16,
    "event_ref": 12,
    "category": 22,
    "people": 16,
    "child_age": 14,
    "description": 70,
    "practitioner": 18,
    "child_seen": 10,
    "action_outcome": 36,
    "shared_with": 20,
    "source": 18,
    "analysis": 36,
}


def write_csv(entries: Iterable[ChronologyEntry], out: Path, meta: ExportMeta) -> int:
    count = 0
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        marked = bool(meta.evidence)
        writer.writerow([*CSV_COLUMNS, "findings"] if marked else CSV_COLUMNS)
        for entry in entries:
            values = row_values(entry)
            cells = [neutralise(values[c]) for c in CSV_COLUMNS]
            if marked:
                cells.append(meta.evidence.get(entry.source.event_id, ""))
            writer.writerow(cells)
            count += 1
    return count


def write_xlsx(entries: Iterable[ChronologyEntry], out: Path, meta: ExportMeta) -> int:
    workbook = xlsxwriter.Workbook(
        str(out), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        return _fill_workbook(workbook, entries, meta)
    finally:
        workbook.close()


def _fill_workbook(
    workbook: xlsxwriter.Workbook, entries: Iterable[ChronologyEntry], meta: ExportMeta
) -> int:
    sheet = workbook.add_worksheet("Chronology")
    header = workbook.add_format(
        {
            "bold": True,
            "bg_color": "#1D3557",
            "font_color": "#FFFFFF",
            "text_wrap": True,
            "valign": "top",
            "border": 1,
        }
    )
    fills = {
        agency: (
            workbook.add_format(
                {
                    "bg_color": AGENCY_FILLS[i % len(AGENCY_FILLS)],
                    "text_wrap": True,
                    "valign": "top",
                    "border": 1,
                }
            ),
            workbook.add_format(
                {
                    "bg_color": AGENCY_FILLS[i % len(AGENCY_FILLS)],
                    "text_wrap": True,
                    "valign": "top",
                    "border": 1,
                    "italic": True,
                    "font_color": "#9C0006",
                }
            ),
        )
        for i, agency in enumerate(meta.agencies)
    }
    plain = workbook.add_format({"text_wrap": True, "valign": "top", "border": 1})
    uncertain_plain = workbook.add_format(
        {"text_wrap": True, "valign": "top", "border": 1, "italic": True, "font_color": "#9C0006"}
    )
    for col, name in enumerate(CSV_COLUMNS):
        sheet.set_column(col, col, WIDTHS.get(name, 14))
        sheet.write_string(0, col, name, header)
    marked = bool(meta.evidence)
    evidence_format = workbook.add_format(
        {"bold": True, "font_color": "#9C0006", "text_wrap": True, "valign": "top", "border": 1}
    )
    if marked:
        sheet.set_column(len(CSV_COLUMNS), len(CSV_COLUMNS), 28)
        sheet.write_string(0, len(CSV_COLUMNS), "findings", header)
    sheet.freeze_panes(1, 0)
    per_month: Counter[tuple[str, str]] = Counter()
    date_col = CSV_COLUMNS.index("start_date")
    row = 0
    for entry in entries:
        row += 1
        values = row_values(entry)
        normal, uncertain = fills.get(entry.source.agency, (plain, uncertain_plain))
        # The row format colours the whole row, so empty cells need not be written at all.
        sheet.set_row(row, None, normal)
        for col, name in enumerate(CSV_COLUMNS):
            text = neutralise(values[name])
            if name == "start_date":
                text = entry.event.start.display()
            if not text:
                continue
            fmt = uncertain if col == date_col and entry.event.start.uncertain else normal
            sheet.write_string(row, col, text, fmt)
        if marked:
            sheet.write_string(
                row,
                len(CSV_COLUMNS),
                meta.evidence.get(entry.source.event_id, ""),
                evidence_format,
            )
        start = entry.event.start.earliest
        per_month[(entry.source.agency, f"{start.year:04d}-{start.month:02d}")] += 1
    sheet.autofilter(0, 0, max(row, 1), len(CSV_COLUMNS) - (0 if marked else 1))
    _summary_sheet(workbook, per_month, meta, header)
    if meta.findings:
        _findings_sheet(workbook, meta, header)
    return row


def _findings_sheet(workbook: xlsxwriter.Workbook, meta: ExportMeta, header: object) -> None:
    sheet = workbook.add_worksheet("Findings")
    columns = ("finding", "rule_id", "title", "severity", "evidence", "explanation")
    widths = (8, 28, 40, 9, 40, 70)
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    for col, (name, width) in enumerate(zip(columns, widths, strict=True)):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, name, header)
    for row, line in enumerate(meta.findings, start=1):
        cells = (
            f"F{line.number}",
            line.rule_id,
            line.title,
            line.severity,
            line.evidence,
            line.explanation,
        )
        for col, text in enumerate(cells):
            sheet.write_string(row, col, neutralise(text), wrap)
    sheet.freeze_panes(1, 0)


def _summary_sheet(
    workbook: xlsxwriter.Workbook,
    per_month: Counter[tuple[str, str]],
    meta: ExportMeta,
    header: object,
) -> None:
    sheet = workbook.add_worksheet("Summary")
    months = sorted({m for _, m in per_month})
    agencies = sorted({a for a, _ in per_month})
    sheet.write_string(0, 0, f"Events per agency per month - review {meta.review_ref}", header)
    sheet.write_string(
        1,
        0,
        f"Generated {meta.generated_at:%d/%m/%Y %H:%M} UTC. "
        "Dates marked c. or in red italics are uncertain; a month or year "
        "means the exact day is not known.",
    )
    if meta.filters:
        sheet.write_string(2, 0, f"Filters: {meta.filters}")
    sheet.write_string(4, 0, "month", header)
    sheet.set_column(0, 0, 12)
    for col, agency in enumerate(agencies, start=1):
        sheet.write_string(4, col, neutralise(agency), header)
        sheet.set_column(col, col, max(12, min(len(agency) + 2, 30)))
    sheet.write_string(4, len(agencies) + 1, "total", header)
    for row, month in enumerate(months, start=5):
        sheet.write_string(row, 0, month)
        total = 0
        for col, agency in enumerate(agencies, start=1):
            count = per_month.get((agency, month), 0)
            total += count
            sheet.write_number(row, col, count)
        sheet.write_number(row, len(agencies) + 1, total)
    sheet.freeze_panes(5, 1)


_ENV = Environment(
    loader=PackageLoader("casereview.chronology", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def write_html(entries: Iterable[ChronologyEntry], out: Path, meta: ExportMeta) -> int:
    template = _ENV.get_template("chronology.html.j2")
    counter = {"rows": 0}

    def rows() -> Iterable[tuple[ChronologyEntry, dict[str, str], int]]:
        for entry in entries:
            counter["rows"] += 1
            index = (
                meta.agencies.index(entry.source.agency)
                if entry.source.agency in meta.agencies
                else 0
            )
            yield entry, row_values(entry), index % len(AGENCY_FILLS)

    with out.open("w", encoding="utf-8") as handle:
        for chunk in template.generate(meta=meta, rows=rows(), fills=AGENCY_FILLS):
            handle.write(chunk)
    return counter["rows"]


EXPORTERS: dict[str, Writer] = {"csv": write_csv, "xlsx": write_xlsx, "html": write_html}


def export_chronology(
    fmt: str, entries: Iterable[ChronologyEntry], out: Path, meta: ExportMeta
) -> int:
    return EXPORTERS[fmt](entries, out, meta)
