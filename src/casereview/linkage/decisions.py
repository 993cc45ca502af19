"""Clerical decisions on pairs of person records, and stable pair identifiers.

A reviewer accepts or rejects a possible match, or links/unlinks any two records by hand.
Both are the same fact: "these two records are (not) the same person". Decisions outrank
the model on every later run: an accepted pair always links (must-link), a rejected pair
never ends up in one person (cannot-link).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from casereview.linkage.errors import LinkageInputError

__all__ = ["PAIR_ID_SQL", "Decision", "PairDecision", "ordered_pair", "pair_id"]

Decision = Literal["accept", "reject"]


def ordered_pair(record_a: str, record_b: str) -> tuple[str, str]:
    """The two record ids in a fixed order, so (a, b) and (b, a) are the same pair."""
    return (record_a, record_b) if record_a <= record_b else (record_b, record_a)


def pair_id(record_a: str, record_b: str) -> str:
    """A short identifier of a pair that depends only on the two record ids.

    It survives re-runs (a decision made on ``M-…`` today still names the same pair next
    month) and does not reveal anything about the people.
    """
    left, right = ordered_pair(record_a, record_b)
    # md5 as a fingerprint, not for security: the database computes the same one in SQL
    # (see PAIR_ID_SQL) so that millions of pairs need no Python loop.
    digest = hashlib.md5(f"{left}\x1f{right}".encode(), usedforsecurity=False).hexdigest()
    return f"M-{digest[:12]}"


PAIR_ID_SQL = (
    "concat('M-', substr(md5(concat(least(unique_id_l, unique_id_r), chr(31), "
    "greatest(unique_id_l, unique_id_r))), 1, 12))"
)
"""``pair_id`` in SQL that DuckDB and Spark both understand."""


@dataclass(frozen=True)
class PairDecision:
    """A reviewer's decision that two records are (``accept``) or are not (``reject``) one
    person. A manual link is an ``accept``; a manual unlink is a ``reject``."""

    record_id_l: str
    record_id_r: str
    decision: Decision

    def __post_init__(self) -> None:
        if self.decision not in ("accept", "reject"):
            raise LinkageInputError(
                f"A pair decision must be 'accept' or 'reject', not {self.decision!r}."
            )
        if self.record_id_l == self.record_id_r:
            raise LinkageInputError(
                f"A pair decision needs two different records; record {self.record_id_l} "
                "was given twice."
            )
        left, right = ordered_pair(self.record_id_l, self.record_id_r)
        object.__setattr__(self, "record_id_l", left)
        object.__setattr__(self, "record_id_r", right)

    @property
    def pair_id(self) -> str:
        return pair_id(self.record_id_l, self.record_id_r)
