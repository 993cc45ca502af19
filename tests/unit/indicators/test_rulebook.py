"""Rule files: dated parameters, citations and clear loading errors."""

from __future__ import annotations

import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from casereview.errors import ConfigurationError
from casereview.indicators import load_rules

RULES = Path(str(resources.files("casereview.indicators") / "rules"))


def test_every_built_in_rule_cites_guidance_and_has_a_known_check() -> None:
    from casereview.indicators import checks  # noqa: F401
    from casereview.indicators.engine import CHECKS

    rules = load_rules()
    assert len(rules.rules) == 10
    for rule in rules.rules:
        assert rule.guidance and rule.reference()
        assert rule.check in CHECKS
        assert rule.severity in ("high", "medium", "low")


def test_a_parameter_takes_the_value_in_force_on_the_day() -> None:
    rule = load_rules().get("ten4facesp")
    assert rule.parameter("any_bruise_under_days", date(2015, 6, 1)) == 122
    assert rule.parameter("any_bruise_under_days", date(2021, 4, 1)) == 152
    assert "cheek" not in rule.parameter("regions", date(2020, 12, 31))
    assert "cheek" in rule.parameter("regions", date(2022, 1, 1))


def test_a_rule_applies_only_from_its_start_date() -> None:
    rule = load_rules().get("concern-without-referral")
    assert not rule.applies_on(date(2012, 1, 1))
    assert rule.applies_on(date(2020, 1, 1))


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_a_copy_has_the_same_version_and_a_change_a_new_one(rules_dir: Path) -> None:
    assert load_rules(rules_dir).version == load_rules().version
    path = rules_dir / "repeated-nfa.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 3,", "value: 4,"), "utf-8")
    assert load_rules(rules_dir).version != load_rules().version
    assert load_rules(rules_dir).get("repeated-nfa").parameter("min_count", date(2020, 1, 1)) == 4


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("severity: medium", "severity: urgent", "severity must be one of"),
        (
            "applies: {from: 2009-01-01, to: null}",
            "applies: {from: soon}",
            "applies.from must be a date",
        ),
        ("    - {from: 2009-01-01, value: 3,", "    - {value: 3,", r"parameters.min_count\[0\]"),
        ("id: repeated-nfa", "id: ten4facesp", "used twice"),
    ],
)
def test_mistakes_name_the_file(rules_dir: Path, old: str, new: str, message: str) -> None:
    path = rules_dir / "repeated-nfa.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_rules(rules_dir)
