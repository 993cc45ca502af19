"""The public API: offsets, plain data, JSON, batch = single, reproducible versions, errors."""

from __future__ import annotations

import json

import pytest

from casereview.indicators.notes import (
    NoteAnalyser,
    NoteAnalysis,
    analyse_note,
    analyse_notes,
    default_analyser,
)

NOTE = (
    "HV visit.  Bruise to the left ear of 10-week-old; mother unable to explain.\n"
    "No other marks seen. Mother's partner smelt of cannabis."
)


def test_offsets_point_into_the_original_text() -> None:
    analysis = analyse_note(NOTE)
    assert analysis.mentions
    for m in analysis.mentions:
        assert NOTE[m.start : m.end] == m.text
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
        for site in m.body_sites:
            assert NOTE[site.start : site.end] == site.text
        for modifier in m.modifiers:
            assert NOTE[modifier.start : modifier.end] == modifier.text


def test_runs_of_spaces_do_not_break_matching_or_offsets() -> None:
    text = "No   bruising\tseen.  Bruise   to the  cheek."
    first, second = analyse_note(text).mentions
    assert first.negated and text[first.start : first.end] == "bruising"
    assert not second.negated and second.regions() == {"cheek"}
    assert text[second.body_sites[0].start : second.body_sites[0].end] == "cheek"


def test_a_line_break_ends_a_sentence() -> None:
    first, second = analyse_note("No bruising\nbruise on the arm").mentions
    assert first.negated and not second.negated


def test_results_are_hashable_plain_data_and_round_trip_through_json() -> None:
    analysis = analyse_note(NOTE)
    assert hash(analysis) == hash(analyse_note(NOTE))
    data = json.loads(json.dumps(analysis.to_dict()))
    assert NoteAnalysis.from_dict(data) == analysis


def test_batch_gives_the_same_results_as_one_by_one() -> None:
    notes = [NOTE, "", "No bruising.", "Scald  to hand.", NOTE]
    assert list(analyse_notes(notes, batch_size=2)) == [analyse_note(n) for n in notes]


def test_an_empty_note_has_no_mentions() -> None:
    assert analyse_note("").mentions == ()
    assert analyse_note("Seen in clinic, well.").mentions == ()


def test_rules_version_is_recorded_and_stable() -> None:
    version = analyse_note(NOTE).rules_version
    assert version.startswith("notes-")
    assert NoteAnalyser().analyse(NOTE).rules_version == version
    assert default_analyser().rules.version == version


def test_find_and_has_helpers() -> None:
    analysis = analyse_note("No burns. Slap mark on the cheek.")
    assert analysis.has_affirmed_current_child("bruise")
    assert not analysis.has_affirmed_current_child("burn")
    assert [m.concept for m in analysis.find("bruise")] == ["patterned_bruise"]
    assert analysis.find("burn", affirmed_current=True) == ()
    assert analysis.concepts() == {"burn", "patterned_bruise"}


def test_context_of_given_spans() -> None:
    text = "No  evidence of rickets."
    start = text.index("rickets")
    (m,) = default_analyser().context_of_spans(text, [(start, start + 7)])
    assert m.concept == "target" and m.negated and m.text == "rickets"


def test_non_text_is_refused_with_a_clear_message() -> None:
    with pytest.raises(TypeError, match="needs text"):
        analyse_note(None)  # type: ignore[arg-type]
