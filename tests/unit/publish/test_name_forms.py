"""Each written form of a name of the case is redacted to the person's label."""

import pytest

from casereview.publish import (
    Person,
    Place,
    Redactor,
    build_glossary,
    build_identity_list,
    mojibake,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kayleigh was seen.", "Child A was seen."),
        ("Seen with Anne today.", "Seen with Child A today."),  # middle name
        ("Kayleigh Anne Marsh-Okafor attended.", "Child A attended."),
        ("Seen: Marsh-Okafor, Kayleigh.", "Seen: Child A."),
        ("Kay attended nursery.", "Child A attended nursery."),  # other name
        ("Kayla Brennock is an alias.", "Child A is an alias."),  # alias with other surname
        ("Seen: K. Marsh", "Seen: Child A"),
        ("Seen: K Marsh", "Seen: Child A"),
        ("Seen: K.A. Marsh-Okafor", "Seen: Child A"),
        ("Kayleigh's coat was wet.", "Child A's coat was wet."),
        ("KAYLEIGH MARSH was seen.", "Child A was seen."),
        ("kayleigh marsh was seen.", "Child A was seen."),
        ("The Okafor grandparents visited.", "The Child A grandparents visited."),  # part
        ("Seen with Kayleigh\nMarsh in clinic.", "Seen with Child A in clinic."),
        ("Seen with Kay-\nleigh in clinic.", "Seen with Child A in clinic."),
        ("Seen with Kay-leigh in clinic.", "Seen with Child A in clinic."),  # spelt so
        ("Sent to kayleigh.marsh by text.", "Sent to Child A by text."),  # a user name
        ("Saved as Kayleigh_Marsh_plan.docx", "Saved as Child A_plan.docx"),  # a file name
        ("Zoë and KAYLÉIGH.", "Zoë and Child A."),
        ("Mr Stroud was present.", "Mother's partner was present."),
        ("Ms Marsh was present.", "Mother was present."),
        ("Bill Stroud rang.", "Mother's partner rang."),  # nickname of William + surname
        ("Billy rang at 10.", "Mother's partner rang at 10."),  # nickname of William
        ("Liz Quennell visited.", "Health visitor visited."),  # nickname of Elizabeth
    ],
)
def test_name_form_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_formal_form_of_a_nickname_is_redacted() -> None:
    from casereview.publish import Person, build_identity_list

    ids = build_identity_list(
        [
            Person.from_records(
                "1", [{"given_names": "Kate", "family_name": "Pellow", "role": "mother"}]
            )
        ]
    )
    out = Redactor(ids, use_patterns=False).redact("Katherine Pellow and Kathryn came.").text
    assert out == "Mother and Mother came."


def test_contraction_is_not_a_nickname() -> None:
    from casereview.publish import Person, build_identity_list

    ids = build_identity_list(
        [
            Person.from_records(
                "1", [{"given_names": "Donald", "family_name": "Pellow", "role": "father"}]
            )
        ]
    )
    out = Redactor(ids, use_patterns=False).redact("He don't know. Don came.").text
    assert out == "He don't know. Father came."


def _one_person(given: str, family: str = "Pellow") -> Redactor:
    person = Person.from_records(
        "1", [{"given_names": given, "family_name": family, "role": "sibling"}]
    )
    return Redactor(build_identity_list([person]), use_patterns=False)


@pytest.mark.parametrize(
    ("given", "text", "expected"),
    [
        # A nickname of the data set that is first of all a word is a word-name: kept as the
        # word, redacted where it names the person.
        ("Nancy", "She stays with her nan at weekends.", "She stays with her nan at weekends."),
        ("Nancy", "Nan said she was fine.", "Sibling 1 said she was fine."),
        ("Courtney", "Listed at court on Monday.", "Listed at court on Monday."),
        ("Courtney", "The Family Court made an order.", "The Family Court made an order."),
        ("Courtney", "Seen in Crown Court.", "Seen in Crown Court."),
        ("Courtney", "Court said she was fine.", "Sibling 1 said she was fine."),
        ("Nathan", "She is more than able.", "She is more than able."),
        ("Favour", "All were in favour of the plan.", "All were in favour of the plan."),
        # A name mostly met as a name stays a name, in lower case too.
        ("Christian", "tell christian to ring me", "tell Sibling 1 to ring me"),
        # Surname first is a register's order with the recorded name, not a nickname: the
        # field after a surname stays; the nickname before it is still the person.
        ("Robert", "Name: R Pellow   DOB: see file", "Name: Sibling 1   DOB: see file"),
        ("Robert", "Bob Pellow rang.", "Sibling 1 rang."),
        ("Robert", "PELLOW, Robert", "Sibling 1"),
    ],
)
def test_a_nickname_that_is_an_ordinary_word(given: str, text: str, expected: str) -> None:
    assert _one_person(given).redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name and an epithet set off after it, as "Pliny the Elder"; not a modal asking.
        (
            "Named: two; May the elder, the younger not seen.",
            "Named: two; Sibling 1 the elder, the younger not seen.",
        ),
        (
            "Named: two; Ma-\ny the elder; the younger not seen.",
            "Named: two; Sibling 1 the elder; the younger not seen.",
        ),
        ("May the eldest attend the meeting?", "May the eldest attend the meeting?"),
    ],
)
def test_a_month_word_name_with_an_epithet_is_the_person(text: str, expected: str) -> None:
    assert _one_person("May").redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive before the month-word and no noun after it on its line: the person.
        ("I love my May so much.", "I love my Sibling 1 so much."),
        (
            "On the card:\nTo my May\nmy heart, my everything",
            "On the card:\nTo my Sibling 1\nmy heart, my everything",
        ),
        # A number run into a code's letters is no day: "DSL-14 May" is a key's row.
        ("Key: DSL-14 May....Mother", "Key: DSL-14 Sibling 1....Mother"),
        # The month where a noun follows on the line, or after a day.
        ("In this May half-term she moved.", "In this May half-term she moved."),
        ("Seen on 14 May at home.", "Seen on 14 May at home."),
    ],
)
def test_a_month_word_name_after_my_or_a_code_is_the_person(text: str, expected: str) -> None:
    assert _one_person("May").redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baby banks supplied a cot.", "Baby banks supplied a cot."),  # the noun, the word
        ("The health visitor said the baby banks were closed.", None),
        ("Baby Banks was born at 03:12.", "Sibling 1 was born at 03:12."),
        ("baby banks born at 03:12", "Sibling 1 born at 03:12"),  # a note in lower case
    ],
)
def test_a_title_that_is_a_noun_before_a_family_name_that_is_a_word(
    text: str, expected: str | None
) -> None:
    assert _one_person("Tia", "Banks").redact(text).text == (expected or text)


@pytest.mark.parametrize(
    "text",
    [
        "Card for Iv-\nyBDAY party.",  # the piece after the line break is one letter
        "Card for Iv-\nyDate of birth.",
        "Card for I-\nvyBDAY party.",
    ],
)
def test_a_word_name_broken_at_a_line_end_and_run_into_a_word(text: str) -> None:
    out = _one_person("Ivy").redact(text).text
    assert out.startswith("Card for Sibling 1"), out


def test_an_initial_s_opening_a_line_is_no_plural_of_an_initial_ending_the_one_before() -> None:
    # "N" is an initial of the case (Nina); "Y/N" then "S Pellow" on the next line is not
    # the possessive "Ns", which would leave the "S" of Shannon behind.
    people = [
        Person.from_records(
            str(k), [{"given_names": g, "family_name": "Pellow", "role": "sibling"}]
        )
        for k, g in enumerate(("Nina", "Shannon"))
    ]
    redactor = Redactor(build_identity_list(people), use_patterns=False)
    out = redactor.redact("Lives here Y/N\nS Pellow | child | 2014").text
    assert out == "Lives here Y/N\nSibling 2 | child | 2014", out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INT: And who's\nT Pellow? W1: my mum's", "INT: And who's\nSibling 1? W1: my mum's"),
        ("They don't\nT. Pellow said.", "They don't\nSibling 1 said."),
    ],
)
def test_a_word_after_an_apostrophe_starts_no_piece_of_a_word_on_the_next_line(
    text: str, expected: str
) -> None:
    # A school "St ..." makes "st" a word of the case: the "s" of "who's" and the "T" on
    # the next line are no "St" split by the line break, which would leave the "T" behind.
    person = Person.from_records(
        "1", [{"given_names": "Tamsin", "family_name": "Pellow", "role": "sibling"}]
    )
    ids = build_identity_list([person], [Place("S1", "St Anne's Primary School", "school")])
    out = Redactor(ids, use_patterns=False).redact(text).text
    assert out == expected


def test_shared_family_name_gets_a_generic_label(redactor: Redactor) -> None:
    # Marsh is the family name of the mother and three children.
    assert redactor.redact("The Marsh household.").text == "The [family name] household."


def test_overlapping_forms_are_redacted_as_one(redactor: Redactor) -> None:
    # "Miss, marsh" (a title and the family name) and "marsh, hope" (surname first) overlap:
    # the second must not be lost to the first, or "hope" is left.
    out = redactor.redact("'Miss, marsh, hope told me not to tell.'").text
    assert out == "'Mother told me not to tell.'"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital in mid-sentence, or a name word before it: name + "s" is the name.
        ("There are two Marks in Year 3.", "There are two Sibling 2 in Year 3."),
        ("Seen: Marsh, Hopes and Graces.", "Seen: Mother and Sibling 1."),
        # At a sentence start, or in lower case, it is the word.
        ("Marks on both wrists were seen.", "Marks on both wrists were seen."),
        ("He got two marks in the test.", "He got two marks in the test."),
    ],
)
def test_name_with_s_in_mid_sentence(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_a_sentence_end_does_not_join_two_names(redactor: Redactor) -> None:
    # "Marsh, Kayleigh" is a form; "the marsh. Kayleigh" is two sentences.
    out = redactor.redact("They walked by the marsh. Kayleigh was tired.").text
    assert out == "They walked by the marsh. Child A was tired."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive written without its apostrophe, on one line or split across two.
        ("Kayleighs mum came in.", "Child A mum came in."),
        ("Kayleigh Marshs mum rang.", "Child A mum rang."),
        ("Kay-\nleighs mum came in.", "Child A mum came in."),
        # A word-name with "s" is the word unless a relation or a belonging follows.
        ("Graces mum came in.", "Sibling 1 mum came in."),
        ("Marks on both wrists were seen.", "Marks on both wrists were seen."),
    ],
)
def test_possessive_without_apostrophe(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name with a contraction is still the name ("don't" is not Don: above).
        ("Kayleigh'll ring the duty desk.", "Child A'll ring the duty desk."),
        ("Kayleigh'd already left.", "Child A'd already left."),
    ],
)
def test_contractions(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kisses written straight after a name, on one line or with the name split.
        ('Signed "Kayleighxx" in felt tip.', 'Signed "Child A" in felt tip.'),
        ('Signed "K Marshxxx" in felt tip.', 'Signed "Child A" in felt tip.'),
        ('Signed "Kay-\nleighx" in felt tip.', 'Signed "Child A" in felt tip.'),
        # An English word ending in x is no name with a kiss.
        ("A box of toys.", "A box of toys."),
    ],
)
def test_kisses_after_a_name(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posts under #Kayleigh.", "Posts under #Child A."),
        ("Flyers read #justiceforKayleigh today.", "Flyers read #justicefor Child A today."),
        ("Flyers read #justicefor_kayleigh today.", "Flyers read #justicefor_Child A today."),
        ("Flyers read #justiceforKay-\nleigh today.", "Flyers read #justicefor Child A today."),
        # A name begun at the end of the tag and finished after it.
        ("Flyers read #justiceforK. Marsh today.", "Flyers read #justicefor Child A today."),
        ("A handle @kaymarsh07 posted it.", "A handle @Child A [family name]07 posted it."),
    ],
)
def test_name_inside_a_hashtag_or_handle(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_ordinary_word_inside_a_hashtag_is_redacted_and_listed(redactor: Redactor) -> None:
    # "#hopeforall" may be a slogan or a name: the tag is redacted and listed for checking.
    result = redactor.redact("The page was called #hopeforall.")
    assert "hope" not in result.text.lower()
    assert [f.word[:4].lower() for f in result.flagged] == ["hope"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number run into a name: a word is letters, a number digits.
        ("14:05Kayleigh rang duty.", "14:05 Child A rang duty."),
        ("Her handle was kayleigh07 on the app.", "Her handle was Child A 07 on the app."),
        ("1)Kayleigh 2) baby 3) partner", "1)Child A 2) baby 3) partner"),
        # Scanned text: a glue word run into the name's front or back, or both.
        ("Spoke with mum andKayleighat the door.", "Spoke with mum and Child A at the door."),
        ("Spoke with mum andK. Marshat the door.", "Spoke with mum and Child A at the door."),
        ("Spoke with mum andKay-\nleighat the door.", "Spoke with mum and Child A at the door."),
        ("Spoke with mum andKayat the door.", "Spoke with mum and Child A at the door."),
        ("HV spoke toK Marsh on the doorstep.", "HV spoke to Child A on the doorstep."),
        ("Log: 2358hrsK. Marsh seen on CCTV.", "Log: 2358hrs Child A seen on CCTV."),
        ("Log: 2358hrskayleigh marsh seen.", "Log: 2358hrs Child A seen."),
        ("HV spoke toK. Marsh on the doorstep.", "HV spoke to Child A on the doorstep."),
        ("Spoke toK. Marshabout the letter.", "Spoke to Child A about the letter."),
        ("Name of child:K. MarshDate of birth:", "Name of child:Child A Date of birth:"),
        ("Reference 'KayleighBDAY', no space.", "Reference 'Child A BDAY', no space."),
        ("Name of child:KAYLEIGH MARSHDate of birth:", "Name of child:Child A Date of birth:"),
        # In capitals no case change shows the end: the name the word before starts.
        (
            "Channel name: KAYLEIGH MARSHTV, 12 subscribers.",
            "Channel name: Child A TV, 12 subscribers.",
        ),
        ("BANNER: K MARSHBDAY", "BANNER: Child A BDAY"),
        ("KAYLEIGH MARSHES WALK", "Child A MARSHES WALK"),  # an English word
        ("Name of child:Kay-\nleighDate of birth:", "Name of child:Child A Date of birth:"),
        (
            "Copied: 'the mother andK. Marshwere seen'.",
            "Copied: 'the mother and Child A were seen'.",
        ),
        ("Spoke toKayleigh\nMarshabout it.", "Spoke to Child A about it."),
        ("Came inA minute late.", "Came inA minute late."),  # no initial of the case
        # A capital inside a word marks where a name run into it starts.
        ("She was pickedupKayleighfrom school.", "She was pickedup Child A from school."),
        # A passport's machine-readable line: the country code run into the name.
        ("MRZ: P<GBRMARSH<<KAYLEIGH<<<<<<", "MRZ: P<GBR[family name]<<Child A<<<<<<"),
        ("MRZ: P<GBRKayleigh<<<<<<", "MRZ: P<GBR Child A<<<<<<"),
        # A reference's check letter run into the name; not a time's "AM".
        ("PNC 00/000000AK Marsh (custody)", "PNC 00/000000A Child A (custody)"),
        ("PNC 00/000000Akayleigh marsh (custody)", "PNC 00/000000A Child A (custody)"),
        ("Seen at 10AM Kayleigh said so.", "Seen at 10AM Child A said so."),
        # A booking code's last capitals run into the name.
        (
            "E-ticket issued to ZR8WTNK. Marsh - the airline",
            "E-ticket issued to ZR8WTN Child A - the airline",
        ),
        ("issued to ZR8WTNkayleigh marsh today", "issued to ZR8WTN Child A today"),
        ("issued to ZR8WTNKay-\nleigh today", "issued to ZR8WTN Child A today"),
        ("Booking AB12CDEF issued.", "Booking AB12CDEF issued."),
        ("CRN:X000000Kay-\nleigh Marsh", "CRN:X000000 Child A"),  # the name, not a letter
        # A marking or heading run into the name, in any of its forms.
        ("OFFICIAL-SENSITIVEKayleigh was not seen.", "OFFICIAL-SENSITIVE Child A was not seen."),
        ("OFFICIAL-SENSITIVEK Marsh was not seen.", "OFFICIAL-SENSITIVE Child A was not seen."),
        ("OFFICIAL-SENSITIVEKay-\nleigh was seen.", "OFFICIAL-SENSITIVE Child A was seen."),
        # A stutter before the name: "m-m-K" is no "mk", and no title "Mr".
        ("The boy said 'm-m-K Marsh hit me'.", "The boy said 'm-m-Child A hit me'."),
        # A username wrapping the name in x's, front and back.
        ("New account xK Marshx2 created.", "New account x Child A 2 created."),
        ("Screen name xXK. MarshXx appeared.", "Screen name xX Child A Xx appeared."),
        ("Viewer xxkayleigh marshxx asked.", "Viewer xx Child A asked."),
        ("Viewer xkayleighxx asked.", "Viewer x Child A asked."),
        ("Viewer xK Marshxx asked.", "Viewer x Child A asked."),
        ("New account xKay-\nleighx2 created.", "New account x Child A 2 created."),
        ("Size XL Marsh coat.", "Size XL [family name] coat."),  # no initial of the case
        # Text-speak run into the end of the name.
        ("Text from mum: 'Kayleighpls ring me'", "Text from mum: 'Child A pls ring me'"),
        # A circled list number is no letter of the name.
        ("②K Marsh - 9 years - Year 4", "②Child A - 9 years - Year 4"),
        # A clitic after a name, after a letter left out ("an'" for "and").
        (
            "\"Me an' Kayleigh've been mates,\" she said.",
            "\"Me an' Child A've been mates,\" she said.",
        ),
    ],
)
def test_name_run_into_other_text(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # English compounds are not searched for names inside them.
        "The summerhouse needed repair.",
        "Ivy covered the woodshed.",
        # A piece of a word split across a line is no glue ("Chris-\ntopher" is not "to").
        "The topher was there.",
    ],
)
def test_ordinary_compounds_are_not_glued_names(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_house_number_with_a_letter_still_gives_the_street() -> None:
    from casereview.publish.identity import _street

    assert _street(("14", "a", "larch", "close")) == ("larch", "close")
    assert _street(("flat", "2", "14", "larch", "close")) == ("larch", "close")
    assert _street(("larch", "close")) == ("larch", "close")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural possessive, capitalised or after another name word.
        ("The Kayleighs' front door was boarded.", "The Child A' front door was boarded."),
        ("the kayleigh marshs' front door", "the Child A' front door"),
        # A footnote marker is no part of the name.
        ("Kayleigh¹ was not spoken to alone.", "Child A¹ was not spoken to alone."),
        # A generational suffix after a word-name.
        ("When you get this Mark Snr was present.", "When you get this Sibling 2 Snr was present."),
    ],
)
def test_possessive_plural_footnote_and_suffix(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 quotation marks read as Windows-1252: the name ends before the "â".
        ("â€˜Hopeâ€™ had not been seen", "â€˜Motherâ€™ had not been seen"),
        ("â€˜K. Marshâ€™ had not", "â€˜Child Aâ€™ had not"),
        # A name written straight after Chinese script is a word of its own.
        ("Original: 他叫Grace – translation", "Original: 他叫 Sibling 1 – translation"),
    ],
)
def test_a_name_beside_mangled_quotes_or_other_script(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_a_name_written_after_chinese_script_is_flagged_when_unlisted(redactor: Redactor) -> None:
    result = redactor.redact("Original: 他叫Corwen – translation: 'he is called Corwen'.")
    assert [f.word for f in result.flagged] == ["Corwen", "Corwen"]


def test_a_name_with_accents_read_through_the_wrong_encoding_is_redacted() -> None:
    people = [
        Person.from_records(
            "P1", [{"given_names": "Zoë", "family_name": "Wójcik", "role": "subject_child"}]
        )
    ]
    redactor = Redactor(build_identity_list(people, [], build_glossary(people, [])))
    # "Zoë Wójcik" as UTF-8 read as Windows-1252, as a badly exported return writes it.
    garbled = "Zoë Wójcik was seen; Zoë's coat".encode().decode("cp1252")
    assert garbled.startswith("ZoÃ« WÃ³jcik")
    assert redactor.redact(garbled).text == "Child A was seen; Child A's coat"


def test_text_that_only_looks_like_the_wrong_encoding_is_left() -> None:
    text = "£5 at São Paulo; Âge; naïve"
    assert mojibake.repair(text) == text
