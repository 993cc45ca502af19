"""Capitalised words that may be unlisted names are listed for a person to check."""

import pytest

from casereview.publish import Redactor, flag_words


def test_unlisted_names_are_flagged_and_ordinary_words_are_not(redactor: Redactor) -> None:
    result = redactor.redact(
        "Child A stayed with Tamsin Quarrell in Westmoor. On Monday the GP and the Police "
        "visited. Jayden was present. The social worker called."
    )
    assert [f.word for f in result.flagged] == ["Tamsin", "Quarrell", "Westmoor", "Jayden"]


def test_flagged_words_exclude_redacted_spans_and_glossary_labels(redactor: Redactor) -> None:
    result = redactor.redact("Kayleigh told Mother's partner about it.")
    assert result.text == "Child A told Mother's partner about it."
    assert result.flagged == ()


def test_capitalised_common_name_in_mid_sentence_is_flagged() -> None:
    # "Hope" is an ordinary word, but a capital in mid-sentence makes it a likely name.
    assert [f.word for f in flag_words("They told Hope and Jones.", [])] == ["Hope", "Jones"]
    assert flag_words("Hope is important.", []) == []


def test_a_negative_contraction_is_no_name_nor_an_initial() -> None:
    # "Don" and "Won" are names, but not before "'t"; the "T" of "DON'T." is no initial.
    text = "Q: Where is she? A: Don't know. I said DON\u2019T. Won't say. Don Quarrell came."
    assert [f.word for f in flag_words(text, [])] == ["Don", "Quarrell"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that is a word, opening a label of the records: no name.
        ("Placement plan\nYoung person: seen by Tamsin.", ["Tamsin"]),
        ("Group work\nYoung carers met on Tuesday.", []),
        # After a title, or before a capital, it is a name.
        ("Placement plan\nMr Young person-centred.", ["Young"]),
        ("Referred to the Young Carers Service.", ["Young"]),
        ("Placement plan\nYoung said no.", ["Young"]),
    ],
)
def test_a_word_surname_opening_a_records_label_is_not_flagged(
    text: str, expected: list[str]
) -> None:
    assert [f.word for f in flag_words(text, [])] == expected


def test_a_letter_after_an_ampersand_is_no_initial() -> None:
    # "A&E." and "a B&B." end in a capital and a stop, as "J." does; "J. Quarrell" is one.
    text = "The baby waited in A&E. The family were in a B&B. J. Quarrell came."
    assert [f.word for f in flag_words(text, [])] == ["J", "Quarrell"]


def test_surname_that_is_a_dictionary_word_is_flagged_after_a_title_or_a_name(
    redactor: Redactor,
) -> None:
    # "Field" is a common word; after "Mr" or after a redacted name it is a name.
    result = redactor.redact("The neighbour, Mr Field, called. Kayleigh Field came too.")
    assert [f.word for f in result.flagged] == ["Field", "Field"]


def test_capitalised_word_inside_a_longer_word_is_flagged_on_its_own() -> None:
    # A hashtag or a copied machine-readable line runs a name into other words.
    flagged = flag_words("#JusticeForBryony trended; the video is on YouTube.", [])
    assert [(f.word, f.start) for f in flagged] == [("Bryony", 11)]


def test_dictionary_word_that_is_only_a_proper_noun_is_flagged_in_mid_sentence() -> None:
    # "Grange" is in the dictionary, so it is a common word; but the lexicon has no
    # ordinary use for it, so capitalised in mid-sentence it is a place or a family name.
    flagged = flag_words("The mother said that Grange had called; the Court agreed.", [])
    assert [f.word for f in flagged] == ["Grange"]


def test_names_and_places_ranked_as_common_words_are_flagged_opening_a_sentence() -> None:
    # Word frequencies from web text rank "Hartford", "Colin" and "London" among common
    # English words; they are not, and opening a sentence they are flagged as mid-sentence.
    text = "Hartford had called. Colin rang. London is far. Despite this, Monday was fine."
    assert [f.word for f in flag_words(text, [])] == ["Hartford", "Colin", "London"]


def test_record_abbreviations_are_not_flagged_but_names_among_them_are() -> None:
    text = "Triage: PEWS 2, LSCS at 38/40, NNU for NAS scoring; TTO given. Tamsin saw the CMW."
    assert [f.word for f in flag_words(text, [])] == ["Tamsin"]


def test_function_words_of_a_title_case_headline_are_not_flagged() -> None:
    # A name may run on into the capitalised word after it ("Tamsin Quarrell"), but no
    # name is "Of", "On" or "For": the chain stops there, and they are never flagged.
    text = "The headline read: Search Of Woods Goes On For Missing Boy."
    assert [f.word for f in flag_words(text, [])] == ["Woods", "Goes"]


def test_ranks_and_titles_are_not_flagged_and_the_word_after_one_is() -> None:
    # "Field" is a common word; after a rank it is a name, as after "Mr". The rank itself,
    # the honour after a name and the unit's abbreviations are never names.
    text = "The UWO spoke to Cpl Field and Revd Pellow MBE; the Sgt will call."
    assert [f.word for f in flag_words(text, [])] == ["Field", "Pellow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Housing, benefits and money; care and adoption; days in the plural.
        (
            "NOSP served; Arrears at 9 weeks, DHP refused, FB voucher given. Tenancy audit for "
            "Tamsin. Letterbox contact on alternate Saturdays; Delegated authority to the Carer.",
            ["Tamsin"],
        ),
        # Transcripts: a speaker label, days as logs abbreviate them, languages.
        (
            "Attendees: INT and W1. Voicemail left Tue 14:05; DVD seized. A Tigrinya "
            "interpreter was booked for Weds. Tamsin was there.",
            ["Tamsin"],
        ),
        # Youth justice.
        (
            "DP placed in cell 6 at 0115hrs. DTO served at the YOI; Reparation and RJ by Tamsin.",
            ["Tamsin"],
        ),
        # Domestic abuse; children out of school.
        (
            "Occurrence 2411: IP and SP known; DVPN served, DVDS disclosure, Encompass sent. "
            "EHE visit: Chaperone licence PL/22 checked for Tamsin.",
            ["Tamsin"],
        ),
        # Complaints and travel; "Councillor" is a title as "Cllr" is: "Field" after it is a
        # name, as after "Mr".
        (
            "The Ombudsman (LGSCO) upheld the Complainant's FOI point; PNR shows CHD fare and "
            "repatriation. Councillor Field asked; Tamsin replied.",
            ["Field", "Tamsin"],
        ),
        # Medicines and child health outside hospital.
        (
            "Dispensed: Salbutamol and Movicol; MMR given, CHIS updated. Audiology: "
            "Tympanometry normal. Weight on the 9th Centile. Calpol given by Tamsin.",
            ["Tamsin"],
        ),
        # A review's working words; two capitals in an owner's column may be initials.
        ("Chronology row 12 | IMR box 4 | Ref 118 | owner TK | Tamsin", ["TK", "Tamsin"]),
        # Apps; allegations against staff, where an acronym that is also a name stays flagged
        # ("ABE" for Achieving Best Evidence, and Abe).
        (
            "Seen on Snapchat, WhatsApp and TikTok. FW: NMC FTP referral; Registrant and "
            "Interviewee notes; ABE interview by Tamsin.",
            ["ABE", "Tamsin"],
        ),
        # The first responders and the prison.
        (
            "BWV 21:03. PCR: AVPU A, SBAR given, TOA 21:40, FME called, RVP set; HFSV done, "
            "IRS logged. Called on the LANDLINE. POM and OMU told Tamsin.",
            ["Tamsin"],
        ),
        # Case management systems' own words.
        (
            "Workflow: Unsaved changes; UNALLOCATED (FDOOR SVC). Retry SMS; TXT sent 09:14 GMT. "
            "Postcode and Outgoings REDACTED. Appt for Tamsin.",
            ["Tamsin"],
        ),
        # Private family law: a Scott schedule's "Scott" is a surname too, and stays flagged.
        (
            "RESPONDENT: see the FHDRA order; MIAM exempt. Handovers by the Respondent; Scott "
            "schedule filed for Tamsin.",
            ["Scott", "Tamsin"],
        ),
        # Money records, and a child's own writing and the therapy around it.
        (
            "FPS TFR WKLY MAINT ARR; XMAS and BDAY to Payee 4. Therapist: Ecomap, Timeline and "
            "Keepsake box; a Postcard to Santa from Gran for Tamsin.",
            ["Tamsin"],
        ),
        # Young people's mental health, where a scale named for a name stays flagged; the
        # community's records.
        (
            "YP seen by MHST: RCADS, PHQ-9 and GAD-7 done; CGAS 45; MEED amber; DBT via CPA. "
            "Helpline call; Admin post on the Noticeboard; AOB: Tamsin.",
            ["GAD", "Tamsin"],
        ),
        # Old records from the archive.
        (
            "Matron and the Houseparents wrote to the Headmaster at Whitsun; Divisional "
            "Microfiche frame 12, Pencilled by Tamsin.",
            ["Tamsin"],
        ),
        # Pharmacy, dental, eye and hearing records, where a guideline named for a person
        # stays flagged ("Fraser competent").
        (
            "Dispensing: Qty 28, Supplied; Prescriber checked; Ulipristal given, Fraser "
            "competent. CDS: 6 x XLA, IOTN 4, Occlusion noted, Fluoride varnish; Charting done. "
            "Grommets; Audiogram and AABR; Microsuction; GOS form for Tamsin.",
            ["Fraser", "Tamsin"],
        ),
        # Clubs, transport and the review's own meetings; FLO (Flo) stays flagged.
        (
            "Lifeguard and Dojo registers; BTP log. Facilitator notes; Scoping period agreed; "
            "FLO told Tamsin.",
            ["FLO", "Tamsin"],
        ),
        # Children's homes, risk panels, information governance, maternity, out-of-hours
        # work and custody; "Caldicott" (a Caldicott guardian) is a name and stays flagged.
        (
            "Debrief after the Ligature check; RHI done; VISOR checked. Referrer: school. "
            "Caveat noted; Deadline set. Requester told; Redaction log by the Redactor; DPO "
            "and Caldicott guardian agreed; EHM updated. Escalated: Expectant mother, "
            "Gestation 32 weeks; Switchboard; Pre-birth plan. EDT called. Detainee Roused "
            "at 06:00; Surety offered; Remand refused; Remanded later; RUI; VRR; Healthcare "
            "seen by Tamsin.",
            ["Caldicott", "Tamsin"],
        ),
    ],
)
def test_words_of_agencies_records_are_not_flagged_but_names_among_them_are(
    text: str, expected: list[str]
) -> None:
    assert [f.word for f in flag_words(text, [])] == expected
