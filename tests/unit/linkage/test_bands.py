import math

import pytest

from casereview.linkage import Bands, LinkageInputError
from casereview.linkage.bands import probability_to_weight, weight_to_probability


def test_probability_thresholds_band_pairs():
    bands = Bands(linked=0.95, possible=0.5)
    assert bands.band_of(probability_to_weight(0.96)) == "linked"
    assert bands.band_of(probability_to_weight(0.95)) == "linked"
    assert bands.band_of(probability_to_weight(0.7)) == "possible"
    assert bands.band_of(probability_to_weight(0.5)) == "possible"
    assert bands.band_of(probability_to_weight(0.2)) == "not linked"


def test_weight_thresholds_band_pairs():
    bands = Bands(linked=10.0, possible=-2.0, measure="weight")
    assert bands.band_of(12.0) == "linked"
    assert bands.band_of(0.0) == "possible"
    assert bands.band_of(-5.0) == "not linked"


def test_probability_and_weight_are_log2_odds():
    # probability 0.8 = odds 4:1 = weight 2
    assert probability_to_weight(0.8) == pytest.approx(2.0)
    assert weight_to_probability(2.0) == pytest.approx(0.8)
    assert probability_to_weight(1.0) == math.inf


@pytest.mark.parametrize(
    "kwargs",
    [
        {"linked": 0.5, "possible": 0.9},
        {"linked": 1.0, "possible": 0.5},
        {"linked": 0.9, "possible": 0.0},
        {"linked": 1.0, "possible": 2.0, "measure": "weight"},
    ],
)
def test_inconsistent_thresholds_are_refused(kwargs):
    with pytest.raises(LinkageInputError):
        Bands(**kwargs)
