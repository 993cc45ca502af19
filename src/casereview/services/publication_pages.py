"""What the web's publication page shows: where the anonymised report stands, and for those
who manage it the words to check, the kept words and the glossary.

The status (files, leak check, sign-off, publication) names nobody, so panel members read it
too. The flagged words, the kept phrases and the glossary's owner keys hold names of the
case: only those with `Permission.PUBLICATION_MANAGE` get them. Every function checks the
viewer first (`check_review`), so a page cannot forget to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, select

from casereview.errors import NotFound
from casereview.model.roles import Permission
from casereview.publish import GlossaryEntry
from casereview.publish.kept import KeptPhrases
from casereview.services.access import Viewer, check_review, require
from casereview.services.kept_words import KeptWord, kept_words
from casereview.services.publication_files import (
    is_served,
    read_narrative,
    report_formats,
    served_file,
)
from casereview.services.publish import changes_since_render, flagged_words, review_glossary
from casereview.store.database import Database
from casereview.store.publish_tables import Publication
from casereview.store.tables import Review

__all__ = [
    "KEEPABLE_REASON",
    "PublicationPage",
    "Rendering",
    "WordToCheck",
    "latest_rendering",
    "publication_file",
    "publication_page",
    "review_id_for",
]

#: The reason the redactor gives a name that may be the ordinary word (publish/redact.py):
#: only such a word, with the words after it, can be kept.
KEEPABLE_REASON = "redacted as a name: check it is not an ordinary word"
#: Audited changes that alter what the next rendering redacts.


@dataclass(frozen=True)
class Rendering:
    """The latest rendering of a review and where it stands in the publication gate."""

    id: int
    created_at: datetime
    created_by: str
    files: tuple[str, ...]
    formats: tuple[str, ...]
    served: bool  # written by the web app: its files can be downloaded here
    leak_clean: bool
    leaks: int
    flagged: int
    signed_off_by: str | None
    signed_off_at: datetime | None
    published_on: date | None
    published_where: str | None
    retention_until: date | None
    notices: tuple[str, ...]
    changed_since: int  # kept words or glossary labels changed after it

    @property
    def published(self) -> bool:
        return self.published_on is not None


@dataclass(frozen=True)
class WordToCheck:
    """A flagged word as the command line lists it (word, why, times), and what may be done."""

    word: str
    reason: str
    times: int
    keepable: bool  # a name that may be the ordinary word: it can be kept
    kept: bool  # a kept phrase covers it already (applies at the next rendering)


@dataclass(frozen=True)
class PublicationPage:
    ref: str
    title: str
    rendering: Rendering | None
    manage: bool
    words: tuple[WordToCheck, ...] = ()
    kept: tuple[KeptWord, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    narrative_at: datetime | None = None  # the stored narrative, to render again


def review_id_for(conn: Connection, viewer: Viewer, ref: str) -> tuple[int, str]:
    """The review's id and title, once the viewer may see it (a missing review: NotFound)."""
    check_review(conn, viewer, ref)
    row = conn.execute(select(Review.id, Review.title).where(Review.ref == ref)).first()
    if row is None:
        raise NotFound(f"There is no review {ref}.")
    return int(row.id), row.title or ""


def _rendering(conn: Connection, ref: str, review_id: int, data_dir: Path) -> Rendering | None:
    row = conn.execute(
        select(Publication.__table__)
        .where(Publication.review_id == review_id)
        .order_by(Publication.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    files = tuple(f["name"] for f in row.files)
    return Rendering(
        id=row.id,
        created_at=row.created_at,
        created_by=row.created_by,
        files=files,
        formats=report_formats(files),
        served=is_served(data_dir, review_id, row.out_dir),
        leak_clean=row.leak_clean,
        leaks=row.leaks_count,
        flagged=row.flagged_count,
        signed_off_by=row.signed_off_by,
        signed_off_at=row.signed_off_at,
        published_on=row.published_on,
        published_where=row.published_where,
        retention_until=row.retention_until,
        notices=tuple(row.notices or ()),
        changed_since=changes_since_render(conn, ref),
    )


def latest_rendering(
    db: Database, *, ref: str, viewer: Viewer, data_dir: Path
) -> tuple[str, Rendering | None]:
    """The review's title and its latest rendering (None before the first)."""
    require(viewer, Permission.PUBLICATION_READ)
    with db.engine.connect() as conn:
        review_id, title = review_id_for(conn, viewer, ref)
        return title, _rendering(conn, ref, review_id, data_dir)


def _words(db: Database, ref: str, kept: list[KeptWord]) -> tuple[WordToCheck, ...]:
    phrases = KeptPhrases.of(k.phrase for k in kept)
    return tuple(
        WordToCheck(
            word=word,
            reason=reason,
            times=times,
            keepable=reason == KEEPABLE_REASON,
            kept=reason == KEEPABLE_REASON and phrases.covers(word, 0),
        )
        for word, reason, times in flagged_words(db, ref=ref)
    )


def publication_page(db: Database, *, ref: str, viewer: Viewer, data_dir: Path) -> PublicationPage:
    title, rendering = latest_rendering(db, ref=ref, viewer=viewer, data_dir=data_dir)
    if not viewer.can(Permission.PUBLICATION_MANAGE):
        return PublicationPage(ref, title, rendering, manage=False)
    with db.engine.connect() as conn:
        review_id, _ = review_id_for(conn, viewer, ref)
    kept = kept_words(db, ref=ref)
    stored = read_narrative(data_dir, review_id)
    return PublicationPage(
        ref,
        title,
        rendering,
        manage=True,
        words=_words(db, ref, kept) if rendering is not None else (),
        kept=tuple(kept),
        glossary=tuple(review_glossary(db, ref=ref)),
        narrative_at=stored[1] if stored else None,
    )


def publication_file(
    db: Database, *, ref: str, viewer: Viewer, data_dir: Path, publication_id: int, name: str
) -> Path:
    """A file of one of the review's renderings, resolved safely inside the data folder."""
    require(viewer, Permission.PUBLICATION_MANAGE)
    with db.engine.connect() as conn:
        review_id, _ = review_id_for(conn, viewer, ref)
        row = conn.execute(
            select(Publication.out_dir, Publication.files).where(
                Publication.id == publication_id, Publication.review_id == review_id
            )
        ).first()
    path = (
        served_file(data_dir, review_id, row.out_dir, [f["name"] for f in row.files], name)
        if row is not None
        else None
    )
    if path is None:
        raise NotFound("There is no such file of this review's publication.")
    return path
