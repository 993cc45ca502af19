"""Eightieth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1295 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line that
opens with a bracket, for the line length, 100; then printed with sed -n in four ranges that do
not overlap, lines 1-400, 401-800, 801-1200 and 1201-1295; it was not imported), for the format:
the {P}, {U} and {T} placeholders (a person template is filled with {P} alone, an unlisted one
with {U} and {T}), the name forms the generator fills in (full name, given name, an initial with
and without a stop, a possessive, upper and lower case, a line break between the parts of the
name or a hyphenated break inside the given name, surname first, a title and surname for adults,
where the generator itself adds "Ms" or "Mr", and a nickname longer than two letters), the
capital it gives a lower-case name that opens a template (only when nothing stands before the
placeholder and the text already written, with trailing white space and line breaks stripped,
is empty or ends in a full stop, so a name after a label's colon, a pipe, a tab, a bracket, a
quote mark, a dash or a line break inside a template keeps the case it was given), the
word-names and the other name lists (plain given names, street trees and suffixes, the words of
nursery names, the syllables of invented surnames and towns, the first names it gives unlisted
people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will", "william"
and "robert" among them) and the number of its sentences per key, which `_ordinary_for` draws
from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is
no "will ", and "rob" for Robert, so every "will" here has a space after it, no William sentence
has both "will " and "bill", "miles" and "banks" are written in full, and no "probation",
"problem", "prosecution", "arose", "chamber", "risky", "enjoy", "smiles", "milestone",
"jacket", "market", "remark", "wholly", "marshal", "labelled", "chill", "willing" or "dismay"
stands in any sentence here, though a MAPPA minute would usually name the probation service);
the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after
"Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title, rank or
role, "DS", "PC", "IDVA", "OM" and "Imam" included, is put directly before {U} or {P}: a role
stands after a comma, in brackets, or as a label with a colon or a pipe); and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the fields
of a referral form, an attendance list, an action log and a risk matrix are written into a
template as pipes, "\\t" and "\\n". The printed NUMBERED_SETS tuple ends at "seventyeighth", so
this module is not named there; corpus.py was left as it is. The first 45 lines (the headers)
of the seventy-fourth, seventy-fifth, seventy-sixth and seventy-seventh families, read with
head -45 in one shell loop, and nothing else of them; none of those modules was imported. The
absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x,
in one command that also made the scratch directory in /tmp; no directory of the project was
listed, git was not run, no README, word list, test or source module and not the benchmark
runner was opened, and the families being written at the same time were not looked at.

What was checked. A throwaway checker in /tmp/eightieth_work parsed this file alone (with ast,
importing nothing of the project; the name lists it checks against were copied by hand from the
printed corpus.py) for a docstring and the three constants and nothing else, for the counts (52
to 56 person templates, 16 unlisted, 6 or 7 sentences for each of the thirty-three keys), for
stray braces and placeholders (it splits each template the way `_Builder.sentence` does), for
exactly one {P} in each person template and exactly one {U} and at most one {T} in each
unlisted one, for a title, rank or role word directly before {P} or {U} (only "Mrs", "St" and
"Dr" let through before {U}), for each ordinary span (it repeats the generator's rule, then
requires the target to occur once only in the sentence and the span to open a word, or to close
one of a short list of intended compounds: "uphill", "firewood", "sandstone", "doorbell",
"evergreen" and "car-jacking"), for any other word-name (as a substring, "will" and "rob"
included) in an ordinary sentence and for any word-name at all in a person or unlisted
template, for any plain given name, unlisted first name, the fallback surname or a street tree
as a substring anywhere ("academic" hides one, "willow" another), for nursery words as whole
words and street suffixes capitalised as whole words, for nickname-like short forms, for lines
over 100 characters and for non-ASCII bytes. The generator's nickname function was neither read
nor called: common short forms of its given names and of its unlisted first names were listed by
hand, those of four letters or more banned anywhere, even inside a word (so no "planned" or
"channel", which hide "anne" and "chan", no "designated", which hides "nate", no "better",
"cancelled", "connect", "change", "liberty", "parliament" or "March", and no adverb in "-ally",
as "ally", "tally" and "cally" were listed), and those of three letters banned as whole words,
with "rob", "bob", "kit", "kay", "meg", "jay", "jim", "liz", "daz" and "jax" banned inside words
too. The Channel panel is therefore called the Prevent panel throughout. The checker was run once
on a scratch copy with faults put in on purpose (a literal brace, a title before {P}, a missing
key, a short list, an early accidental match, a nickname inside a word, a long line and a
non-ASCII character), and it reported each of them. Then .venv/bin/ruff check and ruff format
were run on this file alone.

Styles. Multi-agency risk panels: MARAC referral forms and minutes (the DASH checklist with its
questions about the abuser, the IDVA's report, the research each agency brings to the meeting,
safety plans, repeat-MARAC triggers), MAPPA levels, categories and minutes, the Prevent panel's
vulnerability assessment, MACE and missing children panels (return home interviews, exploitation
screening, associates), risk matrices with tabs and RAG ratings, action logs with owners, deadlines
and status, and the information-sharing caveats at the head and foot of the minutes. Names stand in
form fields after a colon ("Victim:", "Perpetrator:", "Referrer:", "Owner:"), as cells of pipe and
tab tables, at the start of a line under a heading, inside a DASH question ("Has ... ever"), in
attendee and apology lists with the agency in brackets or after a comma, in brackets after a role,
in square brackets, in quoted speech, as a possessive, after "regarding" and "in respect of", and
before was/is/has/had, -s verbs, "to be" and a bare dash. The ordinary words appear as panel labels
("Amber:", "May panel:", "Faith:", "Green:"), inflected ("Marked", "Robbery", "Lambing", "Frankly",
"Foxes", "Bills"), inside compounds ("Firewood", "doorbell", "Brownfield", "car-jacking"), in idioms
("a stone's throw", "miles apart", "pride and joy", "the green light", "alarm bells"), in police
terms ("Brown" for heroin, "daisy chain" grooming) and as ward or group names that look like given
names ("Holly Ward", "Daisy Group").
"""

EIGHTIETH_PERSON_SENTENCES = [
    "MARAC referral form\nVictim: {P}\tDASH score: 17/27\tRisk level: high",
    "Name of victim | DOB | Address known to perpetrator?\n{P} | withheld | yes",
    "Perpetrator: {P} (no fixed abode; last known at a hostel in the city).",
    "IDVA report: {P} has engaged by text only and declined a face-to-face meeting.",
    "Q16 Has {P} ever used weapons or objects to hurt you? Yes - a kettle flex.",
    "Q17 Has {P} ever threatened to kill you or someone else and you believed them? Yes.",
    "Attendees: DS (chair), IDVA, {P} (health visiting), CAMHS, YOT, housing, school DSL",
    "Apologies: {P}, health visitor (report sent in advance).",
    "Action 4 | Owner: {P} | Deadline: 5 working days | Status: open",
    "ACTION: IDVA to contact {P} by safe number within 24 hours of the meeting.",
    "Research carried out by police: {P} - 6 DA incidents as suspect, 2 as victim, no bail.",
    "Children's social care research: {P} open to the locality team since 2024 (child in need).",
    "Health research (GP): {P} - anxiety and depression, did not attend 3 antenatal checks.",
    "MAPPA level 2, category 2: {P}, released on licence on 14/10/2026.",
    "Subject of the MAPPA meeting: {P}\nOffender manager: present\nVISOR: yes",
    "{P}'s licence conditions include an exclusion zone around the victim's address.",
    "Is {P} aware of the referral? No - disclosure would increase the risk.",
    "Caveat: nothing said about {P} at this meeting is to leave the room without consent.",
    "RESTRICTED - not for disclosure to {P} or to any family member.",
    "Prevent referral received from the college regarding {P}, aged 16.",
    "Vulnerability assessment: {P} - engagement factors strong, intent low, capability low.",
    "Panel view: {P} meets the threshold for support, and a mentor is to be allocated.",
    "MACE panel\nYoung person: {P}\nConcerns: CCE, county lines, found in a trap house",
    "Missing episodes (90 days) | {P} | 7 | longest 3 nights | RHI offered twice, declined",
    "Return home interview: {P} would not say where the nights were spent.",
    "Associates of note: older males in a car; {P} seen getting in near the retail park.",
    "Risk matrix\tLikelihood\tImpact\tScore\n{P}\t4\t5\t20 (red)",
    "RAG: red for {P}, reviewed at each panel until the score drops below 12.",
    "Was {P} seen alone before the referral was made? The minutes do not say.",
    "The chair asked whether {P} knew about the panel; police said not.",
    "Police (DS) reported that {P} had breached the non-molestation order twice.",
    "Housing: {P} is on the sanctuary scheme list; target hardening due by 30/11.",
    '"I\'m scared {P} is going to find us," the victim told the IDVA on the phone.',
    "Outcome: {P} to be heard at repeat MARAC if any further incident is reported in 12 months.",
    "Minute 6.2 - {P} (father) - contact with the children to be decided by the court.",
    "{P}\nMAPPA category 1 (registered sexual offender)\nNext review: 3 months",
    "Risk to known adult: high. Risk to children: medium. Subject: {P}.",
    "Agencies holding information on {P}: police, health, education, adult social care, DWP.",
    "Nothing known to the youth offending team about {P} before this referral.",
    "Safety plan agreed with {P}: code word, bag packed, spare key with a neighbour.",
    "The IDVA has been unable to reach {P} since the incident on 2 November.",
    "Referrer: {P}, health visitor, on behalf of the 0-19 service.",
    "{P} declined consent; information shared without it on the grounds of risk to life.",
    "Gaps in research: no GP record found for {P}, and no check made with the other authority.",
    "The young person ({P}) was found in a flat in another force area at 03:00.",
    "Triggers for repeat MARAC: any police call-out to the address shared with {P}.",
    "Exploitation screening tool - {P} - score 14 (significant risk)",
    "Disrupt: child abduction warning notice served on the adult male in respect of {P}.",
    "Prevent lead: {P} has been viewing extreme right-wing material online, the school says.",
    "CHRONOLOGY ENTRY 12\t{P} attended A&E with a head injury; account inconsistent.",
    "Voice of the child: {P} says the worst thing is not knowing when it is going to kick off.",
    "Police intelligence (graded B2): {P} is a regular at the address used for dealing.",
    "Victim [{P}] not told of the referral, as agreed by the panel.",
    "{P} - DNA for the third time; refer to the multi-agency panel?",
    "Sign-off: minutes agreed as accurate by {P}, pending one amendment.",
    "Perpetrator programme: {P} was refused a place because of ongoing proceedings.",
]

EIGHTIETH_ORDINARY = {
    "hope": [
        "Hope of a safe return home was voiced by the IDVA, but the panel did not share it.",
        "The victim's hopes rest on the injunction being granted next week.",
        "Hopeful: the perpetrator has started the programme and attended two sessions.",
        "There is no realistic hope of engagement while he is in custody, the OM said.",
        "Risk is not reduced by hope, the chair reminded the panel.",
        "The IDVA held out scant hope that the victim would support charges.",
    ],
    "grace": [
        "The landlord agreed a month's grace on the arrears while the sanctuary works were done.",
        "Grace period: the victim has 28 days to apply before the legal aid offer lapses.",
        "The perpetrator accepted the licence conditions with poor grace, the OM reported.",
        "It was only by the grace of God that the baby was not hurt, the officer said.",
        "Saying grace at meals is a house rule at the refuge, the IDVA noted.",
        "The family had lived in a grace-and-favour flat tied to the father's job.",
    ],
    "mark": [
        "Marked CONFIDENTIAL: not to be shared outside the MARAC.",
        "A ligature mark on the neck was seen by the attending officer.",
        "Markers on the police system: DA, weapons, officer safety.",
        "The panel asked for the address to be marked on the fire service system.",
        "Each agency is to mark its research as open or closed before circulating it.",
        "The case passed the 12-month mark with no reduction in risk.",
    ],
    "rose": [
        "The DASH score rose from 11 to 19 between the two referrals.",
        "Calls to the police rose sharply after the perpetrator came out of custody.",
        "Rose-tinted accounts of the relationship were given to the housing officer.",
        "The young person's missing episodes rose to four in a fortnight.",
        "Tension in the panel rose when police declined to share the intelligence.",
        "A rose left on the victim's windscreen was read by police as stalking.",
    ],
    "may": [
        "May panel: the case was heard as a repeat MARAC.",
        "The perpetrator may be released early on home detention curfew.",
        "Information shared here may only be used to safeguard the victim and the children.",
        "In May the young person was found in a trap house out of the area.",
        "Risk may rise again when the court order ends in the spring.",
        "Between April and May there were six missing episodes.",
        "MAPPA review due: May 2027.",
    ],
    "will": [
        "The victim says she will not return to the address.",
        "Police will flag the address for an urgent response.",
        "Who will tell the victim the release date? The OM agreed to do it.",
        "The perpetrator's will to reform was doubted by the programme staff.",
        "Free will and coercive control were discussed at length by the panel.",
        "The boy was held against his will in the flat for two days.",
    ],
    "william": [
        "The victim will be offered a place at a refuge out of area.",
        "Police will check the bail address before the next panel.",
        "The perpetrator's will to reform was doubted by the programme staff.",
        "The phone bill in the victim's name was being run up by the perpetrator.",
        "Economic abuse: every utility bill is in her name and unpaid.",
        "Bills for the damage to the door were sent to the victim, not the perpetrator.",
        "A bill from the locksmith for the target hardening was met by the council.",
    ],
    "bill": [
        "The gas bill was used as a pretext to find the victim's new address.",
        "Billing for the sanctuary works is to go to housing, not the victim.",
        "Economic abuse: bills left unpaid in the victim's name ran to several thousand pounds.",
        "The perpetrator ran up a phone bill of over 600 pounds on her contract.",
        "A mobile phone bill showed 200 calls to the victim in one week.",
        "An unpaid water bill brought the family to the attention of housing.",
    ],
    "amber": [
        "Amber: medium risk; review at the next panel.",
        "The exploitation screening placed the young person at amber.",
        "The risk matrix moved from amber to red after the stabbing.",
        "AMBER - partial engagement with the IDVA.",
        "An amber flag on the health record alerts the GP to the DA history.",
        "Amber-rated cases are reviewed by the coordinator every four weeks.",
        "Amber lights on the tag showed a charging fault, not a breach.",
    ],
    "sky": [
        "The sky was dark and the street lights were out when the victim fled.",
        "Sky-high rent in the private sector limits the rehousing options.",
        "A Sky box and two phones were seized from the address.",
        "A Sky subscription in the victim's name was being paid for by the perpetrator.",
        "Under an open sky, the boys met the older males in the park after dark.",
        "Blue sky thinking was not what the panel needed, the chair said.",
    ],
    "faith": [
        "Faith: Muslim; an interpreter and a female officer were requested.",
        "Faith leaders were asked to support the Prevent work at the mosque.",
        "The victim has lost faith in the police after two calls went unanswered.",
        "The panel placed too much faith in the perpetrator's account.",
        "Faith-based abuse (spirit possession) was raised by the school.",
        "The IDVA acted in good faith when sharing the address with housing.",
        "A faith school in the next town has offered the children places.",
    ],
    "holly": [
        "Holly bushes along the alley gave cover to the young people dealing there.",
        "A holly wreath on the door was the agreed signal that the victim was safe.",
        "The CCTV view was blocked by an overgrown holly hedge.",
        "Scratches on the arms were from a holly bush, the young person said.",
        "A holly tree outside the window hides the front door from the road.",
        "Holly Ward (maternity) has a flag on the victim's record.",
    ],
    "ruby": [
        "Ruby-red bruising on the neck was photographed by the police surgeon.",
        "A ruby ring, a gift from the perpetrator, was returned by the victim.",
        "The perpetrator pawned the victim's ruby earrings, a form of economic abuse.",
        "The young person was given a ruby-coloured vape by the older males.",
        "The ruby anniversary party at the pub ended with police called.",
        "Ruby wedding celebrations were when the last assault happened, the victim said.",
    ],
    "daisy": [
        "Daisy chain grooming, one young person recruiting the next, was described by police.",
        "The children's room at the refuge is called the daisy room.",
        "A daisy-print dress belonging to the young person was found at the trap house.",
        "Daisy Group (reception) at the school reported the child as withdrawn.",
        "The drawing showed a daisy and a large black cloud over the house.",
        '"Oops-a-daisy," the perpetrator said, as the victim fell on the stairs.',
    ],
    "summer": [
        "Summer holidays are a known period of higher risk for missing episodes.",
        "Over the summer the young person was seen with older males at the seafront.",
        "Summer 2026: three MARAC referrals from the same address.",
        "The summer term saw the boy excluded twice for carrying a knife.",
        "Late summer was when the perpetrator's licence was due to end.",
        "Summer-born, the girl is among the youngest in her year.",
    ],
    "joy": [
        "Joy-riding offences appear on the young person's police record.",
        "There was no joy from the landline, so the IDVA wrote instead.",
        "The victim spoke with joy about the new flat.",
        "Joy, fear and anger cards were used by the youth worker in direct work.",
        "Police had no joy tracing the car on ANPR.",
        "The grandmother called the baby her pride and joy.",
    ],
    "dawn": [
        "Dawn raid: officers executed a warrant at the trap house at 05:30.",
        "The victim was found at dawn, sitting in the hospital car park.",
        "It dawned on the panel that the two referrals concerned the same man.",
        "At dawn the young person returned, cold and with no phone.",
        "From dusk till dawn the flat was used for dealing, neighbours said.",
        "Dawn feeds were left to the 12-year-old sister, the school nurse said.",
    ],
    "ivy": [
        "Ivy on the rear wall was used to climb to the bedroom window.",
        "The back garden is overgrown with ivy and cannot be seen from the road.",
        "Ivy-covered garages behind the estate are a known meeting point.",
        "Police cut back the ivy so that the camera could see the door.",
        "The IDVA noticed ivy growing through the broken window frame.",
        "Ivy had grown over the keypad for the communal door.",
    ],
    "jack": [
        "The older males jack cars and use the young people as drivers.",
        "A car jack was used as a weapon in the assault.",
        "A car-jacking in the retail park is linked to the group.",
        "A Union Jack was hung across the window of the flat.",
        "The jack was still in the boot when police searched the car.",
        "Jackpot winnings were the perpetrator's story to explain the cash.",
    ],
    "robert": [
        "The group plans to rob dealers from a rival line, police intelligence says.",
        "Robbery of a younger boy's phone led to the first arrest.",
        "Robbed twice on the way home, the young person now carries a knife.",
        "He was charged with robbing a taxi driver at knifepoint.",
        "Robberies near the station are linked to the same group.",
        "The boys were told to rob the shop as a test of loyalty.",
    ],
    "frank": [
        "A frank discussion about risk followed the IDVA's report.",
        "Frankly, nobody owned the actions from the last meeting.",
        "The OM was frank about the limits of the licence conditions.",
        "Frank and open sharing is the basis of the MARAC, the chair said.",
        "The young person gave a frank account of being paid to hold drugs.",
        "To be frank, the research from health was thin.",
    ],
    "miles": [
        "The refuge is 80 miles from the perpetrator's address.",
        "Miles from home, the boy was found in a flat used for dealing.",
        "The exclusion zone extends two miles around the victim's workplace.",
        "The agencies' accounts of the last contact were miles apart.",
        "Electronic monitoring showed he drove 30 miles to her road.",
        "Miles of unlit towpath link the estate to the trap house.",
    ],
    "dean": [
        "The dean of students at the college made the Prevent referral.",
        "The Dean's office at the university passed on the concerns.",
        "The rural dean offered the church hall for the safe meeting.",
        "A letter from the dean confirmed the student had been suspended.",
        "The deanery was told of the allegation against the trainee doctor.",
        "Assistant dean for welfare: attended the panel for the first time.",
    ],
    "marsh": [
        "The boys were found on the marsh at 02:00 by the police helicopter.",
        "Marsh land behind the estate is used for drug drops, police said.",
        "Salt marsh paths near the coast are unlit and isolated.",
        "The caravan was parked by the marsh, away from any neighbours.",
        "Marshland camps were searched during the missing episode.",
        "A tent on the marsh was where the young person had slept.",
    ],
    "hill": [
        "The flat at the top of the hill is hard to reach by bus.",
        "Hillside flats on the estate are a known dealing site.",
        "Over the hill from the school is the hostel where the perpetrator lives.",
        "The panel faced an uphill task with no engagement from the family.",
        "Hill walking with the mentor was the one activity the boy kept to.",
        "The car was found abandoned on a hill track near the reservoir.",
    ],
    "wood": [
        "The door was reinforced with wood and a steel bar as part of target hardening.",
        "Woodland by the canal is where the young people go when missing.",
        "A length of wood with nails in it was found in the car.",
        "Firewood stacked against the back door blocked the only exit.",
        "Wood burners in the flats are a fire risk flagged by the fire service.",
        "The wood yard where the boy worked cash in hand is linked to the group.",
    ],
    "stone": [
        "A stone was thrown through the victim's window on the night of his release.",
        "The victim had lost a stone in weight since the last panel.",
        "Stone-faced, the young person sat through the return home interview.",
        "The flat is a stone's throw from the perpetrator's mother's house.",
        "The boys were seen on the sandstone cliffs above the beach.",
        "Stone cold sober at interview, the perpetrator denied everything.",
    ],
    "bell": [
        "The bell at the refuge is answered only by staff.",
        "Nobody answered the bell, so a card was left by the IDVA.",
        "A video doorbell at the victim's home caught the breach on camera.",
        "Bells on the gate were meant to warn the victim of anyone coming in.",
        "The school bell had gone before anyone came to collect the child.",
        "Alarm bells rang when the same van was seen at three addresses.",
    ],
    "brown": [
        "Brown envelopes from the court were left unopened in the hall.",
        "The powder in the bag was brown, and police suspected heroin.",
        "Brown, in county lines slang, means heroin, the police explained.",
        "A brown car was seen outside the school at home time.",
        "Brownfield land by the station is a known meeting point.",
        "The bruise had turned brown by the time of the medical.",
    ],
    "green": [
        "Green: no current concerns, according to the school's own rating.",
        "The panel gave the green light to a referral for the perpetrator programme.",
        "Green space behind the flats is used by the older males to deal.",
        "The IDVA was green, in her first month in post, and was supported by the manager.",
        "A green car with a cracked windscreen is linked to the group.",
        "Evergreen hedges block the view of the door from the road.",
    ],
    "lamb": [
        "Lambing season takes the father away to the farm for weeks.",
        "Meek as a lamb at the panel, the perpetrator was said to be violent at home.",
        "A toy lamb was the only thing the child took to the refuge.",
        "Lamb stew had been thrown at the wall, the officer noted.",
        "The boy helped in the lambing sheds at weekends, paid in cash.",
        "A lambswool jumper stolen from the shop was found at the flat.",
    ],
    "fox": [
        "A fox had torn open the bin bags, scattering the victim's letters.",
        "Foxes in the garden set off the motion sensor at night.",
        "The young person was said to be as sly as a fox with the police.",
        "Fox hunting was the reason the perpetrator gave for keeping a shotgun.",
        "A dead fox on the doorstep was taken by the victim as a threat.",
        "Foxgloves grow by the pond at the refuge, which has no fence.",
    ],
    "banks": [
        "The river burst its banks, and the family were moved to a rest centre.",
        "Banks were asked to flag the joint account as part of the economic abuse plan.",
        "The boys hide the drugs in the canal banks near the lock.",
        "Food banks in the town reported the victim had not been in for weeks.",
        "Debts to two banks were listed in the financial assessment.",
        "The flood banks behind the estate are a gathering place after dark.",
    ],
}

EIGHTIETH_UNLISTED = [
    "Third party present at the incident: {U}, a friend of the perpetrator.",
    "Research by police found a previous MARAC in {T} naming {U} as the perpetrator.",
    "Dr {U}, the forensic psychiatrist, gave a view on the risk for the MAPPA meeting.",
    "Associate: {U} (older male, aged about 22), linked to a drug line from {T}.",
    "Mrs {U} at the corner shop told police the boys were being paid to carry bags.",
    "Attendees | Agency\n{U} | Housing, {T} District Council",
    "The young person named {U} as the adult who drives them to {T} and back.",
    "Disclosure under the DVDS was made to {U}, the new partner, on 20 November.",
    "ACTION 7 - {U} (Prevent officer) to visit the college in {T} by Friday.",
    "St {U}'s church hall in {T} is used as a safe venue for the IDVA clinic.",
    '"{U} said he would sort it," the young person told the youth worker.',
    "The victim is staying with a cousin, {U}, whose address is withheld.",
    "A car registered to {U} of {T} was stopped with two missing children inside.",
    "Prevent: {U} has shared extreme material in a group chat with the subject.",
    "Minutes taken by {U} (MARAC administrator) and circulated by secure e-mail.",
    "Known associates:\n- {U}\n- a male known only as the cousin, thought to live in {T}",
]
