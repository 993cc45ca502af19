"""Reading returns from XLSX workbooks and CSV files, row by row.

Rows are streamed so that a return of a million events does not have to fit in memory as
Python objects. Files that are not what their name says (a CSV saved as .xlsx, an empty file)
are reported with a sentence that says how to fix them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from casereview.errors import InvalidInput

__all__ = ["RowSource", "Table", "open_csv", "open_workbook", "workbook_sheet_names"]

_ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Table:
    """A header row and an iterator over the data rows (row number, values)."""

    file: str
    sheet: str | None
    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]


RowSource = Table


def _check_is_workbook(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(4)
    if not head:
        raise InvalidInput(
            f"{path.name}: the file is empty; expected a workbook with sheets People and Events"
        )
    if head != _ZIP_MAGIC:
        raise InvalidInput(
            f"{path.name}: the file is named .xlsx but is not an Excel workbook (it looks like "
            "text, perhaps a CSV renamed). Open it in Excel and save as .xlsx, or import it as "
            "CSV with --people/--events"
        )


def workbook_sheet_names(path: Path) -> list[str]:
    _check_is_workbook(path)
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception:  # calamine raises its own untyped errors for corrupt files
        raise InvalidInput(
            f"{path.name}: the workbook cannot be read; it may be damaged or "
            "password-protected. Save an unprotected copy and try again"
        ) from None


def _trim(values: list[Any]) -> list[Any]:
    return [v.strip() if isinstance(v, str) else v for v in values]


def open_workbook(path: Path, sheet: str) -> Table:
    """One sheet of a workbook; the first non-empty row is the header row."""
    workbook = CalamineWorkbook.from_path(str(path))
    data = workbook.get_sheet_by_name(sheet).iter_rows()
    row_number = 0
    headers: list[str] = []
    for values in data:
        row_number += 1
        if any(v not in ("", None) for v in values):
            headers = [str(v).strip() for v in values]
            break

    def rows() -> Iterator[tuple[int, list[Any]]]:
        number = row_number
        for values in data:
            number += 1
            if any(v not in ("", None) for v in values):
                yield number, _trim(list(values))

    return Table(path.name, sheet, headers, rows())


def _decode(path: Path) -> io.TextIOBase:
    """UTF-8 (with or without BOM); Windows-1252 as agencies' Excel often writes."""
    raw = path.open("rb")
    sample = raw.read(1 << 20)
    raw.seek(0)
    try:
        sample.decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        # A character cut at the sample's end is still UTF-8; anything else is Windows-1252.
        encoding = "utf-8-sig" if exc.start > len(sample) - 4 else "cp1252"
    return io.TextIOWrapper(raw, encoding=encoding, newline="")


def open_csv(path: Path) -> Table:
    if path.stat().st_size == 0:
        raise InvalidInput(f"{path.name}: the file is empty; expected a header row and data rows")
    with path.open("rb") as handle:
        if handle.read(4) == _ZIP_MAGIC:
            raise InvalidInput(
                f"{path.name}: the file is a workbook, not a CSV; import it as "
                "WORKBOOK.xlsx instead of --people/--events"
            )
    handle_text = _decode(path)
    reader = csv.reader(handle_text)
    headers: list[str] = []
    for values in reader:
        if any(v.strip() for v in values):
            headers = [v.strip() for v in values]
            break

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for values in reader:  # cells are stripped by validation
                if "".join(values).strip():
                    yield reader.line_num, values
        finally:
            handle_text.close()

    return Table(path.name, None, headers, rows())
