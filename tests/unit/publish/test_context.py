"""Names that are also ordinary words: redacted where they name a person, kept elsewhere.

Grace (Sibling 1), Mark (Sibling 2), Hope (Mother) and Will/Bill (Mother's partner,
nicknames of William) are names of the invented case.
"""

import pytest

from casereview.publish import (
    Person,
    RedactionResult,
    Redactor,
    build_glossary,
    build_identity_list,
)
from casereview.publish.flagging import KEPT_CASE_WORD
from casereview.publish.wordlists import month_words, predicate_words

from .conftest import family


@pytest.mark.parametrize(
    "text",
    [
        "There is hope that things improve.",
        "A mark on the cheek was noted.",
        "She may attend the clinic.",
        "We will review in May 2016.",
        "Seen on 3 May and again in May.",
        "Say grace before meals.",
        "The bill was unpaid.",
        "With good grace, the mother agreed.",
        "She showed great hope.",
        "Her hope was to return home.",
        "The health visitor will visit.",
        "The noise woke the baby. Hope for the future was expressed later.",
        "Summer 2021 saw three moves of address.",
        "The coroner said the baby will have been asleep.",  # "baby" a noun, not a title
        "Her baby will need a cot.",
    ],
)
def test_ordinary_word_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The nurse told Hope that the baby was well.",
            "The nurse told Mother that the baby was well.",
        ),
        ("Hope said she was tired.", "Mother said she was tired."),
        ("Grace's school called.", "Sibling 1's school called."),
        ("Mark attended the appointment.", "Sibling 2 attended the appointment."),
        ("Seen with Grace and Mark.", "Seen with Sibling 1 and Sibling 2."),
        ("Will said he would leave.", "Mother's partner said he would leave."),
        ("Grace Marsh was absent.", "Sibling 1 was absent."),
        ("grace marsh was absent.", "Sibling 1 was absent."),
        ("Ms Hope was absent.", "Ms Mother was absent."),
        # A possessive and a term of endearment: the person spoken to, not "Mark my words".
        ("Mark my darlin' please come home x", "Sibling 2 my darlin' please come home x"),
        ("Mark my love, ring me", "Sibling 2 my love, ring me"),
        # A field's value alone on its line: no compound with the next line ("Mark licence").
        ("Chaperone:\nMark\nlicence checked 18:02", "Chaperone:\nSibling 2\nlicence checked 18:02"),
    ],
)
def test_name_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nothing after the name says a thing or a person: redact, and list for the checker.
        ("Hope quiet and watchful throughout.", "Mother quiet and watchful throughout."),
        ("Grace unkempt, in clothes too small.", "Sibling 1 unkempt, in clothes too small."),
        ("Mark tends to minimise the violence.", "Sibling 2 tends to minimise the violence."),
        ("Grace ought to have been invited.", "Sibling 1 ought to have been invited."),
        ("Hope for discharge tomorrow.", "Mother for discharge tomorrow."),
        # A dropped apostrophe ("Grace's attendance") is no compound noun.
        ("Grace attendance was 71 per cent.", "Sibling 1 attendance was 71 per cent."),
        ("Mark mum rang to cancel.", "Sibling 2 mum rang to cancel."),
        # "being" and "having" are the person's own auxiliaries, not a gerund subject.
        ("Grace being looked after by friends.", "Sibling 1 being looked after by friends."),
        # A stretch of time after "this", or a verb after "this" that a verb taking no
        # clause cannot govern: the person, spoken to or spoken of.
        ("Mark this morning cried at drop-off.", "Sibling 2 this morning cried at drop-off."),
        ("Mark this hurts me.", "Sibling 2 this hurts me."),
        ("Mark that woman hit me.", "Sibling 2 that woman hit me."),
        ("Hope this is your last chance.", "Mother this is your last chance."),
        # A person's pronoun after "Hope": a wish, or Hope spoken to.
        ("Hope you need to come home.", "Mother you need to come home."),
        # A heading in capitals with no compound reading: the person ("seen" is no noun).
        ("GRACE SEEN ALONE", "Sibling 1 SEEN ALONE"),
        # "or" and "another" are no nouns, whatever the lexicon lists.
        (
            "Grace or another named adult must supervise.",
            "Sibling 1 or another named adult must supervise.",
        ),
    ],
)
def test_sentence_start_without_evidence_is_redacted_and_listed(
    redactor: Redactor, text: str, expected: str
) -> None:
    result = redactor.redact(text)
    assert result.text == expected
    assert [f.reason for f in result.flagged] == [WEAK]


@pytest.mark.parametrize(
    "text",
    [
        # The word-name modifies a noun that is the subject of the verb after it.
        "Rose petals were found on the stairs.",
        "Holly bushes lined the path to the door.",
        "Grace periods for rent arrears ended in March.",
        "Hope red marks were seen on both arms.",
        "Mark making was offered at nursery.",
        # One word with what follows the hyphen.
        "Grace-and-favour housing ended when the farm was sold.",
        # A prepositional phrase, then a predicate no person takes.
        "Hope for the future was expressed.",
        # A question with a modal, an instruction with a verb.
        "Will the mother keep to the plan?",
        "Will I be told the outcome?",
        "Mark any new injury on the body map.",
        "Mark my words, she said, it will happen again.",
        "Mark your baby's weight on the chart.",
        # A demonstrative and a thing (no stretch of time); after a verb taking a clause, a
        # verb of its own ("I hope this helps").
        "Mark this task complete when the visit is done.",
        "Mark these files as read.",
        "Hope this helps, thanks.",
        "Hope it goes well at court.",
        "HOPE THIS HELPS",
        # "and" before a bare noun or adjective joins like with like.
        "Grace and dignity were central to how the staff spoke to her.",
        "Hope and despair were both voiced at the conference.",
    ],
)
def test_positive_evidence_of_the_ordinary_word_keeps_it(redactor: Redactor, text: str) -> None:
    result = redactor.redact(text)
    assert result.text == text
    _only_kept_words_listed(text, result)


def _only_kept_words_listed(text: str, result: RedactionResult) -> None:
    """Nothing is listed but the case's word-names kept as words, each shown to the checker
    with the words after it (the flagged list shows every reading of a name as a word)."""
    assert all(f.reason == KEPT_CASE_WORD for f in result.flagged), result.flagged
    for f in result.flagged:
        assert text[f.start : f.start + len(f.word)] == f.word


# "Name was/is/has/had ..." at the start of a sentence: the predicate decides. A person of the
# case cannot be expressed, evident, spent, a month or a theme, so there the word is ordinary.
@pytest.mark.parametrize(
    "text",
    [
        "Hope was expressed that the children could return home.",
        "Hope was voiced by every agency at the meeting.",
        "Hope is not a plan, the chair said.",
        "Hope is the word that the mother used most often.",
        "Hope had been a constant theme of the review.",
        "Grace was evident in the way staff spoke to the family.",
        "Grace is a period of time for paying the arrears.",
        "Grace was the child's favourite word.",
    ],
)
def test_predicate_that_no_person_takes_keeps_the_word(redactor: Redactor, text: str) -> None:
    result = redactor.redact(text)
    assert result.text == text
    _only_kept_words_listed(text, result)


WEAK = "redacted as a name: check it is not an ordinary word"


def _assert_weak(redactor: Redactor, text: str, expected: str) -> None:
    """Redacted, and listed for the person who signs off to check it is no ordinary word."""
    result = redactor.redact(text)
    assert result.text == expected
    assert [f.reason for f in result.flagged] == [WEAK]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hope was seen alone.", "Mother was seen alone."),
        ("Grace had a bruise to her cheek.", "Sibling 1 had a bruise to her cheek."),
        (
            "Grace is now living with her grandmother.",
            "Sibling 1 is now living with her grandmother.",
        ),
        ("Mark was arrested.", "Sibling 2 was arrested."),
        ("Grace was a quiet child at nursery.", "Sibling 1 was a quiet child at nursery."),
        # Time nouns that measure a person, not the subject: age, a stay, being behind.
        ("Mark was a week old when admitted.", "Sibling 2 was a week old when admitted."),
        ("Grace was a week in hospital.", "Sibling 1 was a week in hospital."),
        ("Grace was a week of age.", "Sibling 1 was a week of age."),
        ("Mark was a year behind his peers.", "Sibling 2 was a year behind his peers."),
        # "had" + a noun phrase: the subject has or lives through it, as a person does.
        ("Grace had a difficult month.", "Sibling 1 had a difficult month."),
        # A predicate that fits both a person and a thing: today's behaviour, redact and list.
        ("Hope had grown over the months.", "Mother had grown over the months."),
        ("Hope was missing from the plan.", "Mother was missing from the plan."),
        # A record says these of a person's appointment as of the person.
        ("Mark was overdue for his review.", "Sibling 2 was overdue for his review."),
        ("Hope was rescheduled to Tuesday.", "Mother was rescheduled to Tuesday."),
        # Ordinary in English, but a noun then a participle is also how a person is measured
        # ("a month delayed in speech"), so the rule does not decide: redact and list.
        (
            "Grace is a period allowed for paying the arrears.",
            "Sibling 1 is a period allowed for paying the arrears.",
        ),
    ],
)
def test_person_predicate_is_redacted_and_listed(
    redactor: Redactor, text: str, expected: str
) -> None:
    _assert_weak(redactor, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past-tense verb after a name opening a sentence: someone acted.
        ("Mark mentioned a new girlfriend.", "Sibling 2 mentioned a new girlfriend."),
        ("Grace looked tired and pale.", "Sibling 1 looked tired and pale."),
        # A note with the verb left out: a person's state.
        ("Home visit: Grace asleep on the sofa.", "Home visit: Sibling 1 asleep on the sofa."),
        ("Grace tearful when seen.", "Sibling 1 tearful when seen."),
    ],
)
def test_verb_or_state_after_a_sentence_start_name_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    _assert_weak(redactor, text, expected)


def test_predicate_lists_are_data() -> None:
    words = predicate_words()
    for section in (
        "thing_predicates",
        "thing_verbs",
        "time_nouns",
        "idea_nouns",
        "head_followers",
        "person_states",
    ):
        assert words[section], section
    # A word cannot be both a sign of a thing and a sign of a person.
    things = words["thing_predicates"] | words["thing_verbs"]
    assert not things & words["person_states"]


@pytest.mark.parametrize(
    "text", ["BILL PAYMENTS MISSED x4", "GRACE PERIOD EXPIRED, section 21 served."]
)
def test_heading_in_capitals_reads_the_compound(redactor: Redactor, text: str) -> None:
    # Kept; a name of the case in capitals is still listed, as every one kept is.
    result = redactor.redact(text)
    assert result.text == text
    assert [f.reason for f in result.flagged] == [KEPT_CASE_WORD]


@pytest.mark.parametrize(
    "text",
    [
        "HOPE AND ASPIRATIONS: the girl talks about wanting to be a vet.",
        "MARK OF THE BELT BUCKLE: photographed.",
    ],
)
def test_heading_in_capitals_reads_as_a_sentence(redactor: Redactor, text: str) -> None:
    # "Hope and aspirations", "Mark of the belt buckle": the evidence of a sentence start.
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another name in the heading: lower case would hide it, so no sentence reading.
        ("MARK AND HOPE SEEN AT HOME", "Sibling 2 AND Mother SEEN AT HOME"),
        ("HOPE AND HER MOTHER: seen together.", "Mother AND HER MOTHER: seen together."),
        # A family name after the word-name: no compound noun in lower case ("hope mason").
        ("HOPE MASON WAS SEEN AT HOME.", "Mother MASON WAS SEEN AT HOME."),
        ("MARK BAKER ARRESTED", "Sibling 2 BAKER ARRESTED"),
    ],
)
def test_heading_in_capitals_with_a_person_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphenated head that takes a name as readily as a thing.
        ("Mark-related concerns were not shared.", "Sibling 2-related concerns were not shared."),
        # A determiner with no noun after the word-name: no name of a thing.
        ("Running from police was 'doing a Hope'.", "Running from police was 'doing a Mother'."),
        ("Ring me when you get this Hope is typing", "Ring me when you get this Mother is typing"),
        # A possessive before it: a person as readily as a thing.
        ("Our Grace school report was poor.", "Our Sibling 1 school report was poor."),
        # "Little" before it: an endearment as readily as "little" of a thing.
        ("Little Grace runs rings round them.", "Little Sibling 1 runs rings round them."),
        # A noun a record puts after a child's name: no name of a thing, no compound noun.
        ("The Grace situation was discussed.", "The Sibling 1 situation was discussed."),
        ("Since the Grace review, the board met.", "Since the Sibling 1 review, the board met."),
        ("Hope contact was cancelled.", "Mother contact was cancelled."),
        ("Grace photos were shared online.", "Sibling 1 photos were shared online."),
        # A capitalised word after it: a project, or a room or fund named after the child.
        ("The Hope Project paid for the uniform.", "The Mother Project paid for the uniform."),
        ("Donations to the Grace Fund.", "Donations to the Sibling 1 Fund."),
        # "Of" with a capital opens the next sentence: no "Dean of students".
        (
            "Fax RE:Hope Of all the agencies, one knew.",
            "Fax RE:Mother Of all the agencies, one knew.",
        ),
        # A noun after a hyphen: a pet name as readily as a compound.
        ('Texts signed "love you Hope-bear".', 'Texts signed "love you Mother-bear".'),
        # A short word that is no English word after the hyphen: an honorific.
        ("The grandmother calls her Grace-ji.", "The grandmother calls her Sibling 1-ji."),
        # "-wise": as regards the person as readily as the thing.
        ("Hope-wise, no new concerns.", "Mother-wise, no new concerns."),
        # A pronoun after "the" and the word-name: no noun, so no name of a thing.
        (
            "Translation: 'The Hope she is cry all night'",
            "Translation: 'The Mother she is cry all night'",
        ),
    ],
)
def test_weak_readings_after_a_determiner_or_hyphen(
    redactor: Redactor, text: str, expected: str
) -> None:
    result = redactor.redact(text)
    assert result.text == expected
    assert WEAK in [f.reason for f in result.flagged]


@pytest.mark.parametrize(
    "text",
    [
        "Mark-making was encouraged at nursery.",
        "A Jack-o'-lantern was on the step.",
        "Grace-and-favour housing ended.",
        "The exam board sent a Mark scheme.",
        "The Grace period ran out before the project could help.",
        # A word broken at a line end that the name begins: one word ("Hopefully").
        "The review will, Hope-\nfully, be read by every agency.",
        "Mark-\nedly different accounts were given.",
    ],
)
def test_names_of_things_after_a_determiner_or_hyphen_are_kept(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An arrow points at the word: it opens no sentence.
        ("Texts mother->Mark show threats.", "Texts mother->Sibling 2 show threats."),
        # "A:" answers a question; it is no article.
        (
            "Q: Who looks after you?\nA: Mark, or nobody.",
            "Q: Who looks after you?\nA: Sibling 2, or nobody.",
        ),
    ],
)
def test_arrow_and_answer_label_before_a_name(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


# "<word-name> and ..." at the start of a sentence: "and" is evidence of a person only when
# what follows it is person-like, of a thing when a bare noun or adjective follows
# (test_positive_evidence_of_the_ordinary_word_keeps_it).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another name, written as a name.
        ("Hope and Mark attended.", "Mother and Sibling 2 attended."),
        ("Grace and Kayleigh were seen.", "Sibling 1 and Child A were seen."),
        # A name of the case that is no ordinary word, even in lower case.
        ("Hope and kayleigh were seen.", "Mother and Child A were seen."),
        # A pronoun, a title.
        ("Hope and I spoke on the phone.", "Mother and I spoke on the phone."),
        ("Hope and she argued.", "Mother and she argued."),
        ("Mark and dr smith met.", "Sibling 2 and dr smith met."),
        # A relation or role: with or without a determiner, a number or a modifier.
        ("Grace and her brother were seen.", "Sibling 1 and her brother were seen."),
        ("Grace and the mother attended.", "Sibling 1 and the mother attended."),
        ("Grace and the social worker met.", "Sibling 1 and the social worker met."),
        ("Grace and mum were seen at home.", "Sibling 1 and mum were seen at home."),
        ("Mark and two friends went out.", "Sibling 2 and two friends went out."),
        ("Hope and her ex-partner argued.", "Mother and her ex-partner argued."),
        ("Applicants: Mark and spouse.", "Applicants: Sibling 2 and spouse."),
        (
            "Data subjects: Mark and household members.",
            "Data subjects: Sibling 2 and household members.",
        ),
    ],
)
def test_and_before_a_person_is_a_name(redactor: Redactor, text: str, expected: str) -> None:
    result = redactor.redact(text)
    assert result.text == expected
    assert result.flagged == ()


def test_and_before_a_possessive_is_redacted_and_listed(redactor: Redactor) -> None:
    # "her bruises" belong to someone: the name is redacted, and a person checks it.
    result = redactor.redact("Grace and her bruises were photographed.")
    assert result.text == "Sibling 1 and her bruises were photographed."
    assert [f.reason for f in result.flagged] == [WEAK]


def test_and_with_a_person_verb_after_still_redacts(redactor: Redactor) -> None:
    # Each sentence is read on its own: "Hope and honest talk" is the word, "Hope said" the
    # person.
    result = redactor.redact("Hope and honest talk helped. Hope said so.")
    assert result.text == "Hope and honest talk helped. Mother said so."
    assert [(f.word, f.reason) for f in result.flagged] == [("Hope and honest", KEPT_CASE_WORD)]


# Month-words that are given names. The invented family gains a third sibling, May Okafor
# ("Sibling 3"), so that "May" is both a name of the case and a month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modal, "to" + verb, a present participle or a person's present-tense verb after
        # a name opening a sentence: something the person does or must do.
        ("Grace should be seen by the nurse.", "Sibling 1 should be seen by the nurse."),
        ("Mark must not have contact.", "Sibling 2 must not have contact."),
        # "can", "will" and "must" are nouns too; before a verb they are the modal.
        (
            "Delegate access: Mark can read and send.",
            "Delegate access: Sibling 2 can read and send.",
        ),
        ("Grace will read the plan.", "Sibling 1 will read the plan."),
        # A health record put against the name, the apostrophe left out.
        ("Noted today: Grace implant inserted.", "Noted today: Sibling 1 implant inserted."),
        ("Grace to remain with her aunt.", "Sibling 1 to remain with her aunt."),
        ("Grace arriving late again.", "Sibling 1 arriving late again."),
        ("Mark keeps wetting the bed.", "Sibling 2 keeps wetting the bed."),
        ("Mark wets the bed most nights.", "Sibling 2 wets the bed most nights."),
        # "little" ends the sentence before: it is no determiner of the name.
        (
            "The child said very little. Grace is registered with a dentist.",
            "The child said very little. Sibling 1 is registered with a dentist.",
        ),
    ],
)
def test_action_after_a_sentence_start_name_is_redacted_and_listed(
    redactor: Redactor, text: str, expected: str
) -> None:
    _assert_weak(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # After a modal, "be" and a predicate no person takes: the ordinary word.
        "Hope can be expressed in many ways.",
        "Hope should be expressed in the plan.",
        # A gerund that is a noun is no participle: "meeting" here is a thing.
        "Grace meeting notes were filed.",
    ],
)
def test_modal_or_noun_after_a_sentence_start_word_is_not_a_person(
    redactor: Redactor, text: str
) -> None:
    result = redactor.redact(text)
    assert result.text.startswith(text.split()[0]), result.text
    assert WEAK not in [f.reason for f in result.flagged]


@pytest.fixture(scope="module")
def may_redactor() -> Redactor:
    people, places = family()
    people.append(
        Person.from_records(
            "P7", [{"given_names": "May", "family_name": "Okafor", "role": "sibling"}]
        )
    )
    return Redactor(build_identity_list(people, places, build_glossary(people, places)))


@pytest.mark.parametrize(
    "text",
    [
        # A preposition or determiner of time before it.
        "In May the family were evicted from the flat.",
        "The family were evicted in May.",
        "The visit in May was cancelled.",
        "During May the children were absent from school.",
        "Since May the mother has engaged well.",
        "Contact was supervised until May.",
        "The family lived there until May, when they moved.",
        "Attendance improved throughout May.",
        "The plan was reviewed by early May.",
        "The plan was reviewed by mid-May.",
        "It was reviewed last May and again this May.",
        "Next May the order will end.",
        "In May she started school.",
        "In May and June the family moved twice.",
        # A part of a stretch of time before "of".
        "They met at the end of May.",
        # A time noun after it.
        "The family went away over May half-term.",
        "May half-term was spent at the grandmother's house.",
        "The early May bank holiday was quiet.",
        "Discussed at May review.",
        "The May review was cancelled.",
        # A number beside it that is a date, not a clock time.
        "Seen on 14 May.",
        "Core group minutes (May 2023) record no update from health.",
        "Seen on 1 May 2. Then she left.",  # a date at a sentence end, no list before it
        # A season it can fall in or beside, "that year": still the month.
        "In May that summer the family moved.",
        "In May that year the family moved.",
        "In May last spring the family moved.",
        # Two spaces, a no-break space: still a date.
        "Seen on 14  May.",
        "Seen on 14\u00a0May 2024.",
        # A range of days in the month, written with a hyphen.
        "The family were away 12-14 May.",
        "Short breaks booked for 3-5 May 2024.",
        # A rank written as a noun before a small word: no title.
        "The sgt may call back.",
        # A person's verb after a date a word stands before: the subject came earlier.
        "The panel on 14 May agreed the terms of reference.",
        "The rapid review of 3 May said the threshold was met.",
    ],
)
def test_month_word_read_as_the_month(may_redactor: Redactor, text: str) -> None:
    result = may_redactor.redact(text)
    assert result.text == text
    _only_kept_words_listed(text, result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The possessive, the title and other names still win over a time word.
        ("In May's view, school was unfair.", "In Sibling 3's view, school was unfair."),
        ("Ms May attended in May.", "Ms Sibling 3 attended in May."),
        ("In May Okafor's flat, it was cold.", "In Sibling 3's flat, it was cold."),
        # Prepositions that take a person as often as a time: left as before.
        ("He spoke to May in June.", "He spoke to Sibling 3 in June."),
        ("The nurse looked after May during May.", "The nurse looked after Sibling 3 during May."),
        ("A letter from May arrived.", "A letter from Sibling 3 arrived."),
        ("Gifts for May were bought.", "Gifts for Sibling 3 were bought."),
        # Time words in a person phrase: "at last", "the late".
        ("At last May agreed to see the nurse.", "At last Sibling 3 agreed to see the nurse."),
        ("The late May was a kind woman.", "The late Sibling 3 was a kind woman."),
        # A number in brackets numbers an action; it is no day of the month.
        ("(2) May to be referred.", "(2) Sibling 3 to be referred."),
        ("Advised to call 111. May agreed.", "Advised to call 111. Sibling 3 agreed."),
        # A number that numbers a thing, a list or a cell joins no month.
        (
            "As noted on page 2 May cried at drop-off.",
            "As noted on page 2 Sibling 3 cried at drop-off.",
        ),
        ("Under section 47 May should be seen.", "Under section 47 Sibling 3 should be seen."),
        ("On the ward board, rm 6 May slept.", "On the ward board, rm 6 Sibling 3 slept."),
        ("Points today: +1 May for teamwork.", "Points today: +1 Sibling 3 for teamwork."),
        ("In the genogram, gen 2 May is shown.", "In the genogram, gen 2 Sibling 3 is shown."),
        # A rank or a title before a capitalised word: a name, whatever follows it.
        ("Signed Capt May 2019 posting.", "Signed Capt Sibling 3 2019 posting."),
        ("Leave: Lt May 14 days.", "Leave: Lt Sibling 3 14 days."),
        ("In the unit, cot 12 May fed well.", "In the unit, cot 12 Sibling 3 fed well."),
        ("3\tMay\tCP\tNeglect", "3\tSibling 3\tCP\tNeglect"),
        ("1)May 2) baby 3) partner", "1)Sibling 3 2) baby 3) partner"),
        # A number that is part of a numeric date joins no month.
        ("12/03/2024 May not brought to clinic.", "12/03/2024 Sibling 3 not brought to clinic."),
        ("03-12-14 May not brought to clinic.", "03-12-14 Sibling 3 not brought to clinic."),
        ("In 2023-24 May was referred twice.", "In 2023-24 Sibling 3 was referred twice."),
        ("Room CP12-14 May slept.", "Room CP12-14 Sibling 3 slept."),
        # A time noun that is also a verb, with an object or adverbial after it.
        (
            "Concerns about May meeting her father were raised.",
            "Concerns about Sibling 3 meeting her father were raised.",
        ),
        (
            "The worker helped May review her safety plan.",
            "The worker helped Sibling 3 review her safety plan.",
        ),
    ],
)
def test_month_word_naming_a_person_is_redacted(
    may_redactor: Redactor, text: str, expected: str
) -> None:
    result = may_redactor.redact(text)
    assert result.text == expected
    _only_kept_words_listed(text, result)  # "attended in May": the month, shown to the checker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count or an age beside the month-word is no day of the month.
        ("May 3 of 6 sessions missed.", "Sibling 3 3 of 6 sessions missed."),
        ("May, 15, was found in a car.", "Sibling 3, 15, was found in a car."),
        ("May 14y, ?overdose.", "Sibling 3 14y, ?overdose."),
        ("Missing: May/13/F, last seen 21:40.", "Missing: Sibling 3/13/F, last seen 21:40."),
        # since/until open a clause too: a verb after the month-word makes it its subject.
        (
            "Since May moved in, the house has been calmer.",
            "Since Sibling 3 moved in, the house has been calmer.",
        ),
        # A number that starts a numeric date is no day of the month.
        ("May 14/06 – weight 8.1kg.", "Sibling 3 14/06 – weight 8.1kg."),
        (
            "Since May saw the video she has not slept.",
            "Since Sibling 3 saw the video she has not slept.",
        ),
        (
            "Until May is settled, contact will be supervised.",
            "Until Sibling 3 is settled, contact will be supervised.",
        ),
        (
            "Since May and her mother moved in, things improved.",
            "Since Sibling 3 and her mother moved in, things improved.",
        ),
        # "in" after words whose object can be a person: either reading fits.
        (
            "She confided in May that she was scared.",
            "She confided in Sibling 3 that she was scared.",
        ),
        (
            "The grandmother took in May when the mother left.",
            "The grandmother took in Sibling 3 when the mother left.",
        ),
        ("We are looping in May as agreed.", "We are looping in Sibling 3 as agreed."),
        # A person-verb straight after: the month fits ("who visited in May said") and so
        # does the person; redact, and ask.
        (
            "The worker who visited in May said the flat was cold.",
            "The worker who visited in Sibling 3 said the flat was cold.",
        ),
        # Only a determiner of time makes the month ("this May"); "our", "little" do not.
        ('"Our May were nobbut a bairn."', '"Our Sibling 3 were nobbut a bairn."'),
        ("She found little May asleep.", "She found little Sibling 3 asleep."),
        # A season the month cannot fall in: not the month.
        (
            "Something changed in May that winter.",
            "Something changed in Sibling 3 that winter.",
        ),
        # "the May was": a subject with its verb, a person as readily (columns read across).
        (
            "Agencies did not share the\nMay was thriving and that",
            "Agencies did not share the\nSibling 3 was thriving and that",
        ),
        # A number opening a sentence, a verb after the month-word: a footnote's number.
        (
            "The letter went astray. 23 May has seen this paragraph.",
            "The letter went astray. 23 Sibling 3 has seen this paragraph.",
        ),
        # ... or a person's verb, after a field's label: a count before a person.
        (
            "Contacts in period: 23 May asked that the report say so.",
            "Contacts in period: 23 Sibling 3 asked that the report say so.",
        ),
        ("Seen twice. 14 May said she was fine.", "Seen twice. 14 Sibling 3 said she was fine."),
        # A greeting before the day: a birthday card ("Happy 6th birthday, May").
        ("Card: Happy 6th May, love you.", "Card: Happy 6th Sibling 3, love you."),
        # A note's number before an author cited again: no date is "op. cit.".
        ("As noted, 14 May, op. cit., p. 3.", "As noted, 14 Sibling 3, op. cit., p. 3."),
        # A day or a year joined by an underscore: a file's date, or the person's file.
        ("Saved as minutes_May_2021.docx.", "Saved as minutes_Sibling 3_2021.docx."),
        ("Saved as 12_May_notes.docx.", "Saved as 12_Sibling 3_notes.docx."),
        # Two digits that can be no day: a count in a table as readily as a year.
        ("Entries per person: May 64.", "Entries per person: Sibling 3 64."),
        ("Born May 64, the mother said.", "Born Sibling 3 64, the mother said."),
    ],
)
def test_month_word_with_person_evidence_is_redacted_and_listed(
    may_redactor: Redactor, text: str, expected: str
) -> None:
    result = may_redactor.redact(text)
    assert result.text == expected
    assert [f.reason for f in result.flagged] == [WEAK]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma, a spaced dash or a clock time joins no month to a number.
        (
            "Contact between services and May, 2024 to 2026.",
            "Contact between services and Sibling 3, 2024 to 2026.",
        ),
        (
            "Voucher issued to May - 1 adult, 2 children.",
            "Voucher issued to Sibling 3 - 1 adult, 2 children.",
        ),
        (
            "Sign-in sheet: May 22:58 (curfew 23:00).",
            "Sign-in sheet: Sibling 3 22:58 (curfew 23:00).",
        ),
        # A number with no word a date is written with after it: no day.
        ("On her forearm: May 4 eva", "On her forearm: Sibling 3 4 eva"),
        # A number run into it with no space: a contact's or a password's name.
        ("Contacts tab: May2 (no number).", "Contacts tab: Sibling 3 2 (no number)."),
        # "the" before it, and a capital after it: a fund or a room named after the child.
        ("Donations to the May Fund.", "Donations to the Sibling 3 Fund."),
        # A number run into letters before it is a code, not a day of the month.
        ("Ref CP2 May was seen.", "Ref CP2 Sibling 3 was seen."),
        # The next number of a numbered list, and a number with a unit after it.
        (
            "1. May 2. the partner 3. the grandmother",
            "1. Sibling 3 2. the partner 3. the grandmother",
        ),
        ("Height/weight: May 98 cm / 13.1 kg.", "Height/weight: Sibling 3 98 cm / 13.1 kg."),
        ("Session 3 of 8: May 10 mins late.", "Session 3 of 8: Sibling 3 10 mins late."),
        # A column gap of a page read across joins no day to a month.
        (
            "Practice Review: May                  27 Universal Credit journal",
            "Practice Review: Sibling 3                  27 Universal Credit journal",
        ),
        # In quotation marks after "the": a drugs line or a nickname named after the person.
        ("Police know it as the 'May' line.", "Police know it as the 'Sibling 3' line."),
        # After "the": a pronoun or a noun a record puts after a child's name.
        ("The May situation was discussed.", "The Sibling 3 situation was discussed."),
        ("'The May she is cry all night'", "'The Sibling 3 she is cry all night'"),
        # A dash joining two words opens no sentence.
        ("The mother–May relationship was warm.", "The mother–Sibling 3 relationship was warm."),
    ],
)
def test_month_word_beside_a_number_that_is_no_date(
    may_redactor: Redactor, text: str, expected: str
) -> None:
    assert may_redactor.redact(text).text == expected


def test_month_lists_are_data() -> None:
    words = month_words()
    assert {"may", "june", "april", "august"} <= words["months"]
    # Prepositions that as often take a person are never read as time.
    assert not {"with", "to", "for", "from", "by", "after"} & words["temporal_before"]
    assert words["clause_openers"] <= words["temporal_before"]


def test_every_name_kept_as_a_word_is_shown_to_the_checker(may_redactor: Redactor) -> None:
    """Where the redactor reads a name of the case as the word, the flagged list shows that
    reading with the words after it, so a misreading reaches the person who signs off."""
    text = "Hope was expressed by all. In May that year she moved; there is hope."
    result = may_redactor.redact(text)
    assert result.text == text
    assert [(f.word, f.reason, f.start) for f in result.flagged] == [
        ("Hope was expressed", KEPT_CASE_WORD, 0),
        ("May that year", KEPT_CASE_WORD, text.index("May")),
    ]  # lower case "hope" is not listed: a name is written with a capital


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" before a name: "it's" typed without its apostrophe as readily as "its".
        (
            "The message said hiya its Hope ring me back.",
            "The message said hiya its Mother ring me back.",
        ),
        ("The charity and its Hope project closed.", "The charity and its Mother project closed."),
    ],
)
def test_its_before_a_name_is_redacted_and_listed(
    redactor: Redactor, text: str, expected: str
) -> None:
    _assert_weak(redactor, text, expected)


def test_a_name_broken_at_a_line_end_and_kept_is_shown_too(may_redactor: Redactor) -> None:
    text = "In Ma-\ny she moved."
    result = may_redactor.redact(text)
    assert result.text == text
    assert [(f.word, f.reason) for f in result.flagged] == [("Ma-\ny she moved", KEPT_CASE_WORD)]


def test_a_date_or_a_kept_phrase_is_not_listed_again(may_redactor: Redactor) -> None:
    text = "Seen on 14 May and again in May 2024."
    assert may_redactor.redact(text).flagged == ()
    people, places = family()
    ids = build_identity_list(people, places, build_glossary(people, places))
    kept = Redactor(ids, kept_phrases=["Hope was expressed"])
    assert kept.redact("Hope was expressed by all.").flagged == ()


def test_a_season_with_a_year_is_listed_when_the_season_is_a_name_of_the_case() -> None:
    # "Summer 2019 saw three moves" keeps the season; a tattoo reading "Summer 2019" is the
    # person. A season with a year is no date, so the reading is shown to the checker.
    person = Person.from_records(
        "1", [{"given_names": "Summer", "family_name": "Pellow", "role": "sibling"}]
    )
    redactor = Redactor(build_identity_list([person]), use_patterns=False)
    text = "Summer 2019 saw three moves."
    result = redactor.redact(text)
    assert result.text == text
    assert [(f.word, f.reason) for f in result.flagged] == [("Summer 2019 saw", KEPT_CASE_WORD)]
