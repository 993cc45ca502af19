"""Fixtures of the linkage tests: a hand-written household with invented names."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

COLUMNS = [
    "record_id",
    "agency",
    "person_ref",
    "given_names",
    "family_name",
    "other_names",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
]

# NHS numbers below pass Modulus 11 (e.g. 4010232137: weights 10..2 give 92, 92 mod 11 = 4,
# 11 - 4 = 7 = the last digit). They belong to no one we know of: invented for tests.
MOTHER_NHS = "4010232137"
TWIN_A_NHS = "3982597919"
TWIN_B_NHS = "6786981984"

# human -> records. All names are invented.
HOUSEHOLD: dict[str, list[dict[str, Any]]] = {
    "mother": [
        dict(
            agency="social care",
            given_names="Kayleigh",
            family_name="Ashdown",
            date_of_birth="1990-03-14",
            sex="female",
            nhs_number=MOTHER_NHS,
        ),
        dict(
            agency="police",
            given_names="Kay",
            family_name="Ashdown",
            date_of_birth="1990-03-14",
            sex="female",
            nhs_number=None,
        ),
        dict(
            agency="health visiting",
            given_names="Kayleigh",
            family_name="Ashdown-Pryce",
            other_names="Kayleigh Pryce",
            date_of_birth="1990-14-03",
            sex="female",
            nhs_number=MOTHER_NHS,
        ),
    ],
    "father": [
        dict(
            agency="police",
            given_names="William",
            family_name="Pryce",
            date_of_birth="1986-02-11",
            sex="male",
        ),
        dict(
            agency="social care",
            given_names="Bill",
            family_name="Pryce",
            date_of_birth="1986-02-11",
            sex="male",
        ),
    ],
    "son": [  # shares his father's name: the parent/child hard case
        dict(
            agency="school",
            given_names="William",
            family_name="Pryce",
            date_of_birth="2016-09-30",
            sex="male",
        ),
        dict(
            agency="health visiting",
            given_names="Billy",
            family_name="Pryce",
            date_of_birth="2016-09-30",
            sex="male",
        ),
    ],
    "twin_a": [
        dict(
            agency="school",
            given_names="Mason",
            family_name="Ashdown",
            date_of_birth="2013-06-09",
            sex="male",
            nhs_number=TWIN_A_NHS,
        ),
        dict(
            agency="health visiting",
            given_names="Mason Lee",
            family_name="Ashdown",
            date_of_birth="2013-06-09",
            sex="male",
            nhs_number=None,
        ),
    ],
    "twin_b": [  # same sex, same date of birth, same everything but the given name
        dict(
            agency="school",
            given_names="Jayden",
            family_name="Ashdown",
            date_of_birth="2013-06-09",
            sex="male",
            nhs_number=TWIN_B_NHS,
        ),
        dict(
            agency="health visiting",
            given_names="Jaydon",
            family_name="Ashdown",
            date_of_birth="2013-06-09",
            sex="male",
            nhs_number=None,
        ),
    ],
    "sister": [
        dict(
            agency="school",
            given_names="Ruby",
            family_name="Ashdown",
            date_of_birth="2011-04-07",
            sex="female",
        ),
        dict(
            agency="social care",
            given_names="Ruby",
            family_name="Ashdown",
            date_of_birth="2011-07-04",
            sex="female",
        ),
    ],
}


def household_records() -> tuple[pd.DataFrame, dict[str, str]]:
    """The household as linkage input, and record_id -> human (the truth)."""
    rows = []
    truth = {}
    n = 0
    for human, records in HOUSEHOLD.items():
        for record in records:
            n += 1
            row = {c: None for c in COLUMNS}
            row.update(
                record_id=f"H{n:02d}",
                person_ref=f"REF{n:02d}",
                dob_precision="day",
                address="14 Larch Close, Otterbury",
                postcode="OT12 4QT",
            )
            row.update(record)
            rows.append(row)
            truth[row["record_id"]] = human
    return pd.DataFrame(rows, columns=COLUMNS), truth


@pytest.fixture
def household() -> tuple[pd.DataFrame, dict[str, str]]:
    return household_records()


def record(**values: Any) -> dict[str, Any]:
    """One input row with every column, unknowns as None."""
    row: dict[str, Any] = {c: None for c in COLUMNS}
    row.update(values)
    return row
