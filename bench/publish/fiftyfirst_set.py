"""Fifty-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc,
then printed with sed -n in four ranges, lines 1-200, 200-600, 600-1000 and 1000-1423, rather than
with cat; not imported), for the format: the {P}, {U} and {T} placeholders, the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it ends a sentence or a line, so a name after
"aka", after "dp" or glued to a time keeps its case), the word-names and the other name lists
(plain given names, street trees, the syllables of invented surnames and towns, the first names it
gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will" among them) and the number
of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title or rank is put before {U} or {P}), and
that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder, so no
literal brace appears anywhere in this family. The first 45 lines (the headers) of the
forty-seventh, forty-eighth, forty-ninth and fiftieth families, read with head -45 in one shell
loop, and nothing else of them; none of those modules was imported. The [tool.ruff] table of
pyproject.toml, printed with sed up to the heading of [tool.ruff.lint], and then [tool.ruff.lint]
itself up to the heading of [tool.mypy], for the line length (100) and the rules selected (E501
among them). The absence of this file was tested with test -e and the path .venv/bin/ruff with ls;
no directory was listed, so no file name in bench/publish was seen beyond those the brief and
corpus.py name. The fifty-second family, written at the same time by another writer, was not read.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "telly", "tally", "nan" and the
like) are kept out of every sentence here, as whole words, from general knowledge, so a young
person in custody has clothes but never a kit, a scam is a scam, and a grandmother is never a nan.
Words that merely contain a word-name, a plain given name or a street tree ("prosecution",
"prosecutor", "arose", "probation", "problem", "probably", "robust", "wardrobe", "robbery" outside
the sentences for Robert, "joyriding" and "enjoy" outside those for Joy, "carjacking", "jacket" and
"hijack" outside those for Jack, "risky", "whisky", "chamber", "remarks", "marked", "unmarked",
"supermarket", "hopeful", "faithfully", "disgrace", "milestone", "smiles", "chill", "labelled",
"belly", "marshal", "willing", "maybe", "mayor", "privy", "wholly", "academic", "parliament",
"Christmas", "Christian") are kept out of every sentence but the ones written for that word, so a
case is "charged", never sent to a prosecutor, an adult supervisor is a "YJS case manager", and
the person and unlisted templates carry no "will", "may" or "bill" at all; in the ordinary
sentences an inflection that holds the word ("Marked", "Hopes", "Robbed", "Robbery", "Joyriding",
"Carjacking", "Billing", "Woodwork", "Wooden", "Hillside", "Marshland", "Lambing", "Foxes",
"Brownish", "stones", "dawned", "Frankly") is let stand where it is the first match. A throwaway
check, piped to python from the command line and saved to no file, took the name lists and
FRESH_ORDINARY from corpus.py by parsing its text with the ast module (it was not imported), read
this file the same way, applied the marking rule as read in corpus.py to this family's ordinary
sentences, looked for stray word-names, plain given names, street trees and unlisted first names
(as substrings, in all three exports, the word of an ordinary sentence excepted), invented
surnames and towns built from the syllable lists and nicknames (as whole words), checked that each
person template has exactly one {P} and no other placeholder, that each unlisted template has only
{U} and {T}, that no other brace appears, and that every non-ASCII character is written as an
escape; the parse check in the brief was run, and ruff check and ruff format were run on this
file only. Nothing under src/ or tests/, no README, no word list, no run_bench.py, no other part of
any sentence family and no git history was read; git was not run and the benchmark was not run.
No real person, child, family, case, court, force, unit or place is named or described: the
custody references, dates of birth, times and amounts are made up, victims are "V1" and the like
rather than initials of anybody, and the street-name joins use the placeholder itself ("aka {P}").

Styles. Youth justice records, in the voice of the people who write them: police custody records
for a child (booking-in, detention authorised, the PACE review, the appropriate adult called out,
cell observations and healthcare entries, release under investigation), with the time stamp set
before the name, glued to it ("01:15hrs" with no space) or inside a lower-case reference line;
youth court lists and case headings with the name surname-first or in capitals beside a date of
birth or an age, co-defendants joined with "&" and "and", "R v" before the name, and a heading
split over lines ("Name:" then the name on its own line); pre-sentence reports and AssetPlus
summaries with the name after a colon or a dash; referral order panel minutes and contracts
(attendance lists, the child's own words in quoted speech, the name after a quotation, a
possessive, reparation hours); out-of-court disposals (Outcome 22, youth caution, triage);
secure children's home and young offender institution logs (night checks, adjudication,
segregation, sentence calculation); restorative justice and victim liaison notes with the victim as
"V1" and the offender named on a labelled line; National Referral Mechanism and county-lines
entries (reasonable and conclusive grounds, the section 45 defence, the name after "aka"); and
bail conditions, curfews and electronic monitoring alerts, with the name in brackets, after a
slash or before a colon. The ordinary sentences put each word-name where these records would meet
it: custody marks, curfew hours at dawn, the risk rating amber, the trap house on the hill or by
the marsh, a "rob" in a group chat, a bill that links a phone to a line, and the months and modals
of court dates and bail conditions, at the start of a sentence and within it.
"""

FIFTYFIRST_PERSON_SENTENCES = [
    "00:47 {P} booked into custody; detention authorised to obtain evidence by questioning.",
    "01:15hrs{P} placed in cell 6, 30-minute observations, no rousing required.",
    "02:40 Welfare check - {P} awake, given a blanket and a drink of water.",
    "03:05 Appropriate adult requested for {P} from the on-call volunteer scheme; ETA 90 minutes.",
    "DP: {P} - juvenile, 15 yrs, arrested 23:52, arrival at the custody suite 00:31.",
    "Custody officer's note: {P} not to be interviewed until the AA is present.",
    "{P}/AA private consultation with the duty solicitor, 04:20-04:55.",
    "Interview of {P} concluded 06:12; no comment to all questions, on legal advice.",
    "Review at six hours: continued detention of {P} authorised by the inspector by telephone.",
    "{P} released under investigation at 09:30 into the care of the maternal aunt.",
    "custody ref 41/2211/26 - dp {P} - seen by the healthcare practitioner at 04:32, stomach pain.",
    "{P} (DOB 03/06/2009) - possession of a bladed article - first appearance.",
    "YOUTH COURT LIST, COURTROOM 2, 10:00\n{P} & co-defendant (17) - s.18 wounding - sent to the "
    "Crown Court.",
    "R v {P} and others: plea and trial preparation hearing listed for 19 March.",
    "{P}, 16 yrs, pleaded guilty at the first opportunity; referral order, 9 months.",
    "Adjourned for a pre-sentence report; {P} remanded to local authority accommodation.",
    "PRE-SENTENCE REPORT\nName: {P}\nOffence: possession of a bladed article in a public place.",
    '{P} accepts responsibility but says the knife was carried "for protection".',
    "Referral order panel - initial meeting\nYoung person: {P}\nParent/carer: mother (attended).",
    "Contract agreed and signed by {P} at 17:40: six weekly sessions and a letter of apology.",
    '"I just want to get it done and move on," {P} told the panel.',
    'Asked what had happened, {P} said: "I was there but I never touched him."',
    "Community panel members praised {P}'s progress at the interim review.",
    "Reparation: {P} completed 8 of 12 hours at the community garden.",
    "Final panel: {P} has complied with every element of the contract; order discharged.",
    "AssetPlus - {P}: likelihood of reoffending medium, risk of serious harm high.",
    "Foundations for change: {P} goes to a boxing club and wants to train as an electrician.",
    "Speech and language screening showed {P} understands about half of what is said in court.",
    'Explanation of the offence (own words, {P}): "They said I owed them, so I had to run it."',
    "Outcome 22 applied: {P} to complete a YJS intervention instead of being charged.",
    "Youth caution given to {P} at 16:10 in the presence of the mother.",
    "Joint decision panel (police/YJS) considered {P}: youth conditional caution, 3 conditions.",
    "Triage outcome for {P}: no further action after two sessions on knife awareness.",
    "Unit log 21:30 - {P} refused to go back to the room; talked down, no restraint used.",
    "Secure children's home, night log: {P} asleep at 23:10, observations every 15 minutes.",
    "{P} - adjudication for possession of a vape; loss of privileges for 3 days.",
    "Segregation: {P} removed from association under rule 49 at 14:05.",
    "Sentence calculation for {P}: DTO 8 months, release at the halfway point to supervision.",
    "RJ conference: V1 read her statement; {P} listened and then apologised to her in person.",
    "Shuttle mediation only - the victim did not want to meet {P} face to face.",
    "Letter of apology from {P} checked by the victim liaison officer before it was passed on.",
    "Offender: {P}\nVictim: V1 (initials withheld at her request)\nOutcome: direct conference.",
    "{P} found in a flat with two adult males, \u00a31,400 in cash and a phone taking line texts.",
    "Section 45 defence raised on behalf of {P}; the conclusive grounds decision is awaited.",
    "County lines: {P} reported missing 4 times in 6 weeks, each time found in a coastal town.",
    "aka {P} on the deal line, according to the intelligence log.",
    "Bail conditions ({P}): curfew 19:00-07:00, tagged, not to enter the town centre.",
    "EM alert 22:16 - {P} not at the address; back indoors 22:41, violation logged.",
    "Breach: {P} arrested at 01:30 for breaking curfew and held overnight for court.",
    "ISS timetable - {P}: 25 hours a week, including education and reparation.",
    "Present: {P}, mother, YJS case manager and two community panel volunteers.",
    "re: {P} - remand review, Thursday 14:00 (video link from the YOI)",
    '"{P} was not the one with the knife," the co-defendant said in interview.',
    '"{P} is a good kid, he just got in with the wrong crowd," the mother told the panel.',
    "NRM outcome: {P} - positive conclusive grounds decision received 14/02/2026.",
]

FIFTYFIRST_ORDINARY = {
    "hope": [
        "Hope was the word the young person chose for the front of the contract.",
        "The panel ended on a note of hope after the third review meeting.",
        "His mother had given up hope of him staying out of custody.",
        "Hope, the case manager wrote, lies in the boxing club and the college place.",
        "22:10 Call from the secure home: no hope of a bed tonight, try the next unit.",
        "Hopes of a community sentence faded once the report rated the risk of harm high.",
        "The boy said his only hope was to move away from the estate and the line.",
    ],
    "grace": [
        "The YJS gave a week's grace before reporting the missed appointments as a breach.",
        "Saying grace before tea is part of the routine at the secure children's home.",
        "He accepted the panel's decision with good grace and signed the contract.",
        "Grace periods for late returns on the curfew are set by the monitoring contractor.",
        "A fall from grace, the report said, after two years without a single arrest.",
        "Grace under pressure in the interview room impressed the appropriate adult.",
    ],
    "mark": [
        "A red mark on the left wrist was noted on the custody record at booking-in.",
        "Marks from the handcuffs were photographed by the healthcare practitioner.",
        "Mark the PACE clock at the time of arrival, not arrest, the sergeant told staff.",
        "The order reached its halfway mark with every session attended.",
        "Staff mark each observation on the log with the time and their initials.",
        "A scuff mark on the cell wall matched the trainers seized as evidence.",
        "Marked improvement in school attendance was reported at the second panel.",
    ],
    "rose": [
        "Reoffending rates rose across the county after the youth club closed.",
        "Tension rose on the wing after two boys from rival areas arrived on the same day.",
        "The number of knife offences by under-18s rose sharply over the year.",
        "He rose to leave when the victim's mother began to read her statement.",
        "Arrests of children for drug supply rose by a third in the review period.",
        "A rose was drawn on the front of the letter of apology.",
        "Rose-tinted accounts from the family did not match the police log.",
    ],
    "may": [
        "May half-term was when the first arrest happened.",
        "The young person may be interviewed only with an appropriate adult present.",
        "In May the panel agreed to extend the order by three months.",
        "Bail may be refused if the court fears further offences, the solicitor explained.",
        "On 9 May the tag was removed and the curfew lifted.",
        "The Youth Justice Board may ask for the case to be looked at as a serious incident.",
        "From late May the boy was staying at a trap house two hours away.",
    ],
    "will": [
        "The panel will meet again in six weeks to review the contract.",
        "Staff will complete a welfare check every 15 minutes overnight.",
        "He said the older boys will come for his family if he talks.",
        "A will was drawn up by the grandmother, leaving the flat to the mother.",
        "The court will not accept another breach, the district judge warned.",
        "Against his will he was driven to a flat two counties away.",
        "Who will tell the victim about the outcome was never decided.",
    ],
    "william": [
        "The panel will meet again in six weeks to review the contract.",
        "Against his will he was driven to a flat two counties away.",
        "Staff will complete a welfare check every 15 minutes overnight.",
        "A phone bill of several hundred pounds showed calls to the line at all hours.",
        "The bill for the damage was passed to the youth justice team to settle by reparation.",
        "Bills for the family's gas were paid by the boy from money the older males gave him.",
        "The court will not accept another breach, the district judge warned.",
    ],
    "bill": [
        "A phone bill of several hundred pounds showed calls to the line at all hours.",
        "The bill for the damage was passed to the youth justice team to settle by reparation.",
        "Bills for the family's gas were paid by the boy from money the older males gave him.",
        "Billing records from the network were requested for the exploitation enquiry.",
        "A bill poster advertising a drill night was found in his room.",
        "The new sentencing bill came up in the training for panel volunteers.",
        "An unpaid bill from the taxi firm linked him to the journeys.",
    ],
    "amber": [
        "AMBER: risk of serious harm to others, review in eight weeks.",
        "The exploitation screening tool came out amber for criminal exploitation.",
        "Amber ratings on the missing-from-home matrix trigger a return interview.",
        "The wing log shows amber for self-harm since the remand hearing.",
        "An amber light on the tag unit means the battery is low.",
        "The safety and wellbeing rating was raised from amber to red after the stabbing.",
        "Amber-coloured liquid in a plain bottle was seized from his bag.",
    ],
    "sky": [
        "The sky was still dark when officers forced the door at the trap house.",
        "Sky-blue tracksuits were the colours of the group, police said.",
        "He said he had not seen the sky for three days while holding the line.",
        "A Sky subscription in his name was used to launder cash, the investigator thought.",
        "Under a grey sky the panel met outdoors at the community garden.",
        "The secure home's yard is fenced so high that only the sky is visible.",
    ],
    "faith": [
        "Faith: Muslim (practising); prayer mat requested on arrival at the unit.",
        "The chaplaincy offered faith-based support on the wing.",
        "He had lost faith in the police after being stopped and searched six times in a month.",
        "The panel acted in good faith on the information it was given.",
        "Faith groups in the area run the only youth provision open at weekends.",
        "The mother put her faith in a move to another city to break the link with the line.",
    ],
    "holly": [
        "Scratches on his arms came from the holly hedge he hid in, police said.",
        "Holly wreaths hung on the doors of the YJS office in December.",
        "The knife was found under a holly bush in the park.",
        "Holly berries in the garden of the secure home were cleared for safety.",
        "A sprig of holly was drawn on his cell card.",
        "He ran through the holly at the back of the flats to get away from the officers.",
    ],
    "ruby": [
        "Ruby-red swelling on the knuckles was recorded at booking-in.",
        "A ruby ring was among the stolen property listed on the charge sheet.",
        "His grandmother's ruby wedding was the last family event before the remand.",
        "The victim's ruby pendant was returned to her after the trial.",
        "Ruby-coloured liquid in a bottle in his bag was tested and found to be codeine.",
        "A ruby stud earring was seized with the phones and cash.",
    ],
    "daisy": [
        "The reparation group planted daisy borders along the path at the hospice.",
        "Daisy-chain recruitment, one child bringing in the next, was described by the analyst.",
        "The visits room at the secure home has daisy wallpaper and a box of toys for siblings.",
        "A small daisy tattoo on his left hand was noted at reception into the YOI.",
        "He picked a daisy from the lawn and twisted it while the victim spoke.",
        "Daisy print bedding had been left in the cell by the last occupant.",
    ],
    "summer": [
        "Summer is when the line recruits most, the exploitation lead told the panel.",
        "Over the summer he was arrested three times in six weeks.",
        "The summer holiday activities programme offered him a place he never took up.",
        "Summer 2025: two NRM referrals, one remand, one release on tag.",
        "As a summer-born child he was among the youngest in his year group.",
        "Late in the summer term the school excluded him for carrying a knife.",
        "The custody suite was stifling in the summer heat, the appropriate adult noted.",
    ],
    "joy": [
        "Joyriding in a stolen car was the first offence on his record.",
        "There was no joy in the visits hall, the chaplain wrote.",
        "Joy at his release lasted until the first curfew check.",
        "The mother spoke with joy about his place on the apprenticeship.",
        "Joy, fear and anger cards were used in the victim awareness session.",
        "He said he felt no joy from the money, only fear of the older males.",
    ],
    "dawn": [
        "Dawn raids on four addresses led to the arrest of two children and three adults.",
        "At dawn officers forced entry to the flat used as a trap house.",
        "From dusk to dawn he was on curfew for the length of the order.",
        "It dawned on the panel that nobody had asked who had given him the phone.",
        "Dawn was breaking when he was released from the custody suite.",
        "He was found at dawn on a railway platform, with a phone and \u00a3200 in cash.",
    ],
    "ivy": [
        "Ivy covered the back fence where the knife had been hidden.",
        "The ivy on the wall of the secure home was cut back after an escape attempt.",
        "Ivy leaves were caught in his hair and clothing when he was detained in the park.",
        "He climbed the ivy-clad drainpipe to get into the flat, police said.",
        "Ivy-covered garages behind the estate are where the deals take place.",
        "The reparation group cleared ivy from the war memorial in the park.",
    ],
    "jack": [
        "Carjacking was the charge, though he said he only sat in the back.",
        "A car jack was used to break the shop window, the CCTV showed.",
        "The older males would jack cars to order for a dealer in the next town.",
        "A Union Jack hung over the bed in his room at the hostel.",
        "He called himself a jack of all trades, doing cash-in-hand work for a scrapyard.",
        "A jack-knife was found in the lining of his coat at the search.",
    ],
    "robert": [
        "The boys planned to rob a phone shop, according to the group chat.",
        "Robbery of a younger pupil's bike was the index offence.",
        "He was told to rob other dealers' runners to pay off the debt.",
        "Robbed at knifepoint himself, he said he carried a blade for protection.",
        "A plan to rob the post office was overheard by a youth worker.",
        "The charge was reduced from robbery to theft after the CCTV was viewed.",
        "Older youths would rob the younger ones of their phones at the bus station.",
    ],
    "frank": [
        "There was a frank exchange at the panel about his use of cannabis.",
        "He was frank about owing money to the older boys.",
        "Frank disclosure of the exploitation came only at the third interview.",
        "The case manager was frank with the mother about the chance of custody.",
        "To be frank, nobody knew where he was sleeping, the review found.",
        "Frankly, the bail address was unsuitable from the start.",
        "In a frank letter to the panel, the victim described the effect on her sleep.",
    ],
    "miles": [
        "The trap house was over a hundred miles from his home town.",
        "He was moved 200 miles to a secure children's home because no nearer bed was free.",
        "Miles from anyone he knew, he was found in a coastal resort.",
        "The tag exclusion zone reached two miles around the victim's address.",
        "The accounts of the two boys were miles apart.",
        "His mother drove 90 miles each way for the Saturday visit at the YOI.",
        "Distance from home to the YOI: 46 miles, no direct train.",
    ],
    "dean": [
        "The dean of the sixth-form college wrote a reference for the court.",
        "A letter from the assistant dean confirmed he had a place on the course.",
        "The cathedral dean hosted the restorative conference in the chapter house.",
        "The rural dean offered the church hall for the panel meetings.",
        "A character reference from the dean of students was read out at sentencing.",
        "The Dean's office at the university sent a statement about his enrolment.",
    ],
    "marsh": [
        "The phones were thrown into the marsh as police approached.",
        "Marsh land behind the industrial estate is used to stash drugs.",
        "He was found hiding on the marsh after a four-hour search with a helicopter.",
        "Marshland paths near the caravan site are unlit and isolated.",
        "The reparation team cleared litter from the salt marsh nature reserve.",
        "A knife wrapped in a carrier bag was recovered from the marsh by the dive team.",
    ],
    "hill": [
        "The flats at the top of the hill are where the line is run from.",
        "He ran up the hill and over the fence before the officers caught him.",
        "Hillside garages near the estate are a known stash point.",
        "The secure home stands on a hill outside the town, an hour from his family.",
        "Youths gathered on the hill behind the school to sell cannabis at lunchtime.",
        "From the hill he could watch the road for police cars, he said.",
    ],
    "wood": [
        "Woodwork sessions at the YOI gave him his first qualification.",
        "A length of wood with nails in it was recovered from the car.",
        "The boys met in the wood behind the park to hand over the drugs.",
        "The cell door was steel, not wood, the custody officer pointed out.",
        "Wooden pallets had been stacked against the back door of the trap house.",
        "A wood-handled knife was seized from the glovebox.",
    ],
    "stone": [
        "A stone was thrown through the victim's window the night before the hearing.",
        "He had lost almost a stone in weight during the first month on remand.",
        "Stone-faced, he said nothing through the whole of the interview.",
        "The secure home is a stone's throw from the magistrates' court.",
        "Stone steps led down to the basement flat where the drugs were found.",
        "Paving stones had been lifted to hide the cash, the search team found.",
    ],
    "bell": [
        "The door bell at the bail address was broken, so the curfew check was a knock.",
        "The bell went for lunch and he left the education block without staff.",
        "At the bell for association the fight started on the landing.",
        "The cell call bell was pressed at 02:20 and answered within two minutes.",
        "Nobody answered the bell when the YJS worker called for the home visit.",
        "A bell on the door of the community shop rang as he came in for reparation.",
    ],
    "brown": [
        "Brown powder in wraps was found in his underwear at the strip search.",
        "He was wearing a brown puffer coat in the CCTV stills.",
        "Brown envelopes from the youth court were left unopened in the hallway.",
        "The bruise had faded to a yellowish brown by the second panel.",
        "Brownish staining on the cuff of the hoodie was sent for testing.",
        "Heroin is sold on the line as brown and crack as white, the officer explained.",
    ],
    "green": [
        "Green: engaging well, no new concerns (YJS traffic-light rating).",
        "A green holdall containing two machetes was found in the boot.",
        "He was still green when he started running the line, the NRM referral said.",
        "The village green is where the younger boys were first approached.",
        "The panel gave the green light to a reparation project at the allotments.",
        "Green bins behind the shops were used to hide the drugs.",
    ],
    "lamb": [
        "Lamb stew was the only hot meal he had all week, he told the panel.",
        "Lambing season took him to his uncle's farm, away from the line, for two months.",
        "Gentle as a lamb at the unit, he was described very differently in the police report.",
        "A toy lamb was the only thing he took with him into the secure home.",
        "The reparation placement on the city farm involved feeding a lamb every morning.",
        "Like a lamb to the slaughter, the chair said, he walked into the older males' trap.",
    ],
    "fox": [
        "A fox had dragged the carrier bag of wraps out from under the hedge.",
        "Fox cubs under the shed at the secure home were the one thing he looked forward to.",
        "He was as sly as a fox in interview, the officer's statement said.",
        "The CCTV showed a fox crossing the car park a minute before the stabbing.",
        "Foxes had torn open the rubbish bags outside the bail address.",
        "A dead fox on the road outside the hostel upset him on his first night out.",
    ],
    "banks": [
        "The river burst its banks and the tag signal was lost for two hours.",
        "Banks were asked to freeze accounts opened in his name by the older males.",
        "Money was moved through accounts at three banks, making him a money mule.",
        "He was found sleeping on the canal banks at 04:00.",
        "Clothing banks in the car park were where he dumped the hoodie.",
        "The boys gathered on the grassy banks by the ring road to deal.",
    ],
}

FIFTYFIRST_UNLISTED = [
    "Custody sergeant on duty: {U}, who authorised detention at 23:58.",
    "The appropriate adult, {U}, arrived at 03:40 and stayed until the interview ended.",
    "Co-defendant {U} (17) was remanded to a YOI; the younger boy was bailed.",
    "Intelligence: an adult male aka {U}, believed to run the line from {T}.",
    "Dr {U}, the forensic medical examiner, saw the boy at 05:10.",
    "Mrs {U}, a community panel member, chaired the initial panel.",
    "The victim, {U}, asked for her letter to be read out at the conference.",
    "He was found at an address in {T}, two hours by train from home.",
    "Duty solicitor {U} advised a no-comment interview.",
    "The NRM referral named {U} as the adult who gave him the phone.",
    "Bail address: the grandmother's flat in {T}.",
    "{U}, the YJS case manager, wrote the pre-sentence report.",
    '"{U} said I had to pay back the 600 or they would come to the house," he told the panel.',
    "He was moved to a secure children's home in {T} at 21:00.",
    "St {U}'s pupil referral unit confirmed he attended on 3 of 5 days.",
    "The restorative justice facilitator, {U}, met the victim twice before the conference.",
]
