"""The fictional family of the demonstration review, and how each agency recorded them.

Every name, date, address and number here is invented for the demonstration. Each agency
writes the same people its own way: nicknames, a changed surname, a transposed date of birth,
no NHS numbers at the police. NHS numbers are from the 999 range, which is never issued.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AGENCIES", "PEOPLE", "AgencyReturn", "Person", "person_rows"]


@dataclass(frozen=True)
class Person:
    key: str
    given_names: str
    family_name: str
    dob: str
    sex: str
    nhs: str
    role: str


ADDRESS_1 = "14 Larkspur Close, Hollinbridge"
POSTCODE_1 = "ZZ4 7QT"
ADDRESS_2 = "Flat 3, 61 Tannery Row, Hollinbridge"
POSTCODE_2 = "ZZ4 2LD"

PEOPLE: dict[str, Person] = {
    "child": Person(
        "child", "Ellie-Mae", "Fairbrother", "14/03/2022", "Female", "9990000026", "Subject child"
    ),
    "mother": Person(
        "mother", "Shannon Louise", "Fairbrother", "09/11/1999", "Female", "9990000034", "Mother"
    ),
    "father": Person("father", "Dean", "Maddock", "02/07/1996", "Male", "9990000042", "Father"),
    "partner": Person("partner", "Craig", "Pellow", "21/01/1993", "Male", "9990000050", "Partner"),
    "sibling": Person(
        "sibling", "Tyler", "Fairbrother", "30/08/2018", "Male", "9990000069", "Sibling"
    ),
    "grandmother": Person(
        "grandmother", "Janet", "Fairbrother", "c. 1972", "Female", "", "Grandparent"
    ),
}


@dataclass(frozen=True)
class AgencyReturn:
    key: str
    name: str
    agency_type: str
    fmt: str  # xlsx | csv | mapped-csv
    people: tuple[str, ...]
    #: how this agency writes names: key -> (given, family, other names, dob)
    spellings: dict[str, tuple[str, str, str, str]]
    nhs_numbers: bool = True


AGENCIES: tuple[AgencyReturn, ...] = (
    AgencyReturn(
        "csc",
        "Northshire Children's Social Care",
        "Children's social care",
        "xlsx",
        ("child", "mother", "father", "partner", "sibling", "grandmother"),
        {
            "mother": ("Shannon", "Fairbrother", "Shan", "09/11/1999"),
            "partner": ("Craig", "Pellow", "", "?21/01/1993"),
        },
    ),
    AgencyReturn(
        "police",
        "Northshire Police",
        "Police",
        "xlsx",
        ("child", "mother", "father", "partner", "sibling"),
        {
            "child": ("Ellie", "Fairbrother", "", "14/03/2022"),
            "mother": ("Shannon", "Fairbrother", "Shannon Hale", "11/09/1999"),
            "father": ("Dean", "Maddock", "Deano", "02/07/1996"),
            "partner": ("Craig", "Pellowe", "", "21/01/1993"),
        },
        nhs_numbers=False,
    ),
    AgencyReturn(
        "hv",
        "Northshire 0-19 Health Visiting",
        "Health visiting",
        "mapped-csv",
        ("child", "mother", "sibling", "partner"),
        {
            "child": ("Elly-Mae", "Fairbrother", "", "14/03/2022"),
            "partner": ("Craig", "", "mum's partner", ""),
        },
    ),
    AgencyReturn(
        "gp",
        "Riverside Medical Practice",
        "GP",
        "xlsx",
        ("child", "mother", "sibling", "partner"),
        {"mother": ("Shannon L", "Fairbrother", "", "09/11/1999")},
    ),
    AgencyReturn(
        "hospital",
        "Northshire General Hospital",
        "Hospital",
        "xlsx",
        ("child", "mother", "partner"),
        {"child": ("Baby", "Fairbrother", "Ellie-Mae Fairbrother", "14/03/2022")},
    ),
    AgencyReturn(
        "nursery",
        "Little Acorns Nursery",
        "Nursery",
        "csv",
        ("child", "mother", "partner"),
        {
            "child": ("Ellie Mae", "Fairbrother", "Ellie", "14/03/2022"),
            "partner": ("Craig", "", "", ""),
        },
        nhs_numbers=False,
    ),
    AgencyReturn(
        "school",
        "Brookfield Primary School",
        "School",
        "xlsx",
        ("sibling", "mother", "child"),
        {"sibling": ("Tyler", "Fairbrother", "Ty", "30/08/2018")},
        nhs_numbers=False,
    ),
)

REFS = {
    "child": "01",
    "mother": "02",
    "father": "03",
    "partner": "04",
    "sibling": "05",
    "grandmother": "06",
}


def person_ref(agency: AgencyReturn, key: str) -> str:
    return f"{agency.key.upper()}-P{REFS[key]}"


def person_rows(agency: AgencyReturn) -> list[dict[str, str]]:
    """The People rows of one agency's return, in the standard template's columns."""
    rows = []
    for key in agency.people:
        person = PEOPLE[key]
        given, family, other, dob = agency.spellings.get(
            key, (person.given_names, person.family_name, "", person.dob)
        )
        moved = key in ("mother", "child", "sibling", "partner") and agency.key in (
            "nursery",
            "school",
            "police",
        )
        rows.append(
            {
                "person_ref": person_ref(agency, key),
                "given_names": given,
                "family_name": family,
                "other_names": other,
                "date_of_birth": dob,
                "sex": person.sex if key != "partner" or agency.key != "hv" else "",
                "nhs_number": person.nhs if agency.nhs_numbers else "",
                "address": ADDRESS_2 if moved else ADDRESS_1,
                "postcode": POSTCODE_2 if moved else POSTCODE_1,
                "role": person.role,
            }
        )
    return rows
