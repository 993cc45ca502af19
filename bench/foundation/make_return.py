"""Write a large synthetic return (invented people) as People and Events CSV files, streaming."""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

from casereview.ingest.template import EVENT_COLUMNS, PEOPLE_COLUMNS

GIVEN = [
    "Ava",
    "Noah",
    "Isla",
    "Leo",
    "Mia",
    "Alfie",
    "Ivy",
    "Theo",
    "Rosa",
    "Finn",
    "Esme",
    "Otis",
    "Nell",
    "Jude",
    "Wren",
    "Cody",
    "Tilly",
    "Reuben",
    "Maisie",
    "Ezra",
]
FAMILY = [
    "Quill",
    "Trelawny",
    "Ashdown",
    "Penhallow",
    "Marwick",
    "Dunmore",
    "Keswick",
    "Hartley",
    "Oakham",
    "Fenwick",
    "Brindle",
    "Caldwell",
    "Thorne",
    "Westlake",
]
CATEGORIES = [
    "Home visit",
    "Clinic appointment",
    "Was not brought",
    "GP consultation",
    "Police incident",
    "Referral",
    "Assessment",
    "School or nursery attendance",
]
TEXT = (
    "Visit completed. Child seen and appeared well. Home conditions adequate; parent "
    "engaged with advice about safe sleep and feeding. Next contact booked."
)


def write(folder: Path, people: int, events: int, seed: int = 7) -> tuple[Path, Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    people_path, events_path = folder / "people.csv", folder / "events.csv"
    with people_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in PEOPLE_COLUMNS])
        for n in range(people):
            born = date(1980, 1, 1) + timedelta(days=rng.randrange(15000))
            writer.writerow(
                [
                    f"P{n}",
                    rng.choice(GIVEN),
                    rng.choice(FAMILY),
                    "",
                    born.strftime("%d/%m/%Y"),
                    rng.choice(["Female", "Male"]),
                    "",
                    "1 Example Road",
                    "ZZ1 1AA",
                    rng.choice(["Subject child", "Mother", "Father", "Sibling"]),
                ]
            )
    start = date(2015, 1, 1)
    with events_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in EVENT_COLUMNS])
        for n in range(events):
            day = start + timedelta(days=rng.randrange(3650))
            when = day.strftime("%d/%m/%Y") if n % 50 else day.strftime("%b %Y")
            writer.writerow(
                [
                    f"E{n}",
                    when,
                    f"{rng.randrange(8, 18):02d}:{rng.choice(['00', '30'])}",
                    "",
                    rng.choice(CATEGORIES),
                    f"P{rng.randrange(people)}; P{rng.randrange(people)}",
                    TEXT,
                    "Health visitor",
                    "Yes",
                    "",
                    "",
                    f"SYS {n}",
                    "",
                ]
            )
    return people_path, events_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    print(write(args.folder, args.people, args.events))
