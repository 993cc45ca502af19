"""Pure domain types of casereview: no I/O, no SQL, no web."""

from casereview.model.age import AgeAtEvent, age_at
from casereview.model.dates import ChronoDate, DateError, DateOrder, Precision, parse_chrono_date
from casereview.model.nhs import is_valid_nhs_number
from casereview.model.records import Event, PersonRecord
from casereview.model.vocab import AgencyType, Category, ChildSeen, Role, Sex

__all__ = [
    "AgeAtEvent",
    "AgencyType",
    "Category",
    "ChildSeen",
    "ChronoDate",
    "DateError",
    "DateOrder",
    "Event",
    "PersonRecord",
    "Precision",
    "Role",
    "Sex",
    "age_at",
    "is_valid_nhs_number",
    "parse_chrono_date",
]
