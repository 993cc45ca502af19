"""Triggering words stay marked where they stand after a note is redacted."""

from __future__ import annotations

from casereview.publish.redact import RedactionResult, Replacement
from casereview.services.findings_view import _after_redaction, mark_words


def test_words_move_with_the_replacements_before_them() -> None:
    original = "Nadia said the bruise on Kai was old"
    result = RedactionResult(
        text="the mother said the bruise on Child A was old",
        replacements=(
            Replacement(0, 5, "the mother", "identity", "p1"),
            Replacement(25, 28, "Child A", "identity", "p2"),
        ),
        flagged=(),
    )
    bruise = (original.index("bruise"), original.index("bruise") + len("bruise"), "bruise")
    old = (original.index("old"), original.index("old") + 3, "age")
    text, words = _after_redaction(result, [bruise, old])
    parts = mark_words(text, words)
    assert ("bruise", "bruise") in parts and ("old", "age") in parts
    assert "".join(p for p, _ in parts) == "the mother said the bruise on Child A was old"


def test_a_word_inside_a_replacement_is_no_longer_marked() -> None:
    result = RedactionResult(
        text="Seen at the family home.",
        replacements=(Replacement(8, 22, "the family home", "pattern", "address"),),
        flagged=(),
    )
    text, words = _after_redaction(result, [(11, 15, "place")])
    assert words == []
    assert text == "Seen at the family home."
