"""Seventy-ninth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1295 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line
beginning with "[", the heading of [tool.ruff.lint], for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1295; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname of
more than two letters taken from variants_of_given), the capital it gives a lower-case name that
opens a template (only when nothing stands before the placeholder and the text already written,
stripped of trailing white space and line breaks, is empty or ends in a full stop, so a name
after a tab, a pipe, "To:", a bracket, a quote mark or a line break inside a template keeps the
case it was given), the word-names and the other name lists (plain given names, street trees and
suffixes, the words of nursery names, the syllables of invented surnames and towns, the first
names it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY
(thirty-three, "will", "william" and "robert" among them) and the number of its sentences per
key, which `_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the
first case-insensitive substring match of the word, "will " with its trailing space, "bill" for
William when there is no "will ", and "rob" for Robert, so every "will" here is followed by a
space, no William sentence has both "will " and "bill", "miles" and "banks" are written in full,
and no "wardrobe", "problem", "probably", "probation", "chamber", "risky", "smiles", "milestone",
"enjoy", "jacket", "supermarket", "remark", "arose", "chill", "labelled", "rebellious", "willing",
"maybe" or "marshal" stands in any sentence here); the forms it gives {U} (a first name, a
surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after
the exact string "Dr {U}", so no other title or role, "RSW", "Key worker", "Nurse", "PC" and
"Visitor" included, is put directly before {U} or {P}, though a children's home log often
prints one: a label ending in a colon, a pipe, a tab or a role after a comma stands there
instead); and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder and joins templates with a single space, so no literal brace appears in any sentence
here and the columns of a handover sheet, a pocket money sheet, a visitor log and a bedroom
register are written into a template as pipes, "\\t" and "\\n". The printed NUMBERED_SETS tuple
ends at "seventyeighth", so this module is not yet named there; corpus.py was left as it is.
The first 45 lines (the headers) of the seventy-fifth, seventy-sixth, seventy-seventh and
seventy-eighth families, read with head -45 in one shell loop, and nothing else of them; none of
those modules was imported. Those headers give corpus.py as 1291 lines long, and the copy read
here has 1295; only the copy read here was relied on. The absence of this file was tested with
test -e and the presence of .venv/bin/ruff with test -x, in one command that also made the
scratch directory in /tmp; no directory was listed, git was not run, no README, word list, test
or source module (so not the nickname table behind variants_of_given) and not the benchmark
runner was opened, and the families being written at the same time were not looked at. The
nickname-like short forms kept out of every sentence were therefore guessed by hand from the
generator's given names (among them "Gracie", "Rosie", "Maisie", "Skye", "Marc", "Will",
"Billy", "Liam", "Jackie", "Rob", "Bob", "Bert", "Frankie", "Kay", "Leah", "Jodi", "Meg",
"Beth", "Nat", "Tally", "Ally", "Cally", "Liz", "Lisa", "Eliza", "Kate", "Kath", "Kit", "Jay",
"Cal", "Con", "Jim", "Nate", "Tony", "Ant", "Chris", "Jon", "Rich", "Rick" and "Dick"), so no
"March" (which holds "Marc"), "Christmas", "designated" or "unfortunately" (which hold "Nate"),
"realisation" ("Lisa"), "monotony", "brick", "chance" or "change" ("Chan"), "academic" ("Demi"),
"Parliament" ("Liam") and no word ending in "-ally" or "-ically" ("tally", "ally", "cally")
stands in any sentence here. A throwaway checker in /tmp/seventyninth_work parsed this file
alone (with ast, importing nothing of the project; the name lists it checks against were copied
by hand from the printed corpus.py) for non-ASCII bytes, lines over 100 characters, the three
constants and nothing else, the counts (52 to 56 person templates, 16 unlisted, 6 or 7
sentences for each of the thirty-three keys), stray braces and placeholders (it splits each
template the way `_Builder.sentence` does), exactly one {P} in each person template and a {U}
or {T} in each unlisted one, a title, rank or role directly before {P} or {U} (only "Mrs", "St"
and "Dr {U}" let through), each ordinary span (it repeats the generator's rule, "will " and the
"bill" fallback included, and prints every span in its context, so that each was seen to fall
on the intended word, at the start of a word or at the end of "Goodwill"), a second match of
the target in the same sentence, and any other word-name, plain given name, unlisted first name
or guessed short form anywhere in any sentence (as a whole word always, inside a word when it
has four letters or more or is one of a few three-letter forms such as "rob", "bob", "liz",
"meg" and "jim"). It was shown to catch a deliberately faulty copy of this file (a brace, a
second {P}, "Mr" before {P}, an earlier "arose", a "will," without its space, "smiles",
"Christmas", a long line, a non-ASCII dash, a missing key and a short list), and passed on this
file. `.venv/bin/ruff check` and `.venv/bin/ruff format` were run on this file alone.

Styles. The records of residential and secure children's homes: the daily log and the shift
handover sheet, incident and physical intervention (restraint) records with their body maps and
debriefs, missing-from-care reports and independent return interviews, key-work sessions, the
Regulation 44 independent visitor's report and the Regulation 45 review, the sanctions and
rewards book, room searches, phone, visitor and pocket money logs, placement plans, admission
notes and notifications to Ofsted and the placing authority. Names stand after a time stamp and
a tab, in pipe-separated table rows under a header row, after field labels ("Young person:",
"Name:", "To:", "Signed (young person):", "Bedroom 4:"), at the start of a line after a heading
and "\\n", after "[Handover]" and a tab-indented dash, in attendee and visitor lists (with
commas and with semicolons), before a role after a comma and a role in brackets, in quoted
speech, in questions ("Was ... told", "Did ... agree", "Q: Where did ... sleep"), with a
possessive, in brackets after a sanction, and after "by", "to", "with" and "concerning". The
ordinary uses put each word-name where a home's paperwork meets it: idioms ("touch wood", "fresh
as a daisy", "stone's throw", "free will", "good grace", "miles apart", "jack of all trades"),
inflections and compounds ("Marked", "Billed", "Robbery", "Joyriding", "Lambing", "Hillside",
"Marshland", "Goodwill", "deanery", "Lambswool"), labels and codes in upper case ("HOPE box",
"GRACE:", "AMBER -", "RUBY:", "FOX group", "SUMMER 2026"), ratings on screening tools, months,
modals, and a capital at the start of a sentence.
"""

SEVENTYNINTH_PERSON_SENTENCES = [
    "Daily log 07:30\t{P} up and dressed without prompting; ate cereal in the lounge.",
    "Shift handover (late to night): {P} settled by 22:15, door checks every 30 minutes.",
    "Young person: {P}\nPlacement start: 14/02/2026\nLegal status: s.31 full care order",
    "| Date | Young person | Incident type |\n| 03/10/2026 | {P} | damage to property |",
    "Physical intervention record - name of child held: {P}.",
    "Two-person standing hold used, released after 90 seconds; {P} uninjured.",
    "{P} went missing from the home at 19:05 after an argument over phone time.",
    "Return interview offered to {P} within 72 hours; declined on the first attempt.",
    "Key-work session 6 - {P} chose the topic (friendships online) and led the conversation.",
    "Visitor log:\t{P}\tarrived 14:00\tleft 15:45\tsupervised by two staff",
    "Phone log - outgoing call made by {P} to the placing authority's duty line, 11 minutes.",
    "At the Regulation 44 visit the independent visitor spoke to {P} in private.",
    "Sanctions book, entry 17: loss of console time for one evening ({P}, swearing at staff).",
    "Rewards book: {P} earned a cinema trip for three weeks of full school attendance.",
    "Room search carried out with {P} present, as the placement plan requires; a lighter found.",
    "Was {P} told why the room was searched, and was that recorded?",
    "Notification to Ofsted under Regulation 40 sent at 09:12 concerning {P}.",
    "Placing authority informed by email: {P} returned to the home at 02:40, brought by police.",
    "{P}'s placement plan was rewritten after the disruption meeting.",
    "Attendees: registered manager, {P}, the child's social worker, IRO, independent visitor.",
    "{P}, the young person's mother, phoned to ask whether family time could move to Sunday.",
    '"Why does {P} get more pocket money than me?" one of the other residents asked.',
    "Recorded by waking night staff: {P} heard crying at 03:10, offered a hot drink.",
    "Body map completed after the hold; {P} had redness to the left wrist, no broken skin.",
    "{P}\nKey worker: allocated on days\nNext review: 05/01/2027",
    "Missing from care report\nName: {P}\nLast seen wearing: grey tracksuit, black trainers",
    "Police reference 26/4417 for the missing episode; {P} found at the coach station.",
    "The Regulation 45 review notes that {P} has had no restraints since July.",
    "Debrief after the hold: {P} said it hurt her arm and asked for that to be written down.",
    "Complaint form completed by {P} about a night worker (passed to the manager that day).",
    "Pocket money sheet\t{P}\t10.00 received\t6.50 spent\t3.50 saved",
    "[Handover] {P} - medication given at 08:00 and 20:00, both signed on the MAR chart.",
    "Did {P} agree to the bag being searched, or was it done without asking?",
    "Family time log: supervised session with {P} in the visiting room, 2 hours, went well.",
    "Incident 2026/118 (self-harm): {P} found with superficial cuts to the forearm.",
    "Staffing tonight: two residential workers and a senior; {P} on 2:1 after the earlier hold.",
    "Welcome pack given to {P} on admission, including the children's guide and how to complain.",
    "Emergency placement - {P} arrived at 21:30 with one bin bag of belongings.",
    "Consequence: none given; {P} made amends by helping to repaint the hallway.",
    'Independent visitor\'s talk with {P} (own words): "the food is better now, tell them that".',
    "Secure children's home - {P} admitted under section 25 on the order of the family court.",
    "Education: {P} attends the on-site classroom three mornings a week.",
    "Phone call from {P} (mother) at 18:40, who asked staff to pass on a message.",
    "Visitors this week: {P}; the advocate; the CAMHS nurse; the IRO.",
    "Restraint record signed off by the manager - was {P} invited to give an account?",
    "14:50 Handover to late shift.\n{P} in room, calm, listening to music.",
    "{P} refused to hand over the mobile phone at 22:00 as agreed in the house rules.",
    "Return home interview (independent): {P} would not say where the nights were spent.",
    "Bedroom 4: {P} | Ligature points: checked daily | Last search: 27/11/2026",
    "\t- {P} (placed 02/09/2026, next independent visit due in December)",
    "Children present during the incident: {P} and one other (anonymised).",
    "Handover sheet - NIGHTS\n{P}: asleep 23:10 | woke 02:00 | asleep again 02:30",
    "Outcome of the strategy meeting: {P} to be reported missing if not back by 21:00.",
    "To: {P}\nFrom: registered manager\nSubject: outcome of your complaint",
    "Q: Where did {P} sleep on Tuesday night? A: Not known; the return interview was declined.",
    "Signed (young person): {P}\tSigned (staff): on file",
]
SEVENTYNINTH_ORDINARY = {
    "hope": [
        "Hope was the word the young person picked for the front of the key-work folder.",
        "Staff hope the new school place starts before the next Regulation 45 review.",
        "Hopes and wishes (in own words): to go back to living near the old school.",
        "The independent visitor left hopeful that the new bedtime routine was working.",
        "Goals | Worries | Hopes\nGet a bus pass | Court | See my brother",
        "After the third missing episode in a week, staff had all but given up hope.",
        "HOPE box: a shoebox of things that help on bad days, made in key-work.",
    ],
    "grace": [
        "Grace period: phones can be handed in up to ten minutes after 22:00 without a sanction.",
        "She took the room search with good grace and helped staff lift the mattress.",
        "Saying grace before Sunday dinner is optional in the house, the children's guide says.",
        "The night staff handled the return with grace, offering food before any questions.",
        "A day's grace was given for the pocket money to be repaid before it was stopped.",
        "GRACE: the home's name for its five values, printed on the lounge wall.",
    ],
    "mark": [
        "Mark each visit in the visitors' book with the time in and the time out.",
        "A red mark on the left forearm was recorded on the body map after the hold.",
        "Marked fall in incidents since the move to the smaller house (from 14 to 3).",
        "The halfway mark of the placement was reached with no missing episodes.",
        "Staff were asked to mark any item taken in a search on the property sheet.",
        "Scuff marks on the bedroom door were photographed and reported to maintenance.",
        "Question marks remain over the lack of a return interview, the Reg 44 report said.",
    ],
    "rose": [
        "Incidents of damage rose over the half-term week, the monthly figures show.",
        "Rose-gold earrings were logged on the property sheet at admission.",
        "The girl rose early to be ready for the first court hearing.",
        "Tension rose in the lounge when the remote control went missing.",
        "A rose was drawn on the key-work folder with the words 'new start'.",
        "Missing episodes rose from two to nine after the move to the new school.",
        "Voices rose during the handover and the night staff took the younger boy upstairs.",
    ],
    "may": [
        "May half-term: day trips to the coast and the climbing wall.",
        "Staff may search a bedroom only with the young person's knowledge, the policy says.",
        "The Regulation 44 visit in May found the logs up to date.",
        "Young people may use the office phone for calls to their advocate at any time.",
        "From 1 May the curfew moves to 21:30 for the over-16s.",
        "The girl may have been given alcohol by older men, police said.",
        "Cannabis may have been passed in through the garden fence, the search record notes.",
    ],
    "will": [
        "Staff will complete the body map within an hour of any physical intervention.",
        "Will the home be told before the next court date? The manager asked the social worker.",
        "The boy went to the office of his own free will and handed in the lighter.",
        "The girl was moved against her will to the secure unit that evening.",
        "Goodwill between staff and the family has grown since the review.",
        "The night worker will stay on until the escort arrives.",
        "A copy of the house rules will be given to each new arrival.",
    ],
    "william": [
        "The boy went to the office of his own free will and handed in the lighter.",
        "A copy of the house rules will be given to each new arrival.",
        "Will the home be told before the next court date? The manager asked the social worker.",
        "The phone bill for the home's shared mobile was three times the usual amount.",
        "Billing for the secure bed was disputed by the placing authority.",
        "The damage bill for the broken window was passed to the insurers, not the child.",
    ],
    "bill": [
        "The phone bill for the home's shared mobile was three times the usual amount.",
        "Billing for the secure bed was disputed by the placing authority.",
        "The damage bill for the broken window was passed to the insurers, not the child.",
        "Bills for the weekly placement fee are sent to the placing authority each month.",
        "A bill of 40 pounds for a taxi was left unpaid after the missing episode.",
        "Billed as a fun day, the trip ended in a fight on the minibus.",
        "Who foots the bill for the broken television was left to the manager.",
    ],
    "amber": [
        "Amber on the exploitation screening tool: review in four weeks.",
        "The missing risk was rated amber after the second episode.",
        "AMBER - no new incidents, but a worry about older friends online.",
        "An amber alert on the door sensor showed the fire exit had been opened at 01:20.",
        "Amber-rated young people are discussed at the weekly risk meeting.",
        "The rating stayed at amber despite three weeks without a missing episode.",
    ],
    "sky": [
        "The sky was still light when the boy was reported missing at 20:40.",
        "Sky Sports in the lounge was switched off at 22:00 as agreed.",
        "Under a clear sky the search team walked the canal path with torches.",
        "The girl painted a night sky on her bedroom wall in art therapy.",
        "Sky-blue paint was chosen for the new sensory room.",
        "Sky, the satellite provider, was asked to block adult content in the lounge.",
    ],
    "faith": [
        "Faith: Church of England; the boy asked not to go to services while placed here.",
        "Staff acted in good faith when they searched the bag, the Reg 45 review accepted.",
        "The girl's faith matters to her, and a prayer mat was bought for her room.",
        "Faith in the police had gone after the last two missing episodes, the boy said.",
        "A faith leader visits on Fridays with the agreement of the placing authority.",
        "Faith-based food needs (halal) are listed on the placement plan.",
    ],
    "holly": [
        "A holly hedge along the back fence is where the boy hid the phone.",
        "Holly was cut from the garden to decorate the dining table in December.",
        "Scratches to both legs were from the holly bush, the girl said.",
        "The holly by the front gate was trimmed back so the camera could see the path.",
        "Sprigs of holly and fairy lights went up in the lounge on 1 December.",
        "HOLLY - the name of the bungalow wing where the younger children sleep.",
    ],
    "ruby": [
        "A ruby ring was recorded as missing from the girl's room after the search.",
        "Ruby-red nail varnish was found in the boy's bag after the shop trip.",
        "The manager's ruby wedding meant the on-call rota was redone that week.",
        "RUBY: the internal code for a young person missing from the grounds.",
        "The girl's cheeks were ruby from the cold when she was brought back at 03:00.",
        "A ruby-coloured stain on the carpet turned out to be blackcurrant squash.",
    ],
    "daisy": [
        "Daisy Room is the family time room on the ground floor.",
        "The younger girl made a daisy chain on the lawn during the garden session.",
        "Daisy-print bedding was chosen by the child before admission.",
        "A daisy was pressed into the life story book at the key-work session.",
        "The daisy sticker chart in the kitchen records the rewards for the week.",
        "Fresh as a daisy, the boy came down at 07:00 after his first full night in weeks.",
    ],
    "summer": [
        "Summer holiday plan: two residential trips and a week of sailing.",
        "Over the summer the number of missing episodes doubled.",
        "The summer term report from the on-site school was shared at the review.",
        "A summer-born child, the boy is one of the youngest in his year group.",
        "SUMMER 2026 - Regulation 45 review period ends 30 September.",
        "The heat of the summer made the rooms in the secure unit hard to sleep in.",
        "Late summer evenings made the 21:00 curfew hard to keep.",
    ],
    "joy": [
        "Joy and relief were plain on the mother's face at the family time session.",
        "The boy's joy at passing the theory test was shared at handover.",
        "JOY (Just One Yes) is the home's rewards scheme for the younger children.",
        "Joyriding in a stolen car ended the girl's second missing episode.",
        "There was little joy in the house after the restraint, staff reflected.",
        "A joy to have in the house, the night worker wrote in the end-of-placement note.",
    ],
    "dawn": [
        "Dawn checks at 06:00 found the bed empty and the window open.",
        "The girl was found by police at dawn near the ring road.",
        "From dusk till dawn the boy was unaccounted for.",
        "It dawned on staff at handover that the phone had not been handed in.",
        "Before dawn the night staff made a second round of the bedrooms.",
        "A dawn flight to see her father abroad was agreed by the court.",
    ],
    "ivy": [
        "Ivy on the back wall was cut back after the boy used it to climb out.",
        "The bedroom window is hidden by ivy, so the outside camera was moved.",
        "Ivy-covered railings at the side gate were checked on the weekly site walk.",
        "Ivy leaves blocked the drain outside the yard of the secure unit.",
        "The ivy along the fence line was flagged in the Reg 44 report as a climbing risk.",
        "Pulling ivy off the shed was the boy's reparation after the damage.",
    ],
    "jack": [
        "A car jack was found hidden in the shed during the site check.",
        "The boys were suspected of trying to jack a moped on the estate.",
        "A Union Jack flag was put up in the boy's room with his agreement.",
        "A game of jacks on the kitchen floor calmed the younger girl after the hold.",
        "The boy is a jack of all trades in the workshop, the tutor wrote.",
        "Jackpot: the word the boy used for the cash found in the bag at the return search.",
    ],
    "robert": [
        "The boy was arrested on suspicion of trying to rob a younger child of a phone.",
        "Robbery of a bike from outside the shop was linked to the missing episode.",
        "Robbed of his trainers on the way back from school, the boy refused to go the next day.",
        "Police said the older group had robbed children from the home of their bank cards.",
        "ROBBERY - recorded as the reason for police involvement on the Ofsted notification.",
        "A threat to rob the tuck shop was written on the whiteboard in the lounge.",
    ],
    "frank": [
        "Frank about the drinking, the girl told the key worker where the vodka came from.",
        "A frank conversation about online safety followed the phone search.",
        "The independent visitor was frank in the report about the state of the kitchen.",
        "To be frank, the handover sheet for that night was not filled in, the review found.",
        "Frankly worded, the Reg 44 report said the staffing was too thin at weekends.",
        "The boy gave a frank account of where he had been at the return interview.",
    ],
    "miles": [
        "The home is 120 miles from the boy's home town, and family time is by video most weeks.",
        "The girl was found 40 miles away at a motorway service station.",
        "Miles walked on the practice hike: nine, with no complaints.",
        "Travel claim: 64 miles for the escorted trip to court.",
        "Miles apart on most things, the boy and his key worker agreed on the new bedtime.",
        "The placing authority is over 200 miles away; the social worker visits every six weeks.",
    ],
    "dean": [
        "The dean of the sixth-form college was told about the secure placement.",
        "A letter from the Dean of Students confirmed the place was being held open.",
        "The assistant dean rang the home to arrange a visit.",
        "Dean of the college (welfare lead): the only contact the girl allowed staff to ring.",
        "The rural dean took the funeral, and two staff escorted the boy to it.",
        "The deanery youth club is one of the approved activities on the placement plan.",
    ],
    "marsh": [
        "The girl was found on the marsh behind the estate at 02:15.",
        "Marshland next to the home is out of bounds after dark.",
        "Police searched the salt marsh with a drone after the boy went missing.",
        "The marsh path is listed as a known hiding place in the missing-from-care protocol.",
        "Muddy to the knees from the marsh, the boy was given a shower and dry clothes.",
        "A walk across the marsh to the beach is the boys' favourite reward trip.",
    ],
    "hill": [
        "The home sits at the top of a hill, a mile from the nearest bus stop.",
        "Hill walking with the outdoor education team was added as a reward.",
        "The boy ran off down the hill towards the town centre at 16:20.",
        "Up the hill behind the home is the park where the older boys meet.",
        "Hillside rooms on the top floor have window restrictors, checked weekly.",
        "A hill fort visit was the key-work trip for the history project.",
    ],
    "wood": [
        "Wood from the old fence was left in the garden, and a plank was used to smash a window.",
        "The boy was found sleeping in the wood behind the sports centre.",
        "Woodwork sessions in the on-site school are supervised one to one.",
        "A length of wood was recorded as the weapon in the incident log.",
        "The girl's wooden keepsake box was returned unopened after the room search.",
        "Touch wood, the week passed without a single physical intervention.",
    ],
    "stone": [
        "A stone was thrown through the office window by a boy from outside the home.",
        "The girl has put on half a stone since admission, the nurse recorded.",
        "Stone steps at the back door are gritted by the night staff in icy weather.",
        "Stone-faced throughout the return interview, the boy said nothing at all.",
        "The flat where the girl was found is a stone's throw from the home.",
        "Stones were found in a sock in the boy's room during the search.",
    ],
    "bell": [
        "The door bell rang at 01:30, and two young men asked for the girl by name.",
        "Bell on the office door: ring and wait, the house rules say.",
        "A bell alarm on the garden gate sounds in the staff office when it is opened.",
        "The bell for the on-site school rang, and the boy refused to leave his room.",
        "The night bell was not answered for eight minutes, the incident review found.",
        "Bells from the church opposite woke the younger children at 08:00 on Sunday.",
    ],
    "brown": [
        "Brown liquid in a water bottle was found in the girl's bag and tested for alcohol.",
        "A brown envelope holding 200 pounds in cash was found in the room search.",
        "The bruise on the arm had turned brown by the time of the Reg 44 visit.",
        "Brown bread only, the dietary plan says, after a reaction to white flour.",
        "Brownie points was the boy's phrase for the rewards chart.",
        "Brown paper was taped over the bedroom window by the girl before she went missing.",
    ],
    "green": [
        "Green on the screening tool means no current exploitation concerns.",
        "The boy's GREEN card lets him leave the classroom when he feels overwhelmed.",
        "The village green opposite the home is where the younger children play football.",
        "Green tea was the only drink the girl would take on the first day.",
        "The new night worker was green, in her first month in residential care.",
        "A green light was given by the placing authority for the overnight stay with the aunt.",
        "Greenery in the quiet room was added after the young people's meeting.",
    ],
    "lamb": [
        "Lamb curry was the boy's choice for the Friday takeaway reward.",
        "Quiet as a lamb in class, the girl was reported to be very different in the home.",
        "A toy lamb came with the child on admission and is on the property sheet.",
        "Lambing at the care farm is a reward trip the younger children ask for each spring.",
        "The menu planner shows lamb on Sundays, with a vegetarian option.",
        "Lambswool jumper (navy) recorded on the clothing inventory.",
    ],
    "fox": [
        "A fox set off the garden sensor lights at 02:00, and the boy thought someone was outside.",
        "Foxes had torn open the bin bags at the back gate.",
        "The toy fox the girl sleeps with is never to be taken away as a sanction.",
        "Fox cubs under the shed were watched by the younger children with staff.",
        "FOX group (the home's club for the younger children) meets on Tuesdays.",
        "The girl said she had been as sly as a fox to get past the night staff.",
    ],
    "banks": [
        "The river banks near the home are out of bounds for the younger children.",
        "Food banks in the town were used by the girl while she was missing.",
        "Banks were asked to stop the card linked to the boy's savings account.",
        "Canal banks by the old mill are a known meeting place for older men and the girls.",
        "The boy's savings are held with two banks, as shown on the money sheet.",
        "Clothing banks in the retail park were searched by police for the missing girl's bag.",
    ],
}
SEVENTYNINTH_UNLISTED = [
    "Visitor log: {U} asked to see the young person but was not on the approved list.",
    "An unknown adult, {U}, was seen waiting in a car outside the home at 23:00.",
    "The young person was found at an address in {T} belonging to {U}.",
    "Regulation 44 report by {U}, independent person, sent to the responsible individual.",
    "Mrs {U}, a neighbour of the home, returned a bike taken from the garden.",
    "Dr {U} from the out-of-hours service examined the wrist after the hold.",
    "Transport to the secure unit in {T} was arranged for the following morning.",
    "Phone log: incoming call from a withheld number; the caller gave the name {U}.",
    "Return interview: the girl said she had been staying with {U} near {T} railway station.",
    '"{U} buys us food and lets us sleep there," the boy said in the return interview.',
    "Missing episode 3: last seen getting into a taxi in {T} with {U}.",
    "Mentoring with {U} (independent visitor scheme) moved to Thursdays.",
    "Intelligence from police in {T} links the older boys to {U}, an adult of concern.",
    "Any call from {U} is to be ended by staff; the contact is not approved.",
    "Barred visitors list\t{U}\tadded 11/11/2026\treason: suspected exploitation",
    "The girl was collected from a party in {T} at 04:00 by two staff.",
]
