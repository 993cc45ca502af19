"""Twenty-third sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the nineteenth's, twentieth's, twenty-first's and
twenty-second's headers (and a glance at the shape of the twenty-second's exports); only the
corpus generator was read, for the format, and run_bench.py only as far as its module docstring.
No real person or case is represented: every name is filled in by the generator, and the forms,
services, wards, codes and agencies described are generic or invented.

Styles. Person entries put the name in the front-line record genres the nineteenth to
twenty-second families did not list: scanned and hand-filled forms, with their OCR damage
("Narne of child:", a letter-spaced "N A M E :", "SURNAME / FORENAME(S) (block capitals):",
checkbox rows "[x] {P} present", a dotted fill-in "....{P}....", "FAO {P}", "Re: {P} (your
ref"); telephone messages and duty logs ("WHILE YOU WERE OUT - {P} rang", "Tel msg 09:42:
caller gave name as", a switchboard "I've got a {P} on the line", an automatic voicemail
transcript); text threads with timestamps ("[14/03/2025, 21:07] {P}: where r u", read ticks);
foster carers' daily logs (bedtime, pocket money, hoarded food, a mood scale); supervised contact
notes with clock times; school behaviour logs ("Behaviour point -2: {P} (Y8, maths)", an
isolation booth, "Merit x5 {P}"); GP coded entries and alerts ("[XaJ9a] Child in need - {P}");
A&E triage, an ED safeguarding checklist, ambulance ATMIST and SBAR handovers; housing rent and
repairs records; probation OASys sections and ROSH lines; youth justice (AssetPlus, reparation
hours, an out of court disposal panel, an MG11, a custody record, a PNC no-trace); CAMHS clinic
letters and a formulation; interpreters' interjections ("INT: (for {P})"); court position
statements and a Children's Guardian's report; the child's poems and songs ("Roses are red /
... / {P} is my sister", a song with the name twice); pet names, names shouted in anger and names
used as adjectives and verbs ("a very {P} thing to do", "Doing a {P}", "going full {P}");
reported speech nested twice; a stutter before the name; the name after numbers, ordinals and
list numerals ("Child 2: {P}", "3rd call today from {P}", "No. 4 on the list:", "Visit #12:");
the name at the very end of an entry, after a line break ("Logged by:\\n{P}", "Signed off,\\n{P}")
and with no full stop; between brackets and slashes ("Mother/carer/{P}/other (delete as
appropriate)", "[{P}]", "{P}/school/GP"); narrow table columns; and, hardest, slots where a
word-name reads as the ordinary word: a modal or verb straight after the name ("{P} will not be
told", "{P} may attend contact if well", "{P} marked the calendar", "{P} rose early", "{P} footed
the bill", "It dawned on {P}"), and interjections and stock phrases before it ("Bless {P}",
"Poor {P}", "Thank God for {P}", "Sorry, {P}", "Over to {P}").
Ordinary entries put each word-name in the same genres, often at the start or straight after a
colon, a label or a tick box and often in capitals: form fields ("Faith: Muslim (practising)",
"Religion/faith:", "[x] Hope / future discussed"), phone messages opening with a modal ("Will
ring back 3pm - duty.", "WILL NOT ATTEND"), rent and bill lines ("Gas bill: £286.40", "MAY 2025
RENT STATEMENT", "Grace period: 28 days"), triage and handover ("MTS: GREEN (standard)",
"Triage category: amber", "Stone cold when found", "Rose to 39.2 overnight", "Poison ivy rash",
"Wood splinter, left palm"), body maps ("Mark X where it hurts", "Bodymap: mark 1"), carers'
logs ("Lamb casserole at tea", "Up before dawn again", "Said grace at tea"), justice records
("Robbery (s.8)", "Joyriding - TWOC", "Frank about his cannabis use (OASys 8.2)", "Talk to FRANK
leaflet", "Curfew: dusk to dawn"), housing ("Bell push at the front door not working", "Ivy on
the rear elevation", "Sky Q box", "Fox got into the bins", "Daisy-chain of extension leads"), and
safeguarding-relevant objects ("Amber beads on the baby's ankle", "Banks: Barclays and a prepaid
card", "Brown envelope from DWP"). Unlisted entries name interpreters, contact supervisors,
ambulance crews, housing and probation officers, CAMHS consultants, legal advisers, a Cafcass
officer, a child's best friend in a poem dedication and a corner-shop neighbour, with invented
towns as the homes of family centres, wards, stations and courts.
"""

from __future__ import annotations

TWENTYTHIRD_PERSON_SENTENCES: list[str] = [
    # Scanned and hand-filled forms, with OCR damage.
    "SURNAME / FORENAME(S) (block capitals): {P}   [ ] Mr [ ] Mrs [ ] Ms [ ] Miss [x] Child",
    "Narne of child: {P}   D.O.B: (illegible)   Schoo1: see over",
    "N A M E :  {P}",
    "FAO {P} - urgent, please pass on if not at this address",
    "Re: {P} (your ref CS/4471) - request for information under section 17",
    "Tick all that apply: [x] {P} present  [ ] father present  [ ] interpreter required",
    "Patient's name ....{P}.......... Ward ....4B.... Consultant ....on call....",
    "Person reporting: {P}   Relationship to child: self   Consent to share: Y",
    "Child's name (if known) {P} (not confirmed)",
    "Name of child   | Age | Concern\n{P}   | 7   | neglect",
    "Concern raised | {P} | Y | Y | N",
    # Telephone messages and duty logs.
    "WHILE YOU WERE OUT - {P} rang at 11.20 - wants call back re contact - no number left",
    "Tel msg 09:42: caller gave name as {P}; line poor; rang off before details taken.",
    "Duty log 17:55 - {P} in reception demanding to see a manager; security called.",
    "Missed call x3 from {P} (withheld) - voicemail: crying, not clear.",
    "Call transferred from switchboard: 'I've got a {P} on the line for you.'",
    "Voicemail transcript (auto): 'hi it's {P} again can someone ring me back please'",
    "3rd call today from {P}.",
    # Text threads with timestamps.
    "[14/03/2025, 21:07] {P}: where r u",
    "21:09 - Mum: who is this? 21:10 - {P}: its me",
    "Sat 02:14 \u2713\u2713 {P}: I cant do this anymore",
    "Text to {P} (sent 08:01, delivered 08:01, no reply): Reminder - contact today at 10.",
    "Last message from {P}, 23:58: 'sorry x'",
    # Foster carers' daily logs.
    "Daily log, Tues: {P} up at 6.15, wet bed, helped me strip it without fuss.",
    "Bedtime: {P} asked for the landing light on and the door ajar.",
    "Pocket money: \u00a35 given to {P}; \u00a33.50 spent at the shop (receipt kept).",
    "Carer's note - {P} hid bread rolls in her pillowcase again.",
    "Mood (carer's scale): {P} 3/5 am, 1/5 after the phone call with Dad.",
    # Supervised contact.
    "Contact started 10:02. {P} ran straight past Mum to the toy box.",
    "10:40 - Dad whispered something to {P}; supervisor asked him to speak up.",
    "Goodbyes: {P} clung on and had to be lifted into the car seat.",
    "Contact supervisor's comment: {P} seemed relieved when it ended.",
    # School behaviour logs.
    "Behaviour point -2: {P} (Y8, maths) - refusal to follow instructions.",
    "Pupil(s) involved: {P}; Witness(es): TA; Location: lunch hall; Action: parent informed.",
    "Isolation booth 2 - {P} - 3 periods - sanction for swearing at staff.",
    "Merit x5 {P} - effort in PE",
    # GP coded entries and alerts.
    "[XaJ9a] Child in need - {P} - Comment: sw involved.",
    "Problem (active): Safeguarding concern. Linked: {P}.",
    "Consultation type: telephone. Spoke to {P}. Advised 111 if worse.",
    "Alert on record: DO NOT DISCUSS WITH {P} WITHOUT CHECKING ID",
    "Red flag: {P} seen by 3 different GPs in 2 weeks.",
    "Immunisations: {P} - MMR2 outstanding, DNA x2.",
    "Height/weight: {P} 98 cm / 13.1 kg; 9th centile.",
    # A&E, ambulance.
    "Triage 02:17 - {P} - MTS Limb problems - Pain 6/10 - Orange.",
    "Presenting complaint: {P} 'fell off the bed' per mum; injury inconsistent.",
    "Brought in by: {P} (states aunt), no PR present.",
    "ED safeguarding checklist - Q4 Is the history consistent? N - see {P}'s account.",
    "ATMIST - A: {P}, approx 4 y. T: 19:40. M: fall down stairs. I: head. S: GCS 14.",
    "SBAR. S: {P} is a 3-year-old girl found unresponsive. B: no PMH known.",
    "Handover to ED at 20:15; {P} accompanied by a neighbour, not a parent.",
    # Housing.
    "Tenant: {P}. Arrears: \u00a3412.60. NOSP served 11/01.",
    "Repair job 88213 - damp/mould - tenant {P} - no access x2.",
    "Joint tenancy - lead tenant {P}, partner not on the tenancy.",
    # Probation and youth justice.
    "R6.1 - Lifestyle: {P} spends most days with peers who are known to police.",
    "Section 2.4 - Victim: {P} (ex-partner), aged 24.",
    "ROSH: High to known adult ({P}).",
    "OASys self-assessment: {P} ticked 'sometimes' for 'I lose my temper'.",
    "AssetPlus - Foundations for change: {P} wants to do a mechanics course.",
    "Reparation hours completed by {P}: 6 of 12.",
    "Out of court disposal panel: {P} - Youth Caution recommended.",
    "MG11 Witness statement of: {P}. Age if under 18: 15.",
    "PNC check: {P} - no trace.",
    "Custody record: detained person {P}, booked in 01:12, solicitor requested.",
    # CAMHS letters.
    "Thank you for referring {P}, whom I saw with her mother in clinic today.",
    "Dear Dr, Re: {P} - not accepted for CAMHS; signposted to the school nurse.",
    "Formulation: {P}'s low mood appears maintained by poor sleep and conflict at home.",
    # Interpreters.
    "INT: (for {P}) 'she says she was not there, she was at her cousin's.'",
    "Interpreter clarified that {P} had used the word for 'smack', not 'hit'.",
    "[Interpreter's note: {P} used a family term of endearment here with no English equivalent.]",
    # Court.
    "POSITION STATEMENT ON BEHALF OF THE FIRST RESPONDENT, {P}",
    "The Children's Guardian has met {P} twice, once at school and once at the foster home.",
    "Cafcass safeguarding letter: police checks for {P} returned one entry.",
    "It is {P}'s case that the injuries were accidental.",
    "The applicant local authority invites the court to find that {P} caused the fracture.",
    # The child's poems and songs.
    "Roses are red / violets are blue / {P} is my sister / and I miss her too",
    "My song: '{P}, {P}, come home soon, la la la'",
    "My poem. Title: {P}. Line 1: you said you would come.",
    "I wrote {P} on my arm in pen so I don't forget",
    # Pet names, anger, names as adjectives and verbs, reported speech, stutters.
    "Mum calls {P} 'Princess' and 'Bubba'.",
    "{P}-bear was what the grandmother called her in every card.",
    "'{P}! Get in here NOW!' was heard through the wall by the neighbour.",
    "Dad shouted 'you're dead, {P}' as he left.",
    "'Shut UP {P} shut UP' - shouting on the doorbell camera audio.",
    "Staff said it was 'a very {P} thing to do', running off without a word.",
    "'Doing a {P}' was the family's phrase for disappearing for days.",
    "The class called it 'going full {P}'.",
    "She said that {P} had said that Dad said not to tell.",
    "According to the child, {P} 'always says sorry after'.",
    "'I w-want {P},' the child said, over and over.",
    "'It w-was, it was {P},' he said, then nothing more.",
    # Numbers, ordinals, list numerals.
    "Child 2: {P}",
    "No. 4 on the list: {P}.",
    "1. {P} 2. the partner 3. the maternal grandmother",
    "Visit #12: {P} not home.",
    # Ends of entries, line breaks, brackets and slashes.
    "Logged by:\n{P}",
    "Signed off,\n{P}",
    "The last word in her diary was {P}",
    "(see also {P})",
    "Mother/carer/{P}/other (delete as appropriate)",
    "[{P}]",
    "{P}/school/GP - all informed 14:30.",
    "CC: {P}; file.",
    "From: duty desk  To: {P}  Subject: Your appointment",
    "c.c. {P} (by hand)",
    # Word-name read as the ordinary word: modal or verb after the name.
    "{P} will not be told about the move until Friday.",
    "{P} may attend contact if well.",
    "{P} marked the calendar with crosses until the court date.",
    "{P} rose early and dressed the baby before anyone else was up.",
    "{P} footed the bill for the taxi home.",
    "It dawned on {P} that nobody was coming.",
    "{P} hoped for a home visit before Christmas.",
    "{P} banked on the grandmother stepping in.",
    # Interjections and stock phrases before the name.
    "Bless {P}, she tried her best with the forms.",
    "Poor {P}.",
    "Thank God for {P}, the neighbour told police.",
    "Sorry, {P}.",
    "Over to {P}.",
    "Good old {P} had the kettle on, as ever.",
]

TWENTYTHIRD_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "HOPE: 2/10 (the child's scaling on the three houses sheet)",
        "Hope of a return home: low (Children's Guardian).",
        "[x] Hope / future discussed  [ ] Worries discussed",
        "Tel msg - mum says she hopes to make the 2pm slot.",
        "Foster log: told him I hope the pizza is OK; he smiled.",
    ],
    "grace": [
        "Grace period: 28 days to clear \u00a3412.60 arrears (housing).",
        "Said grace at tea; the child joined in after a week.",
        "The court allowed seven days' grace for the Guardian's report.",
        "GRACE PERIOD EXPIRED - NOTICE TO FOLLOW (rent account banner)",
    ],
    "mark": [
        "Mark X where it hurts (body map given to the child).",
        "Bodymap: mark 1 - 2 cm linear bruise, left forearm.",
        "Register: mark N entered for the morning session.",
        "Question mark over who collected him from school on the 3rd.",
        "Pencil marks on the door frame record her height each birthday.",
    ],
    "rose": [
        "Rose to 39.2 overnight; Calpol given (carer's log).",
        "Rose garden visit planned for contact on Saturday.",
        "Temp rose again at 03:00 and the carer rang 111.",
        "Rose-tinted was the word the guardian used for the mother's account.",
    ],
    "may": [
        "May: contact moved to Saturdays (summary of changes).",
        "May contain nuts - snack label checked at contact.",
        "MAY 2025 RENT STATEMENT - balance brought forward \u00a3380.00",
        "Dad may bring the new partner; supervisor to advise against.",
        "The local authority may not remove without notice, the court said.",
    ],
    "will": [
        "Will ring back 3pm - duty.",
        "WILL NOT ATTEND (written across the invitation and returned).",
        "Carer will collect from contact at 4 and phone the office.",
        "Will & Testament of the late grandfather: the flat left to the mother.",
    ],
    "william": [
        "Will ring back 3pm - duty.",
        "Gas bill: \u00a3286.40 (final demand), in the tenant's name.",
        "WILL NOT ATTEND (written across the invitation and returned).",
        "Bill for the broken window passed to the tenant.",
    ],
    "bill": [
        "Gas bill: \u00a3286.40 (final demand), in the tenant's name.",
        "Bill for the broken window passed to the tenant.",
        "Itemised phone bill shows 42 calls to one number after midnight.",
        "BILL OF COSTS lodged at court by the mother's solicitor.",
    ],
    "amber": [
        "Triage category: amber (urgent) - seen within the hour.",
        "Amber beads on the baby's ankle removed on the health visitor's advice.",
        "AMBER flag on the school system for the attendance pattern.",
        "Amber: monitor and review in four weeks (behaviour log).",
    ],
    "sky": [
        "Sky Q box and remote missing from the lounge (inventory).",
        "Sky-blue school jumper, too small, holes at both elbows.",
        "Her poem ended with the sky falling down on the house.",
        "SKY - \u00a342.00 DD returned (bank statement, 3 March)",
    ],
    "faith": [
        "Faith: Muslim (practising) - halal meals requested at placement.",
        "Religion/faith: none stated (form left blank).",
        "Faith in the placement was shaken after the second missing episode.",
        "FAITH SCHOOL PLACE REFUSED ON APPEAL",
    ],
    "holly": [
        "Holly wreath on the door at the Christmas visit; flat otherwise bare.",
        "The cut on his palm was from holly in the hedge (foster log).",
        "Holly: cut back from the bedroom window (repairs, completed).",
    ],
    "ruby": [
        "Ruby wedding card from the grandparents was on the mantelpiece.",
        "Ruby slippers were her favourite dressing-up shoes at contact.",
        "Lip gloss (ruby red) found in the nine-year-old's bag.",
    ],
    "daisy": [
        "Daisy-chain of extension leads behind the sofa - fire risk noted.",
        "Making daisy chains on the field, she talked about home.",
        "Fresh as a daisy, the carer wrote, after the first full night's sleep.",
    ],
    "summer": [
        "Summer term behaviour points: 14 (up from 3).",
        "SUMMER HOLIDAY CONTACT ARRANGEMENTS (position statement, para 12)",
        "Summer-born, the youngest in the class, the school noted.",
        "The child's poem was about summer at the seaside.",
    ],
    "joy": [
        "Joy: 2/10 in the mood diary this week.",
        "Joyriding - TWOC - charged (youth court list).",
        "Pure joy on his face when the dog came to contact, the supervisor wrote.",
        "JOY AND SADNESS were the two faces she drew on the feelings sheet.",
    ],
    "dawn": [
        "Curfew: dusk to dawn, tagged (bail conditions).",
        "Up before dawn again, the carer noted, pacing the landing.",
        "Dawn chorus woke the baby every day, the mother said.",
        "Dawn to dusk she was out on the estate, neighbours said.",
    ],
    "ivy": [
        "Ivy on the rear elevation is lifting the pointing (repairs survey).",
        "Poison ivy rash on both hands (triage notes).",
        "Ivy-covered shed where the boys were smoking.",
    ],
    "jack": [
        "Jack plug on the charger snapped off in the socket.",
        "Jack-in-the-box toy brought to contact by Dad.",
        "Headphone jack broken, so the phone could only play aloud.",
    ],
    "robert": [
        "Robbery (s.8) - charged, remanded to local authority accommodation.",
        "Threatened to rob Year 9 boys of their phones (behaviour log).",
        "Robbed of his bike on the way home, he told the YOT worker.",
    ],
    "frank": [
        "Frank about his cannabis use (OASys 8.2).",
        "Talk to FRANK leaflet given after the search.",
        "Frankly, the carer said, she is exhausted.",
        "Frank exchanges at contact; the supervisor intervened twice.",
    ],
    "miles": [
        "Miles travelled: 34 (mileage claim, contact escort).",
        "Placement is 63 miles from school; taxi arranged.",
        "MILES PER WEEK ON THE SCHOOL TAXI: 310 (transport review)",
    ],
    "dean": [
        "Assistant Dean (Pastoral) copied into the college's referral.",
        "Dean's office at the university confirmed the mother's attendance.",
        "The rural dean visited the grandmother after the funeral.",
    ],
    "marsh": [
        "Marsh behind the estate is where the boys set the fires.",
        "Salt marsh path - where the child was found at 02:10.",
        "Marsh-side bus shelter tagged again, police log.",
    ],
    "hill": [
        "Hill start practised with the YOT mentor in the car park.",
        "Fell down the hill on his bike (triage, PC: wrist).",
        "Over the hill was the phrase the carer used about herself, laughing.",
    ],
    "wood": [
        "Wood splinter, left palm - removed (minor injuries unit).",
        "Woodchip wallpaper peeling in the back bedroom (repairs).",
        "Wood-effect flooring lifting in the bathroom; trip hazard.",
    ],
    "stone": [
        "Stone cold when found, the crew handed over.",
        "Weight: 9 stone 4 (self-reported), BMI not calculated.",
        "Stone steps outside the flat were icy on the day of the fall.",
    ],
    "bell": [
        "Bell push at the front door not working; visits unanswered.",
        "Bell-ringing practice on Thursdays at the church is her only club.",
        "Saved by the bell, the child joked, when contact ended early.",
    ],
    "brown": [
        "Brown envelope from DWP unopened on the mat.",
        "Brown, sticky residue on the spoon (police search log).",
        "BROWN BREAD AND BEANS - tea, carer's log, all eaten.",
    ],
    "green": [
        "MTS: GREEN (standard) - waited 3 h 40.",
        "Green wheelie bin used to climb the back fence.",
        "Green card given to the pupil for the time-out room.",
    ],
    "lamb": [
        "Lamb casserole at tea; first time she ate everything.",
        "Lamb to the slaughter, the carer wrote of the walk into court.",
        "Lambswool jumper from Nan at contact, kept on all night.",
    ],
    "fox": [
        "Fox got into the bins again (housing complaint).",
        "Fox-hole den in the woods where the boys slept out.",
        "Foxes screaming woke the baby, the mother said.",
    ],
    "banks": [
        "Banks: Barclays and a prepaid card (financial checks).",
        "Food banks refused a fourth voucher in the quarter.",
        "Banks of the canal were searched by the dog unit.",
        "BANKS CLOSED THE ACCOUNT (court bundle, p. 214)",
    ],
}

TWENTYTHIRD_UNLISTED: list[str] = [
    "Interpreter: {U} (Tigrinya), booked through {T} Interpreting Service.",
    "Contact supervised by {U} at {T} Family Centre.",
    "Crew: {U} and a student paramedic, {T} ambulance station.",
    "Tel msg taken by {U} (reception), {T} office.",
    "Housing officer {U}, {T} Homes, attended the gas safety check.",
    "Probation officer: {U}, {T} probation delivery unit.",
    "Her poem was dedicated to {U}, 'my best friend forever'.",
    "Dr {U}, consultant child psychiatrist, {T} CAMHS.",
    "Mrs {U} from the corner shop gave the children crisps.",
    "Admitted to St {U}'s Ward, {T} General Hospital.",
    "Youth Court sitting at {T}: legal adviser {U}.",
    "The foster carers' own son, {U}, was in the house.",
    "FAO {U}, Legal Services, {T} Council",
    "Cafcass officer {U} was allocated on 4 March.",
    "Text from an unknown number signed '{U}' asking where the child was.",
    "The YOT mentor, {U}, drove the boy to {T} for the course interview.",
    "Triage nurse: {U}. Transferred to {T} Children's Hospital.",
    "Contact moved to {T} Library at the father's request.",
    "Witness: {U}, neighbour at number 14.",
    "The child said {U} at the park gave her a lighter.",
    "Registered as living with the paternal aunt in {T}.",
    "Position statement filed by counsel, {U}, on behalf of the father.",
    "Signed: {U}, school business manager.",
    "Ambulance diverted to {T} Infirmary; ED full.",
]
