"""Twenty-eighth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
initials, a possessive, upper and lower case, line breaks, surname first, a title and a
nickname), the capital it gives a lower-case name that opens a template, the word-names and
ORDINARY keys, and the way it marks an ordinary span (the first case-insensitive substring
match of the word, "will " with its space, "bill" for William when there is no "will ", and
"rob" for Robert); the titles it expects before {U} ("Mrs", "St", "Dr"). The first 45 lines
(the headers) of the twenty-fourth, twenty-fifth, twenty-sixth and twenty-seventh families,
whose exports were imported only to count their sizes (a grep for assignment lines in the
twenty-seventh showed the line numbers of its three export names and nothing else of it);
run_bench.py only as far as its module docstring; pyproject.toml only around its ruff settings
(the same grep showed the neighbouring per-file ignores and mypy lines); and the file names in
bench/publish. Nothing under src/ or tests/, no README, no other sentence family, no word list
and no git history was read, and the benchmark was not run. No real person, case or family is
represented: every name of the case is filled in by the generator's placeholders, and the
prisons, courts, services, clubs and meetings described are generic or invented; the hymns,
books, television programmes, brands, pubs' common names, eponyms and idioms mentioned are
public ones, there only for the words they contain.

Styles. Person entries put the name in record genres the twenty-fourth to twenty-seventh
headers did not list: probation records (licence conditions, an nDelius contact line with its
"Attended - Complied" outcome, OASys, a pre-sentence report, a Home Detention Curfew address
check, enforcement, unpaid work, the victim contact scheme, recall); prison records (an approved
visitors list, a barred PIN phone number, public protection mail, a Mother and Baby Unit board,
ROTL, a visiting order); a police custody record (detained person, appropriate adult, rights and
entitlements, cell visits, drug test on arrest, released under investigation, a strip search);
ambulance and urgent care (an ePCR, an ATMIST handover with one-letter labels and dashes, NHS 111
dispositions and call-backs, Manchester triage, an ED safeguarding checklist, a discharge
summary's next of kin, a TTO, a refusal of conveyance, a minor injuries unit); housing options
(a homelessness application, a Personal Housing Plan, choice-based lettings bids, a suitability
review, temporary accommodation notices, banding, the Community Trigger, succession,
intentionality); the fire and rescue service (a Home Fire Safety Visit with a clutter rating, a
firesetter intervention, a rescue, a fire investigation); youth justice (a referral order
contract in the first person, panel members, reparation, an out of court disposal panel, victim
liaison, AssetPlus, triage, ISS); mental health services (the nearest relative, section 136, an
AMHP report, a crisis line call, CAMHS single point of access, a care coordinator, perinatal and
liaison teams); a family group conference family plan with a modal straight after the name
("{P} will do the school run", "{P} may have the children overnight", "{P} can ring", "{P}
should text Nan", "Everyone bar {P} signed"); school consent slips, registers and CPOMS rows in
pipes ("I give permission for {P} to attend", "Child's name: {P}   Class:", a late book, "14/03
{P} DNA clinic appt"); voicemail transcriptions without capitals or punctuation, texts,
WhatsApp export lines with a bracketed or dashed date-time before the name and a colon after it
("[04/02/2024, 23:17:45] {P}: where r u", "{P} left the group."), automated appointment
reminders and delivery reports; envelopes, addressing and signature blocks ("FAO {P}, c/o",
"Returned to sender: {P} not known at this address", dotted signature lines, "Print name:");
court order recitals and directions ("UPON hearing counsel ... and {P} in person", "AND UPON {P}
giving an undertaking", "IT IS ORDERED THAT {P} shall") and a penal notice in capitals around a
mixed-case name; fostering logs and plans (delegated authority, Staying Put, an unplanned
ending, a pocket money record) and interpreter bookings; faith settings (parish newsletter
prayer lists, a parish safeguarding officer's log, a madrasa register, a church food cupboard);
supervision, management oversight and audit lines; the child's own writing with the child's
spelling and no capitals ("dear judge i want to live with {P} becos"); and running prose where a
word-name reads as the ordinary noun or month in its slot: as the object of "lost", "had ...
when", "gave up on", "raised", "showed", "found ... hard to engage" and "called ... to the
door", after "bar", "Save for", "Neither", "As for", "than", "via" and "If only", before "DNA",
a time or "10 mins late", and on a ward board and a rota with day abbreviations. No entry puts
a title before the name or a possessive after it. Ordinary entries put each word-name in the
same genres and in slots where it reads like a name: subjectless telegraphic case notes that
open with it ("Will chase the GP", "May need a referral", "Rose at five to feed the baby", "Hope
to close the case", "Mark as no further action", "Bell rang at 15:15"), a label before a colon
("Grace period:", "Amber:", "Bill payer:", "Miles claimed:", "Rural dean:", "Hill start:"),
proper names that contain it (pubs "The Rose and Crown", "The Green Man", "The Fox and Hounds";
a book "Fantastic Mr Fox" and a programme "Mrs Brown's Boys" with a title before the word; "Old
Bill", "Brown Owl", "Jack Russell", "Bell's palsy" with its possessive, "Amazing Grace", "Lamb
of God", "Ode to Joy", "Ivy League", "Holly Blue", "Union Jack", "May Day", "Sky Q", "Green
Flag", "Marks and Spencer", "Summer Reading Challenge", a contact-centre "Daisy Suite"), idioms
("no joy", "touch wood", "not out of the woods", "alarm bells", "leave no stone unturned",
"miles away", "Be that as it may", "fresh as a daisy", "Oops-a-daisy", "saving grace", "fall
from grace", "leap of faith", "crack of dawn", "daylight robbery", "green with envy"), a body
map's "Mark 1", slang ("a ruby" for a curry, "jacked"), inflections ("franked", "frankincense",
"Marshmallows", "Foxes", "hash browns", "Greenhouse", "lambing", "HOPES"), and notices, form
headings and signs in capitals ("BELL NOT WORKING - PLEASE KNOCK", "MILES TRAVELLED: 32").
Unlisted entries name practitioners and acquaintances from the same genres (an offender
manager, a cellmate, a paramedic, a landlord, an FGC coordinator, an AMHP, a madrasa teacher, an
interpreter, a crew manager) and invented towns as prisons and courts ("HMP {T}", "{T}
Magistrates' Court").
"""

TWENTYEIGHTH_PERSON_SENTENCES = [
    # Probation: licence conditions, nDelius contact log, OASys, pre-sentence and HDC checks.
    (
        "Licence condition 9: not to have any contact, direct or indirect, with {P} without the "
        "prior approval of the supervising officer."
    ),
    (
        "nDelius contact, 03/10/2024, Planned Office Visit, Attended - Complied; contact with {P} "
        "discussed."
    ),
    "OASys section 6 (relationships): {P} is named as a potential victim.",
    "Risk of serious harm: high to a known adult ({P}) and medium to children.",
    "Pre-sentence report: the author spoke to {P} by telephone to verify the proposed address.",
    "Home Detention Curfew address check: {P} is the householder and consents to the curfew.",
    (
        "Enforcement: failure to attend on 2 March without acceptable reason; {P} says the "
        "appointment letter never came."
    ),
    "Unpaid work: {P} has completed 40 of 120 hours, mostly at the charity shop.",
    "Victim contact scheme: {P} asked to be told of any release date.",
    "Recall to custody was requested after {P} reported him at the address at 2am.",
    "Accommodation referral made; {P} has offered a sofa for up to two weeks.",
    (
        "Supervision session: {P} came with the baby in a sling, which the officer felt was to "
        "head off questions."
    ),
    # Prison: visitors list, PIN phone, public protection mail, mother and baby unit, ROTL.
    (
        "Approved visitors list updated: {P} added on 12/01, removed on 03/02 at the request of "
        "children's services."
    ),
    "PIN phone account: the number for {P} was barred after threats were made on a recorded call.",
    "Social visit, Saturday 14:00, hall B: {P} attended with two children.",
    (
        "Public protection: post addressed to {P} was intercepted and withheld under the "
        "harassment procedure."
    ),
    "The Mother and Baby Unit admissions board considered {P} on 17/06 and deferred a decision.",
    "Release on Temporary Licence refused because {P} lives at the proposed address.",
    "Letter from the prisoner to {P}, copied to the file: 'u better tell them nothing happend'.",
    "Prison key worker session: a Father's Day card to {P} was read by security before posting.",
    "Visiting order sent out in the name of {P}, aged 16, with no adult named.",
    # Police custody record.
    (
        "Custody record: detained person {P}, arrived 23:41, reason for arrest breach of a "
        "non-molestation order."
    ),
    "Appropriate adult: {P} (mother), contacted 00:15, arrived 02:10.",
    "Rights and entitlements explained; {P} declined free legal advice.",
    "Cell visit 03:00 - {P} asleep, rousable, no concerns.",
    "Drug test on arrest positive for cocaine; {P} seen by the liaison and diversion nurse.",
    "Released under investigation at 09:20; {P} collected by a grandparent.",
    (
        "A strip search was authorised by the inspector; {P} was 15, and no appropriate adult was "
        "present."
    ),
    "Voluntary attendance interview booked for {P} on Tuesday at 10:00.",
    # Ambulance, NHS 111, emergency department, discharge.
    (
        "ePCR patient details: {P}; presenting complaint head injury, fall from changing table "
        "(per mother)."
    ),
    (
        "ATMIST handover: A - {P}, 7 months; T - 21:05; M - reported roll off sofa; I - boggy "
        "swelling right parietal; S - GCS 14; T - nil."
    ),
    "Crew safeguarding referral submitted at end of shift regarding {P} and two younger siblings.",
    (
        "NHS 111 disposition: speak to a clinician within 1 hour; caller {P}, ringing about the "
        "baby's breathing."
    ),
    (
        "111 clinician call-back at 22:48: no answer from {P}, voicemail left, closed as unable "
        "to contact."
    ),
    "ED triage (Manchester Triage System): yellow, urgent; {P} carried in by a neighbour.",
    "ED safeguarding checklist: known to social care? Yes. Discussed with {P}? Declined to answer.",
    "Discharge summary, next of kin: {P}, mobile number withheld at the patient's request.",
    "TTO paracetamol suspension; {P} shown how to use the oral syringe before discharge.",
    "Paediatric liaison: attendance by {P} forwarded to the health visitor and the GP.",
    "Conveyance declined at the scene by {P}, who signed the refusal form at 01:12.",
    "Crew noted the flat was very cold, with no food seen, and {P} smelt of alcohol.",
    "Minor injuries unit: {P}, laceration to scalp, glued, advised to return if vomiting.",
    # Housing options and homelessness.
    (
        "Homelessness application, main applicant {P}; household of one adult and three children; "
        "relief duty accepted."
    ),
    (
        "Personal Housing Plan agreed with {P} on 04/11, to include contacting two private "
        "landlords a week."
    ),
    "Choice-based lettings: {P} bid on a two-bedroom flat and came 41st.",
    "Suitability review requested by {P} after an offer on the ninth floor was refused.",
    "Temporary accommodation notice: {P} must vacate the hotel room by 10am on Monday.",
    "Housing register: {P} placed in Band B (overcrowding), effective from 12/08.",
    (
        "Community Trigger: {P} made three complaints of anti-social behaviour in six months, "
        "which met the threshold."
    ),
    "Tenancy sign-up took place at the office, and {P} signed for the keys.",
    "Succession claim by {P} refused, as the grandmother had already succeeded to the tenancy.",
    "Intentionality decision letter sent to {P} by recorded delivery.",
    # Fire and rescue service.
    (
        "Home Fire Safety Visit: occupier {P}; two smoke alarms fitted; clutter rated 7 on the "
        "image scale."
    ),
    (
        "Crew manager's note: {P} was seen smoking in bed; advice given and a fire-retardant "
        "throw left."
    ),
    "Firesetter intervention: {P} attended four sessions with the fire service education officer.",
    "Rescued from the first-floor window by crew: {P}, conscious, smoke inhalation.",
    (
        "Fire investigation: the seat of the fire was the bedroom where {P} had been charging an "
        "e-bike battery."
    ),
    # Youth justice.
    (
        "Referral order contract: I, {P}, agree to write a letter of apology and to attend six "
        "sessions at the boxing club."
    ),
    "Panel members thanked {P} for coming and asked what had happened on the night.",
    (
        "Reparation: {P} completed six hours at the community allotment; the supervisor's report "
        "was positive."
    ),
    "Out of court disposal panel, outcome for {P}: Youth Conditional Caution, conditions attached.",
    "Victim liaison: {P} declined a restorative meeting but agreed to an indirect letter.",
    "AssetPlus review: the likelihood that {P} reoffends is rated medium.",
    "Triage: first-time entry avoided; {P} diverted to the prevention team.",
    "Intensive Supervision and Surveillance: {P} tagged, curfew 19:00 to 07:00.",
    # Mental health services.
    "Nearest relative: {P}, consulted by telephone at 16:30; did not object to the application.",
    (
        "Section 136: {P} detained on the footbridge at 01:20 and taken to the health-based place "
        "of safety."
    ),
    "AMHP report: interviewed {P} in a suitable manner, with an interpreter present.",
    "Crisis line call from {P} at 02:14 lasting 18 minutes; safety plan reviewed.",
    (
        "CAMHS single point of access: referral for {P} not accepted; signposted to the school "
        "counsellor."
    ),
    "Care coordinator's note: {P} stopped taking the depot injection in the spring.",
    "The perinatal mental health team discharged {P} after two missed appointments.",
    "Mental health liaison in ED spoke to {P}, who denied any current intent to self-harm.",
    # Family group conference and the family plan, with a modal straight after the name.
    "Family plan: {P} will do the school run on Mondays and Wednesdays.",
    "{P} may have the children overnight at weekends if the plan is kept to.",
    "{P} can ring the social worker if anyone breaks the plan.",
    "{P} will not drink when the children are in the house.",
    "{P} should text Nan when they get home from school.",
    "Private family time ended at 15:10, and {P} read the plan out to the coordinator.",
    "Who is going to help: Nan, the aunt, and {P}.",
    "If {P} starts drinking again, the children go to Nan's.",
    "The family agreed that {P} is not to be left alone with the baby.",
    "FGC referral declined by {P}, who did not want the wider family told.",
    "The coordinator met {P} twice before the conference to plan who to invite.",
    "Everyone bar {P} signed the family plan.",
    # School consent slips, registers and CPOMS.
    "I give permission for {P} to attend the Year 4 trip to the farm on Friday 20 June.",
    "Child's name: {P}   Class: Oak   Dietary needs: none",
    "Photo consent: {P} - NO images on the website, newsletter or social media.",
    (
        "Medicine consent: {P}, salbutamol inhaler, two puffs when needed, parent to replace by "
        "expiry."
    ),
    "Permission to walk home alone: {P} (Year 6) - not given; collection password set.",
    "CPOMS | 22/01/2025 14:05 | Student: {P} | Categories: Safeguarding, Neglect | Alerted: DSL",
    "CPOMS action added by the DSL: phone call home about {P}, no answer, message left.",
    "Linked students: {P}; incident witnessed by lunchtime staff.",
    "Uniform exchange: a coat and shoes were given to {P} quietly at the end of the day.",
    "Reading record, parent's comment: {P} read to nan tonight, did really well x",
    "Late book: {P} 09:32, reason given 'overslept'.",
    "14/03 {P} DNA clinic appt; 2nd DNA, letter to GP.",
    # Voicemail transcriptions, texts, WhatsApp exports and automated reminders.
    (
        "Voicemail transcription (beta): hiya its {P} ring me back when you get this its about "
        "the kids"
    ),
    (
        "Voicemail from a withheld number, 00:41 long: {P} shouting in the background, then the "
        "call ends."
    ),
    "[04/02/2024, 23:17:45] {P}: where r u",
    "04/02/2024, 23:19 - {P}: <Media omitted>",
    "05/02/2024, 00:02 - {P}: This message was deleted",
    "{P} left the group.",
    (
        "Text reminder sent to {P}: your child's appointment is on 14/03 at 10:30 at the clinic. "
        "Reply C to cancel."
    ),
    "Accurx message from the surgery to {P}; no reply received.",
    "SMS to {P} at 08:12: 'On my way, 10 mins away, SW'",
    "Missed calls x4 from {P} between 01:00 and 01:30, no voicemail.",
    "Text from {P} to the family support worker: cant do today sorry babys poorly",
    "Delivery report: message to {P} failed (number not recognised).",
    # Envelopes, addressing and signature blocks.
    "FAO {P}, c/o the refuge manager (address withheld).",
    "Returned to sender: {P} not known at this address.",
    "Private and confidential, to be opened by the addressee only: {P}.",
    "Letter hand-delivered to {P} at the door at 16:50.",
    "Signed ............ {P} ............ Date 14/03/2025",
    "Print name: {P}   Relationship to child: parent",
    "An envelope marked 'To the parent or carer of {P}' lay unopened on the mat.",
    "Redirected post: letters for {P} were still arriving at the old flat in the autumn.",
    # Court order recitals, directions and a penal notice in capitals.
    "UPON hearing counsel for the local authority, and {P} in person",
    "AND UPON {P} giving an undertaking not to remove the children from the jurisdiction",
    "IT IS ORDERED THAT {P} shall file and serve a statement by 4pm on 21 March 2025.",
    (
        "IF YOU, {P}, DISOBEY THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT AND MAY BE SENT TO "
        "PRISON, BE FINED OR HAVE YOUR ASSETS SEIZED."
    ),
    "The application by {P} to be joined as a party is dismissed.",
    "There shall be no order as to costs between the local authority and {P}.",
    "The matter is listed for an issues resolution hearing; {P} to attend at 10:00.",
    "Permission is given to disclose the police disclosure bundle to {P} and her solicitors.",
    # Fostering logs and plans, and interpreters.
    "Foster carer's log, Sunday: {P} woke screaming at 03:00 and would not be settled.",
    (
        "Delegated authority: the foster carers can consent to {P} having a haircut and going on "
        "school trips."
    ),
    "Placement plan: {P} to have supervised family time with the mother twice a week.",
    "Staying Put arrangement agreed for {P} until the age of 21.",
    "Supervising social worker visit: the carers said {P} hoards food under the bed.",
    "Unplanned ending: the carers gave notice after {P} set fire to the curtains.",
    "Interpreter (Romanian) booked; {P} asked for a female interpreter.",
    "Language Line used for the call; {P} said she understood 'a little'.",
    "The interpreter knew {P} from the community, so a different one was booked.",
    "Pocket money record: £5 given to {P}, signed by both.",
    # Faith settings and parish notices.
    "Parish newsletter: please pray for {P}, who is in hospital, and for all the family.",
    "Prayers this week for {P} and for all who are sick.",
    (
        "Parish safeguarding officer's log: disclosure by {P} after Sunday school, passed to the "
        "diocese the same day."
    ),
    "Madrasa register: {P} absent for six weeks in a row; the teacher rang home.",
    "The imam visited {P} at home after the funeral.",
    "Church food cupboard: parcel collected by {P} on Tuesday.",
    # Supervision, management oversight and audit.
    "Management oversight 12/04: discussed {P}; agree that step-down is premature.",
    "Reflective supervision: the worker feels stuck with {P} and is to try a different approach.",
    "Case audit finding: the voice of {P} is not evident in the assessment.",
    "Team manager's decision: no further action for {P} at this time; rationale recorded.",
    "Allocation: {P} allocated to a newly qualified worker in the assessed first year.",
    # The child's own writing and the child's words recorded as written.
    "dear judge i want to live with {P} becos they are kind and make my tea",
    "my worrys: mum crying, {P} shouting, no food in the cubbad",
    "Worry monster note (child's spelling): {P} hurt mummy agen",
    "me and {P} at the beach (child's caption on a drawing)",
    "Three wishes: a dog, my own room, and {P} to come back.",
    "The child wrote '{P} is my best frend' on the back of the worksheet.",
    # Running prose: the name as the object of verbs that collocate with the ordinary word,
    # and after "bar", "save for", "neither", "as for", "than", "via".
    "The mother lost {P} to care proceedings in 2019 and has not seen the child since.",
    "The couple had {P} when the mother was seventeen.",
    "Nobody gave up on {P}, the head teacher insisted.",
    "The grandmother raised {P} until the age of nine.",
    "Neither {P} nor the partner was asked about the other children.",
    "As for {P}, no agency asked what life at home was like.",
    "The school saw more of the bruising than {P} ever admitted to.",
    "Messages were passed via {P}, which the review considers unsafe.",
    "Save for {P}, nobody in the household had a bank account.",
    "If only {P} had been asked directly, the picture might have been different.",
    "The visit was cancelled because {P} was unwell.",
    "Everyone expected {P} to cope alone.",
    "Practitioners found {P} hard to engage, and said so.",
    "The worker showed {P} the written agreement line by line.",
    "Officers called {P} to the door three times before forcing entry.",
    "Bed 4 - {P} - obs 4-hourly, nil by mouth from midnight.",
    "Rota: Mon {P}, Tue Nan, Wed {P}, Thu aunt.",
    "Session 3 of 8: {P} 10 mins late, engaged well.",
]

TWENTYEIGHTH_ORDINARY = {
    "hope": [
        "Hope to close the case by March if the core group agrees.",
        "Warm space: the Hope Cafe at the church hall opens on Thursdays for families.",
        "CAMHS gave the girl a hope box to fill with things that help her feel safe.",
        "FAMILY PLAN - OUR HOPES FOR THE CHILDREN",
        "Voicemail transcription: hi just ringing to say hope the meeting went ok",
        "The probation officer held out little hope of an approved address before release.",
    ],
    "grace": [
        "Amazing Grace was sung at the funeral, at the grandmother's request.",
        "Grace period: the housing officer agreed to hold the room until 5pm.",
        "The one saving grace was the school nurse, who kept asking.",
        "Grace was said before lunch at the holiday club, and the girl refused to join in.",
        "The father is granted seven days' grace to file his statement.",
        "A fall from grace at work, the partner said, started his drinking.",
    ],
    "mark": [
        "Mark as no further action, per the team manager.",
        "Body map, Mark 1: 2cm linear bruise, left thigh.",
        "A Marks and Spencer voucher was given to the carer as a thank you.",
        "The boy's mock exam marks dropped from sixes to twos in one term.",
        "CPOMS: no visible marks seen by the class teacher at the start of the day.",
        "MARK CHILD AS MISSING ON THE REGISTER IF NOT SEEN BY 10AM.",
    ],
    "rose": [
        "The Rose and Crown was where the partner drank most afternoons.",
        "Rose at five to feed the baby, per the mother's account.",
        "Arrears rose to £2,300 after the housing benefit stopped.",
        "Crisis line: the caller's distress rose as the call went on.",
        "A Tudor rose was tattooed on the partner's forearm.",
        "NEWS2 score rose from 3 to 7 in the ambulance.",
    ],
    "may": [
        "May need a referral to CAMHS; to discuss at supervision.",
        "Be that as it may, the plan was not followed.",
        "May Day bank holiday: the contact centre was closed, so family time was cancelled.",
        "IF YOU DISOBEY THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT.",
        "Service of the order may be effected by e-mail to the father's solicitor.",
        "From mid-May the boy stopped reporting to the youth offending team.",
    ],
    "will": [
        "Will visit again Tuesday after school; mother aware.",
        "Will you sign the family plan today? the coordinator asked.",
        "A copy of the grandmother's last will and testament was on the file.",
        "The boy said he will not go back to the foster home.",
        "Will chase the GP for the letter.",
        "The father signed a will leaving everything to the new partner.",
    ],
    "william": [
        "Will visit again Tuesday after school; mother aware.",
        "Will you sign the family plan today? the coordinator asked.",
        "Will chase the GP for the letter.",
        "The neighbour shouted that the Old Bill were outside.",
        "The father signed a will leaving everything to the new partner.",
        "A bill for the damage to the hotel room was sent to the housing office.",
    ],
    "bill": [
        "The neighbour shouted that the Old Bill were outside.",
        "Bill of costs: the local authority's costs were not pursued.",
        "Bill payer: the tenancy and the gas account were in the partner's name.",
        "The phone bill was paid by the grandmother every month.",
        "Housing: the water bill had been added to the rent account in error.",
        "BILL ENCLOSED - PLEASE PAY BY 30 JUNE",
    ],
    "amber": [
        "Amber teething necklaces are not advised, the health visitor reminded the mother.",
        "Met Office amber warning for snow: home visits were rescheduled.",
        "CPOMS rating: AMBER - monitor and review in two weeks.",
        "Amber: the youth offending team's rating for risk to others.",
        "Risk to children: amber, reviewed at each supervision.",
        "Amber liquid in an unlabelled bottle was found in the baby's changing bag.",
    ],
    "sky": [
        "Sky Q box, large television and games console seen in the lounge.",
        "Blue-sky thinking was what the partnership needed, the independent scrutineer wrote.",
        "The sky was already light when the fire crew left.",
        "Rent had gone sky-high since the new landlord took over.",
        "The child drew a rainbow and a sky full of birds at the end of the session.",
        "SKY SPORTS subscription listed among the debts in the financial statement.",
    ],
    "faith": [
        "Faith healer: the family took the boy to a man who claimed he could drive out spirits.",
        "In good faith, the nurse accepted the mother's explanation.",
        "Faith sector safeguarding lead invited to the strategy discussion.",
        "A leap of faith was asked of the carers when the placement was extended.",
        "The imam said the family's faith was a source of strength.",
        "FAITH / BELIEF: not recorded on the referral.",
    ],
    "holly": [
        "Holly wreath on the front door, curtains closed at 2pm.",
        "The scratches came from pushing through a holly hedge to get out of the garden.",
        "Holly Blue butterflies were the theme of the nursery's spring display.",
        "A sprig of holly had been taped to the prisoner's Christmas card.",
        "Scratches consistent with holly or bramble, per the paediatrician.",
        "HOLLY CLASS (Reception) - late collection list.",
    ],
    "ruby": [
        "A ruby wedding do at the social club ended with police being called.",
        "Ruby port and cider cans were in the recycling at the visit.",
        "'We had a ruby on Friday,' the father said, meaning a curry.",
        "The gums were ruby red and bleeding, the dentist noted.",
        "Ruby-coloured stains on the cot sheet were sent for testing.",
        "RUBY ANNIVERSARY card on the mantelpiece, dated last month.",
    ],
    "daisy": [
        "Oops-a-daisy, the nursery worker said as the toddler fell.",
        "Daisy Suite at the contact centre booked for two hours on Saturday.",
        "The toddler came in fresh as a daisy despite the mother's account of a bad night.",
        "A daisy-chain crown made at the allotment was kept in the boy's memory box.",
        "The child picked a daisy on the walk and gave it to the key person.",
        "DAISY CLASS REGISTER - absences marked in red.",
    ],
    "summer": [
        "Summer Reading Challenge certificate on the fridge at the home visit.",
        "Summer holidays: no contact from the family for six weeks.",
        "An Indian summer meant the boys were out on the estate until late.",
        "Summer school at the pupil referral unit was offered but not taken up.",
        "The prisoner is due for release in the summer.",
        "SUMMER TERM - ATTENDANCE 71%",
    ],
    "joy": [
        "Tried the mother's number twice, no joy.",
        "Joy was short-lived: the tenancy failed within a month.",
        "The boy's joy at his reparation certificate was obvious.",
        "Ode to Joy was played at the Year 6 leavers' assembly.",
        "Some joy came from the allotment sessions, the youth worker wrote.",
        "Still no joy with the housing application, per the voicemail.",
    ],
    "dawn": [
        "Dawn chorus at the campsite woke the children, the mother said.",
        "Crack of dawn visit by police with a warrant; the children were asleep.",
        "Released from custody at dawn, the boy walked home alone.",
        "Dawn broke before the crew left the scene.",
        "The section 136 detention ended at dawn with no bed available.",
        "Curfew hours run from dusk until dawn under the licence.",
    ],
    "ivy": [
        "An Ivy League scholarship was the girl's dream, her tutor wrote.",
        "Ivy covered the bedroom window, so the room was dark all day.",
        "Fire crew cut back ivy to reach the first-floor window.",
        "Ivy-clad cottage: no central heating, one working socket.",
        "The boy climbed the ivy to get back in after curfew.",
        "IVY ROOM (contact centre) booked for Saturday.",
    ],
    "jack": [
        "The family's Jack Russell bit the toddler on the cheek.",
        "A jack-in-the-box was the only toy in the bedroom.",
        "The boys had jacked a moped, the police said.",
        "Union Jack bunting was still up from the street party.",
        "Jacked up on cocaine, the partner kicked the door in, the neighbour said.",
        "JACK RUSSELL TERRIER - not microchipped (dog warden note).",
    ],
    "robert": [
        "Robbery: the boy was charged with taking a younger pupil's phone by force.",
        "The older boys made him rob a phone shop to pay off the debt.",
        "Daylight robbery, the grandmother called the rent.",
        "Custody record: arrested on suspicion of robbery, aged 14.",
        "Robbed of his bike on the way home, the boy stopped going to school.",
        "OOCD panel: a robbery charge cannot be dealt with by a caution, the sergeant said.",
    ],
    "frank": [
        "The letter was franked on 3 March but not delivered until the 10th.",
        "Frank discussion with the partner about the licence conditions.",
        "The boy carried the frankincense in the school nativity.",
        "To be frank, the AMHP wrote, there was no bed anywhere in the region.",
        "The mother was frank with the panel about her use of cannabis.",
        "FRANK AND OPEN DISCUSSION RECORDED (see case note).",
    ],
    "miles": [
        "Miles claimed: 46 (return), for the home visit to the refuge.",
        "The boy was often miles away in lessons, staring at the window.",
        "The prison is 110 miles from the family home.",
        "Tagged at 21:00, but the GPS put the boy two miles from home.",
        "Miles better, the mother said of the new flat.",
        "MILES TRAVELLED: 32",
    ],
    "dean": [
        "The Dean of Students rang the sixth form about the girl's absence.",
        "Rural dean: the parish had no safeguarding officer, so the matter went to him directly.",
        "A letter from the dean's office confirmed the student's withdrawal.",
        "The area dean visited the family after the funeral.",
        "The college dean agreed a reduced timetable for the young mother.",
        "DEAN OF STUDENT WELLBEING - copied for information",
    ],
    "marsh": [
        "Salt marsh behind the caravan park floods at high tide.",
        "Marsh harriers were the topic of the boy's Forest School project.",
        "The boy's tag showed him on the marsh at 02:00.",
        "Marshmallows and hot chocolate were used to engage the girls at the youth club.",
        "Fire crews attended a grass fire on the marsh started by teenagers.",
        "MARSH GROUND - NO ACCESS AFTER DARK (council sign)",
    ],
    "hill": [
        "Hill start: the driving lesson was cancelled after the boy turned up drunk.",
        "The flat is up a steep hill, and the mother could not manage the pram.",
        "Hill fort walk with the Forest School group was the boy's favourite session.",
        "The ambulance could not get up the hill because of the ice.",
        "The tent was pitched on a hill above the town, out of sight of the road.",
        "HILL WALKING TRIP - CONSENT REQUIRED BY FRIDAY",
    ],
    "wood": [
        "Touch wood, the mother said, things are calmer at home.",
        "Nobody could see the wood for the trees, the independent chair said of the chronology.",
        "Not out of the woods yet, the ward sister said at handover.",
        "Wood pallets were stacked against the only fire exit.",
        "The boy's tag put him in the wood behind the retail park at midnight.",
        "WOOD BURNER - NO GUARD FITTED",
    ],
    "stone": [
        "The baby felt stone cold when the crew arrived.",
        "Leave no stone unturned, the manager wrote, and then closed the case a week later.",
        "Stone Age topic homework was never handed in.",
        "Gained a stone since placement, per the foster carer.",
        "A stone was thrown through the window of the flat in the early hours.",
        "STONE STEPS - TRIP HAZARD (fire service note)",
    ],
    "bell": [
        "Bell's palsy was diagnosed in the mother, which explained her flat expression.",
        "Alarm bells should have rung when the third injury was reported.",
        "Bell rang at 15:15; no one collected the girl.",
        "The call bell in the custody cell was pressed four times in an hour.",
        "The boy rang the bell at the youth club and ran off.",
        "BELL NOT WORKING - PLEASE KNOCK",
    ],
    "brown": [
        "Brown Owl noticed the bruising at the Thursday pack meeting and told the unit leader.",
        "Mrs Brown's Boys was on the television throughout the visit.",
        "Brown bread and jam was all the child had eaten that day.",
        "Hash browns and chips were the only food in the freezer.",
        "The crew noted brown, foul-smelling discharge from the nappy area.",
        "BROWN ENVELOPE - COURT PAPERS - UNOPENED",
    ],
    "green": [
        "The Green Man was where the father drank on Fridays.",
        "Green with envy, the older sister had cut up the baby's clothes.",
        "Green Flag recovery was called when the car broke down with the children in it.",
        "A green bin bag of clothes was all the boy brought to the foster home.",
        "Greenhouse glass had been broken and left on the lawn where the toddler played.",
        "GREEN WASTE BIN USED AS A STEP TO CLIMB THE FENCE",
    ],
    "lamb": [
        "Lamb of God was the hymn chosen for the funeral.",
        "Like a lamb, the boy went with the officers without a word.",
        "Lamb chops, potatoes and peas: a proper Sunday dinner, the carer wrote.",
        "The family worked on a farm during lambing.",
        "The baby's comforter, a knitted lamb, went with her into foster care.",
        "Fridge: lamb mince two weeks out of date, milk sour.",
    ],
    "fox": [
        "The foster carer read Fantastic Mr Fox to the boy every night.",
        "The Fox and Hounds is the pub where the mother works evenings.",
        "A fox had got into the bin store, and rubbish was strewn across the stairwell.",
        "Foxes screaming at night frightened the children, the mother said.",
        "The child's drawing was of a fox with a broken leg.",
        "Query fox bite to the left hand, ED triage note; the mother's account changed later.",
    ],
    "banks": [
        "Baby banks supplied a cot, a pram and a steriliser.",
        "Food banks in the town had issued the family nine vouchers in a year.",
        "Canal banks are where the boys were seen dealing.",
        "Two banks had frozen the partner's accounts under a restraint order.",
        "BANKS / BUILDING SOCIETIES CHECKED - NIL",
        "Clothing banks behind the supermarket were where the mother found school uniform.",
    ],
}

TWENTYEIGHTH_UNLISTED = [
    "Offender manager {U} visited the address on 12/03 with a police colleague.",
    "The prisoner's cellmate, {U}, passed messages on to the family.",
    "Crew: {U} (paramedic) and a student.",
    "The landlord, {U}, served a section 21 notice in March.",
    "Dr {U}, the forensic medical examiner, examined the boy in custody.",
    "FGC coordinator {U} met the family twice before the conference.",
    "Mrs {U}, the foster carer, kept a detailed daily log.",
    "The family were placed in a hotel in {T} for eleven weeks.",
    "HMP {T} holds the father on remand.",
    "The boy was found in a flat in {T} with two older men.",
    "{U} rang the crisis line on the family's behalf.",
    "Appropriate adult: {U}, a volunteer from the scheme.",
    "The youth panel was chaired by {U}, a community volunteer.",
    "St {U}'s church hall hosts the food cupboard on Tuesdays.",
    "{T} Magistrates' Court remanded the partner in custody.",
    "The madrasa teacher, {U}, raised the first concern.",
    "AMHP {U} completed the assessment with two doctors.",
    "Housing officer {U} left the post in the autumn, and the case was not reallocated.",
    "The interpreter, {U}, was related to the partner, which nobody checked.",
    "Crew manager {U} made the safeguarding referral after the fire.",
    "Letters were sent c/o {U} at an address in {T}.",
    "[04/02/2024, 23:20:11] {U}: tell her to stop grassing",
    "Visiting order issued to {U}, a friend of the prisoner.",
    "The supervising social worker, {U}, had forty households on the list.",
    "The boy said that {U} gave him the burner phone.",
    "Prayers this week for {U} and family.",
    "Dr {U} (consultant psychiatrist) recommended admission under section 2.",
    "Victim liaison officer {U} wrote to the family about the release date.",
    "The family moved from {T} to a refuge out of area.",
    "Signed ............ {U} ............ (witness)",
    "Mrs {U} from the church drove the mother to the hospital.",
]
