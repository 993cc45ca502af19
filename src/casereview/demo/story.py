"""What happened, agency by agency: the key episodes and the routine contacts around them.

Entirely fictional. The key episodes are the kind that reviews find again and again: a bruise
on a baby who could not crawl, explained away and not shared; appointments the child was not
brought to; domestic incidents the school never heard about; an injury soon after a return
home from care; referrals closed and reopened. Routine contacts are generated from a fixed
seed so the demonstration is the same every time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["StoryEvent", "all_events"]


@dataclass(frozen=True)
class StoryEvent:
    agency: str
    when: str
    category: str
    people: tuple[str, ...]
    description: str
    practitioner: str = ""
    time: str = ""
    child_seen: str = ""
    outcome: str = ""
    shared_with: str = ""
    analysis: str = ""
    end: str = ""


E = StoryEvent
C, M, F, P, S, G = "child", "mother", "father", "partner", "sibling", "grandmother"

KEY_EPISODES: tuple[StoryEvent, ...] = (
    E(
        "hospital",
        "05/07/2021",
        "Antenatal contact",
        (M,),
        "Booking appointment at 10 weeks. "
        "Mother reports previous anxiety and low mood, on no medication. Partner present "
        "throughout so routine enquiry about domestic abuse not asked.",
        "Midwife",
        "10:15",
        outcome="Booked for consultant-led care. Routine enquiry to be asked at next contact.",
        analysis="Routine enquiry was not asked at any later contact.",
    ),
    E(
        "gp",
        "c. Aug 2021",
        "GP consultation",
        (M,),
        "Mother seen with low mood and poor sleep "
        "in pregnancy. Started on sertraline. Mentioned arguments at home.",
        "GP",
        outcome="Review in 4 weeks.",
    ),
    E(
        "police",
        "18/09/2021",
        "Police incident",
        (M, F, S),
        "Domestic incident at home address. "
        "Verbal argument between mother and father, neighbours called police. Child Tyler (3) "
        "present in the house. DASH risk assessment: standard.",
        "PC",
        "23:40",
        "Yes",
        "Words of advice. Public protection notification submitted.",
        "Children's social care",
    ),
    E(
        "csc",
        "20/09/2021",
        "Referral",
        (S, M, F),
        "Police notification of domestic incident, Tyler present. Screened by MASH.",
        "Social worker",
        outcome="No further action: threshold not met, single verbal incident.",
    ),
    E(
        "hospital",
        "12/10/2021",
        "Was not brought / did not attend",
        (M,),
        "Did not attend antenatal clinic.",
        "Midwife",
        outcome="Letter sent with new appointment.",
    ),
    E(
        "hospital",
        "02/11/2021",
        "Was not brought / did not attend",
        (M,),
        "Did not attend rescheduled antenatal clinic. No answer on phone.",
        "Midwife",
        outcome="Community midwife asked to visit.",
    ),
    E(
        "police",
        "20/11/2021",
        "Arrest",
        (F, M, S),
        "Domestic incident. Father arrested for "
        "assault on mother, who is 30 weeks pregnant: she had a cut lip and bruising to her arm. "
        "Tyler present and crying.",
        "PC",
        "01:15",
        "Yes",
        "Father charged, bail conditions not to attend the address. DASH: medium.",
        "Children's social care; Health visiting",
    ),
    E(
        "csc",
        "22/11/2021",
        "Referral",
        (S, M, F),
        "Referral from police following arrest of father for assault on pregnant mother.",
        "Social worker",
        outcome="Child and family assessment started.",
    ),
    E(
        "csc",
        "10/01/2022",
        "Case closure",
        (S, M),
        "Assessment completed. Mother says the "
        "relationship with father has ended and he has moved away. Case closed, no further "
        "action.",
        "Social worker",
        child_seen="Yes",
        outcome="Closed. Signposted to domestic abuse service.",
        analysis="Unborn baby not considered in the assessment.",
    ),
    E(
        "hospital",
        "14/03/2022",
        "Birth",
        (C, M),
        "Baby girl born at 39 weeks, 3.1 kg, normal delivery. Mother's partner Craig visited.",
        "Midwife",
        "06:52",
        outcome="Discharged home day 2.",
        shared_with="GP; Health visiting",
    ),
    E(
        "hv",
        "24/03/2022",
        "New Birth Visit",
        (C, M, S),
        "New birth visit. Baby feeding well. "
        "Mother says her new partner Craig is very supportive. Routine enquiry about domestic "
        "abuse: mother denies any.",
        "Health visitor",
        "11:00",
        "Yes",
        "Universal plus offered for mother's low mood.",
    ),
    E(
        "gp",
        "09/05/2022",
        "GP consultation",
        (C, M),
        "8 week baby check. Normal examination, no marks seen. First immunisations given.",
        "GP",
        child_seen="Yes",
    ),
    E(
        "csc",
        "c. May 2022",
        "Other",
        (P, M),
        "From later assessment: Craig Pellow moved into the family home around this time.",
        "Social worker",
    ),
    E(
        "hv",
        "12/07/2022",
        "Home visit",
        (C, M, P),
        "Home visit. Small bruise noted to left ear "
        "of baby (4 months, not yet rolling). Mother explained sibling caught her with a toy. "
        "Partner present.",
        "Health visitor",
        "14:00",
        "Yes",
        "Advice on supervising siblings. Next contact at 1 year review.",
        analysis="Bruising in a non-mobile baby was not referred or discussed with the "
        "safeguarding team, contrary to the bruising protocol.",
    ),
    E(
        "gp",
        "28/07/2022",
        "GP consultation",
        (C, M),
        "Baby brought with rash. Small red marks "
        "on cheek, mother unsure how they happened. No fever.",
        "GP",
        child_seen="Yes",
        outcome="Emollient. Return if worse.",
    ),
    E(
        "gp",
        "22/08/2022",
        "Was not brought / did not attend",
        (C,),
        "Was not brought for 16 week immunisations.",
        "Practice nurse",
        outcome="Recall letter sent.",
    ),
    E(
        "gp",
        "19/09/2022",
        "Was not brought / did not attend",
        (C,),
        "Was not brought for rebooked immunisations.",
        "Practice nurse",
        outcome="Second recall letter sent.",
    ),
    E(
        "school",
        "05/09/2022",
        "School or nursery attendance",
        (S,),
        "Tyler started in Reception.",
        "Class teacher",
    ),
    E(
        "police",
        "02/10/2022",
        "Police incident",
        (M, P, C, S),
        "Domestic incident: shouting "
        "heard by neighbour. Mother and partner Craig both present, two children in the house. "
        "Mother had red mark to her neck, declined to make a statement.",
        "PC",
        "22:10",
        "Yes",
        "DASH: medium. No arrest.",
        analysis="No Operation Encompass notification was sent to Tyler's school.",
    ),
    E(
        "police",
        "15/10/2022",
        "Arrest",
        (P, M, C, S),
        "Domestic incident. Craig Pellow arrested for assault on mother. Children present.",
        "PS",
        "20:30",
        "Yes",
        "Released under investigation.",
        "Children's social care; School",
    ),
    E(
        "school",
        "17/10/2022",
        "Notification / information shared",
        (S,),
        "Operation Encompass "
        "notification received from police about an incident at the weekend. DSL informed.",
        "Designated safeguarding lead",
        outcome="Class teacher asked to monitor Tyler.",
    ),
    E(
        "csc",
        "17/10/2022",
        "Referral",
        (C, S, M, P),
        "Referral from police: second domestic incident in two weeks, children present.",
        "Social worker",
        outcome="Strategy discussion arranged.",
    ),
    E(
        "csc",
        "19/10/2022",
        "Strategy discussion",
        (C, S, M, P),
        "Strategy discussion with police and health. Section 47 enquiry agreed for both children.",
        "Team manager",
        outcome="Section 47 enquiry.",
        shared_with="Police; Health visiting; GP",
    ),
    E(
        "csc",
        "20/10/2022",
        "Section 47 enquiry",
        (C, S, M, P),
        "Section 47 enquiry started. Children seen at home.",
        "Social worker",
        child_seen="Yes",
    ),
    E(
        "csc",
        "08/11/2022",
        "Child protection conference",
        (C, S, M, P),
        "Initial child "
        "protection conference. Both children made subject to child protection plans under "
        "the category of emotional abuse.",
        "Conference chair",
        outcome="Child protection plans; core group within 10 working days.",
        shared_with="Police; Health visiting; GP; School",
    ),
    E(
        "csc",
        "08/11/2022",
        "Child protection plan start",
        (C, S),
        "Child protection plans started (emotional abuse).",
        "Conference chair",
    ),
    E(
        "hospital",
        "20/01/2023",
        "Emergency department attendance",
        (C, M),
        "10 month old "
        "brought after a fall from a changing table at home. Small swelling to the back of the "
        "head. Mother's account consistent. CT not indicated.",
        "ED doctor",
        "18:45",
        "Yes",
        "Discharged with head injury advice.",
        "Health visiting; GP",
    ),
    E(
        "csc",
        "03/02/2023",
        "Placement start",
        (C, S),
        "Mother admitted to mental health unit. "
        "Children accommodated under section 20 with foster carers.",
        "Social worker",
        child_seen="Yes",
    ),
    E(
        "csc",
        "12/05/2023",
        "Placement end / return home",
        (C, S),
        "Children returned home to mother following her discharge. Craig said to have moved out.",
        "Social worker",
        child_seen="Yes",
        outcome="CP plans continue.",
    ),
    E(
        "gp",
        "08/06/2023",
        "GP consultation",
        (C, M),
        "Bruising to right upper arm and buttock. "
        "Mother says she fell in the park. Child walking with support.",
        "GP",
        child_seen="Yes",
        outcome="No treatment needed.",
        analysis="Not shared with the social worker although "
        "the child was on a child protection plan.",
    ),
    E(
        "csc",
        "20/07/2023",
        "Child protection conference",
        (C, S, M),
        "Review conference. Plans ended; children stepped down to child in need.",
        "Conference chair",
    ),
    E(
        "csc",
        "20/07/2023",
        "Child protection plan end",
        (C, S),
        "Child protection plans ended.",
        "Conference chair",
    ),
    E(
        "csc",
        "29/09/2023",
        "Case closure",
        (C, S, M),
        "Child in need plan ended. Case closed.",
        "Social worker",
        outcome="No further action.",
    ),
    E(
        "nursery",
        "04/09/2023",
        "School or nursery attendance",
        (C,),
        "Ellie started at nursery (funded place, 3 mornings a week).",
        "Nursery manager",
    ),
    E(
        "nursery",
        "16/10/2023",
        "Other",
        (C, M),
        "Bruise on left cheek on arrival. Mum said she fell off the sofa. Body map completed.",
        "Key worker",
        "08:50",
        "Yes",
        "Logged on safeguarding record.",
        analysis="Not shared with children's social care or health.",
    ),
    E(
        "nursery",
        "13/11/2023",
        "Referral",
        (C, M, P),
        "Four small round bruises on upper arm, "
        "like fingertip marks. Mum unable to explain. DSL made a referral to children's social "
        "care.",
        "Designated safeguarding lead",
        "09:30",
        "Yes",
        "Referral to MASH.",
        "Children's social care",
    ),
    E(
        "csc",
        "14/11/2023",
        "Referral",
        (C, M),
        "Referral from nursery about bruising to arm. "
        "Mother's explanation (rough play with Tyler) accepted by telephone.",
        "Social worker",
        outcome="No further action.",
        analysis="Third closure with no further action; the "
        "history of the previous plan was not considered.",
    ),
    E(
        "police",
        "24/12/2023",
        "Police incident",
        (M, P, C, S),
        "Domestic incident on Christmas "
        "Eve. Partner Craig returned to the address intoxicated. Children asleep upstairs.",
        "PC",
        "23:55",
        "No",
        "DASH: high. Referred to MARAC.",
        analysis="No notification to the school, nursery or health.",
    ),
    E(
        "hospital",
        "08/01/2024",
        "Emergency department attendance",
        (C, M, P),
        "22 month old "
        "with swollen left upper arm. X-ray: spiral fracture of the left humerus. Mother says "
        "she fell from the sofa; partner later says her arm caught in the cot bars. "
        "Explanations inconsistent.",
        "Paediatric registrar",
        "19:20",
        "Yes",
        "Admitted. Safeguarding team informed. Skeletal survey.",
        "Children's social care; Police",
    ),
    E(
        "csc",
        "09/01/2024",
        "Strategy discussion",
        (C, S, M, P),
        "Strategy discussion after fracture. Section 47 enquiry; police investigation.",
        "Team manager",
        shared_with="Police; Hospital; Health visiting; GP; Nursery; School",
    ),
    E(
        "police",
        "10/01/2024",
        "Arrest",
        (P, M, C),
        "Craig Pellow and mother arrested on suspicion of causing grievous bodily harm to a child.",
        "DC",
        "07:00",
        outcome="Released on bail pending investigation.",
    ),
)

_GP_REASONS = (
    "cough and cold",
    "nappy rash",
    "temperature",
    "vomiting",
    "ear infection",
    "feeding difficulty",
    "constipation",
    "eczema",
    "conjunctivitis",
    "rash",
)
_SCHOOL_NOTES = (
    "Tyler arrived late, mother said the baby was unwell.",
    "Tyler tired and hungry on arrival; breakfast club offered.",
    "Tyler absent, no reason given. First-day calling made.",
    "Tyler upset at drop off, settled with support.",
    "Tyler's attendance below 90% this half term; letter sent.",
    "Tyler wearing same clothes several days; discreetly given spare uniform.",
)
_NURSERY_NOTES = (
    "Ellie settled well, ate all of her lunch.",
    "Ellie collected late by mum.",
    "Ellie absent today, no call from parent.",
    "Ellie tired, slept 2 hours.",
    "Ellie's nappy very wet on arrival.",
    "Ellie happy, playing with sand.",
)


def _dates(rng: random.Random, start: date, end: date, count: int) -> list[date]:
    span = (end - start).days
    return sorted(start + timedelta(days=rng.randrange(span)) for _ in range(count))


def _uk(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def routine_events(seed: int = 20240110) -> list[StoryEvent]:
    """Everyday contacts between the key episodes, the same for the same seed."""
    rng = random.Random(seed)
    events: list[StoryEvent] = []
    for day in _dates(rng, date(2021, 7, 20), date(2022, 3, 10), 9):
        events.append(
            E(
                "hospital",
                _uk(day),
                "Antenatal contact",
                (M,),
                "Antenatal check. Blood pressure and growth normal.",
                "Midwife",
                child_seen="Unknown",
            )
        )
    for day in _dates(rng, date(2022, 4, 1), date(2024, 1, 5), 22):
        events.append(
            E(
                "hv",
                _uk(day),
                "Clinic Weigh",
                (C, M),
                "Baby weighed at clinic, following the 50th centile.",
                "Community nursery nurse",
                child_seen="Yes",
            )
        )
    for day in _dates(rng, date(2022, 4, 1), date(2024, 1, 5), 36):
        reason = rng.choice(_GP_REASONS)
        events.append(
            E(
                "gp",
                _uk(day),
                "GP consultation",
                (C, M),
                f"Seen with {reason}. Examined, no concerns.",
                "GP",
                child_seen="Yes",
            )
        )
    for day in _dates(rng, date(2021, 9, 1), date(2024, 1, 5), 14):
        events.append(
            E(
                "gp",
                _uk(day),
                "GP consultation",
                (M,),
                "Mother reviewed for anxiety and low mood. Sertraline continued.",
                "GP",
            )
        )
    for day in _dates(rng, date(2022, 9, 6), date(2024, 1, 5), 60):
        events.append(
            E(
                "school",
                _uk(day),
                "School or nursery attendance",
                (S,),
                rng.choice(_SCHOOL_NOTES),
                "Class teacher",
            )
        )
    for day in _dates(rng, date(2023, 9, 5), date(2024, 1, 5), 70):
        events.append(
            E(
                "nursery",
                _uk(day),
                "School or nursery attendance",
                (C,),
                rng.choice(_NURSERY_NOTES),
                "Key worker",
                child_seen="Yes",
            )
        )
    for day in _dates(rng, date(2022, 11, 10), date(2023, 7, 18), 24):
        events.append(
            E(
                "csc",
                _uk(day),
                "Home visit",
                (C, S, M),
                "Statutory visit under the "
                "child protection plan. Children seen; home conditions adequate.",
                "Social worker",
                child_seen=rng.choice(("Yes", "Seen alone", "Yes")),
            )
        )
    for day in _dates(rng, date(2022, 11, 20), date(2023, 7, 10), 8):
        events.append(
            E(
                "csc",
                _uk(day),
                "Multi-agency meeting",
                (C, S, M),
                "Core group meeting.",
                "Social worker",
                shared_with="Health visiting; School",
            )
        )
    for day in _dates(rng, date(2023, 2, 5), date(2023, 5, 10), 10):
        events.append(
            E(
                "csc",
                _uk(day),
                "Home visit",
                (C, S),
                "Visit to the children in foster placement. Both settled.",
                "Social worker",
                child_seen="Yes",
            )
        )
    for day in _dates(rng, date(2022, 5, 1), date(2023, 12, 1), 5):
        events.append(
            E(
                "hv",
                _uk(day),
                "Did Not Attend",
                (C, M),
                "No access visit: no answer at the door.",
                "Health visitor",
                child_seen="No",
                outcome="Card left; appointment rebooked.",
            )
        )
    return events


def all_events() -> list[StoryEvent]:
    return [*KEY_EPISODES, *routine_events()]
