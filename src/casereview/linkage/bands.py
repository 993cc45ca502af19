"""Three bands for a scored pair: linked automatically, possible (clerical review), not linked.

Thresholds are configurable on either scale Splink reports: the match probability (0..1) or
the match weight (log2 of the Bayes factor, including the prior). A pair is linked at or
above ``linked``, possible at or above ``possible``, otherwise not linked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from casereview.linkage.errors import LinkageInputError

__all__ = [
    "BANDS_IN_ORDER",
    "BAND_LINKED",
    "BAND_NOT_LINKED",
    "BAND_POSSIBLE",
    "DEFAULT_BANDS",
    "Band",
    "Bands",
    "probability_to_weight",
    "weight_to_probability",
]

Band = Literal["linked", "possible", "not linked"]
BAND_LINKED: Band = "linked"
BAND_POSSIBLE: Band = "possible"
BAND_NOT_LINKED: Band = "not linked"
BANDS_IN_ORDER: tuple[Band, ...] = (BAND_LINKED, BAND_POSSIBLE, BAND_NOT_LINKED)


def probability_to_weight(probability: float) -> float:
    """Match weight (log2 odds) of a probability; +/-inf at 1 and 0."""
    if probability <= 0.0:
        return -math.inf
    if probability >= 1.0:
        return math.inf
    return math.log2(probability / (1.0 - probability))


def weight_to_probability(weight: float) -> float:
    """Probability of a match weight (log2 odds)."""
    if weight >= 1024:
        return 1.0
    odds = float(2.0**weight)
    return odds / (1.0 + odds)


@dataclass(frozen=True)
class Bands:
    """Thresholds of the linked and possible bands, on one scale.

    ``measure="probability"``: thresholds are match probabilities in (0, 1).
    ``measure="weight"``: thresholds are match weights (any real number).
    """

    linked: float = 0.99
    possible: float = 0.5
    measure: Literal["probability", "weight"] = "probability"

    def __post_init__(self) -> None:
        if self.measure not in ("probability", "weight"):
            raise LinkageInputError(
                f"Bands.measure must be 'probability' or 'weight', not {self.measure!r}."
            )
        if self.measure == "probability" and not (0.0 < self.possible <= self.linked < 1.0):
            raise LinkageInputError(
                "Band thresholds on the probability scale need 0 < possible <= linked < 1; "
                f"got possible={self.possible}, linked={self.linked}."
            )
        if self.possible > self.linked:
            raise LinkageInputError(
                f"The possible threshold ({self.possible}) must not exceed the linked "
                f"threshold ({self.linked})."
            )

    @property
    def linked_weight(self) -> float:
        """The linked threshold as a match weight."""
        if self.measure == "weight":
            return self.linked
        return probability_to_weight(self.linked)

    @property
    def possible_weight(self) -> float:
        """The possible threshold as a match weight (lowest weight worth keeping)."""
        if self.measure == "weight":
            return self.possible
        return probability_to_weight(self.possible)

    def band_of(self, match_weight: float) -> Band:
        """The band of a pair from its match weight (works for both measures)."""
        if match_weight >= self.linked_weight:
            return BAND_LINKED
        if match_weight >= self.possible_weight:
            return BAND_POSSIBLE
        return BAND_NOT_LINKED


DEFAULT_BANDS = Bands()
