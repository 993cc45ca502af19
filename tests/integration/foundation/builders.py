"""Small real return files for the tests (invented people)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook

PEOPLE = [
    ["person_ref", "given_names", "family_name", "date_of_birth", "sex", "nhs_number", "role"],
    ["P1", "Poppy", "Trelawny", "14/03/2022", "Female", "9990000026", "Subject child"],
    ["P2", "Nadia", "Trelawny", "09/11/1999", "Female", "", "Mother"],
]
EVENTS_HEADER = [
    "event_ref",
    "start_date",
    "start_time",
    "category",
    "people",
    "description",
    "source",
]


def events(count: int = 3) -> list[list[Any]]:
    rows: list[list[Any]] = [EVENTS_HEADER]
    for n in range(1, count + 1):
        rows.append(
            [
                f"E{n}",
                f"{n:02d}/06/2022",
                "",
                "Home visit",
                "P1; P2",
                f"Visit number {n}.",
                f"rec {n}",
            ]
        )
    return rows


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def standard(path: Path, event_rows: list[list[Any]] | None = None) -> Path:
    return workbook(path, {"People": PEOPLE, "Events": event_rows or events()})


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path
