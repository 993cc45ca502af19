"""Fifty-ninth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1443 lines, printed with cat piped to head -300 for lines 1-300 and with sed -n for lines
300-700, 700-1100 and 1100-1443; not imported), for the format: the {P}, {U} and {T} placeholders (a
person template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it, with trailing white space and line breaks
stripped, ends in a full stop, so a name after a pipe, a tab, an arrow, a row number, a bracket or a
line break inside a template keeps the case it was given), the word-names and the other name lists
(plain given names, street trees, the syllables of invented surnames and towns, the first names it
gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert"
among them) and the number of its sentences per key, which `_ordinary_for` draws from the later
sets, and the way it marks an ordinary span (the first case-insensitive substring match of the word,
"will " with its trailing space, so "will" before a tab or a pipe gets no span, "bill" for William
when there is no "will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname,
both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact
string "Dr {U}", so no other title is put before {U} or {P}), that a template may hold the same
placeholder twice and gets a span for each, and that `_Builder.sentence` takes every "{" in a
template as the opening of a placeholder and joins templates with a single space, so no literal
brace appears in any sentence here and the rows, cells and wrapped lines of the tables are written
into a template as "\\n", "\\t", pipes and runs of spaces. The first 45 lines (the headers) of the
fifty-fifth, fifty-sixth, fifty-seventh and fifty-eighth families, read with head -45 in one shell
loop, and nothing else of them; none of those modules was imported. The [tool.ruff] table of
pyproject.toml, printed with grep -n -A12 from its heading, which also showed the lint tables under
it and the first lines of the mypy table, for the line length (100). The names of the files in
bench/publish were listed once with ls (no file but the ones above was opened), the absence of this
file was tested with test -e and the presence of .venv/bin/ruff with test -x; the sixtieth family,
being written at the same time, was not looked at. The finished lists were checked by a throwaway
script in /tmp that parsed this file and corpus.py with ast (it imported nothing of the project;
corpus.py gave it the name lists and the keys of FRESH_ORDINARY) for stray braces, for the ordinary
span falling on the intended word, and for the substrings below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan" and the like) are kept out of every sentence here as whole words, from general knowledge, and
"kitchen", "Christmas", "brick" and "liberty" are avoided as well. Words that merely contain a
word-name, a plain given name or a street tree are kept out of every sentence but the ones written
for that word, and working papers are full of them: a tracker's key never spells out
"Red/Amber/Green" in a person or unlisted row (the column is "RAG" and its cells "R", "A" or "G"),
a service is never "probation" and a failing never a "problem" (both hold "rob"), a cell is never
"marked" or a "remark", a coat is never a "jacket", a room never a "chamber", and "risky",
"enjoy", "smiles", "milestone", "chill", "belly", "labelled", "wholly", "arose", "prosecution",
"disgrace", "faithfully", "willing", "maybe", "mayor", "academic", "parliament", "bladder" and
"Skype" appear nowhere outside their own ordinary sentences. The person and unlisted templates
carry no "will", "may", "bill" or "summer" at all, so owners are "to" act and the dates in their
date columns fall in any month but the fifth.

Styles. The person templates are text as it comes out of the tables and grids of a review's
working papers when they are pasted as plain text: a merged multi-agency chronology with its
columns joined by tabs, pipes or runs of spaces, a date column, an agency column and a source-ref
column, cells wrapped onto a second and third row and "cont'd" rows; the numbered boxes of an
agency's individual management review template; a terms-of-reference table; a who's who key of
people with dotted leaders; an action-plan tracker with owners' initials and a RAG column; a
timeline drawn with "-->" and "=>" between dates; a spreadsheet's header row, sheet name, footer
and filter note; and a practice episode table. The name stands in a cell of its own with its role
in the next, glued to the cell borders ("|{P}|"), at the end of a row so the generator's own line
break carries it onto the next, beside a row number, a date or an age, repeated in three rows, in a
possessive, in a list of those invited, inside quoted speech in a cell, in a capitalised heading,
in a lower-case episode row, after a colon in an abbreviated key ("HV:{P}"), before a run of
dots, after an arrow, in a sheet name and a page footer, and in a cell cut mid-word by its width
("pa-" and "rtner"). Unlisted people and towns take the same places: a who's who row, a chronology
row, a "Dr" and a "Mrs" row, a timeline of moves, a filter note and an action owner's task. The
ordinary sentences put each word-name into the same genre: RAG keys and cells ("AMBER", "Green =
complete"), body-map and photo columns, IMR boxes, colour keys lost in the paste, timeline arrows
("Arrears rose -->"), filter notes ("month = May"), column headers ("Term (Aut/Spr/Summer)") and
action-plan headings ("Who will do it?"), with inflections and compounds ("hoped", "Billed",
"Robbery", "Carjacking", "Joyriding", "Lambing", "Marshland", "Woodland", "Foxgloves", "dawned").
"""

FIFTYNINTH_PERSON_SENTENCES = [
    "14/02/2023\tCSC\tHome visit; {P} seen in the\n\t\tfront room, no concerns re-\n\t\tcorded."
    "\tSR 4.12",
    "Date | Agency | Entry | Source ref\n"
    "03/03/2023 | Health | {P} not brought to 18-month review | HV-0117",
    "03/03/2023 | Health (cont'd) | {P}'s weight plotted on the 9th centile | HV-0117",
    "|{P}|subject child|DOB withheld|",
    "WHO'S WHO\n{P}\tMother of the subject child",
    "Key to people named in this chronology:\n  {P} .......... maternal aunt (kinship carer, 2022)",
    "Action 4.2 | Owner: TR | Due: 31/10 | RAG: R | Outcome: {P} to be offered an advocate",
    "06/01 --> strategy discussion --> {P} seen at school --> s47 agreed",
    "2022-11-08 => {P} => ED attendance (head injury) => discharged 02:10",
    'Filter applied: Name contains "{P}" (47 of 312 rows shown)',
    "IMR template, box 3: name(s) of family members known to your agency\n[ {P} ]",
    "Box 7 - Was the voice of the child heard? Yes / No\n"
    "If yes, how: {P} spoke to the school nurse on two occasions.",
    "Surname, forename\t| Role\t| Agencies involved\n{P}\t| father\t| Police, adult drug service",
    "12/04 | Edu | {P} absent; no call from the pa-\n"
    "      |     | rtner or the mother by 10:00 | ATT-33",
    "09/06/2023 | Police | DA call; officers spoke to\n           |        | {P} at the door | "
    "CAD 2291",
    "ep. 3 | {P} | hv contact | no follow-up | learning: yes",
    "PRACTICE EPISODE 2 - THE ASSESSMENT OF {P}",
    "APPENDIX B: WHO'S WHO\n{P} - the subject child's older half-sibling",
    "17. {P} (2) - see row 41",
    "{P}'s GP record | summary only | requested 02/02 | received 28/02",
    '21/07 | School | DSL note: "{P} said she was scared to go home" | DSL-14',
    "Family members invited to contribute: {P}; the maternal grandfather; the father (declined).",
    "Rec 5 | Action | Owner | Due | RAG\n"
    "5.1 | Brief all locality teams on the learning from {P}'s case | SB | Q2 | G",
    "ToR 3 | To examine how agencies responded to disclosures made by {P} between 01/2021 and "
    "09/2022.",
    "Row\tDate\tAgency\tPerson\tEvent\tSourceRef\n"
    "118\t22/08/2022\tHousing\t{P}\tRent arrears letter\tHSG/774",
    "(cont'd)   {P} was then driven home by the pa-\n           rtner's friend, unseen by staff.",
    "{P} --> refuge (02/03) --> sofa-surfing (04/03) --> back home (11/03)",
    "=> 14/09/2022: {P} reported missing; found 15/09 at 06:40",
    "HV:{P} / SW: vacant / DSL: TK",
    "row 40 | {P} | ED\nrow 41 | {P} | ED (re-attend)\nrow 42 | {P} | ward 4",
    "4.3 Summary of involvement with {P} (max. 500 words)\n"
    "    Our agency first had contact in 2019.",
    "Box 9: Practitioners interviewed | {P} (HV, band 6); team lead; named nurse",
    'Column F ("Lead professional") reads {P} for rows 12-30, then is blank.',
    "Note: rows where {P} is the subject have been shaded yellow.",
    "Sorted by: Surname (A-Z). First row: {P}.",
    "ep | date | who | what | why it matters\n4 | 10/12/21 | {P} | not seen alone | voice lost",
    "Person\t\tRelationship\t\tAgencies aware\n{P}\t\tpartner of mother\tPolice only (to 2022)",
    "Source ref: GP/2021/14 -- consultation with {P} re low mood; sertraline started.",
    "{P}..............................Mother",
    'Sheet name: "{P} - chron v3 (merged)"',
    "Chronology - {P} - DRAFT v0.4 - not for circulation",
    "Page 6 of 19 | OFFICIAL-SENSITIVE | {P}",
    "DATE        AGENCY      SUMMARY                         REF\n"
    "02/10/22    Police      {P} arrested, DA, released      CR/55/22\n"
    "                        under investigation",
    "18/10/2022 | ED | {P}\n           |    | (brought in by ambulance) | ED-9921",
    "RAG column blank for all of {P}'s actions; the panel asked for it to be filled in.",
    "Owner initials: TK = team manager; {P} = lead nurse for safeguarding.",
    "Questions for {P} (practitioner event):\n  a) what did you know about the partner?",
    "Learning point 6 | after {P}'s disclosure, nobody updated the plan | all agencies",
    "age at time | {P} | 4y 2m",
    "SW:{P}|TM:AB|DSL:--",
    "{P}\t\t\tnot known to CSC\tknown to police (2)\tknown to health",
    "#23 {P}'s school place withdrawn (08/09) -> EHE from 10/09",
    "Entries per person: {P} 64 | the mother 51 | the partner 22 | other 9",
    "11/03/2022\t\tED\t\tAttended with {P}, who\n\t\t\t\tgave a history of a fall\n\t\t\t\t"
    "(cont'd on next row)\tED-8870",
]

FIFTYNINTH_ORDINARY = {
    "hope": [
        "Box 11 - What does the family hope for? | Mother: to keep the baby at home.",
        "Hope | Worry | Need (three-column tool used at the family meeting)",
        "14/03/2023 | CSC | Father says there is little hope of contact | CSC-221",
        "Outcome hoped for: child seen weekly | Achieved: partly",
        "Staff voice hope that the new plan sticks | see row 88",
        "The panel's hope: that the tracker is kept live, not filed away.",
    ],
    "grace": [
        "Grace period for arrears | 28 days | Housing | extended once",
        "Rent account: 4 weeks' grace given (02/02) --> notice served (03/03)",
        'Col. D "Days of grace" left blank for the second tenancy.',
        '"She took it with good grace," the HV wrote of the advice on safe sleep.',
        "Said grace before tea (foster carer's log, 12/12) | the child joined in",
        "No grace was allowed on the court deadline; the filing was late.",
    ],
    "mark": [
        "Body map | mark 1: 2cm linear, left thigh | mark 2: none seen",
        "Mark each row R, A or G once the action is closed.",
        "Tick (\u2713) or mark N/A in the final column.",
        "08/04 --> mark on the neck noted by DSL --> not passed to CSC",
        "Marks out of 10 given by practitioners for the clarity of the plan: 4, 6, 3.",
        "Six-month mark reached (14/09) | review not held | RAG: R",
        'A question mark sits in the "date" cell of row 22; the source is unclear.',
    ],
    "rose": [
        'Referrals rose from 3 to 11 over the period (see tab "Counts").',
        "Arrears rose --> notice served --> eviction (timeline, 2021)",
        "Attendance | 61% | 74% | 88% (rose each term)",
        "Tension rose after the partner's release, the police IMR says (box 6).",
        "Rose-tinted view of the father, the reviewer's margin note reads.",
        "The baby's temperature rose to 38.9 | ED triage note | ED-9921",
    ],
    "may": [
        "May 2022 | GP | consultation re low mood | GP/22/61",
        "Date range: May 2020 to June 2022 (ToR 1).",
        "Actions may be closed only by the chair (note in the tracker's header).",
        "May --> June --> July: three missed health appointments in a row",
        "Filter: month = May; 14 rows shown.",
        "Box 8: anything else the panel may need to know? | None.",
        '"Due: May" was all the tracker said; no day was given.',
    ],
    "will": [
        "The panel will sign off each action at its next meeting (tracker header).",
        "Owner will confirm training dates | Due 30/09 | RAG: A",
        "Who will do it? | When? | How do we know? (action-plan columns)",
        'Col. H: "will be completed by" date, left blank in 9 rows',
        'Father: "I will not work with social workers" | 12/10 | CSC-88',
        "Will of the grandmother | contested | estate papers, not in scope",
        "Free will vs coercion is a learning theme (ToR 5).",
    ],
    "william": [
        "The panel will sign off each action at its next meeting (tracker header).",
        "Who will do it? | When? | How do we know? (action-plan columns)",
        'Father: "I will not work with social workers" | 12/10 | CSC-88',
        "Will of the grandmother | contested | estate papers, not in scope",
        "Gas bill | unpaid since 02/2022 | Housing IMR box 5",
        "Bill for the broken door sent to the tenant (row 63).",
        "Water bill in the partner's name --> proof he lived there (timeline note)",
    ],
    "bill": [
        "Gas bill | unpaid since 02/2022 | Housing IMR box 5",
        "Bill for the broken door sent to the tenant (row 63).",
        "Water bill in the partner's name --> proof he lived there (timeline note)",
        "Bills column totals \u00a32,310 (arrears tab).",
        "Electricity: pay-as-you-go; no bill since 2021.",
        "Billed hours for the independent reviewer: 42 (finance tab).",
    ],
    "amber": [
        "RAG: AMBER | action 3.2 | revised date 31/12",
        "Amber = started but behind schedule (key to the tracker)",
        "Rated amber at the front door --> no visit within 10 days",
        "Col. E (status) | amber | amber | red | closed",
        "Amber-rated referrals are checked weekly by a manager (policy, row 4).",
        "The amber cells had lost their colour when the sheet was pasted as text.",
    ],
    "sky": [
        "Sky TV subscription | \u00a364 a month | financial assessment, row 9",
        "Sky blue = health entries; pink = police (colour key, lost in the paste).",
        "Under a clear sky, officers searched the park (police IMR, 02:30).",
        "Child's drawing: black sky, house, no people (therapy notes, episode 6)",
        "Sky-high rent --> arrears --> eviction (timeline, 2021)",
        "The sky was dark by 16:30; the child was still outside the school.",
    ],
    "faith": [
        "Faith: none recorded | Ethnicity: not stated | Language: English",
        "Faith leader contacted? | No | Should have been? | Yes",
        "Good faith | a referrer acting in good faith is protected (ToR note 3)",
        "The mother lost faith in the police after the second call (row 71).",
        "Faith school | 40 minutes by bus | free transport refused",
        'Col. K "Faith/belief" was left empty for every family member.',
    ],
    "holly": [
        "Holly bush by the door (photo 4) | scratches on shins explained",
        "Holly and tinsel noted on the December visit (HV-0144).",
        "Garden: overgrown; holly hedge, broken gate, no fence by the pond",
        "Berries (holly) found in the toddler's mouth --> GP advice sought",
        "Photos: 1 front door, 2 hall, 3 holly hedge, 4 rear garden",
        "The holly at the gate hid the door from the road (police note).",
    ],
    "ruby": [
        "Ruby wedding party at the grandparents' | police called 23:10",
        "Ruby-red swelling behind the ear | photo 6",
        "Ruby earrings pawned (\u00a340) to pay for the gas, the mother said.",
        "Colour key: ruby = ED attendances (lost when pasted)",
        "Lips ruby red from the cold when found, the ambulance record says.",
        "Ruby ring | reported stolen | crime ref held | no further action",
    ],
    "daisy": [
        "Daisy Room (baby room) | nursery | entries 14-22",
        "Nursery group: daisy (Tue/Thu) | key person: room leader",
        "Vest with a daisy print, heavily soiled (nursery log, 09:10)",
        "Daisy chains in the garden --> child relaxed, the contact notes say.",
        "The daisy stickers on the reward chart stop in week 3.",
        "Col. B (nursery room) | daisy | daisy | sunflower | blank",
    ],
    "summer": [
        "Summer term | attendance 71% | 3 lates | 1 exclusion",
        "Summer 2021 --> bed and breakfast --> private let (housing timeline)",
        "Summer holiday club: 2 of 20 sessions attended",
        "Over the summer no agency saw the child (gap, rows 90-104).",
        "The summer-born boy was the youngest in his year (Education IMR, box 4).",
        'Col. C header reads "Term (Aut/Spr/Summer)".',
    ],
    "joy": [
        "Joy, worry, anger: the feelings cards used in episode 4",
        "Contact brought the mother joy, the supervisor recorded (row 77).",
        "Pride and joy, the grandmother called the baby (who's who note).",
        "Joyriding | partner's record | 2016, 2018",
        "Little joy in the home, the guardian's report says (para 12).",
        "Joy at the birth --> exhaustion --> low mood (HV timeline)",
    ],
    "dawn": [
        "Dawn raid | police | 06:00 | warrant executed",
        "At dawn on 03/03 officers forced entry (police IMR, box 4).",
        "Dawn feeds left to the 13-year-old, school was told (row 52).",
        "From dusk to dawn | child home alone | 3 nights recorded",
        "It dawned on staff that nobody had seen the baby (episode 7).",
        "Before dawn the mother left for her shift; the children were alone.",
    ],
    "ivy": [
        "Ivy over the rear window | the only bedroom window would not open",
        "Garden: ivy, brambles, broken glass (photos 7-9)",
        "Ivy berries eaten by the toddler --> GP advice line (row 33)",
        "The ivy on the fence was used to climb in, police thought.",
        "Ivy-covered garages behind the flats | known meeting place",
        'Col. G: "ivy on walls, damp inside" (housing condition survey)',
    ],
    "jack": [
        "Car jack found in the back bedroom | photo 11",
        "Jack handle used to smash the windscreen (police, 02/10)",
        "Union Jack used as a curtain in the child's room (HV note).",
        "Jack of all trades, the partner called himself (who's who).",
        "Carjacking | older brother | charged 08/2022",
        "The car jack was leaning against the cot, the HV recorded.",
    ],
    "robert": [
        "Plan to rob the off-licence | group chat | police intel, row 45",
        "Robbery (street) | older brother | 14/06/2022 | YOS",
        "Robbed of his phone on the way home --> stopped going to school",
        "Older boys rob younger ones on the estate, the youth worker said.",
        "Charged with robbing the gas meter (police return, row 19)",
        "Robberies near the school: 4 in one term (police return)",
    ],
    "frank": [
        "Frank conversation with the mother re drinking | 12/09 | HV-0133",
        "The father was frank about his convictions (box 6).",
        "Frankly, no one owned the plan, the chair noted in the margin.",
        "A frank exchange at the core group --> plan rewritten",
        'Col. J "Frank concerns raised?" Y/N | Y for 3 agencies',
        "To be frank, the tracker was never updated, the reviewer wrote.",
    ],
    "miles": [
        "Distance to school | 3.5 miles | no transport",
        "Placement 140 miles from home --> contact cut to monthly",
        "Miles travelled by the grandmother for contact: 60 a week (row 12)",
        "The accounts of the injury were miles apart (episode 5).",
        "Refuge | 20 miles away | moved 04/03",
        "Miles from any family, the mother was isolated (box 10).",
    ],
    "dean": [
        "Dean of students | college | referral 02/10/2022",
        "The assistant dean made the referral (row 80).",
        "Rural dean offered the vicarage for a week | Church | not on the chronology",
        "Dean's office notes | requested | not received",
        "Faculty dean chaired the fitness-to-practise panel (who's who)",
        "A letter from the dean confirmed withdrawal from the course.",
    ],
    "marsh": [
        "Marsh behind the estate | unlit | known to police",
        "Found on the marsh at 23:40 --> home by 01:00 (missing episode 3)",
        "Marshland paths | no lighting | 2 missing episodes end here",
        "The caravan was parked beside the marsh, away from other vans.",
        "Tidal marsh: a danger not in the safety plan (episode 6)",
        'Col. F: "location found" | marsh | park | bus station',
    ],
    "hill": [
        "Hill behind the school | pupils gather to vape | DSL aware",
        "The pram rolled down the hill while the mother was on the phone (ED note).",
        "Hillside flats | 3 moves in 18 months | housing tab",
        "Up the hill --> hostel --> father's address (map note)",
        "The hostel is over the hill from the school, a 40-minute walk.",
        "Hill farm | seasonal work | father away for weeks",
    ],
    "wood": [
        "Wood burner | no guard | HV advice 14/11",
        "Offcuts of wood nailed over the window (photo 2)",
        "Found drinking in the wood by the canal (missing episode 2)",
        "Woodland behind the school | known meeting place",
        "Splintered wood on the door frame where it was kicked in (police)",
        "Col. D: heating | wood | gas | none",
    ],
    "stone": [
        "Weight lost: nearly a stone in 6 weeks (school nurse, row 40)",
        "Stone cold bath water, the child said (episode 2).",
        "Stone floors | damp | cold | housing survey",
        "Kidney stone --> mother admitted --> children to a neighbour",
        "A stone's throw from the pub | partner drinks there daily",
        "Stone-faced throughout the interview, the officer recorded.",
    ],
    "bell": [
        "Bell not working | card left | visit 3 of 5 failed",
        "Door bell --> no answer --> window knocked --> child seen",
        "School bell at 15:15 | child still uncollected at 16:40",
        "The emergency call bell on the ward was out of order (row 61).",
        "Bell on the garden gate | meant to alert the mother | broken",
        "Nobody answered the bell, so the HV left a card.",
    ],
    "brown": [
        "Brown envelopes from the court, unopened on the mat (HV-0150)",
        "Brown staining on the mattress | photo 5",
        "The bruise was yellow-brown by Friday (body map note).",
        "Brown paper bag of cannabis under the sofa (police, row 44)",
        "Tap water ran brown for several seconds (housing survey)",
        'Col. E "carpet" | brown, stained | not recorded',
    ],
    "green": [
        "RAG: GREEN | action 1.1 | closed 30/06",
        "Green = complete (key to the tracker)",
        "Green mould on the bedroom ceiling | photo 3",
        "The worker was green, in her first year (ASYE), the IMR notes.",
        "Green bin full of cider cans (HV note, 02/02)",
        "Village green | child found there at 22:00 | missing episode 1",
    ],
    "lamb": [
        "Lamb stew on the hob, house warm (HV visit, 12/12)",
        "Lambing season | father away on the farm | March-April",
        "Toy lamb went with the child into care; nothing else was packed.",
        "Gentle as a lamb at school, violent at home (episode 4)",
        "Lamb's-wool blanket in the cot | removed on HV advice",
        "Pet lamb on the smallholding | the child's job to feed it",
    ],
    "fox": [
        "Fox in the yard at night | child frightened | sleep poor",
        "Fox droppings in the yard (housing survey)",
        "Dead fox on the road outside | children upset (school note)",
        "Foxgloves by the unfenced pond (photo 8)",
        "Toy fox left at the father's flat --> child distressed at bedtime",
        "Fox hunting: the father's reason for keeping a shotgun (police)",
    ],
    "banks": [
        "Food banks | 6 vouchers issued | 01/2022-06/2022",
        "Banks asked to flag the account (financial abuse, row 58)",
        "Found on the canal banks at 23:00 (missing episode 4)",
        "River burst its banks --> family to a rest centre",
        "Debts to two banks and a payday lender (financial tab)",
        "Clothing banks in the car park: the only source of clothes, the mother said.",
    ],
}

FIFTYNINTH_UNLISTED = [
    "Who's who (not on the identity list): {U}\tlodger at the address, 2021",
    "22/02/2022 | Police | {U} stopped in a car with the child in {T} | PNC ref held",
    "Dr {U} | consultant paediatrician | ED attendance 18/10 | ED-9921",
    "Mrs {U}\tneighbour\tmade 3 calls to police (rows 52, 60, 71)",
    "{T} --> hostel --> temporary flat --> {T} again (timeline of moves, 2020-2022)",
    "|{U}|friend of the partner|not checked|",
    "Filter note: rows mentioning {U} were added from the police return on 03/04.",
    "Surname, forename | {U} | role: family friend | address: {T}",
    "Box 3 (family members known to your agency): {U} - maternal uncle, lives in {T}.",
    "St {U}'s primary | previous school | left 07/2020",
    "Action 2.4 | Owner: PR | Trace and interview {U} | RAG: A",
    "=> 11/11/2021: girl seen getting into {U}'s car outside the shop in {T}",
    "DATE      WHO           WHERE\n05/08/22  {U}           {T} bus station",
    '"{U} said he was her uncle" - note on the ED triage form',
    "ep 5 | {T} | {U} | unknown adult at the flat | not followed up",
]
