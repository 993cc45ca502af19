"""Writing the blank return template: a workbook with guidance, or two CSV files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import xlsxwriter

from casereview.ingest.template import (
    EVENT_COLUMNS,
    PEOPLE_COLUMNS,
    SHEET_EVENTS,
    SHEET_PEOPLE,
    Column,
)
from casereview.model.vocab import AGENCY_TYPES, CATEGORIES, CHILD_SEEN, ROLES, SEXES, Vocabulary

__all__ = ["write_csv_templates", "write_xlsx_template"]

GUIDANCE = (
    "This workbook is your agency's return to a child safeguarding practice review.",
    "Fill in one row per person your agency knew (sheet People) and one row per contact or "
    "entry in your records (sheet Events). Keep the sheet names and the header row.",
    "Columns marked * are required. Dates: 22/05/2016, or May 2016 or 2016 when the day is not "
    "known; put ? or c. in front when the date is uncertain (?22/05/2016, c. May 2016). "
    "Never guess a day.",
    "Write what the record says, including what was not done. Name practitioners by role "
    "(Health visitor, PC), not by name.",
    "Lists of accepted words (category, role, sex, child seen, agency types) are on the Lists "
    "sheet; any letter case is accepted.",
    "A file with any error is not imported at all: the report lists every row and column to "
    "correct. Re-send the whole corrected file; it replaces your previous version.",
)

_VOCABS: tuple[tuple[str, Vocabulary], ...] = (
    ("category", CATEGORIES),
    ("role", ROLES),
    ("sex", SEXES),
    ("child_seen", CHILD_SEEN),
    ("agency types", AGENCY_TYPES),
)


def _columns_table(
    sheet: Any, start: int, title: str, columns: tuple[Column, ...], bold: Any, wrap: Any
) -> int:
    sheet.write_string(start, 0, title, bold)
    for offset, header in enumerate(("column", "required", "what to write", "example")):
        sheet.write_string(start + 1, offset, header, bold)
    row = start + 2
    for column in columns:
        sheet.write_string(row, 0, column.name, wrap)
        sheet.write_string(row, 1, "yes" if column.required else "", wrap)
        sheet.write_string(row, 2, column.description, wrap)
        sheet.write_string(row, 3, column.example, wrap)
        row += 1
    return row + 1


def write_xlsx_template(out: Path) -> None:
    workbook = xlsxwriter.Workbook(str(out))
    try:
        bold = workbook.add_format({"bold": True})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        required = workbook.add_format(
            {"bold": True, "bg_color": "#1D3557", "font_color": "#FFFFFF"}
        )
        optional = workbook.add_format({"bold": True, "bg_color": "#DDEBF7"})
        guidance = workbook.add_worksheet("Guidance")
        guidance.set_column(0, 0, 22)
        guidance.set_column(1, 1, 10)
        guidance.set_column(2, 2, 80)
        guidance.set_column(3, 3, 30)
        guidance.write_string(
            0, 0, "Agency return: guidance", workbook.add_format({"bold": True, "font_size": 16})
        )
        for i, line in enumerate(GUIDANCE, start=2):
            guidance.write_string(i, 0, line)
        row = _columns_table(
            guidance, len(GUIDANCE) + 3, "Sheet People", PEOPLE_COLUMNS, bold, wrap
        )
        _columns_table(guidance, row, "Sheet Events", EVENT_COLUMNS, bold, wrap)
        lists = workbook.add_worksheet("Lists")
        ranges: dict[str, str] = {}
        for col, (name, vocabulary) in enumerate(_VOCABS):
            lists.write_string(0, col, name, bold)
            lists.set_column(col, col, 34)
            for r, term in enumerate(vocabulary.terms, start=1):
                lists.write_string(r, col, term.label)
            letter = xlsxwriter.utility.xl_col_to_name(col)
            ranges[name] = f"=Lists!${letter}$2:${letter}${len(vocabulary.terms) + 1}"
        for sheet_name, columns in ((SHEET_PEOPLE, PEOPLE_COLUMNS), (SHEET_EVENTS, EVENT_COLUMNS)):
            sheet = workbook.add_worksheet(sheet_name)
            sheet.freeze_panes(1, 0)
            for col, column in enumerate(columns):
                sheet.write_string(0, col, column.name, required if column.required else optional)
                sheet.write_comment(
                    0, col, ("Required. " if column.required else "") + column.description
                )
                sheet.set_column(col, col, 60 if column.name == "description" else 18)
                if column.name in ranges:
                    sheet.data_validation(
                        1,
                        col,
                        50000,
                        col,
                        {
                            "validate": "list",
                            "source": ranges[column.name],
                            "error_type": "warning",
                            "ignore_blank": True,
                        },
                    )
        workbook.get_worksheet_by_name(SHEET_PEOPLE).activate()
    finally:
        workbook.close()


def write_csv_templates(folder: Path) -> tuple[Path, Path]:
    people, events = folder / "people.csv", folder / "events.csv"
    for path, columns in ((people, PEOPLE_COLUMNS), (events, EVENT_COLUMNS)):
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow([c.name for c in columns])
    return people, events
