import pytest

from casereview.linkage import ModelDescription, explain_pair, waterfall_html, waterfall_png

MODEL = ModelDescription(
    prior=1 / 1025,  # odds 1:1024 -> weight -10
    comparisons=("given_name", "date_of_birth"),
    titles={"given_name": "Given name", "date_of_birth": "Date of birth"},
    labels={
        "given_name": {
            2: "given names match exactly",
            1: "given names are nickname forms of each other",
        },
        "date_of_birth": {1: "dates of birth match exactly", 0: "dates of birth are different"},
    },
)
PAIR = {
    "pair_id": "M-1",
    "record_id_l": "a",
    "record_id_r": "b",
    "gamma_given_name": 1,
    "mw_given_name": 4.0,
    "gamma_date_of_birth": 1,
    "mw_date_of_birth": 8.0,
    "match_weight": 2.0,
    "match_probability": 0.8,
}


def test_steps_carry_plain_labels_and_add_up():
    explanation = explain_pair(PAIR, MODEL)
    assert explanation.prior_weight == pytest.approx(-10.0)
    labels = [s.label for s in explanation.steps]
    assert labels == [
        "given names are nickname forms of each other",
        "dates of birth match exactly",
    ]
    assert explanation.prior_weight + sum(s.weight for s in explanation.steps) == pytest.approx(
        explanation.total_weight
    )
    assert explanation.probability == pytest.approx(0.8)  # weight 2 = odds 4:1
    text = "\n".join(explanation.sentences())
    assert "nickname forms" in text and "80.0%" in text


def test_png_is_a_png():
    data = waterfall_png(explain_pair(PAIR, MODEL))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"


def test_html_is_self_contained():
    page = waterfall_html(explain_pair(PAIR, MODEL))
    assert "nickname forms" in page
    for external in ("<script", "http://", "https://", "<link"):
        assert external not in page
