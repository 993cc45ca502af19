"""Eighty-fifth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1299 lines, in the same command as
a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line that opens
with a bracket, for the line length, 100, an ls of the single file .venv/bin/ruff and the making of
the scratch directory in /tmp; then printed with sed -n in four ranges, lines 1-400, 400-800,
800-1200 and 1200-1299, so lines 400, 800 and 1200 were printed twice; it was not imported), for the
format: the {P}, {U} and {T} placeholders (a person template is filled with {P} alone, an unlisted
one with {U} and {T}), the name forms the generator fills in (full name, given name, an initial with
and without a stop, a possessive, upper and lower case, a line break between the parts of the name
or a hyphenated break inside the given name, surname first, a title and surname for adults, where
the generator itself adds "Ms" or "Mr", and a nickname of more than two letters), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text already written, stripped of trailing white space and line breaks, is empty or ends in a
full stop, so a name after a tab, a pipe, a colon, a bracket, "cc:", "RE:" or a quote mark keeps the
case it was given), the word-names and the other name lists (plain given names, street trees and
suffixes, the words of nursery names, the syllables of invented surnames and towns, the first names
it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three,
"will", "william" and "robert" among them) and the number of its sentences per key, which
`_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its trailing space, "bill" for William
when there is no "will ", and "rob" for Robert, so every "will" here has a space after it, no
William sentence has both "will " and "bill", "miles" and "banks" are written in full, and no
"problem", "probably", "wardrobe", "remark", "supermarket", "arose", "chamber", "risky", "enjoy",
"smiles", "milestone", "chilly", "belly", "labelled" or "dismay" stands in any sentence here, and
"Jackets" only in a Jack one); the forms it gives {U} (a first name, a surname, both, or "Mr" and a
surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no
other title or role, "Miss", "TA", "DSL", "Nurse" and "Mum" included, is put directly before {U} or
{P}, though school logs often write "Miss" or a role before a name: a role stands after a comma, in
brackets, or as a label with a colon, a pipe or a tab); and that `_Builder.sentence` takes every "{"
in a template as the opening of a placeholder and joins templates with a single space, so no literal
brace appears in any sentence here and the fields of a MyConcern entry, an SEN register row, a
transfer form and a memo are written into a template as pipes, "\\t" and "\\n". The printed
NUMBERED_SETS tuple ends at "eightysecond", so this module is not named there; corpus.py was left as
it is, and adding the name is left to whoever runs the benchmark. The first 45 lines (the headers)
of the seventy-sixth, seventy-seventh, eightieth and eighty-second families, read with head -45 in
one shell loop, and nothing else of them; none of those modules was imported. The absence of this
file was tested with test -e and the presence of .venv/bin/ruff with test -x, in one command. No
directory of the project was listed, git was not run, no README, word list, test or source module
(the nameforms module, which makes the nicknames, included) and not the benchmark runner was opened,
and the families being written at the same time were not looked at.

What was checked. A throwaway checker in /tmp/eightyfifth_work parsed this file alone (with ast,
importing nothing of the project; the name lists it checks against were copied by hand from the
printed corpus.py, and the nickname-like short forms of the generator's given names, "Gracie",
"Rosie", "Billy", "Liam", "Bert", "Robin", "Fran", "Leigh", "Chan", "Leah", "Beth", "Tally", "Ally",
"Eliza", "Ellie", "Kate", "Cath", "Cally", "Nate", "Tony", "Chris", "Rick", "Rich" and about a
hundred more, were worked out by hand, since the nameforms module was not read) for the three
constants and nothing else, non-ASCII bytes, lines over 100 characters, stray braces and
placeholders, exactly one {P} in each person template, a {U} or {T} (and neither twice) in each
unlisted one, a title or role word or other capitalised word (apart from "Dear" and a question's
"Was", "Is" or "Ask") directly before {P} or {U}, with only "Mrs", "St" and "Dr" let through before
{U}, the counts (56 person templates, 16 unlisted, 6 or 7 sentences for each of the thirty-three
keys, 205 in all) and the keys, duplicates, and each ordinary span (it repeats the generator's
search: the span must be found, must not occur a second time, and must start a word unless the
sentence is one of the two whose compound is meant, "Uphill" and "Handbells"); in every sentence it
looks for the other word-names and "rob" as substrings, for the plain given names as substrings, for
the street trees, the unlisted first names, "Pendarves", "Acorns", "Owls" and every invented surname
and town the syllables can make as whole words, and for the short forms as whole words and, from
four letters and for "rob", "bob", "liz", "meg", "jim", "kay" and "kat", inside words (the span
itself excepted, so "Frankly" keeps its "Fran"). Three-letter forms inside ordinary words
("consent", "lead", "stay", "jubilee", "cannot") were listed separately and left, as English cannot
do without them; "March" (for "Marc"), "donated" (for "Nate"), "exchange" (for "Chan") and
"nativity" were taken out after the checker or that list flagged them. A faulty copy in /tmp with
fifteen planted faults (a title before {P}, two {P} in one template, a stray placeholder,
"accidentally", "arose" before "rose", "will," with no space, "risky" in a sky sentence, a non-ASCII
dash, a key with five sentences, a plain given name, an over-long line, a renamed key, a brace in an
ordinary sentence, "problem" before "rob" and a Robert sentence with only "problem") failed with
every fault reported; this file passed. Then .venv/bin/ruff check and .venv/bin/ruff format were run
on this file alone, and the checker run again.

Styles. A school's own safeguarding and pastoral records: CPOMS and MyConcern entries with a
category, an alert list and a status, the DSL's actions and decisions, form tutors' and teaching
assistants' notes, behaviour points and detentions, the SEN register, free school meals, Pupil
Premium and the uniform swap shop, lunchtime and playground incidents, what a child said to the
dinner lady, Operation Encompass calls, letters home and the transfer of the child protection file
to a new school. Names stand in pipe-separated table rows and tab-separated MIS lines, after labels
("Pupil:", "Student:", "Name:", "RE:", "cc:"), at the start of a template and at the start of a line
inside one, in square and round brackets, in attendee and alert lists between semicolons and commas,
with a role or year group after a comma or in brackets, inside quoted speech, as a possessive
("{P}'s PE bag", "{P}'s mum"), after "Dear" in a letter, in questions ("Was {P} ever...", "Is {P} on
the SEN register?", "Why was {P} sent home...") and after prepositions and verbs ("Detention issued
to", "class teacher of", "phoned"). The ordinary uses are school words: class names ("Ruby Class",
"Daisy Class", "Fox Class"), RAG and tracker ratings ("AMBER", "GREEN"), register marks, half terms
and months, grace at lunch, rosettes, handbells, the lunch bill on the parent app, food and clothes
banks, Union Jack bunting, forest school in the wood, with inflections ("Marking", "Robbing",
"Lambing", "Frankly", "dawned"), compounds ("Skylight", "Foxglove", "Marshmallows", "Deanery",
"Greenhouse"), upper case and form labels.
"""

EIGHTYFIFTH_PERSON_SENTENCES = [
    "Category: Neglect | Alert: DSL, pastoral lead | Pupil: {P} | Status: open",
    "Logged by: form tutor (7H)\nStudent: {P}\nConcern: no coat for the third day running.",
    "{P}\tYr 4\tFSM\tSEN support\tCP",
    "Detention issued to {P} for swearing at a lunchtime supervisor (3 behaviour points).",
    "Dinner staff report: {P} asked for seconds and put bread rolls in a pocket to take home.",
    '"Don\'t tell {P} I told you," the girl said to the dinner lady by the climbing frame.',
    "Who collected {P} on Friday? The office has no record of it.",
    "SEN register: {P} - SEN support (K), speech and language; no EHCP.",
    "{P}'s PE bag has not come in since half term; the TA has lent spare shorts.",
    "Uniform grant: form completed with {P} in the school office (two polo shirts, shoes).",
    "Action (DSL): phoned {P} at 15:40 to check who is picking up tonight.",
    "CP file for {P} sent by secure transfer to the receiving school; receipt requested.",
    "Receipt of the CP file not yet confirmed by the new school. Chased (re: {P}) on 3/11.",
    "Playground incident 12:50. {P} was pushed off the trim trail and grazed both knees.",
    "Body map completed by the first aider. {P} said the bruise came from a trampoline.",
    "Alert sent to: DSL; deputy DSL; head of year; class teacher of {P}.",
    "Attendees at the TAF meeting: SENCo, school nurse, {P}, family support worker, form tutor.",
    "Pupil voice (in {P}'s own words): \"I don't like going home on Fridays.\"",
    "Free school meals checked: {P} eligible from 04/09, Pupil Premium flag added.",
    "{P}\n(Year 2, Kingfisher Class)\nLate 11 times this half term.",
    "Was {P} ever spoken to alone about the scratches?",
    "TA note: {P} hid under the table in maths and would not come out until lunch.",
    "{P} - 45 behaviour points this term; 4 after-school detentions; 1 internal exclusion.",
    "| {P} | 7C | Persistent absence | 81.2% | Letter 2 sent |",
    "Reported to the office by {P}, whose younger brother had not been collected at 3.15.",
    "Name: {P}\tDOB: see MIS\tUPN: on file",
    "Breakfast club: {P} signed in at 07:55 by the site manager, no adult present.",
    "MyConcern ref 20931 - {P} - Category: Domestic abuse - Operation Encompass.",
    "Operation Encompass call received 08:10; police attended the home of {P} overnight.",
    "Form tutor's note (not shared with {P}): seems tired, hood up all day.",
    '{P} told the dinner lady, "Mum\'s boyfriend hits the wall, not us."',
    "Lunchtime: {P} sitting on own by the bins again; midday supervisor sat with her.",
    "Contact log - 14/10 - spoke to {P} at the gate re: uniform and nits.",
    "DSL decision: refer to children's social care (MASH). {P} told of the referral at 16:05.",
    "cc: SENCo; {P}; attendance officer",
    "Uniform swap shop: {P} took two jumpers and a pair of trousers (age 9-10).",
    "Ask {P} about the new phone - who bought it?",
    "Is {P} on the SEN register? Not according to the SENCo's list.",
    "Previous school's file shows {P} was on a CP plan (neglect) until the spring.",
    "Transfer form sent with the CP file:\nChild: {P}\nReason for leaving: moved out of area.",
    "Behaviour log: {P} threw a chair in the corridor; removed to the reflection room.",
    "{P} (Y6) disclosed to a TA during reading that she is scared of the dog at home.",
    "Lost property / uniform help given to {P}: coat, gloves, school shoes.",
    "{P}: 'I haven't had tea for two days, Miss.'",
    "Upgraded to RED by the DSL. Pupil: {P}. Reason: third disclosure this month.",
    "The dinner lady said {P} had eaten nothing but a yoghurt all week.",
    "Nurse drop-in: {P} reported head lice and a sore ear; parent phoned.",
    "Key adult for {P}: the Year 3 TA; check-in at 8:45 every morning.",
    "Pupils involved: {P} (victim), two Year 6 boys (named on the incident form).",
    "Parent meeting - {P}, head of year and the attendance officer; notes on file.",
    "{P}'s mum rang the office in tears at 9:20, asking for the DSL.",
    "TO: DSL\nRE: {P}\nFROM: MSA (playground)",
    "Dear {P},\nYour child's attendance has dropped below 90 per cent this half term.",
    "[{P}] no lunch brought again; hot meal given and added to the FSM check list.",
    "Why was {P} sent home at lunch without a call to the DSL?",
    "{P} | FSM: yes | PP: yes | SEN: K | CP: yes | CiN: no | LAC: no",
]

EIGHTYFIFTH_ORDINARY = {
    "hope": [
        "Hope was expressed by the head of year that the managed move would settle things.",
        'Pupil\'s wishes: "I hope I can stay in this school until Year 6."',
        "The class teacher is hopeful that the new seating plan helps with focus.",
        "Target on the SEN support plan: to say one thing she hopes for each week.",
        "HOPES AND WORRIES sheet completed with the learning mentor; kept in the file.",
        "Staff hope to see the attendance figure above 90 per cent by Easter.",
    ],
    "grace": [
        "Grace period for the uniform loan ended; nothing is owed and it was written off.",
        "Grace is said before lunch at the church school, and the boy refuses to join in.",
        "She took the detention with good grace and apologised to the lunchtime supervisor.",
        "A week's grace was agreed for returning the signed consent form.",
        "Graceful exit: the father shook hands and left before the end of the meeting.",
        "Saying grace at breakfast club is optional, the club lead confirmed.",
    ],
    "mark": [
        "Mark the register with code C for the funeral, the attendance officer advised.",
        "A red mark on the back of the neck was shown to the DSL at 10:15.",
        "Marks for the spelling test were read out, and the girl cried when hers was low.",
        "Teachers were asked to mark any absence after lunch as unauthorised.",
        "The body map showed a mark, 2cm, above the left eyebrow.",
        "Marking of the workbook shows nothing handed in since October.",
        "Felt-tip marks on both arms were washed off by the TA before the parent arrived.",
    ],
    "rose": [
        "Absences rose to 14 sessions in the autumn half term.",
        "Tempers rose in the dinner queue and two Year 5 boys had to be separated.",
        "The girl rose from her chair and walked out of the lesson without a word.",
        "Rose gold earrings are not allowed in PE; they were kept in the office till home time.",
        "Behaviour points rose sharply after the move to the new foster placement.",
        "Rosettes for good attendance are handed out each Friday in assembly.",
    ],
    "may": [
        "May half term: the family went abroad and the girl came back thinner.",
        "The pupil may need a reader for the SATs, according to the SENCo.",
        "On 9 May the CP file arrived from the previous school, two years late.",
        "Staff may not search a pupil's bag without consent, the policy says.",
        "Category altered on 2nd May from Attendance to Neglect.",
        "MAY 2025 - uniform voucher issued (trousers, shoes).",
        "It may be that the scratches were caused by the cat, the DSL wrote.",
    ],
    "will": [
        "Will you sign the consent form for counselling? The letter went home twice.",
        "The TA will sit with the boy at lunch for the next two weeks.",
        "Free will was the theme of the RE lesson when the girl became upset.",
        "The head of year will ring the father about the vape found in the toilets.",
        '"I will tell my dad," the boy shouted at the midday supervisor.',
        "Taken out against her will by the father at 11:00, the pupil returned next day.",
        "Strong will and a short fuse, the form tutor wrote in the transition notes.",
    ],
    "william": [
        "The school will pay for the trip from the Pupil Premium budget.",
        "Will the new school ask for the CP file, or must we send it? Query to the LA.",
        "Nobody will admit to taking the phone, so the whole class stayed in.",
        "The lunch bill on the parent app is now over 60 pounds.",
        "Billing for breakfast club was stopped once FSM was confirmed.",
        "A gas bill addressed to another family was in the girl's book bag.",
        "Dinner money bills are sent home on Mondays in the book bag.",
    ],
    "bill": [
        "The unpaid lunch bill was written off by the business manager.",
        "Bills for the residential trip go out in January; a payment plan was offered.",
        "The family showed the office a final demand for the water bill.",
        "A bill for a broken window was sent home after the football incident.",
        "Bill payments through the parent app failed three times this month.",
        "The phone bill was the reason the mother gave for missing the meeting.",
    ],
    "amber": [
        "Amber alert raised on MyConcern: category Emotional wellbeing.",
        "The attendance tracker shows the girl in amber (90-95 per cent).",
        "AMBER - monitor weekly, review at the next pastoral meeting.",
        "The RAG rating moved up to amber after two late collections.",
        "Amber-rated pupils are discussed at the Monday safeguarding huddle.",
        "An amber bead necklace was confiscated in PE and returned at home time.",
        "The traffic light on the behaviour chart stayed on amber all afternoon.",
    ],
    "sky": [
        "Sky class (Year 1) reported the boy was hungry at snack time.",
        "The girl drew a black sky over her house in the wellbeing session.",
        "Sky-high anxiety before tests was noted on the SEN support plan.",
        "The pupil told the TA they watched Sky Sports until two in the morning.",
        "Skylight in the nurture room was left open and the alarm went off at lunch.",
        "Under a grey sky the Year 4 trip went ahead, and the boy had no coat.",
    ],
    "faith": [
        "Faith: Muslim (admission form); fasting during Ramadan noted.",
        "The family lost faith in the school after the bullying complaint.",
        "A faith school place was offered but the family turned it down.",
        "In good faith the office lent the mother bus fare to collect the boy.",
        "Faith leaders from the mosque came to the parents' evening as translators.",
        "Yours faithfully, the business manager (letter about the unpaid lunch debt).",
    ],
    "holly": [
        "Holly leaves and pine cones were collected for the winter craft table.",
        "The boy was pushed into the holly hedge by the staff car park.",
        "Scratches from the holly bush on the field were cleaned by the first aider.",
        "Holly-patterned jumpers were worn on the last day of the autumn term.",
        "A sprig of holly was on the office counter in December.",
        "The pupil ate holly berries on a dare and was sent home with the parent.",
    ],
    "ruby": [
        "Ruby Class (Year 3) is where the boy spends the mornings with the TA.",
        "A ruby ring went missing from the girls' toilets after PE.",
        "Ruby-red cheeks and a high temperature; the parent was called at 10:40.",
        "The ruby award for kindness went to the girl in assembly.",
        "The school's ruby anniversary fair raised money for the uniform fund.",
        "Ruby slippers from the dressing-up box were taken home without asking.",
    ],
    "daisy": [
        "Daisy Class (Reception) logged the girl as arriving late four times this week.",
        "The children made daisy chains on the field at lunchtime.",
        "The pupil's coat had a daisy pattern and was too small.",
        "Daisy-print leggings were the only clothes that came in the PE bag.",
        "The nurture group is called the daisy group on the timetable.",
        "Upsy Daisy stickers were used as rewards by the TA.",
    ],
    "summer": [
        "Summer term: the girl's attendance fell to 84 per cent.",
        "Over the summer holidays the family were moved into temporary housing.",
        "Summer-born, the boy is one of the youngest in Year 1.",
        "The summer fair raffle money was found in the pupil's bag.",
        "A summer school place was offered for transition to Year 7.",
        "The CP file is due to move to the secondary school before the summer.",
        "SUMMER HOLIDAY FOOD VOUCHERS: issued to all FSM pupils on 18/07.",
    ],
    "joy": [
        "Joy was clear on the boy's face when his nan came to the class assembly.",
        "There was little joy in the girl's drawings during the art therapy block.",
        "Joyriding in a stolen car led to the Year 10 boy's arrest, the police told the DSL.",
        "The pupil's pride and joy is the class hamster, which she feeds every morning.",
        "JOY jar entries this week: two from the boy, both about his new foster carers.",
        "The TA described the girl's joy at getting a part in the school play.",
    ],
    "dawn": [
        "Dawn raid by police at the family home; the girl came in late and upset.",
        "The boy says he is up before dawn to get his sisters ready for school.",
        "It dawned on the TA that the bruises were in the same place every Monday.",
        "Dawn patrol: the caretaker checks the gates and the bike shed before 7.",
        "Police attended at dawn after a 999 call from a neighbour.",
        "From dusk till dawn the older brother is out, the girl told her form tutor.",
    ],
    "ivy": [
        "Ivy Class (Year 2) reported the boy wet himself twice this week.",
        "Ivy had grown through the fence by the nursery gate, and a child climbed it.",
        "The girl was found hiding behind the ivy on the back wall at lunchtime.",
        "Poison ivy was blamed for the rash, though the nurse doubted it.",
        "Ivy-covered railings at the side gate make it hard for the midday staff to see.",
        "The boy pulled ivy off the wall and threw it at the dinner lady.",
    ],
    "jack": [
        "A car jack was found in the pupil's bag during a search with two staff present.",
        "Union Jack bunting hung in the hall for the jubilee lunch.",
        "Jackets and bags must be hung on pegs, the class teacher reminded the TA.",
        "Older boys tried to jack the bike from the Year 6 pupil outside the gates.",
        "A jack plug from the music room was used to scratch the desk.",
        "The boy hit the jackpot on the reward wheel and chose extra golden time.",
    ],
    "robert": [
        "Older pupils tried to rob the Year 7 boy of his lunch money at the bus stop.",
        "Robbery at the corner shop: police told the DSL the Year 9 boy was a witness.",
        '"They said they would rob my phone," the girl told her form tutor.',
        "Robbing the tuck shop float led to a fixed-term suspension.",
        "The boy was robbed of his new trainers on the way home, the parent rang to say.",
        "Robes for the school play were cut up in the store cupboard; the boy admitted it.",
    ],
    "frank": [
        "The DSL had a frank conversation with the father about the bruising.",
        "Frank and open, the girl's account matched the TA's notes.",
        "Frankly the plan has not been followed at lunchtimes.",
        "The franking machine was used to send the transfer letter by recorded delivery.",
        "To be frank, the form tutor wrote, nobody has seen the mother since September.",
        "A frank talk at the gate ended with the father being asked to leave the site.",
        "Frank discussion in supervision about whether the threshold was met.",
    ],
    "miles": [
        "The new school is 12 miles away; transport has been requested from the LA.",
        "Miles apart: the accounts from the two boys could not be matched.",
        "The girl walks two miles to school each way, often without breakfast.",
        "A sponsored walk of five miles raised money for the uniform fund.",
        "Air miles from the father's job paid for the trip abroad in term time.",
        "The foster placement is 40 miles from the school, and the taxi is often late.",
    ],
    "dean": [
        "The dean of the sixth form rang the DSL about the older brother.",
        "A letter from the dean at the college confirmed the sibling had left the course.",
        "The assistant dean for welfare at the university passed on the concern.",
        "Deanery clergy visited the church school for the harvest assembly.",
        "The rural dean is a governor and sits on the pastoral panel.",
        "Dean's list entries are read out at the secondary school's prize evening.",
    ],
    "marsh": [
        "The boys were found by the marsh after leaving school at lunchtime.",
        "Marsh land behind the playing field is out of bounds to all pupils.",
        "Marshmallows were given out at the Year 5 camp-fire, and the girl ate none.",
        "The caravan on the edge of the marsh has no running water, the family told the office.",
        "Salt marsh trip (Year 4): the boy had no boots and borrowed a pair.",
        "MARSH WALK - consent slip not returned by the parent.",
    ],
    "hill": [
        "The girl runs up the hill to school alone, the crossing patrol reported.",
        "Hill walking on the residential trip was too much for the boy's asthma.",
        "Sledging on the school hill is not allowed since the accident in January.",
        "Uphill battle with attendance, the EWO wrote in the log.",
        "The family live at the top of a steep hill, and the mother cannot manage the pram.",
        "Hillside flats on the estate are where the older boys gather after school.",
    ],
    "wood": [
        "Woodwork room: the boy cut his hand and would not say what had happened at home.",
        "A piece of wood with a nail in it was taken from the pupil in the playground.",
        "The girl was seen going into the wood behind the school field with older boys.",
        "Forest school in the wood on Thursdays is the only lesson he attends in full.",
        "Wood chippings in the playground were thrown at the dinner lady.",
        "The wood burner at home has no guard, the boy told the TA after the burn.",
    ],
    "stone": [
        "A stone was thrown at the minibus as it left the gates.",
        "The girl has lost half a stone since the start of term, the school nurse noted.",
        "Stone-faced, the boy sat through the exclusion meeting in silence.",
        "The school is a stone's throw from the father's flat, which worries the mother.",
        "Stones in the pocket of the boy's coat were taken off him at break.",
        "Kidney stone surgery kept the mother in hospital, so the aunt brought the girl in.",
    ],
    "bell": [
        "The bell went and the boy ran straight out of the gates.",
        "Nobody was at the gate when the home-time bell rang, so the girl waited in the office.",
        "Handbells in music were the only thing the girl joined in with.",
        "A bell on the office door tells staff when a parent comes in.",
        "Bell-ringing at the church next door upsets the boy, who covers his ears.",
        "Late after the bell: 12 times this half term, mostly on Mondays.",
    ],
    "brown": [
        "Brown sauce was smeared on the wall in the boys' toilets.",
        "The bruise had turned yellowish brown by the time the DSL saw it.",
        "Brownies on Wednesday is the only club the girl goes to.",
        "A brown envelope of cash was found in the boy's blazer pocket.",
        "Brown bread and soup is on the breakfast club menu on cold days.",
        "The girl's hair was matted and her shirt collar was brown with dirt.",
    ],
    "green": [
        "Green cards are given at lunch for good behaviour.",
        "A green plastic bag of clothes was left at the office by a neighbour.",
        "The head of year gave the green light for a managed move.",
        "Greenhouse duty with the TA calms the boy at lunchtime.",
        "The village green opposite the school is where the older boys wait at home time.",
        "GREEN on the attendance tracker: above 96 per cent.",
    ],
    "lamb": [
        "Lamb curry was on the menu, and the boy said he had not eaten since Friday.",
        "The girl brought a toy lamb to school every day after the move.",
        "Lambing season means the father is out on the farm until late.",
        "Gentle as a lamb in class, the boy was said to be aggressive at home.",
        "A lamb was born at the school farm, and the nurture group named it.",
        "Lambswool jumpers from the uniform swap were handed out on Monday.",
    ],
    "fox": [
        "A fox got into the bins by the canteen, and the boy was scared to go outside.",
        "Foxes were blamed for the torn bin bags on the field.",
        "The girl's favourite toy, a fox, was left behind at the father's flat.",
        "Fox Class (Year 2) reported that the boy ate three breakfasts.",
        "Foxglove leaves were found in the boy's lunchbox, and the nurse was called.",
        "A dead fox by the school gate upset the Reception children.",
    ],
    "banks": [
        "The family use two food banks and the school's uniform swap.",
        "The boys were seen on the river banks after dark, the police told the DSL.",
        "Banks have frozen the account, the mother said, so the lunch money is late.",
        "Clothes banks at the retail park are where the family get school shoes.",
        "Snow banks by the gate were used to hide a bag of vapes.",
        "Letters from banks and a payday lender were in the girl's book bag.",
    ],
}

EIGHTYFIFTH_UNLISTED = [
    "Collected by {U} (not on the contact list); DSL informed at 15:25.",
    "Emergency contact 2: {U}, aunt, lives in {T}.",
    "Mrs {U}, the dinner lady, heard the disclosure at the salad bar.",
    "CP file requested from the previous school in {T}; no reply yet.",
    "Previous school: {T} Primary\tCP file received 12/09",
    "The girl said {U} lets her stay up watching films.",
    "Dr {U} (community paediatrician) asked the school for a SEN report.",
    "Pupils named in the incident: {U} (Year 8) and the boy's cousin.",
    '"{U} gave me the vape," the boy said to the TA.',
    "Moved to {T} over half term; new school not known.",
    "St {U}'s RC Primary has asked for the CP file.",
    "Visitor log: {U} signed in at 14:10 asking to see the boy; refused.",
    "The family stayed with {U} in {T} during the exclusion.",
    "Photo consent withdrawn because of {U}, the father's ex-partner.",
    "Alert: do not release the pupil to {U} (court order on file).",
    "Uniform and shoes given by {U} from the church in {T}.",
]
