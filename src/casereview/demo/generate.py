"""Write the demonstration returns: each agency's files in its own format.

Run `python -m casereview.demo.generate` to regenerate the shipped files in
`casereview/demo/data/`; a test checks that the shipped files match this generator.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import xlsxwriter

from casereview.demo.cast import AGENCIES, AgencyReturn, person_ref, person_rows
from casereview.demo.story import StoryEvent, all_events
from casereview.ingest.template import EVENT_COLUMNS, PEOPLE_COLUMNS
from casereview.model.dates import parse_chrono_date

__all__ = ["DATA_DIR", "generate"]

DATA_DIR = Path(__file__).parent / "data"
FIXED_TIME = datetime(2024, 3, 1, 9, 0, 0)

HV_PEOPLE_HEADERS = {
    "person_ref": "Client ID",
    "given_names": "Forename",
    "family_name": "Surname",
    "other_names": "Known As",
    "date_of_birth": "Date of Birth",
    "sex": "Gender",
    "nhs_number": "NHS No",
    "address": "Address",
    "postcode": "Post Code",
    "role": "Relationship",
}
HV_EVENT_HEADERS = {
    "event_ref": "Contact ID",
    "start_date": "Contact Date",
    "start_time": "Time",
    "category": "Contact Type",
    "people": "Clients",
    "description": "Contact Notes",
    "practitioner": "Staff Role",
    "child_seen": "Child Seen",
    "action_outcome": "Plan",
    "shared_with": "Shared With",
    "source": "Record Ref",
    "analysis": "IMR Comment",
}
HV_MAPPING = """\
# How Northshire 0-19 Health Visiting's case-management export maps onto the return template.
agency_type: health visiting
date_format: "%d-%b-%Y"
people_columns:
{people}
event_columns:
{events}
categories:
  New Birth Visit: home visit
  Developmental Review: home visit
  Clinic Weigh: clinic appointment
  Did Not Attend: was not brought
  Home visit: home visit
"""


def _sort_key(event: StoryEvent) -> tuple[object, str]:
    start, _ = parse_chrono_date(event.when)
    return start.sort_key(), event.time


def _event_rows(agency: AgencyReturn) -> list[dict[str, str]]:
    """Events of one agency in its own order (by date), with its own references."""
    events = sorted((e for e in all_events() if e.agency == agency.key), key=_sort_key)
    rows = []
    for number, event in enumerate(events, start=1):
        people = [person_ref(agency, k) for k in event.people if k in agency.people]
        rows.append(
            {
                "event_ref": f"{agency.key.upper()}-E{number:04d}",
                "start_date": event.when,
                "start_time": event.time,
                "end_date": event.end,
                "category": event.category,
                "people": "; ".join(people),
                "description": event.description,
                "practitioner": event.practitioner,
                "child_seen": event.child_seen,
                "action_outcome": event.outcome,
                "shared_with": event.shared_with,
                "source": f"{agency.key.upper()} record {10000 + number * 7}",
                "analysis": event.analysis,
            }
        )
    return rows


def _write_xlsx(
    path: Path, people: list[dict[str, str]], events: list[dict[str, str]], *, real_dates: bool
) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"created": FIXED_TIME, "author": "casereview demo"})
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, columns, rows in (
        ("People", PEOPLE_COLUMNS, people),
        ("Events", EVENT_COLUMNS, events),
    ):
        sheet = workbook.add_worksheet(name)
        for col, column in enumerate(columns):
            sheet.write_string(0, col, column.name.replace("_", " ").capitalize())
        for r, row in enumerate(rows, start=1):
            for col, column in enumerate(columns):
                value = row.get(column.name, "")
                if real_dates and column.name == "start_date" and value[:1].isdigit():
                    sheet.write_datetime(r, col, datetime.strptime(value, "%d/%m/%Y"), date_format)
                elif value:
                    sheet.write_string(r, col, value)
    workbook.close()


def _write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)


def _write_mapped(
    folder: Path, agency: AgencyReturn, people: list[dict[str, str]], events: list[dict[str, str]]
) -> list[Path]:
    """Health visiting's own export: its headers, dates like 24-Mar-2022, its labels."""
    for row in events:
        start, _ = parse_chrono_date(row["start_date"])
        row["start_date"] = start.earliest.strftime("%d-%b-%Y")
    for row in people:
        if row["date_of_birth"]:
            born, _ = parse_chrono_date(row["date_of_birth"])
            row["date_of_birth"] = born.earliest.strftime("%d-%b-%Y")
    people_path = folder / f"{agency.key}-clients.csv"
    events_path = folder / f"{agency.key}-contacts.csv"
    _write_csv(
        people_path,
        list(HV_PEOPLE_HEADERS.values()),
        [[r[c] for c in HV_PEOPLE_HEADERS] for r in people],
    )
    _write_csv(
        events_path,
        list(HV_EVENT_HEADERS.values()),
        [[r[c] for c in HV_EVENT_HEADERS] for r in events],
    )
    mapping_path = folder / f"{agency.key}-mapping.yaml"

    def block(headers: dict[str, str]) -> str:
        return "\n".join(f"  {theirs}: {ours}" for ours, theirs in headers.items())

    mapping_path.write_text(
        HV_MAPPING.format(people=block(HV_PEOPLE_HEADERS), events=block(HV_EVENT_HEADERS)),
        encoding="utf-8",
    )
    return [people_path, events_path, mapping_path]


def generate(folder: Path = DATA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    writers: dict[
        str, Callable[[AgencyReturn, list[dict[str, str]], list[dict[str, str]]], list[Path]]
    ] = {}

    def xlsx(
        agency: AgencyReturn, people: list[dict[str, str]], events: list[dict[str, str]]
    ) -> list[Path]:
        path = folder / f"{agency.key}.xlsx"
        _write_xlsx(path, people, events, real_dates=agency.key == "gp")
        return [path]

    def plain_csv(
        agency: AgencyReturn, people: list[dict[str, str]], events: list[dict[str, str]]
    ) -> list[Path]:
        people_path = folder / f"{agency.key}-people.csv"
        events_path = folder / f"{agency.key}-events.csv"
        _write_csv(
            people_path,
            [c.name for c in PEOPLE_COLUMNS],
            [[r[c.name] for c in PEOPLE_COLUMNS] for r in people],
        )
        _write_csv(
            events_path,
            [c.name for c in EVENT_COLUMNS],
            [[r[c.name] for c in EVENT_COLUMNS] for r in events],
        )
        return [people_path, events_path]

    writers.update(
        {
            "xlsx": xlsx,
            "csv": plain_csv,
            "mapped-csv": lambda a, p, e: _write_mapped(folder, a, p, e),
        }
    )
    for agency in AGENCIES:
        written += writers[agency.fmt](agency, person_rows(agency), _event_rows(agency))
    return written


if __name__ == "__main__":
    for path in generate():
        print(path)
