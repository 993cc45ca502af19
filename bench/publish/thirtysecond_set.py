"""Thirty-second sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a
template, the word-names and ORDINARY keys, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its space, "bill" for William when
there is no "will ", and "rob" for Robert); the titles it expects before {U} ("Mrs", "St",
"Dr"), and how the thirtieth family's three exports are imported and wired into SENTENCE_SETS.
The first 45 lines (the headers) of the twenty-seventh, twenty-eighth, twenty-ninth and
thirtieth families, whose modules were imported only to count the sizes and types of their
exports (and that their ORDINARY dicts have the generator's keys and 198 sentences each); a
grep for the lines assigning the export names in the thirtieth file showed those three lines
and their numbers and nothing else; pyproject.toml only around its ruff settings (the grep's
context also showed the neighbouring per-file ignores, mypy and pytest lines); and the file
names in bench/publish. Importing the families and corpus.py ran the code under src/ without
its text being read, and the generator's nickname function was called (not read) on its given
names so that no nickname it can produce is used as an ordinary word here. Nothing under src/
or tests/, no README, no other part of any sentence family, the thirty-first family not at
all, no word list and no git history was read, and the benchmark was not run. No real person,
case, family, child, school, place or published review is represented: every name of the case
is filled in by the generator's placeholders, and the partnerships, panels, agencies, trusts,
units and services described are generic or invented; the public bodies, brands, idioms and
plant names mentioned are public ones, there only for the words they contain.

Styles. Person entries put the name in the published review itself and the paper that
surrounds its publication, written by practitioners and reviewers in formal English. From the
report: title pages, part and section headings in mixed and upper case, a case reference and
a document ID glued to the name by a hyphen, an in-memoriam line with years of life, the
executive summary, numbered chronology summary paragraphs with dates in several forms, times,
ages ("then aged 19 months", "(2y 5m)", "(F, 13)", "/13/F", "3y 1m"), weights and centiles, key
practice episodes ("KPE 2"), analysis paragraphs that ask questions of the record, numbered and
upper-case findings, recommendations ("R5."), action plan rows in pipes with owners and target
dates, terms of reference and a "ToR 4" question, methodology, the family involvement section
with family members' words in quotation marks, a glossary mapping "Child A" to the name,
footnote and endnote lines (a bracketed number, a roman numeral, a superscript digit glued to
the name and a footnote number that lost its superscript on copying), appendices, a genogram
line, and tables of agencies' involvement in pipes and tabs. Around the report: practitioner
event notes, learning-event flipcharts and sticky notes (capitals, "=", "??", "x3"), IMR and
agency-report extracts quoting paragraphs, reflective logs in the first person, panel minutes
(apologies, present, matters arising, actions), national panel notifications and serious
incident notifications, rapid review templates with numbered questions, factual accuracy
checks, redaction checks, draft version notes, a seven-minute briefing and an embargoed press
release. The name stands as subject, object, "of" possessive, in
apposition, in parentheses and square brackets, in lists of attendees and household members,
in headings, in quotations from records and from family members, in questions, and in slots
that make a word-name read as the ordinary word ("A sense of {P}", "relied on {P}", "Only {P}
stood between", "Thanks to {P}", "In {P} the family had", "the {P} case", "{P}-related").
Ordinary entries put each word-name in the same genres: action-plan keys ("Amber:", "Green:"),
RAG ratings, diversity labels ("Faith:"), glossary entries, months in scope periods and dates
("4 May", "11th May", "March to May 2020"), numbers beside the word ("rose by 38 per cent",
"the 12-week mark", "120 miles", "more than a stone"), inflections ("Robbery", "Billing",
"Lambing", "Frankness", "Deanery", "dawned", "Hillside", "Woodland"), idioms ("pie in the
sky", "pride and joy", "a stone's throw", "alarm bells", "green light", "over the hill"), and
the word at the start of a sentence where a name would stand. Unlisted entries name reviewers,
authors, panel members, a lodger, a neighbour and the towns a family came from.
"""

THIRTYSECOND_PERSON_SENTENCES = [
    # Title pages, headings and references.
    "Local Child Safeguarding Practice Review: {P}",
    "LEARNING FROM THE LIFE AND DEATH OF {P}",
    "Part Two - {P}: A Chronology of Agency Involvement",
    "3. {P} and the household (2016 to 2021)",
    "4.2 Key practice episode 1: {P} is born at 33 weeks (weeks 0 to 6)",
    "Case reference CSPR/2021/07 ({P})",
    "Document ID: SCR21-{P}-IMR03",
    "In memory of {P}, 2017-2021.",
    "Executive summary: the review concerns {P}, who died aged 3 years and 4 months.",
    "Learning brief: {P} (published October 2023)",
    # Chronology summary.
    "2.1 {P} was born on a Tuesday in the winter of 2017, the third of four children.",
    "2.6 Between 14/03/2019 and 02/10/2019 {P} was seen by nine different practitioners.",
    "On 17.06.2020 at 09:42 {P} arrived at school with a swollen left eye.",
    "The chronology shows {P} missing 11 health appointments in 18 months.",
    "Eight days later, at 23:55, {P} was taken to hospital by the maternal grandmother.",
    "By the age of 14 months {P} had attended the emergency department four times.",
    "Entry 132 (GP, 05/11/2020): {P} seen with a cough; no note of the bruise.",
    "03/02/2021 - 18:20 - {P} - 999 call - conveyed to the children's hospital.",
    "{P}, then aged 19 months, was weighed for the last time on 21 April 2020.",
    "{P} (2y 5m) was not brought to the audiology appointment on 8 September.",
    "At 14 years and 2 months {P} was first reported missing.",
    "{P}, 15, told the school nurse in January that the partner was controlling.",
    "2019-11-04 {P} registered at the new practice; records not transferred until 2020-02-17.",
    "On the 3rd of February, shortly after 7pm, {P} rang the police from a neighbour's phone.",
    # Key practice episodes.
    "KPE 2: the vulnerability of {P} during the first lockdown (March to July 2020).",
    "During this episode {P} was not seen face to face by any agency for 97 days.",
    "The key question for this episode is whether {P} was visible to the professionals.",
    "Practitioners who worked with {P} in this period described a household in constant crisis.",
    "Key Practice Episode 4 begins when {P} moves into the flat with the children.",
    # Analysis.
    "5.4 Analysis. The lived experience of {P} was largely absent from agency records.",
    "It is striking that {P} was discussed at three strategy meetings but never seen alone.",
    "Had the health visitor known what the school knew about {P}, the outcome might differ.",
    "Professionals saw {P} through the lens of the mother's needs.",
    "What did it mean for {P} to live with a parent whose drinking was escalating?",
    "The review cannot say with certainty that the outcome for {P} could have been prevented.",
    "Neither the GP nor the school connected the weight loss of {P} with the partner's arrival.",
    "Nothing in the records suggests {P} was asked about the injuries.",
    "Agencies relied on the mother's account, and {P}, at four years old, had no voice.",
    "The reviewer is of the view that {P} experienced cumulative neglect from at least 2018.",
    "For {P}, the consequences of a missed referral were serious and lasting.",
    "Why was {P} not referred when the second injury was seen?",
    "This was not a failure by {P} but by the system around the family.",
    # Findings and recommendations.
    "Finding 1: Practitioners did not hear the voice of {P} because nobody asked.",
    "Finding 4. Information sharing about {P} between health and education was fragmented.",
    "FINDING 3 - {P} WAS SEEN BUT NOT HEARD",
    "Recommendation 2: assurance is needed that children in the position of {P} are seen alone.",
    "R5. Agencies are asked to audit ten cases similar to that of {P} by 31/03/2024.",
    "In making these recommendations the panel has kept {P} at the centre of its thinking.",
    # Action plans.
    "Action 3.2 | Owner: named GP | By: 30/06/2023 | Learning from {P}: fathers unseen",
    "Action plan ref AP-07 (linked to {P}) - single-agency training on pre-verbal children.",
    "All {P}-related actions were signed off by the board in March 2024.",
    # Terms of reference and methodology.
    "Terms of reference: agency involvement with {P} from 01/01/2019 to 14/02/2021.",
    "ToR 4: How well did agencies understand the daily life of {P}?",
    "The scope was extended to include the older sibling after {P} disclosed abuse.",
    "The method combined a chronology, agency reports and a practitioner event about {P}.",
    "Twelve practitioners who knew {P} were interviewed individually or in pairs.",
    "The reviewer read 1,400 pages of records relating to {P} and the wider family.",
    # Family involvement.
    "The reviewer met {P} and the grandmother at their home on 9 November 2022.",
    "{P} chose not to contribute to the review, and that decision is respected.",
    "{P} read the draft report with the help of an advocate and asked for two changes.",
    "The family asked that {P} be described as funny, stubborn and kind.",
    '"{P} was everything to us," the grandfather told the reviewer.',
    '"Nobody ever asked {P} what was going on," the aunt said at the family meeting.',
    '"I told them about {P} and they did nothing," the mother wrote to the panel.',
    'Family member\'s words (with permission): "{P} loved the swings and the ducks."',
    "The father, {P}, declined to meet the reviewer while criminal proceedings were ongoing.",
    "{P}, the mother, contributed by telephone on two occasions in 2023.",
    'In the words of the older sister: "When {P} cried, I was the one who got up."',
    # Glossary, footnotes and endnotes.
    "Glossary: Child A - {P}; Child B - the older half-sibling.",
    "Throughout this report {P} is referred to by the name chosen by the family.",
    '{P} (referred to in agency records as "Baby C")',
    "{P}12 was not seen again by health services after this date.",
    "{P}³ was recorded as living at the address from March 2020.",
    "[14] Health visiting record for {P}, entry dated 04/09/2019.",
    "Endnote iv. Police log 20/0913 refers to {P} as the 'informant'.",
    "17 Conversation between the reviewer and {P}, 03/03/2023.",
    # Appendices and tables of agencies' involvement.
    "Appendix A: Agencies involved with {P} and the family",
    "| GP | {P} | 6 contacts | 2019-2021 |",
    "Table 2 - Contacts with {P} by agency and year (n = 214)",
    "Children's social care\t{P}\t12/08/2019\tContact\tNFA",
    "Row 14: 22/07/2020 | Education | {P} absent | No follow-up recorded",
    "Appendix C (genogram): {P}, b. 2016, lives with mother and two siblings.",
    "Appendix D lists the 17 occasions on which {P} was discussed at a multi-agency meeting.",
    "| 0-19 service | 14 | {P} | Universal plus |",
    # Practitioner event notes and flipcharts.
    "Practitioner event 12/01/23 - Group B notes: who was the lead for {P}? Nobody sure.",
    "Facilitator's note: the room went quiet when the photograph of {P} was shown.",
    'Practitioner (school): "We thought {P} was being seen by someone."',
    "Notes from table 3: {P} - pre-verbal, so whose job to notice?",
    "FLIPCHART: WHAT WAS IT LIKE TO BE {P}?",
    "Sticky note: {P} = invisible in health records??",
    "Timeline wall: {P} - 2019 - moved x3 - new GP each time",
    "Post-it (yellow): 'we never met {P}'",
    "- Think family! {P}?",
    "Group 2 flipchart, bullet 5: dad/partner ({P}) not assessed",
    # IMR and agency reports.
    "IMR (Acute Trust) para 6.3: {P} was triaged as 'minor injuries' and waited 4 hours.",
    "The police IMR states that {P} was not listed as present at either domestic incident.",
    "Agency report (Education), section 2: {P} joined the school in Year 3 in September 2019.",
    "According to the health IMR, {P} had no named health visitor between 2019 and 2020.",
    "The ambulance service report records {P} as 'Pt 2, female, approx 16'.",
    "IMR author's analysis: the focus shifted to the mother and {P} slipped out of view.",
    "Children's services agency report: {P} had four social workers in 14 months.",
    "The agency report from the housing association does not mention {P} at all.",
    # Reflective logs.
    "Reflective log (HV, 15/02/21): I should have asked more about {P} and the partner.",
    "Reflective account: on reflection I did not see {P} in the bedroom, only at the door.",
    "Supervision reflective log - I still think about {P} most days.",
    "Looking back, I trusted {P} too readily because the home always looked clean.",
    # Panel minutes.
    "Minutes of CSPR panel 3 (14/09/2022), item 4: draft chronology for {P} agreed.",
    "Apologies: {P} (health visitor), detective inspector, virtual school head.",
    "Present: independent chair; designated nurse; {P}; head of safeguarding (education).",
    "Action 22 - chair to write to {P} regarding a meeting with the family.",
    "The panel discussed whether {P} should be named in the published report.",
    "Matters arising: response from {P} to the factual accuracy check still awaited.",
    "Panel discussion of the {P} case was deferred to the next meeting.",
    # National panel notifications and rapid reviews.
    "Serious incident notification submitted 11/02/2021 at 16:05: {P}, aged 2.",
    "Notification to the National Child Safeguarding Practice Review Panel: child {P}.",
    "Notifiable incident: {P} was seriously harmed and abuse or neglect is suspected.",
    "Rapid Review - Section 1 - Child: {P} | Age: 11 months | Legal status: none",
    "Rapid review held 25/02/2021, 10:00-12:30; {P} discussed under Part 2.",
    "Q3. Was {P} known to children's social care at the time of the incident? Yes.",
    "Immediate action for the siblings of {P}: strategy discussion held the same day.",
    "Decision: the case of {P} meets the criteria for a local practice review.",
    "Q7 (other children in the household): {P}, 6, and an infant of 5 months.",
    # Quotations from records.
    '"{P} happy and interactive, good eye contact" (HV record, 12/06/2019).',
    'The school log reads: "{P} hungry again, took three pieces of toast at breakfast club."',
    'GP entry: "{P} - no concerns - mum coping."',
    'Police log 14:32: "{P} refusing to open door, shouting heard."',
    'The midwife wrote: "{P} declined the routine enquiry as partner present."',
    'Social work case note (12/10/2020): "Visited. {P} asleep. Home conditions adequate."',
    # Apposition, "of" possessives, lists and objects.
    "The youngest child, {P}, was not registered with a GP until the age of two.",
    "The health visitor, {P}, visited on 14 occasions and raised concerns on six of them.",
    "The mother's partner, {P}, had previous convictions that were not shared.",
    "Her older brother {P} (aged 13 at the time) acted as a young carer.",
    "The needs of {P} were overshadowed by the adults' crises.",
    "The household comprised the mother, {P}, two half-siblings and, from 2020, the partner.",
    "Seen at the visit: mother, baby, {P} (older sibling), maternal grandmother.",
    "Those interviewed included the class teacher, the school nurse, {P} and the duty manager.",
    "The school referred {P} to the school nurse in October 2019.",
    "The duty social worker telephoned {P} at 16:50 but there was no answer.",
    "Police arrested {P} on 3 March 2021 on suspicion of causing grievous bodily harm.",
    # Ages, dates, times and codes beside the name.
    "{P} (F, 13) was reported missing seven times in the autumn term.",
    "{P}/13/F - Missing episode 4 - found in another town.",
    "Child C ({P}), aged 6, and Child D, aged 4, were placed together.",
    "The date of birth of {P} is withheld from the published version.",
    "{P} [Child 1] - Year 4 - attendance 81%.",
    "MASH contact 2020-118734: {P}, referral from school, outcome NFA.",
    "{P}, 3y 1m, weight 12.4kg (9th centile).",
    "{P} 23:50 last seen by the partner, according to his account.",
    "14.06.2020:{P} not brought to dental clinic.",
    "At 02:14 {P} was found unresponsive in the cot.",
    "{P} (b. 2015) was in Year 6 at the time of the incident.",
    "{P} - 4 yrs - CP plan (neglect) from 12/09/2019.",
    "Aged 22 months, {P} was admitted with a fractured femur.",
    # Publication.
    "Press release, embargoed until 10:00 on 12/10/2023: review into the death of {P}.",
    "The partnership's statement expresses sympathy to everyone who loved {P}.",
    "Publication was delayed at the request of {P}, the child's mother.",
    "The name {P} was agreed with the family as the pseudonym for publication.",
    "Seven-minute briefing, 1. Background: {P}, 9 months, non-accidental head injury.",
    "Redaction check: [{P}] still appears on page 14 and is to be removed.",
    "Draft v0.7 - comments from {P} (designated nurse) incorporated.",
    "Factual accuracy check: {P} asked for paragraph 4.11 to be amended.",
    "Since the {P} review, the partnership has changed its neglect strategy.",
    # Slots where a word-name reads as the ordinary word.
    "A sense of {P} was absent from every plan the reviewer read.",
    "The plan relied on {P} to keep the children safe.",
    "Only {P} stood between the children and harm, the reviewer concluded.",
    "In {P} the family had an advocate who understood the system.",
    "Thanks to {P}, the school made the referral that afternoon.",
    "Credit is due to {P}, who first raised the alarm.",
    "Practitioners spoke of {P} in the past tense at the learning event.",
]

THIRTYSECOND_ORDINARY = {
    "hope": [
        "Hope, as one practitioner put it at the learning event, is not a safeguarding strategy.",
        "The family told the reviewer they hoped the report would spare another child.",
        "Finding 3: hope and optimism about the parents' capacity to change went unchallenged.",
        "- Rule of optimism / misplaced hope (flipchart, group 2)",
        "HOPE AND RESILIENCE was the title of the second learning event.",
        "The action plan expresses the hope that all agencies sign off by 31 March 2024.",
    ],
    "grace": [
        "A grace period of 28 days was allowed for agencies to comment on the draft report.",
        "The reviewer acknowledges the grace with which the grandparents contributed.",
        "Grace periods in the housing policy (Appendix D, para 3) were applied inconsistently.",
        "Saying grace at mealtimes was the one fixed point of the day, the foster carer said.",
        "Fall from grace was the phrase a practitioner used to describe the relapse.",
        "Glossary - Grace period: the time allowed before a tenancy action begins.",
    ],
    "mark": [
        "Marks on the infant's face (Table 2, entry 19) were not measured or photographed.",
        "The 12-week mark passed without the initial child protection conference being held.",
        "Footnote 22: the body map did not mark which side of the body was affected.",
        "Practitioners were asked to mark each key practice episode on the timeline.",
        "Mark-up on the draft by the independent reviewer ran to 140 comments.",
        "The report marks the end of a two-year process for the family.",
    ],
    "rose": [
        "Referrals to the front door rose by 38 per cent in the six months after lockdown.",
        "Rose petals were scattered on the coffin, the family told the reviewer.",
        "Caseloads in the locality team rose from 18 to 27 per worker (Appendix C).",
        "Concern rose steadily through key practice episode 4, yet the plan was not changed.",
        "The panel rose at 16:30 without agreeing the final recommendations.",
        "A white rose was the family's chosen emblem for the published report.",
    ],
    "may": [
        "May 2021 to August 2022 is the scope period agreed by the panel.",
        "The draft was circulated on 4 May and returned with comments three weeks later.",
        "Practitioners may find the seven-minute briefing a useful starting point.",
        "It may be that the health visitor did not know the partner had moved in.",
        "Learning event held 11th May; 23 practitioners attended from nine agencies.",
        "Key practice episode 2 (March to May 2020) covers the first national lockdown.",
    ],
    "will": [
        "Will the learning be embedded? The panel asked each agency to answer in writing.",
        "The partnership will publish the report once the criminal trial has concluded.",
        "Agencies will report progress against the action plan every quarter.",
        "The grandfather's will and estate were not relevant to the review, the chair ruled.",
        "The girl was moved against her will to an unregulated placement.",
        "There was no shared will across agencies to hold a strategy discussion.",
    ],
    "william": [
        "Recommendations will be monitored by the learning and improvement subgroup.",
        "The child's will to communicate, through play and gesture, is clear in nursery records.",
        "Nobody will be identified in the published version of this report.",
        "An unpaid energy bill of £812 was among the papers found in the flat.",
        "Bill payments had been taken over by the partner, the financial abuse section notes.",
        "The council tax bill was sent to an address the mother had left in 2019.",
    ],
    "bill": [
        "The hospital bill for treatment overseas was never paid.",
        "Billing records from the water company showed the flat had been empty for weeks.",
        "Appendix E lists the utility bills (gas, electricity, water) in arrears.",
        "A bill of rights for children in care is cited in recommendation 6.",
        "Bills piled up unopened by the door, according to the bailiff's account.",
        "The cost of the review was billed to the three statutory partners in equal shares.",
    ],
    "amber": [
        "Amber: action started but behind schedule (action plan key).",
        "The RAG rating for recommendation 3 remains amber at the six-month review.",
        "Rated AMBER on the MASH screening tool; no strategy discussion followed.",
        "An amber alert on the health record lapsed when the family moved GP.",
        "The flipchart used coloured dots, with amber for partial agreement.",
        "Amber-coloured staining on the cot sheet was recorded by the ambulance crew.",
    ],
    "sky": [
        "The child drew a picture of the house under a black sky, which the school kept.",
        "Sky-blue paint in the nursery bedroom was still wet at the time of the visit.",
        "Satellite television (Sky) was listed among the household's monthly debts.",
        "At 05:40, under a clear sky, officers found the boy on the footbridge.",
        "The ambition of the action plan was described by one manager as pie in the sky.",
        "Sky News coverage of the trial is referred to in the media strategy (Appendix F).",
    ],
    "faith": [
        "Faith: not recorded in any agency's records (see the diversity section).",
        "The family's faith community offered practical help after the birth.",
        "Practitioners acted in good faith but without the information they needed.",
        "Faith leaders were invited to the learning event; two attended.",
        "The father had lost faith in services after the first child was removed.",
        "Table 1 records ethnicity, language, faith and disability for each family member.",
    ],
    "holly": [
        "Holly berries were in a bowl on the low table within the toddler's reach.",
        "The memorial garden at the children's centre is planted with holly and lavender.",
        "A holly hedge screened the back of the property from the road.",
        "Scratches on the child's legs were attributed by the mother to a holly bush.",
        "Holly wreaths on the door date the home visit photographs to December.",
        "The wreath of holly laid at the school gate is mentioned in the family's statement.",
    ],
    "ruby": [
        "A ruby ring belonging to the grandmother was sold to pay for food.",
        "Ruby-red swelling on the gums was noted at the dental appointment.",
        "The couple's ruby anniversary party is the last family event in the chronology.",
        "Ruby lipstick had been used to write on the bathroom mirror.",
        "A ruby-coloured naevus was recorded at the newborn examination.",
        "RUBY WEDDING was the title on the photograph album shown to the reviewer.",
    ],
    "daisy": [
        "Daisy Class (Year 1) made a book of memories for the family.",
        "The baby's sleepsuit had a daisy print and was heavily stained.",
        "Photographs show a daisy chain the child made at nursery in the last week.",
        "The nursery's daisy room is used for the under-twos.",
        "Daisy-shaped stickers on the timeline showed where the child's voice was recorded.",
        "Ox-eye daisy and long grass had overgrown the back garden.",
    ],
    "summer": [
        "Summer 2020: the family moved three times in eight weeks.",
        "Over the summer holidays no agency saw the children.",
        "The school's summer term records show attendance of 64 per cent.",
        "Summer-born, the child was among the youngest in the class.",
        "Key practice episode 5 covers the summer of 2021.",
        "A summer scheme place was offered but not taken up.",
    ],
    "joy": [
        "Joy, curiosity and mischief are the words the family chose to describe the child.",
        "The grandmother spoke with joy about the child's first words.",
        "Nursery staff described the child's joy at water play.",
        "There was little joy in the observations recorded by the contact supervisor.",
        "Joyriding by the older brother led to police involvement in key practice episode 2.",
        "The mother said the baby had been her pride and joy.",
    ],
    "dawn": [
        "Dawn raids in key practice episode 6 were planned without children's services.",
        "At dawn on 9 January the ambulance service received the 999 call.",
        "It dawned on the reviewer that no single agency held the whole picture.",
        "From dusk to dawn the children were left alone, the neighbour's statement says.",
        "Dawn feeds were left to the 12-year-old, according to the school's record.",
        "The baby was found before dawn by the older sister.",
    ],
    "ivy": [
        "Ivy had grown over the ground-floor windows, so the flat looked unoccupied.",
        "The garden wall was covered in ivy, which the landlord refused to cut back.",
        "Ivy berries were found in the toddler's mouth at the childminder's.",
        "An ivy-covered outbuilding was where the boy slept during key practice episode 3.",
        "Photograph 7 (Appendix G) shows ivy growing through the kitchen window frame.",
        "The child's drawing shows a house with ivy and a locked door.",
    ],
    "jack": [
        "A car jack was found propped against the cot.",
        "A jack-knifed lorry on the motorway delayed the ambulance by 25 minutes.",
        "The partner described himself as a jack of all trades, working cash in hand.",
        "Union Jack bunting was still up in the hallway from the street party.",
        "Police believed the older boys were paid to jack cars for a local dealer.",
        "The jack used to lift the car was recovered as evidence.",
    ],
    "robert": [
        "Robbery was the offence for which the older brother was on bail.",
        "He had been charged with trying to rob a taxi driver at knifepoint.",
        "The boys were groomed to rob younger pupils of their phones.",
        "Robbed of his childhood, the reviewer wrote, the boy took on adult responsibilities.",
        "Two robberies in key practice episode 4 were not linked to the child by police.",
        "Robbing the electricity meter is recorded in the housing officer's notes.",
    ],
    "frank": [
        "Frank conversations about the partner's history did not take place.",
        "The grandmother was frank with the reviewer about her own regrets.",
        "Frankly, the plan was not owned by anyone, one manager said at the event.",
        "In a frank exchange the GP told the mother that the baby needed to be seen that day.",
        "The panel welcomed the frank self-assessment in the police agency report.",
        "Frankness from the health trust about its record-keeping is noted in Finding 2.",
    ],
    "miles": [
        "The placement was 120 miles from home, which made contact with the mother difficult.",
        "The mother walked three miles each way to the clinic with the pram.",
        "Miles apart: the parents' accounts of the injury could not be reconciled.",
        "The GP surgery was two miles from the flat and there was no bus.",
        "Miles of unlit road separate the farmhouse from the nearest school.",
        "Table 5: distance from home to placement (in miles) for each of the children.",
    ],
    "dean": [
        "The dean of the medical school was consulted about the student doctor's role.",
        "A letter from the dean confirmed the young person had withdrawn from the course.",
        "The rural dean arranged emergency accommodation in the vicarage.",
        "Dean of students, further education college: IMR author (Appendix A).",
        "The assistant dean for welfare attended the learning event.",
        "Deanery records show the trainee GP was in the first year of training.",
    ],
    "marsh": [
        "Marsh land behind the estate is where the teenagers gathered.",
        "The boy was found on the salt marsh by the coastguard at 04:10.",
        "Marshland paths are unlit and were not covered by CCTV.",
        "The caravan stood at the edge of the marsh, well away from the nearest neighbour.",
        "A fire on the marsh was set by the older boys, police believed.",
        "Photographs of the marsh (Appendix G) were shown at the learning event.",
    ],
    "hill": [
        "The flat was at the top of a steep hill, which the mother struggled to climb.",
        "Hillside flats on the estate had a long history of police call-outs.",
        "The health centre is over the hill from the estate, a 40-minute walk.",
        "Over the hill, one manager said of the old case management system.",
        "The pram ran down the hill and the baby was thrown out, the ambulance record states.",
        "Hill farms nearby offered the father seasonal work each autumn.",
    ],
    "wood": [
        "Wood had been nailed across the broken window in the children's room.",
        "The teenager was found with older men in the wood by the canal.",
        "A wood burner without a guard is visible in photograph 4.",
        "Woodland behind the school was a known place for exploitation.",
        "The door frame was splintered wood where it had been forced.",
        "A length of wood with a nail through it was recovered from the stairs.",
    ],
    "stone": [
        "The child had lost more than a stone in weight between two school nurse contacts.",
        "Stone floors made the cottage cold and damp, the housing officer recorded.",
        "The flat is a stone's throw from the pub where the partner drank.",
        "A stone was thrown through the window in the week before the fire.",
        "Stone-faced, the boy sat through the interview without speaking.",
        "A memorial stone was placed at the school by the family in 2023.",
    ],
    "bell": [
        "Nobody answered the bell, so the health visitor left a card.",
        "The bell at the refuge had been disconnected for security reasons.",
        "The home-time bell had gone before anyone arrived to collect the child.",
        "The bell push at the flat had a camera, which caught the partner arriving at 23:12.",
        "Alarm bells should have rung, the reviewer concludes, at the missed 8-week check.",
        "The call bell in the mother and baby unit was out of reach.",
    ],
    "brown": [
        "Brown envelopes from the court were found unopened behind the door.",
        "The bruise had turned yellow-brown by the time the paediatrician saw the child.",
        "Brown liquid in the baby's bottle was later identified as cold tea.",
        "Brownies on Thursday evenings was the only activity the girl attended.",
        "The water from the kitchen tap ran brown, the housing officer noted.",
        "A brown paper bag containing cannabis was found under the sofa.",
    ],
    "green": [
        "Green: action complete and evidenced (key to the action plan).",
        "The school's green rating meant no one reviewed the attendance data.",
        "Green mould covered the bedroom ceiling in the housing photographs.",
        "The worker was green, in her first six months after qualifying, and unsupported.",
        "The panel gave the green light to an independent review in October.",
        "Green space near the flat was used for drug dealing, residents told police.",
    ],
    "lamb": [
        "Lamb was the only meat the child would eat, the foster carer told the reviewer.",
        "Lambing season kept the father on the farm for weeks at a time.",
        "A toy lamb went with the baby into foster care.",
        "Gentle as a lamb at school, the boy was described as violent at home.",
        "The family kept an orphaned lamb in the kitchen over the winter.",
        "Like a lamb to the slaughter was how the mother described going to court.",
    ],
    "fox": [
        "A fox had torn open the rubbish bags left in the hallway of the flats.",
        "The child was frightened of the fox that came into the yard at night.",
        "Foxgloves grew by the unfenced pond in the back garden.",
        "Fox hunting was the reason the father gave for keeping a shotgun.",
        "A soft toy fox was found in the cot at the scene.",
        "Fox droppings in the communal stairwell were reported to the landlord twice.",
    ],
    "banks": [
        "The river burst its banks and the family were moved to a rest centre.",
        "The mother used three different food banks over the winter.",
        "Banks and building societies were asked by police to flag the accounts.",
        "The boys gathered on the canal banks after dark.",
        "Debts to two banks and a payday lender are listed in the financial section.",
        "Flood banks behind the estate are a known meeting place for teenagers.",
    ],
}

THIRTYSECOND_UNLISTED = [
    "The independent reviewer, {U}, has no connection to any agency in the partnership.",
    "Dr {U}, the designated doctor, chaired the rapid review.",
    "Mrs {U}, the child's great-aunt, contributed to the family involvement section.",
    "The learning event was facilitated by {U} and a co-facilitator from another area.",
    "Panel members: independent chair ({U}); designated nurse; detective inspector.",
    "The family moved from {T} to the area in 2018.",
    "An earlier review in {T} (2017) identified similar learning.",
    "The father's friend {U} gave a statement to police but declined to meet the reviewer.",
    "IMR author: {U}, named nurse for safeguarding.",
    '"{U} was round every night that week," the grandmother said.',
    "Intelligence linked the older boy to {U}, an adult with convictions for supply.",
    "Footnote 9: conversation with {U}, former headteacher, 14 March 2023.",
    "The child had been staying with a family friend, {U}, in {T}.",
    "The family worshipped at St {U}'s, where the vicar knew them well.",
    "Agency report author: Detective Sergeant {U}, Public Protection Unit.",
    "A lodger, {U}, was living at the address but was unknown to agencies.",
    "Dr {U} (consultant paediatrician) carried out the child protection medical.",
    "Reviewer's note: {U} was contacted three times and did not reply.",
    "The housing association transferred the tenancy to a property in {T}.",
    "{U} (neighbour) called 999 at 03:20.",
    "Thanks are due to {U}, who minuted the panel meetings.",
    "The mother's ex-partner, {U}, was subject to a non-molestation order.",
    "Mrs {U} from the church drove the mother to appointments.",
    "The child's uncle, {U}, lives in {T} and was assessed as a kinship carer.",
    "Members of the national panel's review team, including {U}, met the chair in June.",
    "The report was presented to the partnership board by {U} on 12 October 2023.",
    "Learning from the review was shared at a regional event in {T}.",
    "An anonymous caller, later identified as {U}, reported the children alone.",
    "| Independent author | {U} | Appointed 02/02/2022 |",
    "{U}, a youth worker who knew the boy, attended the learning event.",
    "The GP practice in {T} held the records until the family re-registered.",
]
