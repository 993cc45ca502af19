"""Person records are read from the model's dataclasses as well as from plain dicts."""

from datetime import date

from casereview.model.dates import ChronoDate
from casereview.model.records import PersonRecord
from casereview.publish import Person, Redactor, build_identity_list, read_record


def test_model_person_record_is_read_with_its_chrono_date() -> None:
    record = PersonRecord(
        person_ref="P1",
        given_names="Ottilie",
        family_name="Penrose",
        other_names=("Tilly",),
        date_of_birth=ChronoDate.day(date(2019, 2, 3)),
        nhs_number="9990000026",
        role="subject_child",
    )
    view = read_record(record)
    assert (view.given_names, view.other_names, view.date_of_birth) == (
        "Ottilie",
        ("Tilly",),
        date(2019, 2, 3),
    )
    assert "Ottilie" not in repr(view)  # personal fields are hidden from repr


def test_a_month_only_date_of_birth_is_not_a_day_to_look_for() -> None:
    record = PersonRecord(person_ref="P2", date_of_birth=ChronoDate.month(1972, 5))
    assert read_record(record).date_of_birth is None


def test_descriptions_in_name_fields_are_not_names() -> None:
    # Agencies write "Baby" as a given name and "mum's partner" as an other name.
    people = [
        Person.from_records(
            "c", [{"given_names": "Baby", "family_name": "Penrose", "role": "subject_child"}]
        ),
        Person.from_records(
            "p", [{"given_names": "Jory", "other_names": "mum's partner", "role": "partner"}]
        ),
    ]
    redactor = Redactor(build_identity_list(people), use_patterns=False)
    assert redactor.redact("The baby and mum's partner were seen.").text == (
        "The baby and mum's partner were seen."
    )
    assert redactor.redact("Baby Penrose and Jory were seen.").text == (
        "Child A and Mother's partner were seen."
    )
