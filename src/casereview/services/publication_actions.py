"""The publication actions of the web (issue 7), over the services the command line calls.

Each action checks `Permission.PUBLICATION_MANAGE` and the review first, then the
conditions of the gate, so that a refusal is a sentence for the web page: it names the form
field, never a command-line command and never a personal value (the services' own messages
are written for the terminal). The services do the work and write the audit log.

The web gate is a little stricter than the command line's: after a kept word or a glossary
label changed, the latest rendering no longer shows what the next one will, so it cannot
be signed off or marked published until it is rendered again.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from casereview.errors import InvalidInput, NotFound
from casereview.model.dates import DateError, parse_day
from casereview.model.roles import Permission
from casereview.publish import FORMATS, PublishError
from casereview.services.access import Viewer, require
from casereview.services.kept_words import MAX_PHRASE, keep_word, unkeep_word
from casereview.services.publication_files import (
    read_narrative,
    rendering_folder,
    store_narrative,
)
from casereview.services.publication_pages import Rendering, latest_rendering, review_id_for
from casereview.services.publish import (
    mark_published,
    publish_review,
    review_glossary,
    set_glossary_label,
    sign_off,
)
from casereview.store.audit import utcnow
from casereview.store.database import Database

__all__ = [
    "PublicationRefused",
    "RenderSummary",
    "check_manager",
    "keep",
    "publish_latest",
    "relabel",
    "render_report",
    "sign_off_latest",
    "unkeep",
]

MAX_LABEL = 100
MAX_WHERE = 500
LEAKS_SHOWN = 5


class PublicationRefused(InvalidInput):
    """A publication action refused; `field` is the form field the message belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class RenderSummary:
    files: int
    clean: bool
    leaks: tuple[str, ...]  # "report.html: line 3: Child A family name" (no personal value)
    leak_count: int
    flagged: int


def check_manager(db: Database, *, ref: str, viewer: Viewer) -> None:
    """Refuse a viewer who may not manage this review's publication (before any upload)."""
    require(viewer, Permission.PUBLICATION_MANAGE)
    with db.engine.connect() as conn:
        review_id_for(conn, viewer, ref)


def _review_id(db: Database, ref: str, viewer: Viewer) -> int:
    require(viewer, Permission.PUBLICATION_MANAGE)
    with db.engine.connect() as conn:
        return review_id_for(conn, viewer, ref)[0]


def _narrative_text(content: bytes, max_bytes: int) -> str:
    if len(content) > max_bytes:
        raise PublicationRefused(
            "narrative", f"The narrative is larger than {max_bytes // (1024 * 1024)} MB"
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PublicationRefused(
            "narrative", "The narrative must be a Markdown text file (UTF-8)"
        ) from None
    if not text.strip():
        raise PublicationRefused("narrative", "The narrative file is empty")
    return text


def render_report(
    db: Database,
    *,
    ref: str,
    viewer: Viewer,
    data_dir: Path,
    narrative: bytes | None,
    formats: Sequence[str],
    max_bytes: int,
) -> RenderSummary:
    """Render the anonymised report from an uploaded narrative (or the stored one, to render
    again) in the chosen formats, and leak-check everything written."""
    review_id = _review_id(db, ref, viewer)
    chosen = [f for f in FORMATS if f in formats]
    if not chosen or len(chosen) != len(set(formats)):
        raise PublicationRefused("formats", "Choose at least one format: HTML, Word or PDF")
    if narrative is not None:
        path = store_narrative(data_dir, review_id, _narrative_text(narrative, max_bytes))
    else:
        stored = read_narrative(data_dir, review_id)
        if stored is None:
            raise PublicationRefused("narrative", "Choose the reviewer's narrative (Markdown)")
        path = stored[0]
    out = rendering_folder(data_dir, review_id, utcnow())
    try:
        outcome = publish_review(
            db, ref=ref, narrative=path, formats=chosen, out=out, actor=viewer.username
        )
    except PublishError:
        shutil.rmtree(out, ignore_errors=True)
        raise PublicationRefused(
            "narrative",
            "The report could not be rendered. Check the narrative is Markdown with one "
            "heading (#) per section, then try again",
        ) from None
    leaks = tuple(
        ": ".join(part for part in (Path(leak.file).name, leak.location, leak.key) if part)
        for leak in outcome.report.leaks[:LEAKS_SHOWN]
    )
    return RenderSummary(
        len(outcome.files),
        outcome.report.clean,
        leaks,
        len(outcome.report.leaks),
        len(outcome.flagged),
    )


def keep(db: Database, *, ref: str, viewer: Viewer, phrase: str) -> None:
    """Keep a listed word, with the words after it, as the ordinary word (next rendering)."""
    _review_id(db, ref, viewer)
    if len(phrase.split()) < 2:
        raise PublicationRefused(
            "phrase",
            "Give the word and at least the next word, as listed: a word is kept "
            "where it opens this phrase, never everywhere",
        )
    try:
        keep_word(db, ref=ref, phrase=phrase, actor=viewer.username)
    except InvalidInput:
        raise PublicationRefused(
            "phrase",
            "This phrase cannot be kept: it must start with a listed name of this review that "
            "is also an ordinary word, go on with words that are no names of this review, and "
            f"have at most {MAX_PHRASE} characters",
        ) from None


def unkeep(db: Database, *, ref: str, viewer: Viewer, phrase: str) -> None:
    """Stop keeping a phrase: the next rendering redacts and lists its word again."""
    _review_id(db, ref, viewer)
    try:
        unkeep_word(db, ref=ref, phrase=phrase, actor=viewer.username)
    except NotFound:
        raise PublicationRefused("kept", "That phrase is not kept in this review") from None


def relabel(db: Database, *, ref: str, viewer: Viewer, owner: str, label: str) -> None:
    """Choose the glossary label of one person or place (applies at the next rendering)."""
    _review_id(db, ref, viewer)
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise PublicationRefused("label", f"Enter a label of up to {MAX_LABEL} characters")
    if owner not in {e.key for e in review_glossary(db, ref=ref)}:
        raise PublicationRefused("label", "That person or place is not in this review")
    try:
        set_glossary_label(db, ref=ref, owner=owner, label=label, actor=viewer.username)
    except (InvalidInput, NotFound):
        raise PublicationRefused(
            "label", "That label is a name of the case; choose a role, like Mother's partner"
        ) from None


def _latest(db: Database, ref: str, viewer: Viewer, data_dir: Path, field: str) -> Rendering:
    _review_id(db, ref, viewer)
    _, rendering = latest_rendering(db, ref=ref, viewer=viewer, data_dir=data_dir)
    if rendering is None:
        raise PublicationRefused(field, "Render the report first")
    if not rendering.leak_clean:
        raise PublicationRefused(
            field,
            f"The latest rendering failed the leak check ({rendering.leaks} identifier"
            f"{'s' * (rendering.leaks != 1)} found). Fix the narrative or the glossary and "
            "render the report again",
        )
    if rendering.changed_since:
        raise PublicationRefused(
            field,
            "Kept words or glossary labels changed after the latest rendering: render the "
            "report again first",
        )
    return rendering


def sign_off_latest(
    db: Database,
    *,
    ref: str,
    viewer: Viewer,
    data_dir: Path,
    full_name: str,
    checked: bool,
    rendering: int | None,
) -> int:
    """A named person signs off the flagged words of the rendering the page showed, which
    must still be the latest clean one (`rendering`: its number, from the form)."""
    _latest(db, ref, viewer, data_dir, "full_name")
    name = " ".join(full_name.split())
    if len(name.split()) < 2 or len(name) > 200:
        raise PublicationRefused("full_name", "Enter your full name (first and last name)")
    if not checked:
        raise PublicationRefused(
            "checked", "Confirm that you have checked every word in the list of words to check"
        )
    # The page names the rendering whose list it showed; sign_off refuses any other, in the
    # same transaction as the sign-off. A form without the number signs nothing.
    if rendering is None:
        raise PublicationRefused("full_name", _RENDERED_AGAIN)
    try:
        return sign_off(db, ref=ref, signed_by=name, actor=viewer.username, rendering=rendering)
    except (PublishError, NotFound):  # rendered again meanwhile
        raise PublicationRefused("full_name", _RENDERED_AGAIN) from None


_RENDERED_AGAIN = (
    "The report was rendered again after this page was loaded: check the new list of words, "
    "then sign off"
)


def _day(text: str, field: str, what: str) -> date | None:
    try:
        return parse_day(text)
    except DateError:
        raise PublicationRefused(field, f"{what} must be a real date, like 01/12/2026") from None


def publish_latest(
    db: Database,
    *,
    ref: str,
    viewer: Viewer,
    data_dir: Path,
    published_on: str,
    where: str,
    notices_on: str = "",
    retain_until: str = "",
) -> date:
    """Record that the latest signed-off rendering is published; the date it stays until."""
    rendering = _latest(db, ref, viewer, data_dir, "published_on")
    if not rendering.signed_off_by:
        raise PublicationRefused("published_on", "Sign off the words to check first")
    day = _day(published_on, "published_on", "The publication date")
    if day is None:
        raise PublicationRefused("published_on", "Enter the publication date")
    where = where.strip()
    if not where or len(where) > MAX_WHERE:
        raise PublicationRefused("where", "Enter where the report is published (web address)")
    notices = _day(notices_on, "notices_on", "The date of the notices")
    retention = _day(retain_until, "retain_until", "The date to keep it online until")
    try:
        row = mark_published(
            db,
            ref=ref,
            where=where,
            published_on=day,
            retention_until=retention,
            notices=[f"Pre-publication notices sent {notices:%d/%m/%Y}"] if notices else [],
            actor=viewer.username,
        )
    except InvalidInput:
        raise PublicationRefused(
            "retain_until", "A published review stays online for at least a year"
        ) from None
    except (PublishError, NotFound):
        raise PublicationRefused(
            "published_on",
            "The files of the latest rendering are missing, changed or no longer pass the leak "
            "check: render the report again",
        ) from None
    assert row.retention_until is not None
    return row.retention_until
