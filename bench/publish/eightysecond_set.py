"""Eighty-second sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1295 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1295; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname of
more than two letters), the capital it gives a lower-case name that opens a template (only when
nothing stands before the placeholder and the text already written, stripped of trailing white
space, is empty or ends in a full stop, so a name after a tab, a pipe, a colon, "Re:" or a line
break inside a template keeps the case it was given), the word-names and the other name lists
(plain given names, street trees and suffixes, the words of nursery names, the syllables of
invented surnames and towns, the first names it gives unlisted people and its fallback surname),
the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the
number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert, so every
"will" here is followed by a space, "miles" and "banks" are written in full, and no "problem",
"probably", "probation", "wardrobe", "birthmark", "belly", "risky", "enjoy", "smiles", "chamber",
"arose", "milestone", "wholly", "chill" or "maybe" stands in any sentence here); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title or role, "Baby", "Sister",
"Midwife", "Ms" and "Mother" included, is put directly before {U} or {P}, though maternity
records often print one, and a role stands only after a comma, in brackets or as a label ending
in a colon); and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder and joins templates with a single space, so no literal brace appears in any sentence
here and the boxes of an alert, a booking form, a birth plan and a discharge checklist are
written into a template as pipes, "\\t" and "\\n". The printed NUMBERED_SETS tuple ends at
"seventyeighth", so this module is not yet named there; adding it is left to whoever runs the
benchmark. The first 45 lines (the headers) of the seventy-second, seventy-third,
seventy-seventh and seventy-eighth families, read with head -45 in one shell loop, and nothing
else of them; none of those modules was imported. The absence of this file was tested with
test -e and the presence of .venv/bin/ruff with test -x, in one command that also made the
scratch directory in /tmp; no directory was listed, git was not run, no README, word list, test
or source module and not the benchmark runner was opened, and the other families being written
at the same time were not looked at. A throwaway checker in /tmp parsed this file alone (with
ast, importing nothing of the project; the name lists it checks against were copied by hand
from the printed corpus.py) for non-ASCII bytes, lines over 100 characters, stray braces and
placeholders, exactly one {P} in each person template, a {U} or {T} in each unlisted one, a
title, role or other capitalised word directly before {P} or {U}, the counts of templates, the
keys and the count of sentences per key, each ordinary span (it repeats the generator's
first-substring rule, "will " and the "bill" fallback included, and prints every span with its
context, so that each could be seen to fall on the intended word), a second match of the word in
the same sentence, and, in every sentence of all three lists, any other word-name as a substring
(so "rob" in "problem", "mark" in "birthmark" and "bell" in "belly" too), plain given name,
unlisted first name, street tree, capitalised street suffix or nursery word, invented surname or
town built from the generator's syllables, and common short forms of the given names. The
generator's nickname function was neither read nor called: short forms were guessed by hand and
kept out as whole words ("jo", "lee", "kay", "meg", "nat", "ant", "con", "cal", "kit", "nan",
"cat" and the like) and inside words ("tally", "cally", "nate", "beth", "chris", "rick", "bert",
"kate", "fran", "toby", "rosie" and the like, so no "antenatally", "medically", "designated",
"Christmas", "brick" or "frantic"); the three-letter forms "ant" and "nat" inside "antenatal" and
"neonatal" were allowed, as the genre cannot do without them. The checker was shown to catch a
deliberately faulty copy of this file (a brace, a missing key, a title before {P}, a long line,
a non-ASCII character, "problem" and "mentally" in sentences), and ruff check and ruff format
were run on this file only.

Styles. Pre-birth and maternity safeguarding records: the unborn baby's referral, the midwife's
booking history and antenatal notes, the specialist safeguarding midwife's log, the pre-birth
assessment and conference, birth plans and alerts on the maternity system, labour ward and
postnatal ward entries, discharge planning meetings, removal at birth and the father's details
recorded or missing. Names stand in alert boxes and booking fields after a label and a colon, in
pipe-separated and tab-separated rows, at the start of a line after "\\n", in attendee and
apology lists, after a time stamp, before a comma and a role, in brackets, in quoted speech, in
questions, as a possessive, and after "Re:" and "->". Ordinary uses follow the wards and clinics:
"frank breech", "green liquor", "stork mark", "call bell", "milk banks", "lambskin", "amber"
ratings, a "clean bill of health", "robbed of the birth", the "deanery", months and modals, and
labels such as "Faith:" and "AMBER:".
"""

EIGHTYSECOND_PERSON_SENTENCES = [
    "Pre-birth referral | Expectant mother: {P} | Gestation 22+4 | Referrer: community midwife",
    "MATERNITY ALERT\nName: {P}\nDo not give information over the phone; bleep safeguarding.",
    "Booking appointment (10+2 weeks): {P} attended alone and declined routine enquiry.",
    "{P}\tG3 P2\tbooked at 19+5\tlate booker, two previous children removed",
    "Father of the baby: {P} (not present at booking; details given by the mother).",
    "Father's details: NOT RECORDED. The mother says {P} is not involved.",
    "Present at the pre-birth conference: chair, safeguarding midwife, {P}, health visitor.",
    "Apologies: GP; {P} (in labour on the day of the meeting).",
    "Birth plan agreed with {P}: baby to stay on the ward for 72 hours pending the hearing.",
    "Is {P} aware that the plan is to apply for an interim care order at birth?",
    "Who told {P} the date of the legal planning meeting? Nobody recorded it.",
    "{P}'s booking bloods were taken at 11 weeks; the hepatitis C screen was positive.",
    "Labour ward 03:15 - {P} arrived by ambulance, contracting 3 in 10, very distressed.",
    "03:40 {P} asked for security to keep the ex-partner off the unit.",
    "Postnatal ward, bay 2: {P} seen feeding the baby, good attachment, responsive to cues.",
    "Night staff report that {P} left the baby alone in the cot to go outside and smoke.",
    "Discharge planning meeting on ward 21. Invited: {P}, the foster carer, the social worker.",
    "Baby removed at birth under an interim care order; {P} told by the social worker at 14:10.",
    "{P} was told of the removal in a side room with the ward manager present.",
    "Safeguarding midwife's log: contact with {P} by phone, no answer, text sent.",
    "{P} - DNA antenatal clinic x3 (28, 31 and 34 weeks). Escalated to the named midwife.",
    "Scan at 20 weeks: {P} brought a friend, who waited in the corridor.",
    "{P} declined the anomaly scan and did not want the sex of the baby recorded.",
    "Surname for birth registration: {P}. Parental responsibility: mother only.",
    "FATHER (as given by the mother) -> {P}; no date of birth, no address, checks not possible.",
    "Is {P} the father? The mother gave two different answers, at booking and at 28 weeks.",
    "Perinatal mental health team: {P} seen on 12/01, low mood, no thoughts of self-harm.",
    "Birth partner on the birth plan: {P}. Not to be on the ward unless staff are present.",
    "Pre-birth assessment, section 3 (histories): {P} grew up in care from the age of nine.",
    "Parenting capacity: {P} could describe safe sleep but not what to do if the baby cried.",
    '"I\'m not having {P} anywhere near my baby," the mother told the midwife at 36 weeks.',
    "The mother asked the ward not to tell {P} which hospital she was in.",
    "Re: {P}, unborn baby, pre-birth conference on 04/02",
    "Name\tRelationship\tAttended\n{P}\tparent\tyes",
    "| {P} | birth partner | consent to share: yes | phone number on file |",
    "Alert on BadgerNet: contact children's social care before discharging {P}.",
    "{P} self-discharged against medical advice at 22:00, leaving the baby on the ward.",
    "Cord bloods and meconium sent for toxicology; {P} consented after seeing the registrar.",
    "Baby on SCBU for observation of withdrawal; {P} visited twice in four days.",
    "NAS scoring started. {P} was asked to stay on the unit to help with the feeds.",
    "Booking history (midwife): {P}, 19, first pregnancy, living with the partner's parents.",
    "Attendees at the discharge planning meeting - {P}, the ward sister, the IDVA.",
    "{P}, the maternal grandmother, has offered to be assessed as a kinship carer.",
    "Contingency plan if {P} leaves the ward with the baby: call 999 and the duty team.",
    "12:05 Telephone call from {P} asking whether the baby had been born yet.",
    "Postnatal discharge checklist\nName: {P}\nSafe sleep discussed: Y\nCar seat seen: N",
    "Day 2, 09:30: {P} tearful; says the social worker is 'taking the baby'.",
    "Unable to confirm the identity of {P}; no photo ID was produced at booking.",
    "Interpreter (Romanian) used throughout; {P} understood and signed the birth plan.",
    "Baby's NHS number issued; mother's name entered as {P} on the birth notification.",
    "Father on the birth certificate: {P}. Not known to the pre-birth assessment.",
    "Discharge summary copied to the GP, the health visitor and {P}.",
    "The labour ward coordinator bleeped the safeguarding team when {P} arrived on the unit.",
    "Handover (SBAR) - S: {P} on the ward, baby subject to a pre-birth plan; B: removals.",
    "{P} disputes paternity and has asked for a DNA test before the baby is registered.",
    "Which ward is {P} on? Switchboard could not say.",
]

EIGHTYSECOND_ORDINARY = {
    "hope": [
        "Hope, the mother said, was what got her through the long labour.",
        "The midwife hoped the partner would not turn up at the hospital.",
        "Staff held out little hope that the mother would engage with the pre-birth plan.",
        "Hopes for a home birth were set aside after the 28-week scan.",
        "The birth preferences form asks: What are your hopes for the birth?",
        "The grandmother was hopeful of being assessed as a carer for the baby.",
        "In the hope of keeping the baby, the mother moved into a refuge at 30 weeks.",
    ],
    "grace": [
        "The mother accepted the decision with more grace than staff had expected.",
        "The housing office allowed a month's grace on the rent while the mother was on the ward.",
        "Grace before meals was said at the mother and baby unit, the mother reported.",
        "Saying grace was part of the routine at the parent and baby placement.",
        "The ward's saving grace was a quiet side room for families facing removal.",
        "By the grace of God nobody was hurt when the cot collapsed.",
    ],
    "mark": [
        "A stork mark on the back of the neck was recorded at the newborn examination.",
        "Marks on the baby's upper arms were photographed and a skeletal survey requested.",
        "Soft markers on the anomaly scan were explained to the mother with an interpreter.",
        "Mark the alert as urgent, the safeguarding midwife wrote on the handover sheet.",
        "Stretch marks were the mother's explanation for the scratches on her abdomen.",
        "The pregnancy reached the 24-week mark before anyone asked about the father.",
        "Marked weight loss (11 per cent by day 5) led to readmission.",
    ],
    "rose": [
        "Her blood pressure rose to 160/105 and she was moved to the labour ward.",
        "Rose-tinted accounts of the partner were challenged at the conference.",
        "A single rose was left at the ward desk with a card signed by the ex-partner.",
        "The baby's bilirubin level rose overnight and phototherapy was started.",
        "Rosehip tea was the only herbal remedy the mother admitted to.",
        "Concern rose sharply when the mother stopped answering calls at 38 weeks.",
    ],
    "may": [
        "May is the month the last baby was removed, the mother told the midwife.",
        "The baby may need a period on the neonatal unit for withdrawal.",
        "In May the pre-birth assessment was completed, six weeks before the due date.",
        "The mother may decline the scan, but the reasons should be recorded.",
        "Booking took place on 2 May at 9+6 weeks.",
        "It may be that the father does not know about the pregnancy at all.",
        "May half-term was when the mother first told the school she was pregnant.",
    ],
    "will": [
        "The midwife will visit on day 1, day 5 and day 10 after discharge.",
        "Will the baby go home with the mother? The conference could not yet say.",
        "The mother said she was taken to the clinic against her will and left after an hour.",
        "There was ill will between the two grandmothers from the first visit.",
        "A copy of the birth plan will be kept in the hand-held notes.",
        "Free will and coercive control were discussed at supervision.",
        "Staff will bleep the safeguarding midwife if the father arrives.",
    ],
    "william": [
        "The community midwife will complete the safe sleep checklist before discharge.",
        "Will the hospital share the notes? Consent was refused by the mother.",
        "Overseas visitors are billed for maternity care, so the mother avoided booking.",
        "A bill for the delivery arrived at the hostel, and the mother stopped going to clinic.",
        "The baby was given a clean bill of health at the newborn examination.",
        "The father made his will known: he wanted no part in the pre-birth assessment.",
    ],
    "bill": [
        "The baby was given a clean bill of health at the six-week check.",
        "Bills for the flat had been in the partner's name since the booking appointment.",
        "The trust billed the mother as an overseas visitor and she stopped attending.",
        "An unpaid gas bill meant the flat was cold when the baby came home.",
        "Billing for maternity care was paused after the safeguarding midwife intervened.",
        "A phone bill in the father's name was the only proof of his address.",
        "The electricity bill was paid by the grandmother so the baby could be discharged.",
    ],
    "amber": [
        "The pre-birth referral was rated amber by the front door.",
        "Amber on the maternity dashboard meant a named midwife review within seven days.",
        "AMBER: history of domestic abuse, partner on bail, no contact conditions.",
        "An amber flag on the baby's record asked staff to check who was collecting him.",
        "An amber teething necklace was removed from the baby on safety advice.",
        "The case was moved from amber to red after the partner's arrest.",
    ],
    "sky": [
        "The baby's room had a skylight that would not close properly.",
        "Sky TV had been cut off, and the mother said she could not afford formula.",
        "The midwife arrived under a grey sky to find the curtains still drawn at 11:00.",
        "Sky-high rent in the private flat left almost nothing for the baby.",
        "The baby's room in the foster home was painted sky blue.",
        "The sky was still dark when the mother walked out of the ward.",
    ],
    "faith": [
        "Faith: Pentecostal. The family asked for their pastor to visit on the ward.",
        "Religion or faith (booking form): none recorded.",
        "The mother had lost faith in midwives after her first baby was removed.",
        "A faith leader from the mosque attended the discharge planning meeting.",
        "The health visitor acted in good faith when she shared the information.",
        "Faith-based groups provided a cot, a pram and bedding for the baby.",
    ],
    "holly": [
        "Holly and tinsel decorated the postnatal ward on the night the baby was born.",
        "A holly wreath hung on the door of the flat at the new-birth visit.",
        "The midwife was scratched by a holly bush on the path to the caravan.",
        "Hollyhocks lined the front garden of the kinship carer's cottage.",
        "Holly berries were found in the toddler's mouth while the mother was in labour.",
        "A sprig of holly had been tucked into the baby's memory box.",
    ],
    "ruby": [
        "The mother's ruby ring was pawned to pay for the taxi to the hospital.",
        "Ruby-red cheeks were noted and the baby's temperature was checked.",
        "The grandparents' ruby wedding party was where the pregnancy was announced.",
        "The lochia was ruby red on day 2, as expected.",
        "A bottle of ruby port was open on the kitchen table at the new-birth visit.",
        "The newborn's skin was ruby pink and the Apgar score at five minutes was 9.",
    ],
    "daisy": [
        "Daisy Ward is the postnatal ward on the second floor of the maternity unit.",
        "The baby's sleepsuit had a daisy print and was soaked through.",
        "Fresh as a daisy, the mother said, though she had not slept in two days.",
        "The sibling made a daisy chain for the new baby at the contact centre.",
        "Daisy-shaped stickers on the cot card showed that the baby had a safeguarding alert.",
        '"Oops-a-daisy," the grandmother said as the baby slipped in the bath.',
    ],
    "summer": [
        "Summer 2025: the mother moved between sofas while pregnant with her third child.",
        "The baby was due in late summer, which left little time for the pre-birth assessment.",
        "Over the summer the mother missed four antenatal appointments.",
        "Summertime heat on the postnatal ward made the baby fractious, the notes say.",
        "The summer holidays meant the older children were home when labour started.",
        "Summer is when the ward is short of midwives, the coordinator wrote.",
    ],
    "joy": [
        "Joy at the birth turned quickly to fear when the social worker arrived.",
        "The grandmother called the baby her pride and joy.",
        "There was little joy on the ward that morning, the midwife wrote.",
        "Joyful photographs of the scan were posted online by the father.",
        "The mother showed real joy when the baby fed for the first time.",
        "The midwife saw no joy in the mother's handling of the baby.",
    ],
    "dawn": [
        "Dawn was breaking when the mother was transferred to the labour ward.",
        "Before dawn the father arrived at the ward and was refused entry.",
        "It dawned on the midwife that nobody had seen the baby feed since midnight.",
        "The baby was born at dawn after a 19-hour labour.",
        "From dusk till dawn the mother sat in the car outside the hospital.",
        "At dawn on day 3 the baby was taken to the foster carer's home.",
    ],
    "ivy": [
        "Ivy had grown across the window of the baby's room, leaving it damp and dark.",
        "The caravan was hidden behind ivy at the edge of the field.",
        "Ivy-covered walls made the mother and baby unit look like a cottage, she said.",
        "The toddler was found eating ivy berries while the mother was in hospital.",
        "Poison ivy was blamed by the mother for the rash on the toddler's legs.",
        "Ivy leaves had blocked the gutter, and rainwater came through the ceiling above the cot.",
    ],
    "jack": [
        "A car jack lay on the floor beside the crib at the new-birth visit.",
        "The father was a jack of all trades, working cash in hand on building sites.",
        "A Union Jack was pinned across the window in place of a curtain.",
        "Jack-knifed lorries closed the road and the ambulance took an hour to reach the unit.",
        "The partner's car had been hijacked, he told the midwife, which was why he was late.",
        "A jackpot win on a scratch card paid for the pram.",
    ],
    "robert": [
        "The mother felt robbed of the birth she had planned.",
        "The partner was on licence for robbery when the pregnancy was confirmed.",
        "He admitted robbing the meter in the flat to buy a cot.",
        "Robbery charges against the father were due in court the week the baby was born.",
        "The grandmother said the removal had robbed her of her first grandchild.",
        "Two men tried to rob the mother of her phone outside the antenatal clinic.",
    ],
    "frank": [
        "Frank breech presentation was confirmed on the 36-week scan.",
        "The midwife was frank with the mother about the plan to remove the baby at birth.",
        "Frank blood loss at 31 weeks led to admission to the antenatal ward.",
        "In a frank conversation the father admitted using cocaine daily.",
        "Frankly, no agency had asked who the father was until 34 weeks.",
        "The father gave a frank account of his convictions at the pre-birth assessment.",
    ],
    "miles": [
        "The maternity unit is twelve miles from the flat, and the mother has no car.",
        "Miles from any family, the mother gave birth alone.",
        "The parent and baby placement was sixty miles away in another county.",
        "The parents' accounts of the fall were miles apart.",
        "She walked two miles in labour to reach the bus stop.",
        "Contact meant a round trip of ninety miles for the father each week.",
    ],
    "dean": [
        "The postgraduate dean was told that a trainee had missed the safeguarding alert.",
        "The deanery moved the registrar to another trust before the review spoke to him.",
        "The Dean of Midwifery ended the student midwife's placement after the incident.",
        "The rural dean arranged a blessing for the baby on the neonatal unit.",
        "Deanery teaching on pre-birth planning was offered to the junior doctors.",
        "The dean of the nursing school asked for the student's account of the shift.",
    ],
    "marsh": [
        "The caravan stood at the edge of the marsh, far from the nearest bus stop.",
        "Marsh gas was blamed for the smell in the flat, though the landlord found a leak.",
        "Marshmallows and crisps were all the mother had eaten in two days, the midwife noted.",
        "The salt marsh path was flooded, so the community midwife could not reach the house.",
        "The father was found sleeping rough on the marshes near the estuary.",
        "Marshland behind the traveller site flooded in the week the baby was due.",
    ],
    "hill": [
        "The flat is at the top of a steep hill, hard to climb with a pram after a caesarean.",
        "The hospital sits on a hill, and the mother could not afford the bus fare.",
        "Hill farms nearby offered the father seasonal work during the pregnancy.",
        "The baby's weight gain was an uphill struggle for the first fortnight.",
        "Over the hill from the unit is the hostel where the father is staying.",
        "Hills around the town cut off the phone signal at the farmhouse, delaying the 999 call.",
    ],
    "wood": [
        "Woodland behind the caravan was where the mother said she went to be alone.",
        "The wooden cot had a broken slat, and the health visitor advised a new mattress.",
        "A wood burner with no fireguard was the only heating in the cottage.",
        "Offcuts of wood were nailed over the broken window of the bedroom.",
        "Wood smoke filled the kitchen where the baby's bottles were made up.",
        "Wooden floors in the hostel made every footstep echo, and the baby would not settle.",
    ],
    "stone": [
        "The mother had put on three stone in the pregnancy.",
        "Gallstones kept the mother in hospital for four days after the birth.",
        "A stone was thrown at the window of the mother and baby unit.",
        "The bath water was stone cold when the midwife tested it.",
        "Stone steps to the flat were a fall risk when carrying the baby.",
        "The partner sat stone-faced while the plan was read out.",
    ],
    "bell": [
        "The call bell was out of reach when the mother needed help after the caesarean.",
        "Nobody answered the bell at the flat, so a card was left for the mother.",
        "Alarm bells should have rung when the mother booked at 34 weeks.",
        "A bell on the ward door alerts staff when anyone leaves with a baby.",
        "Bell ringing from the church next door woke the baby every hour on Sunday.",
        "The door bell had been taped over, and the mother said it was to stop the ex-partner.",
    ],
    "brown": [
        "Brown liquor was seen at the rupture of membranes and the baby was monitored.",
        "A brown envelope from the family court lay unopened on the mat.",
        "The bruise on the baby's thigh had faded to brown by the time it was seen.",
        "Brownish discharge was reported at 16 weeks and a scan was arranged.",
        "A brown paper parcel for the baby was left at the ward desk with no name on it.",
        "The mother's hair, dyed brown, made her hard to recognise on the CCTV.",
    ],
    "green": [
        "Green liquor (meconium-stained) was reported at 05:40.",
        "The green hand-held notes went missing when the mother moved.",
        "Green on the RAG rating meant no further action from the maternity team.",
        "The green light was given for the baby to go home with the grandmother.",
        "Greenish vomit in the baby was escalated to the paediatric registrar.",
        "A green bin bag held everything the mother took to the refuge.",
    ],
    "lamb": [
        "Lamb's liver is on the list of foods to avoid, and the mother had eaten it daily.",
        "A lambskin fleece was in the cot, and the midwife advised removing it.",
        "Lambing season kept the father on the farm when the mother went into labour.",
        "The baby wore a lambswool hat knitted by the grandmother.",
        "Quiet as a lamb, the baby slept through the whole of the core group.",
        "The mother likened herself to a lamb to the slaughter at the court hearing.",
    ],
    "fox": [
        "A fox got into the shared garden and frightened the toddler.",
        "Foxgloves grew by the door of the caravan, within reach of the toddler.",
        "The baby's sleepsuit had a fox on the front.",
        "Outfoxed by the father's many addresses, the police could not serve the notice.",
        "Fox cubs under the shed worried the mother when the pram was left outside.",
        "The mother said she was as sly as a fox when it came to hiding her pregnancy.",
    ],
    "banks": [
        "Baby banks supplied a cot, clothes and a steriliser before discharge.",
        "Donor milk banks were contacted when the mother could not express.",
        "Food banks were the family's main source of food during the third trimester.",
        "The canal banks were where the father was said to sleep during the pregnancy.",
        "Banks refused the mother an account without proof of address.",
        "Blood banks were asked for cross-matched units before the caesarean.",
    ],
}

EIGHTYSECOND_UNLISTED = [
    "Father named at booking as {U}; no checks possible without a date of birth.",
    "Dr {U}, consultant obstetrician, reviewed the plan at the 36-week appointment.",
    "Transferred in labour from the birth centre at {T} to the consultant unit.",
    "The mother had booked in {T} and moved before 20 weeks, so the notes came late.",
    "Visitor on the postnatal ward: {U}, said to be an uncle. Not on the approved list.",
    "Mrs {U}, the landlady, told the midwife that the partner had moved back in.",
    "| {U} | lodger | not assessed | lives at the address |",
    "Previous child removed in {T} in 2021; records requested from that authority.",
    '"{U} is the dad, but he doesn\'t know yet," the mother said at the scan.',
    "Handover: a man calling himself {U} rang the ward twice asking for the mother.",
    "Birth partner changed on the day to {U}, a friend from the hostel in {T}.",
    "Named midwife on the out-of-area booking: {U} ({T} community team).",
    "Kinship option: the paternal aunt, {U}, lives in {T} and has a spare room.",
    "Police checks on {U}, the mother's new partner, returned a conviction for assault.",
    "The baby was placed with foster carers in {T} on the day of discharge.",
    "Who is {U}? The name appears on the birth plan but in no other record.",
]
