"""Twenty-fifth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the tests, the benchmark's results or its
README, or any other sentence family file beyond the twenty-first's, twenty-second's,
twenty-third's and twenty-fourth's headers (their first 45 lines, with the sizes of their exports
counted, not their text); only the corpus generator (bench/publish/corpus.py) was read in full,
for the format and the way ordinary spans are found; run_bench.py was read only as far as its
module docstring and the import lines straight after it, and pyproject.toml only around its
ruff settings (a grep that also showed the neighbouring dev dependency and mypy lines).
No real person or case is represented: every name of the case is filled in by the
generator, and the forms, services, meetings, houses, pubs, operations and agencies described
are generic or invented; the brands, books, places, eponyms and bills mentioned are public ones,
there only for the words they contain.

Styles. Person entries put the name in record genres the twenty-first to twenty-fourth families
did not list: coroners' inquests (a Record of Inquest box, "THE CORONER:", counsel's questions,
a Regulation 28 report, interested persons, an adjournment notice, sentencing remarks "R v {P}");
MARAC, MAPPA and the disclosure schemes (a MARAC line with its reference, IDVA updates, "Safe
times to call {P}", Right to Ask under Clare's Law, the child sex offender disclosure scheme);
LADO and allegations against staff (an allegation management meeting, the harm test, outcome
options in a row); complaints and their aftermath (statutory Stage 1 to 3 letters, the
Ombudsman's "Mrs X" convention with the real name leaking beside it, an MP's caseworker, a
member enquiry, press office lines to take, a subject access bundle with block-character
redactions either side of the name, a redaction schedule, an FOI neither-confirm-nor-deny);
schools' statutory letters (a suspension notice, a governors' panel, children missing
education, elective home education, an admission appeal, a term-time penalty notice, a managed
move, a part-time timetable, a Fair Access Panel, an alternative provision register);
exploitation and intelligence (NRM referrals and Reasonable/Conclusive Grounds decisions, a
3x5x2 grading, cuckooing, a screening tool score, contextual safeguarding, an Independent Child
Trafficking Guardian, a Child Rescue Alert); health corners not used before (a skeletal survey
report, a toxicology specimen label, supervised consumption at the pharmacy, a Spotting the
Signs proforma, dental and audiology "was not brought", "Baby of {P}" on a labour ward board);
private family law (a C100, a Cafcass safeguarding letter, an FL401 non-molestation order,
Practice Direction 12J, a schedule of allegations, a MIAM exemption, a prohibited steps order);
speech-recognition dictation left unedited (spoken "comma", "full stop", "open bracket", "new
paragraph" around the name); video-meeting system lines and transcripts ("{P} joined the
meeting.", "{P} (Unverified) is in the lobby.", "Recording started by {P}.", a transcript
speaker label with a time code, live captions, a rename request, an @-mention, pronouns after a
signature name "(she/her)", "Sent from my iPhone"), calendar titles and "Accepted:" replies;
PDF-to-text damage in a published report (a running footer dropped into the middle of a
sentence between the name and its verb, footnote numbers glued to the name in digits and in
superscript, two columns interleaved line by line, fi and fl ligatures, justified double
spaces, a page number after a run of spaces, a figure caption and a symbol key); data exports
(CSV rows with quoted and doubled-quote cells, a pretty-printed JSON line with no braces, XML
from a statutory return, HTML table cells, "&nbsp;" glued to the name, Markdown bold, an
unmerged mail-merge field "«Salutation»" before the name, a census validation error, a
spreadsheet HYPERLINK formula, an audit log line); fire service Safe and Well visits, Universal
Credit journal messages, homelessness section 184 decisions, food bank vouchers, temporary
accommodation and Discretionary Housing Payments. The hardest person slots are those where a
word-name reads as the ordinary word or as part of an ordinary phrase: the name used
attributively ("The {P} referral was screened", "The {P} file was closed"), and before or after
words that belong to the ordinary sense ("{P} has really blossomed", "{P} springs to mind",
"{P} was overdue for the 12-month boosters", "{P} has settled well", "{P} was passed between
relatives", "{P} was put on hold", "{P} dashed into the road", "{P} chimed in", "{P} appeared
stoned", "{P} was foxed by the online form", "{P} has jacked in the college course", "{P} is
miles behind", "{P} marshalled the younger ones", "{P} burst into the office", "{P} covered for
the mother", "At first light {P} was found", "No {P} at the window", "given up on {P}",
"pinned everything on {P}").
Ordinary entries put each word-name in the same genres, about half at the start of a sentence or
capitalised inside one where it reads like a name: house, home and farm names ("Rose Cottage",
"Hope House", "Holly Lodge", "Ivy House Farm", "Hill Top", "Marsh Farm"), pubs ("The Rose and
Crown", "The Bell", "The Green Man", "The Lamb and Flag", "The Fox and Hounds"), a title before
the word ("Dr Brown's anti-colic bottles", "Fantastic Mr Fox", "St Mark's"), eponyms and brands
("Bell's palsy", "Jack Daniel's", "Marks & Spencer", "Sky Q", "Joy-Con", "Jack Frost"), places
("Forest of Dean", "Wood Green"), police slang and codenames ("The Old Bill", "Operation Ivy",
"'Brown and white'"), a parliamentary bill's title ending in "Bill", "Child Rescue Alert
(formerly known as an Amber Alert)", "The Green Book", "Dean and Chapter", "Ruby house", "Daisy
Room"; idioms ("no joy", "Any joy", "fall from grace", "saving grace", "alarm bells", "miles
better", "a stepping stone", "Stonewalled", "not out of the woods", "like a lamb", "king of the
hill", "in good faith", "a question mark", "the court rose"); everyday uses in the new genres
(an amber teething necklace, extension leads daisy-chained, bilious green vomit, a weight in
stone, a "Will writing service", a living will, "free will" in an NRM decision, "Franking",
"Robbery (personal)", "Summer-born"); and formatting damage around the word (a PDF hyphen break
"Hope-" at a line end, dictation with spoken punctuation, CSV and HTML cells, capitals).
"""

from __future__ import annotations

TWENTYFIFTH_PERSON_SENTENCES = [
    # Coroners' inquests and criminal courts.
    "Record of an inquest. Name of the deceased (if known): {P}.",
    "THE CORONER: I am going to call {P} next, and we will take it slowly.",
    "Q. (Counsel to the inquest) And that was the last time you saw {P}? A. Yes.",
    "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS. The circumstances of the death of {P} "
    "are set out in section 4.",
    "The coroner's officer took a statement from {P} on the ward at 03:10.",
    "The baby died while co-sleeping on a sofa with {P}, who had been drinking, the inquest found.",
    "{P} gave evidence from behind a screen, and the press were asked not to report the address.",
    "Interested persons: the local authority, the NHS trust, {P} (represented), and the police.",
    "Notice of adjournment: the inquest touching the death of {P} is adjourned to 14 January.",
    "The jury were told that {P} had rung 111 twice that evening.",
    "Sentencing remarks, R v {P}: the judge said the injuries were caused in temper.",
    # MARAC, MAPPA and the disclosure schemes.
    "MARAC 0412/24 \u2013 Victim: {P}; DASH 16/27; repeat (third referral in 12 months).",
    "IDVA update: {P} has moved to a refuge out of area and has asked that the new address is "
    "not minuted.",
    "Actions: Police to flag the address; Housing to fit a sanctuary scheme; IDVA to contact "
    "{P} by safe number only.",
    "Right to Ask: an application under the Domestic Violence Disclosure Scheme was made by {P} "
    "at the front counter.",
    "Disclosure was made to {P} in person, with the IDVA present, and a safety plan was agreed.",
    "MAPPA Level 2: {P} was discussed as a potential victim, not as an offender.",
    "Child Sex Offender Disclosure Scheme: the enquiry made by {P} about the new lodger was "
    "progressed.",
    "Risk to known adult ({P}): HIGH. Risk to children in the household: HIGH.",
    "The perpetrator knows that {P} attended, so the minutes are not to be shared with him.",
    "Safe times to call {P}: weekday mornings after 9:30, never at weekends.",
    # LADO and allegations against staff.
    "LADO referral: allegation that a supply teacher grabbed {P} by the wrist during PE.",
    "Allegation management meeting (AMM 1): the allegation concerning {P} was found to be "
    "substantiated.",
    "Outcome: substantiated / unsubstantiated / false / malicious / unfounded \u2013 {P}: "
    "unfounded.",
    "The foster carer was asked not to transport {P} alone until the LADO enquiry concluded.",
    "Position of trust: the youth worker had been messaging {P} late at night.",
    "Harm test met: yes (behaved in a way that has harmed, or may have harmed, {P}).",
    "The head teacher was told not to question {P} further or inform the member of staff.",
    # Complaints, the Ombudsman, members, the press office, SAR and FOI.
    "Stage 2 investigation: the Independent Person met {P} at the library, at the "
    "complainant's request.",
    "Complaint point 4: that the social worker discussed {P} with a neighbour. Finding: not "
    "upheld.",
    "The Ombudsman refers to the complainant as Mrs X and to her son as Y; {P} is not named in "
    "the final decision.",
    "We are sorry that {P} waited eleven weeks for a response. This was fault, and it caused "
    "injustice.",
    "Dear {P}, Thank you for your email of 3 June, which we have treated as a Stage 1 complaint.",
    "Yours sincerely\n{P}\nComplaints and Customer Feedback Officer",
    "MP enquiry (constituency caseworker) on behalf of {P}: why has the assessment taken so long?",
    "Member enquiry: the councillor asked for an update on {P}; only public information was "
    "shared.",
    "Lines to take (press office): We cannot comment on individual cases, including that of {P}.",
    "Reactive only. If asked whether {P} was known to children's services, say that the "
    "council is reviewing its involvement.",
    "SAR disclosure, page 214: \u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588 told the worker "
    "that {P} \u2588\u2588\u2588\u2588 at the time.",
    "Redaction schedule, item 37: third-party name withheld (s.40(2) FOIA); {P} released as the "
    "requester's own data.",
    "FOI 2025/0618: the council neither confirms nor denies that it holds information about {P}.",
    "[REDACTED \u2013 3rd party] and {P} were at the flat when the worker called [REDACTED].",
    # Schools' statutory letters and registers.
    "Suspension notice: {P} has been suspended for 3 school days (Mon 9 \u2013 Wed 11 Dec) for "
    "persistent disruptive behaviour.",
    "Governors' panel: the decision to permanently exclude {P} was upheld, and the parent was "
    "told of the right to an independent review.",
    "Children Missing Education: {P} taken off roll under regulation 9(1)(h); no forwarding "
    "school known.",
    "EHE notification: {P} is now electively home educated; the parent declined a home visit.",
    "Admission appeal, Panel B: the clerk read out the grounds, which said {P} would be bullied "
    "at the catchment school.",
    "Penalty notice (unauthorised holiday in term time) issued for {P}: \u00a380 if paid within "
    "21 days.",
    "Managed move: {P} to start at the receiving school on a six-week trial.",
    "Part-time timetable: {P} attends 09:00\u201311:30 only, reviewed fortnightly, end date not "
    "set.",
    "Fair Access Panel: {P} allocated to the academy; the trust objected on capacity grounds.",
    "AP register \u2013 {P} \u2013 day 2 of 5 \u2013 did not arrive; taxi driver reports nobody "
    "at the address.",
    # Exploitation, the NRM and police intelligence.
    "NRM referral submitted by the first responder; {P} was told that a child's referral does "
    "not need consent.",
    "Reasonable Grounds decision (positive) received for {P} within five working days.",
    "Conclusive Grounds: the Single Competent Authority found {P} to be a victim of criminal "
    "exploitation (county lines).",
    "Intelligence report graded 3/B/2: {P} is running a line out of a cuckooed flat on the estate.",
    "Sanitised intelligence (B2): {P} seen getting into a grey Audi outside the school gates.",
    "Cuckooing: {P} was found at the flat of a vulnerable adult, with \u00a3340 in cash and two "
    "phones.",
    "Exploitation screening tool completed for {P}: 7 of 12 indicators present, including "
    "unexplained gifts.",
    "The park, the chicken shop and the bus station were mapped as places where {P} is at risk.",
    "Independent Child Trafficking Guardian allocated to {P} on 4 April.",
    "Child Rescue Alert issued for {P}, last seen in school uniform near the retail park.",
    # Health corners.
    "Skeletal survey ({P}): classic metaphyseal lesion, distal left femur; follow-up views in "
    "11\u201314 days advised.",
    "Specimen label: URINE TOX SCREEN / {P} / ward 7 / collected 02:40",
    "Pharmacy: {P} did not attend for supervised consumption three days running; prescriber "
    "informed.",
    "Spotting the Signs proforma: {P} \u2013 Fraser competent, older partner (age gap 6 "
    "years), referral made.",
    "Dental: {P} seen with multiple carious teeth and was not brought to two earlier appointments.",
    "Labour ward board: Baby of {P}, born 04:12, skin-to-skin, on the pre-birth plan.",
    "Pre-birth assessment: {P} is 24 weeks pregnant and has not yet booked with a midwife.",
    "Audiology: {P} was not brought for the second time; discharged back to the GP per policy.",
    "Discharge summary: {P} discharged home with the father, not with the mother as planned.",
    "Child protection medical: {P} was examined in the presence of the foster carer.",
    "Immunisation catch-up clinic: {P} was overdue for the 12-month boosters.",
    # Private family law.
    "C100 application: the applicant seeks a child arrangements order for {P} to live with her.",
    "Cafcass safeguarding letter: police checks on {P} returned two call-outs for domestic abuse.",
    "FL401 non-molestation order: the respondent must not contact {P} directly or through any "
    "other person.",
    "Practice Direction 12J: the court must consider whether {P} has been harmed by domestic "
    "abuse.",
    "Section 7 report: the Family Court Adviser spoke to {P} at school, without either parent "
    "present.",
    "Schedule of allegations, item 3: that the respondent pushed {P} down the stairs (denied).",
    "Fact-finding: the judge preferred the evidence of {P} on each allegation.",
    "Power of arrest attached; a copy was served on {P} at the police station at 17:20.",
    "MIAM exemption claimed because {P} had been a victim of domestic abuse.",
    "A prohibited steps order prevents the removal of {P} from the jurisdiction.",
    # Dictation left unedited; video meetings; calendars; phone sign-offs.
    "Dictated note seen {P} comma accompanied by mum full stop new paragraph no concerns raised "
    "full stop",
    "[Dictation, not checked] Spoke to {P} open bracket mother's partner close bracket who said "
    "the baby was fine.",
    "{P} joined the meeting.",
    "{P} (Unverified) is in the lobby.",
    "Recording started by {P}. Transcription has started.",
    "Transcript\n{P}   0:03:47\nSorry, can you hear me? I'm on the bus.",
    "Meeting chat: {P} reacted with a thumbs-up to 'Can we end at 11?'",
    "Live captions \u2013 {P}: I don't want to talk about it with him in the room.",
    "{P} left the meeting at 10:52; the chair continued without the family present.",
    "The participant showing as iPad (2) was asked to rename to {P}.",
    "@{P} can you pick this up today? The duty inbox is full.",
    "Kind regards, {P} (she/her) | Family Support Worker | Mon\u2013Wed",
    "Calendar: CP REVIEW CONF \u2013 {P} \u2013 Rm 2.14 / Teams \u2013 10:00\u201311:30 (Private)",
    "Accepted: Core group for {P}",
    "Sent from my iPhone, sorry for typos \u2013 {P} not seen today, will try tomorrow.",
    # PDF-to-text damage in a published report.
    "the decision to close the case was made before {P}\nOFFICIAL-SENSITIVE        Page 14 of "
    "38\nhad been seen by anyone.",
    "{P}\u00b9\u2074 was not seen alone at any of the six visits.",
    "As paragraph 4.7 notes, {P}23 was never asked about the bruising.",
    "The health visitor recorded that      Agencies did not share the\n{P} was thriving and "
    "that the        referral until the following week.",
    "The o\ufb03cer's notes con\ufb01rm that {P} was \ufb01rst seen at the \ufb02at at 22:10.",
    "the  review  panel  agreed  that  {P}  should  have  been  seen  alone.",
    "Child Safeguarding Practice Review: {P}                                 27",
    "Figure 2: Timeline of agency contact with {P}, 2023\u20132025 (source: merged chronology).",
    "Key: \u25cf = face-to-face contact with {P}; \u25cb = telephone; \u2715 = no access.",
    "Subject child:\u00a0{P}\u00a0\u00a0(date of birth withheld)",
    # Data exports.
    '4417,"{P}",CIN,2024-03-11,,"S47 - substantiated"',
    '"Worker note: ""{P} says she is fine"" - not seen alone",2025-01-09,closed',
    '    "forename": "{P}", "legalStatus": "C2", "placementType": "U4",',
    "<LAchildID>C00417</LAchildID><PersonName>{P}</PersonName>",
    '<td class="name">{P}</td><td>Section 47</td><td>Open</td>',
    "Seen&nbsp;{P}&nbsp;at school &ndash; no concerns.",
    "**{P}** \u2013 not brought to the appointment (see *Was Not Brought policy*).",
    "Dear \u00abSalutation\u00bb {P}, we are writing about your child's attendance.",
    "CIN census validation error 8525: {P} \u2013 UPN missing or invalid.",
    "903 return, episode 3: {P}, reason for new episode P (placement change), legal status C2.",
    '=HYPERLINK("https://case.example.org/p/4417","{P}")',
    "2025-03-11T09:14:07Z INFO audit: record of {P} viewed by user tk4471 (reason: none given)",
    # Fire service, benefits, homelessness, food banks.
    "Safe and Well visit: smoke alarm fitted in the hallway; {P} smokes in bed, advice given.",
    "Fire service referral: clutter image rating 7; {P} sleeps in a chair in the front room.",
    "Universal Credit journal: {P} reported a change of circumstances (child left the household).",
    "UC journal message to {P}: your claimant commitment has been updated, please accept it by "
    "11 March.",
    "Section 184 decision: the council is satisfied that {P} is homeless, eligible and in "
    "priority need.",
    "Food bank voucher issued to {P} (household of 4), the third voucher in six months.",
    "Temporary accommodation booking: {P} and two children, one room, shared kitchen, 48 hours "
    "only.",
    "Discretionary Housing Payment awarded to {P} for 13 weeks.",
    # Slots where a word-name reads as the ordinary word or phrase.
    "The {P} referral was screened at 10:02 and passed to the assessment team.",
    "The {P} file was closed on the system in error and reopened the next day.",
    "{P} has really blossomed since moving to the foster home.",
    "CLA review: {P} has settled well, and the carers report no concerns.",
    "{P} dashed into the road after the ball and was clipped by a van.",
    "{P} chimed in at the end of the meeting to say the partner was back.",
    "{P} appeared stoned, slurring and giggling at the start of the session.",
    "{P} was foxed by the online form and gave up halfway through.",
    "{P} has jacked in the college course and is sofa-surfing.",
    "{P} is miles behind peers in reading, the SENCO said.",
    "Staff had all but given up on {P} by the spring.",
    "The family pinned everything on {P} getting the flat.",
    "{P} was passed between relatives for most of that year.",
    "{P} was put on hold by the call handler for nine minutes.",
    "{P} marshalled the younger ones into the bedroom when the shouting started.",
    "{P} was flat and wooden in the interview, with little eye contact.",
    "{P} broke down in tears when the decision was read out.",
    "No answer. No {P} at the window either, though the television was on.",
    "At first light {P} was found asleep in the stairwell.",
    "{P} springs to mind as the child most affected, the head teacher said.",
    "{P} covered for the mother when the school rang.",
    "{P} burst into the office shouting that the children had been taken.",
]

TWENTYFIFTH_ORDINARY = {
    "hope": [
        "Hope House, the children's hospice, offered the family a bereavement worker.",
        "THE CORONER: I hope nobody in this room has to sit through another inquest like it.",
        "Hope-\nfully the new worker can visit on Monday, the mother wrote.",
        "Dictated note mother says she has no hope full stop new paragraph",
        "We hope this letter goes some way towards putting things right.",
    ],
    "grace": [
        "Grace periods under the breathing space scheme paused the enforcement action.",
        "The head teacher's fall from grace followed the LADO investigation.",
        "Saving grace: the grandmother, who lived two doors away and saw the children daily.",
        "<td>Grace period</td><td>28 days</td><td>Rent arrears</td>",
        "With good grace, the father left the courtroom while the child's wishes were read.",
    ],
    "mark": [
        "Mark scheme: each indicator on the screening tool scores 1, and 6 or more triggers a "
        "strategy discussion.",
        "St Mark's Church of England Primary referred the family to the food bank.",
        "Radiology: a faint linear mark on the left femur was thought to be artefact.",
        "Marks & Spencer vouchers were given to the family by the school at Christmas.",
        "A question mark remained over who was caring for the baby at night.",
    ],
    "rose": [
        "The Rose and Crown was where the partner drank most afternoons, the MARAC research found.",
        "Rose Cottage, the address on the C100 form, turned out to be the grandmother's.",
        "Referrals to the front door rose by a third after the school holidays.",
        "The court rose at 16:10 and resumed the following morning.",
        "Rose-gold phone cases were among the gifts police linked to the older men.",
    ],
    "may": [
        "May Day bank holiday meant the rent office was closed on the Monday.",
        "Suspension: Mon 12 May \u2013 Wed 14 May (3 days); the pupil is not to be in a public "
        "place in school hours.",
        "The panel may uphold the decision, overturn it or ask the governors to reconsider.",
        "2025-05,May,71.4%,14 unauthorised sessions",
        "Things may have been different had the referral been sent, the coroner said.",
    ],
    "will": [
        "Will writing service details were given to the grandmother, who was dying.",
        "The report weighed the child's wishes and feelings, not the parents' will alone.",
        "Living will and lasting power of attorney papers were found in the flat.",
        "Dictated note we will review in four weeks full stop",
        "The decision found the boy had not acted of his own free will when carrying drugs.",
    ],
    "william": [
        "Will writing service details were given to the grandmother, who was dying.",
        "Dictated note we will review in four weeks full stop",
        "The Old Bill were round again last night, the neighbour told the fire crew.",
        "The Children's Wellbeing and Schools Bill was cited in the reply to the complaint.",
        "Itemised phone bill pages were exhibited in the fact-finding bundle.",
    ],
    "bill": [
        "The Old Bill were round again last night, the neighbour told the fire crew.",
        "The Children's Wellbeing and Schools Bill was cited in the reply to the complaint.",
        "Itemised phone bill pages were exhibited in the fact-finding bundle.",
        "Bill of costs: the legal aid certificate did not cover the fact-finding hearing.",
        "UC journal: your water bill can be paid direct from your award if you ask.",
    ],
    "amber": [
        "Child Rescue Alert (formerly known as an Amber Alert) was not issued, as the criteria "
        "were not met.",
        "An amber teething necklace was round the baby's neck, and the crew advised removing it.",
        "Amber: risk indicators present, but a safety plan is in place (screening tool key).",
        '<td class="rag">AMBER</td><td>Review in 4 weeks</td>',
        "The NRM referral was held at amber for three weeks while the police checks came back.",
    ],
    "sky": [
        "Sky Q box, two games consoles and a new phone were listed among the gifts.",
        "The Safe and Well crew noted a satellite dish for Sky hanging loose over the back door.",
        "Sky News broadcast the appeal before the police had told the school.",
        "The meeting transcript rendered 'SCIE guidance' as 'sky guidance' throughout.",
        "The roof of the multi-storey car park, open to the sky, was where the older boys met.",
    ],
    "faith": [
        "Faith leaders were invited to the MARAC when honour-based abuse was suspected.",
        "The Ombudsman accepted the council had acted in good faith but found fault in the delay.",
        "FAITH / RELIGION: not recorded (census field left blank).",
        "Faith school admission criteria required a baptism certificate, which the mother could "
        "not find.",
        "Breach of faith, the complainant said, was how the disclosure felt.",
    ],
    "holly": [
        "Holly Lodge, the residential unit, had three missing episodes that month.",
        "The crew cleared holly and dead leaves away from the back door, the only exit.",
        "A holly wreath with no card was left on the grave, and the family asked the police to "
        "look into it.",
        "The boy hid in the holly bushes behind the bus station until the police left.",
        "Dictated note the garden is overgrown comma holly and brambles to head height full stop",
    ],
    "ruby": [
        "The Ruby Room at the children's centre was booked for the family group conference.",
        "A ruby signet ring was among the jewellery the older men had given the girl.",
        "Ruby house (one of four school houses) gave the pupil a merit for attendance.",
        "A ruby pendant was reported stolen from the foster home, and the LADO was told.",
        "Ruby-coloured drops on the landing carpet were swabbed by the crime scene investigator.",
    ],
    "daisy": [
        "Extension leads were daisy-chained behind the sofa, and the fire officer replaced them.",
        "Daisy Room (ground floor) at the family centre is used for supervised handovers.",
        "The daisy chain of referrals, one agency to the next, meant nobody held the case.",
        "A single daisy drawn on the card was all the child added to the Stage 1 complaint.",
        "Daisy print wallpaper was peeling off the damp bedroom wall in strips.",
    ],
    "summer": [
        "Summer-born children can start school a year later, and the mother had asked for that.",
        "The Summer Term attendance figures were attached to the penalty notice.",
        "Over the summer holidays the boy was seen daily at the chicken shop with older men.",
        "Summer Fair, Saturday 21 June: the father turned up despite the non-molestation order.",
        "Indian summer weather meant the windows were open, and neighbours heard the shouting.",
    ],
    "joy": [
        "A broken Joy-Con and a smashed television were found after the row, police said.",
        "The boy was charged after a joyride in a stolen car ended in a crash.",
        "There was no joy from the housing provider, the support worker wrote.",
        "Any joy with the GP? the manager asked in the meeting chat.",
        "The Ombudsman's decision brought the father little joy, as it came too late.",
    ],
    "dawn": [
        "The inquest heard that the baby was found unresponsive just before dawn.",
        "The fire service attended at dawn to a smoke alarm activation; burnt food on the hob.",
        "Dawn Patrol, the street pastors' early round, found the boy asleep in a doorway.",
        "The 4 a.m. dawn start for the cleaning job meant the children got themselves to school.",
        "Dawn\nOFFICIAL-SENSITIVE        Page 9 of 38\nhad broken before anyone thought to ring "
        "the police.",
    ],
    "ivy": [
        "Ivy House Farm, where the father worked, had a caravan the boys slept in.",
        "Operation Ivy, the police operation against county lines, led to six arrests.",
        "Ivy had grown through the window frame, and the fire officer could not open it.",
        "The ivy-covered fence hid the garden from the road, so nobody saw the child.",
        "Dictated note the back wall is covered in ivy full stop no smoke alarm fitted full stop",
    ],
    "jack": [
        "A bottle of Jack Daniel's was on the table at the 9 a.m. visit.",
        "The car was up on a jack in the front garden, and the toddler was playing underneath.",
        "He had jacked in his apprenticeship after the older boys threatened him.",
        '"There\'s Jack Frost on the inside of my window," the child told the app.',
        "Bikes were jacked from outside the station, police said, and sold on.",
    ],
    "robert": [
        "Robbery (personal), victim aged 14: phone and coat taken at knifepoint.",
        "He was robbed of his phone by the older boys, which the decision treated as debt bondage.",
        "The girl said they would rob her if she did not carry the drugs.",
        "Street robbery figures for the ward were shared at the contextual safeguarding meeting.",
        "Charged with conspiracy to rob, the partner was remanded in custody.",
    ],
    "frank": [
        "Franking machine out of credit, so the Stage 2 letter went second class.",
        "A frank apology was offered in the Stage 3 panel's letter.",
        "The coroner was frank: this death was preventable.",
        "The IDVA had a frank conversation with the victim about going back.",
        "Frank exchanges in the meeting chat were later disclosed in the SAR.",
    ],
    "miles": [
        "The refuge was 180 miles away, and the mother could not afford the train to the inquest.",
        "Miles from home and with no phone, the boy was found in a trap house by police.",
        "The managed move school was 9 miles away; no transport was offered at first.",
        "Mileage claim: 46 miles, home visit and return.",
        "Miles better than last term, the SENCO said of the boy's reading.",
    ],
    "dean": [
        "The Forest of Dean was where the family had lived before the move, the SAR showed.",
        "The deanery's safeguarding adviser was told of the allegation against the youth leader.",
        "The area dean chaired the parish's safeguarding meeting.",
        "The university's Dean of Medicine confirmed the student had been suspended.",
        "Dean and Chapter agreed the family could use the cathedral close for contact.",
    ],
    "marsh": [
        "Marsh Farm, the address on the NRM referral, turned out to be a cannabis grow.",
        "The marsh behind the estate is where the older boys store drugs, intelligence suggests.",
        "Salt marsh at the estuary was searched by the coastguard and police dogs.",
        "The crew could not get the fire engine across the marsh to the caravan.",
        "Marsh ground flooded in the night, and the caravan family were moved to a hotel.",
    ],
    "hill": [
        "Hill Top, the children's home, reported the girl missing at 23:00.",
        "The fire crew parked on the hill and ran the hose down to the flat.",
        "Dictated note walked up the hill comma no answer at the door full stop",
        "King of the hill was the game the boys were playing on the scaffolding when he fell.",
        "Hill farms nearby took on the older boys for cash, the youth worker said.",
    ],
    "wood": [
        "The boy was found at a bus stop in Wood Green, far from home.",
        "The wood-burning stove had no guard, the fire officer noted.",
        "Woodchip wallpaper had been torn off the walls in the bedroom.",
        "Not out of the woods yet, the consultant said of the baby.",
        "Dictated note the stairs are bare wood comma no carpet comma no stair gate full stop",
    ],
    "stone": [
        "A stepping stone to independence, the supported lodging was called in the pathway plan.",
        "Stone Cross, the village where the grandmother lived, has no bus after 6 p.m.",
        "A stone was thrown through the window of the refuge, and the MARAC was reconvened.",
        "Weight: 6 stone 4 lb (parent-reported), not measured.",
        "Stonewalled by the landlord, the support worker escalated to environmental health.",
    ],
    "bell": [
        "Bell's palsy was diagnosed after the mother noticed one side of her face drooping.",
        "The door bell camera footage showed the partner arriving at 02:14.",
        "The Bell, the pub on the corner, was where the boy was given alcohol by older men.",
        "Alarm bells should have rung when the third bruise was reported, the review found.",
        "Dictated note rang the bell twice comma no answer full stop card left full stop",
    ],
    "brown": [
        "Dr Brown's anti-colic bottles were in the steriliser, and feeding was discussed.",
        "'Brown and white' in the messages means heroin and crack cocaine, the officer explained.",
        "The toxicology report described a brown powder in a cling-film wrap.",
        "The skin around the burn had turned brown and leathery, the paediatrician said.",
        "Brown, yellow and purple bruising of different ages was charted on the body map.",
    ],
    "green": [
        "The Green Book sets out the catch-up schedule for missed immunisations.",
        "The nurse said the baby's vomit was green, and an ambulance was called.",
        "The Green Man, a pub on the ring road, was named in the intelligence report.",
        "MARAC RAG rating: green, no further action.",
        "Greenhouse staging had been used for the cannabis grow in the back garden.",
    ],
    "lamb": [
        "The Lamb and Flag, a pub near the bus station, was where the girl was first approached.",
        "Lamb shanks were in the oven when the fire crew arrived, with nobody in the kitchen.",
        "The boy went like a lamb to the police car, the officer wrote.",
        "Lamb kebab wrappers littered the car, and the officer noted fast food given as gifts.",
        "Dictated note mum cooking lamb stew comma kitchen clean comma fridge stocked full stop",
    ],
    "fox": [
        "Fantastic Mr Fox was the book the boy chose for the reading assessment.",
        "Foxes had ripped open the black bags piled up on the balcony.",
        "A fox had got into the bin store, the housing officer said, and rubbish was everywhere.",
        "The father said the online C100 form had him completely foxed.",
        "The Fox and Hounds car park was where the handover was arranged under the order.",
    ],
    "banks": [
        "The canal banks under the ring road are a known exploitation hotspot.",
        "Banks, building societies and payday lenders were listed in the breathing space "
        "application.",
        "Banks of screens in the control room showed the girl leaving the station at 23:40.",
        "Baby banks supplied the cot, the pram and the steriliser.",
        "The children's piggy banks had been emptied by the partner.",
    ],
}

TWENTYFIFTH_UNLISTED = [
    "MARAC perpetrator: {U}; no fixed abode; last known in {T}.",
    "LADO: allegation against {U}, a teaching assistant at the school.",
    "Dr {U}, consultant radiologist, reported the skeletal survey.",
    "Mrs {U}, the Independent Person for the Stage 2 complaint, wrote the report.",
    "The Family Court Adviser, {U}, recommended a further section 7 report.",
    "Intelligence links the girl to {U}, believed to be running a line from {T}.",
    "THE CORONER: Thank you, {U}. You are released from your witness summons.",
    "{U} (Guest) joined the meeting.",
    '4418,"{U}",Not known,,{T},"associate"',
    "<PersonName>{U}</PersonName><Relationship>Unrelated adult</Relationship>",
    "The crew from {T} fire station attended after {U}, a neighbour, called 999.",
    "The food bank at St {U}'s church issued the voucher.",
    "The IDVA, {U}, went with the mother to court.",
    "Dictated by {U}, typed by admin, not checked.",
    "The respondent, {U}, did not attend the hearing and was not represented.",
    "Safe and Well visit completed by {U} (watch manager).",
    "Ombudsman investigator: {U}. Decision date: 14 August.",
    "The temporary accommodation was a hotel in {T}, some 40 minutes away by bus.",
    "{U} was named in the Clare's Law disclosure as having two previous victims.",
    "Transcript\n{U}   0:12:05\nI can only speak for the school.",
    "Sent from my iPhone \u2013 {U}, Senior Practitioner",
    "{U}, the pharmacist, raised the alarm about missed methadone doses.",
    "The requester's ex-partner, {U}, was redacted as a third party throughout the SAR bundle.",
    "The Reasonable Grounds decision was made by {U} at the Single Competent Authority.",
    "The managed move was to a secondary school in {T}.",
    "The admission appeal panel was chaired by {U}, an independent member.",
]
