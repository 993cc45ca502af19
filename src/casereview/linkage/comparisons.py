"""The evidence the model weighs, declared once, backend-free, in plain English.

Each comparison is a Splink ``CustomComparison`` whose levels run from strongest agreement
to disagreement. Every level carries a label a reviewer who has never heard of Splink can
read ("dates of birth match exactly"); those labels are what the review queue and the
waterfall chart show.

Choices that matter for families (siblings, twins, parents and children share family name,
address and postcode):

* address and postcode form ONE location comparison, so a shared household counts once;
* given names disagreeing, sex disagreeing and dates of birth a generation apart are levels
  of their own, so the model can learn that they are strong evidence of two people;
* dates of birth keep their precision: a month-only date agrees with any day of that month.

The SQL uses only functions that exist on DuckDB and Spark (or Splink level classes that
translate themselves), so that the same declaration runs on both backends.
"""

from __future__ import annotations

from collections.abc import Sequence

import splink.comparison_level_library as cll
from splink.comparison_library import CustomComparison
from splink.internals.comparison_level_creator import ComparisonLevelCreator

__all__ = [
    "COMPARISON_TITLES",
    "CONTRADICTIONS",
    "CONTRADICTION_WAIVERS",
    "GENERATION_GAP_YEARS",
    "LevelParameters",
    "build_comparisons",
]

GENERATION_GAP_YEARS = 14
"""Dates of birth this many years apart or more are read as different generations."""

COMPARISON_TITLES: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "nhs_number": "NHS number",
    "location": "Address and postcode",
}


def _level(sql: str, label: str) -> cll.CustomLevel:
    return cll.CustomLevel(sql, label_for_charts=label)


def _labelled(level: ComparisonLevelCreator, label: str) -> ComparisonLevelCreator:
    level.configure(label_for_charts=label)
    return level


def given_name_comparison() -> CustomComparison:
    """First given name: exact, nickname, spelling, sound, middle names, initial."""
    levels: Sequence[ComparisonLevelCreator] = [
        _labelled(cll.NullLevel("given_initial"), "a given name is missing"),
        _labelled(
            cll.ExactMatchLevel("given_first", term_frequency_adjustments=True),
            "given names match exactly",
        ),
        _labelled(
            cll.ArrayIntersectLevel("given_keys", 1),
            "given names are nickname forms of each other",
        ),
        _labelled(
            cll.JaroWinklerLevel("given_first", 0.92), "given names are spelled almost the same"
        ),
        _level("given_first_mp_l = given_first_mp_r", "given names sound the same"),
        _level(
            "given_first_l = family_std_r OR family_std_l = given_first_r",
            "given and family names are recorded the other way round",
        ),
        _labelled(
            cll.ArrayIntersectLevel("given_all", 1),
            "a middle name or alias matches the other record's given name",
        ),
        _level(
            "(given_first_l IS NULL OR given_first_r IS NULL) "
            "AND given_initial_l = given_initial_r",
            "only an initial is recorded, and it matches",
        ),
        _labelled(cll.JaroWinklerLevel("given_first", 0.8), "given names are somewhat similar"),
        _labelled(cll.ElseLevel(), "given names are different"),
    ]
    return CustomComparison(
        list(levels), output_column_name="given_name", comparison_description="Given name"
    )


def family_name_comparison() -> CustomComparison:
    """Family name: exact, spelling, double-barrelled parts and aliases, sound."""
    levels: Sequence[ComparisonLevelCreator] = [
        _labelled(cll.NullLevel("family_parts"), "a family name is missing"),
        _labelled(
            cll.ExactMatchLevel("family_std", term_frequency_adjustments=True),
            "family names match exactly",
        ),
        _labelled(
            cll.JaroWinklerLevel("family_std", 0.92), "family names are spelled almost the same"
        ),
        _labelled(
            cll.ArrayIntersectLevel("family_parts", 1),
            "part of a double-barrelled family name, or a recorded other name, matches",
        ),
        _level("family_mp_l = family_mp_r", "family names sound the same"),
        _level(
            "given_first_l = family_std_r OR family_std_l = given_first_r",
            "given and family names are recorded the other way round",
        ),
        _labelled(cll.JaroWinklerLevel("family_std", 0.8), "family names are somewhat similar"),
        _labelled(cll.ElseLevel(), "family names are different"),
    ]
    return CustomComparison(
        list(levels), output_column_name="family_name", comparison_description="Family name"
    )


def date_of_birth_comparison() -> CustomComparison:
    """Date of birth with the kinds of error agencies make, and the generation gap."""
    gap = GENERATION_GAP_YEARS
    levels: Sequence[ComparisonLevelCreator] = [
        _labelled(cll.NullLevel("dob_y"), "a date of birth is missing"),
        _level("dob_full_l = dob_full_r", "dates of birth match exactly"),
        _level(
            "dob_y_l = dob_y_r AND (dob_d_l IS NULL OR dob_d_r IS NULL) "
            "AND (dob_m_l IS NULL OR dob_m_r IS NULL OR dob_m_l = dob_m_r)",
            "dates of birth agree as far as both are known (month or year only)",
        ),
        _level(
            "dob_y_l = dob_y_r AND dob_d_l = dob_m_r AND dob_m_l = dob_d_r",
            "dates of birth match with day and month swapped",
        ),
        _labelled(
            cll.LevenshteinLevel("dob_full", 1),
            "dates of birth differ by one digit (a likely typing error)",
        ),
        _level(
            f"dob_m_l = dob_m_r AND dob_d_l = dob_d_r AND abs(dob_y_l - dob_y_r) < {gap}",
            "same day and month of birth, different year",
        ),
        _level("dob_y_l = dob_y_r", "born in the same year, different day"),
        _level(
            f"abs(dob_y_l - dob_y_r) >= {gap}",
            f"born a generation apart ({gap} years or more)",
        ),
        _labelled(cll.ElseLevel(), "dates of birth are different"),
    ]
    return CustomComparison(
        list(levels), output_column_name="date_of_birth", comparison_description="Date of birth"
    )


def sex_comparison() -> CustomComparison:
    levels: Sequence[ComparisonLevelCreator] = [
        _labelled(cll.NullLevel("sex"), "sex is not recorded on both"),
        _labelled(cll.ExactMatchLevel("sex"), "same sex recorded"),
        _labelled(cll.ElseLevel(), "different sex recorded"),
    ]
    return CustomComparison(list(levels), output_column_name="sex", comparison_description="Sex")


def nhs_number_comparison() -> CustomComparison:
    """Only checksum-valid numbers reach this comparison (see nhs.py)."""
    levels: Sequence[ComparisonLevelCreator] = [
        _labelled(cll.NullLevel("nhs_number"), "no valid NHS number on both records"),
        _labelled(cll.ExactMatchLevel("nhs_number"), "same NHS number"),
        _labelled(cll.ElseLevel(), "different NHS numbers"),
    ]
    return CustomComparison(
        list(levels), output_column_name="nhs_number", comparison_description="NHS number"
    )


def location_comparison() -> CustomComparison:
    """Address and postcode as one piece of evidence, so a household counts once."""
    levels: Sequence[ComparisonLevelCreator] = [
        _level(
            "(address_std_l IS NULL AND postcode_l IS NULL) "
            "OR (address_std_r IS NULL AND postcode_r IS NULL)",
            "an address is missing",
        ).configure(is_null_level=True),
        _level(
            "address_std_l = address_std_r "
            "AND (postcode_l = postcode_r OR postcode_l IS NULL OR postcode_r IS NULL)",
            "same address",
        ),
        _level("postcode_l = postcode_r", "same postcode, address written differently"),
        _labelled(cll.JaroWinklerLevel("address_std", 0.9), "addresses are very similar"),
        _level("pc_sector_l = pc_sector_r", "live nearby (same postcode sector)"),
        _labelled(cll.ElseLevel(), "different addresses"),
    ]
    return CustomComparison(
        list(levels), output_column_name="location", comparison_description="Address and postcode"
    )


CONTRADICTIONS: dict[str, tuple[str, ...]] = {
    "given_name": ("given names are different",),
    "date_of_birth": (
        f"born a generation apart ({GENERATION_GAP_YEARS} years or more)",
        "dates of birth are different",
    ),
    "nhs_number": ("different NHS numbers",),
}
"""Levels that contradict "same person" however strong the rest of the evidence is.

Siblings, twins and parent/child share family name, address and postcode, and twins share
the date of birth: that shared evidence can outweigh one disagreement. Dates of birth in
different years and on different days, not explained by a typing error (one digit, day and
month swapped), are how siblings differ, so they count as a contradiction too. A pair showing one
of these levels is therefore never linked automatically (at most it goes to clerical
review), and never merged into one person through other records unless a reviewer accepts
it. See bands.py and clustering.py.

Exception: the same checksum-valid NHS number outweighs a given-name or generation-gap
contradiction (a nickname written with a typo, a year of birth mistyped by decades); see
``CONTRADICTION_WAIVERS``. Different valid NHS numbers are never waived.
"""

CONTRADICTION_WAIVERS: dict[str, tuple[str, ...]] = {"nhs_number": ("same NHS number",)}
"""Levels that cancel the given-name and date-of-birth contradictions."""

LevelParameters = Sequence[tuple[float, float]]
"""(m, u) probabilities of the non-null levels of one comparison, strongest level first."""


def _with_parameters(
    comparison: CustomComparison, parameters: LevelParameters | None
) -> CustomComparison:
    """Fix m and u of each non-null level to previously estimated values."""
    if parameters is None:
        return comparison
    levels = [lv for lv in comparison.create_comparison_levels() if not _is_null(lv)]
    if len(levels) != len(parameters):
        raise ValueError(
            f"The stored model has {len(parameters)} levels for comparison "
            f"{comparison.create_output_column_name()} but the code declares {len(levels)}; "
            "retrain the model (bench/linkage/train_default_model.py)."
        )
    for level, (m, u) in zip(levels, parameters, strict=True):
        level.configure(m_probability=m, u_probability=u)
    return comparison


def _is_null(level: ComparisonLevelCreator) -> bool:
    return bool(getattr(level, "is_null_level", False))


def build_comparisons(
    parameters: dict[str, LevelParameters] | None = None,
) -> list[CustomComparison]:
    """The comparisons of the model, in the order the explanation lists them.

    With ``parameters`` (comparison name -> (m, u) per non-null level) the levels carry
    those estimates, so a model trained once can score a review of twenty records.
    """
    comparisons = [
        given_name_comparison(),
        family_name_comparison(),
        date_of_birth_comparison(),
        sex_comparison(),
        nhs_number_comparison(),
        location_comparison(),
    ]
    if parameters is None:
        return comparisons
    return [
        _with_parameters(c, parameters.get(str(c.create_output_column_name()))) for c in comparisons
    ]
