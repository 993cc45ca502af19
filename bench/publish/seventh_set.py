"""The seventh sentence family for the synthetic leak corpus (`corpus.py`).

Written blind on 26/11/2026: without reading the redaction rules, their word lists, the
benchmark's results, its README or the sixth family; only `corpus.py` was read, for the
format. New wording throughout, in the styles of children's social care case notes,
chronology entries, strategy meeting and core group minutes, GP, health visitor and
midwife notes, A&E triage notes, police incident logs (STORM / Niche), school CPOMS
safeguarding logs, probation and housing notes, e-mail headers and letters, and the prose
of a local child safeguarding practice review.

Person entries put the name where an editor has to decide from context: opening a line and
followed by a bare adjective, an adverb, an irregular or regular past verb, a present verb,
a modal or contraction, "to" + verb, a preposition, a noun after a dropped apostrophe, a
number, "and"/"or", a participle, a negation or a passive; inside questions, headings,
numbered and bulleted lists, brackets and quotes; after "Dear", "cc", "Per", "Re:",
"Subject:", a time stamp or a form label; before a comma, a semicolon or a dash.

Ordinary entries use each word-name as an ordinary word, often opening the sentence or
following a time stamp, bullet or colon: compounds and inflections ("Hopelessness",
"Marshmallows", "Stonewalled", "Joystick", "Robbed"), adjectives and verbs, imperatives,
months and seasons with and without numbers ("May 2024", "3rd May", "Summer 2023"), idioms
("No joy", "Touch wood", "Over the hill", "Alarm bells"), clinical terms ("Bell's palsy",
"Frank blood"), names of things and services ("FRANK", "Sky Sports", "Hollyoaks", "the
Green Book", "Fox and Hounds"), RAG ratings and upper case. Each sentence holds its word
once, at the start of a word, and no other word-name of the corpus.
"""

from __future__ import annotations

SEVENTH_PERSON_SENTENCES = [
    "{P} tearful on arrival at nursery and would not let go of the key worker's hand.",
    "{P} reportedly spent two nights at an older friend's address on the estate.",
    "{P} fell from the top bunk, the father said, but the fracture pattern did not fit.",
    "{P} swore at the front desk officer and walked out of the station.",
    "{P} phoned the out-of-hours team at 02:10 asking for a taxi to a refuge.",
    "{P} wets the bed most nights and is teased about it by an older cousin.",
    "{P} won't engage with the parenting programme, according to the family support worker.",
    "{P} can't remember when the baby last had a bottle.",
    "{P} should've been seen within 72 hours of the referral, the review notes.",
    "{P} to register with a GP within two weeks (action: support worker).",
    "{P} in A&E with a head injury, accompanied by two adults not known to staff.",
    "{P}s mum came into reception at 15:30, upset about the detention.",
    "{P} nan rang the school to say the child is staying with her tonight.",
    "{P} 3 of 6 sessions missed; closed to the service.",
    "{P} 14y, ?overdose, approx 16 paracetamol taken at 19:00, GCS 15.",
    "{P} and the dog were alone in the flat when officers got in.",
    "{P} or another named adult must supervise bath time, the safety plan says.",
    "{P} known to the youth justice service since 2022.",
    "{P} being interviewed under caution at 14:00; appropriate adult present.",
    "{P} no longer attending the specialist provision since the house move.",
    "{P} isn't to be left alone with the baby under any circumstances.",
    "{P} was driven to hospital by a neighbour, not by the partner.",
    "{P} unable to give a consistent account of how the burn happened.",
    "{P} - DNA x3 health visiting contacts since the birth.",
    "Is {P} still sleeping on the sofa at the grandmother's flat? Nobody at the core group knew.",
    "Why did nobody ask {P} directly about the burns?",
    "Who is the adult in the photographs - {P}? Police to confirm.",
    "Re: {P} - request for information (section 47 enquiry)",
    "Subject: {P} (URGENT) - missed immunisations and two DNAs",
    "Dear {P}, thank you for coming to the meeting on Friday.",
    "cc {P}; team manager; designated nurse for safeguarding",
    "Per {P}, the partner left the property at around midnight.",
    "1. {P} - views gathered in direct work; shared with the conference.",
    "\u2022 {P}: on the CAMHS waiting list since March.",
    "(Note: {P} declined to sign the written agreement.)",
    "The little one calls the partner '{P}' and not 'dad', staff have noticed.",
    "'{P} hurt mummy last night,' the child told the nursery nurse at drop-off.",
    "{P}, however, denied any drug use at the time.",
    "{P}; the older sibling; the maternal grandmother (by telephone).",
    "{P} \u2013 timeline of agency contact, January to August",
    "STORM 0417: {P} reports a male kicking the front door; two units dispatched.",
    "Niche occurrence: {P} named as suspect, shoplifting, NFA.",
    "23:55 {P} located by a patrol at the bus station and returned home.",
    "Probation: {P} breached licence conditions by contacting the victim.",
    "Housing: {P} gave up the tenancy without telling the council.",
    "The practice review found that {P} was seen by nine professionals in six weeks "
    "but never alone.",
]

SEVENTH_ORDINARY = {
    "hope": [
        "Hopefully the nursery place starts after half-term, the health visitor said.",
        "14:10 - Hope expressed by dad that contact can move to the community.",
        "Hopelessness was a recurring theme in the young person's self-harm assessment.",
        "Without hope of rehousing, the family stayed on in the one-bedroom flat.",
        "I hope this email finds you well; please find the chronology attached.",
        "The mother's hopes and worries were written up on the three houses tool.",
    ],
    "grace": [
        "No grace was shown by the landlord once the arrears passed two months.",
        "Graceless and dismissive was how the mother described the first social worker.",
        "Her social graces hid how little she was coping, the review suggests.",
        "GRACE PERIOD EXPIRED - section 21 notice served on the tenant.",
        "Grace and courtesy lessons are part of the Montessori nursery's day.",
    ],
    "mark": [
        "Marked bruising to the inner thigh, not consistent with the explanation given.",
        "14:20 Mark on left cheek ?fingertip; photographs taken with consent.",
        "Please mark the attendance code as C (authorised) for the hearing date.",
        "Markers of neglect were evident: head lice, dental decay and untreated eczema.",
        "MARK AS CONFIDENTIAL - third-party information.",
    ],
    "rose": [
        "Rose Cottage, a short-breaks unit for disabled children, offered two nights a month.",
        "Rosehip syrup was the only remedy the grandmother would give the baby.",
        "Concern rose again after the partner's release from prison in the autumn.",
        "The boy rose from his chair and walked out of the meeting without a word.",
        "Rose-gold phones had been bought for both girls by an unknown adult.",
    ],
    "may": [
        "Maybe it was the cat, the mother said of the scratches on the baby's face.",
        "May 2024 - review child protection conference; plan continued.",
        "The injuries happened over the early May bank holiday weekend.",
        "It may help to book an interpreter for the next core group, the chair suggested.",
        "From 3rd May to 17th June the child was not seen by any agency.",
        "MAY: no contact from the family despite three letters.",
    ],
    "will": [
        "Will the father be assessed as a carer? Legal advice is awaited.",
        "Will power alone was not enough, the mother said of stopping drinking.",
        "The police will not take further action, the officer in the case confirmed.",
        "A living will had been drawn up by the grandmother before her surgery.",
        "WILL BE DISCUSSED AT SUPERVISION - see next entry.",
    ],
    "william": [
        "Will the father be assessed as a carer? Legal advice is awaited.",
        "A living will had been drawn up by the grandmother before her surgery.",
        "Bills: gas \u00a3312 arrears, water on a payment plan, TV licence unpaid.",
        "Energy bills doubled over the winter, and the family slept in one room to keep warm.",
        "The police will not take further action, the officer in the case confirmed.",
    ],
    "bill": [
        "Bills: gas \u00a3312 arrears, water on a payment plan, TV licence unpaid.",
        "The broadband bill was in the name of the 15-year-old.",
        "Billed twice for the same water charge, the mother gave up opening her post.",
        "BILL PAYMENTS MISSED x4 - referred to the money advice service.",
        "Energy bills doubled over the winter, and the family slept in one room to keep warm.",
    ],
    "amber": [
        "Amber - re-referral within 12 months; allocate to a senior practitioner.",
        "RAG rating: AMBER (previously red).",
        "An amber-coloured liquid in the baby's bottle was tested and found to be apple juice.",
        "The amber teething necklace worn by the baby was a choking risk, the health visitor "
        "advised.",
        "The school's amber list of pupils with attendance below 90 per cent included both "
        "brothers.",
    ],
    "sky": [
        "Sky Sports was on loudly throughout the visit and the partner refused to turn it down.",
        "Skylight in the bathroom had no lock and opened onto a flat roof.",
        "The night sky frightened the boy, who would not sleep without the landing light on.",
        "Skyrocketing energy costs left the family choosing between heating and eating.",
        "Blue sky thinking was needed, the chair said, as nothing had worked so far.",
    ],
    "faith": [
        "Yours faithfully, Duty and Assessment Team",
        "Faith-sensitive questions about diet and prayer were added to the placement plan.",
        "Religion/faith: none stated.",
        "Blind faith in a single assessment is a theme across recent reviews.",
        "Faith settings, including the madrassa, have been sent the safeguarding briefing.",
    ],
    "holly": [
        "Hollyoaks was on the television while the children ate their tea on the floor.",
        "Holly clippings were piled against the side gate, blocking access to the bins.",
        "A prickly holly hedge was the only barrier between the garden and the railway line.",
        "Christmas cards with holly on them were still on display in April.",
    ],
    "ruby": [
        "Ruby slippers from the film were all the girl wanted for her birthday.",
        "A ruby engagement ring was among the items the teenager was accused of taking.",
        "Ruby port and vodka were found in the 13-year-old's school bag.",
        "The rash had a ruby tinge, and the GP did the glass test.",
    ],
    "daisy": [
        "Daisy Room (family time centre) booked for Tuesday 10:00-11:30.",
        "The baby's comforter was a knitted daisy the grandmother had made.",
        "Fresh as a daisy, the mother said, though she had been up all night.",
        '"Whoops-a-daisy," the father said as the baby slid off his knee, and he laughed.',
    ],
    "summer": [
        "Summer holiday: family to stay with maternal relatives abroad for six weeks.",
        "Summer 2023 - three missing episodes, all from the same children's home.",
        "SUMMER TERM: attendance 84% (persistent absence threshold 90%).",
        "Every summer the father's drinking gets worse, the older boy told the nurse.",
        "The summer reading scheme at the library was the only activity the children did.",
        "Summers at the caravan park were unsupervised, the young person said.",
    ],
    "joy": [
        "No joy on the landline - voicemail left.",
        "Joylessness in the mother's interactions with the baby was noted at the "
        "parent-infant assessment.",
        "A joyful reunion with the siblings took place at the contact centre.",
        "The console joystick had been thrown at the boy's head, leaving a cut.",
        "There is no joy in any of the child's drawings, the play therapist observed.",
    ],
    "dawn": [
        "DAWN WARRANT EXECUTED - 2 adults arrested, 3 children safeguarded.",
        "Dawn broke over the lay-by where the family had spent the night in the car.",
        "The baby screams from midnight until dawn, the mother told the GP.",
        "Dawn shifts at the bakery meant the 12-year-old got his sisters ready for school.",
        "Dawn chorus birdsong woke the baby at four most mornings, the mother said.",
    ],
    "ivy": [
        "Ivy roots had lifted the paving, and the toddler tripped on them twice.",
        "The housing officer asked for the ivy to be cut back from the gas flue.",
        "Repair job: strip ivy from rear wall, then check for damp.",
        "A poster of an Ivy League university was the only thing the girl had unpacked.",
        "Ivy trailed over the bedroom window so thickly that the room was dark at midday.",
    ],
    "jack": [
        "Jacket potato was the only hot meal the children had that week.",
        "The older boys had jacked a moped and were riding it around the estate.",
        "A scratch-card jackpot of \u00a3500 was spent in two days, the support worker heard.",
        "Jack-in-the-box toys frightened the toddler, the foster carer noted.",
    ],
    "robert": [
        "Robbery of a phone at knifepoint - suspect aged 15, victim aged 14.",
        "Robbed of his trainers on the way home, the boy was too scared to report it.",
        "He had been robbing sheds on the allotments to sell the tools.",
        "ROBBERY (personal) - crime number issued; victim known to children's services.",
    ],
    "frank": [
        "Referred to FRANK for information about cannabis and ketamine.",
        "Frank blood in the nappy, per mum; baby otherwise settled.",
        "The midwife had a frank conversation with the mother about co-sleeping after alcohol.",
        "Frankness from the father about the injury was welcomed by the court.",
        "A franked envelope from the court arrived after the hearing date.",
    ],
    "miles": [
        "Travelling at 70 miles per hour in a 30 zone, the father was stopped with the baby "
        "unrestrained.",
        "Miles away in thought, the girl stared out of the window during the lesson.",
        "Air miles from the father's work paid for the flights abroad.",
        "MILES TRAVELLED: 212 (claim for escort to secure unit).",
    ],
    "dean": [
        "Deanery youth workers ran a drop-in for young people at risk of exploitation.",
        "The Dean of Students emailed the duty team about the student's disclosure.",
        "Sub-dean for welfare at the medical school referred the student to occupational health.",
        "Copied to the dean, with the student's consent.",
    ],
    "marsh": [
        "Salt marsh behind the sea wall floods at high tide and is not safe for children.",
        "Marshmallows were used as a reward in the toileting plan.",
        "The older boys were camping out on the marsh to avoid the police.",
        "Marshy ground at the end of the garden had no fence between it and the dyke.",
    ],
    "hill": [
        "The young person was found at the top of the hill above the quarry at 03:00.",
        "Hills and open fields surround the farm, with no bus route.",
        "Over the hill, the grandmother joked when asked why she could not manage the toddler.",
        "Sledging on the hill without coats or gloves, the children were brought home by a "
        "neighbour.",
    ],
    "wood": [
        "Woodwork teacher raised the first concern after seeing burns on the boy's hands.",
        "A wooden spoon had been used to hit the children, the older girl said.",
        "Touch wood, the mother said, there have been no call-outs since the injunction.",
        "Police dogs searched the woods near the reservoir for the missing teenager.",
        "The baby is not out of the woods yet, the consultant told the parents.",
    ],
    "stone": [
        "Stonewalled by the family, the worker escalated to the team manager.",
        "Stones in a sock were found under the boy's pillow, kept as a weapon.",
        "At 7 stone, the 15-year-old was referred to the eating disorder service.",
        "Stoned when the police arrived, the partner could not give an account.",
        "The child's drawings showed a stone wall with nobody on the other side.",
    ],
    "bell": [
        "Bell's palsy was diagnosed by the GP, and the mother's speech was affected.",
        "Alarm bells should have rung when the baby was brought in with a third injury.",
        "Saved by the bell, the boy said when the fire alarm ended his detention.",
        "Rings a bell: the partner's name had come up at a previous MARAC.",
    ],
    "brown": [
        "Yellow-brown discolouration to the left shin, no history given.",
        "Brown rice and lentils were the only food in the cupboards.",
        "Texts on the seized phone offered 'brown and white' for sale.",
        "The children were playing on a brownfield site next to the railway.",
    ],
    "green": [
        "Green Book guidance on immunisation was followed at the catch-up clinic.",
        "Greenhouse glass had been smashed, and the toddler had a cut to the foot.",
        "GREEN - universal services only; no further action.",
        "Neonatal: green vomit (bilious) - surgical review requested.",
        "Greens and fruit were absent from the food diary.",
    ],
    "lamb": [
        "Lamb curry was on the menu at the children's home the night the boy went missing.",
        "LAMB AND FLAG (pub) - location where the girl was last seen.",
        "Like a lamb to the slaughter, the mother said of her first court hearing.",
        "Mutton dressed as lamb, the partner called the mother in front of the children.",
    ],
    "fox": [
        "Foxes had been getting into the bin store and scattering nappies.",
        "Fox and Hounds (pub), rear car park: meeting point identified by police.",
        "A fox had been eating from the dog bowl in the kitchen, the back door being left open.",
        "An urban fox had bitten the toddler's hand through the open patio door.",
    ],
    "banks": [
        "Banks of the reservoir are steep and unfenced, the fire service warned.",
        "Baby banks supplied a cot, a pram and nappies before the birth.",
        "Both banks refused to release statements without a court order.",
        "Youths were reported on the railway banks, close to the live line.",
        "Banks' fraud teams flagged the account as being used for money muling.",
    ],
}

SEVENTH_UNLISTED = [
    "Mrs {U} at the corner shop had seen the children out after midnight.",
    "{U} (paternal uncle) offered a home to both boys.",
    "14:30 Home visit - an adult male who gave his name as {U} answered the door.",
    "Dr {U}, the named doctor, reviewed the skeletal survey.",
    "The girl was found at a flat in {T} rented by {U}.",
    "Per the school, {U} has been collecting the child without consent.",
    "A refuge place was found in {T}, some distance from the ex-partner.",
    "St {U}'s Hospice supported the grandmother in her final months.",
    "Hotel staff in {T} phoned police after {U} booked a room with two teenage girls.",
    "'{U} said he'd kill us,' the older girl told officers in the ABE interview.",
    "Subject: {U} - request for disclosure under the domestic abuse disclosure scheme",
]
