"""Publication records: what was rendered, whether it passed the leak check, who signed off
the flagged words, and when, where and until when the report is published.

A review may be rendered many times; each rendering is a `Publication`. Only a rendering
whose files passed the leak check and whose flagged words a named person signed off can be
marked published (enforced in services/publish.py, audited in the audit log).
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

__all__ = ["GlossaryOverride", "KeptPhrase", "Publication", "PublicationFlag"]


class Publication(Base):
    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    out_dir: Mapped[str] = mapped_column(Text)
    #: [{"name": "report.pdf", "sha256": "..."}] of every file written and checked
    files: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    leak_clean: Mapped[bool] = mapped_column(Boolean, default=False)
    leaks_count: Mapped[int] = mapped_column(Integer, default=0)
    flagged_count: Mapped[int] = mapped_column(Integer, default=0)
    signed_off_by: Mapped[str | None] = mapped_column(String(200))
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime)
    published_on: Mapped[date | None] = mapped_column(Date)
    published_where: Mapped[str | None] = mapped_column(Text)
    retention_until: Mapped[date | None] = mapped_column(Date)
    #: pre-publication notices, e.g. ["national panel 2026-11-20", "Secretary of State ..."]
    notices: Mapped[list[str]] = mapped_column(JSON, default=list)


class PublicationFlag(Base):
    """A word left in the anonymised text for a person to check (personal: kept in the
    database, never logged)."""

    __tablename__ = "publication_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    publication_id: Mapped[int] = mapped_column(
        ForeignKey("publications.id", ondelete="CASCADE"), index=True
    )
    word: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(100))
    occurrences: Mapped[int] = mapped_column(Integer, default=1)


class GlossaryOverride(Base):
    """An author's choice of pseudonym for one person or place of the review."""

    __tablename__ = "glossary_overrides"
    __table_args__ = (UniqueConstraint("review_id", "owner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    owner: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))


class KeptPhrase(Base):
    """A phrase whose first word, a name of the case that is also a word, a checker found to
    be the ordinary word where the redactor was unsure ("Frank concerns were raised"):
    kept wherever the phrase appears and the redactor would have redacted and listed it.
    Personal (it holds a name-word): kept in the database, never logged."""

    __tablename__ = "kept_phrases"
    __table_args__ = (UniqueConstraint("review_id", "phrase"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    phrase: Mapped[str] = mapped_column(String(200))
    kept_by: Mapped[str] = mapped_column(String(100))
    kept_at: Mapped[datetime] = mapped_column(DateTime)
