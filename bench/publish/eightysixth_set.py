"""Eighty-sixth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1299 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line
beginning with "[", the heading of [tool.ruff.lint], for the line length, 100, as the mkdir of the
scratch directory in /tmp and as an ls of the single path .venv/bin/ruff, which named that one file
and listed no directory; then printed with sed -n in four ranges that do not overlap, lines 1-400,
401-800, 801-1200 and 1201-1299; it was not imported), for the format: the {P}, {U} and {T}
placeholders (a person template is filled with {P} alone, an unlisted one with {U} and {T}), the
name forms the generator fills in (full name, given name, an initial with and without a stop, a
possessive, upper and lower case, a line break between the parts of the name or a hyphenated
break inside the given name, surname first, a title and surname for adults, where the generator
itself adds "Ms" or "Mr", and a nickname of more than two letters taken from variants_of_given),
the capital it gives a lower-case name that opens a template (only when nothing stands before the
placeholder and the text already written, stripped of trailing white space and line breaks, is
empty or ends in a full stop, so a name after a tab, a pipe, a label with a colon, a bracket, a
quote mark or a line break inside a template keeps the case it was given), the word-names and the
other name lists (plain given names, street trees and suffixes, the words of nursery names, the
syllables of invented surnames and towns, the first names it gives unlisted people and its
fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will", "william", "bill" and
"robert" among them) and the number of its sentences per key, which `_ordinary_for` draws from
the later sets, and the way it marks an ordinary span (the first case-insensitive substring match
of the word, "will " with its trailing space, "bill" for William when there is no "will ", and
"rob" for Robert, so every "will" here has a space after it, no William sentence has both "will "
and "bill", "miles" and "banks" are written in full, and no "prosecution", "prosecutor",
"robust", "probation", "problem", "probably", "wardrobe", "arose", "risky", "chamber", "smiles",
"milestone", "enjoy", "jacket", "remark", "market", "chill", "belly", "wholly", "marshal",
"maybe", "willing", "liberty", "designated", "Christmas", "March" or adverb ending in "-ally"
stands in any sentence here, though custody and charging papers are full of "prosecution",
"robust", "initially" and "verbally": the Crown is "the CPS" and its lawyer "the charging
lawyer"); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare
name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title,
rank or role, "DC", "PC", "Sgt", "Insp", "DS" and "Cllr" included, is put directly before {U} or
{P}, though a custody record prints a rank before every officer: a field label with a colon, a
pipe, a tab or "by" stands there instead, and a role comes after the name and a comma), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the columns
of a custody record, a cell observation sheet, an MG3 and a bail form are written into a template
as pipes, "\\t" and "\\n". The printed corpus.py names the numbered families up to
"eightysecond" in NUMBERED_SETS, so this module is not yet loaded by it; corpus.py was left as it
is. The first 45 lines (the headers) of the seventy-fifth, seventy-eighth, seventy-ninth and
eighty-first families, read with head -45 in one shell loop, and nothing else of them; none of
those modules was imported. Those headers give corpus.py as 1291 and 1295 lines long, and the
copy read here has 1299; only the copy read here was relied on. The absence of this file was
tested with test -e and the presence of .venv/bin/ruff with test -x, in one command; no directory
of the project was listed, git was not run, no README, word list, test or source module (so not
the nickname table behind variants_of_given) and not the benchmark runner was opened, and the
families being written at the same time were not looked at. The nickname-like short forms kept
out of every sentence were therefore guessed by hand from the generator's given names.

What was checked, and how. A throwaway checker in /tmp/eightysixth_work parsed this file alone
(with ast, importing nothing of the project; the name lists it checks against were copied by hand
from the printed corpus.py) for stray braces and placeholders (it splits each template the way
`_Builder.sentence` does), for exactly one {P} in a person template and no {U} or {T} there, for
one {U} or {T} or both in an unlisted template and no {P}, for a title, rank or role directly
before {P} or {U} (only "Mrs", "St" and "Dr" before {U}), for the three constants, the keys (those
of FRESH_ORDINARY, copied by hand) and the counts (52 to 56 person templates, 6 or 7 sentences
per key, 16 unlisted templates), for each ordinary span (it repeats the generator's rule, "will "
and the "bill" fallback and "rob" included, fails a sentence with no span, and prints every span
with its context so that each was seen to fall on the intended word), for a second match of the
target later in the same sentence, for every other word-name, plain given name, unlisted first
name, street tree, the fallback surname, "will" and "rob" anywhere in any sentence as a
substring (in an ordinary sentence outside its own span), for the guessed nickname-like forms
(those of four letters or more, "ally", "beth", "kate", "rich", "rick", "bert", "nate", "chris",
"tony", "toby", "rosie", "billy", "jackie" among them, inside words; the three-letter ones, "kay",
"lee", "meg", "nat", "liz", "kit", "jay", "cal", "con", "jim", "ant", "tam", "jon", "bob", "ros"
among them, as whole words only, since "con" and "kit" sit inside "conditions" and "kitchen"),
for ASCII and for the length of every line of the file. A copy with deliberate faults (a literal
brace, a second {P}, "DC" before {P}, a missing key, a sentence too few, an ordinary sentence
whose first match falls inside "prosecution", a William sentence with neither "will " nor
"bill", a "willing", a nickname, a non-ASCII dash and an over-long line) was run through it and
every fault was reported; this file passes it. Then .venv/bin/ruff check and .venv/bin/ruff
format were run on this file only; the format changed only the quotes of one template.

Styles. Police custody, bail and charging papers about children: the custody record and its timed
entries, the rights and entitlements and the appropriate adult under PACE and Code C, the
detainee risk assessment and cell observation sheet, the interview plan, the MG3 report to the
CPS for a charging decision, pre-charge bail and its conditions, release under investigation,
remand to local authority or youth detention accommodation, a child kept overnight in a cell when
no PACE transfer bed was found, the notification to children's social care and the out-of-hours
team, and the victim's right to review. Names stand after field labels ("Detainee:", "Appropriate
adult:", "Suspect:", "Charged:"), in pipe tables and tab-separated cell sheets, on a line of their
own under a heading, at the start of a line after "\\n", in attendee lists, before a bracketed
relationship or age, with a role after a comma, in possessives, in quoted speech, after "for",
"to", "of" and "on", before "to" and a verb after a semicolon, in questions put by the reviewer,
and at the start of a sentence before a past verb, a dash, a colon or a bracketed age.
Ordinary uses put each word-name where this genre meets it: idioms ("no joy", "a stone's throw",
"the green light", "in good faith", "miles apart"), inflections ("Markings", "Robbery",
"Joyriding", "dawned", "Lambing", "Hillside", "Billing"), compounds ("downhill", "Marshland"),
labels and upper case ("AMBER:", "Faith:"), months with dates, modals, and the word capitalised
at the start of a sentence.
"""

EIGHTYSIXTH_PERSON_SENTENCES = [
    "Custody record 0412/26\nDetainee: {P}\nAge: 14\nReason for arrest: assault by beating.",
    "02:15\tCell 6\t{P}\tRoused, responded, drank water.",
    "| 03:00 | {P} | asleep, breathing normal | 30-min visits |",
    "Cell | Detainee | Age | Risk\n4 | {P} | 15 | high (self-harm)",
    "Appropriate adult: {P} (aunt), arrived 01:40 and spoke to the detainee alone.",
    "Present at interview: the interviewing officer, the duty solicitor, {P} and the AA.",
    "{P} was booked into custody at 22:47 and the rights and entitlements were read aloud.",
    "Rights given to {P}: to have someone informed, to free legal advice, to see the Codes.",
    "Did {P} understand the caution? The appropriate adult thought not.",
    "Why was {P} held overnight when a PACE transfer had been requested at 23:10?",
    "MG3 - report to CPS\nSuspect: {P}\nOffence: possession of a bladed article in a public place",
    "{P}'s mother was told of the arrest by phone at 20:55.",
    "Release under investigation: {P}, pending forensic results.",
    "Bail conditions for {P}: curfew 19:00-07:00, not to enter the town centre, to sleep at home.",
    "{P}\tYouth\tRisk level: high (previous self-harm)",
    "Detainee risk assessment\nName: {P}\nMedical: asthma, inhaler in property\nSelf-harm: denies",
    "Interview plan - {P}\n1. Account of the evening\n2. Phone messages\n3. Special warning",
    "The older boy, {P}, was charged and remanded to youth detention accommodation.",
    "{P}, the custody sergeant, authorised continued detention at 23:30.",
    "Notification to children's social care: {P} in custody, aged 13, no adult yet found.",
    '"I want {P} here before I say anything," the boy told the sergeant.',
    "The victim, {P}, asked for a review of the decision not to charge.",
    "VRR request received from {P} on the fifth working day.",
    "Cell door left open at the request of {P}, who is frightened of the dark.",
    "{P} - no comment to all questions; prepared statement read by the solicitor.",
    "Solicitor's disclosure note: {P} seen on CCTV at 21:14 near the shop.",
    "Has anyone told {P} that the boy is being kept in overnight?",
    "Out-of-hours social worker: {P} (by phone, 00:20).",
    "Bail to return on 14/02 at 10:00; {P} to sign at the front desk each Friday.",
    "PACE transfer refused (no secure bed); {P} kept in cell 3 overnight with the hatch open.",
    "Review of detention, 04:10: {P} asleep, not woken; solicitor consulted by phone.",
    "Attendees (strategy discussion, 09:00): police, EDT, youth offending team, {P}, school.",
    "Charged: {P}\nOffence: affray\nBail: refused, remanded to local authority accommodation",
    "Strip search of {P} authorised by an inspector; appropriate adult present throughout.",
    "Property handed back to {P}: phone (retained), belt, laces, house keys.",
    "{P} asked twice for the mother and was told she could not be reached.",
    "{P}\nArrested 18:35, arrived at custody 19:02, detention authorised 19:20.",
    "Interpreter (Tigrinya) for {P} booked via the agency; ETA 02:00.",
    "Healthcare professional saw {P} at 00:45: fit to detain, fit for interview with an AA.",
    "RUI letter sent to {P} and the parents on 9 April.",
    "Pre-charge bail: {P} not to contact the victim directly or indirectly.",
    "{P} (13) spent eleven hours in a cell before a bed was found.",
    '"Is {P} under arrest or not?" the father demanded at the front counter.',
    "Code C note: the detention officer checked on {P} every fifteen minutes, rousing hourly.",
    "Victim's details: {P}, aged 15, contact via the mother only.",
    "{P}: next of kin informed 23:05 (grandmother, by phone).",
    'The charging lawyer\'s note on {P} reads: "Threshold test met; custody time limit applies."',
    "Youth offending team notified; {P} to be seen before the youth court sitting tomorrow.",
    "Eight hours in custody, and nobody had offered {P} a hot meal.",
    "Was an appropriate adult ever called for {P}, and if so, when?",
    "Surety: {P}, in the sum of 500 pounds, to secure attendance at court.",
    "{P}, social worker, attended the custody suite at 03:30 to act as appropriate adult.",
    "Custody officer's note (02:40): {P} banging the cell door, shouting for the mother.",
    "Decision on {P}: no further action, insufficient evidence; victim to be told by letter.",
    "Remand hearing, youth court, 10:00 - {P} produced by the escort company at 11:20.",
    "Handover at shift change:\n{P}\nlow mood, level 2 observations, blanket not to be removed",
]

EIGHTYSIXTH_ORDINARY = {
    "hope": [
        "Hope of a charging decision before the detention clock ran out faded at 03:00.",
        "The sergeant held out little hope that an appropriate adult could attend before morning.",
        "Hopes of a place in local authority accommodation were dashed by the out-of-hours team.",
        "Custody log, 23:40: the boy asked whether there was any hope of going home tonight.",
        'Officer in the case: "I hope to put the file to the CPS by Friday."',
        "The victim's letter said she had lost all hope of a fair outcome after the NFA decision.",
    ],
    "grace": [
        "A period of grace was allowed for the boy to find a new bail address.",
        "The custody sergeant showed grace under pressure when the father became abusive.",
        "Saying grace before the cell meal was important to the detainee, the log records.",
        "Grace periods for surrendering to bail do not exist, the solicitor reminded the family.",
        "By the grace of the duty inspector, the mother was allowed to sit in on the cell visit.",
        "The youth court bench allowed a day's grace for the new tag to be fitted.",
    ],
    "mark": [
        "Mark the custody record with the time each welfare check is done.",
        "A red mark around the wrist was noted at booking-in and photographed.",
        "Markings on the cell wall were checked for ligature points before the boy was placed.",
        "The 24-hour mark passed without a superintendent's review of continued detention.",
        "Handcuff marks on both forearms were recorded by the healthcare professional.",
        "The interview question set was marked up by the CPS lawyer before the second interview.",
    ],
    "rose": [
        "Tension rose at the desk when the father was refused entry to the custody suite.",
        "The boy's heart rate rose to 130 during the restraint, the nurse wrote.",
        "Rose-tinted accounts from the family did not match the CCTV from the shop.",
        "Detention figures for under-18s rose again in the last quarter, the audit found.",
        "A single rose was left on the victim's doorstep the day after bail was granted.",
        "The older boy rose from the bench and kicked the cell door again and again.",
    ],
    "may": [
        "Interview began at 10:05 on 3 May, with the appropriate adult present.",
        "The CPS advised that the boy may be charged under the threshold test.",
        "May half-term saw three children held overnight in the cells in one week.",
        "Bail was extended to the end of May to await the phone download.",
        "A child may be detained only as a last resort, the concordat says.",
        "MG3 dated 12 May: charge with assault by beating, victim statement attached.",
    ],
    "will": [
        "The father said the boy had gone with the older youths against his will that night.",
        "Will the detainee need an interpreter? The sergeant asked this at booking-in.",
        "The victim's parents will receive the charging decision by letter.",
        "Free will and exploitation were weighed in the CPS review of the county lines case.",
        "Officers will return the phone once the download is complete.",
        "A copy of the grandfather's will was among the papers seized at the address.",
    ],
    "william": [
        "The boy was taken to the address against his will by two older men.",
        "Officers will update the victim within five working days of any bail change.",
        "An unpaid phone bill in the boy's name pointed to an older man controlling him.",
        "The custody billing code for the interpreter was entered by the detention officer.",
        "Will the appropriate adult stay for the interview? The social worker said yes.",
        "A crumpled bill of sale for a moped was in the boy's pocket at the search.",
    ],
    "bill": [
        "The phone bill showed calls to a known dealer late at night.",
        "An itemised bill from the hotel linked the older man to the girl.",
        "Billing records for the solicitor's attendance were sent to the Legal Aid Agency.",
        "The gas bill was used as proof of the bail address.",
        "Bills for damage to the cell mattress are not charged to children, the inspector said.",
        "A vet bill for the injured dog was attached to the victim's statement.",
    ],
    "amber": [
        "The detainee risk assessment was rated amber for self-harm.",
        "Amber on the custody screen meant checks every thirty minutes.",
        "An amber flag on the police system linked the girl to a missing episode.",
        "The youth justice service's traffic-light tool placed the boy at amber after a breach.",
        "AMBER: rouse and speak to the detainee at each visit.",
        "The CPS flagged the file amber, meaning further evidence was needed before a decision.",
    ],
    "sky": [
        "The sky was still dark when the boy was released from the custody suite at 05:40.",
        "Sky blue tracksuits were issued to detainees whose clothing had been seized.",
        "A Sky TV subscription in the girl's name was used to launder cash, officers believed.",
        "The cell had no window and the boy asked to see the sky.",
        "Sky-high fines from earlier offences had left the family in debt.",
        "Under a grey sky the girl waited outside the station for her lift home.",
    ],
    "faith": [
        "The mother had lost faith in the police after the first NFA decision.",
        "Faith leaders at the mosque offered to act as appropriate adults.",
        "The sergeant acted in good faith when refusing the PACE transfer, the review found.",
        "Faith: Sikh; the detainee's kara was not removed.",
        "Little faith was placed in the boy's account until the CCTV was viewed.",
        "The victim's family kept faith with the investigation through two years of bail.",
    ],
    "holly": [
        "Scratches from a holly hedge were noted on the boy's arms at booking-in.",
        "The girl hid the knife in a holly bush behind the shops, CCTV showed.",
        "Holly and tinsel decorated the front counter at the station in December.",
        "Officers searched the holly hedges along the canal path for the phone.",
        "A sprig of holly was found in the detainee's property bag.",
        "Holly berries had stained the boy's hands and were at first taken for blood.",
    ],
    "ruby": [
        "A ruby ring taken in the burglary was recovered from the boy's bedroom.",
        "Ruby-red swelling on the left cheek was recorded at booking-in.",
        "The victim's ruby earrings were listed on the property schedule.",
        "Ruby wedding photographs were among the items taken in the raid.",
        "A ruby-coloured stain on the hoodie was sent for forensic testing.",
        "The stolen ruby pendant was handed in by a pawnbroker.",
    ],
    "daisy": [
        "Daisy-print pyjamas were brought in by the mother after the boy's clothes were seized.",
        "The girl had drawn a daisy on the cell wall in toothpaste.",
        "The detainee was fresh as a daisy at the 06:00 check, having slept through.",
        "Daisy-chained extension leads in the flat were flagged as a fire hazard at the search.",
        "A daisy motif on the shoe sole matched the print found at the scene.",
        "Daisy Class (Year 2) sent a card to the officer injured in the arrest.",
    ],
    "summer": [
        "Summer 2025 saw a rise in children held overnight under PACE.",
        "Over the summer the boy was arrested four times for shop theft.",
        "The summer holidays brought a run of curfew breaches.",
        "Bail was extended through the summer while the phone was examined.",
        "A summer-born child, the boy was only just ten at the time of arrest.",
        "Late summer evenings on the estate were when most of the calls came in.",
    ],
    "joy": [
        "There was no joy from the out-of-hours team in finding a bed for the night.",
        "Joyriding in a stolen car led to the boy's third arrest.",
        "The mother wept with joy when the charging decision came back as NFA.",
        "Joy at being released soon turned to anger when the bail conditions were read out.",
        "The boy showed little joy at the news that his aunt was on her way.",
        "01:30 Any joy with the interpreter? No, still trying the agency.",
    ],
    "dawn": [
        "Officers arrested the boy at dawn at his grandmother's flat.",
        "Dawn raids on the three addresses were planned for the Tuesday.",
        "From dusk till dawn the girl was held in a cell with the hatch open.",
        "It dawned on the sergeant that the boy had not eaten since the previous day.",
        "Released at dawn with no phone and no money, the boy walked home alone.",
        "The dawn welfare check found the detainee awake and crying.",
    ],
    "ivy": [
        "Ivy on the back wall had been used to climb into the victim's garden.",
        "The knife was recovered from the ivy behind the garages.",
        "Ivy-covered railings hid the CCTV camera from view.",
        "Officers cut back ivy at the scene to photograph the footprints.",
        "The boy had scratched his hands climbing through ivy and brambles.",
        "An ivy leaf caught in the trainer tread was kept as evidence.",
    ],
    "jack": [
        "A car jack was found in the boot and seized as a possible weapon.",
        "The boys planned to jack a moped outside the station, the messages showed.",
        "Jack-knifed lorries on the motorway held up the transfer to the secure unit.",
        "A Union Jack flag hung in the boy's bedroom above the stash of phones.",
        "The jack handle was sent to the lab for fingerprints.",
        "Jacking bikes from outside the college was how the group made money, the boy said.",
    ],
    "robert": [
        "Robbery of a mobile phone was the offence on the charge sheet.",
        "The boy admitted he had planned to rob the courier but denied using the knife.",
        "CPS advice: charge both boys with robbery and possession of a bladed article.",
        "Robbing younger pupils of their phones had gone on for months, the school told officers.",
        "The victim was robbed at knifepoint on the towpath.",
        "Two street robberies in one evening led to the girl being remanded.",
    ],
    "frank": [
        "In a frank interview the boy admitted holding the drugs for an older man.",
        "The solicitor was frank with the mother about the likely sentence.",
        "Frankly, the detention clock was never checked, the reviewer wrote.",
        "Frank and open discussion at the strategy meeting led to a PACE transfer.",
        "The sergeant gave a frank account of the night to the local authority.",
        "Frank admissions in the second interview changed the CPS advice.",
    ],
    "miles": [
        "The nearest secure children's home with a free bed was 200 miles away.",
        "The boy was driven forty miles to the only custody suite with a free cell.",
        "Miles from home and without a phone, the girl was released at 02:00.",
        "The two accounts of the fight were miles apart.",
        "The bail address was eleven miles from the victim's school, outside the exclusion zone.",
        "A tag log showed the boy had travelled six miles outside the curfew area.",
    ],
    "dean": [
        "The dean of the college gave a character reference for the hearing.",
        "The rural dean sat as appropriate adult when no relative could be found.",
        "A letter from the dean confirmed the student's attendance on the day of the offence.",
        "The Dean's office at the university was told of the arrest under the protocol.",
        "The faculty dean was contacted about a suspended place for the student on bail.",
        "Deans of the sixth-form college met the police to discuss the knife arrests.",
    ],
    "marsh": [
        "The phone was thrown into the marsh and never recovered.",
        "Marshland behind the estate was searched with a dog unit.",
        "The boy was found hiding on the salt marsh at 04:00 with hypothermia.",
        "Officers lost the suspects on the marsh path in the dark.",
        "A bail condition kept the boy away from the marsh car park where the dealing took place.",
        "The tidal marsh was searched at low water for the knife.",
    ],
    "hill": [
        "The custody suite sits at the top of a steep hill outside the town.",
        "The boy ran up the hill when officers got out of the car.",
        "Hillside flats on the estate were the focus of the drugs warrant.",
        "Over the hill and far from family, the secure unit was hard to reach by bus.",
        "The victim was pushed down the grass hill behind the leisure centre.",
        "A downhill chase on bikes ended when the boy fell and hurt his wrist.",
    ],
    "wood": [
        "A length of wood with nails in it was seized from the car.",
        "The girl was found in the wood by the reservoir with two older men.",
        "Woodland paths near the school were patrolled after the stabbing.",
        "The cell bench is concrete, not wood, so there was nothing to tie a ligature to.",
        "Wood smoke on the boy's clothes matched the arson scene, the fire officer said.",
        "Splintered wood around the lock showed where the door had been forced.",
    ],
    "stone": [
        "A stone was thrown at the police van as the boy was taken away.",
        "Stone-faced, the girl answered no comment to every question.",
        "The boy had lost half a stone while on remand.",
        "The victim's home is a stone's throw from the boy's bail address.",
        "Stone steps outside the station were where the mother waited all night.",
        "The detainee's tea was stone cold by the time the detention officer brought it.",
    ],
    "bell": [
        "The cell call bell was pressed eleven times before 03:00.",
        "Nobody answered the bell at the bail address during the curfew check.",
        "The bell on the custody desk was out of order that night.",
        "An alarm bell should have rung when the boy gave a false age.",
        "The school bell had gone when the arrest took place at the gates.",
        "Bells from the church next door kept the detainee awake, he told the nurse.",
    ],
    "brown": [
        "Brown powder in a twist was found in the boy's sock during the search.",
        "The bruise had turned brown by the time of the second photograph.",
        "A brown envelope from the court lay unopened in the hall.",
        "Brown paper evidence bags held the boy's clothes after the stabbing.",
        "The CCTV showed a figure in a brown hoodie running from the shop.",
        "Dried brown staining on the trainers was swabbed.",
    ],
    "green": [
        "Green on the risk assessment meant no extra observations were needed.",
        "The CPS gave the green light to charge after the phone download.",
        "The boy was arrested on the village green after a fight.",
        "A green lanyard identified visitors to the custody suite.",
        "The new sergeant was still green and did not call the out-of-hours team.",
        "A green holdall was recovered with the knife inside.",
    ],
    "lamb": [
        "Gentle as a lamb in the cell, the boy had been violent at the point of arrest.",
        "Lamb curry was the only halal meal the cell kitchen could offer.",
        "Lambing season kept the father on the farm, so the grandmother came to the station.",
        "A lamb's-wool jumper was taken from the boy for forensic checks.",
        "Like a lamb to the slaughter, the mother said, her son went to meet the older boys.",
        "The stolen quad bike was later found in a lambing shed.",
    ],
    "fox": [
        "A fox triggered the motion camera that officers had set up for the burglar.",
        "Foxes had scattered the bin bags where the knife was later found.",
        "The girl's favourite soft toy, a fox, was allowed into the cell with her.",
        "Officers described the older man as crafty as a fox.",
        "A dead fox in the road caused the collision the boy fled from.",
        "A fox-fur trim on the hood was visible on the CCTV.",
    ],
    "banks": [
        "The river burst its banks and the boy's bail address was evacuated.",
        "Banks were asked to freeze the accounts linked to the girl's exploitation.",
        "The knife was found on the canal banks by a dog walker.",
        "Food banks supplied the meals for the family while the father was on remand.",
        "Two banks had flagged the boy's account as a money mule.",
        "Officers searched the grass banks of the bypass for the phone.",
    ],
}

EIGHTYSIXTH_UNLISTED = [
    "The duty solicitor, {U}, advised the boy to give a prepared statement.",
    "{U}, the custody sergeant on the night shift, refused the PACE transfer.",
    "Dr {U}, the forensic medical examiner, found the boy fit to be interviewed.",
    "The older man, {U}, was arrested at a flat in {T} with cash and phones.",
    "Mrs {U}, the boy's neighbour, agreed to act as appropriate adult.",
    "No secure bed was free nearer than {T}, so the boy stayed in the cell.",
    "Bail address: c/o {U}, a family friend in {T}.",
    "The girl was released to the care of {U} at 03:15.",
    "Intelligence named {U} as the adult running the county line into {T}.",
    '"{U} told me to hold it," the boy said of the knife.',
    "The interpreter, {U}, arrived from {T} at 02:30.",
    "Remanded to the secure children's home at {T}.",
    "Inspector's review: continued detention authorised by {U} by phone.",
    "The victim's father, {U}, applied for a review under the victims' right to review scheme.",
    "The boy was arrested outside St {U}'s church hall after the fight.",
    "Attendees: {U} (youth offending team), the officer in the case, the custody sergeant.",
]
