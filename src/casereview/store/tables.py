"""SQLAlchemy 2 table mappings. The schema itself is created by Alembic migrations.

Natural rules are enforced by the database as well as the code: one current return per agency
per review, unique refs within a return, an append-only audit log (see the migrations).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Agency",
    "AuditEntry",
    "Base",
    "EventPerson",
    "EventRow",
    "PersonRecordRow",
    "Return",
    "Review",
]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    review_type: Mapped[str] = mapped_column(String(16))
    area: Mapped[str] = mapped_column(String(16), default="england")
    aware_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))

    agencies: Mapped[list[Agency]] = relationship(back_populates="review", order_by="Agency.name")


class Agency(Base):
    """An agency taking part in one review (its name as the review knows it, and its type)."""

    __tablename__ = "agencies"
    __table_args__ = (UniqueConstraint("review_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    agency_type: Mapped[str] = mapped_column(String(32))

    review: Mapped[Review] = relationship(back_populates="agencies")


class Return(Base):
    """One version of one agency's return. Earlier versions stay, marked superseded."""

    __tablename__ = "returns"
    __table_args__ = (
        UniqueConstraint("agency_id", "version"),
        Index("ix_returns_review_current", "review_id", "is_current"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    source_files: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(100))
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    people_count: Mapped[int] = mapped_column(Integer, default=0)
    events_count: Mapped[int] = mapped_column(Integer, default=0)
    warnings_count: Mapped[int] = mapped_column(Integer, default=0)

    agency: Mapped[Agency] = relationship()


class PersonRecordRow(Base):
    __tablename__ = "person_records"
    __table_args__ = (UniqueConstraint("return_id", "person_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"))
    person_ref: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    other_names: Mapped[str | None] = mapped_column(Text)
    dob_earliest: Mapped[date | None] = mapped_column(Date)
    dob_latest: Mapped[date | None] = mapped_column(Date)
    dob_precision: Mapped[str | None] = mapped_column(String(8))
    dob_uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    sex: Mapped[str | None] = mapped_column(String(8))
    nhs_number: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(10))
    role: Mapped[str | None] = mapped_column(String(32))
    source_row: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("return_id", "event_ref"),
        Index("ix_events_return_order", "return_id", "start_earliest", "sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)
    event_ref: Mapped[str] = mapped_column(String(100))
    start_earliest: Mapped[date] = mapped_column(Date)
    start_latest: Mapped[date] = mapped_column(Date)
    start_precision: Mapped[str] = mapped_column(String(8))
    start_uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_earliest: Mapped[date | None] = mapped_column(Date)
    end_latest: Mapped[date | None] = mapped_column(Date)
    end_precision: Mapped[str | None] = mapped_column(String(8))
    end_uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    practitioner: Mapped[str | None] = mapped_column(String(200))
    child_seen: Mapped[str | None] = mapped_column(String(16))
    action_outcome: Mapped[str | None] = mapped_column(Text)
    shared_with: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200))
    analysis: Mapped[str | None] = mapped_column(Text)
    people_refs: Mapped[str] = mapped_column(Text)
    source_row: Mapped[int] = mapped_column(Integer)


class EventPerson(Base):
    """Which person records an event concerns (refs resolved within the same return)."""

    __tablename__ = "event_people"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    person_record_id: Mapped[int] = mapped_column(
        ForeignKey("person_records.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AuditEntry(Base):
    """Append-only: the migrations install triggers that refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    review_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
