"""Readable clock scenarios (scenarios/*.yaml), each worked out by hand from a calendar and the
guidance it cites. A scenario lists only what it asserts; see scenarios/README.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from casereview.review import errors as review_errors
from casereview.review.clock import ClockPolicy, Deadline, ReviewFacts, compute_deadlines
from casereview.review.proceedings import Proceeding, ProceedingKind
from casereview.review.stages import ReviewType, Stage, StageChange
from casereview.review.timescales import CountsFrom
from casereview.review.working_days import Area

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))


def _facts(raw: dict[str, Any]) -> ReviewFacts:
    return ReviewFacts(
        review_type=ReviewType(raw["type"]),
        aware_date=raw["aware"],
        area=Area(raw.get("area", "england")),
        incident_date=raw.get("incident"),
        history=tuple(StageChange(Stage(s), d) for s, d in raw.get("history", [])),
        proceedings=tuple(
            Proceeding(
                kind=ProceedingKind(p["kind"]),
                start=p["start"],
                end=p.get("end"),
                holds_publication=p.get("holds_publication", False),
            )
            for p in raw.get("proceedings", [])
        ),
        planned_publication=raw.get("planned_publication"),
    )


def _check(deadlines: list[Deadline], expected: list[dict[str, Any]], where: str) -> None:
    by_step = {d.step: d for d in deadlines}
    for exp in expected:
        got = by_step[exp["step"]]
        label = f"{where}, step {exp['step']}"
        for key, value in exp.items():
            if key == "step":
                continue
            if key == "note_contains":
                assert value in got.note, f"{label}: note {got.note!r}"
            elif key == "rule_contains":
                assert str(value) in got.rule, f"{label}: rule {got.rule!r}"
            elif key == "status":
                assert got.status.value == value, f"{label}: status {got.status.value}"
            else:
                actual = getattr(got, key)
                assert actual == value, f"{label}: {key} is {actual!r}, expected {value!r}"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
    facts = _facts(scenario["facts"])
    policy = ClockPolicy(
        counts_from={k: CountsFrom(v) for k, v in scenario.get("policy", {}).items()}
    )
    if "expected_error" in scenario:
        error = getattr(review_errors, scenario["expected_error"]["type"])
        with pytest.raises(error) as caught:
            compute_deadlines(facts, scenario["as_of"], policy)
        assert scenario["expected_error"]["contains"] in str(caught.value)
        return
    checkpoints = scenario.get("checkpoints") or [
        {"as_of": scenario["as_of"], "expected": scenario["expected"]}
    ]
    for checkpoint in checkpoints:
        as_of: dt.date = checkpoint["as_of"]
        deadlines = compute_deadlines(facts, as_of, policy)
        _check(deadlines, checkpoint["expected"], f"{path.stem} as of {as_of}")


def test_every_scenario_has_a_name_and_an_expectation() -> None:
    assert len(SCENARIOS) >= 10
    for path in SCENARIOS:
        scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert scenario.get("name"), path.name
        assert {"expected", "checkpoints", "expected_error"} & set(scenario), path.name
