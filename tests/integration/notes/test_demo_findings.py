"""The demonstration review fires every built-in rule, and its near-misses do not fire."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from casereview.indicators import load_rules


def test_demo_fires_every_rule_and_not_its_near_misses(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = cli("demo", "--out", str(out))
    assert result.exit_code == 0, result.output
    with (out / "findings.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["rule_id"] for row in rows} == {rule.id for rule in load_rules().rules}
    by_rule: dict[str, list[str]] = {}
    for row in rows:
        by_rule.setdefault(row["rule_id"], []).append(row["evidence"])
    # near-miss: the 10-month-old's fall from a changing table with a consistent account
    assert not any("HOSPITAL-E0014" in e for e in by_rule["fracture-head-injury-young-child"])
    # near-miss: the 8-week check recorded "no marks seen"
    assert not any("GP-E0011" in e for e in by_rule["bruising-non-mobile"])
    # the chronology marks the evidence rows of the findings
    with (out / "chronology.csv").open(encoding="utf-8") as handle:
        marked = [row for row in csv.DictReader(handle) if row.get("findings")]
    assert marked
