"""Twenty-sixth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
the tests, or any other sentence family file beyond the first 45 lines (the headers) of the
twenty-first's, twenty-second's, twenty-third's and twenty-fourth's; the sizes of those four
families' exports were counted (not their text). Only the corpus generator, corpus.py, was read
in full, for the format and for how it marks spans; run_bench.py was read only as far as its
module docstring, and pyproject.toml only for the ruff settings. The twenty-fifth family, written
at the same time, was not read. No real person, case or family is represented: every name of the
case is filled in by the generator's placeholders, and the reviews, partnerships, meetings,
agencies and documents described are generic or invented; the idioms, the drugs advice service,
the immunisation handbook and the bill before Parliament mentioned are public ones, there only
for the words they contain.

Styles. Person entries put the name in the published review report as a reviewer actually
writes it and in what a reviewer pastes into it, with constructions the twenty-first to
twenty-fourth families did not list. The reviewer's analytic prose in long sentences: a
that-clause or whether-clause as subject ("That {P} was frightened of the partner was known",
"Whether {P} understood ... is doubtful"), inversion after a negative or a restrictive adverb
("Not once in eighteen months was {P} visited", "Only later, and only to the reviewer, did {P}
describe", "So used had professionals become to {P} cancelling"), a cleft with "not until", the
name after "Seen through the eyes of", "In fairness to those involved,", "To the nursery,",
"Even", "Of all the people in the household,", "Children like {P}", "As {P} put it", "Something
changed in {P} that winter", and a name that is the object of hedged epistemic verbs; "The
review found that {P}" and "The review found that, for {P}," findings; terms of reference,
scope and out-of-scope lines; key practice episode titles with the name inside them; learning
points. Quotations from family members' contributions in their own register ("They was always on
about {P} this and {P} that", "Write that {P} was a good kid"), the child's voice with an age
and a one-word answer, practitioner learning events, recommendations ("the learning from {P}"),
action-plan items with owners, glossary entries whose definition runs on into the case, and
footnotes and endnotes: a superscript footnote number glued to the name ("{P}¹³"), a plain digit
glued on as a PDF copy leaves it ("According to {P}7,"), a footnote line opening with its number
("23 {P} has seen", "¹⁴ The reviewer spoke to {P}", "[23] {P} disputes"), an endnotes block
across lines, "ii." citations, "Ibid.", "op. cit." and "(Source: ... by {P}, March 2024.)".
Pasted agency records in their original register and spelling, often inside single quotes and
after a colon ("'NBV. {P} v tearful.'", a police log in capitals around a mixed-case name, "'{P}
come in with a brusie'", "'all ok per {P}.'", an ellipsis glued before the name, a note cut off
mid-sentence after the name, "'Pt {P} found on floor'"); minutes extracts ("'{P} - nothing
further to add.'", "Minute 7 (matters arising)", "Item 5 - any other business: {P};"); lists of
contributing agencies and family members with the name last after a semicolon list or before a
bracketed mode of contact; timelines in prose that open with a year, a season and full stop, a
count of days or "Until {P} was born", "Since {P} left", "After {P} moved in"; letters to and from
the family about the review (publication notices, the draft sent by recorded delivery, "Please can
you take out the bit about {P}", "Signed on behalf of the family by {P}" with no full stop, a
valediction with the name before a line break); Word bullets pasted as plain text ("o", "§",
"▪", "➢") before the name; and the name inside document titles in quotes ("'All About {P}'",
"'Keeping {P} Safe'", "'For {P}'"), section headings ("Pen picture - {P}", "Remembering {P}:",
"About {P}" above a line break, "Who was {P}?") and "the review will hear from {P}".
Ordinary entries put each word-name where the same documents put it and where a reader of words,
capitals and neighbouring context could take it for a person: at the start of a sentence
followed by a comma and an appositive or reporting clause ("Hope, the grandmother told the
reviewer, is a dangerous thing", "Dean of the faculty of health and the university's
safeguarding lead, the author", "Banks, building societies and credit unions were not asked"),
as the first word of a pasted bullet or an action-plan line ("o Hope that the new tenancy", "-
Will ensure that health is invited", "- Miles travelled by the family", "o Amber - partially
complete"), in glossary entries ("Glossary - Hope box:", "Glossary - FRANK:", "Glossary - Green
Book:", "Glossary - Baby banks:"), at the start of footnotes ("Footnote 17: 'brown' is street
slang"), in document and section titles in quotes ("'Hope and Help for Families'", "'A Fall from
Grace'", "'Daisy and Friends'"), in school class names with a capital ("Holly Class", "Ruby
Class", "Daisy Room"), capitalised mid-sentence ("Saying Grace at meals", "the Dean of
Students", "the Schools Bill"), in idioms quoted from family letters and from the reviewer's own
prose ("misses the mark", "Be that as it may", "Come what may", "Blue-sky thinking", "a leap of
faith", "fresh as a daisy", "A false dawn", "Jack of all trades", "Robbing Peter to pay Paul",
"not out of the woods", "No stone was left unturned", "Saved by the bell", "brownie points",
"green shoots", "lamb to the slaughter", "Sly as a fox", "an uphill struggle", "There but for
the grace of God"), inside longer words ("Mark-up", "Joyless", "Foxed", "Frankness", "jacking",
"Robbery", "deanery", "headstone", "Stone-walling"), and in the reviewer's findings and
timelines ("rose from two in 2020 to eleven", "It may be that no single agency", "Terms of
reference: the review will consider").
"""

from __future__ import annotations

TWENTYSIXTH_PERSON_SENTENCES = [
    # The reviewer's analytic prose.
    "It is the reviewer's view that the significance of what {P} said in the car on the way home"
    " from school was not recognised, and could not easily have been, given what the school knew"
    " at the time.",
    "What emerges from the agency reports is a picture of {P} as someone who had learnt to keep"
    " quiet, to be helpful and to ask for nothing.",
    "Nowhere in the health records is there a description of what daily life was like for {P} in"
    " that flat.",
    "The records are largely silent about {P} between the autumn of 2021 and the following"
    " spring, and that silence is itself a finding.",
    "Practitioners who knew {P} well describe someone funny, stubborn and loyal; practitioners"
    " who met {P} once describe someone polite.",
    "That {P} was frightened of the partner was known to at least three agencies by the end of"
    " that year.",
    "Whether {P} understood what was being agreed at the conference is doubtful.",
    "There is no evidence that anyone asked {P} what a good day at home looked like.",
    "Much of what is known about {P} in this period comes from a single source, the school's"
    " pastoral log, and the review has been careful not to overstate it.",
    "Seen through the eyes of {P}, the succession of moves, new schools and new workers must have"
    " felt relentless.",
    "Only later, and only to the reviewer, did {P} describe the nights when the partner took the"
    " bedroom door off its hinges.",
    "Not once in eighteen months was {P} visited without an appointment.",
    "So used had professionals become to {P} cancelling appointments that a further cancellation"
    " in March raised no concern.",
    "Across the agency reports, {P} appears under four different spellings and with two dates of"
    " birth.",
    "Nobody, it seems, thought to ask {P} directly.",
    "To the nursery, {P} was always hungry; to the GP, always well; the two pictures were never"
    " put side by side.",
    "Something changed in {P} that winter, the class teacher told the review, though she could"
    " not say what.",
    "In fairness to those involved, {P} was very good at presenting the version of family life"
    " that professionals wanted to see.",
    "It would be wrong to conclude that {P} was not loved; the review heard a great deal of"
    " evidence to the contrary.",
    "The reviewer has chosen to write about {P} in the present tense, as the family wished.",
    "For {P}, the consequence of each agency waiting for another to act was that nobody acted at"
    " all.",
    "Children like {P}, who are quiet and compliant, are easily overlooked in a busy classroom.",
    "As {P} put it to the reviewer, 'Everyone had a folder, but nobody had a plan.'",
    "Even {P} noticed that the social workers kept changing: five in two years.",
    "Of all the people in the household, {P} was the one agencies knew least about.",
    "Little is known about {P} before the family arrived in the area in 2018.",
    "Such was the noise in the flat that {P} could not be heard on the 999 recording.",
    "Throughout this report {P} is referred to by first name, as the family wished.",
    "It was not until the following March that {P} was seen by a paediatrician.",
    "Then, in the space of a fortnight, {P} lost a tenancy, a job and a pregnancy.",
    # Findings.
    "The review found that {P} was known to eleven agencies but seen, in any real sense of the"
    " word, by only two.",
    "The review found no evidence that {P} was ever spoken to alone by the housing officer.",
    "The review found that, for {P}, the threshold for a statutory response was applied more"
    " strictly than the partnership's own guidance required.",
    "The review found that information about {P} held by the police was not shared with health"
    " for seven months.",
    "Finding 4 concerns the way {P} was described in referrals: as difficult, rather than as"
    " frightened.",
    "Findings relating to {P} are set out in section 7 and summarised in the table at Appendix D.",
    # Terms of reference and scope.
    "Term of reference 3: to consider how well agencies understood the lived experience of {P}.",
    "The family asked that the terms of reference be widened to include the way {P} was treated"
    " by the housing provider, and the partnership agreed.",
    "Scope: the review covers the period from the birth of {P} to the date of the incident, with"
    " relevant earlier history.",
    "Out of scope: the criminal proceedings against {P}, which had concluded before the review"
    " began.",
    # Key practice episodes and learning.
    "Key practice episode 4: the week {P} was sent home from nursery (14 to 18 March 2022).",
    "In the third key practice episode, {P} is seen at the walk-in centre with a burn that is"
    " explained, accepted and recorded nowhere else.",
    "This episode has been chosen because it is the moment when {P} came closest to telling"
    " someone.",
    "Learning point: when {P} stopped attending, the school did what its policy required, and the"
    " policy was not enough.",
    "The learning from {P} is not new, and the reviewer does not pretend that it is.",
    "What this review adds is the detail of how {P} was lost between two local authorities"
    " during a house move.",
    # Family members' contributions.
    "'Nobody ever rang {P} back,' the grandmother told the reviewer, 'not once, not ever.'",
    "'If you'd known {P} like I did, you'd understand why I didn't ring anyone,' the aunt said.",
    "The mother's contribution is reproduced in her own words, at her request: 'I begged them to"
    " take {P} seriously and they wrote down that I was agitated.'",
    "'They was always on about {P} this and {P} that, never about what I needed,' the father said.",
    "'Write that {P} was a good kid,' the older brother said at the end of the meeting. 'Put that"
    " in.'",
    "The family's words about {P}, which they wrote together for this report, appear on the page"
    " before the contents.",
    "'I'm not having {P} blamed for any of it,' the grandmother said.",
    # The child's voice.
    "In the words of {P}, aged nine: 'I just wanted someone to notice the big stuff, not just my"
    " shoes.'",
    "When asked by the reviewer what the workers should have done differently, {P} said one"
    " word: 'Listened.'",
    "A message from {P} to the professionals who read this report: 'Come back when you say you"
    " will.'",
    "{P} drew the reviewer a picture of the house with every door shut.",
    "{P} wanted the reviewer to know about the good days too, and listed them: the beach, the"
    " fair, the day the cat had kittens.",
    "Asked what would make a good social worker, {P} thought for a while and said, 'Someone who"
    " doesn't leave.'",
    # Practitioner events.
    "At the practitioner event the school nurse said that she still thinks about {P} every"
    " September.",
    "One practitioner at the learning event recalled {P} hiding behind the sofa when the police"
    " came in.",
    "Practitioners at the event were asked to draw a line from {P} to every adult in the"
    " household, and few could.",
    "The event began with a moment's silence for {P}, at the family's request.",
    "Several practitioners at the event had never met {P} and said so; others had met {P} only"
    " once.",
    "The health visitor, who had known {P} from birth, could not attend the event and sent a"
    " written account.",
    # Recommendations and action plans.
    "Recommendation 2: that the ICB ensures the learning from {P} reaches every GP practice in"
    " the area.",
    "Recommendation 5 is made with {P} in view but applies to every child placed out of area.",
    "This recommendation was suggested by {P}, and the reviewer has adopted it in full.",
    "The partnership's response to the recommendations about {P} is set out in its published"
    " action plan.",
    "Action 4.2 (finding 3, relating to {P}): audit of strategy discussions where health was not"
    " present. Owner: designated nurse.",
    "Action plan item 7, 'Contact with {P} to be recorded on the family record', is shown as"
    " complete.",
    "Progress on the actions relating to {P} will be reported to the partnership's executive in"
    " six months.",
    # Glossary entries that run on into the case.
    "Lead professional: the practitioner who coordinates the plan; for {P} this was, in theory,"
    " the school's family support worker.",
    "Pen picture: a short account of the child written with the family. The pen picture of {P}"
    " appears at section 2.",
    "Kinship care: care by a relative or friend. {P} was in kinship care with the grandmother"
    " from 2022.",
    "Was Not Brought: the term now used for children instead of 'did not attend'; in the records"
    " {P} is repeatedly described as having 'DNA'd'.",
    # Footnotes, endnotes and citations.
    "The housing officer wrote to {P}\u00b9\u00b3 in April, but the letter went to the previous"
    " address.",
    "\u00b9\u2074 The reviewer spoke to {P} by telephone on two occasions and in person once.",
    "[23] {P} disputes this account, and the disagreement is recorded here at the family's"
    " request.",
    "23 {P} has seen this paragraph and agrees with its wording.",
    "According to {P}7, the flat had no hot water for most of that winter.",
    "See note 9, which explains why the review refers to {P} by first name only.",
    "Endnotes\n1. {P} was not invited to the initial child protection conference.\n2. The"
    " invitation was sent to the wrong address.",
    "ii. {P}, interview with the reviewer, 12 March 2024.",
    "(Source: contribution to the review by {P}, March 2024.)",
    "Ibid.; see also the account given by {P} at paragraph 5.14.",
    "{P}, op. cit., paragraph 3.",
    # Agency records pasted in, in their own register.
    "The health visiting record for that day reads, in full: 'NBV. {P} v tearful. Baby feeding"
    " well. Plan: revisit 2/52.'",
    "The police log entry reads: 'OFFICERS ATTENDED. SPOKE WITH {P}. NO OFFENCES DISCLOSED."
    " WORDS OF ADVICE GIVEN.'",
    "The school's safeguarding log (reproduced with the original spelling) says: '{P} come in"
    " with a brusie on arm said fell of trampolean.'",
    "The GP letter of 3 June states: 'I saw {P} today, who tells me things are much better at"
    " home.'",
    "The case note records: 'Spoke with {P} on doorstep - all ok per {P}.'",
    "From the hospital discharge summary: 'Discharged home to the care of {P}. No safeguarding"
    " concerns identified at this time.'",
    "The nursery's incident form, in the practitioner's handwriting, reads: '...{P} said daddy"
    " done it...' and nothing more.",
    "The contact record ends mid-sentence: 'Discussed with {P} who'",
    "The referral form, as received, gives the name as '{P} (? spelling)'.",
    "The entry made by the duty worker reads 'Mum ({P}) informed of outcome', but the mother says"
    " she was never told.",
    "An undated note on the file, initialled by the team manager, says only 'Speak to {P} -"
    " urgent'.",
    "The ambulance crew recorded: 'Pt {P} found on floor of lounge, GCS 15, alert, c/o pain L"
    " wrist.'",
    # Minutes extracts.
    "The minutes of the review conference record only: '{P} - nothing further to add.'",
    "Extract from the core group minutes, 11 October: 'Discussed {P}. Agreed no change to plan.'",
    "Minute 7 (matters arising): the action for {P} was carried forward for the third time.",
    "The chair's summary, as minuted, was that {P} 'is doing well and is well cared for'.",
    "The minutes list {P} as present, but the family is clear that this is wrong.",
    "Apologies were received from {P}, the GP and the police; the meeting was not quorate but"
    " went ahead.",
    "Item 5 - any other business: {P}; no discussion recorded.",
    # Contributors and agencies.
    "Contributors to the review: children's social care; the police; the ICB on behalf of the GP"
    " practice; the school; the housing association; and {P}, who met the reviewer at home.",
    "Family members who contributed: {P} (in person), the maternal grandmother (by letter) and"
    " the father (by telephone from prison).",
    "The following declined to take part: {P}; the partner's mother.",
    "Not interviewed: {P}, on the advice of the child's therapist.",
    "The reviewer also read the letters {P} wrote to the school, which the family provided.",
    # Timelines in prose.
    "In early 2020 {P} moved with the children to a two-bedroom flat above a shop.",
    "Some weeks later {P} was seen by a locum GP for the first time.",
    "Eleven days after the conference, {P} was admitted to hospital with a head injury.",
    "By the spring {P} had stopped going to school altogether.",
    "Within a month of the move {P} had been seen at the emergency department twice.",
    "For most of 2022 {P} lived between two addresses, neither of them known to children's"
    " services.",
    "Until {P} was born, the family had had no contact with children's social care.",
    "Since {P} left, the house has been quiet, the grandmother told the reviewer.",
    "After {P} moved in, the children's attendance at school fell sharply.",
    "Later that summer {P} went to stay with relatives and did not come back until October.",
    "2019 {P} registers with the GP practice; no records are transferred from the previous area.",
    "Autumn 2021. {P} is referred to early help by the school; the referral is not allocated.",
    # Letters to and from the family about the review.
    "To {P}, by hand, care of the family centre.",
    "We are writing to let {P} know that the report will be published on the partnership's"
    " website on 14 March.",
    "A copy of the draft was sent to {P} by recorded delivery on 2 February, with an offer of a"
    " meeting.",
    "The partnership offered {P} a meeting with the reviewer before publication, and this took"
    " place on 19 January.",
    "I have read the report and I want to say something about {P} that is not in it.",
    "Please can you take out the bit about {P} and the police, it is not true and it was dropped.",
    "Signed on behalf of the family by {P}",
    "Thank you for your letter about {P}, which I have shared with the reviewer.",
    "With best wishes to you and to {P},\nThe Independent Reviewer",
    "The family asked that the review be known as the review for {P}, not by a letter of the"
    " alphabet.",
    "The review will hear from {P} at a separate meeting, away from the other family members.",
    # Word bullets pasted as plain text.
    "o {P} was not seen alone at any of the four home visits.",
    "\u00a7 {P} to be offered a meeting with the reviewer before publication.",
    "\u25aa {P} - declined to meet; wrote a letter instead.",
    "\u27a2 Contact with {P} to be agreed through the advocate.",
    # Titles and headings.
    "The booklet 'All About {P}', made with the foster carer, was given to the reviewer by the"
    " family.",
    "A safety plan titled 'Keeping {P} Safe' was found on the file, undated and unsigned.",
    "The poem 'For {P}', read by the older sibling at the practitioner event, is reproduced at"
    " the end of this report with permission.",
    "Pen picture - {P}",
    "Who was {P}? The family's answer runs to three pages, and the reviewer has not shortened it.",
    "About {P}\nThis section was written with the family and agreed by them.",
    "Remembering {P}: the family's tribute is printed at Appendix A.",
]

TWENTYSIXTH_ORDINARY = {
    "hope": [
        "Hope, the grandmother told the reviewer, is a dangerous thing to give a family and then"
        " take away.",
        "Glossary - Hope box: a box of small objects a child keeps to manage distress, used in"
        " the direct work sessions.",
        "The mother's letter ends: 'I still hope, even now, that someone will learn from this.'",
        "o Hope that the new tenancy would settle the family was not tested against the history.",
        "The title of the partnership's strategy, 'Hope and Help for Families', was quoted back to"
        " the reviewer by the mother with some bitterness.",
        "Against all hope, the grandmother kept the bedroom ready for the children's return.",
    ],
    "grace": [
        "Grace, in the sense the family used it, meant being given a second chance by the school.",
        "Glossary - Grace period: the time a landlord allows before arrears lead to a notice"
        " seeking possession.",
        "The father accepted the findings with good grace at the feedback meeting.",
        "'There but for the grace of God,' one practitioner said at the event, and several others"
        " nodded.",
        "Saying Grace at meals was important to the foster carers, and the child joined in.",
        "The report's sixth section, 'A Fall from Grace', describes how the family's relationship"
        " with the school broke down.",
    ],
    "mark": [
        "Mark-up in the draft shows that the paragraph about the injury was rewritten three times.",
        "The chronology misses the mark in one respect: it begins too late.",
        "Footnote 11: the body map records a mark on the left ear that was not photographed.",
        "Marked 'Official - Sensitive' on every page, the draft was still sent to the wrong"
        " address.",
        "The health visitor's entry was made in pencil, with a question mark after 'sleeping"
        " arrangements'.",
        "- Mark all correspondence with the family's agreed reference before it leaves the office.",
    ],
    "rose": [
        "Rose-tinted is how the grandmother described the first assessment of the partner.",
        "The number of police call-outs to the address rose from two in 2020 to eleven in 2021.",
        "Complaints rose, fell and rose again over the period under review.",
        "As the mother put it in her letter, 'Nobody rose to the occasion except the dinner lady.'",
        "The child's drawing for the review showed a rose growing out of a crack in the pavement.",
        "- Rose by 40 per cent: the number of children on plans in the locality during the period.",
    ],
    "may": [
        "May 2022: the mother tells the GP that she is frightened of the partner.",
        "It may be that no single agency could have seen the whole picture.",
        "Be that as it may, the decision to close the case was not recorded anywhere.",
        "The family asked that the report be published in May, after the anniversary.",
        "Come what may, the grandmother said, she would keep the children together.",
        "May: see Appendix C, which lists every contact the family had with services that month.",
    ],
    "will": [
        "Will the learning from this review still be remembered in five years? The reviewer is"
        " not sure that it can be.",
        "Under the grandmother's will the house passed to the mother, which is why the family"
        " moved in 2020.",
        "Terms of reference: the review will consider the period from January 2020 to the date of"
        " the incident.",
        "- Will ensure that health is invited to every strategy discussion (ICB response to"
        " recommendation 3).",
        "'I will never forgive them for that meeting,' the mother wrote in her letter to the"
        " reviewer.",
        "Will power alone could not have kept the mother sober, her recovery worker told the"
        " review.",
    ],
    "william": [
        "Will power alone could not have kept the mother sober, her recovery worker told the"
        " review.",
        "- Will ensure that health is invited to every strategy discussion (ICB response to"
        " recommendation 3).",
        "Under the grandmother's will the house passed to the mother, which is why the family"
        " moved in 2020.",
        "The Children's Wellbeing and Schools Bill was before Parliament when this review was"
        " written.",
        "A clean bill of health was recorded at the two-year check, although the child was not"
        " weighed.",
        "- Bills (gas, electricity, water) in arrears from March 2021.",
    ],
    "bill": [
        "Bill payments and debt: the family's finances are considered in section 6.",
        "The Children's Wellbeing and Schools Bill was before Parliament when this review was"
        " written.",
        "A final demand for the water bill was on the mat when the police forced entry.",
        "The partnership footed the bill for the family's travel to the feedback meeting.",
        "A clean bill of health was recorded at the two-year check, although the child was not"
        " weighed.",
        "- Bills (gas, electricity, water) in arrears from March 2021.",
    ],
    "amber": [
        "Amber-coloured liquid in the baby's bottle was photographed by police and later found to"
        " be apple juice.",
        "The action plan shows recommendation 4 at amber, eighteen months after publication.",
        "o Amber - partially complete; evidence of the audit awaited.",
        "The referral sat at amber for nine weeks without anyone reviewing it.",
        "The reviewer likens the response to a driver who sees an amber light and speeds up.",
        "AMBER: ensure that the learning brief reaches every GP practice (action owner: ICB).",
    ],
    "sky": [
        "Sky, the mother said, was the only bill she paid on time, because the children needed"
        " the television.",
        "The child's drawing for the review shows a purple sky over a house with no door.",
        "Blue-sky thinking, the reviewer cautions, is no substitute for a properly funded early"
        " help service.",
        "At the practitioner event the sky was the limit for ideas; the partnership chose four.",
        "- Sky engineer visited 3 March and was the last adult outside the family to see the"
        " children.",
        "Under an open sky at the memorial, the head teacher read the child's favourite poem.",
    ],
    "faith": [
        "Faith-sensitive practice is the subject of recommendation 7.",
        "The mother lost faith in the GP after the receptionist laughed at her.",
        "Acting in good faith, the teacher told the mother what the child had said, which put the"
        " child at risk.",
        "A leap of faith was required of the family when they agreed to take part in the review.",
        "Glossary - Faith leader: a minister, imam, rabbi or other person recognised by a"
        " religious community.",
        "'We kept the faith with them for years,' the father wrote, 'and they let us down.'",
    ],
    "holly": [
        "Holly wreaths were laid at the memorial by pupils from the school.",
        "The garden had a holly hedge that the child used as a hiding place, the sibling told the"
        " reviewer.",
        "Footnote 12: the 'holly incident' refers to scratches on the child's legs, explained at"
        " the time as a fall into a bush.",
        "'Prickly as holly, that one,' the grandmother said fondly of the child.",
        "- Holly Class (Year 2) teacher: contributed a written account.",
        "The school's Christmas card, a sprig of holly drawn by the child, is pinned inside the"
        " front cover of the family's copy of the review.",
    ],
    "ruby": [
        "Ruby Class is the Year 4 class at the primary school, and its teacher contributed to the"
        " review.",
        "The grandparents' ruby wedding anniversary was the last occasion the whole family was"
        " together.",
        "The child's ruby slippers, a birthday present from the grandmother, were brought to the"
        " memorial.",
        "- Ruby port and cider bottles were found under the sink at the visit on 9 January.",
        "The mother described the ring, with its small ruby, as the only thing of her own"
        " mother's she still had.",
        "The review's cover is printed in ruby and grey, the partnership's colours.",
    ],
    "daisy": [
        "Daisy Room is the name of the quiet room at the family centre where the reviewer met the"
        " children.",
        "'Fresh as a daisy,' the mother said of the child on the morning of the admission.",
        "Oops-a-daisy, the childminder is recorded as saying when the child fell, a phrase she"
        " repeated to the reviewer.",
        "- Daisy print bedding and a new cot were bought with the section 17 payment.",
        "The children's centre runs a toddler group called 'Daisy and Friends', which the mother"
        " attended twice.",
        "The grave is tended by the children, who plant daisy seedlings there each spring.",
    ],
    "summer": [
        "Summer-born and young for the year group, the child struggled from the start at school.",
        "The summer holidays of 2021 are the subject of key practice episode 5.",
        "Indian summer weather in late September meant the children were out on the estate until"
        " after dark.",
        "One swallow does not make a summer, the reviewer reminds the partnership, and one good"
        " visit did not make a safe home.",
        "- Summer term 2022: attendance 64 per cent.",
        "In her letter the mother wrote that the summer before the move was 'the last time we"
        " were happy'.",
    ],
    "joy": [
        "Joy, not fear, is what the grandmother wants readers to take from the pen picture.",
        "The father described the children as 'the joy of my life' in his contribution to the"
        " review.",
        "Joyless is the word the reviewer would use for the contact room at the family centre.",
        "o Joy: the child's own word for the weekends spent at the grandmother's.",
        "There was little joy in the reviewer's task, but much to admire in the family's candour.",
        "Much of the joy went out of the school run after the move, the mother said.",
    ],
    "dawn": [
        "Dawn, when the partner came home from night shifts, was the most dangerous time, the"
        " mother said.",
        "The realisation dawned slowly, over several meetings, that the partner was living at the"
        " address.",
        "From dawn till dusk the children were out on the estate, neighbours told the police.",
        "- Dawn visit by police, 6 March: partner arrested, children taken to the grandmother.",
        "A false dawn: the improvement after the first conference did not last.",
        "Footnote 2: the police log records the time as 'dawn' rather than a clock time.",
    ],
    "ivy": [
        "Ivy League is how the father, sarcastically, described the school the children moved to.",
        "Ivy had grown through the window frame of the children's bedroom, the environmental"
        " health officer noted.",
        "The memorial garden at the school has ivy trained along the fence.",
        "- Ivy and brambles: the garden was unsafe and had been reported to the landlord twice.",
        "Clinging like ivy, the grandmother said, was how the partner behaved when the mother"
        " tried to leave.",
        "The cover photograph, chosen by the family, shows ivy on the wall of the grandmother's"
        " house.",
    ],
    "jack": [
        "Jack-in-the-box is how the nursery described the child's behaviour after contact.",
        "The partner used a car jack to break the door down, the police report states.",
        "Jack of all trades, master of none: the reviewer applies the phrase to the lead"
        " professional role as it was set up.",
        "Jackpot, the partner texted the mother on the day the benefits were paid.",
        "The older boy told the reviewer that 'jacking' was what the group called taking phones.",
        "'You don't know jack,' the partner told the social worker, according to the case note.",
    ],
    "robert": [
        "Robbery was the older brother's first offence, at the age of thirteen.",
        "'They rob you of your dignity,' the mother said of the assessment process.",
        "Robbing Peter to pay Paul was how the father described the family budget.",
        "- Robbery (street), 2022: the older brother, youth caution.",
        "The grandmother felt the review had been robbed of its purpose by the delay.",
        "Footnote 5: the word 'rob' in the child's account is the child's own word for taking food"
        " from the shop.",
    ],
    "frank": [
        "Frank, open conversations with the family are at the heart of recommendation 5.",
        "The reviewer is grateful to the father for a frank and painful account of his own"
        " childhood.",
        "To be perfectly frank, the grandmother wrote, she had given up on the council.",
        "Frankness about the partner's drinking came late, and only after the arrest.",
        "The school was frank in its agency report about the missed referral.",
        "Glossary - FRANK: the national drug advice service for young people, to which the older"
        " child was signposted.",
    ],
    "miles": [
        "Miles of paperwork, the father wrote, and not one person who knew the children.",
        "The contact centre is eleven miles from the foster home, a round trip of over an hour.",
        "- Miles travelled by the family to attend the feedback meeting were reimbursed by the"
        " partnership.",
        "The school went miles beyond its duty, the grandmother said.",
        "Footnote 10: distances in this report are in miles, measured by road.",
        "The placement, forty miles away, meant a change of school.",
    ],
    "dean": [
        "Dean of the faculty of health and the university's safeguarding lead, the author of the"
        " agency report was interviewed twice.",
        "The area dean for the diocese attended the practitioner event.",
        "- Dean's list: the mother's nursing course record showed a distinction in her first year.",
        "A letter from the Dean of Students confirmed that the mother had suspended her studies.",
        "Footnote 14: 'the dean' is the college's title for its head of student welfare.",
        "The deanery's GP training scheme has since included the review in its teaching.",
    ],
    "marsh": [
        "Marsh gas and stagnant water made the pond a hazard, the environmental health report"
        " said.",
        "The children played on the salt marsh behind the caravan park, unsupervised, for most of"
        " that summer.",
        "- Marsh and foreshore: the police search on 12 August covered both.",
        "The memorial bench looks out over the marsh where the child liked to watch the birds.",
        "Glossary - Salt marsh: tidal land flooded at high water, of which there is a great deal"
        " near the family's home.",
        "The older boy was found on the marsh at 2am by the coastguard.",
    ],
    "hill": [
        "It was an uphill struggle, the mother said, to get anyone to listen.",
        "The school sits at the bottom of a steep hill, which the mother could not climb with the"
        " pram after her operation.",
        "- Hill farm: the older boy stayed with relatives on a hill farm for the summer.",
        "Footnote 13: the 'hill' in the child's account is the spoil heap behind the estate.",
        "Over the hill and far away is how the grandmother described the new placement.",
        "King of the hill was a game the boys played on the estate, the youth worker said.",
    ],
    "wood": [
        "Wood, not plastic, was the mother's rule for the children's toys, and the house was full"
        " of them.",
        "Not out of the woods yet, the health visitor wrote in the record.",
        "- Wood burner: no fireguard; advice given, not followed up.",
        "Not seeing the wood for the trees is a risk in any review with eleven agencies.",
        "Touch wood, the grandmother said, the children are doing well now.",
        "Footnote 1: 'the wood' is the strip of trees between the estate and the motorway.",
    ],
    "stone": [
        "Stone-walling is the word the father used for the council's response to his complaint.",
        "No stone was left unturned, the police report says, but the house-to-house enquiries"
        " were never completed.",
        "- Stone steps to the front door: a hazard for the toddler, noted by the health visitor.",
        "The mother had lost more than a stone in weight by the time of the second conference.",
        "Footnote 15: the grave has no headstone yet; the family asked that the review say so.",
        "The memorial stone at the school was unveiled on the first anniversary.",
    ],
    "bell": [
        "Bells rang at the church on the day of the funeral, at the family's request.",
        "The school bell had already gone when the child was found in the playground, alone.",
        "- Bell-ringing practice on Thursday evenings was the mother's one night out.",
        "Saved by the bell is how the mother described the end of the first assessment.",
        "The address rang a bell with the duty officer, who found an earlier referral.",
        "Footnote 16: the call bell in the bathroom of the temporary flat did not work.",
    ],
    "brown": [
        "Brown, grey and black were the only colours the child used in the drawings for the"
        " review.",
        "The reviewer notes that the agency reports are not a bid for brownie points.",
        "- Brown bread, milk and nappies: the contents of the food parcel on 3 February.",
        "The bruise was described as brown in one record and purple in another.",
        "Footnote 17: 'brown' is street slang for heroin and appears in this sense in the police"
        " intelligence.",
        "The father sat in a brown study through most of the feedback meeting.",
    ],
    "green": [
        "Green, amber and red ratings in the partnership's action plan are explained in the"
        " glossary.",
        "Green shoots of improvement were noted in the autumn, and the plan was stepped down too"
        " soon.",
        "o Green - complete; audit evidence received in March.",
        "The child's bike, painted green, is still in the grandmother's shed.",
        "The sibling admitted to being green with envy of the new baby.",
        "Glossary - Green Book: the national guidance on immunisation; the child's immunisations"
        " were not up to date.",
    ],
    "lamb": [
        "Lamb to the slaughter is how the mother described her first child protection conference.",
        "- Lambskin rug in the cot: removed on the health visitor's advice.",
        "The family's Sunday lamb roast was, the children said, the best thing about the week.",
        "Meek as a lamb with professionals, the partner was violent at home, the review found.",
        "Footnote 18: the 'lamb' in the child's drawing is the comfort toy the child slept with.",
        "The child fed a pet lamb at the city farm on the day of the reviewer's visit.",
    ],
    "fox": [
        "Foxed, the grandmother said, was how the jargon in the draft report left her feeling.",
        "The child's story for the review is about a fox who finds a new den.",
        "- Fox sightings in the yard frightened the younger children, the mother reported.",
        "Sly as a fox, the grandmother wrote of the partner.",
        "The dead fox on the road was the first thing the child mentioned to the reviewer.",
        "A fox terrier belonging to the neighbour bit the toddler in 2020.",
    ],
    "banks": [
        "Banks, building societies and credit unions were not asked to contribute, a gap the"
        " reviewer notes.",
        "The family relied on two food banks, both run by churches.",
        "- Banks of the canal: where the child was found, 21 October.",
        "The reviewer walked along the river banks where the children used to play.",
        "Glossary - Baby banks: charities that supply clothes and equipment for babies; the"
        " family used one in 2021.",
        "Debts to three banks were listed in the financial capability assessment.",
    ],
}

TWENTYSIXTH_UNLISTED = [
    "The independent reviewer, {U}, is a registered social worker with no connection to the"
    " partnership's agencies.",
    "Review author: {U}",
    "The panel was chaired by {U}, then the independent scrutineer for the {T} Safeguarding"
    " Children Partnership.",
    "The family's advocate, {U}, attended every meeting with the reviewer.",
    "Dr {U}, designated doctor for safeguarding, provided the health overview.",
    "Mrs {U}, the dinner lady the mother mentioned in her letter, also spoke to the review.",
    "The children's great-aunt in {T} was not contacted by any agency.",
    "'{U} was the only one who ever asked how I was,' the mother wrote.",
    "Footnote 21: {U} has since left the local authority and was interviewed by telephone.",
    "Contributors also included {U}, a former lodger, who wrote to the reviewer unprompted.",
    "The partner's associate, {U}, was later convicted of supplying class A drugs in {T}.",
    "A learning event facilitated by {U} was held in {T} in June.",
    "Key practice episode 6 concerns a visit by {U}, the locum social worker, whose notes were"
    " never uploaded.",
    "In the chronology, {U} appears only once, as the person who called the ambulance.",
    "The grandmother's neighbour, {U}, gave the children breakfast on most school days that"
    " winter.",
    "Letters about the review were copied to {U}, the family's solicitor.",
    "St {U}'s church hall was the venue for the family's meeting with the reviewer.",
    "The family moved from {T} to the estate in 2018, and back to {T} in 2023.",
    "- {U} (family friend): declined to contribute.",
    "{U}, the health visitor's manager at the time, accepted the findings in full.",
    "Timeline: in March the children went to stay with {U} for a week; nobody told the school.",
    "The reviewer is grateful to {U}, who translated the mother's letter from Polish.",
    "Minutes taken by {U} (business support) record the apologies but not the attendees.",
    "Police enquiries in {T} traced the car to {U}, who was never spoken to.",
    "'Tell {U} I'm sorry,' the child said to the reviewer, about the teacher who left.",
    "Dr {U} of the children's hospital in {T} gave the review a written account of the admission.",
    "Mrs {U} from the school office telephoned the family three times that week.",
    "o {U} - interviewed 4 April; notes agreed.",
]
