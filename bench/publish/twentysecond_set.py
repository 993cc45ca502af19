"""Twenty-second sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the eighteenth's, nineteenth's, twentieth's and
twenty-first's headers (and a glance at the shape of the twenty-first's exports); only the corpus
generator was read, for the format, and run_bench.py only as far as its module docstring. No real
person or case is represented: every name is filled in by the generator, and the reviews,
meetings, panels, letters and agencies described are generic or invented.

Styles. Person entries put the name in the genres of a published safeguarding review and the
meetings behind it, which the eighteenth to twenty-first families did not list: the review's own
prose (numbered findings and recommendations, learning points, terms of reference, key practice
episodes, a merged chronology, an appendix of agency contact, a dedication, numbered paragraphs
"1.3", part headings, "Good practice:", "Had {P} been seen alone, the reviewer considers");
correspondence with the National Panel, the Secretary of State, Ofsted and a Minister (a
notification, a rapid review reference); practitioner reflective writing in the first person ("I
keep coming back to {P} in the doorway", "I wrote that {P} was 'fine'"); supervision notes and
management oversight ("Case direction -", "Hypothesis 2:", "Actions from supervision: (a)");
strategy discussions and Section 47 outcomes ("Child seen alone: N ({P} refused)", "Threshold
met? Yes. Rationale:", single-agency checks); initial and review child protection conference
minutes (the chair's welcome, parents' views, the decision, a recorded dissent, "Quorate:", a
contingency plan); core group notes ("Ensure {P} has a bed of her own - Housing -", "Update from
{P}:", a RAG line); family group conferences (private family time, a family plan with days of the
week, "Who is worried? {P}.", a bottom line); the child's voice in quotation ("'Tell {P} I'm not
cross,'", "'Nobody asked me about {P},'"); letters to the child ("Dear {P}, I am writing to tell
you", "Remember, {P}, none of this was your fault", a words-and-pictures explanation with the
name twice); list and heading forms (a bullet, a roman numeral "(iii)", "Q3.", an action in
capitals, a numbered sub-heading, "Present:", an e-mail subject); the name after determiners and
possessives ("The {P} the nursery knew", "a different {P}", "Everyone's {P}", "The worker's {P}
and the teacher's {P}", "Baby {P}"); coordination ("{P} and Nan", "Both {P} and the baby",
"Neither {P} nor the partner"); and, hardest, slots where a word-name reads as the ordinary word
in a review's moralising register ("{P} must be at the centre of every assessment", "{P} is not a
strategy", "{P} alone is not enough", "{P} was never discussed", "Holding {P} in mind", "Keep {P}
at the heart of the plan", "{P} faded from view", "Without {P} ... there was no point", "{P} kept
them going", "{P} was lost in the system", "{P} slipped through the net", "{P} was the glue",
"{P} was on everyone's lips") and before verbs a person takes ("{P} ran out of the conference
room", "{P} sank into the sofa", "{P} fell silent", "{P} bore the brunt", "{P} lit up", "{P} grew
out of her shoes").
Ordinary entries put each word-name at the start of a sentence, after a colon or in a heading in
about half of them and mid-sentence in the rest, in the same genres: findings and learning points
that open with the word ("Finding 5: Hope, rather than evidence, drove", "Hope had kept the mother
going", "Faith and culture: the review found", "Summer: the period of greatest risk", "Amber, in
the partnership's framework, means"), headings in capitals ("HOPE AND OPTIMISM BIAS", "ROSES AND
THORNS"), the reflective-practice exercise "rose and thorn", panel letters opening with a modal
("May I thank", "May we also thank", "Will the plan keep the children safe?"), school class names
("Holly Class", "Ruby Class"), scaling labels ("Mark: 6/10"), the core group's RAG and three
columns ("Green: what's working well"), derived forms and compounds not listed before
("Marked improvement", "Skyping", "Deanery", "marshalled", "Marshmallows", "Stonewalled",
"Stone-faced", "Browned off", "Joyless", "Foxgloves", "Clothes banks", "piggy banks", "Power
banks", "Jack-in-the-box", "phone jack", "robustly", "Robbing the child of a voice", "Sky-blue",
"Summer schemes", "grace and dignity", "Grace and favour", "upsy-daisy", "rural dean"), and
idioms not used before ("Mark my words", "rose-coloured spectacles", "Be that as it may", "fresh
as a daisy", "The sky's the limit", "put her faith in", "Bad faith", "Dawn to dusk", "Miles apart",
"not a hill to die on", "Hills and valleys", "not out of the woods", "set in stone", "Alarm
bells", "Green shoots", "meek as a lamb", "To be frank", "Against her will").
Unlisted entries put people and towns in the review's own apparatus (the lead reviewer, the
independent chair and scrutineer, a rapid review panel, a practitioner event venue), strategy
discussion attendees, an ICPC invitation list, a viability assessment, a Section 47 letter's copy
line, a bulleted family network, a numbered interview answer, the child's quoted words, a letter
to the child, a reflective log, a supervision note, an FGC venue and an action in capitals.
"""

TWENTYSECOND_PERSON_SENTENCES: list[str] = [
    # The published review's own prose.
    "Finding 3: {P} was not seen alone on any of the eleven home visits in the review period.",
    "Recommendation 4. That the partnership seeks assurance that children like {P} are seen alone.",
    "Learning point 2 - professionals focused on the adults, and {P} became invisible.",
    "Terms of reference, question 1: how well did agencies understand daily life for {P}?",
    "Key practice episode 2: the decision not to hold a strategy discussion after {P} disclosed.",
    "In the merged chronology {P} appears 212 times; in the conference minutes, only four.",
    "The panel wishes to thank {P} for meeting the lead reviewer and sharing her memories.",
    "This review is dedicated to {P}, and to every child whose voice went unheard.",
    "Practitioners described {P} as 'a lovely, chatty little thing' who lit up the nursery.",
    "What would have made a difference for {P}? Practitioners at the event said: continuity.",
    "Had {P} been seen alone, the reviewer considers, the disclosure might have come sooner.",
    "Good practice: the school nurse's persistence in chasing {P}'s missed appointments.",
    "The reviewer is clear that nothing {P} did or said caused what happened.",
    "Appendix B: agency contact with {P}, January 2019 to October 2021.",
    "1.3 This report tells the story of {P}, who was four when she died.",
    "PART TWO - THE WORLD OF {P}",
    # Correspondence with the National Panel, ministers and inspectors.
    "Dear Secretary of State, I write on behalf of the partnership about the death of {P}.",
    "The National Panel asked why {P} had not been referred to children's social care sooner.",
    "The Panel agrees with the decision to undertake a local review in respect of {P}.",
    "Notification: serious incident involving {P}, received by the National Panel on 3 March.",
    "Rapid review (ref. 2021/0417): {P}, aged 14 months, non-accidental head injury.",
    "Ofsted serious incident notification - child's name: {P}; age at incident: 2.",
    "The Minister has read the report on {P} and shares the panel's concern.",
    # Practitioner reflective writing.
    "Reflection: looking back, I was too quick to accept {P}'s explanation of the bruise.",
    "I keep coming back to {P} in the doorway, saying nothing, just watching.",
    "If I'm honest, {P} scared me a bit, and I think that showed.",
    "What is {P} not telling us? (professional curiosity prompt, reflective log)",
    "I wrote that {P} was 'fine', and I have thought about that word ever since.",
    "My feelings: anxious for {P}; frustrated with myself; tired.",
    # Supervision notes and management oversight.
    "Supervision 14/06: discussed {P}. Worker feels stuck; manager to join the next visit.",
    "Supervisor's comments: good analysis of the risks to {P}, but the plan lacks timescales.",
    "Case direction - {P} to remain on a CP plan; review in three months.",
    "Hypothesis 2: {P} is minimising because she fears the children would be removed.",
    "Actions from supervision: (a) see {P} alone within five working days; (b) chase the GP.",
    "Manager's oversight: I agree with the worker's view of {P}; step-down is premature.",
    # Strategy discussions and Section 47 enquiries.
    "Strategy outcome: S47 to proceed; joint visit to {P} today; ABE to be considered.",
    "Section 47 outcome: concerns substantiated; {P} at continuing risk of significant harm.",
    "S47 outcome - concerns not substantiated; {P} to be offered early help.",
    "Child seen: Y. Child seen alone: N ({P} refused).",
    "Threshold met? Yes. Rationale: {P}'s account is consistent and detailed.",
    "Information shared by health: {P} not registered with a dentist; immunisations incomplete.",
    "Police to lead; CSC to visit {P} after school; no contact with the partner before interview.",
    "Single-agency checks on {P}: education - none; police - two DA incidents; health - see above.",
    # Initial and review child protection conferences.
    "ICPC: the chair welcomed everyone and explained the purpose of the conference to {P}.",
    "The chair asked {P} whether she had read the report; she said she had not had the time.",
    "Parents' views: {P} disagreed with much of the social work report and left at 11:05.",
    "Decision: {P} to be the subject of a child protection plan, category emotional abuse.",
    "Dissent recorded: the school did not agree that {P}'s plan should end.",
    "Quorate: yes (CSC, police, health). {P} invited but not present.",
    "Contingency plan: if {P} returns to the partner, a legal planning meeting is to be convened.",
    "{P} was informed of the decision by the chair after the meeting.",
    # Core group notes.
    "Core group 3: {P} attended with the advocate; the partner did not attend.",
    "Ensure {P} has a bed of her own - Housing - by the next core group.",
    "Update from {P}: sleeping better, still wetting the bed twice a week.",
    "RAG - {P}'s school attendance - red; dental registration - done.",
    "Core group agreed {P} is to be seen weekly by the family support worker.",
    # Family group conferences.
    "FGC: after two hours of private family time, {P} presented the family plan.",
    "Family plan: Nan to collect {P} from school Mon-Wed; Auntie on Thursday and Friday.",
    "Who is worried? {P}. What about? The shouting at night.",
    "Coordinator's note: {P} wanted her views read out by the advocate.",
    "{P}'s bottom line: no contact with the partner's brother, ever.",
    # The child's voice.
    "'{P} is the one who looks after me,' the boy said.",
    "In her own words: 'I just want {P} to stop being sad.'",
    "'Tell {P} I'm not cross,' she said at the end of the session.",
    "Child's voice: 'When {P} shouts I go under my bed with my rabbit.'",
    "Wishes and feelings: to live with {P} 'forever and ever and ever'.",
    "'I feel safe when {P} is home,' she wrote on the worksheet.",
    "'Nobody asked me about {P},' the girl told the reviewer years later.",
    # Letters to the child.
    "Dear {P}, I am writing to tell you what the grown-ups decided at today's meeting.",
    "Dear {P}, you asked me why you cannot go home yet, and I want to explain.",
    "I first met you, {P}, when you were two weeks old.",
    "Remember, {P}, none of this was your fault.",
    "Best wishes, {P} (your social worker)",
    "This is {P}. {P} is four and lives with Nan.",
    # Lists, headings and capitals.
    "\u2022 {P} - seen, not spoken to",
    "(iii) {P} was not invited to the review conference.",
    "Q3. What did {P} say about the bruise?",
    "ACTION: {P} TO BE SEEN ALONE BY FRIDAY",
    "3.4 The lived experience of {P}",
    "Present: {P} (mother); chair; social worker; health visitor.",
    "SUBJECT: {P} - LEARNING REVIEW - FINAL DRAFT FOR PANEL",
    # After determiners and possessives.
    "The {P} the nursery knew was a happy child; the one at home was not.",
    "School saw a different {P} after half term.",
    "Everyone's {P} was a little different, the reviewer observed.",
    "The worker's {P} and the teacher's {P} might have been two different children.",
    "Baby {P} was brought in by ambulance at 03:40.",
    # Coordination.
    "{P} and Nan came to the FGC together.",
    "Both {P} and the baby were seen at the visit.",
    "Neither {P} nor the partner attended the core group.",
    "{P} and the children were the focus of the meeting, as they should have been.",
    # Hardest: slots where a word-name reads as the ordinary word.
    "{P} must be at the centre of every assessment.",
    "{P} is not a strategy, the chair told the core group.",
    "{P} alone is not enough, the review concluded.",
    "{P} was never discussed at the core group.",
    "{P} came up in every supervision from March onwards.",
    "Holding {P} in mind was hard with a caseload of thirty.",
    "Keep {P} at the heart of the plan, the chair said.",
    "There was no mention of {P} in the GP's letter.",
    "{P} faded from view once the case was stepped down.",
    "{P} should have been seen alone.",
    "{P} needs to hear that it was not her fault.",
    "Without {P}, the mother said, there was no point going on.",
    "{P} kept them going through the court case, the grandmother said.",
    "{P} ran out of the conference room in tears.",
    "{P} sank into the sofa and refused to speak.",
    "{P} stood at the window waving until the car had gone.",
    "{P} fell silent when the partner came in.",
    "{P} bore the brunt of the partner's temper.",
    "{P} lit up when the contact worker arrived.",
    "{P} grew out of her shoes and nobody bought new ones.",
    "{P} was lost in the system for eighteen months.",
    "{P} was the glue that held the family together, the aunt said.",
    "{P} slipped through the net, the local paper said.",
    "Everybody loved {P}, the nursery manager told the practitioner event.",
    "{P} was on everyone's lips after the inquest.",
]

TWENTYSECOND_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Finding 5: Hope, rather than evidence, drove the decision to step the case down.",
        "HOPE AND OPTIMISM BIAS (learning point 3)",
        "Hope had kept the mother going through the court process, she told the conference.",
        "In supervision the worker said she still held hope for the family; the manager did not.",
        "The reviewer cautions against hope as a substitute for a timed plan.",
    ],
    "grace": [
        "Grace and favour housing on the estate ended when the grandfather died.",
        "The panel thanked the family, who had taken part with grace and dignity.",
        "Grace: seven days for the report to reach the parents before conference.",
        "The chair allowed a day's grace for the school's report to be shared.",
    ],
    "mark": [
        "Marked improvement in home conditions was agreed by the core group.",
        "Mark: 6/10 on the scaling question, up from 3 at the last core group.",
        "Mark my words, the grandmother told the family group conference.",
        "The chair asked members to mark their scaling on the flipchart.",
        "To mark the end of the plan, the worker gave the boy a certificate.",
    ],
    "rose": [
        "ROSES AND THORNS (what went well, what worried us)",
        "Rose and thorn: the worker's rose was the conference; her thorn was the missed visit.",
        "Referrals rose by a third in the year after the review was published.",
        "The reviewer found the service viewed the father through rose-coloured spectacles.",
    ],
    "may": [
        "May I thank all those who contributed to this review.",
        "May we also thank the family for their courage in speaking to us.",
        "Be that as it may, the chair said, the plan stands.",
        "Practitioners may wish to read this report alongside the thematic review.",
        "May 2021: Section 47 enquiry opened after the second injury.",
    ],
    "will": [
        "Will the plan keep the children safe? the chair asked the core group.",
        "Against her will the girl was moved to a placement two hours away.",
        "The partnership will publish its action plan within six months.",
    ],
    "william": [
        "Will the plan keep the children safe? the chair asked the core group.",
        "Against her will the girl was moved to a placement two hours away.",
        "Bills: gas, electric and water all in arrears (family plan, page 2).",
        "The partnership will publish its action plan within six months.",
    ],
    "bill": [
        "Bills: gas, electric and water all in arrears (family plan, page 2).",
        "Bill arrears were a recurring theme in the core group notes.",
        "The school billed the family for a trip the girl never went on.",
        "The new bill on children's social care was cited in the Secretary of State's reply.",
    ],
    "amber": [
        "Amber, in the partnership's framework, means escalation to a manager within 24 hours.",
        "RAG rating: amber (core group consensus, second meeting).",
        "AMBER TO RED - the escalation that was not made after the second injury.",
        "The strategy discussion rated the risk amber and agreed no further action that day.",
    ],
    "sky": [
        "Sky-blue was the colour the girl chose for her bedroom in her letter to the panel.",
        "The sky's the limit, the worker wrote in her letter to the boy.",
        "Skyping the father in prison was written into the contact plan.",
        "In the three houses drawing the boy put a big sky over the house of dreams.",
    ],
    "faith": [
        "Faith and culture: the review found that neither was explored at the conference.",
        "Faith: practising Muslim (ICPC cover sheet, family details).",
        "The worker put her faith in the mother's promise to leave the partner.",
        "Bad faith was alleged by the father in his letter to the panel.",
    ],
    "holly": [
        "Holly Class (Year 2) teacher attended the core group and spoke well of the boy.",
        "The children made holly garlands at the contact centre in December.",
        "HOLLY CLASS - Reception - teacher's note on the girl's first week",
    ],
    "ruby": [
        "Ruby Class reported that the girl arrived hungry on four days out of five.",
        "The grandparents celebrated their ruby anniversary the week of the conference.",
        "A ruby-red patch on the neck was photographed at the child protection medical.",
    ],
    "daisy": [
        "Fresh as a daisy, the father arrived at conference after a night in custody.",
        "Upsy-daisy, said the health visitor as she lifted the toddler onto the scales.",
        "A daisy for the reviewer was what the child picked when they met in the park.",
    ],
    "summer": [
        "Summer: the period of greatest risk, as Finding 2 concluded.",
        "Over the summer the case drifted without a single core group.",
        "Summer schemes with free meals were offered to the children but not taken up.",
        "The reviewer notes a summer-long gap in contact in each of the three years.",
    ],
    "joy": [
        "Joy and laughter were rarely recorded; the children's files were all about risk.",
        "Joyless was how the nursery described the toddler's play that term.",
        "The girl's joy at seeing the dog was written up in the contact notes.",
        "To the worker's joy, the boy wrote back to her letter.",
    ],
    "dawn": [
        "Dawn to dusk: the hours the boy spent away from the house, the school believed.",
        "From dawn until late, the mother worked two jobs, the conference heard.",
        "Before dawn on 3 March the girl was found at the bus station.",
        "The strategy discussion agreed an arrest at dawn the next day.",
    ],
    "ivy": [
        "Ivy Cottage, the family centre, hosted the family group conference.",
        "The ivy on the back wall hid the broken window from the road.",
        "Ivy: the plant the boy drew round his house in the three houses exercise.",
    ],
    "jack": [
        "Jack-in-the-box was the toy the toddler played with throughout contact.",
        "The phone jack had been ripped from the wall, the officers noted.",
        "A jack-knife was found in the boy's school bag, and the school called the police.",
    ],
    "robert": [
        "Robbing the child of a voice, the review found, was the effect of joint interviews.",
        "The escalation policy was not robustly applied, Finding 4 states.",
        "The boy said he had been robbed of his bike by the older lads.",
    ],
    "frank": [
        "Frank discussion at the practitioner event is credited with much of the learning.",
        "To be frank, the father told the family group conference, I don't trust any of you.",
        "The panel's letter was frank about the partnership's failings.",
        "FRANK AND FEARLESS: the chair's closing remarks to the practitioner event",
    ],
    "miles": [
        "Miles apart: the two agencies' accounts of the strategy discussion differed throughout.",
        "The placement was 140 miles from her school and her friends.",
        "Miles travelled by the mother to contact were never reimbursed.",
    ],
    "dean": [
        "Deanery training for GP trainees now uses this review as a case study.",
        "The rural dean attended the family group conference as a friend of the family.",
        "Dean of the medical school, the reviewer wrote, agreed to share the learning.",
    ],
    "marsh": [
        "Marshmallows were what the boy asked for in his letter to the reviewer.",
        "The reviewer marshalled the evidence into three key practice episodes.",
        "The marsh behind the caravan site was searched by police and the coastguard.",
    ],
    "hill": [
        "Hills and valleys: the father's engagement, as the core group put it.",
        "The school's dissent was not a hill to die on, the chair said.",
        "The flat was at the top of a steep hill and the mother had no buggy.",
    ],
    "wood": [
        "Woodland sessions on Fridays were the boy's favourite part of school.",
        "The chair cautioned that the family were not out of the woods yet.",
        "Wood shavings in the rabbit hutch were the only bedding in the room.",
    ],
    "stone": [
        "Stonewalled by the partner at the door, the worker ended the visit.",
        "Stone-faced, the girl listened to the conference decision.",
        "The review warns that no plan should be treated as set in stone.",
    ],
    "bell": [
        "Alarm bells should have rung, the review found, when the baby was not brought.",
        "The bell went for the end of break while the girl was still talking.",
        "Bells on the door of the flat meant the mother knew when the children went out.",
    ],
    "brown": [
        "Browned off with the meetings, the father stopped attending in the spring.",
        "The brown envelope from the court was left unopened on the mat.",
        "BROWN ENVELOPES - the reviewer's shorthand for unopened official letters",
    ],
    "green": [
        "Green: what's working well (first column of the core group chart).",
        "Green shoots of change were noted at the third core group.",
        "The practitioner event was held in a church hall by the green.",
    ],
    "lamb": [
        "Meek as a lamb at conference, the girl shouted at her mother afterwards.",
        "Lamb casserole was what Nan promised to cook for the family group conference.",
        "The toddler would not go anywhere without her knitted lamb.",
    ],
    "fox": [
        "Foxgloves in the back garden were a poisoning risk, the health visitor noted.",
        "The boy's drawing showed a fox guarding the door of his house.",
        "Fox-red hair dye had stained the bath, the foster carer said.",
    ],
    "banks": [
        "Clothes banks outside the supermarket were where the mother got the children's coats.",
        "Both piggy banks had been emptied, the girl told the worker.",
        "Power banks and two phones were seized from the boy's room.",
        "Banks and lenders were never asked for information, the review noted.",
    ],
}

TWENTYSECOND_UNLISTED: list[str] = [
    "The lead reviewer, {U}, is independent of all the agencies in {T}.",
    "Independent chair: {U} (formerly Director of Children's Services, {T}).",
    "Yours sincerely, {U}, Independent Scrutineer, {T} Safeguarding Children Partnership",
    "Rapid review panel: {U} (designated nurse), {T} Integrated Care Board.",
    "The practitioner event was facilitated by {U} and held at {T} Town Hall.",
    "Strategy discussion attendees: DC {U} ({T} CID); the duty manager; the school.",
    "ICPC invitees: {U} (step-grandfather, {T}).",
    "The viability assessment of {U} (paternal great-aunt, {T}) was negative.",
    "Section 47 outcome letter copied to {U}, Head of Service, {T}.",
    "\u2022 {U} - uncle - lives in {T} - not assessed",
    "Q4. Who else stays at the flat? A. Just {U}, when he's not in {T}.",
    "'{U} said if I tell, he'll hurt Mum,' the girl told the worker in {T}.",
    "The boy said he wants to live with {U} 'in {T}, by the sea'.",
    "Letter to the child: {U} at the {T} contact centre says hello and misses your jokes.",
    "Reflective log: the session with {U} at the {T} foodbank stayed with me.",
    "Supervision: discussed with {U} (team manager, {T} hub), who agreed the plan.",
    "Family group conference: the godmother, {U}, travelled from {T} to attend.",
    "St {U}'s Church Hall, {T}: venue for the family group conference.",
    "Core group: the childminder, Mrs {U}, said the girl was often collected late.",
    "Dr {U}, consultant paediatrician at {T} General, examined the baby.",
    "ACTION: {U} TO CONTACT {T} POLICE RE THE MISSING EPISODE",
    "The girl said {U} from the chip shop in {T} gave her free chips most nights.",
    "Panel members: {U} (chair); a designated doctor; a detective inspector from {T}.",
    "Learning was shared with {U}, principal social worker for {T}.",
]
