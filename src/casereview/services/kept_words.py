"""Words a checker kept: phrases where a name of the case that is also a word is the word.

The redactor redacts and lists a sentence-start word-name it cannot read ("Frank concerns
were raised" -> "Father concerns were raised", listed). The person checking the list keeps
the phrase as written; the next `publish` leaves that word alone where the phrase appears
and the redactor was unsure, and the leak check does the same (publish/kept.py). Keeping and
removing are audited by count only: a phrase holds a name-word and never goes to a log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from casereview.errors import InvalidInput, NotFound
from casereview.publish.context import is_ambiguous
from casereview.publish.identity import IdentityList
from casereview.publish.nameforms import name_tokens
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.publish_tables import KeptPhrase
from casereview.store.queries import review_header

__all__ = ["KeptWord", "check_phrase", "keep_word", "kept_phrases", "kept_words", "unkeep_word"]

MAX_PHRASE = 200


@dataclass(frozen=True)
class KeptWord:
    phrase: str
    kept_by: str
    kept_at: datetime


def check_phrase(phrase: str, identities: IdentityList) -> str:
    """The phrase with its spaces normalised, or InvalidInput saying why it cannot be kept.

    It must start with a name of the case that is also an ordinary word and go on with at
    least one more word, none of them a name of the case: the checker keeps the word in a
    context, never the word everywhere. Errors never quote the phrase.
    """
    words = phrase.split()
    if len(words) < 2:
        raise InvalidInput(
            "Give the word and at least the next word as written, e.g. 'Frank concerns': "
            "a word is kept in a context, never everywhere"
        )
    text = " ".join(words)
    if len(text) > MAX_PHRASE:
        raise InvalidInput(f"A kept phrase has at most {MAX_PHRASE} characters")
    first = name_tokens(words[0])
    if len(first) != 1 or first not in identities.names or not is_ambiguous(first[0]):
        raise InvalidInput(
            "The phrase must start with a name of this review that is also an ordinary word "
            "(as listed by publish, 'redacted as a name: check it is not an ordinary word')"
        )
    if any((token,) in identities.names for word in words[1:] for token in name_tokens(word)):
        raise InvalidInput("The words after the first must not be names of this review")
    return text


def kept_phrases(conn: Connection, review_id: int) -> list[str]:
    return list(
        conn.execute(
            select(KeptPhrase.phrase)
            .where(KeptPhrase.review_id == review_id)
            .order_by(KeptPhrase.id)
        ).scalars()
    )


def keep_word(db: Database, *, ref: str, phrase: str, actor: str) -> None:
    """Keep a phrase as ordinary words for a review (audited; the phrase is not logged)."""
    from casereview.services.publish import anonymiser_for

    with db.engine.begin() as conn:
        text = check_phrase(phrase, anonymiser_for(conn, ref).identities)
        review = review_header(conn, ref)
        if text in kept_phrases(conn, review.id):
            return
        conn.execute(
            insert(KeptPhrase).values(
                review_id=review.id, phrase=text, kept_by=actor, kept_at=utcnow()
            )
        )
        record_audit(
            conn, actor=actor, action="publish.keep_word", review_ref=ref, detail={"kept": 1}
        )


def unkeep_word(db: Database, *, ref: str, phrase: str, actor: str) -> None:
    """Stop keeping a phrase: the next publish redacts and lists its word again."""
    text = " ".join(phrase.split())
    with db.engine.begin() as conn:
        review = review_header(conn, ref)
        gone = conn.execute(
            delete(KeptPhrase).where(KeptPhrase.review_id == review.id, KeptPhrase.phrase == text)
        ).rowcount
        if not gone:
            raise NotFound(
                f"No such kept phrase in review {ref}; list them: casereview keep-word {ref}"
            )
        record_audit(
            conn, actor=actor, action="publish.unkeep_word", review_ref=ref, detail={"kept": -1}
        )


def kept_words(db: Database, *, ref: str) -> list[KeptWord]:
    with db.engine.connect() as conn:
        review = review_header(conn, ref)
        rows = conn.execute(
            select(KeptPhrase.phrase, KeptPhrase.kept_by, KeptPhrase.kept_at)
            .where(KeptPhrase.review_id == review.id)
            .order_by(KeptPhrase.id)
        ).all()
    return [KeptWord(r.phrase, r.kept_by, r.kept_at) for r in rows]
