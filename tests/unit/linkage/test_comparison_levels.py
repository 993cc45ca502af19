"""Each comparison level, observed on a pair of records written for it."""

from __future__ import annotations

import pytest

from casereview.linkage.engine import score_record_pair

from .conftest import record

BASE = dict(
    given_names="Kayleigh",
    family_name="Ashdown",
    date_of_birth="1990-03-14",
    dob_precision="day",
    sex="female",
    nhs_number="4010232137",
    address="14 Larch Close",
    postcode="OT12 4QT",
)


def _label(comparison: str, left: dict, right: dict) -> str:
    row, model = score_record_pair(
        record(record_id="L", **{**BASE, **left}), record(record_id="R", **{**BASE, **right})
    )
    return model.labels[comparison][int(row[f"gamma_{comparison}"])]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "given names match exactly"),
        ({"given_names": "Bill"}, {"given_names": "William"}, "given names are nickname forms"),
        ({"given_names": "Kayleigh"}, {"given_names": "Kayliegh"}, "spelled almost the same"),
        ({"given_names": "Stephen"}, {"given_names": "Steven"}, "sound the same"),
        (
            {"given_names": "Ashdown", "family_name": "Kayleigh"},
            {},
            "other way round",
        ),
        ({"given_names": "Louise Kayleigh"}, {"given_names": "Kayleigh"}, "middle name or alias"),
        ({"given_names": "K."}, {}, "only an initial"),
        ({"given_names": "Mason"}, {"given_names": "Jayden"}, "given names are different"),
        ({"given_names": None}, {}, "missing"),
    ],
)
def test_given_name_levels(left, right, expected):
    assert expected in _label("given_name", left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "family names match exactly"),
        ({"family_name": "Ashdowne"}, {}, "spelled almost the same"),
        ({"family_name": "Pryce-Ashdown"}, {}, "double-barrelled"),
        ({"family_name": "Pryce", "other_names": "Kayleigh Ashdown"}, {}, "double-barrelled"),
        ({"family_name": "Philips"}, {"family_name": "Fillips"}, "sound the same"),
        ({"family_name": "Pryce"}, {}, "family names are different"),
        ({"family_name": None}, {}, "missing"),
    ],
)
def test_family_name_levels(left, right, expected):
    assert expected in _label("family_name", left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "match exactly"),
        ({"date_of_birth": "1990-03-01", "dob_precision": "month"}, {}, "as far as both are known"),
        ({"date_of_birth": "1990-04-03"}, {"date_of_birth": "1990-03-04"}, "day and month swapped"),
        ({"date_of_birth": "1990-03-15"}, {}, "one digit"),
        ({"date_of_birth": "1987-03-14"}, {}, "same day and month"),
        ({"date_of_birth": "1990-08-30"}, {}, "same year"),
        ({"date_of_birth": "2013-06-09"}, {}, "generation apart"),
        ({"date_of_birth": "1995-08-30"}, {}, "dates of birth are different"),
        ({"date_of_birth": None, "dob_precision": None}, {}, "missing"),
    ],
)
def test_date_of_birth_levels(left, right, expected):
    assert expected in _label("date_of_birth", left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "same sex"),
        ({"sex": "male"}, {}, "different sex"),
        ({"sex": "unknown"}, {}, "not recorded"),
    ],
)
def test_sex_levels(left, right, expected):
    assert expected in _label("sex", left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "same NHS number"),
        ({"nhs_number": "3982597919"}, {}, "different NHS numbers"),
        # a typo that breaks the checksum is not evidence of two different people
        ({"nhs_number": "4010232173"}, {}, "no valid NHS number"),
        ({"nhs_number": None}, {}, "no valid NHS number"),
    ],
)
def test_nhs_number_levels(left, right, expected):
    assert expected in _label("nhs_number", left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({}, {}, "same address"),
        ({"address": "14 Larch Cl."}, {}, "same address"),
        ({"address": "Flat 2, 14 Larch Close"}, {}, "same postcode"),
        ({"postcode": "OT12 4QX", "address": "14 Larch Closse"}, {}, "very similar"),
        ({"postcode": "OT12 4ZZ", "address": "3 Birch Way"}, {}, "nearby"),
        ({"postcode": "ZZ9 9ZZ", "address": "3 Birch Way"}, {}, "different addresses"),
        ({"postcode": None, "address": None}, {}, "missing"),
    ],
)
def test_location_levels(left, right, expected):
    assert expected in _label("location", left, right)
