"""The demonstration review builds end to end, and its shipped files match the generator."""

from __future__ import annotations

import csv
import filecmp
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from casereview.demo.cast import AGENCIES
from casereview.demo.generate import DATA_DIR, generate


def test_demo_builds_the_review(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = cli("demo", "--out", str(out))
    assert result.exit_code == 0, result.output
    with (out / "chronology.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 250
    assert len({r["agency"] for r in rows}) == len(AGENCIES) >= 6
    assert any(r["date_precision"] == "month" and r["date_uncertain"] == "yes" for r in rows)
    assert {r["agency_type"] for r in rows} >= {"Police", "GP", "Health visiting", "Nursery"}
    assert (out / "chronology.xlsx").stat().st_size > 0
    # running it again imports nothing new
    again = cli("demo", "--out", str(out))
    assert again.exit_code == 0 and again.output.count("unchanged") == len(AGENCIES)


def test_shipped_files_are_what_the_generator_makes(tmp_path: Path) -> None:
    made = generate(tmp_path)
    assert sorted(p.name for p in made) == sorted(p.name for p in DATA_DIR.iterdir())
    for path in made:
        shipped = DATA_DIR / path.name
        if path.suffix == ".xlsx":
            for sheet in ("People", "Events"):
                fresh = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet)
                old = CalamineWorkbook.from_path(str(shipped)).get_sheet_by_name(sheet)
                assert fresh.to_python() == old.to_python(), path.name
        else:
            assert filecmp.cmp(path, shipped, shallow=False), path.name
