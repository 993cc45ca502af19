"""Names that are also ordinary words: redacted where they name a person, kept elsewhere.

Grace (Sibling 1), Mark (Sibling 2), Hope (Mother) and Will/Bill (Mother's partner,
nicknames of William) are names of the invented case.
"""

import pytest

from casereview.publish import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "There is hope that things improve.",
        "A mark on the cheek was noted.",
        "She may attend the clinic.",
        "We will review in May 2016.",
        "Seen on 3 May and again in May.",
        "Say grace before meals.",
        "The bill was unpaid.",
        "With good grace, the mother agreed.",
        "She showed great hope.",
        "Her hope was to return home.",
        "The health visitor will visit.",
        "The noise woke the baby. Hope for the future was discussed later.",
    ],
)
def test_ordinary_word_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The nurse told Hope that the baby was well.",
            "The nurse told Mother that the baby was well.",
        ),
        ("Hope said she was tired.", "Mother said she was tired."),
        ("Grace's school called.", "Sibling 1's school called."),
        ("Mark attended the appointment.", "Sibling 2 attended the appointment."),
        ("Seen with Grace and Mark.", "Seen with Sibling 1 and Sibling 2."),
        ("Will said he would leave.", "Mother's partner said he would leave."),
        ("Grace Marsh was absent.", "Sibling 1 was absent."),
        ("grace marsh was absent.", "Sibling 1 was absent."),
        ("Ms Hope was absent.", "Ms Mother was absent."),
    ],
)
def test_name_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_unsure_case_is_kept_and_flagged(redactor: Redactor) -> None:
    result = redactor.redact("Hope for the future was expressed.")
    assert result.text == "Hope for the future was expressed."
    assert [f.reason for f in result.flagged] == ["possible name of the case"]
