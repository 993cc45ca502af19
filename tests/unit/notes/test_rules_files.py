"""Rule data files are checked on load; a mistake names the file and the key."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from casereview.indicators.notes import NoteAnalyser, NoteRulesError, load_note_rules

DATA = Path(str(resources.files("casereview.indicators.notes") / "data"))


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    for name in ("concepts.yaml", "body_sites.yaml", "context.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_built_in_rules_load() -> None:
    rules = load_note_rules()
    assert rules.concept("bruise").kind == "injury"
    assert rules.concept("patterned_bruise").implies == ("bruise",)
    assert {r.id for r in rules.regions if r.ten4facesp} == {
        "torso",
        "ear",
        "neck",
        "frenulum",
        "angle_of_jaw",
        "cheek",
        "eyelid",
        "sclera",
    }


def test_a_copy_of_the_rules_gives_the_same_version(rules_dir: Path) -> None:
    assert load_note_rules(rules_dir).version == load_note_rules().version


def test_a_changed_rule_changes_the_version(rules_dir: Path) -> None:
    edit(rules_dir / "concepts.yaml", "bruise, bruises,", "bruise, bruises, contusions,")
    assert load_note_rules(rules_dir).version != load_note_rules().version


def test_an_extra_phrase_is_used(rules_dir: Path) -> None:
    edit(rules_dir / "concepts.yaml", "bruise, bruises,", "bruise, bruises, purple patch,")
    analysis = NoteAnalyser(load_note_rules(rules_dir)).analyse("Purple patch on the cheek.")
    assert [m.concept for m in analysis.mentions] == ["bruise"]


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "context.yaml",
            "direction: backward",
            "direction: backwards",
            r"context\.yaml: modifiers\[1\]\.direction",
        ),
        ("context.yaml", "phrases: ['no', not,", "phrases: [no, not,", "quote words YAML reads"),
        ("concepts.yaml", "implies: [bruise]", "implies: [bruse]", "unknown concept 'bruse'"),
        ("concepts.yaml", "kind: injury", "kind: harm", r"concepts\.bruise\.kind"),
        (
            "body_sites.yaml",
            "regions: [torso], phrases: [chest",
            "regions: [tosro], phrases: [chest",
            r"sites\.chest\.regions",
        ),
        ("concepts.yaml", "{LOWER: {IN: ['on', to]}}", "{LOWER: {IN: [on, to]}}", "true/false"),
    ],
)
def test_mistakes_are_reported_with_file_and_key(
    rules_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    edit(rules_dir / file, old, new)
    with pytest.raises(NoteRulesError, match=message):
        load_note_rules(rules_dir)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NoteRulesError, match=r"concepts\.yaml"):
        load_note_rules(tmp_path)
