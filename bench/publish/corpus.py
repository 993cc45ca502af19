"""A seeded synthetic leak corpus: invented cases stuffed with their identifiers in all forms.

Every name is invented or drawn from lists of common first names and word-like surnames
combined at random; no real case is represented. Each document carries its ground truth:
the spans of listed identifiers (with the form used), of unlisted names (people and places
the identity list does not know), and of ordinary words that are also names of the case.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from casereview.publish import Person, Place
from casereview.publish.nameforms import variants_of_given

WORD_GIVEN_F = [
    "Hope",
    "Grace",
    "Rose",
    "May",
    "Amber",
    "Sky",
    "Faith",
    "Holly",
    "Ruby",
    "Daisy",
    "Summer",
    "Joy",
    "Dawn",
    "Ivy",
]
WORD_GIVEN_M = ["Mark", "William", "Jack", "Robert", "Frank", "Miles", "Dean", "Bill"]
PLAIN_GIVEN_F = [
    "Kayleigh",
    "Chantelle",
    "Leanne",
    "Jodie",
    "Shannon",
    "Tayla",
    "Megan",
    "Bethany",
    "Paige",
    "Demi",
    "Stacey",
    "Natalie",
    "Elizabeth",
    "Katherine",
]
PLAIN_GIVEN_M = [
    "Jayden",
    "Tyler",
    "Callum",
    "Kieran",
    "Reece",
    "Liam",
    "Connor",
    "Darren",
    "Jamie",
    "Nathan",
    "Anthony",
    "Christopher",
    "Jonathan",
    "Richard",
]
WORD_FAMILY = [
    "Marsh",
    "Hill",
    "Wood",
    "Stone",
    "Bell",
    "Brown",
    "Green",
    "Lamb",
    "Fox",
    "Banks",
    "Hope",
    "Rose",
]
SYLL_A = [
    "Brack",
    "Quar",
    "Pen",
    "Tre",
    "Hol",
    "Wen",
    "Dar",
    "Fen",
    "Mor",
    "Cul",
    "Ash",
    "Hart",
    "Kel",
    "Lang",
    "Rud",
    "Stan",
    "Thorn",
    "Whit",
    "Yar",
    "Ock",
]
SYLL_B = [
    "enbury",
    "rell",
    "nick",
    "lowen",
    "ford",
    "tham",
    "wick",
    "ridge",
    "cott",
    "ley",
    "stow",
    "mere",
    "by",
    "worth",
    "ston",
    "hurst",
    "den",
    "field",
    "ington",
    "well",
]
STREET_SUFFIX = ["Close", "Road", "Street", "Lane", "Avenue", "Drive", "Crescent", "Grove"]
TREES = ["Larch", "Rowan", "Alder", "Hazel", "Beech", "Cedar", "Willow", "Aspen", "Juniper"]

ORDINARY = {
    "hope": [
        "There is hope that the family will engage.",
        "Staff expressed hope about progress.",
        "Her hope was to move nearer her sister.",
        "Hope for the future was discussed.",
    ],
    "grace": ["The family were given a period of grace.", "She accepted the plan with good grace."],
    "mark": [
        "A mark on the cheek was noted.",
        "The nurse made a mark on the chart.",
        "Mark the referral as urgent, the manager wrote.",
    ],
    "rose": ["Attendance rose sharply in the spring.", "The rose bush in the garden was cut back."],
    "may": [
        "The family may attend the clinic.",
        "She may need further support.",
        "The case was closed in May 2019.",
    ],
    "will": ["The worker will visit again next week.", "It will be reviewed in a month."],
    "william": ["The worker will visit again next week.", "The gas bill was overdue."],
    "bill": ["An unpaid bill was found on the table.", "The gas bill was overdue."],
    "amber": ["The risk tool showed amber for neglect.", "An amber warning was issued."],
    "sky": ["The sky was dark when police arrived."],
    "faith": ["The mother had faith in the school.", "Faith groups were consulted."],
    "holly": ["There was holly on the door at the visit."],
    "ruby": ["A ruby ring was reported missing."],
    "daisy": ["The child made a daisy chain in the garden."],
    "summer": ["During the summer holidays the family moved.", "Summer holidays were difficult."],
    "joy": ["The baby brought joy to the grandparents."],
    "dawn": ["Police attended at dawn."],
    "ivy": ["Ivy covered the back wall of the house."],
    "jack": ["The car jack was left in the hallway."],
    "robert": ["They threatened to rob the shop."],
    "frank": ["There was a frank discussion about drinking.", "Frank discussions were held."],
    "miles": ["The father lived two miles away."],
    "dean": ["The dean of the college was informed."],
    "marsh": ["They walked by the marsh at weekends."],
    "hill": ["The house stood on a hill."],
    "wood": ["A wood burner heated the flat.", "The wood behind the house was fenced."],
    "stone": ["A stone was thrown at the window.", "She had lost a stone in weight."],
    "bell": ["The school bell rang at nine."],
    "brown": ["Brown bruising was seen on the arm.", "He wore a brown coat."],
    "green": ["She wore a green coat.", "They met on the village green."],
    "lamb": ["The family ate lamb stew."],
    "fox": ["A fox was seen in the garden."],
    "banks": ["The river banks had flooded."],
}

PERSON_SENTENCES = [
    "{P} was seen by the health visitor at home.",
    "The social worker spoke to {P} about the injury.",
    "On arrival {P} appeared quiet and withdrawn.",
    "{P} told the teacher that she was hungry.",
    "Concerns were shared with {P} by the GP.",
    "School reported that {P} had missed several days.",
    "Police were called by a neighbour about {P}.",
    "{P} did not attend the appointment.",
    "The nurse noted that {P} seemed anxious.",
    "A referral was made for {P} to the early help team.",
    "{P}, aged four at the time, was brought to the emergency department.",
    "{P} (known to the family as the baby) was weighed.",
    "In interview {P} was described as quiet.",
]
# Held out: written after the rules were tuned on the sentences above, never tuned on.
HELDOUT_PERSON_SENTENCES = [
    "According to {P}, the flat was cold.",
    "Staff were worried about {P} and the other children.",
    "It was {P} who answered the door.",
    "{P}: seen and spoken to alone.",
    "Visit to see {P} - no answer.",
    "Child seen ({P}), appeared well.",
    "{P} - weight 9.2kg, on the 25th centile.",
    "Telephone call from {P} to the duty desk.",
    "{P} not brought to the appointment.",
    "Letter sent to {P} offering a new date.",
]
HELDOUT_ORDINARY = {
    "hope": ["Hope is the key theme of the plan.", "We hope the family will engage."],
    "mark": ["The bruise left a mark.", "Mark-making was offered at nursery."],
    "grace": ["Grace periods for rent arrears ended in March."],
    "may": ["May was a difficult month for the family."],
    "will": ["The will of the grandmother was contested."],
    "william": ["The will of the grandmother was contested."],
    "rose": ["Rose petals were found in the bath."],
    "summer": ["Summer was spent at the grandmother's house."],
    "frank": ["Frank concerns were raised by the school."],
    "brown": ["Brown sauce was on the floor."],
    "wood": ["Wood chippings covered the garden."],
    "stone": ["Stone steps led to the door."],
    "green": ["Green paint was peeling in the kitchen."],
    "bell": ["Bell ringing at the church woke the baby."],
    "hill": ["Hill walking was suggested by the GP."],
    "amber": ["Amber lights flashed on the monitor."],
    "faith": ["Faith leaders offered support."],
    "joy": ["Joy was evident when the baby smiled."],
    "ivy": ["Ivy had grown over the window."],
    "dawn": ["Dawn raids were planned by police."],
    "holly": ["Holly bushes lined the path."],
    "ruby": ["Ruby red marks were seen on the neck."],
    "sky": ["Sky television had been disconnected."],
    "marsh": ["Marsh land lay behind the estate."],
    "fox": ["Fox cubs were living under the shed."],
    "lamb": ["Lamb chops were in the fridge."],
    "banks": ["Banks had closed the mother's account."],
    "jack": ["Jack-knifed lorries closed the road."],
    "miles": ["Miles from any family, the mother was isolated."],
    "dean": ["Dean of students at the college was informed."],
    "daisy": ["Daisy chains were made in the garden."],
}
HELDOUT_UNLISTED = [
    "Her friend {U} stayed over that weekend.",
    "A man known as {U} was present.",
    "Mrs {U}, the neighbour, called the police.",
    "The family moved to {T} Estate.",
    "They attended St {U}'s church on Sundays.",
]

# Fresh: a third family, written before the change to the "Hope was ..." rule and never
# tuned on. It is meant to read like real case records: many entries open with a person's
# name and was/is/has/had ("Grace had a bruise to the left cheek"), and the ordinary words
# appear where an editor would meet them, including at the start of a sentence.
FRESH_PERSON_SENTENCES = [
    "{P} was seen alone and said that things at home were fine.",
    "{P} had a bruise to the left cheek, about the size of a thumbprint.",
    "{P} is now living with the maternal grandmother under a kinship arrangement.",
    "{P} was arrested on suspicion of assault and later released on bail.",
    "{P} has a diagnosis of autism and attends a specialist provision.",
    "{P} had been crying when the family support worker arrived.",
    "{P} was upset and did not want to go home after school.",
    "{P} is a young carer for the mother.",
    "{P} was a quiet child at nursery, staff recalled.",
    "{P} had lost weight since the previous visit.",
    "{P} is subject to a child protection plan under the category of neglect.",
    "{P} was the first to disclose the abuse.",
    "{P} has been excluded twice this term.",
    "{P} was in the kitchen when the police arrived.",
    "{P} had no coat despite the cold weather.",
    "{P} wanted to stay with the grandmother at weekends.",
    "{P} mentioned a new boyfriend at the visit.",
    "{P} disclosed that the partner had hit the mother.",
    "{P} looked tired and pale.",
    "When seen at school {P} was reluctant to talk.",
    "The duty worker phoned {P} twice but there was no answer.",
    "Home visit: {P} asleep on the sofa, nappy not changed.",
    "{P} (aged 3) was taken to the walk-in centre.",
]
FRESH_ORDINARY = {
    "hope": [
        "Hope was expressed at the review that the children could return home.",
        "Hope is not a plan, the chair reminded the conference.",
        "The mother said she had given up hope of getting the children back.",
    ],
    "grace": [
        "A week's grace was given to clear the rent arrears.",
        "Saying grace before meals was part of the foster home's routine.",
    ],
    "mark": [
        "The finger-tip mark on the upper arm was photographed.",
        "Staff were asked to mark each entry with the time.",
    ],
    "rose": [
        "Rates of absence rose over the spring term.",
        "Tension rose when the partner came home drunk.",
    ],
    "may": [
        "May is a hard month for the mother, as it is the anniversary of the stillbirth.",
        "In May the family were evicted from the flat.",
        "The case may be stepped down to early help.",
    ],
    "will": [
        "The grandmother's will left the house to the mother.",
        "Free will and coercion were discussed in supervision.",
    ],
    "william": [
        "The grandmother's will left the house to the mother.",
        "The electricity bill had not been paid for three months.",
    ],
    "bill": [
        "The electricity bill had not been paid for three months.",
        "Bill payments were set up by the support worker.",
    ],
    "amber": [
        "Amber was the rating agreed at the multi-agency meeting.",
        "The referral was rated amber by the front door.",
    ],
    "sky": [
        "Sky had cut off the television package for non-payment.",
        "The sky was clear and the temperature below freezing that night.",
    ],
    "faith": [
        "Faith is important to the grandmother, who attends the mosque weekly.",
        "The worker acted in good faith.",
    ],
    "holly": ["Sprigs of holly were on the door at the Christmas visit."],
    "ruby": ["Ruby-coloured staining was noted on the carpet."],
    "daisy": ["The baby room at the nursery is called the daisy room."],
    "summer": [
        "Summer is the hardest time of year for the family, the mother said.",
        "Summer had been difficult, with all four children at home.",
        "Attendance dropped during the Summer term.",
    ],
    "joy": [
        "Joy was missing from the child's play, the nursery observed.",
        "The mother spoke with joy about the new baby.",
    ],
    "dawn": [
        "Dawn was breaking when officers forced entry.",
        "Officers arrived shortly after dawn.",
    ],
    "ivy": [
        "Ivy has damaged the guttering at the back of the house.",
        "The rear wall was covered in ivy.",
    ],
    "jack": ["A car jack was found in the child's bedroom."],
    "robert": ["The partner had tried to rob a shop in the town."],
    "frank": [
        "Frank and honest conversations were held with the mother about her drinking.",
        "The father was frank about his previous convictions.",
    ],
    "miles": ["The refuge is several miles from the school."],
    "dean": ["The dean of the sixth form college was contacted."],
    "marsh": ["The estate backs onto marsh land."],
    "hill": ["The child walked up the hill to school alone."],
    "wood": [
        "Wood was stacked against the back door, blocking the exit.",
        "The wood burner had no guard.",
    ],
    "stone": [
        "Stone floors made the house cold and damp.",
        "She had put on a stone since the birth.",
    ],
    "bell": ["The door bell was broken, so the worker knocked."],
    "brown": ["Brown staining was seen on the mattress."],
    "green": [
        "Green is the child's favourite colour.",
        "Green mould was growing on the bedroom ceiling.",
    ],
    "lamb": ["The foster carer cooked lamb for Sunday lunch."],
    "fox": ["Fox droppings were found in the back yard."],
    "banks": [
        "Banks were unwilling to open an account for the mother.",
        "The family relied on food banks over the winter.",
    ],
}
FRESH_UNLISTED = [
    "{U} was also present at the address that evening.",
    "A statement was taken from {U}, a family friend.",
    "Dr {U} at the hospital examined the child.",
    "The children stayed with relatives in {T} over Christmas.",
    "{U}, who lives next door, raised the alarm.",
    "The mother's cousin {U} offered to care for the baby.",
]

# Blind: a fourth family, written without reading the rules, their word lists or the
# benchmark's misses, and committed before its first run, so that run is an unseen
# measurement. Person entries open a sentence or clause in many constructions (-s verbs,
# modals, -ing forms, lists, quoted speech, timed and bracketed record entries); ordinary
# uses put each word-name where a report writer would, at the start of a sentence and
# within it. There are more ordinary sentences per word than the fresh set has: each
# document draws as many as the fresh set uses for that word (`_ordinary_for`), so the
# per-document proportions match and the figures stay comparable.
BLIND_PERSON_SENTENCES = [
    "{P} attends breakfast club most mornings and is usually collected late.",
    "{P} says the partner shouts when he has been drinking.",
    "{P} presents as a bright, chatty child who seeks out adult attention.",
    "{P} could not explain how the scratches on her neck had happened.",
    "{P} should be seen alone at every visit, the conference agreed.",
    "{P} must not have unsupervised contact with the baby under the safety plan.",
    "{P} would not let the worker see the bedroom.",
    "{P} was reported missing at 22:40 and found the next morning at a friend's flat.",
    "{P} is frightened of the dog, which is kept shut in the back bedroom.",
    "{P} has told the school nurse that she sometimes sleeps in her clothes.",
    "{P} had been left in the care of a 12-year-old cousin.",
    "14:20 {P} collected by the maternal aunt, who was not on the consent form.",
    "Outcome of strategy discussion: {P} to remain at home with a safety plan.",
    "The two youngest ({P} and the baby) were seen together in the lounge.",
    "Present at the meeting: the mother, {P}, the class teacher and the family support worker.",
    "The mother and {P} arrived forty minutes late for the core group.",
    '"{P} keeps wetting the bed," the mother told the GP.',
    'Asked who makes her tea, the child said: "{P} does, mostly."',
    "Telephone contact with the mother; {P} crying in the background throughout.",
    "{P} arriving at nursery without breakfast remains the main worry.",
    "Since the move, {P} sleeps in the same bed as the mother.",
    "The worker knocked twice, but {P} did not come to the door.",
    "{P} is on the waiting list for speech and language therapy.",
    "{P} had an unexplained burn to the back of the hand.",
    "{P} refuses to eat at the foster home and hides food in her room.",
    "Tuesday: {P} not in school, no call from home.",
    "{P}'s attendance has fallen to 71 per cent this term.",
    "{P}, who is eleven, has been going missing overnight.",
    "Concerns about {P} (see chronology, entry 14) were not passed on.",
]
BLIND_ORDINARY = {
    "hope": [
        "Hope of a return home faded after the third missed contact.",
        "Hope, the mother said, was what kept her going through the proceedings.",
        "The review ended on a note of cautious hope.",
        "Staff had little hope that the referral would be accepted.",
    ],
    "grace": [
        "The landlord allowed a grace period of two weeks before serving notice.",
        "She took the feedback with good grace and agreed to the referral.",
        '"Only by the grace of God was nobody hurt," the neighbour said.',
    ],
    "mark": [
        "Mark any new injury on the body map and tell the safeguarding lead.",
        "A linear mark across the buttocks was consistent with a belt.",
        "Marks on both wrists were photographed by the paediatrician.",
        "The case reached the six-month mark without a single core group.",
    ],
    "rose": [
        "Referrals from the school rose after the new designated lead was appointed.",
        "The baby's temperature rose to 39.2 overnight.",
        "The mother's view of the partner was rose-tinted, the worker felt.",
        "Rose bushes planted by the grandfather lined the front path.",
    ],
    "may": [
        "By May the arrears had reached two thousand pounds.",
        "May half-term was spent in temporary accommodation.",
        "The conference in May agreed a plan under the category of emotional harm.",
        "The mother may not understand letters written in English.",
        "From early May the child stopped attending nursery.",
    ],
    "will": [
        "Will this plan keep the child safe? The chair put the question to each agency.",
        "The child was taken against her will to the father's address.",
        "There was no will among the agencies to share the health records.",
    ],
    "william": [
        "Will this plan keep the child safe? The chair put the question to each agency.",
        "The child was taken against her will to the father's address.",
        "Bills for gas and electricity had gone unpaid since March.",
        "The water bill was in the partner's name.",
    ],
    "bill": [
        "Bills for gas and electricity had gone unpaid since March.",
        "The water bill was in the partner's name.",
        "The council planned to bill the family for the damage to the flat.",
        "A hospital bill from abroad was shown to the worker.",
    ],
    "amber": [
        "Amber on the risk matrix meant a review within four weeks.",
        "The traffic-light tool placed the family at amber.",
        "An amber flag was added to the child's health record.",
    ],
    "sky": [
        "The child drew a house with a black sky and no windows.",
        "Sky-high rent left little money for food.",
        "Under a grey sky the family waited outside the housing office.",
        "The bedroom had been painted sky blue before the baby was born.",
    ],
    "faith": [
        "Faith in professionals had been lost after the first removal.",
        "The family's faith community provided meals after the birth.",
        "Faith-based support was offered through the local church.",
    ],
    "holly": [
        "A holly hedge separated the garden from the road.",
        "Holly and tinsel decorated the hallway at the December visit.",
        "The child had scratched her legs on a holly bush.",
    ],
    "ruby": [
        "Ruby wedding celebrations at the grandparents' house ended in a row.",
        "A ruby pendant had gone missing from the foster home.",
        "The baby's cheeks were ruby red from the cold.",
    ],
    "daisy": [
        "Daisy-print pyjamas were the only clean clothes in the drawer.",
        "The child picked a daisy for the worker at the end of the visit.",
        "The toddlers at the nursery are in the daisy group on Tuesdays.",
    ],
    "summer": [
        "Summer 2021 saw three police call-outs to the address.",
        "Over the summer the mother stopped taking her medication.",
        "By late summer the baby had dropped two centile lines.",
        "The summer fair at school was the last time the father was seen.",
    ],
    "joy": [
        "Joy at the birth soon gave way to exhaustion, the mother said.",
        "There was little joy in the home, the guardian concluded.",
        "Joyriding offences were on the partner's record.",
        "The child's joy at seeing her brother was obvious to the contact supervisor.",
    ],
    "dawn": [
        "Dawn had not yet broken when the taxi collected the family for the refuge.",
        "Before dawn the mother left the children alone to go to work.",
        "From dusk to dawn the baby was left with a 14-year-old.",
    ],
    "ivy": [
        "Ivy berries are poisonous, and the toddler was seen eating them.",
        "The garden was overgrown with ivy and brambles.",
        "The cottage's ivy-covered walls hid the damp inside.",
    ],
    "jack": [
        "Police said the older boys on the estate would jack cars for a dealer.",
        "The car jack had been used as a weapon, officers believed.",
        "A car jack was propped against the cot in the back bedroom.",
    ],
    "robert": [
        "The boys had planned to rob a corner shop, the youth worker heard.",
        "He was charged after trying to rob a pensioner at a cash machine.",
        "Older youths would rob younger children of their phones on the way home.",
    ],
    "frank": [
        "Frank about her own childhood, the mother described years of neglect.",
        "In a frank exchange the GP told the father his drinking was harming the baby.",
        "Frankly, the plan had not been followed by anyone.",
        "The social worker was frank with the family about the risk of proceedings.",
    ],
    "miles": [
        "The mother walked four miles with the pram to reach the food bank.",
        "Contact meant a round trip of sixty miles each week for the grandmother.",
        "Miles of unlit lane separated the farmhouse from the nearest bus stop.",
    ],
    "dean": [
        "The assistant dean for student welfare made the referral.",
        "The dean of the cathedral offered the family a room for the night.",
        "A letter from the dean confirmed the student had withdrawn from the course.",
    ],
    "marsh": [
        "Marsh ground behind the caravan site flooded every winter.",
        "The caravan was parked beside the marsh, well away from neighbours.",
        "The boys were found playing near the tidal marsh after dark.",
    ],
    "hill": [
        "The flat is at the top of a steep hill, hard to reach with a pram.",
        "Up the hill from the school is the hostel where the father lives.",
        "Hill farms in the area offer seasonal work, and the father took it each autumn.",
    ],
    "wood": [
        "Offcuts of wood had been nailed over the broken window.",
        "The teenager was found drinking with older men in the wood by the canal.",
        "A length of wood with a nail in it was recovered from the stairs.",
        "Wood smoke from an open fire filled the living room.",
    ],
    "stone": [
        "The bath water was stone cold, the child said.",
        "The teenager had lost almost a stone in a month.",
        "The mother was admitted with a kidney stone, and the children stayed next door.",
        "Stone walls made the cottage impossible to heat.",
    ],
    "bell": [
        "Nobody answered the bell, so a card was left.",
        "The bell at the refuge door was answered by a resident.",
        "The home-time bell had gone before anyone came to collect the child.",
    ],
    "brown": [
        "Brown envelopes from the court were left unopened on the mat.",
        "The bruise had faded to a yellowish brown by Friday.",
        "The water from the kitchen tap ran brown for several seconds.",
    ],
    "green": [
        "The worker was relatively green, in her first year after qualifying.",
        "Green space near the flat was used by people dealing drugs.",
        "The light on the baby monitor stayed green all night.",
        "The panel gave the green light to a parenting assessment.",
    ],
    "lamb": [
        "A lamb's-wool blanket was in the cot, and the health visitor advised removing it.",
        "The family kept a pet lamb on the smallholding.",
        "Lamb was the only meat the child would eat, the foster carer said.",
    ],
    "fox": [
        "A fox had torn open the rubbish bags in the front garden.",
        "The child was scared of the fox that came into the yard at night.",
        "Fox hunting was the father's excuse for keeping the shotgun.",
    ],
    "banks": [
        "The boys were seen on the canal banks late at night.",
        "Banks and building societies were asked to flag the account.",
        "The mother collected clothes from the clothing banks in the supermarket car park.",
        "The flood banks behind the estate are a known gathering place for teenagers.",
    ],
}
BLIND_UNLISTED = [
    "The mother's ex-partner, {U}, had convictions for violence against a previous partner.",
    "{U} and the mother were seen arguing in the street by a passer-by.",
    "A lodger called {U} had moved in without the landlord's knowledge.",
    "The boy had been staying with {U} in {T} for several nights.",
    "Dr {U}, the consultant paediatrician, gave evidence at the hearing.",
    "Mrs {U} from the tenants' association reported the smell from the flat.",
    "The family were rehoused in {T} after the fire.",
    '"{U} comes round when mum is out," the child told the teacher.',
    "The child named {U} as the person who hurt her.",
    "Checks were made on {U}, the new partner, through the Police National Computer.",
]

# Final: a fifth family, written like the blind one without reading the rules, their word
# lists, the README's miss categories or any benchmark output, and committed before its first
# run. New wording throughout, in the styles of chronology entries, minutes and review
# reports: names after a time stamp, a dash or a bullet label, in attendee lists, after "and"
# and "or", in quoted speech and brackets, before a comma, and followed by -s and past verbs,
# modals, "to" + verb, -ing forms, bare adjectives, was/is/has/had, a possessive or nothing
# but a full stop. Ordinary uses include months with and without numbers, inflections
# ("Marked", "Billing", "Robbery", "Lambing"), idioms ("miles apart", "pride and joy"),
# upper case ("AMBER") and form labels ("Faith:"); documents draw them per word as the blind
# set does (`_ordinary_for`).
FINAL_PERSON_SENTENCES = [
    "09:40 {P} arrived at the contact centre with the maternal grandmother.",
    "- {P} observed playing alone by the window, not approaching the other children.",
    "Thursday 08:50 - {P} dropped off late again, no breakfast.",
    "Attendees: designated safeguarding lead, school nurse, {P}, police (by phone).",
    "{P} and the grandmother were spoken to separately, at their own request.",
    "Either the aunt or {P} is to collect from after-school club each day.",
    "The childminder and {P} share the school run on Mondays and Thursdays.",
    '"Please don\'t tell {P} I said anything," the boy asked the teacher.',
    '"{P} pushed me into the radiator," the child told the lunchtime supervisor.',
    "Seen at home (with {P} present in the room), the child said very little.",
    "{P}, when asked about the bruise, shrugged and changed the subject.",
    "{P} tends to minimise the violence when challenged.",
    "{P} keeps a record of every missed contact and brought it to the meeting.",
    "{P} reported the loss of the tenancy to the housing officer in person.",
    "{P} left the baby unattended in the bath to answer the door.",
    "{P} might benefit from a referral to the young carers' service.",
    "{P} can be contacted through the key worker at the refuge.",
    "{P} ought to have been invited to the strategy discussion, the review found.",
    "{P} to be offered a family group conference before the next review.",
    "{P} to attend the dental hospital for extractions on the rearranged date.",
    "{P} sleeping on a bare mattress on the floor; no bedding seen.",
    "{P} being looked after by a series of friends and neighbours during the week.",
    "{P} unkempt, in clothes too small, and smelling strongly of urine.",
    "{P} quiet and watchful throughout; little eye contact.",
    "{P} was placed on a child protection plan for the second time in three years.",
    "{P} is registered with a dentist but has never attended.",
    "{P} has an older half-brother who is looked after by another authority.",
    "{P} had been given the partner's methadone, the toxicology report showed.",
    "{P} was said to be frightened of going home.",
    "{P} is adamant that nobody else lives at the flat.",
    "Child seen alone in the bedroom: {P}.",
    "{P}'s school bag contained a kitchen knife, which the head teacher confiscated.",
    "Referral received at 11:15 from the midwife regarding {P}.",
    "Has {P} been seen by a paediatrician? The records do not say.",
    "The review asks why {P} was never spoken to on their own.",
]
FINAL_ORDINARY = {
    "hope": [
        "10:20 Call to the mother: no hope now of keeping the tenancy, she says.",
        "Hope: that the children are home by Easter (mother's own words).",
        "Hopeful signs were noted at the last two home visits.",
        "The grandmother clings to the hope that the father might change.",
        "- Hope for lasting change rests on the mother finishing the programme.",
    ],
    "grace": [
        "Grace-and-favour housing on the estate ended when the farm was sold.",
        "The health visitor noted the mother's grace under considerable pressure.",
        "A further fortnight's grace before the possession hearing was negotiated.",
        '"Grace before dinner is a house rule," the foster carer explained.',
    ],
    "mark": [
        "Marked improvement in attendance (from 62 to 88 per cent) this half-term.",
        "Body map: circular mark, 1cm, left forearm, possibly a cigarette burn.",
        "Nobody could say when the mark had first appeared.",
        '"Mark my words, I\'ll get them back," the father shouted at the worker.',
        "Teachers were asked to mark the register again after lunch.",
    ],
    "rose": [
        "The mother's blood pressure rose sharply in the third trimester.",
        "The child rose at five most mornings to get the younger ones ready.",
        "Rose-pink swelling was seen behind both ears.",
        "Rent arrears rose to £1,900 after the benefit sanction.",
        "A single rose had been left on the doorstep by the ex-partner.",
    ],
    "may": [
        "On 14 May the GP referred the baby to the paediatric clinic.",
        "Core group minutes (May 2023) record no update from health.",
        "The mother may have been under the influence when she collected the child.",
        "May and June were the months with most police call-outs to the flat.",
        "- Strategy meeting held 2nd May; threshold for a section 47 enquiry met.",
        "Between April and May the child lost 400g.",
    ],
    "will": [
        "A will was found among the father's papers after his death.",
        "The child has a strong will and refuses to eat in front of staff.",
        "Staff will ring the mother on the morning of each appointment.",
        "Who will tell the school about the move was left unresolved.",
    ],
    "william": [
        "A will was found among the father's papers after his death.",
        "Staff will ring the mother on the morning of each appointment.",
        "The phone bill ran to several hundred pounds in premium-rate calls.",
        "Billing errors by the energy supplier added to the arrears.",
    ],
    "bill": [
        "The phone bill ran to several hundred pounds in premium-rate calls.",
        "Billing errors by the energy supplier added to the arrears.",
        "A bill for the broken door was sent to the mother, not the partner.",
        "The council tax bill, unpaid since the autumn, had gone to enforcement agents.",
    ],
    "amber": [
        "Rated AMBER at the front door; passed to the locality team.",
        "The amber rating was not revisited after the partner moved in.",
        "Amber-rated cases are reviewed by a team manager every fortnight.",
    ],
    "sky": [
        "The sky had clouded over by the time the children were found in the park.",
        "A Sky box and two new phones were in the flat, though the rent was unpaid.",
        "The family had been sleeping in the car under a winter sky.",
        "Sky, sea and a boat were all the child would draw in therapy.",
    ],
    "faith": [
        "Faith: Muslim; the family attend the mosque on Fridays.",
        "The mother lost faith in the police after the second call went unanswered.",
        "Agencies placed too much faith in the partner's account, the review found.",
        "The child attends a faith school some distance from home.",
    ],
    "holly": [
        "Scratches on the shins, the mother said, came from the holly in the garden.",
        "Holly berries were found in the toddler's mouth at nursery.",
        "A pot of holly stood by the door of the hostel in December.",
    ],
    "ruby": [
        "Ruby-red lipstick had been used to write on the bedroom wall.",
        "The mother's ruby earrings were pawned to pay the electricity.",
        "A ruby-coloured birthmark on the neck had been recorded at birth.",
    ],
    "daisy": [
        "Daisy Class (reception) reported that the child was often hungry.",
        "The baby's vest had a daisy pattern and was heavily soiled.",
        "The toddler was watching Upsy Daisy on a phone, alone in the flat.",
    ],
    "summer": [
        "Summer 2022: the family placed in bed and breakfast accommodation.",
        "The summer holiday club offered free lunches, which the children attended twice.",
        "As a summer-born child, the boy was among the youngest in his year.",
        "Late in the summer term the school made its first referral.",
    ],
    "joy": [
        "Contact was seen to bring the mother real joy, though the baby was unsettled.",
        "Joy, sadness and anger cards were used in the direct work session.",
        "The grandmother described the baby as her pride and joy.",
    ],
    "dawn": [
        "At dawn on 3 March officers executed a warrant at the address.",
        "It dawned on staff that the child had not eaten all weekend.",
        "Dawn feeds were left to the 13-year-old sister.",
        "The child was found on the seafront at dawn, barefoot.",
    ],
    "ivy": [
        "Ivy leaves had blocked the only working window in the bedroom.",
        "The ivy on the rear fence had been used to climb into the garden.",
        "Behind the ivy-clad garages the older boys gathered to smoke cannabis.",
    ],
    "jack": [
        "The partner used a jack handle to smash the windscreen.",
        "A self-described jack of all trades, the partner worked cash in hand.",
        "A Union Jack hung across the bedroom window in place of a curtain.",
    ],
    "robert": [
        "Robbery charges against the older brother were dropped in June.",
        "A plan to rob the off-licence was discussed in the group chat, police said.",
        "He admitted robbing the gas meter to buy food.",
    ],
    "frank": [
        "The grandmother gave a frank account of the family's history of violence.",
        "To be frank, nobody owned the plan, the reviewer concluded.",
        "Frank disclosure of her own drug use was seen as a strength in the assessment.",
    ],
    "miles": [
        "The placement was 140 miles from home, which made contact difficult.",
        "The parents' accounts of the injury were miles apart.",
        "- Distance to school: 3.5 miles each way, no transport provided.",
    ],
    "dean": [
        "The Dean's office at the university passed on the student's concerns.",
        "The rural dean arranged for the vicarage to house the family for a week.",
        "The faculty dean chaired the fitness-to-practise panel for the student nurse.",
    ],
    "marsh": [
        "The dog was found dead on the marsh, and the child was distraught.",
        "Marshland paths near the estate are unlit and isolated.",
        "The traveller site sits on reclaimed marsh at the edge of the town.",
    ],
    "hill": [
        "The pram ran away down the hill while the mother was on the phone.",
        "Hillside flats on the estate have a long history of drug dealing.",
        "The hostel is over the hill from the school, a forty-minute walk.",
    ],
    "wood": [
        "Woodland behind the school is where the pupils go to vape.",
        "Bits of wood and broken glass littered the stairwell.",
        "The door frame was splintered wood where it had been kicked in.",
    ],
    "stone": [
        "The child had gained half a stone since going into foster care.",
        "Stone-faced, the boy sat through the interview in silence.",
        "The flat is a stone's throw from the pub where the partner drinks.",
    ],
    "bell": [
        "The bell went for lunch and the child was found hiding in the toilets.",
        "A bell on the garden gate was meant to alert the mother if the toddler got out.",
        "The emergency call bell in the mother-and-baby unit was out of order.",
    ],
    "brown": [
        "Brownies on Thursday evenings was the only club the girl attended.",
        "Dried brown liquid was found on the teat of the baby's bottle.",
        "A brown paper bag of cannabis was found under the sofa cushions.",
    ],
    "green": [
        "A green plastic tub under the sink held the partner's needles.",
        "Green: no current concerns (the school's own rating).",
        "The green bin was full of empty cider cans.",
    ],
    "lamb": [
        "Lambing season kept the father away on the farm for weeks at a time.",
        "A toy lamb went with the child into foster care; nothing else was packed.",
        "Gentle as a lamb at school, the boy was said to be violent at home.",
    ],
    "fox": [
        "A dead fox on the road outside the house upset the children.",
        "Foxgloves grew beside the pond, which had no fence.",
        "The child's favourite toy, a fox, was left behind at the father's flat.",
    ],
    "banks": [
        "The river burst its banks, and the family were evacuated to a rest centre.",
        "Two of the boys had to be rescued by the coastguard from the sand banks.",
        "Debts to two banks and a payday lender were listed in the financial assessment.",
    ],
}
FINAL_UNLISTED = [
    "10:05 Call from {U}, who said the children had been left alone overnight.",
    "- Also living at the address: {U} (relationship unclear).",
    "The partner's brother, {U}, collects the children on Fridays.",
    "Dr {U} (GP) prescribed the mother sertraline in the spring.",
    "Mrs {U}, the childminder, had noticed bruising on the legs.",
    "The family had lived in {T} and then in a caravan near the coast.",
    '"It was {U} who gave me the tablets," the girl said.',
    "Intelligence linked the older brother to {U}, a known adult.",
    "Contact with {U} or any of the partner's associates is not to take place.",
    "{U} drove the girl to a hotel in {T}, police believe.",
]

UNLISTED_SENTENCES = [
    "A neighbour, {U}, said the children were often alone.",
    "{U} was staying at the flat at the time.",
    "The mother said that {U} sometimes looked after the baby.",
    "The family moved to {T} in the spring.",
    "A relative in {T} offered to help.",
    "The school was told about {U} by the police.",
]


@dataclass
class Span:
    start: int
    end: int
    kind: str  # "listed", "unlisted", "ordinary"
    detail: str  # form or identifier type (never printed with values)
    word: str = ""


@dataclass
class Document:
    text: str
    spans: list[Span]
    people: list[Person]
    places: list[Place]


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, kind: str | None = None, detail: str = "", word: str = "") -> None:
        if kind:
            self.spans.append(Span(self.length, self.length + len(text), kind, detail, word))
        self.parts.append(text)
        self.length += len(text)

    def sentence(self, template: str, fill: dict[str, tuple[str, str, str]]) -> None:
        """Template with {P}/{U}/{T}; fill maps a key to (text, kind, detail)."""
        rest = template
        while "{" in rest:
            before, after = rest.split("{", 1)
            key, rest = after.split("}", 1)
            text, kind, detail = fill[key]
            if not before and self._at_sentence_start() and text[:1].islower():
                text = text[0].upper() + text[1:]
            self.add(before)
            self.add(text, kind, detail)
        self.add(rest + " ")

    def _at_sentence_start(self) -> bool:
        joined = "".join(self.parts[-2:]).rstrip()
        return not joined or joined[-1] in ".\n"


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def invented_surname(rng: random.Random) -> str:
    return rng.choice(SYLL_A) + rng.choice(SYLL_B)


DOB_FORMS = [
    ("dd/mm/yyyy", lambda d: d.strftime("%d/%m/%Y")),
    ("d/m/yyyy", lambda d: f"{d.day}/{d.month}/{d.year}"),
    ("dd.mm.yy", lambda d: d.strftime("%d.%m.%y")),
    ("d Month yyyy", lambda d: f"{d.day} {d.strftime('%B')} {d.year}"),
    ("dth Month yyyy", lambda d: f"{d.day}{_ordinal(d.day)} {d.strftime('%B')} {d.year}"),
    ("iso", lambda d: d.isoformat()),
    ("Month d, yyyy", lambda d: f"{d.strftime('%B')} {d.day}, {d.year}"),
    ("d-Mon-yy", lambda d: f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"),
]


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _name_forms(
    rng: random.Random, given: str, family: str, adult_title: str | None
) -> list[tuple[str, str]]:
    k = max(2, len(given) // 2)
    forms = [
        ("full name", f"{given} {family}"),
        ("given name", given),
        ("initial and surname", f"{given[0]}. {family}"),
        ("initial no stop", f"{given[0]} {family}"),
        ("possessive", f"{given}'s"),
        ("upper case", f"{given} {family}".upper()),
        ("lower case", f"{given} {family}".lower()),
        ("line break", f"{given}\n{family}"),
        ("hyphenated line break", f"{given[:k]}-\n{given[k:]}"),
        ("surname first", f"{family}, {given}"),
    ]
    if adult_title:
        forms.append(("title and surname", f"{adult_title} {family}"))
    nicks = sorted(v for v in variants_of_given(given) if len(v) > 2)
    if nicks:
        forms.append(("nickname", rng.choice(nicks).capitalize()))
    return forms


SENTENCE_SETS = {
    "development": (PERSON_SENTENCES, ORDINARY, UNLISTED_SENTENCES),
    "held-out": (HELDOUT_PERSON_SENTENCES, HELDOUT_ORDINARY, HELDOUT_UNLISTED),
    "fresh": (FRESH_PERSON_SENTENCES, FRESH_ORDINARY, FRESH_UNLISTED),
    "blind": (BLIND_PERSON_SENTENCES, BLIND_ORDINARY, BLIND_UNLISTED),
    "final": (FINAL_PERSON_SENTENCES, FINAL_ORDINARY, FINAL_UNLISTED),
}
# The numbered sentence families (the sixth onwards, each written blind), each in its own
# module `<name>_set.py` with the lists <NAME>_PERSON_SENTENCES, <NAME>_ORDINARY and
# <NAME>_UNLISTED: a new family is one name here.
NUMBERED_SETS = (
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentyfirst",
    "twentysecond",
    "twentythird",
    "twentyfourth",
    "twentyfifth",
    "twentysixth",
    "twentyseventh",
    "twentyeighth",
    "twentyninth",
    "thirtieth",
    "thirtyfirst",
    "thirtysecond",
    "thirtythird",
    "thirtyfourth",
    "thirtyfifth",
    "thirtysixth",
    "thirtyseventh",
    "thirtyeighth",
    "thirtyninth",
    "fortieth",
    "fortyfirst",
    "fortysecond",
    "fortythird",
    "fortyfourth",
    "fortyfifth",
    "fortysixth",
    "fortyseventh",
    "fortyeighth",
    "fortyninth",
    "fiftieth",
    "fiftyfirst",
    "fiftysecond",
    "fiftythird",
    "fiftyfourth",
    "fiftyfifth",
    "fiftysixth",
    "fiftyseventh",
    "fiftyeighth",
    "fiftyninth",
    "sixtieth",
    "sixtyfirst",
    "sixtysecond",
    "sixtythird",
    "sixtyfourth",
    "sixtyfifth",
    "sixtysixth",
    "sixtyseventh",
    "sixtyeighth",
    "sixtyninth",
    "seventieth",
    "seventyfirst",
    "seventysecond",
    "seventythird",
    "seventyfourth",
    "seventyfifth",
    "seventysixth",
    "seventyseventh",
    "seventyeighth",
    "seventyninth",
    "eightieth",
    "eightyfirst",
    "eightysecond",
    "eightythird",
    "eightyfourth",
    "eightyfifth",
    "eightysixth",
)
for _name in NUMBERED_SETS:
    _module = importlib.import_module(f"{_name}_set")
    _prefix = _name.upper()
    SENTENCE_SETS[_name] = (
        getattr(_module, f"{_prefix}_PERSON_SENTENCES"),
        getattr(_module, f"{_prefix}_ORDINARY"),
        getattr(_module, f"{_prefix}_UNLISTED"),
    )


def _ordinary_for(name: str, word: str, pick: random.Random) -> list[str]:
    """The ordinary sentences one document uses for one word-name of its case.

    The development, held-out and fresh sets use all their sentences. The later sets
    (blind, final, sixth and on) have more per word and draw as many as the fresh set has,
    so a document carries as many ordinary uses as a fresh one and the figures are
    comparable; `pick` is a stream of its own, so the other families' documents are
    unchanged.
    """
    sentences = SENTENCE_SETS[name][1].get(word, [])
    if name in {"development", "held-out", "fresh"}:
        return sentences
    return pick.sample(sentences, min(len(sentences), len(FRESH_ORDINARY.get(word, []))))


def make_document(seed: int, heldout: bool = False, *, sentences: str = "") -> Document:
    """One invented case document from one sentence set (`SENTENCE_SETS`).

    `heldout` is kept for older callers; `sentences` names the set ("development",
    "held-out", "fresh", "blind" or "final") and wins when given.
    """
    rng = random.Random(seed)
    name = sentences or ("held-out" if heldout else "development")
    person_sentences, _, unlisted_sentences = SENTENCE_SETS[name]
    pick = random.Random(f"ordinary-{seed}")
    family = rng.choice(WORD_FAMILY) if rng.random() < 0.4 else invented_surname(rng)
    partner_family = invented_surname(rng)
    girl = rng.random() < 0.5
    child_given = rng.choice(
        (WORD_GIVEN_F if girl else WORD_GIVEN_M)
        if rng.random() < 0.5
        else (PLAIN_GIVEN_F if girl else PLAIN_GIVEN_M)
    )
    mother_given = rng.choice(WORD_GIVEN_F + PLAIN_GIVEN_F)
    partner_given = rng.choice(WORD_GIVEN_M + PLAIN_GIVEN_M)
    sibling_given = rng.choice(WORD_GIVEN_F + WORD_GIVEN_M + PLAIN_GIVEN_F + PLAIN_GIVEN_M)
    hv_given, hv_family = rng.choice(PLAIN_GIVEN_F), invented_surname(rng)
    names = {child_given, mother_given, partner_given, sibling_given, hv_given}
    if len(names) < 5:  # keep each person distinguishable in the ground truth
        sibling_given = "Tamsin" if sibling_given != "Tamsin" else "Oriel"
    dob = date(2012, 1, 1) + timedelta(days=rng.randint(0, 3000))
    nhs = nhs_number(rng)
    street = f"{rng.choice(TREES)} {rng.choice(STREET_SUFFIX)}"
    house = rng.randint(1, 120)
    outward = f"{rng.choice(['EB', 'WM', 'CU', 'LS', 'M'])}{rng.randint(1, 19)}"
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    postcode = f"{outward} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    phone = f"07700 900{rng.randint(100, 999)}"
    email = f"{child_given.lower()}.{family.lower()}{rng.randint(1, 99)}@example.org"
    school = f"{invented_surname(rng)} Primary School"
    nursery_words = (
        rng.choice(["Little", "Tiny", "Busy"]),
        rng.choice(["Acorns", "Steps", "Owls"]),
    )
    nursery = " ".join(nursery_words) + " Nursery"
    surgery = f"{invented_surname(rng)} Surgery"
    people = [
        Person.from_records(
            "child",
            [
                {
                    "given_names": child_given,
                    "family_name": family,
                    "date_of_birth": dob,
                    "nhs_number": nhs,
                    "address": f"{house} {street}",
                    "postcode": postcode,
                    "role": "subject_child",
                }
            ],
        ),
        Person.from_records(
            "mother",
            [
                {
                    "given_names": mother_given,
                    "family_name": family,
                    "role": "mother",
                    "phone": phone,
                    "email": email,
                    "address": f"{house} {street}",
                    "postcode": postcode,
                }
            ],
        ),
        Person.from_records(
            "partner",
            [
                {
                    "given_names": partner_given,
                    "family_name": partner_family,
                    "role": "partner",
                    "relationship": "mother's partner",
                }
            ],
        ),
        Person.from_records(
            "sibling",
            [
                {
                    "given_names": sibling_given,
                    "family_name": family,
                    "role": "sibling",
                    "date_of_birth": dob - timedelta(days=900),
                }
            ],
        ),
        Person.from_records(
            "hv",
            [{"given_names": hv_given, "family_name": hv_family, "role": "health visitor"}],
            practitioner=True,
        ),
    ]
    places = [
        Place("school", school, "school"),
        Place("nursery", nursery, "nursery"),
        Place("gp", surgery, "gp"),
    ]

    b = _Builder()
    persons = [
        (child_given, family, None),
        (mother_given, family, "Ms"),
        (partner_given, partner_family, "Mr"),
        (sibling_given, family, None),
        (hv_given, hv_family, "Ms"),
    ]
    # Listed names in every form.
    for given, fam, title in persons:
        for form, text in _name_forms(rng, given, fam, title):
            b.sentence(rng.choice(person_sentences), {"P": (text, "listed", form)})
    # Numbers, dates, contacts, addresses, places.
    dform, dfun = rng.choice(DOB_FORMS)
    b.sentence(
        "The child was born on {P} at the local hospital.",
        {"P": (dfun(dob), "listed", f"date of birth {dform}")},
    )
    dform, dfun = rng.choice(DOB_FORMS)
    b.sentence(
        "Records give a date of birth of {P}.",
        {"P": (dfun(dob), "listed", f"date of birth {dform}")},
    )
    for text, form in (
        (nhs, "NHS number no spaces"),
        (f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", "NHS number spaced"),
    ):
        b.sentence("The NHS number {P} was recorded.", {"P": (text, "listed", form)})
    for text, form in ((postcode, "postcode"), (postcode.replace(" ", ""), "postcode no space")):
        b.sentence("The family lived at {P} then.", {"P": (text, "listed", form)})
    for text, form in (
        (phone, "phone"),
        (phone.replace(" ", ""), "phone no space"),
        ("+44 " + phone[1:], "phone +44"),
    ):
        b.sentence("The mother could be reached on {P} most days.", {"P": (text, "listed", form)})
    b.sentence("An e-mail was sent to {P} by the school.", {"P": (email, "listed", "e-mail")})
    b.sentence(
        "The visit took place at {P} in the afternoon.",
        {"P": (f"{house} {street}", "listed", "address")},
    )
    b.sentence("The child played outside on {P} with friends.", {"P": (street, "listed", "street")})
    b.sentence("The child attended {P} from September.", {"P": (school, "listed", "school")})
    b.sentence("Staff at {P} raised concerns.", {"P": (school.split()[0], "listed", "school stem")})
    b.sentence(
        "Before that the child went to {P} three days a week.",
        {"P": (nursery, "listed", "nursery")},
    )
    b.sentence(
        "The family were registered with {P} until 2020.", {"P": (surgery, "listed", "GP surgery")}
    )
    # Ordinary uses of words that are names in this case.
    used = {w.lower() for given, fam, _ in persons for w in (given, fam)}
    for word in sorted(used):
        for sentence in _ordinary_for(name, word, pick):
            target = (
                word
                if word not in {"william", "robert"}
                else {"william": "will", "robert": "rob"}[word]
            )
            low = sentence.lower()
            at = low.find(target if target != "will" else "will ")
            if at < 0 and word == "william":
                at = low.find("bill")
                target = "bill"
            if at < 0:
                b.add(sentence + " ")
                continue
            b.add(sentence[:at])
            b.add(
                sentence[at : at + len(target)], "ordinary", word, sentence[at : at + len(target)]
            )
            b.add(sentence[at + len(target) :] + " ")
    # Unlisted people and places.
    for _ in range(rng.randint(2, 4)):
        ug, uf = (
            rng.choice(
                ["Tamsin", "Oriel", "Corwen", "Bryony", "Elowen", "Tobias", "Marcus", "Lowenna"]
            ),
            invented_surname(rng),
        )
        if uf in (family, partner_family, hv_family):
            uf = "Pendarves"
        template = rng.choice(unlisted_sentences)
        town = rng.choice(SYLL_A) + rng.choice(["bury", "moor", "ton", "ham", "by"])
        u_text = rng.choice([f"{ug} {uf}", ug, f"Mr {uf}", uf])
        if "Mrs {U}" in template or "St {U}" in template:
            u_text = rng.choice([ug, uf])
        elif "Dr {U}" in template:
            u_text = uf
        b.sentence(template, {"U": (u_text, "unlisted", "person"), "T": (town, "unlisted", "town")})
    # Filler paragraphs of ordinary case-record prose.
    for _ in range(rng.randint(3, 6)):
        b.add(rng.choice(FILLER) + "\n")
    return Document("".join(b.parts), b.spans, people, places)


FILLER = [
    "The health visitor completed a home visit and weighed the baby. Feeding was discussed.",
    "A strategy discussion was held and a section 47 enquiry was agreed.",
    "The GP saw the mother, who reported low mood and poor sleep. Medication was reviewed.",
    "School attendance fell to 78 per cent over the autumn term.",
    "Police attended a report of shouting at the address. No offences were recorded.",
    "The child protection conference decided on a plan under the category of neglect.",
    "The nursery noted that the child arrived hungry on three occasions in one week.",
    "Housing visited about rent arrears and damp in the bedroom.",
]
