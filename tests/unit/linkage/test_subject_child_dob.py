"""The subject child's age uses the linked person's date of birth."""

from __future__ import annotations

from datetime import date

from casereview.model.dates import ChronoDate
from casereview.model.records import PersonRecord
from casereview.services.chronology import subject_child_dob
from casereview.store.queries import StoredPerson


def _person(return_id: int, ref: str, role: str | None, dob: date) -> StoredPerson:
    return StoredPerson(
        record_id=return_id * 100,
        return_id=return_id,
        agency=f"agency {return_id}",
        agency_type="other",
        record=PersonRecord(person_ref=ref, role=role, date_of_birth=ChronoDate.day(dob)),
    )


def test_linked_records_without_the_role_vote_for_the_childs_date_of_birth():
    # One agency marked the subject child with a mistyped date; two agencies that did not
    # mark the role hold the right date; linkage says all three are the same child.
    marked = _person(1, "C1", "subject_child", date(2022, 3, 15))
    unmarked_a = _person(2, "X7", None, date(2022, 3, 14))
    unmarked_b = _person(3, "K2", None, date(2022, 3, 14))
    sibling = _person(2, "X8", None, date(2019, 1, 1))
    people = [marked, unmarked_a, unmarked_b, sibling]
    without_linkage = subject_child_dob(people)
    assert without_linkage is not None and without_linkage.earliest == date(2022, 3, 15)
    linked = {(1, "C1"): "P-child", (2, "X7"): "P-child", (3, "K2"): "P-child", (2, "X8"): "P-sib"}
    with_linkage = subject_child_dob(people, linked)
    assert with_linkage is not None and with_linkage.earliest == date(2022, 3, 14)
