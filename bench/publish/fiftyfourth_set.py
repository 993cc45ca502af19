"""Fifty-fourth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1427 lines, then printed in four pieces: lines 1-200 with sed -n, lines 200-560 with cat
piped to sed -n, and lines 560-1000 and 1000-1427 with sed -n; not imported), for the format: the
{P}, {U} and {T} placeholders (a person template is filled with {P} alone, an unlisted one with {U}
and {T}), the name forms the generator fills in (full name, given name, an initial with and without
a stop, a possessive, upper and lower case, a line break between the parts of the name or a
hyphenated break inside the given name, surname first, a title and surname for adults, where the
generator itself adds "Ms" or "Mr", and a nickname), the capital it gives a lower-case name that
opens a template (only when nothing stands before the placeholder and the text before it, with
trailing white space stripped, ends in a full stop, so a name after "Dear", "re:", a bracket, an
opening quote or "by" keeps the case it was given), the word-names and the other name lists (plain
given names, street trees, the syllables of invented surnames and towns, the first names it gives
unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will" and "william" among them) and the
number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title is put before {U} or {P}), and
that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the line breaks
of registers, logs and letters are written into a template as "\\n". The first 45 lines (the
headers) of the forty-ninth, fiftieth, fifty-first and fifty-second families, read with head -45 in
one shell loop, and nothing else of them; none of those modules was imported. The [tool.ruff] table
of pyproject.toml, printed with sed up to the heading of the next table, for the line length (100).
The absence of this file and the presence of .venv/bin/ruff were tested with test -e and test -x; no
directory was listed, and the fifty-third family, being written at the same time, was not looked at.
The generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "frankie", "jackie", "tally", "telly", "nan" and the
like) are kept out of every sentence here, as whole words, from general knowledge, so a dancer's bag
is a bag, a child's tally of caring hours is a count, and a grandmother is never a nan; "kitchen",
"Christmas", "brick" and "liberty" are avoided as well. Words that merely contain a word-name, a
plain given name or a street tree ("marking", "marked", "market", "remark", "maybe", "mayor",
"dismay", "probably", "problem", "probation", "wardrobe", "enjoy", "risky", "smiles", "similes",
"milestone", "chill", "uphill", "jacket", "arose", "prose", "chamber", "disgrace", "faithfully",
"wholly", "privy", "belly", "labelled", "marshal", "willing", "goodwill", "billing", "academic",
"academies", "parliament") are kept out of every sentence but the ones written for that word, which
matters here: faith classes are an "evening class" or a "supplementary school" in the person and
unlisted templates, homework is never marked, a worksheet is never labelled, the summer holiday club
is a holiday club, and food is never from food banks. The person and unlisted templates carry no
"will", "may" or "bill" at all, so a licence says what is "to" happen and a letter is dated in
January or March. In the ordinary sentences an inflection that holds the word ("Marks", "marked",
"Robbery", "robbed", "Robbing", "Billing", "Bills", "Joyriding", "Hillside", "Marshland",
"Woodwork", "Lambing", "Foxes", "franked", "Frankly") is let stand where it is the first match. A
throwaway check, piped to python from the command line and saved to no file, took the name lists and
FRESH_ORDINARY from corpus.py by parsing its text with the ast module (it was not imported), applied
the marking rule as read in corpus.py to this family's ordinary sentences, and looked for stray
word-names, plain given names, street trees, unlisted first names and nicknames, for whole-word
invented surnames and towns, for placeholders other than the ones each kind of template is filled
with, and for lines over 100 characters.

Styles. The records of children out of sight of the usual agencies. Elective home education: a
parent's deregistration letter with its "Dear Sir or Madam" and a signature block split over lines,
the signature line with a blank for the other parent, the EHE officer's visit notes and an annual
report heading in capitals, the parents' "philosophy of education" statement, and samples of the
child's work headed in the child's own hand (all capitals, all lower case, misspelt words around the
name, a note to a friend). Private fostering: the notification, a PF1 form line and a regulation
visit. Out-of-school settings: a Saturday class register with ticks and numbered lines, a tuition
centre sign-in sheet with times, an inspection count, a holiday club incident log, an evening class
reported to the LADO. Children in entertainment: a performance licence line with its number beside
the name, a chaperone log over several lines with times, a name glued to a licence reference with
slashes, an agent's text in curly quotes. Children working: a permit application and a refusal, an
early-morning police sighting given as a time. Young carers: the assessment, the child's own words,
a count of caring hours. Hospital: a hospital school roll line, a long-stay ward note, bedside
teaching, a visitors' book. Moving between authorities: a transfer-in conference, a "child missing
from LA" notice in capitals, a "Known to:" list, council tax records. Joins: the name opens an entry
or a line, follows a colon, a dash, a bracket, "re:" with no space, a tick-list number, an opening
quote and "Dear", comes before "/", ";", a comma or an en dash, takes a possessive with a straight
or a curly apostrophe, and stands between quoted speech and its reply. The ordinary uses are written
for the same records (a licence condition, a rating on the EHE risk tool, a work sample, a ward
routine), with months, modals, idioms ("a month's grace", "top of the bill", "jack of all trades"),
upper case ("AMBER", "HOPE") and inflections. The unlisted templates name carers, tutors,
chaperones, agents, newsagents, consultants and the authorities a family has come from or gone to.
Non-ASCII characters (dashes, curly quotes, a tick) are written as \\u escapes.
"""

FIFTYFOURTH_PERSON_SENTENCES = [
    # Elective home education: the parents' letters and statement.
    "Dear Sir or Madam,\nWe are writing to say that {P} is to come off the school roll from "
    "Monday, as we are electing to educate at home.",
    "Yours sincerely,\n{P}\n(parent, with parental responsibility)",
    "Signed: ______________ (father)    {P} (mother)    Date: 14/01/2026",
    "Our philosophy of education is autonomous: {P} leads, and we follow and resource.",
    "In our statement we explain why {P} has no timetable: learning happens all day, every day.",
    "Dear {P},\nThank you for your letter of 4 January, received on the 9th.",
    # The EHE officer's notes and report.
    "EHE visit notes, 11/02, 10:00: met {P} at the dining table; three exercise books shown.",
    "EHE ANNUAL REPORT 2025/26 \u2013 CHILD: {P} \u2013 PROVISION NOT SHOWN TO BE SUITABLE",
    "re:{P} \u2013 deregistration, second request for a visit",
    "Visit declined by letter; [{P}] to be offered a meeting at the library instead.",
    "\u201cWe don\u2019t do tests here,\u201d {P} told the officer. \u201cWe do life.\u201d",
    "{P} (date of birth withheld by the parents) \u2013 home educated since Year 2.",
    "Children named by the parent: two; {P} the elder, the younger not seen.",
    "SECTION 3: {P} \u2013 EDUCATION HISTORY",
    # Samples of the child's work, in the child's hand.
    "MY NAME IS {P} I AM 9 AND I LIKE DINOSORS AND SPACE",
    "name: {P}   date: 4/2/26   topic: the vikings (my best bit is the longships)",
    "by {P} age 8 \u2013 my favrit animal is the otter becos it can swim under water",
    "{P}\nwriting practis \u2013 copy the sentence 3 times",
    "to {P} \u2013 sorry i wasnt at club, mum was poorly agen",
    # Private fostering.
    "Private fostering notification, 09/09: {P} (arranging parent) has left the boy with a "
    "family friend for over 28 days.",
    "Regulation 8 visit: {P} seen alone in own bedroom; says the arrangement is 'fine, mostly'.",
    "The private foster carer, {P}, has not given consent for checks on the adult son.",
    "PF1 \u2013 child: {P}; arrangement began 02/06/2025; expected length: 'until Year 11 "
    "finishes'.",
    # Out-of-school settings.
    "Saturday class register, 10:00\u201313:00:\n1. {P} \u2713\n2. (name illegible) \u2713\n"
    "3. \u2013 absent",
    "Sign-in sheet, tuition centre: {P} in 09:05, out 15:40, collected by 'uncle'.",
    "Inspectors counted {P} among 31 children of compulsory school age on the premises at 11:20 "
    "on a Tuesday.",
    "Holiday club incident log, 22/07: {P} fell from the climbing frame; parent told only at "
    "pick-up.",
    "The teacher at the evening class told the LADO that {P} had been 'corrected' with a ruler.",
    "Names on the door rota at the supplementary school: {P}, two fathers, one older pupil.",
    # Children in entertainment.
    "Performance licence PL/2026/0147 \u2013 {P} \u2013 14 performances, 3 rest days, 1 "
    "matinee a week.",
    "Chaperone log:\n17:10 {P} signed in, stage door\n19:45 on stage\n22:05 released to parent",
    "{P}/PL-0391/matinee \u2013 licence on file, school consent missing",
    "Approved chaperone (ref. CH/118) for {P}; the ratio on the night was 1:14 against a limit "
    "of 1:12.",
    "The agent\u2019s text read: \u201c{P} is a natural \u2013 on set at six tomorrow, no need "
    "to tell school.\u201d",
    "Chaperone:\n{P}\nlicence checked 18:02, DBS seen",
    "'I, {P}, agree to the conditions of the licence,' reads the parent\u2019s declaration.",
    # Children working.
    "Child employment permit application (newspaper delivery): {P}, Year 9, "
    "06:30\u201307:30 Mon\u2013Sat.",
    "Employer: the newsagent on the parade. Child: {P}. Permit refused \u2013 no parental "
    "signature.",
    "Police saw {P} on the dual carriageway at 05:50 with a paper-round trolley and no hi-vis.",
    "Form CE1 returned unsigned \u2013 {P}\u2019s section left blank.",
    # Young carers.
    "Young carer's assessment: {P} gives the mother her insulin, does the shopping and gets "
    "the younger two to school.",
    "What I do at home (in {P}'s words): 'I do tea, I do washing, I sort mums tablets'.",
    "Caring hours per week, as counted by {P}: about 30, more in the holidays.",
    # Hospital.
    "Hospital school roll: {P} (ward 7) \u2013 on roll since 11/2025, dual registered with the "
    "home school.",
    "Long-stay ward note: no visitor for {P} in 19 days; the ward phone rings out at home.",
    "{P}, an inpatient since October, is taught at the bedside for five hours a week.",
    "The visitors\u2019 book at the hospital school shows {P} signing in twice in March.",
    # Moving between authorities.
    "Transfer-in conference: {P} is subject to a plan in the previous authority; no papers yet.",
    "CHILD MISSING FROM LA \u2013 {P} \u2013 last seen at the address on 19/01; please check "
    "your rolls.",
    "Known to: {P} (EHE team); the GP (not seen since 2023); Early Help (closed).",
    "The receiving social worker could not find {P} at the address the old authority gave.",
    "{P} \u2013 no school place, no GP, no health visitor since arriving in the area in the "
    "autumn.",
    "List of children at the address: {P}, 11; a baby; a teenager described as a 'cousin'.",
    "Council tax records place {P} at a flat in the next borough.",
    "Tel. call 10:12 \u2013 {P} rang to say the family are 'travelling' and not to visit.",
]

FIFTYFOURTH_ORDINARY = {
    "hope": [
        "Hope was expressed by the EHE officer that a second visit could take place at the home.",
        "The parents' statement ends: 'We hope to raise a free thinker, not a test score.'",
        "There was little hope of tracing the family once they had left the county.",
        "The chaperone said she had no hope of getting the children off set by ten.",
        "HOPE: the young carer's own word for what the respite break gave her.",
        "The ward teacher held out hope that the boy could sit his exams in hospital.",
    ],
    "grace": [
        "The parents were given a month's grace to provide evidence of a suitable education.",
        "Grace before meals is said at the supplementary school, the register notes.",
        "A period of grace for the late licence application was refused by the council.",
        "She danced with real grace, the director wrote on the licence form.",
        "Saying grace was part of the routine at the private foster home.",
        "Grace-and-favour rooms above the shop housed the family for a time.",
        "With some grace, the father accepted that the tuition centre was not a school.",
    ],
    "mark": [
        "Mark out of ten on the spelling test: 4 (the work sample, dated February).",
        "A red mark on the girl's wrist was noticed by the chaperone in the dressing room.",
        "The officer asked the parents to mark on the timetable when lessons actually happen.",
        "Marks on the back of the hand were put down to a 'ruler punishment' at the weekend class.",
        "The licence application had a question mark beside the box for school consent.",
        "Each child is to mark in and out on the sign-in sheet at the tuition centre.",
        "The transfer papers were marked urgent but sat in a tray for three weeks.",
    ],
    "rose": [
        "Numbers of home-educated children in the authority rose by a third in two years.",
        "The boy's temperature rose overnight and the hospital teacher cancelled the lesson.",
        "Rose petals were scattered on the stage for the final number of the show.",
        "Demand for tuition rose sharply before the grammar school tests.",
        "The young carer rose at six to get the younger ones ready.",
        "Concern rose when the private foster carer moved house without telling anyone.",
        "A rose tattoo on the arm was how the boy described his employer at the newsagent.",
    ],
    "may": [
        "The deregistration letter was dated 2 May and arrived after half-term.",
        "The local authority may serve a school attendance order if provision is not suitable.",
        "May half-term saw the child perform in eleven shows in nine days.",
        "In May the private fostering arrangement ended without notice.",
        "Children may be employed for no more than two hours on a school day.",
        "The hospital school's report for May shows nine hours of teaching.",
        "By May the family had moved twice, each time to a different authority.",
    ],
    "will": [
        "The will of the child is to stay at home, the parents' statement insists.",
        "Children will not be released from the theatre after 22:00 under the licence.",
        "The EHE officer will write to the family again in the new year.",
        "Against the boy's will he was taken out of school and enrolled at the tuition centre.",
        "His grandmother's will left a small sum for the young carer's education.",
        "The private foster carer will need a DBS check for every adult in the house.",
        "Free will was a theme of the parents' 'philosophy of education'.",
    ],
    "william": [
        "The EHE officer will write to the family again in the new year.",
        "Against the boy's will he was taken out of school and enrolled at the tuition centre.",
        "His grandmother's will left a small sum for the young carer's education.",
        "The electricity bill was in the name of the sixteen-year-old young carer.",
        "Billing at the tuition centre was by the term, in cash.",
        "A bill from the theatrical agency listed 'chaperone fees' against the child's earnings.",
        "The private foster carer will need a DBS check for every adult in the house.",
    ],
    "bill": [
        "The electricity bill was in the name of the sixteen-year-old young carer.",
        "Billing at the tuition centre was by the term, in cash.",
        "A bill from the theatrical agency listed 'chaperone fees' against the child's earnings.",
        "The hospital parking bill ran to hundreds of pounds, and visits stopped.",
        "Top of the bill at the pantomime was a nine-year-old with no licence.",
        "Bills piled up while the mother was in hospital and the boy ran the house.",
    ],
    "amber": [
        "Amber was the rating given to the home education case at the annual review.",
        "The EHE risk tool flagged the family amber after the second refused visit.",
        "An amber light on the hospital monitor flashed all through the evening lesson.",
        "The child's drawing used amber and black for 'the sad house'.",
        "AMBER \u2013 elective home education, no contact for 12 months.",
        "Amber-rated out-of-school settings are visited twice a year.",
    ],
    "sky": [
        "The worksheet asked 'why is the sky blue?' and the answer was left blank.",
        "Sky Sports was on in the shop where the boy worked, the permit officer noted.",
        "Under a dark sky the chaperone walked the children to the minibus at 23:10.",
        "Sky-high fees at the tuition centre were paid in cash each Saturday.",
        "The drawing showed a yellow sky and a house with no door.",
        "The hospital room looked out on nothing but sky and a car park.",
    ],
    "faith": [
        "Faith classes are held in the back room of the community centre on weekday evenings.",
        "The parents' statement says their faith requires them to teach the children at home.",
        "Faith: not recorded on the transfer-in form.",
        "The out-of-school settings team met faith leaders about safeguarding.",
        "The young carer had lost faith that anyone was coming to help.",
        "In good faith the head took the girl off the roll on the strength of the letter.",
    ],
    "holly": [
        "Holly was cut from the hedge for the home-education nature table.",
        "A sprig of holly was pinned to the costume for the December show.",
        "The child's nature diary: 'holly has spikey leafs and red berrys'.",
        "Holly bushes hid the portakabin where the unregistered school met.",
        "The boy pushed his paper-round trolley through the holly at the end of the lane.",
        "Holly and mistletoe were sold door to door by the children at weekends.",
    ],
    "ruby": [
        "Ruby slippers were part of the costume for the touring show.",
        "A ruby ring went missing from the private foster carer's bedroom.",
        "The child's cheeks were ruby red after the walk from the bus.",
        "Ruby-coloured juice was the only drink in the fridge at the EHE visit.",
        "The grandparents' ruby wedding was why the boy was sent to stay with them.",
        "The rock project had a drawing of a ruby and a lump of coal.",
    ],
    "daisy": [
        "Daisy chains were the only 'nature study' the officer saw evidence of.",
        "The holiday club's youngest group is the daisy group.",
        "A daisy had been pressed into the child's exercise book.",
        "The worksheet was headed with a drawing of a daisy and a sun.",
        "Daisy-print curtains hung in the hospital side room.",
        "Daisy costumes for the spring show were sewn by the mothers.",
    ],
    "summer": [
        "Summer schools run by the tuition centre operate without any registration.",
        "Over the summer the family left the authority without telling anyone.",
        "The summer season at the seaside theatre ran to 60 performances.",
        "Summer-born, the boy would have started Year 7 in September.",
        "A summer of caring for the mother meant the girl fell behind.",
        "The hospital school keeps a summer timetable on the long-stay wards.",
    ],
    "joy": [
        "Joy in learning is the first aim listed in the parents' philosophy.",
        "The child's joy at being on stage was clear, the chaperone wrote.",
        "There was little joy in the exercise books, which were mostly copying.",
        "Joyriding convictions were on the record of the private foster carer's son.",
        "The ward teacher described the boy's joy when his results came through.",
        "Joy, fear and anger faces were used with the young carer.",
        "The girl wrote 'I feel joy when I am at drama'.",
    ],
    "dawn": [
        "Dawn starts for the paper round meant the boy was asleep by lunchtime.",
        "At dawn the family's van was gone from the site.",
        "The chaperone found the child still awake at dawn in the hotel.",
        "Dawn had broken before the young carer got to bed.",
        "From dawn to dusk, the parents wrote, the world is the classroom.",
        "Dawn filming was not allowed under the licence conditions.",
    ],
    "ivy": [
        "Ivy covered the windows of the hall used by the unregistered school.",
        "The nature study sheet had ivy leaves stuck to it with tape.",
        "Ivy-clad sheds at the back housed the 'overflow class'.",
        "The garden was overgrown with ivy and brambles, and the officer was not let in.",
        "The grandmother's cottage, where the boy was privately fostered, was thick with ivy.",
        "Ivy had grown through the roof of the hall where the classes met.",
    ],
    "jack": [
        "A car jack was propped against the door of the tuition centre to keep it open.",
        "Jack-in-the-box costumes were worn by the younger children in the show.",
        "The older boys would jack phones from the younger ones on the paper round.",
        "A Union Jack was painted on the wall of the after-school room.",
        "The father described himself as a jack of all trades who could teach 'anything'.",
        "The boy used a jack plug to connect his keyboard in the hospital room.",
    ],
    "robert": [
        "The boy was robbed of his paper-round money twice in one week.",
        "Robbery of younger children near the tuition centre was reported to police.",
        "Older youths tried to rob the child of his phone outside the stage door.",
        "A plan to rob the newsagent was overheard by the young carer's brother.",
        "Robbing the meter for coins, the father said, was how they paid for food.",
        "The hospital reported that a visitor had tried to rob the ward's charity box.",
    ],
    "frank": [
        "The parents were frank: they did not believe in schools.",
        "Frank discussions with the agent about the hours were minuted.",
        "In a frank letter the head teacher said the girl had been 'coached out'.",
        "The young carer was frank about how tired she was.",
        "Frankly, the officer wrote, there was no evidence of any education at all.",
        "The ward teacher gave a frank account of how little the boy had been taught.",
        "A franked envelope from the previous authority held the child's file.",
    ],
    "miles": [
        "The family lived forty miles from the hospital and visits fell away.",
        "The paper round covered three miles before school.",
        "Miles from any school, the farm was where the children were 'educated'.",
        "The tour took the child hundreds of miles from home over the term.",
        "The private foster carer lived 200 miles from the parents.",
        "Miles of unlit road lay between the caravan and the nearest bus stop.",
    ],
    "dean": [
        "The dean of the drama school signed the reference for the licence.",
        "The rural dean allowed the church hall to be used for the Saturday classes.",
        "A letter from the dean confirmed the 15-year-old was attending college part-time.",
        "The assistant dean for widening participation had met the young carer.",
        "The dean's office at the university hospital holds the teaching contracts.",
        "The cathedral dean was asked whether the choir school had registered the boy.",
    ],
    "marsh": [
        "The caravan was parked on marsh land at the edge of the town.",
        "Marsh gas and reeds were the subjects of the child's science project.",
        "The children were found on the marsh during school hours with a metal detector.",
        "Marshland walks were listed as PE on the home education timetable.",
        "The film crew shot the scene on the salt marsh at low tide.",
        "The boy delivered papers to the farms across the marsh.",
    ],
    "hill": [
        "The tuition centre is at the top of the hill above the bus station.",
        "Hill walking counts as PE, the parents' statement says.",
        "The paper round ended at the farm over the hill.",
        "The theatre stands on a hill, and the children queued outside in the rain.",
        "Up the hill from the hospital is the hostel where the mother stays.",
        "Hillside flats on the estate house several home-educated families.",
        "The child drew a house on a hill with nobody in it.",
    ],
    "wood": [
        "Wood shavings covered the floor of the room used as a classroom.",
        "The children were taught to whittle wood as part of 'forest school'.",
        "A wood burner with no guard heated the room used for lessons.",
        "Woodwork was the only subject the boy said he liked.",
        "The den the children built in the wood was shown to the officer as 'outdoor learning'.",
        "Offcuts of wood were nailed over the window of the portakabin.",
        "The stage was bare wood and the children performed barefoot.",
    ],
    "stone": [
        "The girl had lost a stone since taking on the caring.",
        "Stone steps led down to the basement where the classes were held.",
        "The worksheet on the stone age had one line written on it.",
        "A stone was thrown at the window of the supplementary school.",
        "The boy had put on a stone during the long hospital stay.",
        "Stone-cold tea and a packet of crackers was the young carer's breakfast.",
    ],
    "bell": [
        "The bell at the stage door went unanswered for twenty minutes.",
        "There is no bell and no timetable at the tuition centre, the inspector wrote.",
        "A bell by the bed lets the boy call the nurse during the night.",
        "The school bell was the thing the girl said she missed most.",
        "Bell-ringing practice on Tuesdays was listed as 'music' in the EHE report.",
        "The call bell in the young carer's home was fitted for the mother.",
    ],
    "brown": [
        "Brown paper covered the windows of the unregistered school.",
        "The child's hair had been dyed brown for the part.",
        "Brown envelopes from the authority went unopened for months.",
        "The water in the hospital jug was brown, the mother complained.",
        "The worksheet was a brown-stained photocopy with half the words missing.",
        "The boy wore a brown tabard for the paper round, and no lights.",
    ],
    "green": [
        "Green ink was used throughout the child's work samples, apparently by an adult.",
        "The village green was where the 'PE lessons' took place.",
        "The officer was relatively green, in her first year in the EHE team.",
        "The licence was approved with a green tick on the council's system.",
        "Green mould was growing on the wall of the room used for classes.",
        "The young carer's bedroom had green paint peeling from the ceiling.",
    ],
    "lamb": [
        "The nativity play cast the youngest child as a lamb.",
        "Lambing season kept the family on the farm and the children off any register.",
        "A toy lamb was on the hospital bed at every visit.",
        "Lamb stew was on the menu at the holiday club the day of the incident.",
        "The boy's Saturday job was helping with the lamb sales at the livestock auction.",
        "Gentle as a lamb, the chaperone said, but exhausted by the end of the run.",
    ],
    "fox": [
        "A fox was the subject of the child's one piece of written work.",
        "Fox cubs under the portakabin were the reason given for closing the class.",
        "The boy saw a fox on the paper round most mornings.",
        "The child played a fox in the touring production.",
        "Foxes had torn the bin bags at the back of the tuition centre.",
        "A fox fur stole was part of the costume, which the child found heavy.",
    ],
    "banks": [
        "The river burst its banks and the family's caravan was moved.",
        "Banks were asked to confirm whether the chaperone had been paid.",
        "The tuition centre used two banks and paid the tutors in cash.",
        "The children were seen on the canal banks during school hours.",
        "Banks of monitors surrounded the bed in the hospital room.",
        "Two banks had closed the young carer's mother's accounts.",
    ],
}

FIFTYFOURTH_UNLISTED = [
    "The private foster carer is {U}, a family friend from {T}.",
    "Chaperone on duty: {U} (licensed by {T} Council).",
    "The family arrived from {T} in the spring; no records were sent.",
    "Tutor named on the timetable: {U}. No DBS certificate was seen.",
    "The newsagent, {U}, employed the boy without a permit.",
    "Dr {U}, the consultant on the ward, asked the hospital school to start lessons.",
    "Mrs {U} runs the Saturday classes from her front room.",
    "The children were said to attend classes at St {U}'s church hall.",
    "CME notice received from {T}: family believed to have moved here in the autumn.",
    "The agent, {U}, signed the licence application on the parents' behalf.",
    "Known to: {T} children's services (closed); police in {T} (one call-out).",
    "'{U} teaches us maths and Arabic,' the boy said.",
    "{U} is named on the PF1 form as the arranging adult.",
    "Letter from {U}, head of the tuition centre, dated 03/03: 'We are not a school.'",
    "The girl said she stays with {U} in {T} during the week.",
    "Holiday club manager {U} did not report the fall to anyone.",
]
