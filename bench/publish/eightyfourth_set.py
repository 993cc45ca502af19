"""Eighty-fourth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1299 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line that
opens with a bracket, the heading of [tool.ruff.lint], for the line length, 100, and as an ls -d
of the name .venv, which showed the directory was there without listing it; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1299; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname
longer than two letters), the capital it gives a lower-case name that opens a template (only
when nothing stands before the placeholder and the text already written, with trailing white
space and line breaks stripped, is empty or ends in a full stop, so a name after "Dear", "To:",
"Signed:", a pipe, a tab, a bracket, a quote mark or a line break inside a template keeps the
case it was given), the word-names and the other name lists (plain given names, street trees and
suffixes, the words of nursery names, the syllables of invented surnames and towns, the first
names it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY
(thirty-three, "will", "william", "bill" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert, so every "will" here
has a space after it, no William sentence has both "will " and "bill", "miles" and "banks" are
written in full, and no "problem", "probation", "exchanges", "change", "chance", "willing",
"maybe", "remark", "market", "supermarket", "chamber", "risky", "enjoy", "smiles", "milestone",
"jacket", "wholly", "labelled", "chill", "marshal", "Christmas", "coordinated" or "usually"
stands in any sentence here, though a coordinator's notes are full of "change", "probation" and
"usually"); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare
name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title
or role, "Aunt", "Nan", "Uncle", "Coordinator" and "Advocate" included, is put directly before
{U} or {P}, though family meeting paperwork often prints one: a label with a colon, a pipe, a tab
or a line break stands there instead, and a relationship comes after the name and a comma); and
that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the fields of
a referral form, an invitation list, a family plan and a viability outcome are written into a
template as pipes, "\\t" and "\\n". The printed NUMBERED_SETS tuple ends at "eightysecond", so
this module is not yet named there; corpus.py was left as it is. The brief gave the prefix of
the three lists in a garbled form; it is EIGHTYFOURTH here, the module name upper-cased as the
loop under NUMBERED_SETS requires. The first 45 lines (the headers) of the seventy-eighth,
seventy-ninth, eightieth and eighty-first families, read with head -45 in one shell loop, and
nothing else of them; none of those modules was imported. Those headers give corpus.py as 1291
or 1295 lines long, and the copy read here has 1299; only the copy read here was relied on. The
absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x, in
one command that also made the scratch directory in /tmp; no directory of the project was
listed, git was not run, no README, word list, test or source module (so not the nickname table
behind variants_of_given) and not the benchmark runner was opened, and the families being
written at the same time were not looked at.

What was checked, and how. A throwaway checker in /tmp/eightyfourth_work parsed this file alone
(with ast, importing nothing of the project; the name lists it checks against were copied by
hand from the printed corpus.py) for: a module docstring and the three lists and nothing else;
the counts (52 to 56 person templates, 16 unlisted ones, exactly the thirty-three keys of
FRESH_ORDINARY with 6 or 7 sentences each) and duplicates; exactly one {P} in each person
template, only {U} and {T}, each at most once, in the unlisted ones, and no other brace; a title,
role or kinship word directly before {P} or {U} (only "Mrs", "St" and "Dr" before {U} pass, and
no "Mr" or "Ms" stands before {U}); each ordinary span, found by repeating the generator's rule
("will " and the "bill" fallback included) and printed with its context so that every one of
the two hundred could be seen to fall on the intended word; every word-name and "will", "rob"
and "bill" as a substring anywhere in a sentence outside its own span (so no second match and no
stray word-name), the plain given names, the unlisted first names, the fallback surname and the
street trees as substrings; nickname-like short forms, guessed by hand since variants_of_given
was not read ("Chan", "Nate", "Chris", "Rich", "Bert", "Tally", "Ally" and the like as
substrings, three-letter ones such as "Kit", "Con", "Nat", "Cal", "Ant" and "Lee" as whole
words); any whole word built like an invented surname or town from the syllable lists; ASCII and
the line length of every line of the file. A copy with faults planted in it (a stray brace, a
title before {P}, a second {P}, a missing key, a non-ASCII character, an over-long line,
"problem" before an intended "rob", "willing", a guessed nickname inside a word and a
surname-like town) was caught on every fault. Finally .venv/bin/ruff check and ruff format were
run on this file only.

Styles. Family group conferences and family network meetings, as the coordinator and the
reviewing social worker record them: the referral form, preparation visits and their notes, the
genogram and its key, the ecomap, invitation lists with who was told and who came, apologies,
private family time, the family plan with an owner for each task, contingency plans, bottom
lines, the review conference, kinship offers, viability outcomes, regulation 24 approval and
special guardianship, and relatives who were never told or declined. Person templates put the
name after a field label and a colon ("Child(ren):", "Signed:", "To:", "owner:"), after "Dear",
at the start of a line inside a form, a numbered or bulleted attendee list or a table row with
pipes or tabs, inside square brackets and round ones, in quoted speech, with a possessive, before
a relationship after a comma, after "from", "of", "for", "with" and "by", and in questions ("Did
anyone ask", "Why was", "Should", "Who speaks first"). Ordinary uses put each word-name where
such a record meets it: idioms ("saving grace", "short of the mark", "pie in the sky", "leap of
faith", "every man jack", "fitted the bill", "miles apart", "over the hill", "out of the
woodwork", "a stone's throw", "rang a bell", "browned off", "the green light", "pride and joy",
"a false dawn"), inflections ("Hopes", "Marked", "billed", "jacked", "robbed", "Robbery",
"franked", "dawned", "foxed", "Foxes"), compounds ("landmark", "goodwill", "skylight",
"hollyhocks", "midsummer", "killjoy", "uphill", "woodwork", "stonewalled", "doorbell",
"greenhouse", "Marshland", "deanery", "jackpot", "Foxgloves"), the past tense "rose" and once
inside "arose", upper-case headings ("HOPES AND WORRIES", "MAY 2025", "AMBER:", "SUMMER ROTA"),
form labels ("Faith:", "Hopes:", "Ruby Room, first floor:") and the start of a sentence.
"""

EIGHTYFOURTH_PERSON_SENTENCES = [
    "FGC referral form\nChild(ren): {P}\nReason for referral: to identify a family network plan",
    "Genogram drawn with {P} at the first preparation visit; three generations on each side.",
    "Invitee | Told? | Attending?\n{P} | yes, by phone | not sure",
    "Prep visit 2 of 3 - {P} wants it held at the community centre, not the council offices.",
    "Private family time began at 11:40 and {P} took the notes for the family.",
    "Family plan\tWho: {P}\tWhat: school run, Monday to Wednesday\tFrom: 6 January",
    "Contingency: if {P} is unwell or unable to cope, the paternal grandmother steps in.",
    "{P}'s offer of a home for both children was noted but not yet assessed.",
    "Viability assessment - {P} (connected person)\nOutcome: positive; proceed to full assessment",
    "Not told about the conference: {P}, at the mother's request.",
    "{P} did not come; a letter was read out on their behalf at the start.",
    "Apologies: {P} (at work) and the paternal uncle (in custody).",
    "Attendees:\n- maternal grandparents\n- {P}\n- the allocated social worker (information only)",
    "Did anyone ask {P} whether they wanted to be at the meeting?",
    '"{P} never gets told anything," the grandfather said at the preparation visit.',
    "The coordinator met {P} at the school gate, the only place that felt safe to talk.",
    "Bottom lines were read out by the social worker and {P} asked for a written copy.",
    "Genogram key: circle female, square male; {P} drawn with a broken line (estranged).",
    "{P}, the paternal step-grandmother, offered to have the children every other weekend.",
    "Coordinator's notes, second visit\n\n{P} keen to help but worried about money and space.",
    "Kinship offer received from {P} on 12 March; the viability is due in 15 working days.",
    "Q: Should {P} be invited while still drinking?\nA: For the family to decide.",
    "Re: family group conference about the children of {P}",
    "{P}\tinvited 3/10\tdeclined 7/10\treason not given",
    "Those who were never told: the whole paternal side, {P} included.",
    "Interpreter (Polish) booked for {P} and the great-grandmother.",
    "Plan agreed by the local authority at 15:05.\nSigned: {P}",
    "[{P} arrives late, 10:25, and sits by the door]",
    "Review conference, six weeks on: {P} had kept to every part of the plan but one.",
    "It was agreed that {P} would do the Thursday pick-up and tea.",
    "Nobody in the family had heard from {P} since the funeral.",
    "{P} asked the coordinator not to share the new address with the paternal side.",
    "Ecomap drawn by {P}: school, mosque, football, the grandmother's flat.",
    "Family network meeting - invitees\n1. the mother\n2. {P}\n3. the maternal great-aunt",
    "Why was {P} left off the invitation list?",
    "Outcome of viability: negative for {P}, owing to a caution from 2014 and an unsuitable flat.",
    "Family time ended at 13:10, when {P} came out to say the plan was ready.",
    'Wishes of the child, through the advocate: "I want {P} there, but not Dad."',
    "Special guardianship assessment of {P} began in February; no panel date yet.",
    "{P} has offered a bedroom, but the flat has two and there are three children.",
    "Support for {P} as a kinship carer: an allowance, training and a named link worker.",
    '{P} - declined the invitation ("not sitting in a room with him").',
    "Relatives unaware of the meeting included {P}, who lives abroad.",
    "The family plan names {P} as the first call if the mother relapses.",
    "To: {P}\nSubject: your invitation to a family group conference",
    "Dear {P},\nThank you for agreeing to take part in the family meeting on 4 June.",
    "Lead carer (proposed by the family): {P}",
    "Has anyone spoken to {P} since the meeting? The review found no record of it.",
    "Who speaks first at the conference - {P} or the social worker?",
    "The children asked for {P} to sit next to them during the information stage.",
    "{P} brought food for everyone, as the family had agreed at the last visit.",
    "Family plan point 7 (owner: {P}): keep the contact diary and share it monthly.",
    "{P} telephoned the coordinator twice to ask whether the father would be there.",
    "Genogram notes - {P}: half-sibling, same father, never met the others.",
    "Temporary approval under regulation 24 granted to {P} pending a full assessment.",
]
EIGHTYFOURTH_ORDINARY = {
    "hope": [
        "Hope was the word the grandmother kept coming back to in private family time.",
        "The coordinator's aim was to leave the family with some hope, not a list of demands.",
        "HOPES AND WORRIES was written at the top of the flipchart before the family went in.",
        "Signs at the review conference were hopeful: every task on the plan had been started.",
        "What are your hopes for the children? was the first question on the invitation.",
        "The aunt said she had no hope of persuading the paternal side to attend.",
        "Worries:\tthe father's drinking\nHopes:\tthat the children stay in the family",
    ],
    "grace": [
        "A week's grace was given for the family to put forward a second carer.",
        "The grandfather said grace before the shared lunch, and everyone waited.",
        "To her credit, the mother took the bottom lines with good grace.",
        "Grace period for returning the viability paperwork: 10 working days.",
        "Saying grace was part of the family's tradition, so time was set aside for it.",
        "His one saving grace, the family agreed, was how gentle he was with the baby.",
    ],
    "mark": [
        "Mark the date of the review conference on the family plan, the coordinator said.",
        "The first meeting was a landmark for a family that had not sat together in years.",
        "Question marks were left against two names on the genogram.",
        "Marked reluctance to attend was noted among the paternal relatives.",
        "The plan fell short of the mark on contact, the reviewing officer found.",
        "A felt-tip marker was used to add the new baby to the genogram.",
    ],
    "rose": [
        "Voices rose in private family time, and the coordinator knocked to check on them.",
        "Attendance rose from four relatives at the first meeting to eleven at the review.",
        "Questions arose about who had told the paternal side, and nobody would say.",
        "The great-aunt rose early to catch the first train to the conference.",
        "A rose-tinted view of the father, the coordinator felt, ran through the family plan.",
        "Rose bushes in the community centre garden were where the smokers went at the break.",
    ],
    "may": [
        "May half-term was chosen so that the older children could attend.",
        "The family may ask for a second private session if they need more time.",
        "The conference on 9 May agreed a contingency plan for the first time.",
        "Relatives who may offer care must be told about the viability assessment.",
        "MAY 2025 - review conference rebooked at the family's request.",
        "Invitations went out in late May, two weeks before the meeting.",
        "Those who cannot attend may send a letter or a recorded message.",
    ],
    "will": [
        "Will the grandparents be assessed together or separately? the aunt asked.",
        "Who will do what is the heart of every family plan.",
        "The family showed goodwill towards the mother throughout the meeting.",
        "No child was made to attend against their will at any stage of the process.",
        "Bad feeling and ill will between the two sides had kept them apart for years.",
        "The grandfather's will named the aunt as guardian, which surprised the family.",
    ],
    "william": [
        "Who will do what is the heart of every family plan.",
        "The grandfather's will named the aunt as guardian, which surprised the family.",
        "Bad feeling and ill will between the two sides had kept them apart for years.",
        "Travel costs were billed to the family group conference service, not the family.",
        "The aunt would take on the phone bill so that the mother could keep in touch.",
        "A clean bill of health from the GP was needed before the grandmother was assessed.",
    ],
    "bill": [
        "Travel costs were billed to the family group conference service, not the family.",
        "The aunt would take on the phone bill so that the mother could keep in touch.",
        "A clean bill of health from the GP was needed before the grandmother was assessed.",
        "Bills had piled up since the father left, the uncle told the meeting.",
        "On paper the great-uncle fitted the bill, but he lived abroad.",
        "Nobody in the family could foot the bill for a bigger flat.",
    ],
    "amber": [
        "Amber was the rating given to the family plan at the first review.",
        "The viability came back amber: suitable with support.",
        "AMBER: connected person suitable if the housing issue is resolved.",
        "An amber flag on the file reminded staff that the father was not to know the venue.",
        "Traffic-light ratings on the tracker moved from red to amber by the review.",
        "Amber-rated kinship offers are reviewed by a team manager every fortnight.",
    ],
    "sky": [
        "Sky-high rents meant the aunt could not move to a bigger flat.",
        "The children watched Sky in the next room while the adults had private family time.",
        "Blue-sky thinking was encouraged at first, then the family narrowed the plan down.",
        "The meeting room had a skylight and no other window.",
        "The plan was not pie in the sky, the reviewing officer said; it was costed and named.",
        "Under a grey sky the relatives queued outside the centre for the doors to open.",
    ],
    "faith": [
        "Faith is important to the paternal family, so the meeting was held after prayers.",
        "The coordinator kept faith with the family when the first conference fell through.",
        "Faith: Muslim; halal food to be ordered for the lunch.",
        "The mother had lost faith in the process after the first plan failed.",
        "Acting in good faith, the aunt had taken the children before any assessment.",
        "Taking the children on was a leap of faith for a couple in their seventies.",
    ],
    "holly": [
        "Holly wreaths were up at the centre, as the meeting was in December.",
        "A holly hedge ran along the front of the aunt's house, the viability report noted.",
        "The toddler grabbed a sprig of holly from the table and scratched her hand.",
        "The hollyhocks in the grandmother's garden were what the boy liked best there.",
        "Branches of holly were brought in by the uncle to decorate the room.",
        "HOLLY HOUSE FAMILY CENTRE was printed on the invitation as the venue.",
    ],
    "ruby": [
        "The grandparents' ruby wedding was the last time the whole family met.",
        "Ruby Room, first floor: private family time.",
        "A ruby ring left by the great-grandmother caused bad feeling between the sisters.",
        "The baby's cheeks were ruby red after the cold walk to the centre.",
        "Ruby-coloured juice was spilt on the genogram, and it had to be redrawn.",
        "Forty years married, a ruby anniversary, the couple offered to take the baby.",
    ],
    "daisy": [
        "The daisy chain the children made at the break was left on the coordinator's desk.",
        "Daisy Room (ground floor) was booked for the review conference.",
        "Daisy-print wallpaper was in the bedroom offered by the aunt.",
        "Fresh as a daisy, the grandmother arrived first despite the early start.",
        "A daisy sticker on the genogram showed who had been invited.",
        "Oops-a-daisy, the grandfather said as the toddler fell, and he picked her up.",
    ],
    "summer": [
        "Summer holidays were covered by a rota of aunts and cousins in the family plan.",
        "The review conference was put back to late summer.",
        "By midsummer the aunt had withdrawn her offer.",
        "SUMMER ROTA\nweeks 1-2: paternal grandparents\nweeks 3-4: maternal aunt",
        "Summertime visits to the grandparents' caravan were part of the plan.",
        "The viability assessment took most of the summer to complete.",
    ],
    "joy": [
        "Joy at seeing the cousins again was obvious when the children arrived.",
        "The baby was the grandmother's pride and joy.",
        "No joy from the housing office on a bigger flat for the aunt, the coordinator noted.",
        "The uncle was a killjoy about the plan, insisting it could not last.",
        "Joyful is not a word often used in these reviews, but it fitted the final conference.",
        "Joy and relief were the words the mother used about the new plan.",
    ],
    "dawn": [
        "Dawn had barely broken when the uncle set off to drive to the conference.",
        "It dawned on the family in private time that nobody had asked the father's side.",
        "From dawn to dusk the grandmother looked after the baby so the mother could work.",
        "The first plan proved a false dawn: within a month it had broken down.",
        "At dawn the next day the aunt rang to withdraw her offer.",
        "Working dawn shifts, the cousin asked for the meeting to start after lunch.",
    ],
    "ivy": [
        "Ivy covered the front of the grandparents' cottage, the viability report noted.",
        "The aunt's garden was overgrown with ivy and had no fence.",
        "Ivy-clad walls hid the damp inside the house offered by the great-uncle.",
        "The boy had come out in a rash from poison ivy on a camping trip with the uncle.",
        "The toddler was pulling ivy leaves off the fence during the break.",
        "Ivy grew through the window frame of the spare bedroom at the great-aunt's.",
    ],
    "jack": [
        "The uncle had jacked in his job to be at home for the children.",
        "A jack of all trades, the grandfather offered to do the repairs at the aunt's flat.",
        "Every man jack of them, the grandmother said, had let the mother down.",
        "A Union Jack flag hung in the window of the bedroom offered by the uncle.",
        "The car jack in the hallway was noted as a trip hazard at the viability visit.",
        "The cousin hit the jackpot on a scratchcard and offered to pay for the venue.",
    ],
    "robert": [
        "The uncle had robbed a post office in 2009, which ended his viability assessment.",
        "Robbery convictions on the paternal side were raised in the bottom lines.",
        "Moving the baby to the aunt would only rob the grandmother of her role, they argued.",
        "The great-uncle was robbed on his way home from the review and missed the next one.",
        "Armed robbery, 2011, is on the police check for the partner of the aunt.",
        "Robbing the children of their cousins was what the mother feared most about care.",
    ],
    "frank": [
        "A frank conversation about the father's drinking took place in private family time.",
        "Frankly, the coordinator said, the plan relied too much on one person.",
        "To be frank, nobody wanted to be the contingency carer.",
        "Invitations were franked and posted on the day the referral was accepted.",
        "The aunt was frank about her own debts at the viability visit.",
        "Frank talk between the two sides of the family ended in tears.",
    ],
    "miles": [
        "The great-aunt lived 200 miles away and joined the conference by video.",
        "The two sides of the family were miles apart on contact.",
        "Miles from the nearest bus stop, the cottage was hard to reach without a car.",
        "Travel claim: 46 miles return, paid by the FGC service.",
        "The plan was miles better than the first one, the reviewing officer said.",
        "Children walking two miles to school was raised as a worry about the aunt's offer.",
    ],
    "dean": [
        "The rural dean lent the church hall for the family group conference.",
        "A letter from the dean of the college confirmed the cousin's term dates.",
        "The dean of students agreed to let the sister attend by video.",
        "The deanery office put the family in touch with a local vicar.",
        "The assistant dean rang to confirm the sister could sit her exams later.",
        "As dean of the faculty, the uncle had little time, but he came to both meetings.",
    ],
    "marsh": [
        "The grandparents' farm backs onto a marsh, which worried the viability assessor.",
        "Marsh land around the cottage floods every winter.",
        "The boys were found on the salt marsh after running away from the meeting.",
        "Marshland paths near the aunt's caravan are unlit.",
        "A marshy field was the only outdoor space at the offered placement.",
        "The uncle works on the marsh as a warden and keeps irregular hours.",
    ],
    "hill": [
        "The aunt's flat is at the top of a steep hill, far from the school.",
        "An uphill task, the coordinator called it, to bring the two sides together.",
        "The grandparents, over the hill in their own words, offered weekends only.",
        "Hillside cottage, two bedrooms, no garden: details from the viability form.",
        "Things went downhill after the uncle left the meeting early.",
        "The family gathered at the hill farm for the review conference, at their request.",
    ],
    "wood": [
        "Relatives came out of the woodwork once the children were in care, the mother said.",
        "The family were not out of the woods yet, the reviewing officer warned.",
        "The meeting room had a wooden table big enough for twenty people.",
        "Wood smoke from the stove filled the room at the great-uncle's cottage.",
        "Woodland walks were chosen by the children for the Sunday contact.",
        "Firewood was stacked against the back door, blocking the exit, at the visit.",
    ],
    "stone": [
        "The grandmother had lost a stone in weight since the children went into care.",
        "The aunt lives a stone's throw from the school.",
        "The family plan was a stepping stone towards the children going home.",
        "Stone floors made the cottage cold, and the assessor said so.",
        "No stone was left unturned in finding relatives on the father's side.",
        "The uncle stonewalled every question about his convictions.",
    ],
    "bell": [
        "The doorbell at the aunt's house was broken, so the coordinator knocked.",
        "Alarm bells rang when the uncle asked to be the only carer.",
        "The name rang a bell with the grandmother, though she had never met him.",
        "Bells and whistles were not needed, the family said; they wanted a simple plan.",
        "The school bell had gone before the aunt arrived, on two days in the first week.",
        "Saved by the bell, the grandfather joked when the fire alarm ended the argument.",
    ],
    "brown": [
        "Brown envelopes from the local authority had gone unopened at the grandmother's.",
        "The uncle was browned off at not being invited to the first meeting.",
        "Brownie points, the aunt said, were not why she had offered.",
        "The baby was wrapped in a brown blanket when the aunt arrived.",
        "Brown sauce and sandwiches were the lunch the family chose.",
        "A brown stain on the ceiling of the spare bedroom was noted on the viability visit.",
    ],
    "green": [
        "The green light for the aunt's full assessment came after the viability.",
        "Green is the colour the children chose for the family plan folder.",
        "The coordinator was still green, in her first month in the post.",
        "A greenhouse with broken glass stood in the garden the grandparents offered.",
        "The tracker went from red to green by the second review.",
        "The meeting was held in the hall on the village green.",
    ],
    "lamb": [
        "Lamb curry was cooked by the grandmother for the shared meal.",
        "Lambing season meant the uncle could not attend in April.",
        "Quiet as a lamb in the meeting, the father shouted at the aunt in the car park.",
        "A toy lamb went with the baby to the aunt's house.",
        "The grandfather kept a pet lamb in the garden, which the children adored.",
        "Lamb's-wool blankets were in the cot offered by the great-aunt.",
    ],
    "fox": [
        "A fox had got into the bins at the grandparents' cottage.",
        "Foxes in the garden kept the boy awake at the aunt's.",
        "The uncle's reasons for not coming foxed everyone at the meeting.",
        "Foxgloves by the pond at the farm were listed as a hazard.",
        "The boy brought his toy fox to private family time.",
        "Fox hunting was the paternal family's business, and the mother disliked it.",
    ],
    "banks": [
        "Food banks had been feeding the family since the autumn.",
        "The river burst its banks and the review conference was moved.",
        "Banks would not lend the aunt money to extend her house.",
        "The boys were seen on the canal banks during the lunch break.",
        "Clothing banks at the church were used to dress the children after the move.",
        "Two banks and a credit union were listed in the aunt's financial statement.",
    ],
}
EIGHTYFOURTH_UNLISTED = [
    "The mother's best friend, {U}, was invited as a support person at her request.",
    "{U} from {T} rang the coordinator after hearing about the meeting from a cousin.",
    "The conference was held at the community centre in {T}, chosen by the family.",
    "Mrs {U}, a neighbour of the grandmother, offered her front room for family time.",
    "The review conference took place in St {U}'s church hall.",
    "Dr {U}, the family's GP, sent a letter about the grandmother's health for the viability.",
    "A family friend, {U}, was named in the contingency plan as an emergency contact.",
    "Genogram addition: {U} (godparent, {T}), not previously known to the local authority.",
    "{U} drove the grandparents up from {T} for the review.",
    "The father asked that {U}, his new partner, not be told the venue.",
    "Invite list\n- {U} (family friend)\n- the paternal cousins in {T}",
    '"Nobody asked {U}," the grandmother said, "and she was like a sister to me."',
    "A lodger, {U}, was living at the aunt's house, which the viability had to consider.",
    "The uncle moved to {T} and was not told about the conference.",
    "Connected person assessment: {U}, a former foster carer of the mother, in {T}.",
    "Coordinator | {U}\nVenue | community hall, {T}",
]
