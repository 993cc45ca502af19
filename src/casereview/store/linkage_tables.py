"""Tables of the person linkage: runs, persons, candidate pairs, decisions, id history.

Records are named by a key that survives a replaced return: ``<agency>/<person_ref>`` (the
agency's own reference), so that reviewers' decisions and person ids outlive re-imports.
Decisions are append-only (the latest for a pair wins) and each is audited.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.tables import Base

__all__ = [
    "CandidatePairRow",
    "LinkageRunRow",
    "LinkedRecordRow",
    "PairDecisionRow",
    "PersonIdHistoryRow",
]


class LinkageRunRow(Base):
    """One run of `casereview link`: what was run, how long it took, the model's labels."""

    __tablename__ = "linkage_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    run_at: Mapped[datetime] = mapped_column(DateTime)
    run_by: Mapped[str] = mapped_column(String(100))
    backend: Mapped[str] = mapped_column(String(16))
    trained: Mapped[bool] = mapped_column(Boolean, default=False)
    records: Mapped[int] = mapped_column(Integer)
    persons: Mapped[int] = mapped_column(Integer)
    band_counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    change_counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    seconds: Mapped[float] = mapped_column(Float)
    model: Mapped[dict[str, Any]] = mapped_column(JSON)


class LinkedRecordRow(Base):
    """The current person of each person record of a review."""

    __tablename__ = "linked_records"
    __table_args__ = (UniqueConstraint("review_id", "record_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id", ondelete="CASCADE"))
    record_key: Mapped[str] = mapped_column(String(250))
    person_id: Mapped[str] = mapped_column(String(40), index=True)


class CandidatePairRow(Base):
    """A scored pair of the latest run (possible or linked), with its evidence."""

    __tablename__ = "candidate_pairs"
    __table_args__ = (
        UniqueConstraint("review_id", "pair_id"),
        Index("ix_candidate_pairs_review_band", "review_id", "band"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id", ondelete="CASCADE"))
    pair_id: Mapped[str] = mapped_column(String(20))
    record_key_l: Mapped[str] = mapped_column(String(250))
    record_key_r: Mapped[str] = mapped_column(String(250))
    match_weight: Mapped[float | None] = mapped_column(Float)
    match_probability: Mapped[float | None] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(12))
    model_band: Mapped[str] = mapped_column(String(12))
    contradiction: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[str | None] = mapped_column(String(8))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)


class PairDecisionRow(Base):
    """A reviewer's decision on a pair (accept/reject; manual link/unlink). Append-only."""

    __tablename__ = "pair_decisions"
    __table_args__ = (Index("ix_pair_decisions_review_pair", "review_id", "pair_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    pair_id: Mapped[str] = mapped_column(String(20))
    record_key_l: Mapped[str] = mapped_column(String(250))
    record_key_r: Mapped[str] = mapped_column(String(250))
    decision: Mapped[str] = mapped_column(String(8))
    how: Mapped[str] = mapped_column(String(12))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str] = mapped_column(String(100))


class PersonIdHistoryRow(Base):
    """What each run did to each person id (created, unchanged, changed, merged, split,
    retired), so that an id quoted in a report can be traced."""

    __tablename__ = "person_id_history"
    __table_args__ = (Index("ix_person_id_history_review_person", "review_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12))
    previous_ids: Mapped[list[str]] = mapped_column(JSON)
    records_added: Mapped[int] = mapped_column(Integer, default=0)
    records_removed: Mapped[int] = mapped_column(Integer, default=0)
