"""The standard return template: which columns a return has and what each one means.

The same definitions drive validation, the blank XLSX template with its guidance sheet, and
the documentation, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from casereview.model.vocab import normalise_term

__all__ = [
    "EVENT_COLUMNS",
    "PEOPLE_COLUMNS",
    "SHEET_EVENTS",
    "SHEET_PEOPLE",
    "Column",
    "header_key",
]

SHEET_PEOPLE = "People"
SHEET_EVENTS = "Events"


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    description: str
    example: str


@lru_cache(maxsize=4096)
def header_key(header: str) -> str:
    """Headers match case-insensitively, spaces, hyphens or underscores alike."""
    return normalise_term(header).replace(" ", "_")


PEOPLE_COLUMNS: tuple[Column, ...] = (
    Column(
        "person_ref", True, "Your own reference for this person, unique in this return.", "P001"
    ),
    Column("given_names", False, "Given names as your record holds them.", "Jade Louise"),
    Column("family_name", False, "Family name (surname).", "Ashworth"),
    Column(
        "other_names",
        False,
        "Other names or aliases the person is known by, separated by ;",
        "Jadey; J. Ashworth-Bell",
    ),
    Column(
        "date_of_birth",
        False,
        "Date of birth: 22/05/2016, May 2016 or 2016; ? or c. if uncertain.",
        "14/03/1995",
    ),
    Column("sex", False, "Female, Male or Unknown.", "Female"),
    Column(
        "nhs_number",
        False,
        "Ten-digit NHS number (spaces allowed). Leave blank if unknown.",
        "943 476 5919",
    ),
    Column(
        "address", False, "Address at the time of your involvement.", "12 Example Road, Townsville"
    ),
    Column("postcode", False, "UK postcode.", "ZZ1 1AA"),
    Column(
        "role",
        False,
        "Role in the family: subject child, mother, father, partner, sibling, "
        "grandparent, other relative, carer, other child, other adult.",
        "Mother",
    ),
)

EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_ref", True, "Your own reference for this entry, unique in this return.", "E0001"),
    Column(
        "start_date",
        True,
        "When it happened: 22/05/2016, 22/05/2016 14:30, May 2016, 2016, "
        "?22/05/2016 or c. May 2016 when uncertain.",
        "22/05/2016",
    ),
    Column("start_time", False, "Time of day if known (24-hour clock).", "14:30"),
    Column("end_date", False, "For something that lasted: the last day.", "29/05/2016"),
    Column("category", False, "The kind of contact, from the Lists sheet.", "Home visit"),
    Column(
        "people",
        True,
        "The person_refs of the people this entry is about, separated by ;",
        "P001; P002",
    ),
    Column(
        "description",
        True,
        "What happened, as recorded at the time.",
        "Home visit. Child seen asleep in cot.",
    ),
    Column("practitioner", False, "The practitioner's role (not their name).", "Health visitor"),
    Column("child_seen", False, "Yes, No, Seen alone or Unknown.", "Yes"),
    Column(
        "action_outcome",
        False,
        "What was done or decided as a result.",
        "Next visit booked in 2 weeks.",
    ),
    Column(
        "shared_with",
        False,
        "Agencies this was shared with, separated by ;",
        "GP; Children's social care",
    ),
    Column(
        "source",
        True,
        "Where this entry comes from in your records (system and record reference).",
        "SystmOne entry 33512",
    ),
    Column(
        "analysis",
        False,
        "Your agency's analysis of this entry for the review.",
        "Opportunity to ask about home conditions was missed.",
    ),
)
