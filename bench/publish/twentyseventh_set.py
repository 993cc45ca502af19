"""Twenty-seventh sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the tests, the benchmark, its results or
its README, or any other sentence family file beyond the first 45 lines (the headers) of the
twenty-third's, twenty-fourth's, twenty-fifth's and twenty-sixth's; the sizes of those four
families' exports were counted by importing them (not their text). Only the corpus generator,
bench/publish/corpus.py, was read in full, for the format, the placeholders, the word-names and
the way it marks spans (the first substring match of the word, "will " with its space, "bill"
for William when there is no "will ", "rob" for Robert); run_bench.py was read only as far as
its module docstring, and pyproject.toml only around its ruff settings (a grep whose context
also showed the neighbouring dev dependency and mypy lines). Nothing under src/ or tests/ was
read, and the benchmark was not run. No real person, case or family is represented: every name
of the case is filled in by the generator's placeholders, and the judgments, newspapers,
clubs, wards, laboratories and services described are generic or invented; the idioms, medical
terms and brands mentioned are public ones, there only for the words they contain.

Styles. Person entries put the name in genres the twenty-third to twenty-sixth headers did not
list: anonymised family-court and criminal judgments with numbered paragraphs and bundle
references ("[41] In cross-examination {P} accepted", "(see the statement of {P} at C112, para
14)", "Counsel for {P}", "Of {P} I say only this"); local press and court reporting (an age in
commas after the name, "Mum-of-three {P}", "Little {P}", "Jailing {P}, the Recorder said", a
capitals headline around a mixed-case name, "{P} (not her real name)", "who cannot be named
for legal reasons"); pseudonym conventions in published reviews ("{P} (a pseudonym)", "At the
family's request the child is called {P} in this report"); genograms and household
composition (keys, "(b. 2016)", "=" for a partnership with cohabitation and separation years,
tab-separated rows with the name alone in a cell); easy-read and child-friendly versions with
picture descriptions and very short sentences ("This is {P}.", "{P} likes: ... {P} does not
like: ..."); northern and Midlands family speech as recorded ("Our {P} never said owt", "Where's
our {P}?", "Hiya {P} bab", "It were {P} what rang"); Universal Credit journal messages, work
coach replies, advances, sanctions, Citizens Advice and food bank notes; nursery daily diaries,
existing-injury and accident forms, end-of-year school reports ("Next steps for {P}:", "Star of
the Week: {P}"); booking and pre-birth maternity entries; age assessments and no recourse to
public funds; hair strand, PEth and urine testing reports ("Donor: {P}.", chain of custody);
clubs and community registers (a team sheet, swim school, holiday activities, a youth club
sign-in, cadets); back-of-report indexes and contents lines with dotted leaders; ward round
shorthand, nursing handover, a ward visitors' book and a hospital play specialist; neighbours'
noise diaries, a Community Protection Warning and doorbell camera footage; body-worn video
transcripts with time codes and the name as a vocative; and running prose where the name sits
in slots that make a word-name read as the ordinary word: after "Nobody but", "Without",
"Losing", "Holding on to", "Like", "Even more than", "Per" and "Re", before "herself", "too",
"alone", "aside", "in particular", "again", "x2", an age "7y 2m" or a run of dates, inside a
compound modifier ("the {P}-partner relationship", "The {P} household", "A {P}-centred plan"),
and at the end of a question or an exclamation. No entry uses the name with a title before it
or a possessive after it, so every form the generator fills in reads naturally.
Ordinary entries put each word-name in the same genres: a judge's first person ("I hold out
little hope", "I may, of course, be wrong", "I will not make the finding"), capitals headlines
("HOPE FOR CHANGE AS ...", "COURT CASE ADJOURNED TO MAY"), back-of-book index entries that look
like a surname-first name ("Hope, loss of, 4.2, 6.8", "Index: dean, role of, 6.3"), genogram
notes ("m. May 2014"), easy-read glossaries ("'Hope' means", "being frank means", "touch
wood"), journal messages that open with a subjectless verb or a modal ("Hope this is the right
place", "May I change my appointment", "Will I still get paid", "no joy with the landlord", "I
had to jack in the job", "sky have cut the broadband"), medical and laboratory terms ("frank
blood", "frank breech", "jackknife spasms", "green aspirates", "weight 6 stone 3", "early
warning score amber"), named rooms, wards and groups ("Ivy Ward", "Ruby Room", "Holly House",
"Brown Owl" of the Brownies, "Fox Patrol", "Daisy group"), a party label ("a Green councillor"),
idioms and exclamations ("Saving grace:", "fall from grace", "Stone me", "Over the hill",
"Oops-a-daisy", "Any joy?", "gentle as a lamb"), inflections and compounds ("hoped-for",
"Marks:", "marked", "Billed", "Summerhouse", "Milestones", "marshmallows", "outfoxed",
"Deanery", "Woodwork", "hillside"), and words at the start of a sentence or straight after a
colon, a bracket or an opening quote.
"""

TWENTYSEVENTH_PERSON_SENTENCES = [
    # Anonymised judgments.
    "[23] I found {P} to be a careful and truthful witness, if at times a reluctant one.",
    "[41] In cross-examination {P} accepted that the bruising could not have been caused by "
    "the cot.",
    "I am not satisfied, on the balance of probabilities, that {P} knew of the convictions.",
    "The local authority does not seek any finding against {P}.",
    "Counsel for {P}, in a careful closing submission, urged me to look at the whole picture.",
    "The threshold is crossed in respect of {P} on the basis of findings (a) to (d).",
    "I direct that this judgment be published with {P} referred to by an initial only.",
    "Of {P} I say only this: she has been let down by almost every adult in her life.",
    "(see the statement of {P} at C112, para 14)",
    "Bundle E, tab 7: contact notes (supervisor's observations of {P}).",
    "The appeal is brought by {P} with the permission of the single judge.",
    "[64] I have no doubt that {P} loves the children; that is not the question.",
    # Local press and court reporting.
    "{P}, 27, wept in the dock as the verdicts were read out.",
    "Mum-of-three {P} denied any wrongdoing when approached outside court.",
    "TODDLER'S MOTHER {P} JAILED FOR SIX YEARS",
    "Little {P} was just 22 months old when she died, the court heard.",
    "{P} (not her real name) told the Echo she had warned social services three times.",
    "Speaking outside court, a tearful {P} said the family just wanted answers.",
    "Prosecuting, counsel told the jury that {P} had searched online for how to hide bruises.",
    "Defending {P}, her barrister said she had been under the partner's control for years.",
    'The judge told {P}: "You put your own needs before those of a helpless child."',
    "Jailing {P}, the Recorder said the case was among the worst she had dealt with.",
    "{P}, who cannot be named for legal reasons, is now in foster care.",
    "A fundraising page set up in memory of {P} raised more than £4,000 in a weekend.",
    # Pseudonyms in published reviews.
    "{P} (a pseudonym) was eleven when the events described took place.",
    "At the family's request the child is called {P} in this report; it is the name she chose.",
    "The case of '{P}' was discussed at the partnership's annual learning event.",
    "Known to professionals simply as '{P} from the flats', she was rarely asked her view.",
    # Genograms and household composition.
    "Genogram key: circle = female, square = male, double outline = subject child ({P}).",
    "{P} (b. 2016) - lives with the maternal grandmother since 2022.",
    "Generation III: {P}, the half-sibling and the unborn baby (shown as a triangle).",
    "A dotted line from {P} to the partner denotes a cohabiting relationship.",
    "{P} = partner (cohab. 2019, sep. 2021, reconciled 2022)",
    "Household composition, row 2: {P} | lives at address: Y | parental responsibility: N",
    "Name:\t{P}\tRelationship:\tsee genogram",
    "{P}\t\tY\tN\tY",
    "A line through the link to {P} on the genogram marks a relationship that has ended.",
    # Easy-read and child-friendly versions.
    "This is {P}.\n[Picture: a child holding a teddy]",
    "{P} was sad a lot of the time.",
    "Grown-ups should have listened to {P}.",
    "What happened to {P} should not happen to any other child.",
    "Who can {P} talk to? A teacher, a nan and the school nurse.",
    "Hard words: a 'plan' is a list of things grown-ups must do to keep {P} safe.",
    "{P} likes: swimming, chips, drawing. {P} does not like: shouting.",
    "Big question: did people ask {P} what life was like at home?",
    # Family speech as recorded.
    '"Our {P} never said owt to me about it," the grandmother said.',
    '"Me and {P} were close, like sisters," the aunt told the reviewer.',
    'The grandmother\'s texts to the child always began "Hiya {P} bab".',
    '"Where\'s our {P}?" the father shouted up the stairs, according to the neighbour.',
    '"I said to {P}, I said, you want to get that looked at."',
    '"It were {P} what rang the police, not me."',
    '"Get yourself in, {P}, it\'s freezing," she is heard to say on the footage.',
    '"Ta-ra, {P} love," the neighbour called as the family left for the last time.',
    # Universal Credit, debt and food.
    "UC journal, 14/02: message from {P} - 'I cant make the appointment, baby is poorly'.",
    "Work coach reply to {P}: please upload your fit note by Friday.",
    "Claimant commitment accepted by {P} on the second attempt.",
    "Advance payment requested by {P}; recovery at £64.20 per assessment period.",
    "Sanction decision notified to {P} by journal only, which she said she never read.",
    "Citizens Advice note: {P} owes £3,480 across six creditors, two of them doorstep lenders.",
    "Food bank voucher issued to {P} (third in six months, the usual limit).",
    "The child element was not paid because {P} was not shown on the claim.",
    # Nursery diaries, injury forms and school reports.
    "Daily diary - {P}: Breakfast: none. Lunch: all. Sleep: 12:40-14:05. Nappy: 3.",
    "Existing injury form: {P} arrived with a graze to the chin; parent said fell off scooter.",
    "Accident form countersigned by {P} at collection, 17:55.",
    "End-of-year report: {P} is a kind and thoughtful member of the class.",
    "Next steps for {P}: to use capital letters and full stops consistently.",
    "Parents' evening: nobody came for {P}, the second year running.",
    "Star of the Week: {P}, for always helping others at lunchtime.",
    "Reading record not signed at home since October ({P}).",
    "{P} has made expected progress in reading but is working towards in writing and maths.",
    # Maternity.
    "Booking appointment at 19 weeks: {P}, G4 P3, late booker, smokes 10 a day.",
    "Pre-birth assessment: {P} has not engaged with the specialist midwife.",
    "Birth plan: {P} does not want the partner present; alert placed on the maternity system.",
    "Discharged home with {P} on day 2, health visitor notified.",
    # Age assessment and immigration.
    "The age assessment found that {P} was likely to be 17, not 15 as claimed.",
    "{P} has no recourse to public funds, so support was provided under section 17.",
    "Interpreter (Dari, by telephone) confirmed that {P} understood the questions.",
    "The Home Office reference for {P} was never passed to the school.",
    # Testing reports.
    "Donor: {P}. Sample: head hair, 3 cm proximal section. Cocaine: detected (1.8 ng/mg).",
    "Chain of custody: sample sealed in the presence of {P} and signed across the seal.",
    "PEth result for {P}: 212 ng/mL, consistent with excessive alcohol use.",
    "Hair too short to sample; {P} offered body hair instead.",
    "Urine screen ({P}) negative for opiates; positive for cannabis.",
    # Clubs and community registers.
    "U10s team sheet: {P} (goalkeeper), subs to be confirmed.",
    "Swim school register: {P} absent weeks 3-7, no reason given.",
    "The club welfare officer noted that {P} was never collected at the end of training.",
    "Holiday activities register, day 4: {P} ✓ - ate two lunches.",
    "Library staff said {P} would stay until closing, in the same coat, most days.",
    "Youth club sign-in sheet: {P} 18:05, left 21:30 with two older lads.",
    "Cadets: {P} stood down from the annual camp after a disclosure to an instructor.",
    # Indexes and contents.
    "{P}, 2.4, 3.1-3.9, 5.6, 7.2 (and see 'voice of the child')",
    "4.3  Contact between {P} and health services ......... 22",
    "Appendix C - Chronology of significant events for {P}",
    "Figure 2: Timeline of moves, {P} (2019-2024)",
    # Hospital.
    "WR Cons: {P} settled o/n, apyrexial, tolerating diet. Plan: skeletal survey today.",
    "Nursing handover: {P} in cubicle 4, do not discharge without social care agreement.",
    "Discharge summary sent to the GP for {P}, with no mention of the safeguarding concern.",
    "Visitors' book, Ward 12: {P} 19:40-20:15.",
    "Play specialist: {P} drew the whole family and then scribbled out one figure.",
    # Neighbours, antisocial behaviour and doorbell footage.
    "Noise diary, night 3: 02:10 music and shouting, {P} heard screaming 'get off me'.",
    "Community Protection Warning served on {P} at the door, 11:20.",
    "Doorbell camera: {P} leaves at 23:42 carrying the baby seat, returns alone at 01:15.",
    "Neighbour's log: {P} out on the balcony in a nappy, no adult in sight (see photo 4).",
    # Body-worn video.
    "BWV 21:14:07 PC: {P}? Can you come to the door for me, please?",
    "BWV 21:16:40 (inaudible) ... {P}, stay there, stay there.",
    'BWV 21:19:02 Voice off camera: "That\'s {P}, she lives upstairs."',
    # Running prose with the name in slots that read like the ordinary word.
    "Nobody but {P} seemed to notice how thin the baby had become.",
    "Without {P}, the household would have collapsed long before it did.",
    "For {P}, the move meant a new school, a new doctor and no friends.",
    "The worker spent more time with the adults than with {P}.",
    "Everything hinged on {P}, the review concluded.",
    "Of the three children, only {P} was ever spoken to alone.",
    "Pinning everything on {P} was unfair on a nine-year-old.",
    "The file says little about {P} beyond a date of birth.",
    "Losing {P} to care was, the mother said, the worst day of her life.",
    "Holding on to {P} became the mother's sole aim that year.",
    "Like {P}, the younger child was often late and hungry.",
    "Even more than {P}, the baby was invisible to services.",
    "{P} herself asked for the review to be published.",
    "{P} too had been seen at the emergency department that winter.",
    "{P} alone among the family attended every core group.",
    "{P} in particular was let down by the delay.",
    "{P} again absent from school on Monday.",
    "{P} aside, no family member took part in the review.",
    "Per {P}, the partner had moved out in the spring.",
    "Re {P}: update following the strategy discussion.",
    "Seen: {P} 14/03, 21/03, 04/04 (all at school).",
    "{P} 7y 2m; weight 19.4 kg (2nd centile).",
    "{P} x2 missed appointments, then discharged back to the GP.",
    "Checks: {P} - no trace on police systems; no trace on education; known to health.",
    "{P} 06:30 up, 07:15 breakfast (toast), 08:40 walked to school by the older sibling.",
    "The {P}-partner relationship was described as volatile by every agency.",
    "The {P} household had eleven police call-outs in two years.",
    "A {P}-centred plan was promised but never written.",
    "Time with {P}: 20 minutes, of which 5 alone.",
    "Who was looking out for {P}?",
    "Could anyone have protected {P}?",
    '"Leave {P} alone!" a neighbour was heard to shout.',
    "WITNESS\n{P}\nOccupation: not given",
    "Safeguarding supervision: worker to revisit the plan for {P} after half-term.",
    "The review is dedicated to {P}.",
    "Also copied to: {P}; the independent reviewing officer; the virtual school head.",
    "Thanks are due to {P}, who spoke to the reviewer twice despite how painful it was.",
    "Sibling group: {P} and two younger half-siblings, placed separately.",
    "Photo 3 shows {P} asleep on a bare mattress.",
    "Claim no. F00XY123: {P} v the county council (negligence), settled without admission.",
    "{P}?? - is this the same child as on the health record? Check the NHS number.",
    "The reviewer met {P} at a cafe chosen by the family, with an advocate present.",
    "Cross-ref: {P} (see also under a previous surname).",
    "{P} - DNA x3 (dental), discharged.",
]

TWENTYSEVENTH_ORDINARY = {
    "hope": [
        "[52] I hold out little hope that the father can engage with the work recommended.",
        "HOPE FOR CHANGE AS NEW SAFEGUARDING CHIEF TAKES OVER",
        "Hope, loss of, 4.2, 6.8",
        "Easy read: 'Hope' means thinking good things can happen.",
        "Genogram note: the pregnancy was a hoped-for one after two losses, the mother said.",
        "UC journal: 'Hope this is the right place to ask about my rent.'",
    ],
    "grace": [
        "[17] To his credit, the father accepted the findings with more grace than I expected.",
        "Transferred to the children's ward (known as Grace Ward) at 02:00.",
        "Debt advice: the creditor agreed 30 days' grace while the application was made.",
        "Dance class report: moves with real grace and confidence; ready for grade 2.",
        "A fall from grace, the Echo called it, after the head teacher resigned.",
        "Saving grace: the grandmother, who visited every day.",
    ],
    "mark": [
        "[29] The mark on the cheek was, on the expert evidence, caused by a slap.",
        "Marks: 3/20 (spelling test), 14/20 (times tables).",
        "Easy read: a 'bruise' is a mark on your skin that can hurt.",
        "Lab report: specimen marked 'B' arrived with the seal intact.",
        "Genogram: mark each person who lives at the address with a cross.",
        "Press: the verdict marks the end of a two-year investigation.",
    ],
    "rose": [
        "[61] The father rose to leave the witness box before cross-examination had finished.",
        "Referrals rose by a third after the story was published, the council said.",
        "Ward round: temp rose to 38.9 overnight, now settled.",
        "The child's drawing of the family had a big red rose over the door.",
        "Genogram key: rose-coloured shading = lives at the address.",
        "UC journal: 'my rent rose in april and the housing element didnt'.",
    ],
    "may": [
        "[8] I may, of course, be wrong about the date of the injury, but it does not matter.",
        "COURT CASE ADJOURNED TO MAY",
        "Genogram: m. May 2014, sep. 2019 (both partners' accounts agree).",
        "UC journal: 'May I change my appointment to the afternoon?'",
        "Nursery diary: may need a spare set of clothes tomorrow.",
        "Hair strand results cover roughly February to May of that year.",
    ],
    "will": [
        "[33] I will not make the finding the local authority seeks about the burn.",
        "UC journal: 'Will I still get paid if I go into hospital?'",
        "Easy read: the grown-ups will check on you every week.",
        "Lab report: results will be sent to the instructing solicitor only.",
        "Genogram: the grandmother's will left the flat to the mother, which caused a rift.",
        "Press: 'We will learn the lessons,' said the director of children's services.",
    ],
    "william": [
        "Will the children be safe if I return them? That is the question I must answer.",
        "Genogram: the grandmother's will left the flat to the mother, which caused a rift.",
        "UC journal: 'Will I still get paid if I go into hospital?'",
        "Citizens Advice: water bill £612 in arrears, on a payment plan.",
        "Billed twice for the same repair, the mother stopped paying the rent altogether.",
        "The hospital bill for the birth abroad was produced at the age assessment.",
    ],
    "bill": [
        "Citizens Advice: water bill £612 in arrears, on a payment plan.",
        "Billed twice for the same repair, the mother stopped paying the rent altogether.",
        "The hospital bill for the birth abroad was produced at the age assessment.",
        "UC journal: 'the gas bill is in his name so I cant get help with it'.",
        "Club noticeboard: subs bill for the autumn term is £40, payable to the treasurer.",
        "[70] The bill of costs is to be assessed on the standard basis.",
    ],
    "amber": [
        "Lab report: result in the amber range; retest advised in 4 weeks.",
        "Nursery diary: amber day - unsettled after drop-off, better after lunch.",
        "Press: an amber weather warning was in force on the night of the fire.",
        "School report: Attendance 89% (Amber).",
        "Amber-tinted medicine bottles were found in the child's bag, labels torn off.",
        "Ward round: early warning score amber, escalate if it rises.",
    ],
    "sky": [
        "Easy read: [Picture: a blue sky and a sun] This means a good day.",
        "The child's drawing showed the family under a sky full of rain.",
        "Press: sky-high energy bills are pushing more families into debt, the charity said.",
        "UC journal: 'sky have cut the broadband so I cant get on the journal much'.",
        "Noise diary: music until 4am, sky getting light when it stopped.",
        "Sky Sports was on in the lounge throughout the visit; nobody turned it down.",
    ],
    "faith": [
        "[44] I accept that the grandmother acted in good faith throughout.",
        "Household composition: faith - Christian (Pentecostal), attends weekly.",
        "Faith-based food bank on the estate gave out 40 parcels that week.",
        "Press: faith leaders called for calm after the verdict.",
        "Easy read: some families have a faith. This means they believe in God.",
        "Age assessment form - FAITH: none given.",
    ],
    "holly": [
        "Nursery diary: holly leaves in the play tray, removed, parents told.",
        "Noise diary: the holly hedge was set alight on bonfire night.",
        "Easy read: [Picture: a Christmas tree with holly] Christmas was hard for the family.",
        "Press: holly wreaths were laid at the memorial bench.",
        "Holly House, the respite unit, had no bed for the boy that weekend.",
        "Cadets: the winter exercise involved clearing holly from the woodland path.",
    ],
    "ruby": [
        "The child's nail varnish was ruby red and chipped.",
        "Court sketch: the defendant in a ruby-red coat, head bowed.",
        "Ruby Room, the sensory room at the nursery, was used for calming down.",
        "Genogram: the grandparents' ruby anniversary party was the last time all met.",
        "UC journal: 'sold my ruby ring to pay the electric'.",
        "Ward round: ruby-coloured urine, sent for dip.",
    ],
    "daisy": [
        "Nursery diary: made a daisy chain with key worker, very proud.",
        "Easy read: [Picture: a daisy] This flower means 'feeling OK'.",
        "Daisy group (ages 2-3) at the holiday club had four staff to twelve children.",
        "School report: arrives fresh as a daisy some days, exhausted on others.",
        '"Oops-a-daisy," the mother said as she lifted the baby, who cried out in pain.',
        "Daisy-chained extension leads were trailing across the landing at the visit.",
    ],
    "summer": [
        "[12] Over the summer of 2023 the children spent most nights at the paternal "
        "grandmother's.",
        "Press: a 'summer of misery' for residents as the disorder continues.",
        "School report: summer-born, and still among the youngest in every way.",
        "Holiday club (summer) register: full attendance for the first week only.",
        "Noise diary: summer nights worst, windows open, music till 3.",
        "Summerhouse at the bottom of the garden was where the teenager slept.",
    ],
    "joy": [
        "[58] It was a joy to see the child so relaxed with her grandmother at contact.",
        "Easy read: [Picture: a smiling face] This means 'joy' - feeling very happy.",
        "School report: a joy to teach when settled.",
        "UC journal: 'no joy with the landlord, he still wont fix the boiler'.",
        "Swim school: joy on her face when she got her 10m badge, the teacher said.",
        "Any joy? the duty manager asked; none, the worker replied.",
    ],
    "dawn": [
        "[21] The police arrived at dawn, and the children were removed before breakfast.",
        "Noise diary: shouting from dusk till dawn, three nights running.",
        "Headline: DAWN RAIDS - SEVEN HELD IN DRUGS SWOOP",
        "Ward round: desaturated at dawn, brief oxygen, now in air.",
        "Easy read: 'dawn' means very early in the morning, when it gets light.",
        "Dawn patrol by the street pastors found the girl asleep in a doorway.",
    ],
    "ivy": [
        "Noise diary: the ivy on the back wall has been pulled down again.",
        "Ward round: Ivy Ward (adolescent) has no bed; admit to adult ward with a 1:1.",
        "Nursery diary: ivy rash on both hands after garden play, cream applied.",
        "Easy read: [Picture: a house covered in ivy] This is where the family lived.",
        "Press: the ivy-covered cottage where the children lived is now boarded up.",
        "Lab report: an ivy leaf cough syrup was declared but does not explain the result.",
    ],
    "jack": [
        "[36] The father admitted using a car jack to break the door.",
        "Press: landlords have jacked up rents by a fifth, tenants say.",
        "Ward round: clusters of jackknife spasms reported by the mother; EEG requested.",
        "Noise diary: banging like a jackhammer at 1am, then silence.",
        "Nursery diary: jacket potato at lunch, ate half.",
        "UC journal: 'I had to jack in the job because of the childcare'.",
    ],
    "robert": [
        "[47] The boys had set out to rob the corner shop, on the evidence I heard.",
        "Press: teenager who robbed a pensioner of £20 is jailed.",
        "Youth club sign-in: two lads said they had been robbed of their phones on the way.",
        "Noise diary: police came about a robbery at the off-licence, not about us.",
        "UC journal: 'someone robbed my purse with my bank card in it'.",
        "Cadets: the boy was stood down after being arrested for attempted robbery.",
    ],
    "frank": [
        "[26] The mother was frank, and I give her credit for it.",
        "Lab report: frank blood in the urine sample; repeat requested.",
        "Maternity: frank breech at 38 weeks, caesarean booked.",
        "Easy read: being frank means saying what is true, even when it is hard.",
        "Frankly, the paper said, the council had run out of excuses.",
        "UC journal: 'to be frank I dont understand the letter you sent'.",
    ],
    "miles": [
        "[19] The placement is some 90 miles from the mother's home.",
        "Press: the family had been moved 200 miles from their home town.",
        "Cadets: the boy marched 12 miles in the rain without complaint.",
        "Miles from anywhere, the farmhouse had no mobile signal.",
        "UC journal: 'the jobcentre is 6 miles away and I have no bus fare'.",
        "Easy read: the new house was many miles away from school.",
    ],
    "dean": [
        "[5] The dean of the medical school gave evidence about the student's placement.",
        "Press: the cathedral dean opened the doors for a vigil.",
        "Age assessment: a letter from the college dean confirmed enrolment.",
        "Letterhead: Office of the Dean of Students, Faculty of Health.",
        "Deanery training records showed the GP trainee had completed level 3 safeguarding.",
        "Index: dean, role of, 6.3",
    ],
    "marsh": [
        "Press: searchers combed the marsh through the night before the boy was found safe.",
        "Noise diary: quad bikes on the marsh again, 11pm.",
        "Easy read: [Picture: a wet field] A marsh is wet, muddy land.",
        "Nursery diary: marshmallows at the party, no other food offered.",
        "Cadets: the night exercise on the marsh was cancelled because of the tide.",
        "Genogram note: all three generations grew up on the marsh estate.",
    ],
    "hill": [
        "[14] The flat is at the top of a hill, some way from the bus route.",
        "Press: residents of the hillside estate said they had complained for years.",
        "Cadets: hill walking weekend, boy did not return the consent form.",
        "Easy read: the walk to school was up a big hill.",
        "Over the hill, the father joked about turning forty.",
        "Noise diary: cars racing down the hill at 2am.",
    ],
    "wood": [
        "[31] The injury was consistent, in the expert's view, with a blow from a piece of wood.",
        "Nursery diary: splinter of wood in the thumb, removed by parent at collection.",
        "Press: the boy went into the woods near his home and was not seen until morning.",
        "Noise diary: banging on the wood of the front door, then glass breaking.",
        "Easy read: 'touch wood' is what people say when they want luck.",
        "Woodwork GCSE: the teenager's only predicted pass.",
    ],
    "stone": [
        "[39] The child had lost a stone in the months before she was admitted.",
        "Ward round: weight 6 stone 3 (39 kg), below the 0.4th centile.",
        "Press: stone-throwing youths targeted the family's windows.",
        "Milestones: walking at 20 months, first words at 2 years.",
        "Easy read: her worry felt like a heavy stone in her tummy.",
        "Stone me, the grandfather said, when told of the arrest.",
    ],
    "bell": [
        "[22] Nobody answered the bell on either visit, and no further attempt was made.",
        "Noise diary: someone ringing the bell over and over at 3am.",
        "Nursery diary: tummy ache, rubbing belly all afternoon.",
        "Easy read: [Picture: a school bell] When it rings, it is time to go home.",
        "Press: bell-ringers at the parish church tolled once for each year of her life.",
        "Ward round: call bell within reach; mother not to be left alone with the baby.",
    ],
    "brown": [
        "[27] The bruise had turned a greenish brown by the time of the medical.",
        "Brown Owl said the girl often came to the church-hall meeting hungry.",
        "Nursery diary: brown rice and lentils at lunch, ate well.",
        "Lab report: hair sample light brown, untreated, 3 cm.",
        "UC journal: 'brown envelope come today about the sanction, what do I do'.",
        "Ward round: brown vomit x2 overnight, ?coffee ground.",
    ],
    "green": [
        "[50] Nothing in this judgment is a green light for the father to return home.",
        "Nursery diary: green day - settled, ate well, good nap.",
        "Press: the green where the children played is now fenced off.",
        "Easy read: [Picture: a green tick] This means 'yes'.",
        "Ward round: green aspirates from the NG tube, surgical review requested.",
        "Press: a Green councillor called for an independent inquiry.",
    ],
    "lamb": [
        "[45] The boy was described as gentle as a lamb with the younger ones.",
        "Nursery diary: lamb hotpot at lunch, refused.",
        "Easy read: [Picture: a toy lamb] She took it everywhere.",
        "Cadets: lambing weekend at the farm - the boy was a natural, the instructor said.",
        "UC journal: 'cant afford meat, last time we had lamb was christmas'.",
        "Like a lamb to the slaughter, the father said of the boy's first day in court.",
    ],
    "fox": [
        "[53] The account that a fox had knocked the baby over in the garden is rejected.",
        "Noise diary: foxes screaming or a child? Could not tell, 1am.",
        "Scouts: Fox Patrol leader said the boy was always first to arrive, last to leave.",
        "Easy read: [Picture: a toy fox] It went with him to the new house.",
        "Nursery diary: fox puppet made him laugh for the first time this week.",
        "Press: the paper said the mother had outfoxed professionals at every turn.",
    ],
    "banks": [
        "[38] Statements from two banks show cash withdrawals the mother could not explain.",
        "Press: food banks in the town report record demand.",
        "Noise diary: kids on the river banks with a fire, shouting till late.",
        "UC journal: 'the banks wont give me an account without ID'.",
        "Easy read: [Picture: a river] The banks of the river are steep and slippery.",
        "Banks of lockers lined the corridor of the hostel.",
    ],
}

TWENTYSEVENTH_UNLISTED = [
    "[18] The maternal great-aunt, {U}, gave evidence with dignity.",
    "Counsel for the father, {U}, did not cross-examine on this point.",
    'Neighbour {U} said: "You could hear that baby crying day and night."',
    "Genogram: {U} (maternal grandfather, d. 2018) shown with a cross.",
    "Household composition, row 5: {U} | lodger | not known to services.",
    "Easy read: {U} is the reviewer. They talked to lots of people.",
    "UC journal: work coach {U} replied the next day.",
    "Citizens Advice adviser {U} helped with the debt relief order.",
    "Nursery diary signed by key worker {U}.",
    "Star of the Week was chosen by the class teacher, {U}.",
    "Donor identity confirmed by the collector, {U}, from photo ID.",
    "Club welfare officer {U} made the referral to the local authority.",
    "The family moved from {T} to a flat above a takeaway.",
    "Press: residents in {T} held a vigil on Sunday evening.",
    "The age assessment was carried out in {T} by two qualified social workers.",
    "Noise diary kept by {U}, the neighbour at number 14.",
    'BWV 21:17:55 Voice off camera ({U}): "She\'s been like this all week."',
    "Ward sister {U} raised the alarm when the mother tried to leave with the baby.",
    "Dr {U}, consultant obstetrician, reviewed the birth plan.",
    "Mrs {U}, the dinner lady, noticed the girl was taking food home.",
    "The children were christened at St {U}'s in {T}.",
    "{U}, 3.4, 5.2, 6.1",
    "The interpreter, {U}, was changed after the girl said she knew the family.",
    'A man the children called "uncle", {U}, often stayed at the flat.',
    "The swimming teacher, {U}, had noticed bruises on the child's back.",
    "Reporter {U} attended every day of the trial.",
    "Letters were exchanged between the reviewer and {U}, the former head teacher.",
    "The doorbell camera belonged to {U}, who lives across the landing.",
    "The hair strand test was instructed by the solicitor, {U}, on behalf of the guardian.",
    "Prosecuting, {U} told the court the baby had eleven fractures.",
]
