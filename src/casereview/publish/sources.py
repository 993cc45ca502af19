"""What the publish stage reads about a review's people and places, from any record shape.

Person records come from ingest (dataclasses), the store (ORM rows) or tests (dicts); this
module reads the fields it needs from any of them so that anonymisation has no dependency on
storage. A person is one linked identity: all the records that agencies hold for one human.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = ["Person", "PersonRecordView", "Place", "read_record"]


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _names(value: Any) -> tuple[str, ...]:
    """Other names: a `;`-separated string or a sequence of strings."""
    if value is None:
        return ()
    parts: Iterable[Any] = re.split(r"[;\n]", value) if isinstance(value, str) else value
    return tuple(p.strip() for p in (str(x) for x in parts) if p.strip())


def _date(value: Any) -> date | None:
    """A date of birth: a date, an ISO or dd/mm/yyyy string, or a day-precise ChronoDate."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    earliest, latest = _get(value, "earliest"), _get(value, "latest")
    if isinstance(earliest, date) and earliest == latest:
        return earliest
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class PersonRecordView:
    """The identifying fields of one person record. `repr` hides them: they are personal."""

    given_names: str | None = field(default=None, repr=False)
    family_name: str | None = field(default=None, repr=False)
    other_names: tuple[str, ...] = field(default=(), repr=False)
    date_of_birth: date | None = field(default=None, repr=False)
    nhs_number: str | None = field(default=None, repr=False)
    address: str | None = field(default=None, repr=False)
    postcode: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    role: str | None = None
    relationship: str | None = None


def read_record(obj: Any) -> PersonRecordView:
    """Read a person record from a mapping or any object with the usual attribute names."""
    return PersonRecordView(
        given_names=_text(_get(obj, "given_names")),
        family_name=_text(_get(obj, "family_name")),
        other_names=_names(_get(obj, "other_names")),
        date_of_birth=_date(_get(obj, "date_of_birth")),
        nhs_number=_text(_get(obj, "nhs_number")),
        address=_text(_get(obj, "address")),
        postcode=_text(_get(obj, "postcode")),
        phone=_text(_get(obj, "phone")),
        email=_text(_get(obj, "email")),
        role=_text(_get(obj, "role")),
        relationship=_text(_get(obj, "relationship")),
    )


@dataclass(frozen=True)
class Person:
    """A linked person: a stable key (e.g. the person id) and every agency record of them.

    `practitioner` marks staff (the health visitor, the social worker) rather than family.
    """

    key: str
    records: tuple[PersonRecordView, ...]
    practitioner: bool = False

    @classmethod
    def from_records(
        cls, key: str, records: Sequence[Any], *, practitioner: bool = False
    ) -> Person:
        return cls(
            key=key, records=tuple(read_record(r) for r in records), practitioner=practitioner
        )

    @property
    def role(self) -> str | None:
        """The first role any record gives (agencies agree on roles far more than on names)."""
        return next((r.role for r in self.records if r.role), None)

    @property
    def relationship(self) -> str | None:
        return next((r.relationship for r in self.records if r.relationship), None)

    @property
    def date_of_birth(self) -> date | None:
        return next((r.date_of_birth for r in self.records if r.date_of_birth), None)


@dataclass(frozen=True)
class Place:
    """A named place or agency site of the case: school, nursery, GP surgery, street, home.

    `kind` is one of: school, primary school, secondary school, nursery, gp, hospital,
    street, home, agency, other. `name` is personal data (it locates the family).
    """

    key: str
    name: str = field(repr=False)
    kind: str = "other"
