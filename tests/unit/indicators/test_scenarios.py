"""Scenario tests of the built-in indicator rules, read from scenarios/*.yaml.

Each scenario gives the child's date of birth, a few chronology events and the findings
expected (each as its evidence, `agency:event_ref` items); near-misses expect none. Written
from the guidance each rule cites, not from the engine's output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from casereview.indicators.engine import run_rules
from casereview.indicators.facts import indicator_events
from casereview.indicators.rulebook import load_rules
from casereview.model.dates import ChronoDate
from casereview.model.records import Event

SCENARIOS = Path(__file__).parent / "scenarios"


def _cases() -> list[Any]:
    cases = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for scenario in data["scenarios"]:
            cases.append(
                pytest.param(
                    data["rule"],
                    scenario.get("child_dob", data["child_dob"]),
                    scenario,
                    id=f"{data['rule']}: {scenario['name']}",
                )
            )
    return cases


def _events(raw: list[dict[str, Any]]) -> list[tuple[int, str, str, Event]]:
    events = []
    for index, item in enumerate(raw, start=1):
        day = item["date"]
        assert isinstance(day, date)
        events.append(
            (
                index,
                str(item["agency"]),
                str(item["type"]),
                Event(
                    event_ref=str(item["ref"]),
                    start=ChronoDate.day(day),
                    description=str(item.get("text", "")),
                    source="scenario",
                    people=tuple(item.get("people", ("child",))),
                    category=str(item.get("category", "other")),
                    action_outcome=item.get("outcome"),
                    shared_with=tuple(item.get("shared_with", ())),
                ),
            )
        )
    return events


@pytest.mark.parametrize(("rule_id", "dob", "scenario"), _cases())
def test_scenario(rule_id: str, dob: date, scenario: dict[str, Any]) -> None:
    raw = scenario["events"]
    events = indicator_events(
        _events(raw),
        child_dob=ChronoDate.day(dob),
        involves_child=lambda event_id: "child" in raw[event_id - 1].get("people", ("child",)),
    )
    findings = run_rules(events, person_id="child", only=[rule_id])
    got = [[item.key() for item in finding.evidence] for finding in findings]
    assert got == scenario["expect"], [f.explanation for f in findings]
    for finding in findings:
        assert finding.reference and finding.explanation.endswith(".")


def test_every_rule_has_a_positive_and_a_near_miss_scenario() -> None:
    covered: dict[str, set[bool]] = {}
    for path in SCENARIOS.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        covered.setdefault(data["rule"], set()).update(bool(s["expect"]) for s in data["scenarios"])
    for rule in load_rules().rules:
        assert covered.get(rule.id) == {True, False}, rule.id
        assert rule.guidance, rule.id


def test_findings_are_reproducible() -> None:
    raw = yaml.safe_load((SCENARIOS / "bruising-non-mobile.yaml").read_text(encoding="utf-8"))
    scenario = raw["scenarios"][0]
    dob = ChronoDate.day(raw["child_dob"])
    first = run_rules(indicator_events(_events(scenario["events"]), child_dob=dob), person_id="c")
    second = run_rules(indicator_events(_events(scenario["events"]), child_dob=dob), person_id="c")
    assert first == second and first
