"""An invented family for the publish tests. Every name here is made up."""

from __future__ import annotations

import pytest

from casereview.publish import (
    IdentityList,
    Person,
    Place,
    Redactor,
    build_glossary,
    build_identity_list,
)

# 943 476 5919 is the NHS number used in NHS Digital's own test examples (checksum-valid).
CHILD = {
    "given_names": "Kayleigh Anne",
    "family_name": "Marsh-Okafor",
    "other_names": "Kay; Kayla Brennock",
    "date_of_birth": "2016-05-22",
    "nhs_number": "943 476 5919",
    "address": "14 Larch Close, Eastbury",
    "postcode": "EB3 7QT",
    "phone": "07700 900123",
    "email": "kay.marsh@example.com",
    "role": "subject_child",
}


def family() -> tuple[list[Person], list[Place]]:
    people = [
        Person.from_records("P1", [CHILD, {"given_names": "Kayleigh", "family_name": "Marsh"}]),
        Person.from_records(
            "P2",
            [
                {
                    "given_names": "Hope",
                    "family_name": "Marsh",
                    "role": "mother",
                    "date_of_birth": "1991-02-03",
                    "phone": "+44 1632 960001",
                }
            ],
        ),
        Person.from_records(
            "P3",
            [
                {
                    "given_names": "William",
                    "family_name": "Stroud",
                    "role": "partner",
                    "relationship": "mother's partner",
                }
            ],
        ),
        Person.from_records(
            "P4",
            [
                {
                    "given_names": "Grace",
                    "family_name": "Marsh",
                    "role": "sibling",
                    "date_of_birth": "2012-09-01",
                }
            ],
        ),
        Person.from_records(
            "P5",
            [
                {
                    "given_names": "Mark",
                    "family_name": "Marsh",
                    "role": "sibling",
                    "date_of_birth": "2014-11-30",
                }
            ],
        ),
        Person.from_records(
            "P6",
            [{"given_names": "Elizabeth", "family_name": "Quennell", "role": "health visitor"}],
            practitioner=True,
        ),
    ]
    places = [
        Place("S1", "Oakfield Primary School", "school"),
        Place("N1", "Little Acorns Nursery", "nursery"),
        Place("G1", "Brackenbury Surgery", "gp"),
    ]
    return people, places


@pytest.fixture(scope="session")
def identities() -> IdentityList:
    people, places = family()
    return build_identity_list(people, places, build_glossary(people, places))


@pytest.fixture(scope="session")
def redactor(identities: IdentityList) -> Redactor:
    return Redactor(identities)
