"""Thirtieth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a
template, the word-names and ORDINARY keys, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its space, "bill" for William when
there is no "will ", and "rob" for Robert); the titles it expects before {U} ("Mrs", "St",
"Dr"), and how the twenty-ninth family's three exports are imported and wired into
SENTENCE_SETS. The first 45 lines (the headers) of the twenty-sixth, twenty-seventh,
twenty-eighth and twenty-ninth families, whose modules were imported only to count the sizes
and types of their exports (and that their ORDINARY dicts have the generator's keys and 198
sentences each); a grep for the lines assigning the export names in the twenty-ninth file
showed those three lines and their numbers and nothing else; pyproject.toml only around its
ruff settings (the grep's context also showed the neighbouring dev dependency, setuptools,
scripts, per-file ignores and mypy lines); and the file names in bench/publish. Importing the
families and corpus.py ran the code under src/ without its text being read. Nothing under
src/ or tests/, no README, no other part of any sentence family, no word list and no git
history was read, and the benchmark was not run. No real person, case, family, school or place
is represented: every name of the case is filled in by the generator's placeholders, and the
teams, homes, inboxes, files, charities, newspapers, podcasts and services described are
generic or invented; the schemes, forms, brands, hymn, idioms and public bodies named are
public ones, there only for the words they contain.

Styles. Person entries put the name in record genres and in ways of typing and copying text that
the twenty-sixth to twenty-ninth headers did not list. E-mail traffic: subject lines that pile
up "RE: FW:" and a protective marking, quoted replies with one or more ">" levels, an "On ...
wrote:" header whose sender is the name, Outlook header blocks pasted into a record, "Sent from
my iPhone", an out-of-office, a bounce message, a reply-all apology and an external-sender
caution. The debris a word processor leaves in a published document: a shared drive path and a
file name with the name inside it, tracked changes ("Deleted: {P} Inserted: the child"), margin
comments with bracketed initials of a role, running headers with a page count, document
properties, unfilled template fields and a mail-merge field left beside the name,
block-character redaction that stops just short of the name, and a version history line.
Dictation and speech recognition: spoken punctuation left in ("comma", "full stop", "new
paragraph", "open brackets"), "Dictated but not read", a typist's query, "[inaudible]". Scanned
and faxed paper run through OCR: "tbe", "horne", "Narne", "D0B", a fax header line, a received
stamp, words broken by stray spaces, "[illegible]" and handwritten margin notes. Text that has
passed through the wrong encoding or a web form: "didnâ€™t", "Â£", "&amp;", "&#39;", HTML tags
and table cells, a JSON-like field, comma- and semicolon-separated export rows, a spreadsheet
HYPERLINK formula, Teams markdown bold and strikethrough, non-breaking spaces. Interpreted and
translated speech: a telephone interpreter, a relative interpreting, a machine-translated letter
in stiff English, bilingual Welsh and English form labels. Published and secondary material: a
7-minute briefing, a charity annual report case study with "(Names changed.)", a training
vignette and an examination question, conference slides, a safeguarding partnership annual
report, a podcast transcript with time codes, a member of Parliament's caseworker and a
constituency speech, a police missing-person appeal and its update, a community social media
post, a webinar chat, a funeral notice, a fundraising page, a school newsletter and a hashtag. A
residential children's home: shift handover, a physical intervention record and its debrief, a
Regulation 44 visit, missing from care, a return interview, a consequences log, pocket money,
keywork, room searches, a visitor log, a placement plan. Specialist processes: LADO allegations
management, the Domestic Violence Disclosure Scheme (right to ask and disclosure), the child sex
offender disclosure scheme, a National Referral Mechanism referral, a child performance licence
and chaperone register, a child employment permit, elective home education and children missing
education, a subject access request and its disclosure schedule, complaints at stage 1 and 2 and
an Ombudsman finding, a record of inquest, CDOP and a Regulation 28 report, a DASH question and
score, FGM mandatory reporting, a SNOMED code on a GP record. Typing habits: missing spaces
after a full stop or before the name, doubled words, caps lock, "?" for uncertainty, "/" and "+"
and "->" between people, "w/", "c/o", "pls", "[sic]", "AKA", deed poll, a child's own letter in
its own spelling.
Ordinary entries put each word-name in the same genres and habits, as a label ("Faith:"), in
upper case ("MAY", "AMBER", "SUMMER TERM"), at the start of a sentence or a lower-case line,
inflected ("Robbery", "Billing", "Frankly", "dawned", "Brownie", "Marshland", "Greenhouse"), in
compounds ("Sky-blue", "Ruby-red", "daisy-chain", "Jackknifed"), in idioms ("no joy", "stone
cold", "good faith", "by the grace of God") and in a hymn title, each the first place its
letters occur in the sentence and with no other word-name beside it.
"""

THIRTIETH_PERSON_SENTENCES = [
    # E-mail traffic.
    "RE: FW: RE: {P} - strategy discussion today?? URGENT",
    "> > {P} was not in school again today, can someone from your team ring me back",
    "On Tue, 4 Mar 2025 at 09:14, {P} wrote:\n> can u ring me im not coping",
    "Hi all, just a quick one re {P} - the home visit is now 2pm not 10am. Thanks",
    "Apologies, I sent the last e-mail about {P} to the wrong locality team. Please delete it.",
    "Subject: [OFFICIAL-SENSITIVE] Re: {P} / transfer-in conference",
    "Thanks for this. I've cc'd the named nurse as she knows {P} well.",
    "I am out of the office until Monday. For anything about {P}, please ring the duty line.",
    "Your message to {P} couldn't be delivered. The recipient's mailbox is full.",
    "From: Front Door Team\nSent: 03 March 2025 16:47\nTo: Locality 4\nSubject: {P}",
    "Sent from my iPhone\n\n> On 12 Jun 2024, at 18:02, the school office wrote:\n> {P} is here",
    "Reply all - sorry, meant for the team only. Please ignore my comments on {P} below.",
    "CAUTION: external sender. Do not open attachments unless you know the sender. Re {P}.",
    "Dear colleagues,\nI am writing to confirm that {P} has now moved out of the area.",
    ">>> Has anyone heard from {P} since Friday?\n>> No\n> No, sorry",
    "To: {P} (mother)   cc: school, GP, HV (pls forward)",
    # Word-processor debris in published documents.
    "S:\\Childrens\\Safeguarding\\Open cases\\{P}\\Case notes 2024.docx",
    "Please see attached: Chronology_{P}_v3_FINAL (2).docx",
    "Deleted: {P} Inserted: the child",
    "Comment [SW1]: Is it {P} or the older sibling who disclosed? Check before this goes out.",
    "Formatted: Font: 11 pt, Not Bold\n{P} was seen at home on the Monday.",
    "OFFICIAL-SENSITIVE          Page 7 of 23          Child: {P}",
    "Re: [CHILD'S NAME] {P}, [DATE OF BIRTH] not known",
    "Document properties - Title: Assessment; Author: Locality 2; Subject: {P}",
    "Dear «Title» {P}, your appointment has been rearranged.",
    "████████ and {P} were both present at the meeting.",
    "Version history: v0.3 amended by the team manager to add {P} to the children seen.",
    "Printed by business support 14/03/2025 11:02 - Chronology - {P} - CONFIDENTIAL",
    "Footer: created from template CP-07 (rev. 2019). Child ref. 12784 {P}",
    "Comment [IRO2]: {P} not invited to this review - why?",
    "Accept all changes? The name {P} is still in the header on pages 3 to 9.",
    # Dictation and speech recognition.
    "the social worker saw {P} at home comma who was in the bedroom full stop new paragraph",
    "Dictated but not read. {P} was seen in clinic with the mother.",
    "{P} [inaudible] said she didn't want to go back there.",
    "Typist's query: is it {P}? [spelling to be confirmed]",
    "open brackets {P} close brackets was also present",
    "{P} full stop the father declined to comment full stop",
    "New line. Plan colon. Review {P} in six weeks. Full stop.",
    "(voice note, poor line) — {P} — said to come back tomorrow",
    "Correction to previous entry: for 'the baby' read {P} throughout.",
    "speech recognition error: {P} seen in clinic today, wait 14 kilos, tummy soft",
    # Scanned, faxed and handwritten paper through OCR.
    "FAX FROM: MATERNITY UNIT   14/03/25 10:42   P.02/05\nRe: {P} - booking bloods declined",
    "Tbe health visitor saw {P} at horne on tbe 3rd.",
    "Narne of child: {P}   D0B: [illegible]",
    "{P} [handwritten in margin: ? same child as 2019 referral]",
    "[Stamp: RECEIVED 17 MAR 2025] {P} - section 7 report enclosed.",
    "Signature of parent/carer: [signed] {P}   Date: 1l/O3/25",
    "{P} ha s been ref erred to the paed iatric clinic.",
    "c/o {P}, Flat 2 (handwritten address, partly illegible)",
    "Tick as appropriate: [X] Attended  [ ] Not brought   Child: {P}",
    "I, {P}, confirm that the above information is correct (BLOCK CAPITALS PLEASE).",
    "Page 2 of the referral is missing from the scan; page 3 begins '...{P} told the teacher'",
    # Encoding and markup.
    "{P} didnâ€™t want to talk about it, the nurse said.",
    "Â£40 was given to {P} for the gas meter on Friday.",
    "Notes: {P} &amp; the baby seen together; mother said it&#39;s been hard.",
    "<p>Child seen: <b>{P}</b></p>",
    "<td>{P}</td><td>CP</td><td>Neglect</td><td>03/2025</td>",
    '"child_name": "{P}", "status": "open", "worker": "unallocated",',
    "{P}\u00a0\u00a0\u00a0(seen)",
    '"{P}","Y","N","",""',
    "{P};;CIN;2024-11-02;;;",
    '=HYPERLINK("\\\\server\\cases\\1234","{P}")',
    "**{P}** - seen, no concerns noted",
    "~~{P}~~ the older sibling attended, not the child",
    "{P}<br>Year 5<br>Pupil premium",
    # Interpreted and translated.
    "Through the interpreter (Romanian, by telephone), the mother said {P} is good girl.",
    "The word the mother used about {P} means 'little one', the interpreter explained.",
    "Machine-translated from Polish: 'I ask that {P} is returned to me, I am not guilty.'",
    'Translation of a note found in the bag: "{P} please forgive me, I come back soon."',
    "Enw'r plentyn / Child's name: {P}",
    "Dyddiad / Date: 04/03/2025   Plentyn / Child: {P}",
    "The father, with his brother interpreting (which should not happen), denied hitting {P}.",
    "[Interpreter]: She says {P} was with the aunt all weekend, she is sure.",
    "The letter about {P} was sent in English only, though the family read Tigrinya.",
    "A translation app on the worker's phone was used to tell {P} about the plan.",
    "The mother understood 'looked after' to mean that {P} would be taken away for ever.",
    # Published and secondary material.
    "7-minute briefing 4. Background: {P} was nine when the family moved into the area.",
    "What went well: the school nurse noticed {P} and acted the same day.",
    "Questions for your team: would you have asked {P} directly? What stops us?",
    "When {P} first came to our drop-in, she hadn't been to school for a year.\n(Names changed.)",
    '"Before the project I didn\'t have anyone," says {P}, now 17.',
    "Your donations help young people like {P} find a safe place to sleep.",
    "Case study (for training use only): {P}, aged 14, is reported missing for the fourth time.",
    "Question 3 (no more than 500 words): Critically evaluate the decision not to see {P} alone.",
    "Slide 12 - Think family:\n• {P}\n• the mother\n• the partner",
    "In one case, referred to here as {P}, the partnership found delays in sharing records.",
    "[00:14:32] HOST: And what did {P} say when you finally asked?",
    "I raise the case of my constituent {P}, whose family waited eleven months for an assessment.",
    "The caseworker for the member of Parliament wrote: we have been contacted by {P}.",
    "MISSING: Have you seen {P}? 14, slim build, grey tracksuit. Call 101 quoting log 0412.",
    "UPDATE: {P} has been found safe and well. Thank you for sharing.",
    "Police are concerned for the welfare of {P}, who was last seen on Thursday evening.",
    "anyone know {P}?? seen walking along the dual carriageway on her own at 11pm",
    "Shared from a community group: 'Thoughts with little {P} and the family x'",
    "Funeral notice: {P}, aged 2 years. Service at the crematorium, family flowers only.",
    "In loving memory of {P}, taken far too soon. Donations to the children's hospice.",
    "Help bring {P} home - fundraising page, £2,310 raised of £5,000",
    "Well done to {P} in Year 3, who read 100 books this term!",
    "Justice for {P} #NeverForget #ChildSafety",
    "Webinar chat: 'Is {P} a real case?' Host: 'A composite, details changed.'",
    # Residential children's home.
    "Shift handover 22:00: {P} settled in room by 21:40, door alarm on.",
    "Physical intervention record: {P} held (two-person seated hold) for 3 minutes.",
    "Debrief with {P} after the hold: said staff were 'out of order' but accepted it.",
    "Reg 44 visit: I spoke to {P}, who said the food has improved but the wifi is rubbish.",
    "Missing from care 23:15 - {P} left via the fire door. Police informed 23:45, ref 1187.",
    "Return interview offered to {P}; declined, 'not talking to no one'.",
    "Consequences log: {P} - loss of phone for one evening (damage to TV).",
    "Pocket money: {P} £12.50 signed for (see ledger).",
    "Keywork session with {P}: topic - healthy relationships. Engaged for 20 minutes.",
    "{P} in the lounge playing football games with night staff until 1am, refused to go to bed.",
    "Medication refused by {P} at 08:00 and 20:00; manager informed.",
    "Visitor log: aunt of {P}, 14:00 to 15:30, supervised.",
    "Room search (with the consent of {P}): lighter and two vapes removed.",
    "Placement plan: {P} to be supported to attend college three days per week.",
    "{P} & another YP went to the shop unsupervised, back within 30 mins.",
    "Staff worried {P} is being picked up by older males in cars; CSE screening done.",
    # Specialist processes.
    "LADO referral: allegation that a coach sent messages to {P} on social media.",
    "Outcome of allegation management meeting: unsubstantiated. School to tell {P}.",
    "Position of trust concern raised by {P}, a volunteer, about another volunteer.",
    "Right to ask (DVDS): application made by {P} about the new partner on 2 February.",
    "Disclosure made to {P} in person at the police station, with an IDVA present.",
    "Child sex offender disclosure scheme: {P} asked about a man visiting next door.",
    "NRM referral submitted for {P}; reasonable grounds decision received after 6 days.",
    "First responder form: {P} describes being made to sell cannabis in another town.",
    "Child performance licence granted for {P} (aged 10) for 12 performances of the pantomime.",
    "Chaperone register: {P} signed in at stage door 17:05, signed out 21:55.",
    "Licence refused: {P} had already missed 14 school days this term.",
    "Work permit (child employment): {P}, newspaper delivery, Saturdays 07:00 to 09:00.",
    "EHE: letter of deregistration received for {P}; first visit offered.",
    "Children missing education: {P} - whereabouts unknown, last known address closed.",
    "Subject access request from {P}: 412 pages disclosed, 63 withheld.",
    "Disclosure schedule, p. 88: redact the name of the referrer; leave {P} (the requester).",
    "Stage 2 complaint: {P} says the report contained untrue statements about her drinking.",
    "The Ombudsman found fault causing injustice to {P} and recommended a payment of £500.",
    "Complaint point 4 (not upheld): that the worker was rude to {P} on the telephone.",
    "Record of inquest: {P} died on 3 January at home. Medical cause of death: 1a unascertained.",
    "CDOP: modifiable factors identified in the death of {P} - unsafe sleeping arrangement.",
    "A Regulation 28 report was sent following the inquest touching the death of {P}.",
    "DASH Q9 - is {P} pregnant or has she had a baby in the last 18 months? Y",
    "DASH score 16/27 (high risk) - {P} referred to MARAC.",
    "FGM mandatory report: {P} (aged 15) disclosed that it was done when she was small.",
    "SNOMED code 'child is cause for concern' added to the GP record of {P}.",
    # Typing habits and mangled text.
    "{P}/mum/new bf all at address when HV called - cx v unsettled",
    "seen {P}.no concerns.NFA.",
    "HV spoke to{P} on the doorstep, baby not seen",
    "the the worker asked {P} if if she felt safe at home",
    "{P} WAS NOT SEEN. MUM SAID ASLEEP. (caps lock on, sorry)",
    "?{P} - or the cousin - answered the door, not sure which",
    "{P} + sibling -> nans for the wknd",
    "w/ {P} at the park, approx 40 mins, ok",
    "{P} (pls check spelling - records differ)",
    "{P} hasnt been in since wednesday, mum not answering, tryed twice",
    "{P} - ditto (as above)",
    "The letter was addressed to {P} [sic], though the child has a different surname.",
    "texts from mum that night: '{P}??' '{P} answer ur phone' '{P} pls'",
    "AKA {P} (per the school's records)",
    "Surname changed by deed poll; previously {P}.",
    "DOB queried; {P} says the 12th, the hospital says the 21st.",
    "dear judge i want to stay with {P} and my cat becos she is kind to me",
    "My three wishes: 1 a dog 2 my own room 3 for {P} to stop shouting",
    "wot i want the meeting to no: {P} is not alowed in my room",
    "{P},,, seen,,, fine (keyboard sticking)",
    "Seen: {P}. Not seen: the baby (asleep upstairs, per mother).",
]

THIRTIETH_ORDINARY = {
    "hope": [
        "RE: FW: hope this is the right inbox - referral attached, sorry for the delay",
        "Dictated but not read. There is little hope of saving the tenancy full stop",
        "Hope, on its own, is not a safety plan (7-minute briefing, point 6).",
        "Machine-translated letter: 'I have big hope that the court gives my children back.'",
        "Reg 44 visit: the young people spoke with hope about the new manager.",
        "OCR text: 'the rnother has lost all hope of getting the flat back'",
    ],
    "grace": [
        "The landlord agreed 14 days' grace on the arrears (see e-mail chain below).",
        "> > a period of grace was agreed until the end of the month",
        "Grace before meals is said at the children's home only by those who wish to.",
        "Funeral notice: the service includes Amazing Grace and a poem chosen by the siblings.",
        "Translated from Portuguese: 'by the grace of God my son is alive'.",
        "Comment [C2]: she handled the meeting with real grace - but cut this line.",
    ],
    "mark": [
        "Body map (scanned, poor quality): 2cm mark on left shin, [illegible] colour.",
        "Please mark all e-mails about this family OFFICIAL-SENSITIVE.",
        "Mark-up from the legal team is in red; accept all changes before publication.",
        "Tick box: Mark/injury seen? Y   Photographed? N",
        "Question 4: explain why the mark on the cheek was missed at the first visit.",
        "Dictation: small red mark noted behind the ear comma no explanation given full stop",
    ],
    "rose": [
        "Missing episodes rose from two to eleven in the year (partnership annual report, p. 14).",
        "Subject access requests rose sharply after the news coverage.",
        "Funeral notice: white rose tributes only, please.",
        "Through the interpreter: 'the anger rose up in me and I could not stop it'.",
        "Rose-gold phone found in the room search; young person said it was a gift.",
        "The temperature in the flat rose to 31 degrees; the baby was overheated.",
    ],
    "may": [
        "May 2025 - Reg 44 visit postponed (staff sickness).",
        "FAX 14 MAY 25 10:42 P.02/05",
        "From May onwards the fundraising page was closed to new donations.",
        "The coroner said the baby may have been overlaid by an adult.",
        "Stage 1 complaint received 2 May; response due within 10 working days.",
        "Translation: 'I may be poor but I am a good mother,' she wrote in Romanian.",
    ],
    "will": [
        "Staff will complete a missing-from-care form for every absence over an hour.",
        "The girl was returned to the home against her will by police at 2am.",
        "I will forward this to the LADO, thanks.",
        "A copy of the will was found among the papers; no guardian was named.",
        "Dictated: plan comma the worker will visit on Thursday full stop",
        "Next steps: school will send the attendance figures by Friday.",
    ],
    "william": [
        "Staff will complete a missing-from-care form for every absence over an hour.",
        "I will forward this to the LADO, thanks.",
        "A copy of the will was found among the papers; no guardian was named.",
        "Gas bill of £412 found unopened on the mat (photo on file).",
        "Â£86 water bill, final demand, in the hallway.",
        "Billing query raised with the supplier by the family support worker.",
    ],
    "bill": [
        "Gas bill of £412 found unopened on the mat (photo on file).",
        "Â£86 water bill, final demand, in the hallway.",
        "The council tax bill was in the name of the previous tenant.",
        "Billing query raised with the supplier by the family support worker.",
        "The bill for replacing the fire door was passed to the placing authority.",
        "Machine-translated: 'the bill of electricity is too big, I cannot pay'.",
    ],
    "amber": [
        "RAG rating: AMBER (was RED at the last review).",
        "The front door rated the contact amber and passed it to early help.",
        "<td>amber</td><td>review in 4 weeks</td>",
        "Amber-coloured liquid in the baby's bottle was tested and found to be apple juice.",
        "The lights were on amber when the car carrying the child went through, police said.",
        "Amber beads (a teething necklace) were round the baby's neck; advice given.",
    ],
    "sky": [
        "Sky box in the lounge, no food in the fridge (handover notes).",
        "In the picture the sky was coloured in black crayon and the sun had a sad face.",
        "[00:22:10] GUEST: you could see the sky through the hole in the bedroom ceiling.",
        "Sky-blue uniform jumper found in lost property, name label cut out.",
        "Translated: 'in my country the sky is bigger, my children miss it'.",
        "under a clear sky the temperature fell below zero; the girl was found in a bus shelter",
    ],
    "faith": [
        "Faith: not recorded (field left blank on the EHE form).",
        "The faith leader was asked to interpret, which was not appropriate.",
        "Complaint response: we acted in good faith throughout.",
        "Faith groups across the partnership received the 7-minute briefing.",
        "Through the interpreter, the father said his faith does not allow this.",
        "faith in the system - gone, the mother wrote on the feedback form",
    ],
    "holly": [
        "Scanned photograph: holly wreath on the front door, letterbox taped shut.",
        "Scratches on both arms, said to be from a holly hedge in the park.",
        "Holly sprigs decorated the contact room in December.",
        "Christmas fair: holly-shaped biscuits sold by the children raised £84.",
        "<li>holly berries (poisonous) - removed from the nursery garden</li>",
        "Dictation: the toddler ate berries from a holly bush comma GP advised full stop",
    ],
    "ruby": [
        "Ruby-red rash on both cheeks; GP thought slapped cheek syndrome.",
        "A ruby ring had been pawned; the receipt was found in the room search.",
        "The grandparents' ruby wedding party was where the argument started.",
        "Machine translation: 'she took my ruby necklace from my mother'.",
        "Nail varnish, ruby colour, spilled on the carpet; staff cleaned it up.",
        "Reg 44: the bedroom is now painted a deep ruby shade the young person chose.",
    ],
    "daisy": [
        "Well done to daisy class for the best attendance this week!",
        "Daisy-chain e-mail: this message had been forwarded at least nine times.",
        "The baby's sleepsuit had a daisy print and was soaked through.",
        "Translated: 'we picked daisy flowers in the park, it was a good day'.",
        "Slide 3 image: a single daisy growing through a crack in concrete.",
        "daisy chains made at contact - lovely to see (contact supervisor's note)",
    ],
    "summer": [
        "Summer holidays 2024: 3 missing episodes, all from the same address.",
        "Over the summer the subject access request was paused for staff leave.",
        "Summer-born, the child was the youngest in the class by 11 months.",
        "The summer edition of the partnership newsletter carried the 7-minute briefing.",
        "Translated: 'in summer we go back to my mother, the children love it there'.",
        "SUMMER TERM ATTENDANCE 81%",
    ],
    "joy": [
        "Joy and relief at the reunification were described by the foster carer.",
        "[00:31:05] GUEST: there was no joy in that house, none at all.",
        "The charity report describes the young people's joy at their first camping trip.",
        "No joy with the phone number - goes straight to voicemail.",
        "Joy-riding in a stolen car led to the first police contact.",
        "Translated: 'my children are my joy, why you take them'.",
    ],
    "dawn": [
        "Missing from care: the young person returned at dawn, cold and wet.",
        "Dawn raid at the address (warrant, drugs); children present.",
        "Before dawn the mother left to catch the coach, the interpreter explained.",
        "Dictation: police attended at dawn comma forced entry full stop",
        "It dawned on the panel that nobody had asked the child.",
        "From dusk till dawn the shift log records no checks on the bedroom.",
    ],
    "ivy": [
        "Ivy across the back window meant no light in the child's bedroom.",
        "The rash was not from ivy, the GP confirmed; it was eczema.",
        "Scanned photograph: front wall of the house covered in ivy.",
        "The ivy-covered garage behind the home was where the boys hid.",
        "ivy leaves blocked the gutter, and damp spread into the baby's room",
        "Translated: 'there is ivy on the walls and water comes in'.",
    ],
    "jack": [
        "Car jack in the boot; police photographed it as a possible weapon.",
        "A Union Jack towel was the only bedding in the cot.",
        "The older boys would jack phones from younger pupils at the bus stop.",
        "A jack-in-the-box was the only toy the toddler had.",
        "Translated: 'he took the jack from the car and hit the window'.",
        "Jackknifed lorry closed the road, and the child was not collected from school.",
    ],
    "robert": [
        "Robbery of a phone from a younger pupil led to the first youth justice contact.",
        "The older boys planned to rob a delivery rider, according to the messages.",
        "Translated: 'they rob my son on the way home and he is afraid'.",
        "Charged with robbing a corner shop; released on bail to the children's home.",
        "Dictation: the young person was robbed of his trainers comma police informed full stop",
        "Robbed twice in a month, the boy stopped going to school.",
    ],
    "frank": [
        "A frank discussion about cannabis use took place at keywork.",
        "Frankly, the complaint response did not answer the question asked.",
        "Translated: 'to be frank, I do not trust the social worker'.",
        "Comment [C3]: too frank for a published report? Suggest softening.",
        "The coroner was frank about the failings of agencies.",
        "[00:09:40] HOST: let's be frank - nobody read the chronology.",
    ],
    "miles": [
        "Missing from care: found 40 miles away at a train station.",
        "Placement 120 miles from home; family time by video only.",
        "Miles from anywhere, the farmhouse had no bus route.",
        "The child walked three miles to school in the rain, the school reported.",
        "Translated: 'we walk many miles, the children are tired'.",
        "Travel claim: 26 miles, home visit and return.",
    ],
    "dean": [
        "The dean of the university's medical school made the referral.",
        "E-mail from the dean of students: not attended since March.",
        "The rural dean offered the church hall for the family group conference.",
        "Translated: 'I spoke to the dean at the college, he said she is not coming'.",
        "A letter signed by the dean confirmed the care leaver's place on the nursing course.",
        "The dean of the cathedral read the lesson at the funeral.",
    ],
    "marsh": [
        "Police search of the marsh found the girl's phone but not the girl.",
        "Marsh land behind the children's home is unfenced.",
        "The body was recovered from the salt marsh two days later, the coroner heard.",
        "Translated: 'we live near the marsh, there are many mosquitoes'.",
        "[00:40:02] GUEST: they used to go down the marsh to drink, everyone knew.",
        "Marshland paths are unlit; the partnership asked the council for lighting.",
    ],
    "hill": [
        "The bus stops at the bottom of the hill, a long climb with a buggy.",
        "The hostel sits on a steep hill with no pavement.",
        "Translated: 'the house is on top of hill and I have no car'.",
        "Found on the hill above the town at 2am, the young person was taken to hospital.",
        "Dictation: the pram rolled down the hill comma no injuries full stop",
        "Over the hill and through the estate is a 25-minute walk to school.",
    ],
    "wood": [
        "Wood chips in the nursery garden were replaced after a splinter injury.",
        "The window was boarded up with wood after police forced entry.",
        "Translated: 'he hit the door with a piece of wood'.",
        "The wood behind the school is out of bounds, the newsletter reminds parents.",
        "Wood-effect flooring in the room was lifted to find the hidden phone.",
        "Scanned note: 'fire lit with wood from the broken fence'.",
    ],
    "stone": [
        "She has put on a stone since coming into care, the LAC nurse noted.",
        "Stone cold bath water, the young person said, as a punishment.",
        "A stone was thrown through the window of the children's home at 1am.",
        "Translated: 'they throw stone at our house because we are foreigners'.",
        "Gall stone surgery meant the grandmother could not care for the children for weeks.",
        "Stone steps at the front, no rail - a falls risk for the toddler.",
    ],
    "bell": [
        "The bell was not answered; card left at 14:10.",
        "The fire alarm bell went off twice in the night; two young people set it off.",
        "The school bell rang and the child ran out of the gate alone.",
        "Translated: 'I ring the bell, nobody opens'.",
        "Funeral notice: the bell is to be tolled at 11 o'clock.",
        "bell broken, knocked x3, no answer - NFA today",
    ],
    "brown": [
        "Brown stain on the mattress, see photo 7.",
        "Brown envelope with £200 in cash found during the room search.",
        "Translated: 'the water from the tap is brown, the children get sick'.",
        "Brownie camp: the girl's first night away from home went well.",
        "MISSING: 15, brown hair, grey hoodie, black trainers.",
        "Dictation: bruise now brown and yellow comma fading full stop",
    ],
    "green": [
        "Green bin full of empty bottles, noted on the doorstep.",
        "RAG: green, no further action.",
        "Green mould around the window in the baby's room (scanned photo).",
        "Translated: 'the green card from the doctor, I lost it'.",
        "Greenhouse in the garden used to grow cannabis, police found.",
        "Meet at the green by the shops at 4, the messages said.",
    ],
    "lamb": [
        "Lamb curry at the children's home on Sunday; the young person refused it.",
        "Translated: 'we cook lamb for Eid, the whole family comes'.",
        "Toy lamb left behind at the placement move; the foster carer posted it on.",
        "Comment [C4]: 'like a lamb to the slaughter' - remove before publication.",
        "Lamb chops on the hob, pan left on, no adult in the kitchen (fire service notes).",
        "Mashed potato with lamb mince was the only meal the child ate at nursery.",
    ],
    "fox": [
        "Fox in the garden again, the child said, and she was scared to go out.",
        "A dead fox by the bins upset the younger children at the home.",
        "Translated: 'at night the fox cry and the baby wake'.",
        "Fox-print pyjamas, soiled, were the only clothes in the drawer.",
        "The 'fox' in the child's drawing turned out to be the dog next door.",
        "Night staff logged a fox in the yard as the reason for keeping windows shut.",
    ],
    "banks": [
        "Food banks in the area were shut over the bank holiday; the family had nothing.",
        "Two banks refused to open an account for the care leaver without ID.",
        "Translated: 'the banks do not give me account because no address'.",
        "The boys were seen on the canal banks after curfew.",
        "Clothing banks were the main source of school uniform.",
        "Banks of monitors in the CCTV room showed the girl leaving the station.",
    ],
}

THIRTIETH_UNLISTED = [
    "From: {U}\nSent: 02 March 2025 21:13\nSubject: RE: the children",
    "cc: {U} (school nurse), duty inbox, locality 4",
    "Deleted: {U} Inserted: a family friend",
    "LADO referral: allegation against {U}, a volunteer at the youth club in {T}.",
    "Right to ask (DVDS): the mother asked about {U}, her new partner.",
    "Dr {U}, consultant paediatrician - dictated but not read.",
    "Mrs {U} from the tenants' group posted the appeal on the community page.",
    "St {U}'s church hall hosted the family group conference.",
    "MISSING from {T}: believed to be with {U}, an adult male, in a silver car.",
    "The interpreter, {U}, turned out to be a cousin of the father.",
    "Return interview: said she was staying with {U} in {T}.",
    "At the funeral the family asked {U}, a family friend, to speak.",
    "The fundraising page set up by {U}, a neighbour, raised £2,000 in two days.",
    "The {T} Advertiser ran the appeal on its front page.",
    "The family were placed in a hotel in {T}, forty minutes from the school.",
    "Subject access request: the name of {U} was redacted as third-party data.",
    "NRM: the girl named {U} as the man who took her to {T}.",
    "The chaperone for the pantomime was {U}, approved by another authority.",
    "Complaint made by {U} on behalf of the grandmother (written consent on file).",
    "Night staff saw {U} waiting in a car outside the children's home at 23:00.",
    "Reg 44 visitor: {U}, independent person, visit of 14 March.",
    "[00:03:12] HOST: I'm joined today by {U}, who chaired the review.",
    "The Ombudsman's investigator, {U}, asked for the case notes by Friday.",
    "anyone know {U}?? hes been hanging round the park in {T} giving kids vapes",
    "OCR: 'Narne of referrer: {U}'",
    "Enw'r atgyfeiriwr / Referrer's name: {U}",
    "A letter of support from {U}, head teacher of the school in {T}, was read out.",
    "The coroner's officer, {U}, confirmed the inquest date.",
    "The young person's new boyfriend, {U}, is 22 (CSE screening updated).",
    "DASH completed with {U}, the IDVA, present.",
    "Machine-translated letter from {U}, the father's sister, posted from {T}.",
]
