"""Twelfth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the tenth's and eleventh's headers; only the corpus
generator was read, for the format. No real person or case is represented.

Styles. Person entries put the name where neither the tenth nor the eleventh family did: law
report and judgment forms ("Re {P} (A Child) [2026] EWFC 417", "County Council v {P} & Ors",
"whom I shall call {P}", position statements, exhibit references with slashes); e-mail
chains with "From:/To:/Sent:/cc:" blocks, "-----Original Message-----", "On ... wrote:" lines
and ">" and "> >" quoting; SMS text with abbreviations and reminders; semicolon-separated and
double-quoted CSV rows; key=value and structured log lines, quoted JSON-like pairs without
braces and XML-like elements; Windows, UNC and Unix paths, SharePoint links and attachment and
photo file names containing the name; calendar invitations, helpdesk tickets, court lists with
middle dots and A&E alerts in capitals; ages in brackets ("({P}, 4)", "(4)"); slash groups
("{P}/mum/gran"); apology, condolence and greeting-card text; dialect speech (Yorkshire,
Scots, East Midlands, Geordie, Welsh English); nested and curly quotation marks; lists with an
Oxford comma and with an ampersand; "Baby {P}" and "Little {P}"; vocatives ("Come here,
{P}!", "Right, {P}, ..."); titles and ranks (Mx, Cllr, DC, PC, Sgt, Nurse) and bed numbers;
question tags ("wasn't she?"); the name at the very end with no full stop, before an em dash
with no spaces, and before an ellipsis; letter salutations ("Dear {P},"); name tapes, buzzer
labels, medicine labels, tannoy calls, missing-person appeals, signature blanks, visitor books
and interview Q/A lines, in the voices of children's social care, police, health visitor,
GP, A&E, school, housing, probation and review-report prose.
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in record styles the eleventh family did not use: e-mail
openers and subject lines ("Hope you are well", "Subject: RE: hopefully ..."), SMS
("WILL BE LATE", "up since dawn"), key=value and quoted-field log lines ('status="amber"',
'offence="robbery"'), file names ("summer_hols_contact_rota_v2.xlsx"), judgment citations and
paragraph references ("Be that as it may", "at [18]"), headings in capitals ("FAITH, CULTURE
AND IDENTITY", "WOOD BURNER - NO FIREGUARD"), A&E observations ("Temp rose to 38.9"), and
missing-person descriptions ("Sky-blue school jumper", "Brown-haired"); the words appear as
nouns, verbs, adjectives, modals and labels ("Bill:", "BANKS:"), in derived forms and
compounds ("Goodwill", "Billed", "Hollyhocks", "Milestones", "Marshmallows", "Deanery",
"Jackdaws", "Doorbell", "Greenhouse", "Lambswool", "Woodlice", "hallmark", "jackknife") and
idioms and slang ("no joy", "sky high", "browned off", "jack in the job", "fresh as a daisy",
"in bad faith", "like a lamb", "miles better"); names of things (a baby room, a stay-and-play
group) are rare.
Unlisted entries put people and towns in e-mail headers and ">" quoted replies, SMS, CSV rows,
key=value logs, XML-like elements, a UNC path, a law-report citation, an A&E bed line, ages in
brackets, a vocative and an apology line.
"""

from __future__ import annotations

TWELFTH_PERSON_SENTENCES: list[str] = [
    # Law reports, judgments and court papers (children's social care, review).
    "Re {P} (A Child) [2026] EWFC 417, at paragraph 32, was relied on by the local authority.",
    "Wenmere Borough Council v {P} & Ors [2025] EWHC 3310 (Fam) concerned the same estate.",
    "The child, whom I shall call {P}, is now six and lives with her maternal aunt.",
    "Position statement on behalf of {P}, filed on 3 March, runs to six pages.",
    "Exhibit ref. {P}/SW/04 - photographs of the bedroom taken on the first visit.",
    "The guardian's analysis (C47, para 6.2) records {P} as wishing to stay put.",
    "Court 4 · 10:30 · {P} · care proceedings (final hearing) · time estimate 2 days",
    "Signature: ______________________  Print name: {P}",
    # E-mail headers and forwarded chains.
    "From: Duty Desk <duty@example.org>\nTo: {P}\nSent: 14 March 2026 09:12\nSubject: visit",
    "> > Can someone confirm whether {P} was seen on Friday?\n> Yes, seen at school. KT",
    "-----Original Message-----\nFrom: school office\nSubject: FW: FW: attendance - {P}",
    "On Tue, 4 Mar 2026 at 16:02, {P} <no-reply@example.org> wrote:",
    "cc: {P}; team manager; IRO inbox; legal (for info only)",
    "Dear {P},\nThank you for meeting with me on Tuesday to talk about the plan.",
    "Invitation: Core group - {P} @ Thu 12 Mar 2026 10:00 - 11:00 (GMT)",
    # SMS and phone messages.
    "SMS 18:47 from mum: hi its me cant do 2moro {P} got temp sorry x",
    "Txt to HV: pls can u ring re {P} ta",
    "SMS (sent 07:15): rmdr appt 10:30 GP for {P} reply Y to cnfrm or N to cxl",
    "Tel. msg for SW: {P} rang, pls call back asap, said its urgent",
    "WHERE IS {P} ANSWER UR PHONE (text forwarded to police by the grandmother)",
    # CSV, logs, JSON-like pairs and XML-like tags.
    '"2026-01-14";"HV";"{P}";"8/12 review";"not brought"',
    'id;name;dna_count\n0417;"{P}";3',
    'Row 22: "{P}";"Year 4";"PA";"87.5%";"EHCP pending"',
    'level=INFO event=record_viewed subject="{P}" user=cscduty07 ts=2026-02-11T09:14:03Z',
    '"child_name": "{P}", "risk": "high", "plan": "CP"',
    "audit | 2026-03-02 10:41:55 | EXPORT | case file | {P} | 14 pages",
    "subject.name = {P}; subject.status = looked after; subject.placement = foster",
    "<child><name>{P}</name><legalStatus>ICO</legalStatus></child>",
    '<Attendee role="parent" invited="true">{P}</Attendee>',
    # Paths, links and file names.
    r"Saved to C:\Casework\2026\{P}_assessment_FINAL.docx",
    "sites/CSC/Shared%20Documents/{P}/chronology.xlsx was last edited by the duty manager.",
    "/mnt/evidence/2026/{P}/BWV_0412.mp4 (body-worn footage, 6 min, police)",
    "Attachment: photo_{P}_leftarm_01.jpg (2.1 MB)",
    "Ticket #55102 [Housing repairs] raised by {P}: mould in bedroom 2, reported third time",
    # Headings and alerts in capitals.
    "APPENDIX C. CHRONOLOGY OF AGENCY CONTACT WITH {P}",
    "*** ALERT *** {P} *** DO NOT DISCHARGE WITHOUT SPEAKING TO SAFEGUARDING ***",
    "VOLUME IV - {P} - HEALTH RECORDS (paginated 1 to 212)",
    # Quotation marks, nested and curly.
    "The teacher recorded: \"She said, 'Miss, {P} told me not to tell.'\"",
    "\u201c{P} is my best friend,\u201d the girl wrote in her \u2018all about me\u2019 book.",
    "Police log: caller states \"it's {P} again, screaming, 'get off me'\" then line dropped.",
    # Ages, slashes, lists.
    "Children in the household: {P} (4), a half-sibling (7) and a baby (6 weeks).",
    "Seen together ({P}, 4, and brother, 7) in the front room, both in pyjamas at 3pm.",
    "{P}, 4y 2m, weight 15.1kg, height 101cm, both on the 9th centile.",
    "Home visit - {P}/mum/gran present; partner out at work.",
    "Discussed with {P}/school re: uniform and free school meals.",
    "Invited to the review meeting: the mother, the paternal aunt, and {P}.",
    "{P} & the baby to be seen together at the next unannounced visit.",
    # Apology, condolence and cards.
    "We are deeply sorry that {P} was not listened to. The Safeguarding Partnership",
    "A letter of condolence was sent on behalf of the Trust to {P} and the wider family.",
    "I apologise, {P}, that it took us so long to act on what you told us.",
    "Card on the fridge: Happy 5th Birthday {P}!! Lots of love from all at nursery xxx",
    # Dialect and reported speech.
    '"Our {P} were nobbut a bairn when it started," the grandmother told the reviewer.',
    '"Ah telt him tae leave {P} alane, but he wouldnae listen," the aunt said.',
    '"He\'s always been mardy with {P}, has that one," said the neighbour.',
    '"Ee, {P} was canny upset, like, she wouldn\'t eat her dinner," the dinner lady said.',
    "'Is it {P} you're after, love? Not here, is it,' the neighbour told the officers.",
    # Baby, Little and vocatives.
    "Baby {P} was transferred to the neonatal unit at 02:10.",
    "Little {P} was asleep in the car seat on the kitchen floor when the HV arrived.",
    '"Come here, {P}!" the father was heard shouting from the landing.',
    '"Right, {P}, let\'s get your shoes on," the support worker said at the door.',
    # Titles, ranks and bed numbers.
    "Statement of DC {P}, taken at the station on 9 March.",
    "PC {P} and a colleague attended at 23:50 and found the door open.",
    "Sgt {P} authorised the use of police protection powers at 01:15.",
    "Cllr {P} raised the family's housing in a members' enquiry.",
    "Nurse {P} flagged the father's behaviour on the ward to the safeguarding team.",
    "Mx {P} attended the strategy meeting on behalf of the youth offending service.",
    "Bed 12: {P} - obs stable, awaiting paeds review, mum at bedside.",
    # Question tags, endings, dashes and ellipses.
    "{P} was seen that week, wasn't she? The minutes do not say.",
    "\"It's {P} who does the school run, isn't it?\" the worker asked the mother.",
    "Last entry in the chronology before the incident: telephone call to {P}",
    "Next of kin {P}",
    "{P}\u2014who had not been seen for a month\u2014was found at a friend's flat.",
    '"I think {P}..." the boy began, and then stopped and looked at the door.',
    "The final contact was a voicemail left for {P} \u2026",
    # Labels, notices and records in other voices.
    "Name tape sewn into the school coat: {P}",
    "Flat 3 buzzer label: {P}",
    "Medicine label: AMOXICILLIN 250mg/5ml, take 5ml three times a day, {P}, 14/02/26",
    "A&E tannoy: 'Could the parent or carer of {P} please come to reception.'",
    "MISSING: {P}, last seen on the seafront wearing a grey hoodie and black trainers.",
    "Visitor book, 11:02 in / 11:40 out - visiting {P} - signed by the social worker.",
    "Q: And {P} was there when it happened?\nA: Yeah, on the settee.",
    "Triage cat 3. PC: head injury. Pt: {P}. Hx per mum: fell from sofa onto laminate.",
    "S: {P} brought by mum, c/o cough x3/7. O: chest clear. P: safety-netting advice.",
    "OM note: {P} reports weekly; next review 12/06; licence condition 7 (no contact).",
    "Housing register: applicant {P}, band B, three-bedroom need, medical priority refused.",
    "Behaviour log: {P} - removal from class (level 3) - refused to sit, threw a chair.",
    "Learning point 4 asks what it was like to be {P} in that house.",
]

TWELFTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hope you are well - just checking the core group is still on for Thursday.",
        "Subject: RE: RE: hopefully the last chase about the child in need plan",
        "HOPES AND WORRIES (completed with the child using the three houses tool)",
        '"I hope to God they listen this time," the mother said, "I really do."',
        "The court expressed the hope, at paragraph 41, that the parties could agree contact.",
    ],
    "grace": [
        "Grace was said before the meal, and the child joined in without prompting.",
        "key=arrears_status value=grace_period_active days_left=9",
        "The landlord's solicitor conceded, with some grace, that the notice was defective.",
        "GRACE PERIOD ENDS 31/03 - ring tenancy sustainment before then",
        "Graceless and rude, the older boy's messages to the teacher were sent to the head.",
    ],
    "mark": [
        "Marked as read by the duty inbox at 16:55 but not actioned until Monday.",
        "Mark-up on the draft report: the chair asked for section 6 to be rewritten.",
        "The school's hallmark, the head said, is knowing every family by name.",
        "The bruise was a red mark, thumb-sized, below the left ear (see body map).",
        'reason="marked improvement" outcome=step_down reviewer=IRO',
    ],
    "rose": [
        "Rose-gold phone case and a new laptop were in the girl's room; nobody said who paid.",
        "Rose hips from the hedge had been eaten by the toddler; the GP advised no treatment.",
        "Temp rose to 38.9 overnight - paracetamol given 02:00 (obs chart, bed 4).",
        "Concerns rose again after the partner's release, the MARAC minutes say.",
        "She rose at 5am to get the bus to the contact centre, which the court noted.",
    ],
    "may": [
        "May I ask that this e-mail is added to the child's file? Thanks, duty SW",
        "May 2026 - strategy meeting notes - FINAL.docx",
        "Sent: Friday, 8 May 2026 14:20",
        "The guardian said the plan may well work, but only with daily visits.",
        "Be that as it may, the court found the threshold crossed.",
    ],
    "will": [
        "Will you let the school know the contact time has changed? Ta",
        "The father's will was read at the family home, and the argument began there.",
        "WILL BE LATE - BUS CANCELLED (text from mum, 08:41)",
        "Per the judgment at [18], the local authority will file an updated care plan by 4pm.",
        "Goodwill between the family and the school had run out by the spring.",
    ],
    "william": [
        "Will someone confirm who is taking the minutes on Thursday?",
        "Bill payer: mother (per the supplier's letter, which is on file).",
        "The grandmother's will and codicil were discussed at the family group conference.",
        "A final demand for the water bill arrived on the day of the visit.",
        "Billed twice for the same repair, the mother withheld rent in protest.",
    ],
    "bill": [
        "Bill: \u00a3312.40 (electric, Q4) - arrears plan agreed with the supplier.",
        "Bills, bills, bills, the mother said; she could not open the post any more.",
        "Subject: FW: unpaid council tax bill - attachment enclosed",
        "The hospital billing department wrote to the family about the overseas charge.",
        "Top of the bill at the school show, the girl had been excited for weeks.",
    ],
    "amber": [
        "Amber-rated on the dashboard since March; no change after the core group.",
        'status="amber" owner=locality_team next_review=2026-04-02',
        "AMBER - SEE SAFETY PLAN BEFORE VISITING",
        "The lights were on amber when the car carrying the children went through.",
        "Caution was signalled by an amber flag on the health record.",
    ],
    "sky": [
        "Sky-blue school jumper, grey trousers - description circulated when he went missing.",
        "Skyline views from the 14th-floor flat did not make up for the broken lift.",
        "The rent was sky high, so the family took in a lodger, the housing officer learned.",
        "Outside, under a clear sky, the children waited in pyjamas for the fire engine.",
        "The child's drawing had a big yellow sun in the sky and the family holding hands.",
    ],
    "faith": [
        "Faith-based organisations on the panel included a mosque and two churches.",
        "Acting in bad faith, the landlord changed the locks while the family were out.",
        "FAITH, CULTURE AND IDENTITY (section 5 of the assessment)",
        '"I\'ve lost all faith in you lot," the father told the officer.',
        "Professionals kept faith with the plan long after it had stopped working.",
    ],
    "holly": [
        "Holly wreath on the door, lights in the window - the visit was on 23 December.",
        "Hollyhocks by the back door had been trampled, the neighbour said.",
        "The child's legs were scratched where she had hidden in the holly hedge.",
        "Berries from the holly were in the baby's mouth, the childminder reported.",
        "HOLLY CUT BACK - path to the door now clear (repairs ticket closed).",
    ],
    "ruby": [
        "Ruby anniversary party at the grandparents' house was where the argument started.",
        "A ruby-red scald on the forearm, about 4cm across, was seen in A&E.",
        "Ruby slippers from the dressing-up box were the only shoes the child would wear.",
        "item=ring material=gold gem=ruby reported=stolen",
        "The baby's lips were a deep ruby colour, not blue, the paramedic noted.",
    ],
    "daisy": [
        "Daisy-chained extension leads ran from the hallway socket to every room.",
        "The baby's bib had a daisy on it and was stiff with dried milk.",
        "DAISY ROOM (0-2s): staff ratio 1:3 met on the day of the inspection.",
        "Fresh as a daisy, the mother said of herself, though she had not slept in two days.",
        "Daisy stickers on the reward chart stopped after week two.",
    ],
    "summer": [
        "Summer holiday plan: holiday club Monday to Thursday, grandma on Fridays.",
        "SUMMER TERM 2026 - ATTENDANCE 81.2%",
        "File: summer_hols_contact_rota_v2.xlsx",
        "The family spent the summer sofa-surfing between relatives, the housing officer found.",
        "It was a long hot summer, and the baby was left in a car with the windows up.",
    ],
    "joy": [
        "Joy and relief were obvious on the mother's face when the judge gave the decision.",
        "Joyful at first, the contact became tense once the father arrived.",
        "No joy at the door - card left, try again tomorrow.",
        "The child took obvious joy in the animals at the city farm.",
        "Nothing seemed to give the boy any joy, the CAMHS letter said.",
    ],
    "dawn": [
        "Dawn raid - entry 06:02, three adults arrested, children to emergency foster care.",
        "Dawn to dusk, the older girl did the caring, the young carers' worker noted.",
        "It was just after dawn when the child was found on the bypass in his pyjamas.",
        "SMS 05:57: sorry its so early, up since dawn with the baby, can u ring x",
        "The new dawn promised in the action plan never arrived, the review concludes.",
    ],
    "ivy": [
        "Ivy-covered railings hid the gap the toddler got through onto the road.",
        "IVY LEAF STAY AND PLAY - Wednesday 10:00 - mother attended twice",
        "The ivy had pulled the gutter away from the wall, letting rain into the child's room.",
        "Housing repairs ticket: remove ivy from rear elevation; damp reported in bedroom 2.",
        "Ivy grew through the window frame into the bathroom, the surveyor found.",
    ],
    "jack": [
        "Jack-in-the-box toy in the contact room frightened the baby, the supervisor recorded.",
        "Jackdaws had blocked the chimney, and the gas engineer condemned the fire.",
        "The car was left up on a jack in the road, with the toddler asleep in the back.",
        "He would jack in the job at the first sign of trouble, his offender manager noted.",
        "A jackknife was found in the boy's school bag and handed to the police officer.",
    ],
    "robert": [
        "Robbed twice on the way home from school, the boy now refuses to carry his phone.",
        "Robbery (s.8 Theft Act 1968) - charged; remanded to youth detention accommodation.",
        "The older lads would rob the younger ones of vapes and dinner money, the school said.",
        'offence="robbery" date=2026-01-19 outcome=NFA',
        "The gang tried to rob a delivery driver, and the boy was the lookout.",
    ],
    "frank": [
        "Frank talk was needed, the GP wrote, and she had it with the mother that afternoon.",
        "Frankly, I don't know how the baby wasn't hurt sooner - e-mail from the midwife.",
        "The boy was frank in interview: he had been carrying for older lads since Year 8.",
        "In a frank and at times tearful e-mail, the mother set out what she needed.",
        "FRANK DISCUSSION WITH PARENTS RE: DRINKING - see case note 14/03",
    ],
    "miles": [
        "Miles from the nearest bus route, the cottage left the mother isolated.",
        "Milestones: walking at 18 months, first words at 2 years - both late.",
        "Mileage claim: 42 miles, home visit and school meeting.",
        "The placement is miles better than the last one, the girl told her social worker.",
        "He had walked miles that night looking for his mum, the officer said.",
    ],
    "dean": [
        "Dean of Studies at the college confirmed the student had not attended since half-term.",
        "Deanery youth leaders were given safeguarding training after the disclosure.",
        "An e-mail from the dean's office said the university had a duty of care.",
        "The associate dean chaired the fitness-to-study meeting.",
        "cc: dean of students; head of residential life",
    ],
    "marsh": [
        "Marsh gas and stagnant water made the site unsafe for the children, the officer noted.",
        "Marshmallows were offered as a reward at contact, against the foster carer's wishes.",
        "The caravan was on the edge of the salt marsh, far from the nearest house.",
        "Search teams covered the marsh and the sea wall before the boy was found.",
        "Marshy ground behind the site flooded, and the children played in it.",
    ],
    "hill": [
        "Hilltop car park: the girl was picked up there three times by an older man.",
        "Over the hill, the grandmother joked of herself, but she was fit and involved.",
        "Uphill all the way, the mother said of the walk to school with the buggy.",
        "Hill fog closed the road, and the visit was moved to a video call.",
        "The flat is at the bottom of a steep hill with no pavement.",
    ],
    "wood": [
        "Woodchip on the walls had been picked off round the cot, the HV noted.",
        "Woodlice in the bathroom and black mould in the bedroom (photos attached).",
        "The boys were found in the woods behind the leisure centre at 01:30.",
        "A plank of wood had been used to bar the back door from the inside.",
        "WOOD BURNER - NO FIREGUARD - advice given re: toddler",
    ],
    "stone": [
        "Stone-cold tea and an empty fridge were all the worker saw in the kitchen.",
        "Stones had been thrown at the family's windows for a fortnight, the tenant said.",
        "The mother has lost two stone since the bereavement, the GP recorded.",
        "The boy threw a stone through the car window and was arrested.",
        "Kidney stones kept the mother in hospital for five days.",
    ],
    "bell": [
        "Bell rung four times, no answer; card posted through the letterbox.",
        "Bells were ringing for the wedding next door when police arrived.",
        "The alarm bell on the pendant was out of the grandmother's reach.",
        "After the final bell the child stayed behind to talk to the teaching assistant.",
        "Doorbell footage from next door showed the partner arriving at 23:14.",
    ],
    "brown": [
        "Brown-haired, slim, 5ft 2 - description given to police when the girl went missing.",
        "Browned off with the delays, the grandmother complained to the chief executive.",
        "The bananas in the fruit bowl had gone brown, and there was no other food.",
        "Urine was dark brown in the nappy, and the baby was taken to A&E.",
        "BROWN BREAD, NO BUTTER - the only food in the cupboards (photo 3).",
    ],
    "green": [
        "Green-lit by the panel, the parenting assessment started in April.",
        "Greenhouse in the garden had broken panes at toddler height.",
        "The mould on the ceiling was green-black and spread over the cot.",
        'rag="green" note="no concerns this half-term"',
        "GREEN FOLDER: birth certificate and passports (held by the foster carer).",
    ],
    "lamb": [
        "Lambswool cardigan, washed and folded, was in the bag for contact.",
        "Lamb curry was cooked at the family's cultural evening, which the carer attended.",
        "He went like a lamb to the police car, the officer recorded, unlike his last arrest.",
        "The farm was busy with lambing, so the father missed the core group.",
        "The child cuddled a knitted lamb throughout the ABE interview.",
    ],
    "fox": [
        "Foxes had been at the bins, and rubbish was strewn across the path.",
        "Fox fur trim on the hood of the coat the boy wore when he was last seen.",
        "A fox cub was being kept in a crate in the children's bedroom.",
        "The boy's favourite book was about a fox who lost his way home.",
        "The animal rescue officer took a fox from the shed where the toddler played.",
    ],
    "banks": [
        "Banks of the canal are not fenced, and the toddler was found there by a dog walker.",
        "Food banks in the area had run out of nappies by Friday.",
        "BANKS: two accounts, both overdrawn (financial statement, appendix D)",
        "The girl was found on the banks of the river at 02:00, hypothermic.",
        "Banks of monitors in the CCTV room showed the girl leaving the station at 21:40.",
    ],
}

TWELFTH_UNLISTED: list[str] = [
    "From: {U} <housing.officer@example.org>\nSent: 3 June 2026 11:02\nTo: duty inbox",
    "> I spoke to {U} this morning and she is happy to be a contact.\nThanks, noted.",
    '"2026-02-09";"police";"{U}";"adult associate";"checked"',
    'event=visitor_signin name="{U}" site="{T} children\'s centre"',
    "<Associate><Name>{U}</Name><Town>{T}</Town></Associate>",
    r"Transfer-in papers saved to \\fileserver\csc\{T}\transfers_in\case_notes.pdf",
    "Re {U} (Children) [2024] EWCA Civ 1187 was cited on the question of delay.",
    "SMS from {U}: cud u tell mum im at the park wiv the kids",
    "Dr {U}, consultant for bed 9, reviewed the baby at 03:40.",
    "Mrs {U} - apologies for the delay in replying; we are visiting on Monday.",
    "The family's last known address was in {T}\u2014no forwarding details were left.",
    '"Get in the car, {U}!" the man was heard shouting outside the school gates.',
    "Also present at the party: the girl's cousin ({U}, 19) and two others from {T}.",
]
