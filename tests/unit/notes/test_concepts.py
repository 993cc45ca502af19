"""Each safeguarding concept is found in ordinary chronology wording (and look-alikes are not)."""

from __future__ import annotations

import pytest

from casereview.indicators.notes import analyse_note


def found(text: str) -> set[str]:
    return {
        m.concept if m.value is None else f"{m.concept}:{m.value}"
        for m in analyse_note(text).mentions
    }


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Small bruise to the left cheek.", "bruise"),
        ("Red marks on her back at nappy change.", "bruise"),
        ("Black eye noted by the teacher.", "bruise"),
        ("Petechiae around both eyes.", "petechiae"),
        ("Slap mark on the face.", "patterned_bruise"),
        ("Fingertip bruising to both upper arms.", "patterned_bruise"),
        ("Linear bruising across the buttocks.", "patterned_bruise"),
        ("Loop marks on the thighs.", "patterned_bruise"),
        ("Scald to the right hand.", "burn"),
        ("Cigarette burn on the forearm.", "burn"),
        ("Spiral fracture of the humerus.", "fracture"),
        ("He broke his arm at the park.", "fracture"),
        ("Head injury after a fall from the changing table.", "head_injury"),
        ("CT showed a subdural haemorrhage.", "head_injury"),
        ("Bumped her head on the table.", "head_injury"),
        ("Bite mark on the arm from another child.", "bite"),
        ("Laceration to the forehead.", "injury"),
        ("Torn frenulum in a 3 month old.", "injury"),
        ("Mother unable to explain the injury.", "explanation_absent"),
        ("Unexplained bruising to the abdomen.", "explanation_absent"),
        ("The account is not consistent with the injury.", "explanation_inconsistent"),
        ("Father's account differs from mother's.", "explanation_inconsistent"),
        ("Explanation has changed several times.", "explanation_changing"),
        ("Police called to a domestic incident.", "domestic_abuse"),
        ("Referred to MARAC after the DASH assessment.", "domestic_abuse"),
        ("Mother smelt of alcohol.", "substance_misuse"),
        ("Strong smell of cannabis in the flat.", "substance_misuse"),
        ("Mother has postnatal depression.", "mental_ill_health"),
        ("Father detained under the Mental Health Act.", "mental_ill_health"),
        ("Home conditions poor, dog faeces on the floor.", "neglect"),
        ("Child arrives hungry and unkempt.", "neglect"),
        ("Was not brought to the 8-week check.", "missed_appointment"),
        ("WNB to clinic.", "missed_appointment"),
        ("DNA 12-month review.", "missed_appointment"),
        ("No access visit, card left.", "missed_appointment"),
        ("Referral screened: NFA.", "no_further_action"),
        ("Closed with no further action.", "no_further_action"),
        ("Baby is not independently mobile.", "mobility:not_mobile"),
        ("Not yet rolling.", "mobility:not_mobile"),
        ("Non-mobile infant.", "mobility:not_mobile"),
        ("Rolling over from back to front.", "mobility:rolling"),
        ("Crawling well.", "mobility:crawling"),
        ("Cruising round the furniture.", "mobility:cruising"),
        ("Walking independently.", "mobility:walking"),
    ],
)
def test_concept_is_found(text: str, concept: str) -> None:
    assert concept in found(text)


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("Mongolian blue spot on the sacrum, documented at birth.", "bruise"),
        ("Bruise-like birthmark on the lower back.", "bruise"),
        ("Stork mark on the nape of the neck.", "bruise"),
        ("Congenital dermal melanocytosis over the buttocks.", "bruise"),
        ("Paternity DNA test result received.", "missed_appointment"),
        ("Stopped for a bite to eat on the way.", "bite"),
        ("Mother's mobile phone was switched off.", "mobility"),
    ],
)
def test_look_alike_is_not_a_concept(text: str, not_concept: str) -> None:
    assert not any(c.split(":")[0] == not_concept for c in found(text))


def test_a_patterned_bruise_is_a_bruise() -> None:
    (mention,) = analyse_note("Hand-shaped mark on the cheek.").mentions
    assert mention.concept == "patterned_bruise"
    assert mention.is_a("bruise")
    assert not mention.is_a("burn")


@pytest.mark.parametrize(
    ("text", "regions", "ten4facesp"),
    [
        ("Bruise to the left ear.", {"ear"}, True),
        ("Bruising on the chest and abdomen.", {"torso"}, True),
        ("Bruising to both buttocks.", {"torso"}, True),
        ("Bruise at the angle of the jaw.", {"angle_of_jaw"}, True),
        ("Bruised eyelid.", {"eyelid"}, True),
        ("Subconjunctival haemorrhage.", {"sclera"}, True),
        ("Bruise on the neck.", {"neck"}, True),
        ("Bruise on the shin.", {"leg"}, False),
        ("Burn on the back of the hand.", {"hand"}, False),
        ("Bruise on the forehead.", {"face"}, False),
    ],
)
def test_body_sites_map_to_ten4facesp_regions(
    text: str, regions: set[str], ten4facesp: bool
) -> None:
    mention = analyse_note(text).mentions[0]
    assert mention.regions() == regions
    assert all(site.ten4facesp is ten4facesp for site in mention.body_sites)


def test_each_site_goes_to_its_own_injury() -> None:
    mentions = analyse_note("A bruise on the cheek and petechiae on the neck.").mentions
    assert [(m.concept, m.regions()) for m in mentions] == [
        ("bruise", frozenset({"cheek"})),
        ("petechiae", frozenset({"neck"})),
    ]


def test_hand_in_a_hand_shaped_mark_is_the_pattern_not_the_site() -> None:
    (mention,) = analyse_note("Hand-shaped mark on the cheek.").mentions
    assert mention.regions() == {"cheek"}


def test_head_teacher_is_not_a_body_site() -> None:
    mentions = analyse_note("Head teacher saw a bruise.").mentions
    assert mentions[0].regions() == frozenset()
