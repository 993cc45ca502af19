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

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

__all__ = ["ClusteringOutcome", "cluster_edge_frame", "cluster_records"]


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
    frame = pd.DataFrame(list(linked_edges), columns=["l", "r", "w", "pair_id"])
    return cluster_edge_frame(list(record_ids), frame, accepted=accepted, rejected=rejected)


def cluster_edge_frame(
    record_ids: Sequence[str],
    edges: pd.DataFrame,
    *,
    accepted: Sequence[tuple[str, str]] = (),
    rejected: Sequence[tuple[str, str]] | pd.DataFrame = (),
) -> ClusteringOutcome:
    """``cluster_records`` for an edge table (columns l, r, w, pair_id), fast at scale.

    ``rejected`` may be a table with columns l and r (millions of cannot-links at scale).

    Plain connected components (scipy) give the answer for every component that holds no
    rejected pair; only the few components that do are re-clustered one edge at a time by
    the greedy policy above. Both paths give the same result as the greedy policy alone,
    because greedy merging inside a component without bans merges all of it.
    """
    index = pd.Index(record_ids)
    n = len(index)
    known = set(record_ids)
    accepted_known = [(a, b) for a, b in accepted if a in known and b in known]
    left = index.get_indexer(pd.Index(edges["l"])) if len(edges) else np.empty(0, dtype=np.int64)
    right = index.get_indexer(pd.Index(edges["r"])) if len(edges) else np.empty(0, dtype=np.int64)
    keep = (left >= 0) & (right >= 0)
    acc_l = index.get_indexer(pd.Index([a for a, _ in accepted_known]))
    acc_r = index.get_indexer(pd.Index([b for _, b in accepted_known]))
    rows = np.concatenate([left[keep], acc_l]).astype(np.int64)
    cols = np.concatenate([right[keep], acc_r]).astype(np.int64)
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
    _count, labels = connected_components(graph, directed=False)

    if isinstance(rejected, pd.DataFrame):
        rej_l = index.get_indexer(pd.Index(rejected["l"]))
        rej_r = index.get_indexer(pd.Index(rejected["r"]))
    else:
        rej_l = index.get_indexer(pd.Index([a for a, _ in rejected]))
        rej_r = index.get_indexer(pd.Index([b for _, b in rejected]))
    rej_ok = (rej_l >= 0) & (rej_r >= 0) & (rej_l != rej_r)
    rej_l, rej_r = rej_l[rej_ok], rej_r[rej_ok]
    # A cannot-link matters only inside one connected component.
    inside = labels[rej_l] == labels[rej_r]
    rej_l, rej_r = rej_l[inside], rej_r[inside]
    troubled = {int(x) for x in np.unique(labels[rej_l])}
    ids = np.asarray(index, dtype=object)
    # Representative of a clean component: its smallest record id (as the greedy path).
    order = pd.DataFrame({"label": labels, "id": ids}).groupby("label")["id"].min()
    reps = order.reindex(labels).to_numpy(dtype=object)
    cluster_of: dict[str, str] = dict(zip(ids.tolist(), reps.tolist(), strict=True))
    if not troubled:
        return ClusteringOutcome(cluster_of)

    in_trouble = np.isin(labels, list(troubled))
    members = set(ids[in_trouble].tolist())
    edge_frame = edges[keep]
    edge_labels = labels[left[keep]]
    sub = edge_frame[np.isin(edge_labels, list(troubled))]
    id_list = index.tolist()
    rejected_known = [(id_list[i], id_list[j]) for i, j in zip(rej_l, rej_r, strict=True)]
    partition = _Partition(sorted(members), rejected_known)
    conflicts: list[tuple[str, str]] = []
    for a, b in accepted_known:
        if a in members and partition.try_union(a, b) is False:
            conflicts.append((a, b))
    skipped: list[tuple[str, str]] = []
    ordered = sub.sort_values(["w", "pair_id"], ascending=[False, True])
    for a, b in zip(ordered["l"], ordered["r"], strict=True):
        if partition.try_union(a, b) is False:
            skipped.append((a, b))
    for record in members:
        cluster_of[record] = partition.find(record)
    return ClusteringOutcome(cluster_of, tuple(skipped), tuple(conflicts))
