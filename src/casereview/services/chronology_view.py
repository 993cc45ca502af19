"""The merged chronology as the web shows it: pages of a table, and the timeline's points.

A 10,000-event review must page in well under a second for many readers at once, so the
merged chronology (built by `services.chronology.build_chronology`, the same code as the
exports) is kept in memory per review and rebuilt when the set of current returns or the
latest linking of the review changes, or after `CACHE_SECONDS` for anything else. Filters
are the chronology's own `ChronologyFilter`; entries keep their sequence number in the whole
merged chronology so that "entry 412" means the same entry whatever the filter.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from casereview.chronology.entries import ChronologyEntry, ChronologyFilter, row_values
from casereview.model.roles import Permission
from casereview.model.vocab import CATEGORIES
from casereview.services.access import Viewer, check_review, require
from casereview.services.chronology import build_chronology
from casereview.services.findings_view import evidence_index
from casereview.services.publish import anonymised_chronology
from casereview.store.database import Database
from casereview.store.linkage_tables import LinkageRunRow
from casereview.store.queries import ReviewHeader, review_header
from casereview.store.tables import Return

__all__ = [
    "ChronologyPage",
    "Facets",
    "MergedChronology",
    "Timeline",
    "chronology_page",
    "clear_cache",
    "merged_chronology",
    "shows_names",
    "timeline",
]

CACHE_SECONDS = 30.0
_MAX_REVIEWS = 8
_MAX_FILTERS = 64


@dataclass(frozen=True)
class Facets:
    """What the filters can offer: agencies, categories and people present, the date span."""

    agencies: tuple[str, ...]
    categories: tuple[tuple[str, str, int], ...]  # code, label, count
    people: tuple[str, ...]
    first: date | None
    last: date | None
    agencies_with_entries: int = 0


@dataclass
class MergedChronology:
    review: ReviewHeader
    anonymised: bool
    agencies: tuple[str, ...]
    entries: list[ChronologyEntry]
    facets: Facets
    fingerprint: tuple[int, ...]
    built_at: float


@dataclass(frozen=True)
class ChronologyPage:
    review: ReviewHeader
    anonymised: bool
    agencies: tuple[str, ...]
    facets: Facets
    rows: tuple[dict[str, str], ...]
    total: int
    filtered: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.filtered // self.per_page))


@dataclass(frozen=True)
class Timeline:
    review: ReviewHeader
    lanes: tuple[str, ...]
    #: (sequence, lane index, first day ISO, last day ISO, category code, precision)
    points: tuple[tuple[int, int, str, str, str, str], ...]
    categories: dict[str, str]  # code -> label, for the categories present
    evidence: tuple[int, ...] = ()  # sequences of entries that are evidence of a finding


_lock = threading.Lock()
_building: dict[tuple[str, str, str], threading.Lock] = {}
_merged: OrderedDict[tuple[str, str, str], MergedChronology] = OrderedDict()
_filtered: OrderedDict[tuple[object, ...], list[ChronologyEntry]] = OrderedDict()


def clear_cache() -> None:
    with _lock:
        _merged.clear()
        _filtered.clear()


def _fingerprint(conn: Connection, review_id: int) -> tuple[int, ...]:
    """The current returns of the review and its latest linking: either changing rebuilds."""
    returns = tuple(
        conn.execute(
            select(Return.id)
            .where(Return.review_id == review_id, Return.is_current.is_(True))
            .order_by(Return.id)
        ).scalars()
    )
    linked = conn.execute(
        select(func.max(LinkageRunRow.id)).where(LinkageRunRow.review_id == review_id)
    ).scalar()
    return (*returns, -int(linked or 0))


def _facets(agencies: tuple[str, ...], entries: list[ChronologyEntry]) -> Facets:
    categories = Counter(e.event.category for e in entries)
    people = sorted({p for e in entries for p in e.source.people})
    return Facets(
        agencies=agencies,
        categories=tuple(
            (code, CATEGORIES.label(code), n) for code, n in sorted(categories.items())
        ),
        people=tuple(people),
        first=min((e.event.start.earliest for e in entries), default=None),
        last=max(((e.event.end or e.event.start).latest for e in entries), default=None),
        agencies_with_entries=len({e.source.agency for e in entries}),
    )


def shows_names(viewer: Viewer, anonymised: bool) -> bool:
    """Names are shown only when asked for and allowed (panel members: always anonymised)."""
    return not anonymised and viewer.can(Permission.NAMES_VIEW)


def merged_chronology(
    db: Database, *, ref: str, viewer: Viewer, anonymised: bool = False
) -> MergedChronology:
    """The whole merged chronology of a review, from the cache when it is still current.

    Anonymised (`services.publish.anonymised_chronology`: people as glossary labels, every
    text redacted) when asked, and always for a viewer not allowed names.
    """
    require(viewer, Permission.CHRONOLOGY_READ)
    anonymised = not shows_names(viewer, anonymised)
    with db.engine.connect() as conn:
        check_review(conn, viewer, ref)
        header = review_header(conn, ref)
        fingerprint = _fingerprint(conn, header.id)
    key = (db.url, ref, "anonymised" if anonymised else "named")
    with _lock:
        cached = _merged.get(key)
        building = _building.setdefault(key, threading.Lock())
    if _fresh(cached, fingerprint):
        assert cached is not None
        return cached
    with building:  # one build per review at a time; the others wait and reuse it
        with _lock:
            cached = _merged.get(key)
        if _fresh(cached, fingerprint):
            assert cached is not None
            return cached
        with db.engine.connect() as conn:
            if anonymised:
                chronology, anonymous = anonymised_chronology(conn, ref)
                entries = list(anonymous)
            else:
                chronology = build_chronology(conn, ref)
                entries = list(chronology.entries)
        merged = MergedChronology(
            review=chronology.review,
            anonymised=anonymised,
            agencies=chronology.agencies,
            entries=entries,
            facets=_facets(chronology.agencies, entries),
            fingerprint=fingerprint,
            built_at=time.monotonic(),
        )
        with _lock:
            _merged[key] = merged
            _merged.move_to_end(key)
            while len(_merged) > _MAX_REVIEWS:
                _merged.popitem(last=False)
        return merged


def _fresh(cached: MergedChronology | None, fingerprint: tuple[int, ...]) -> bool:
    return (
        cached is not None
        and cached.fingerprint == fingerprint
        and time.monotonic() - cached.built_at < CACHE_SECONDS
    )


def _filter_key(where: ChronologyFilter) -> tuple[object, ...]:
    return (
        tuple(sorted(where.agencies)),
        tuple(sorted(where.categories)),
        tuple(sorted(where.people)),
        where.date_from,
        where.date_to,
    )


def _apply(merged: MergedChronology, where: ChronologyFilter | None) -> list[ChronologyEntry]:
    if where is None or where == ChronologyFilter():
        return merged.entries
    key = (id(merged), merged.built_at, *_filter_key(where))
    with _lock:
        hit = _filtered.get(key)
    if hit is not None:
        return hit
    chosen = [e for e in merged.entries if where.accepts(e.source)]
    with _lock:
        _filtered[key] = chosen
        while len(_filtered) > _MAX_FILTERS:
            _filtered.popitem(last=False)
    return chosen


def chronology_page(
    db: Database,
    *,
    ref: str,
    viewer: Viewer,
    where: ChronologyFilter | None = None,
    page: int = 1,
    per_page: int = 50,
    around: int | None = None,
    anonymised: bool = False,
) -> ChronologyPage:
    """One page of the merged chronology (rows as the exports write them, plus `agency_index`).

    `around` asks for the page that holds the entry with that sequence number (the timeline
    opens an entry this way).
    """
    merged = merged_chronology(db, ref=ref, viewer=viewer, anonymised=anonymised)
    chosen = _apply(merged, where)
    per_page = max(1, min(per_page, 500))
    if around is not None:
        index = next((i for i, e in enumerate(chosen) if e.sequence == around), None)
        if index is not None:
            page = index // per_page + 1
    pages = max(1, -(-len(chosen) // per_page))
    page = max(1, min(page, pages))
    start = (page - 1) * per_page
    lane = {name: i for i, name in enumerate(merged.agencies)}
    evidence = evidence_index(db, ref=ref)
    rows = []
    for entry in chosen[start : start + per_page]:
        values = row_values(entry)
        values["agency_index"] = str(lane.get(entry.source.agency, 0))
        values["date_display"] = entry.event.start.display()
        values["end_display"] = entry.event.end.display() if entry.event.end else ""
        values["category_code"] = entry.event.category
        values["duplicates"] = str(entry.duplicates)
        values["evidence_of"] = ",".join(
            str(position) for position, _title in evidence.get(entry.source.event_id, [])
        )
        rows.append(values)
    return ChronologyPage(
        review=merged.review,
        anonymised=merged.anonymised,
        agencies=merged.agencies,
        facets=merged.facets,
        rows=tuple(rows),
        total=len(merged.entries),
        filtered=len(chosen),
        page=page,
        per_page=per_page,
    )


def timeline(
    db: Database,
    *,
    ref: str,
    viewer: Viewer,
    where: ChronologyFilter | None = None,
    anonymised: bool = False,
) -> Timeline:
    """The points of the timeline: one lane per agency, each entry's span of possible days."""
    merged = merged_chronology(db, ref=ref, viewer=viewer, anonymised=anonymised)
    lane = {name: i for i, name in enumerate(merged.agencies)}
    chosen = _apply(merged, where)
    evidence = evidence_index(db, ref=ref)
    points = tuple(
        (
            e.sequence,
            lane.get(e.source.agency, 0),
            e.event.start.earliest.isoformat(),
            (e.event.end or e.event.start).latest.isoformat(),
            e.event.category,
            str(e.event.start.precision),
        )
        for e in chosen
    )
    categories = {code: label for code, label, _n in merged.facets.categories}
    marked = tuple(e.sequence for e in chosen if e.source.event_id in evidence)
    return Timeline(merged.review, merged.agencies, points, categories, marked)
