"""Group linked pairs into persons, obeying reviewers' decisions.

Policy (deterministic and safe):

1. Every record starts as its own person.
2. Accepted pairs (must-link) are merged first, in the order given.
3. Model-linked pairs are merged from the strongest to the weakest (match weight, ties
   broken by pair id so that every backend gives the same answer).
4. A merge is skipped when it would put both records of a rejected pair (cannot-link)
   in one person. Because strong edges are merged first, the edge that is dropped is the
   weakest link on the path between the two rejected records: a rejection cuts a chain at
   its least certain point instead of splitting confident groups. The skipped pairs are
   reported so that the review queue can show them.
5. An accepted pair that contradicts rejections (accept a-b, accept b-c, reject a-c) cannot
   be honoured in full; the rejection wins (not linking is the safer error for safeguarding:
   a wrong link attributes one child's history to another) and the conflict is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["ClusteringOutcome", "cluster_records"]


@dataclass(frozen=True)
class ClusteringOutcome:
    """Clusters (record_id -> representative record id) and what could not be merged."""

    cluster_of: dict[str, str]
    skipped_by_rejection: tuple[tuple[str, str], ...] = field(default=())
    conflicting_accepts: tuple[tuple[str, str], ...] = field(default=())

    def members(self) -> dict[str, frozenset[str]]:
        """Representative -> the record ids of its cluster."""
        groups: dict[str, set[str]] = {}
        for record, rep in self.cluster_of.items():
            groups.setdefault(rep, set()).add(record)
        return {rep: frozenset(ids) for rep, ids in groups.items()}


class _Partition:
    """Union-find with cannot-link checks (bans are kept only for records that have one)."""

    def __init__(self, records: Iterable[str], rejected: Iterable[tuple[str, str]]) -> None:
        self.parent: dict[str, str] = {r: r for r in records}
        self.bans: dict[str, set[str]] = {}
        for a, b in rejected:
            if a in self.parent and b in self.parent:
                self.bans.setdefault(a, set()).add(b)
                self.bans.setdefault(b, set()).add(a)

    def find(self, record: str) -> str:
        parent = self.parent
        root = record
        while parent[root] != root:
            root = parent[root]
        while parent[record] != root:
            parent[record], record = root, parent[record]
        return root

    def try_union(self, a: str, b: str) -> bool | None:
        """Merge; True if merged, None if already together, False if a ban forbids it."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return None
        bans_a = self.bans.get(root_a)
        bans_b = self.bans.get(root_b)
        if bans_a and bans_b:
            # a ban is stored on both sides, so checking the smaller set is enough
            small, other = (bans_a, root_b) if len(bans_a) <= len(bans_b) else (bans_b, root_a)
            if any(self.find(x) == other for x in small):
                return False
        # Keep the smaller id as root: the representative does not depend on merge order.
        keep, drop = (root_a, root_b) if root_a < root_b else (root_b, root_a)
        self.parent[drop] = keep
        if bans_a or bans_b:
            if bans_a and bans_b:
                big, small = (bans_a, bans_b) if len(bans_a) >= len(bans_b) else (bans_b, bans_a)
                big |= small
                merged = big
            else:
                merged = bans_a or bans_b or set()
            self.bans[keep] = merged
            if drop != keep:
                self.bans.pop(drop, None)
        return True


def cluster_records(
    record_ids: Iterable[str],
    linked_edges: Sequence[tuple[str, str, float, str]],
    *,
    accepted: Sequence[tuple[str, str]] = (),
    rejected: Sequence[tuple[str, str]] = (),
) -> ClusteringOutcome:
    """Cluster records; ``linked_edges`` are (record_l, record_r, match_weight, pair_id).

    Records named in edges or decisions but missing from ``record_ids`` are ignored (a
    decision may outlive a withdrawn return).
    """
    partition = _Partition(record_ids, rejected)
    known = partition.parent
    conflicts: list[tuple[str, str]] = []
    for a, b in accepted:
        if a in known and b in known and partition.try_union(a, b) is False:
            conflicts.append((a, b))
    skipped: list[tuple[str, str]] = []
    ordered = sorted(linked_edges, key=lambda e: (-e[2], e[3]))
    for a, b, _weight, _pid in ordered:
        if a in known and b in known and partition.try_union(a, b) is False:
            skipped.append((a, b))
    cluster_of = {r: partition.find(r) for r in known}
    return ClusteringOutcome(cluster_of, tuple(skipped), tuple(conflicts))
