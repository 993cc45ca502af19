"""ConText labels and the chronology traps named in issue 4.

Each row: note text, the concept looked at, and the expected labels
(negated, historical, hypothetical, experiencer).
"""

from __future__ import annotations

import pytest

from casereview.indicators.notes import ConceptMention, analyse_note


def mention(text: str, concept: str, occurrence: int = 0) -> ConceptMention:
    hits = [m for m in analyse_note(text).mentions if m.concept == concept]
    assert len(hits) > occurrence, f"{concept} not found"
    return hits[occurrence]


def labels(m: ConceptMention) -> tuple[bool, bool, bool, str]:
    return (m.negated, m.historical, m.hypothetical, m.experiencer)


CHILD = (False, False, False, "child")


@pytest.mark.parametrize(
    ("text", "concept", "expected"),
    [
        # negation
        ("No bruising seen.", "bruise", (True, False, False, "child")),
        ("Nil marks.", "bruise", (True, False, False, "child")),
        ("Skin clear, no bruises, no burns.", "burn", (True, False, False, "child")),
        ("Mother denies any domestic abuse.", "domestic_abuse", (True, False, False, "parent")),
        ("Fracture was ruled out.", "fracture", (True, False, False, "child")),
        ("Without any marks today.", "bruise", (True, False, False, "child")),
        ("Home conditions were clean and tidy.", "neglect", (True, False, False, "child")),
        # "no explanation" affirms the injury
        ("No explanation given for the bruise.", "bruise", CHILD),
        ("No explanation given for the bruise.", "explanation_absent", CHILD),
        ("Mother has no explanation for the burn.", "burn", CHILD),
        # "not independently mobile" negates nothing after it
        ("Not independently mobile, bruise noted to the ear.", "bruise", CHILD),
        ("Not yet rolling. Small bruise on the arm.", "bruise", CHILD),
        # "no concerns" and "NFA" scope
        ("No concerns raised. Bruise noted to the ear.", "bruise", CHILD),
        ("No safeguarding concerns, but a bruise was seen on the neck.", "bruise", CHILD),
        (
            "No concerns about mother's mental health.",
            "mental_ill_health",
            (True, False, False, "mother"),
        ),
        ("NFA; bruise accepted as accidental.", "bruise", CHILD),
        ("No further action, bruise to the cheek explained.", "bruise", CHILD),
        # scope stops at "but" / "however" / sentence end
        (
            "No bruising to the face but a bruise on the shin.",
            "bruise",
            (True, False, False, "child"),
        ),
        ("No bruising to the face but a bruise on the shin.", "bruise", CHILD),
        ("No injuries seen, however the child was hungry.", "neglect", CHILD),
        # historical
        ("Previous bruise on the cheek, now fading.", "bruise", (False, True, False, "child")),
        ("Old fracture of the clavicle.", "fracture", (False, True, False, "child")),
        (
            "Mother has a history of depression.",
            "mental_ill_health",
            (False, True, False, "mother"),
        ),
        ("4-month-old with a bruise.", "bruise", CHILD),
        # hypothetical
        ("Advised to seek help if any bruising appears.", "bruise", (False, False, True, "child")),
        ("Should bruising appear, attend A&E.", "bruise", (False, False, True, "child")),
        (
            "Safety plan: if father is drunk, call 999.",
            "substance_misuse",
            (False, False, True, "father"),
        ),
        ("Scald prevention advice given.", "burn", (False, False, True, "child")),
        # experiencer
        ("Mother has a bruise on her arm.", "bruise", (False, False, False, "mother")),
        ("Mother had a black eye.", "bruise", (False, False, False, "mother")),
        ("The older brother broke his arm.", "fracture", (False, False, False, "sibling")),
        ("Another pupil has a burn on his hand.", "burn", (False, False, False, "other")),
        ("Bruise on the baby's ear.", "bruise", CHILD),
        ("Mother unable to explain the bruise.", "bruise", CHILD),
        (
            "Father's mental health has deteriorated.",
            "mental_ill_health",
            (False, False, False, "father"),
        ),
        (
            "Mother's partner is using cocaine.",
            "substance_misuse",
            (False, False, False, "partner"),
        ),
        (
            "Maternal grandmother has schizophrenia.",
            "mental_ill_health",
            (False, False, False, "other"),
        ),
        ("Both parents were intoxicated.", "substance_misuse", (False, False, False, "parent")),
        ("Pupil admitted self-harming.", "mental_ill_health", CHILD),
        # household concepts default to the carer when nobody is named
        (
            "Strong smell of cannabis in the property.",
            "substance_misuse",
            (False, False, False, "parent"),
        ),
        ("Domestic incident at the address.", "domestic_abuse", (False, False, False, "parent")),
        (
            "Neighbour heard shouting and smashing.",
            "domestic_abuse",
            (False, False, False, "parent"),
        ),
    ],
)
def test_context_labels(text: str, concept: str, expected: tuple[bool, bool, bool, str]) -> None:
    hits = [m for m in analyse_note(text).mentions if m.concept == concept]
    assert expected in [labels(m) for m in hits]


def test_the_modifier_words_are_kept_for_highlighting() -> None:
    text = "No bruising seen; mother has a history of depression."
    bruise = mention(text, "bruise")
    depression = mention(text, "mental_ill_health")
    assert [(m.category, text[m.start : m.end]) for m in bruise.modifiers] == [("negated", "No")]
    assert ("historical", "history of") in [(m.category, m.text) for m in depression.modifiers]
    assert ("experiencer", "mother") in [(m.category, m.text) for m in depression.modifiers]


def test_predicates_follow_the_labels() -> None:
    text = "No bruising seen. Mother has a black eye. Father drinks heavily. Bruise on the ear."
    negated, mothers, fathers, current = (
        mention(text, "bruise", 0),
        mention(text, "bruise", 1),
        mention(text, "substance_misuse"),
        mention(text, "bruise", 2),
    )
    assert not negated.is_affirmed() and not negated.is_affirmed_current_child()
    assert mothers.is_affirmed_current() and not mothers.is_affirmed_current_child()
    assert mothers.is_about_carer() and mothers.is_affirmed_current_concern()
    assert fathers.is_affirmed_current_concern() and not fathers.is_about_child()
    assert current.is_affirmed_current_child()
