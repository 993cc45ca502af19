"""Stable person identifiers across re-runs, and the log of what changed.

Rule:

* A new cluster whose membership equals a previous person's keeps that person's id.
* Otherwise each previous person "votes" for the new cluster holding most of its records
  (ties: the cluster whose smallest record id sorts first). A new cluster takes the id of
  the voter with the largest overlap (ties: the smallest id). So when a person splits, the
  largest part keeps the id; when persons merge, the id of the largest contributor survives.
* Any cluster left without an id gets a new one: ``P-`` and 10 hex digits of a hash of its
  sorted record ids (the same records always mint the same id; on a clash a counter is
  appended). Ids are never reused for a different person within one assignment.

The change log says, for each new person, whether it was created, unchanged, changed
(records added or removed), merged (from several previous persons) or split (part of a
previous person that went to several), which previous persons disappeared (retired), and
which records moved from one person to another.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = ["ChangeKind", "PersonChange", "PersonChanges", "RecordMove", "assign_person_ids"]

ChangeKind = Literal["created", "unchanged", "changed", "merged", "split"]


@dataclass(frozen=True)
class PersonChange:
    """What happened to one person of the new assignment."""

    person_id: str
    kind: ChangeKind
    previous_ids: tuple[str, ...] = ()
    records_added: tuple[str, ...] = ()
    records_removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordMove:
    """A record that belonged to one person before and to another now."""

    record_id: str
    from_person: str
    to_person: str


@dataclass(frozen=True)
class PersonChanges:
    """The change log of one re-run."""

    persons: tuple[PersonChange, ...] = ()
    retired: tuple[str, ...] = ()
    moves: tuple[RecordMove, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)


def mint_person_id(members: Iterable[str], taken: set[str]) -> str:
    """A new id from the sorted member ids; a counter suffix avoids clashes."""
    digest = hashlib.sha256("\x1f".join(sorted(members)).encode()).hexdigest()
    candidate = f"P-{digest[:10]}"
    n = 2
    base = candidate
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def assign_person_ids(
    clusters: Iterable[frozenset[str]],
    previous: Mapping[str, frozenset[str]] | None = None,
) -> tuple[dict[str, frozenset[str]], PersonChanges]:
    """Give each cluster a person id, keeping previous ids where the rule above says so."""
    previous = previous or {}
    new_clusters = sorted((frozenset(c) for c in clusters), key=lambda c: min(c))
    if not previous:
        return _all_new(new_clusters)
    owner_before: dict[str, str] = {r: pid for pid, ms in previous.items() for r in ms}
    exact = {ms: pid for pid, ms in previous.items()}

    # Each previous person votes for the new cluster holding most of its records.
    overlap: dict[int, Counter[str]] = {}
    for index, cluster in enumerate(new_clusters):
        counts: Counter[str] = Counter(owner_before[r] for r in cluster if r in owner_before)
        overlap[index] = counts
    vote: dict[str, tuple[int, int]] = {}  # previous id -> (overlap, -cluster index)
    for index, counts in overlap.items():
        for pid, n in counts.items():
            best = vote.get(pid)
            if best is None or (n, -index) > best:
                vote[pid] = (n, -index)

    assigned: dict[int, str] = {}
    for index, cluster in enumerate(new_clusters):
        if cluster in exact:
            assigned[index] = exact[cluster]
    used = set(assigned.values())
    for index, counts in overlap.items():
        if index in assigned:
            continue
        voters = [
            (n, pid) for pid, n in counts.items() if pid not in used and vote[pid][1] == -index
        ]
        if voters:
            voters.sort(key=lambda v: (-v[0], v[1]))
            assigned[index] = voters[0][1]
            used.add(voters[0][1])
    taken = set(previous) | used
    result: dict[str, frozenset[str]] = {}
    for index, cluster in enumerate(new_clusters):
        kept = assigned.get(index)
        if kept is None:
            kept = mint_person_id(cluster, taken)
            taken.add(kept)
        result[kept] = cluster

    return result, _change_log(result, previous, owner_before, overlap, new_clusters)


def _all_new(
    new_clusters: list[frozenset[str]],
) -> tuple[dict[str, frozenset[str]], PersonChanges]:
    """First run: every person is created (fast path for large populations)."""
    taken: set[str] = set()
    result: dict[str, frozenset[str]] = {}
    for cluster in new_clusters:
        pid = mint_person_id(cluster, taken)
        taken.add(pid)
        result[pid] = cluster
    changes = tuple(
        PersonChange(pid, "created", (), tuple(sorted(m))) for pid, m in sorted(result.items())
    )
    counts: dict[str, int] = {k: 0 for k in get_args(ChangeKind)}
    counts["created"] = len(result)
    counts["retired"] = 0
    counts["records_moved"] = 0
    return result, PersonChanges(changes, (), (), counts)


def _change_log(
    result: Mapping[str, frozenset[str]],
    previous: Mapping[str, frozenset[str]],
    owner_before: Mapping[str, str],
    overlap: Mapping[int, Counter[str]],
    new_clusters: list[frozenset[str]],
) -> PersonChanges:
    index_of = {c: i for i, c in enumerate(new_clusters)}
    spread: Counter[str] = Counter()
    for counts in overlap.values():
        spread.update(counts.keys())
    changes: list[PersonChange] = []
    moves: list[RecordMove] = []
    for pid, members in sorted(result.items()):
        sources = tuple(sorted(overlap[index_of[members]]))
        before = previous.get(pid, frozenset())
        added = tuple(sorted(members - before))
        removed = tuple(sorted(before - members))
        kind: ChangeKind
        if not sources:
            kind = "created"
        elif len(sources) > 1:
            kind = "merged"
        elif members == before:
            kind = "unchanged"
        elif spread[sources[0]] > 1:
            kind = "split"
        else:
            kind = "changed"
        changes.append(PersonChange(pid, kind, sources, added, removed))
        for record in sorted(members):
            was = owner_before.get(record)
            if was is not None and was != pid:
                moves.append(RecordMove(record, was, pid))
    retired = tuple(sorted(set(previous) - set(result)))
    counts = Counter(c.kind for c in changes)
    counts_out: dict[str, int] = {k: counts.get(k, 0) for k in get_args(ChangeKind)}
    counts_out["retired"] = len(retired)
    counts_out["records_moved"] = len(moves)
    return PersonChanges(tuple(changes), retired, tuple(moves), counts_out)
