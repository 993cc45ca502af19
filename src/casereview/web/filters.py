"""The chronology filter as the pages and the API receive it (query parameters).

The query parameters are declared once, here, as two FastAPI dependencies: ``FilterQuery``
for pages (problems are shown beside the form) and ``StrictFilterQuery`` for the API and
exports (a problem is a 422).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Query

from casereview.chronology.entries import ChronologyFilter
from casereview.errors import InvalidInput
from casereview.model.dates import DateError, parse_chrono_date
from casereview.model.vocab import CATEGORIES

__all__ = ["FilterForm", "FilterQuery", "StrictFilterQuery", "parse_filter"]

AgencyQ = Annotated[list[str] | None, Query(description="Only this agency (repeatable)")]
CategoryQ = Annotated[
    list[str] | None, Query(description="Only this category (repeatable), e.g. was not brought")
]
PersonQ = Annotated[list[str] | None, Query(description="Only entries about this person key")]
FromQ = Annotated[str | None, Query(alias="from", description="From this day, dd/mm/yyyy")]
ToQ = Annotated[str | None, Query(alias="to", description="Up to this day, dd/mm/yyyy")]
NamesQ = Annotated[
    Literal["named", "anonymised"] | None,
    Query(description="named (for those allowed names) or anonymised (people as labels)"),
]


@dataclass(frozen=True)
class FilterForm:
    """What the user chose, as typed (to show back in the form), and the parsed filter."""

    agency: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    where: ChronologyFilter = field(default_factory=ChronologyFilter)
    #: The anonymised view was asked for (people as labels, texts redacted).
    anonymised: bool = False

    def query(self) -> list[tuple[str, str]]:
        """The filters as query parameters (and the names choice, which is not a filter)."""
        pairs = self.filter_query()
        if self.anonymised:
            pairs.append(("names", "anonymised"))
        return pairs

    def filter_query(self) -> list[tuple[str, str]]:
        pairs = [("agency", a) for a in self.agency] + [("category", c) for c in self.category]
        pairs += [("person", p) for p in self.person]
        if self.date_from:
            pairs.append(("from", self.date_from))
        if self.date_to:
            pairs.append(("to", self.date_to))
        return pairs

    @property
    def active(self) -> bool:
        return bool(self.filter_query())


def _day(text: str, label: str, errors: dict[str, str], key: str) -> date | None:
    if not text:
        return None
    try:
        parsed, _ = parse_chrono_date(text)
    except DateError:
        errors[key] = f"{label} must be a real date, like 22/05/2023"
        return None
    if not parsed.is_exact_day:
        errors[key] = f"{label} must be a day, like 22/05/2023"
        return None
    return parsed.earliest


def parse_filter(
    agency: list[str] | None,
    category: list[str] | None,
    person: list[str] | None,
    date_from: str | None,
    date_to: str | None,
    *,
    strict: bool = False,
    names: str | None = None,
) -> FilterForm:
    """Parse the query; problems are collected per field (or raised when `strict`)."""
    errors: dict[str, str] = {}
    agencies = tuple(a.strip() for a in agency or [] if a.strip())
    people = tuple(p.strip() for p in person or [] if p.strip())
    categories = tuple(c.strip() for c in category or [] if c.strip())
    codes = []
    for written in categories:
        term = CATEGORIES.lookup(written)
        if term is None:
            errors["category"] = "Choose a category from the list"
        else:
            codes.append(term.code)
    start = _day((date_from or "").strip(), "The start date", errors, "from")
    end = _day((date_to or "").strip(), "The end date", errors, "to")
    if start and end and start > end:
        errors["to"] = "The end date must be the same as or after the start date"
    if errors and strict:
        raise InvalidInput("; ".join(errors.values()))
    where = ChronologyFilter(
        agencies=frozenset(a.casefold() for a in agencies),
        categories=frozenset(codes),
        people=frozenset(people),
        date_from=None if errors else start,
        date_to=None if errors else end,
    )
    return FilterForm(
        agency=agencies,
        category=categories,
        person=people,
        date_from=(date_from or "").strip(),
        date_to=(date_to or "").strip(),
        errors=errors,
        where=where,
        anonymised=names == "anonymised",
    )


def _page_filter(
    agency: AgencyQ = None,
    category: CategoryQ = None,
    person: PersonQ = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    names: Annotated[str | None, Query(description="named (default) or anonymised")] = None,
) -> FilterForm:
    return parse_filter(agency, category, person, date_from, date_to, names=names)


def _strict_filter(
    agency: AgencyQ = None,
    category: CategoryQ = None,
    person: PersonQ = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    names: NamesQ = None,
) -> FilterForm:
    return parse_filter(agency, category, person, date_from, date_to, strict=True, names=names)


FilterQuery = Annotated[FilterForm, Depends(_page_filter)]
"""The filter of a page: problems are collected in ``errors`` and shown beside the form."""

StrictFilterQuery = Annotated[FilterForm, Depends(_strict_filter)]
"""The filter of the API and of exports: a problem is refused (422)."""
