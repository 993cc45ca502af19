"""The fixed vocabularies of a return: agency types, event categories, roles, child seen, sex.

Each term has a code (used in storage, exports and on the command line), the label written in
the return template, and the other words agencies commonly write for it. Lookups ignore case,
spaces, underscores and hyphens, so `Was not brought`, `was_not_brought` and `WNB` all work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "AGENCY_TYPES",
    "CATEGORIES",
    "CHILD_SEEN",
    "ROLES",
    "SEXES",
    "AgencyType",
    "Category",
    "ChildSeen",
    "Role",
    "Sex",
    "Term",
    "Vocabulary",
    "normalise_term",
]


def normalise_term(text: str) -> str:
    """Fold a written term to a key: lower case, words joined by single spaces."""
    return " ".join(re.split(r"[\s_\-/]+", text.strip().lower())).strip()


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    synonyms: tuple[str, ...] = ()
    description: str = ""


class Vocabulary:
    """A closed list of terms with case- and punctuation-insensitive lookup."""

    def __init__(self, name: str, terms: tuple[Term, ...]) -> None:
        self.name = name
        self.terms = terms
        self._labels = {term.code: term.label for term in terms}
        self._by_key: dict[str, Term] = {}
        for term in terms:
            for written in (term.code, term.label, *term.synonyms):
                key = normalise_term(written)
                if key in self._by_key and self._by_key[key] is not term:
                    raise ValueError(f"{name}: '{written}' names two terms")
                self._by_key[key] = term

    def lookup(self, written: str) -> Term | None:
        return self._lookup(written)

    @lru_cache(maxsize=4096)  # noqa: B019 - vocabularies are module-level and live forever
    def _lookup(self, written: str) -> Term | None:
        return self._by_key.get(normalise_term(written))

    def label(self, code: str) -> str:
        return self._labels[code]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def expected(self) -> str:
        """The list of accepted labels, for error messages."""
        return ", ".join(t.label for t in self.terms)


class AgencyType(StrEnum):
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    POLICE = "police"
    HEALTH_VISITING = "health_visiting"
    GP = "gp"
    HOSPITAL = "hospital"
    AMBULANCE = "ambulance"
    SCHOOL = "school"
    NURSERY = "nursery"
    HOUSING = "housing"
    PROBATION = "probation"
    ADULT_MENTAL_HEALTH = "adult_mental_health"
    SUBSTANCE_MISUSE = "substance_misuse"
    OTHER = "other"


AGENCY_TYPES = Vocabulary(
    "agency type",
    (
        Term(
            "childrens_social_care",
            "Children's social care",
            (
                "CSC",
                "social care",
                "childrens services",
                "children's services",
                "social services",
                "local authority",
            ),
        ),
        Term("police", "Police", ("constabulary",)),
        Term(
            "health_visiting",
            "Health visiting",
            ("health visitor", "HV", "0-19 service", "public health nursing"),
        ),
        Term("gp", "GP", ("general practice", "GP practice", "primary care")),
        Term(
            "hospital",
            "Hospital",
            ("acute trust", "maternity", "midwifery", "emergency department"),
        ),
        Term("ambulance", "Ambulance", ("ambulance service",)),
        Term("school", "School", ("education",)),
        Term("nursery", "Nursery", ("early years", "childminder", "pre-school")),
        Term("housing", "Housing", ("housing provider", "landlord")),
        Term("probation", "Probation", ("probation service",)),
        Term("adult_mental_health", "Adult mental health", ("mental health trust", "AMH")),
        Term("substance_misuse", "Substance misuse", ("drug and alcohol service",)),
        Term("other", "Other", ()),
    ),
)


class Category(StrEnum):
    ANTENATAL_CONTACT = "antenatal_contact"
    BIRTH = "birth"
    HOME_VISIT = "home_visit"
    CLINIC_APPOINTMENT = "clinic_appointment"
    WAS_NOT_BROUGHT = "was_not_brought"
    TELEPHONE_CONTACT = "telephone_contact"
    EMERGENCY_DEPARTMENT = "emergency_department"
    HOSPITAL_ADMISSION = "hospital_admission"
    GP_CONSULTATION = "gp_consultation"
    POLICE_INCIDENT = "police_incident"
    ARREST = "arrest"
    REFERRAL = "referral"
    STRATEGY_DISCUSSION = "strategy_discussion"
    SECTION_47 = "section_47"
    CHILD_PROTECTION_CONFERENCE = "child_protection_conference"
    CHILD_PROTECTION_PLAN_START = "child_protection_plan_start"
    CHILD_PROTECTION_PLAN_END = "child_protection_plan_end"
    MULTI_AGENCY_MEETING = "multi_agency_meeting"
    PLACEMENT_START = "placement_start"
    PLACEMENT_END = "placement_end"
    COURT_HEARING = "court_hearing"
    INFORMATION_SHARED = "information_shared"
    ASSESSMENT = "assessment"
    ATTENDANCE = "attendance"
    CASE_CLOSURE = "case_closure"
    OTHER = "other"


CATEGORIES = Vocabulary(
    "category",
    (
        Term("antenatal_contact", "Antenatal contact", ("antenatal appointment", "booking")),
        Term("birth", "Birth", ("delivery",)),
        Term("home_visit", "Home visit", ("HV visit", "visit")),
        Term(
            "clinic_appointment",
            "Clinic appointment",
            ("appointment", "clinic", "outpatient appointment"),
        ),
        Term(
            "was_not_brought",
            "Was not brought / did not attend",
            (
                "was not brought",
                "did not attend",
                "DNA",
                "WNB",
                "no access visit",
                "missed appointment",
            ),
        ),
        Term("telephone_contact", "Telephone contact", ("phone call", "telephone call")),
        Term(
            "emergency_department",
            "Emergency department attendance",
            ("emergency department", "A&E attendance", "A&E", "ED attendance"),
        ),
        Term("hospital_admission", "Hospital admission", ("admission", "admitted")),
        Term("gp_consultation", "GP consultation", ("GP appointment", "GP contact")),
        Term("police_incident", "Police incident", ("incident", "domestic incident")),
        Term("arrest", "Arrest", ()),
        Term("referral", "Referral", ("MASH referral", "referral to children's social care")),
        Term("strategy_discussion", "Strategy discussion", ("strategy meeting",)),
        Term(
            "section_47",
            "Section 47 enquiry",
            ("s47", "s47 enquiry", "section 47", "child protection enquiry"),
        ),
        Term(
            "child_protection_conference",
            "Child protection conference",
            (
                "ICPC",
                "RCPC",
                "initial child protection conference",
                "review child protection conference",
            ),
        ),
        Term(
            "child_protection_plan_start",
            "Child protection plan start",
            ("child protection plan", "CP plan start"),
        ),
        Term("child_protection_plan_end", "Child protection plan end", ("CP plan end",)),
        Term(
            "multi_agency_meeting",
            "Multi-agency meeting",
            (
                "core group",
                "core group meeting",
                "TAC meeting",
                "team around the child",
                "MARAC",
                "professionals meeting",
            ),
        ),
        Term(
            "placement_start",
            "Placement start",
            ("placed in foster care", "accommodated", "section 20"),
        ),
        Term(
            "placement_end",
            "Placement end / return home",
            ("placement end", "return home", "returned home", "reunification"),
        ),
        Term("court_hearing", "Court hearing", ("hearing",)),
        Term(
            "information_shared",
            "Notification / information shared",
            (
                "notification",
                "information shared",
                "information sharing",
                "Operation Encompass notification",
                "letter",
            ),
        ),
        Term("assessment", "Assessment", ("child and family assessment", "single assessment")),
        Term("attendance", "School or nursery attendance", ("attendance note", "absence")),
        Term("case_closure", "Case closure", ("closure", "closed", "NFA", "no further action")),
        Term("other", "Other", ()),
    ),
)


class Role(StrEnum):
    SUBJECT_CHILD = "subject_child"
    MOTHER = "mother"
    FATHER = "father"
    PARTNER = "partner"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    CARER = "carer"
    OTHER_CHILD = "other_child"
    OTHER_ADULT = "other_adult"


ROLES = Vocabulary(
    "role",
    (
        Term("subject_child", "Subject child", ("child", "index child", "subject")),
        Term("mother", "Mother", ("mum", "birth mother")),
        Term("father", "Father", ("dad", "birth father")),
        Term(
            "partner",
            "Partner",
            (
                "mother's partner",
                "stepfather",
                "step-father",
                "boyfriend",
                "girlfriend",
                "father's partner",
                "stepmother",
            ),
        ),
        Term("sibling", "Sibling", ("brother", "sister", "half-sibling", "half sibling")),
        Term(
            "grandparent",
            "Grandparent",
            (
                "grandmother",
                "grandfather",
                "maternal grandmother",
                "paternal grandmother",
                "maternal grandfather",
                "paternal grandfather",
            ),
        ),
        Term("other_relative", "Other relative", ("aunt", "uncle", "cousin")),
        Term("carer", "Carer", ("foster carer", "kinship carer", "special guardian")),
        Term("other_child", "Other child", ()),
        Term("other_adult", "Other adult", ("adult", "lodger", "visitor")),
    ),
)


class ChildSeen(StrEnum):
    YES = "yes"
    NO = "no"
    SEEN_ALONE = "seen_alone"
    UNKNOWN = "unknown"


CHILD_SEEN = Vocabulary(
    "child seen",
    (
        Term("yes", "Yes", ("y", "seen")),
        Term("no", "No", ("n", "not seen")),
        Term("seen_alone", "Seen alone", ("alone", "yes alone", "seen on own")),
        Term("unknown", "Unknown", ("not known", "not recorded", "n/a")),
    ),
)


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


SEXES = Vocabulary(
    "sex",
    (
        Term("female", "Female", ("f", "girl", "woman")),
        Term("male", "Male", ("m", "boy", "man")),
        Term("unknown", "Unknown", ("u", "not known", "indeterminate", "not recorded")),
    ),
)
