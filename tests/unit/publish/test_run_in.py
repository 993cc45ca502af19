"""The run-in reading: a distinctive name or a postcode run into other text."""

from __future__ import annotations

import re

import pytest

from casereview.publish import IdentityList, Redactor
from casereview.publish.leakcheck import scan_text
from casereview.publish.run_in import find_run_in


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


# Each of these is a shape the word reader (finder.py) has not been taught.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kayleighsmum said she was fine", "kayleigh"),
        ("the handle kayleighokafor posted", "okafor"),
        ("the handle kayleighokafor posted", "kayleigh"),
        ("KayleighOkafor was tagged", "kayleigh"),
        ("the Okaforfamily account", "okafor"),
        ("OCR read Ka|yleigh and Kay/leigh", "kayleigh"),
        ("a middle dot in Kay\u00b7leigh", "kayleigh"),
        ("the Brennockhouse party", "brennock"),
        ("Quennellvisited on Monday", "quennell"),
        ("mailto:quennellE@example.nhs.uk", "quennell"),
        ("QUENNELLLL!!", "quennell"),
        ("Stroudsmum came", "stroud"),
        ("StroudandBill left", "stroud"),
        ("at Oakfieldprimary today", "oakfield"),
    ],
)
def test_a_name_run_into_other_text_is_redacted(redactor: Redactor, text: str, name: str) -> None:
    result = redactor.redact(text)
    assert name not in _letters(result.text)


@pytest.mark.parametrize(
    "text",
    [
        # The name inside a longer English word or known name: not a name here.
        "The planned channel annexe is for Joanne",
        # A short name or a nickname from the data set starting an unknown word.
        "the Bessemer Road estate",
        "Kendrake and Betsyville are invented places",
    ],
)
def test_a_name_inside_another_word_is_left(identities: IdentityList, text: str) -> None:
    assert find_run_in(text, identities) == []


def test_a_postcode_run_into_other_text_is_redacted(redactor: Redactor) -> None:
    result = redactor.redact("home at 14 Larch Close, postcodeEB37QTtel 0161")
    assert "eb37qt" not in re.sub(r"[^a-z0-9]", "", result.text.lower())


def test_the_leak_check_finds_a_name_run_into_other_text(identities: IdentityList) -> None:
    leaks, _ = scan_text("the Okaforfamily page\nPage 2", identities, file="report.txt")
    assert [(leak.location, leak.key) for leak in leaks] == [("line 1", "Child A family name part")]


def test_the_span_is_the_name_and_what_runs_through_it(identities: IdentityList) -> None:
    text = "ref: Kay-leigh(2)"
    (hit,) = find_run_in(text, identities)
    assert text[hit.start : hit.end] == "Kay-leigh"
    assert hit.identifier.key == "Child A given name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hopesmum said she would ring", "hope"),
        ("theMarshfamily account", "marsh"),
        ("Marshxx and Hopesmum", "hope"),
        ("GRACEEEE!! come here", "grace"),
        ("MarkandGrace left together", "mark"),
    ],
)
def test_a_name_that_is_a_word_run_into_another_is_redacted_and_listed(
    redactor: Redactor, text: str, name: str
) -> None:
    result = redactor.redact(text)
    assert name not in _letters(result.text)
    assert any(name in flagged.word.lower() for flagged in result.flagged)


@pytest.mark.parametrize(
    "text",
    [
        "Hopeful signs; Markings on the wall",  # English words that start with the name
        "Mark-making and hope",  # the word alone: the context rule reads it
        "Grace/Mark were seen",
        "the Summerhouse, the Deanery and the Marshfamily account",  # compounds, endings
        "a visit to Markenfield Hall",  # another proper name: the flagger lists it
    ],
)
def test_a_name_that_is_a_word_alone_or_in_a_word_is_not_run_in(
    identities: IdentityList, text: str
) -> None:
    assert find_run_in(text, identities) == []
