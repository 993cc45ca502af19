"""Reading linked person ids without loading the linkage engine.

The chronology shows linked person ids on every export; importing Splink for that would add
about a second to each command, so these small queries live apart from `services.linkage`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from casereview.store.linkage_tables import LinkedRecordRow
from casereview.store.queries import StoredPerson

__all__ = ["linked_people_keys", "record_key"]


def record_key(agency: str, person_ref: str) -> str:
    """The name of a person record that survives a replaced return."""
    return f"{agency}/{person_ref}"


def linked_people_keys(
    conn: Connection, review_id: int, people: Sequence[StoredPerson]
) -> dict[tuple[int, str], str] | None:
    """(return id, person_ref) -> linked person id, or None when the review is not linked."""
    person_of = dict(
        conn.execute(
            select(LinkedRecordRow.record_key, LinkedRecordRow.person_id).where(
                LinkedRecordRow.review_id == review_id
            )
        ).all()
    )
    if not person_of:
        return None
    out: dict[tuple[int, str], str] = {}
    for p in people:
        key = record_key(p.agency, p.record.person_ref)
        if key in person_of:
            out[(p.return_id, p.record.person_ref)] = person_of[key]
    return out
