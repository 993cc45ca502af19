"""An annotated copy of a return: every problem cell highlighted, with the problem as a comment.

Agencies fix returns in Excel, so the validation report is also given back as their own file
with the cells to fix marked: red for errors, amber for warnings, and a first sheet listing
every problem with its location. CSV files are copied into sheets of one workbook. The
comments say what is wrong and what is expected, never the cell's value.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from casereview.ingest.issues import Issue, Severity
from casereview.ingest.mapping import Mapping
from casereview.ingest.template import header_key

__all__ = ["annotate_return"]

ERROR_FILL = PatternFill("solid", fgColor="F4CCCC")
WARNING_FILL = PatternFill("solid", fgColor="FFF2CC")
AUTHOR = "casereview"


def _read_csv(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    return list(csv.reader(io.StringIO(text, newline="")))


def _header_row(sheet: Worksheet) -> int:
    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 50)):
        if any(c.value not in (None, "") for c in row):
            return int(row[0].row or 1)
    return 1


def _column_index(sheet: Worksheet, header_row: int, column: str, mapping: Mapping) -> int | None:
    wanted = header_key(column)
    for cell in sheet[header_row]:
        if cell.value in (None, ""):
            continue
        text = str(cell.value)
        if header_key(text) == wanted or (
            (mapping.column_for(text, events=True) or mapping.column_for(text, events=False))
            == wanted
        ):
            return int(cell.column)
    return None


def _mark(sheet: Worksheet, issues: Iterable[Issue], mapping: Mapping) -> None:
    header_row = _header_row(sheet)
    by_cell: dict[tuple[int, int], list[Issue]] = defaultdict(list)
    for issue in issues:
        row = issue.row or header_row
        col = _column_index(sheet, header_row, issue.column, mapping) if issue.column else None
        by_cell[(row, col or 1)].append(issue)
    for (row, col), found in by_cell.items():
        cell = sheet.cell(row=row, column=col)
        worst = any(i.severity is Severity.ERROR for i in found)
        cell.fill = ERROR_FILL if worst else WARNING_FILL
        text = "\n".join(f"{i.severity}: {i.message}" for i in found)
        cell.comment = Comment(text, AUTHOR, width=320, height=40 + 20 * len(found))


def _problems_sheet(book: Workbook, issues: list[Issue]) -> None:
    sheet = book.create_sheet("Problems", 0)
    sheet.append(["severity", "file", "sheet", "row", "column", "what to fix"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for issue in issues:
        sheet.append(
            [
                str(issue.severity),
                issue.file,
                issue.sheet or "",
                issue.row or "",
                issue.column or "",
                issue.message,
            ]
        )
        fill = ERROR_FILL if issue.severity is Severity.ERROR else WARNING_FILL
        sheet.cell(row=sheet.max_row, column=1).fill = fill
    for letter, width in zip("ABCDEF", (10, 24, 14, 6, 18, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def annotate_return(
    files: list[tuple[str, str, bytes]],
    issues: list[Issue],
    out: Path,
    mapping: Mapping | None = None,
) -> None:
    """Write `out` (.xlsx): the return's files (role, name, content) with problems marked."""
    mapping = mapping or Mapping()
    workbooks = [f for f in files if f[0] == "workbook"]
    if workbooks:
        _role, name, content = workbooks[0]
        book = load_workbook(io.BytesIO(content))
        for sheet in book.worksheets:
            _mark(
                sheet,
                [i for i in issues if i.file == name and i.sheet == sheet.title],
                mapping,
            )
    else:
        book = Workbook()
        book.remove(book.active)  # type: ignore[arg-type]
        for role, name, content in files:
            if role not in ("people", "events"):
                continue
            sheet = book.create_sheet(role.capitalize())
            for values in _read_csv(content):
                sheet.append(values)
            _mark(sheet, [i for i in issues if i.file == name], mapping)
    _problems_sheet(book, issues)
    book.active = 0
    book.save(out)
