"""Tables of the running review: stage history, clock settings, proceedings, correspondence,
findings, recommendations and actions (issue 5).

Stage history is append-only in practice (a correction is a new stage change, audited); dates
are plain days. Free-text columns hold short neutral descriptions, never personal values.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.tables import Base

__all__ = [
    "ActionRow",
    "ClockSettings",
    "CorrespondenceRow",
    "FindingRow",
    "ProceedingRow",
    "RecommendationRow",
    "StageChangeRow",
]


class StageChangeRow(Base):
    """One stage reached by a review (the history the clock and the audit log both read)."""

    __tablename__ = "review_stage_changes"
    __table_args__ = (UniqueConstraint("review_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(32))
    on_date: Mapped[date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ClockSettings(Base):
    """Facts and local choices of one review's clock beyond the reviews table."""

    __tablename__ = "review_clock_settings"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True
    )
    incident_date: Mapped[date | None] = mapped_column(Date)
    planned_publication: Mapped[date | None] = mapped_column(Date)
    rapid_review_counts_from: Mapped[str] = mapped_column(String(16), default="awareness")


class ProceedingRow(Base):
    """A parallel proceeding (trial, appeal, inquest...) and whether it holds publication."""

    __tablename__ = "review_proceedings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    holds_publication: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(String(200), default="")


class CorrespondenceRow(Base):
    """A letter or request about a review, the reply and the promise it made."""

    __tablename__ = "review_correspondence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    received: Mapped[date] = mapped_column(Date)
    from_role: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))
    replied: Mapped[date | None] = mapped_column(Date)
    promised: Mapped[date | None] = mapped_column(Date)
    delivered: Mapped[date | None] = mapped_column(Date)


class FindingRow(Base):
    """A finding of the review, linked to indicator findings and chronology events by id."""

    __tablename__ = "review_findings"
    __table_args__ = (UniqueConstraint("review_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    indicator_finding_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    event_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class RecommendationRow(Base):
    """A recommendation of the review, addressed to one or more agencies."""

    __tablename__ = "review_recommendations"
    __table_args__ = (UniqueConstraint("review_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    agencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    finding_keys: Mapped[list[str]] = mapped_column(JSON, default=list)


class ActionRow(Base):
    """An action answering a recommendation: owner agency, due date, status, evidence."""

    __tablename__ = "review_actions"
    __table_args__ = (UniqueConstraint("review_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("review_recommendations.id", ondelete="CASCADE")
    )
    key: Mapped[str] = mapped_column(String(16))
    owner_agency: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text)
    due: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    evidence: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
