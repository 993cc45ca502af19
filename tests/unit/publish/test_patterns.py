"""Dates of birth, NHS numbers, postcodes, phone numbers, e-mails, addresses and places."""

import pytest

from casereview.publish import Redactor


@pytest.mark.parametrize(
    "written",
    [
        "22/05/2016",
        "22/5/2016",
        "22.05.16",
        "22-05-2016",
        "2016-05-22",
        "22 May 2016",
        "22nd May 2016",
        "22nd of May 2016",
        "22-May-16",
        "May 22, 2016",
        "May 22nd 2016",
        "22 MAY 2016",
        "220516",  # digits run together, as systems write them
        "22052016",
        "20160522",
    ],
)
def test_listed_date_of_birth_in_every_written_form(redactor: Redactor, written: str) -> None:
    result = redactor.redact(f"Seen on {written} at home.")
    assert result.text == "Seen on [date of birth] at home."


def test_other_dates_are_kept(redactor: Redactor) -> None:
    text = "Seen on 23/05/2016 and in May 2016."
    assert redactor.redact(text).text == text


def test_unlisted_date_given_as_a_date_of_birth_is_redacted(redactor: Redactor) -> None:
    assert redactor.redact("Cousin (DOB: 04/07/2013).").text == "Cousin (DOB: [date of birth])."


@pytest.mark.parametrize("written", ["943 476 5919", "9434765919", "943-476-5919"])
def test_listed_nhs_number(redactor: Redactor, written: str) -> None:
    assert redactor.redact(f"NHS no {written}.").text == "NHS no [NHS number]."


def test_unlisted_nhs_number_needs_a_valid_checksum(redactor: Redactor) -> None:
    # 401 023 2137 passes the modulus 11 check; 401 023 2138 does not.
    assert redactor.redact("NHS 401 023 2137").text == "NHS [NHS number]"
    assert "2138" in redactor.redact("ref 401 023 2138").text


@pytest.mark.parametrize("written", ["EB3 7QT", "EB37QT", "eb3 7qt", "EB3-7QT"])
def test_listed_postcode(redactor: Redactor, written: str) -> None:
    assert redactor.redact(f"Lives at {written} now.").text == "Lives at [postcode] now."


def test_unlisted_postcode(redactor: Redactor) -> None:
    assert redactor.redact("Moved to WM2 9XY.").text == "Moved to [postcode]."


@pytest.mark.parametrize(
    "written", ["07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900 123"]
)
def test_listed_phone(redactor: Redactor, written: str) -> None:
    assert redactor.redact(f"Call {written} today.").text == "Call [phone number] today."


@pytest.mark.parametrize("written", ["0113 496 0000", "(0113) 496 0000", "07700 900456"])
def test_unlisted_uk_phone(redactor: Redactor, written: str) -> None:
    assert redactor.redact(f"Call {written} today.").text == "Call [phone number] today."


def test_record_number_padded_with_zeros_is_no_phone(redactor: Redactor) -> None:
    # No UK number has a 0 after its leading 0: a system's zero-padded record id.
    text = "Record 0001048833 opened; PersonID=0012345678."
    assert redactor.redact(text).text == text


def test_emails(redactor: Redactor) -> None:
    assert redactor.redact("Mail KAY.MARSH@example.com.").text == "Mail [e-mail address]."
    assert redactor.redact("Mail j.doe@mail.example.org").text == "Mail [e-mail address]"


def test_listed_address_and_street(redactor: Redactor) -> None:
    assert redactor.redact("Visit to 14 Larch Close.").text == "Visit to the family home."
    assert redactor.redact("Walked along Larch Close.").text == "Walked along the family home."
    # The street word's short form: "Cl", "Cl." for Close.
    assert redactor.redact("Visit to 14 Larch Cl.").text == "Visit to the family home."


def test_courts_and_parks_of_a_kind_are_no_street(redactor: Redactor) -> None:
    kinds = "Heard at the Family Court, then the Crown Court; met in the Car Park."
    assert redactor.redact(kinds).text == kinds
    # The kinds old files name: still no street.
    kinds = "Tried before the Juvenile Court; then the Divisional Court; the Court of Appeal."
    assert redactor.redact(kinds).text == kinds
    # A name before the kind is a place the family may be found by: redacted.
    out = redactor.redact("They stayed at Sandybay Holiday Park.").text
    assert out == "They stayed at [street]."
    # A name before the word, or a house number, is a street or an address still.
    out = redactor.redact("Lives on Fenwick Court, then at 4 Family Court.").text
    assert out == "Lives on [street], then at [address]."


def test_unlisted_address_street_and_places(redactor: Redactor) -> None:
    out = redactor.redact(
        "Moved to 27 Fenwick Road near Harbour Street; attends Birchwood Primary School "
        "and Tiny Steps Day Nursery; registered at Elm Tree Surgery."
    ).text
    assert out == (
        "Moved to [address] near [street]; attends [school] and [nursery]; "
        "registered at [GP practice]."
    )


def test_kinds_of_school_are_no_named_place(redactor: Redactor) -> None:
    kinds = (
        "The Virtual School Head attended. Forest School on Fridays; Sunday School; "
        "a Grammar School place; Summer School; Maternity Hospital; sent to an Approved "
        "School."
    )
    assert redactor.redact(kinds).text == kinds
    # A name with the kind is still a named place.
    out = redactor.redact(
        "Letter from Northmoor Virtual School, Ashcombe Grammar School and Kestle Approved School."
    )
    assert out.text == "Letter from [school], [school] and [school]."


def test_listed_places_and_their_distinctive_part(redactor: Redactor) -> None:
    out = redactor.redact("Oakfield Primary School rang. Oakfield said she was absent.").text
    assert out == "The primary school rang. The primary school said she was absent."
    assert redactor.redact("At Little Acorns today.").text == "At the nursery today."
