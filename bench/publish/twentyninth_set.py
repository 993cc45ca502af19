"""Twenty-ninth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
an initial with and without a stop, a possessive, upper and lower case, a line break inside
the name or between its parts, surname first, a title and a nickname), the capital it gives a
lower-case name that opens a template, the word-names and ORDINARY keys, and the way it marks
an ordinary span (the first case-insensitive substring match of the word, "will " with its
space, "bill" for William when there is no "will ", and "rob" for Robert); the titles it
expects before {U} ("Mrs", "St", "Dr"), and how the twenty-eighth family's three exports are
imported and wired into SENTENCE_SETS. The first 45 lines (the headers) of the twenty-fifth,
twenty-sixth, twenty-seventh and twenty-eighth families, whose modules were imported only to
count the sizes and types of their exports; a grep for the lines assigning the export names in
those four files showed those lines and their numbers and nothing else; pyproject.toml only
around its ruff settings (the grep's context also showed the neighbouring dev dependency,
setuptools, scripts and mypy lines); and the file names in bench/publish. Importing the
families and corpus.py ran the code under src/ without its text being read. Nothing under
src/ or tests/, no README, no other part of any sentence family, no word list and no git
history was read, and the benchmark was not run. No real person, case, family, school or place
is represented: every name of the case is filled in by the generator's placeholders, and the
clinics, courts, routes, hubs, libraries, congregations and services described are generic or
invented; the benefits, schemes, tools, tests, interpreting service and idioms named are public
ones, there only for the words they contain.

Styles. Person entries put the name in record genres the twenty-fifth to twenty-eighth headers
did not list: speech and language therapy (fronting and stopping, key-word instructions,
Makaton signs, selective mutism, a dysphagia review, advice sheets, a was-not-brought
discharge); orthoptics and optometry (logMAR acuities, a cover test, patching, an NHS glasses
voucher, a letter to the GP); Early Years Foundation Stage learning journeys and the integrated
review at two (observations with next steps, "WOW moment" slips from home, the characteristics
of effective learning, ASQ-3 cut-offs, photo captions); children's centre and family hub
registers (stay and play sign-in rows in pipes, baby massage, a crèche collection, a
handwritten register photographed); benefits and debt advice (a PIP mandatory
reconsideration, a DLA award, a Carer's Allowance overpayment, a Debt Relief Order, Breathing
Space, a Discretionary Housing Payment, free school meals, local welfare assistance, Healthy
Start, an appointee, an income and expenditure shortfall, a petty cash receipt, section 17
payments, a toy appeal); public-law court orders and listings (UPON and AND UPON recitals, IT IS
ORDERED THAT, a penal notice, a cause list line "LA v {P} and another", a Part 25 application and
a letter of instruction, a listing notice returned, a duty solicitor's attendance note, an ABE
transcript answer); the children's guardian's analysis and direct work (Three Houses, a Words and
Pictures explanation, a 0 to 10 scale); later life letters, life story books, letterbox
contact, special guardianship support, viability assessments and private fostering
notifications; faith communities (a parish safeguarding log, a prayer request card, a madrasa
register, Sunday school, a gurdwara kitchen, elders' pastoral visits, mosque committee
minutes, a birth registration and the register office); SEN home-to-school transport (route
numbers, passenger assistant logs, a drop-off with nobody home, an incident form, eligibility
distance, a car seat); library and leisure membership (a junior card, an overdue notice, a ban,
a concessionary pass, a child left in the children's section until closing); animal welfare
officers' visits; energy and water (the Priority Services Register, self-disconnection on a
prepayment meter, a social tariff); the school nursing team's measurement letters and a nasal
flu consent; a passport countersignature, a Blue Badge and a port alert; wheelchair services,
occupational therapy and a sensory profile; a residential room list, photo consent and a
lost-property name tape. The writing styles are children's own writing with their spelling and
no capitals ("me and {P} went to the park", "{P} 4 eva" scratched on a bunk bed, a worry-monster
note, a diary entry, a card on the fridge); interpreter and translation notes (via an
interpreter, a Language Line ID, a child interpreting for a parent, a BSL booking) and bilingual
lines in Welsh, Polish and romanised Urdu beside or around the English; OCR'd faxes with
zero-for-O, "rn" for "m", "b" for "h", "vv" for "w", stray commas and split words; handwriting
transcribed with bracketed queries, crossings-out, margin notes in pencil and runs of spaces;
e-mail reply chains with From/Sent/To/Subject blocks across line breaks, quoted "> On ...
wrote:" lines, an "-----Original Message-----" separator, an external-sender banner, a
signature block and a bounced delivery; spreadsheet and tracker rows pasted as text (fixed-width
columns, empty CSV cells, a lookup error, a RAG column); and hurried shorthand with typos
("tel call frm", "NBB", "DNA'd", "pls chase ... b4 Fri!!", "Recieved").

Ordinary entries put each word-name in the same genres and styles, at the start of a sentence,
after a label and colon, inside a quotation, in capitals, in lower case, and within a line:
as the ordinary word (a hope, a grace period, to mark, rose as a verb and a flower, the month and
the modal, a will and the modal, a bill, the colour amber, the sky, a faith community, a holly
bush, a ruby, a daisy, the summer, joy, dawn, ivy, a car jack and to jack up, to rob, frank,
miles, a dean, a marsh, a hill, wood, a stone in weight, a bell, brown, green, a lamb, a fox and
food, baby and river banks), and in inflections and compounds that begin with it ("hopeful",
"Marked", "Billed", "Robbery", "Frankly", "Joyriding", "dawned", "Wooden", "Marshmallows",
"Hillside", "Jackpot", "Lambswool", "Foxes", "Oops-a-daisy", "Stepping-stone"). No ordinary
entry carries another word-name, and no person or unlisted entry carries any word-name at all.
"""

TWENTYNINTH_PERSON_SENTENCES = [
    # Speech and language therapy.
    "SLT session 3 of 6: {P} fronting velars (tea for key, tar for car); stopping of /s/ persists.",
    "{P} imitated two-word phrases (more juice, bye car) after a model; none were spontaneous.",
    "Receptive language: {P} followed 2 key-word instructions ('give teddy the spoon') but not 3.",
    "Therapy targets for {P} - 1) attention and listening 2) vocabulary up to 50 words.",
    "Parent not present; {P} seen in the nursery setting with the key person.",
    "Discharged from SLT: {P} not brought to three consecutive appointments (WNB policy).",
    "Stammering: {P} showed whole-word repetitions and some blocking on initial plosives.",
    "Makaton signs used by {P} today: more, finished, drink, help.",
    "Selective mutism suspected - {P} talks freely at home (per video) but not in class.",
    "Dysphagia review: {P} coughing on thin fluids; advised Level 1 slightly thick.",
    "SLT advice sheet given to {P}: fewer questions, more comments, wait ten seconds.",
    # Orthoptics and optometry.
    "Orthoptic clinic. {P}: VA (logMAR) R 0.300 L 0.100 in glasses; patching 2 hrs/day.",
    "Spectacles dispensed to {P} on 09/01; NHS voucher type B.",
    "Glasses not worn at school - {P} says an older cousin sat on them.",
    "Cover test: {P} has a small intermittent left esotropia.",
    "Letter to GP re {P}: non-attendance at orthoptics x3, amblyopia risk.",
    "Orthoptist: {P} managed the picture-matching test today with lots of praise.",
    # Early Years Foundation Stage learning journeys and the review at two.
    "Observation: {P} filled and emptied the jug at the water tray for 15 mins.",
    "Next steps for pouring with control were shared with {P} at collection.",
    "WOW moment from home - {P} counted 5 buttons on the coat all by themself!",
    "Characteristics of Effective Learning: {P} - playing and exploring, finding out.",
    "ASQ-3 at 27 months: {P} below the cut-off in communication and fine motor.",
    "Integrated review at two. Present: the health visitor, the key person and {P}.",
    "Prime areas (PSED, CL, PD): {P} emerging in all three.",
    "Learning journey photo caption: {P} building a tower with the big blocks.",
    # Children's centre and family hub.
    "Stay and Play sign-in 10:02 | {P} | +1 child (under 2) | postcode area only",
    "Baby massage week 2: {P} attended, left early (baby unsettled).",
    "Family hub reception: {P} came in asking for nappies and formula; seen by the duty worker.",
    "{P} - first visit to the chatter group, did not want to give an address.",
    "Crèche register: {P} collected at 11:45 by an adult not listed on the form.",
    "Register (handwritten, photographed): {P} / 1 adult 2 children / 9.30",
    # Benefits and debt advice.
    "PIP mandatory reconsideration lodged for {P}; the DWP to respond within 8 weeks.",
    "DLA for {P} (care component, middle rate) awarded from the date of claim.",
    "Carer's Allowance overpayment letter addressed to {P} - £2,140 - disputed.",
    "Debt Relief Order: {P} approved by the official receiver; creditors on schedule A.",
    "Breathing Space (standard) started for {P}, so enforcement is paused for 60 days.",
    "Discretionary Housing Payment award to {P}: £45/week for 26 weeks.",
    "Free school meals application for {P} checked through the eligibility service - eligible.",
    "Local welfare assistance: {P} - fridge-freezer and two single beds, delivery Thursday.",
    "Healthy Start card for {P} not activated yet; the midwife to help online.",
    "Appointee for benefits: {P} (the grandmother), confirmed by a DWP visiting officer.",
    "Income and expenditure: {P} is short by about £38 a week after priority debts.",
    "Petty cash receipt: £20 supermarket voucher, received by {P} (signature).",
    "Section 17 payment authorised for {P} - school shoes and a winter coat.",
    "Toy appeal referral: {P}, age 7, likes dinosaurs and drawing, clothes size 7-8.",
    "Food parcel (3 days) collected by {P}; voucher ref FB-2291, referrer: school.",
    # Court orders, listings and the guardian.
    "UPON hearing counsel for the local authority, counsel for {P} and the child's solicitor",
    "AND UPON {P} confirming that the interim care order is not opposed",
    "IT IS ORDERED THAT {P} shall not remove the child from the care of the foster carers.",
    "Cause list, Court 4, 10:30: LA v {P} and another (CMH, 1 hr, hybrid).",
    "{P} is to file and serve a statement by 4pm on 12 March 2024.",
    "PENAL NOTICE: if you, {P}, disobey this order you could be held in contempt of court.",
    "Part 25 application: permission for a cognitive assessment of {P} by a psychologist.",
    "Letter of instruction (agreed): can {P} meet the child's needs within the child's timescale?",
    "Recital: {P} was advised to seek legal advice and given the duty scheme details.",
    "Re-listed for an IRH; {P} excused attendance (medical note filed).",
    "Listing notice sent to {P} at the old address - returned 'not known at this address'.",
    "Duty solicitor's attendance note: {P} instructs that the s20 agreement was never signed.",
    "Transcript of ABE interview: Q. Who was in the bedroom? A. {P}.",
    "Children's Guardian's initial analysis: {P} presents as a child carrying adult worries.",
    "Three Houses tool, house of worries: {P} drew the front door with a big lock on it.",
    "Words and Pictures explanation read to {P} on 02/04; asked to keep the book.",
    "Wishes and feelings (0-10): {P} put living with Nan at 10 and going home at 3.",
    "The guardian met {P} at school, in the library corner, for 40 minutes.",
    # Later life letters, letterbox, kinship and private fostering.
    "Letterbox: letter from {P} received, checked and forwarded; one line removed (area named).",
    "Later life letter: 'When you were born, {P} was only nineteen and living alone.'",
    "Life story book, page 4: This is {P}, who looked after you when you were a baby.",
    "Direct contact agreement: {P} to see the children twice a year at a neutral venue.",
    "Special guardianship support plan - {P} to receive an allowance, reviewed annually.",
    "Viability assessment: {P} (paternal aunt) - positive, full assessment recommended.",
    "Private fostering notification: {P} has been cared for by a family friend for 28+ days.",
    # Faith communities and the register office.
    "Parish Safeguarding Officer log: concern raised after the service about {P}.",
    "Prayer request card in the box: 'Please pray for {P} who is poorly in hospital.'",
    "Madrasa attendance: {P} absent Mon-Thu, no reason given by the family.",
    "Sunday school register - {P}, collected by the older cousin again.",
    "Gurdwara kitchen volunteers noticed {P} comes alone most evenings to eat.",
    "Baptism preparation: {P} and the godparents met the curate on Tuesday.",
    "Pastoral visit by two elders to {P}; further help was declined.",
    "Mosque committee minutes: a committee member agreed to speak to {P} about the fighting.",
    "Birth registration: informant {P}; the father's details left blank.",
    "Register office flagged a late registration: {P} had not registered the baby by 6 weeks.",
    # SEN home-to-school transport.
    "Route 14B (SEN) 07:52 pick-up: {P} refused to get in the taxi; the escort waited 10 mins.",
    "Passenger assistant log - {P} unbuckled the seatbelt twice on the ring road.",
    "Drop-off 15:40, no adult home for {P}; driver returned to school as per policy.",
    "Incident: {P} bit the escort on the forearm; first aid given, form IR/3 completed.",
    "Transport eligibility review - {P} lives 2.9 mi from the special school by the safe route.",
    "Car seat for {P} (Group 2) not fitted by the operator, journey cancelled.",
    "The taxi driver reported that {P} was smoking in the car with the child in the back.",
    # Library and leisure.
    "Library membership (junior) for {P}; parent's ID seen, card no. ending 4471.",
    "Overdue notice to {P}: 3 items, charges waived under the children's policy.",
    "Leisure centre: {P} excluded for 3 months after an incident in the changing rooms.",
    "Concessionary swim and gym pass issued to {P} (care leaver).",
    "Library staff reported {P} (about 10) in the children's section until closing, no adult.",
    # Animal welfare, energy and water, school nursing.
    "Animal welfare officer visit: dogs underweight, owner {P} given an improvement notice.",
    "{P} signed the dogs over to the charity; the children were upset.",
    "Link referral: the officer saw {P} kick the puppy in front of the toddler.",
    "Priority Services Register: {P} added (child under 5, medical equipment).",
    "Prepayment meter: {P} self-disconnecting most weekends; emergency credit used up.",
    "Water company social tariff applied for {P} from April.",
    "Measurement letter: {P} - BMI above the 98th centile; a parent rang the school nurse.",
    "Nasal flu: {P} - consent form returned unsigned, not vaccinated.",
    # Passports, badges, equipment and school paperwork.
    "Countersignatory statement: 'I certify that this is a true likeness of {P}.'",
    "Blue Badge (under 3, bulky equipment) approved for {P}.",
    "Port alert requested: {P} not to be taken out of the UK.",
    "Wheelchair service: {P} has outgrown the buggy; specialist seating ordered.",
    "OT home visit - stair gate and bath seat for {P} recommended.",
    "Sensory profile completed by {P} (parent version); high scores for avoiding.",
    "Photo consent: NO - do not use images of {P} online or in the newsletter.",
    "Residential room list: Room 6 - {P} + 3; staff member next door.",
    "Lost property: coat with the name tape '{P}' unclaimed since half-term.",
    # Children's own writing and drawings.
    "me and {P} went to the park and we got chips",
    "{P} is my best frend becos she shares her sweets",
    "my mum and {P} was shouting and i hid under the bed",
    "Drawing (labelled by the child): a big house, a small house, and '{P}' in a car going away.",
    "Diary entry, age 9: 'Today {P} did not come home. I made toast.'",
    "Card on the fridge read 'To {P} love you loads xx'.",
    "Scratched into the bunk bed: '{P} 4 eva'.",
    "Worry monster note: 'i dont want to go to {P} house no more'",
    "Name on the worksheet: {P} (the child's own handwriting, letters very large).",
    # Interpreters, translation and bilingual notes.
    "[Via interpreter, Polish] {P} says the flat is cold and the heating 'nie działa'.",
    "Interpreter (Language Line, ID 2231) confirmed {P} understood the plan.",
    "Interpreter note: {P} used a word meaning both 'hit' and 'tap'; clarified as hit.",
    "Translated by the bilingual worker: '{P} ko school nahi bheja gaya' - not sent to school.",
    "Enw / Name: {P}    Dyddiad geni / DOB: gweler y ffeil (see file)",
    "Nodyn: gwelwyd {P} ar ei ben ei hun. (Note: seen alone.)",
    "Note from the mother, Polish and English: 'Proszę o pomoc, {P} not sleeping, boli brzuch.'",
    "Interpreter did not attend; {P} (aged 12) interpreted for the mother, which is not OK.",
    "BSL interpreter booked for the review so that {P} can take part.",
    "Interpreter: {P} asked for a female worker, and one was arranged.",
    "Margin note in Urdu script not transcribed; the English beside it reads '{P} - hospital Tue'.",
    # OCR'd faxes.
    "FAX 14:02 FR0M: DUTY DESK PAGE 2/3 RE: {P} D0B see ab0ve",
    "Discharge surnmary for {P} -- f0llow up in c1inic",
    "Tbe child {P} vvas brougbt in by arnbulance.",
    "Fax cover: Confidential. lntended recipient only. Patient: {P}",
    "{P} , ,was seen 0n the ward l ast night",
    "Referra1 received by fax (illegible in places): ...{P}... has bruising to the [illegible].",
    # Handwriting transcribed.
    "[Handwritten note, transcribed] Called at house  -  {P}  not in  -  left card",
    "Transcriber's note: a word after {P} is crossed out and cannot be read.",
    "{P} [?] said things were 'fine' [word unclear] at home.",
    "Margin note in pencil: ask {P} re: the new boyfriend??",
    "C/O {P}, Flat 2 (handwritten on the envelope)",
    # E-mail threads.
    "From: {P}\nSent: 14 March 2024 09:12\nTo: Duty Team\nSubject: RE: RE: FW: urgent",
    "> On Tue, 5 Mar 2024 at 16:40, {P} wrote:\n> can someone ring me back",
    "-----Original Message-----\nFrom: {P}\nSubject: pick up tomorrow",
    "Thanks {P}, I'll pass this on to the duty manager.",
    "[EXTERNAL] This message came from outside the organisation. Re: {P} - please advise.",
    "Apologies, I meant to copy in {P} - adding now.",
    "Kind regards,\n{P}\nFamily Support Worker (part-time, Mon-Wed)",
    "Please do not reply-all: {P} was taken off this thread at the family's request.",
    "Delivery has failed to these recipients or groups: {P}",
    # Spreadsheets and trackers pasted as text.
    "{P}          Y4     12 sessions     8 attended",
    "Row 17: ,,{P},,,DNA,,",
    "#N/A in the school column next to {P} in the tracker (lookup error).",
    "Sheet 'Open cases' - {P} - RAG: red - last contact 41 days ago.",
    # Shorthand and typos.
    "tel call frm {P} @ 1630 - wants to know when the next LAC rvw is",
    "H/V called - {P} NBB to clinic again, 3rd time",
    "pls chase {P} re consent b4 Fri!!",
    "{P} DNA'd SLT 4/4",
    "Seen: {P}. Not seen: the baby (asleep upstairs, mum declined).",
    "ok so {P} rang again, crying, said the partner took the phone",
    "Recieved a call from {P} who sounded upset and out of breath.",
    "{P}?? - check spelling of the surname with school",
]

TWENTYNINTH_ORDINARY = {
    "hope": [
        "Hope: to be understood by people outside the family (parent's goal for SLT).",
        "The orthoptist is hopeful that patching can still improve the left eye.",
        "We hope this letter finds you well. Your Debt Relief Order application is received.",
        "Interpreter's note: the Spanish verb can mean hope or wait; here it meant wait.",
        "no hope of gettin the rent paid this month she said",
        "Child's writing: 'i hope my dad gets better and comes home'",
    ],
    "grace": [
        "The court allowed seven days' grace for filing the bundle.",
        "Grace was said before the church lunch club, and the children joined in.",
        "The DWP gives no grace period once an overpayment is confirmed, the adviser wrote.",
        "The girl moved with real grace in the physiotherapy session, the therapist noted.",
        "Fax p2 (OCR): 'a period of grace to c1ear arrears was agreed'",
        "Saying grace in Welsh (gras bwyd) was part of the Sunday school routine.",
    ],
    "mark": [
        "SLT: mark-making with chunky crayons was used to build attention.",
        "Mark each page of the bundle with its section letter and number.",
        "Orthoptist marked the cover test result as borderline.",
        "A red mark on the cheek was noted by the taxi escort at drop-off.",
        "Tick box: mark X if the child has a disability.",
        "Question mark over whether the father was present - interpreter unsure.",
    ],
    "rose": [
        "Arrears rose from £640 to £1,120 between the two statements.",
        "The waiting list for SLT rose to 38 weeks over the winter.",
        "Child's drawing: a house with a rose by the door and a dog.",
        "Rose-scented candles were burning in the flat, the health visitor noted.",
        "Numbers at stay and play rose once the crèche reopened.",
        "At the end of the hearing the judge rose and the parties left court 3.",
    ],
    "may": [
        "This order may be varied on application by any party.",
        "Hearing listed for 9 May at 10am, time estimate 2 hours.",
        "May half-term: no transport, so the child missed the holiday club.",
        "You may be entitled to Carer's Allowance if you care for someone 35 hours a week.",
        "ur DLA renewal is due in may, pls bring the letter",
        "OCR: 'seen in c1inic 3 May; reviev in 6 rnonths'",
    ],
    "will": [
        "The court will not make a final order until the assessment is filed.",
        "The grandmother's will names the children as beneficiaries, the solicitor said.",
        "Transport will collect from the front door only, not from the back lane.",
        "Will you be at home on Thursday? the therapist asked by text.",
        "The girl was taken to the clinic against her will and shouted throughout.",
        "The interpreter will need the documents a day in advance.",
    ],
    "william": [
        "Court will sit at 2pm for the judgment to be handed down.",
        "The grandfather's will was read at a family meeting in the community hall.",
        "The library will waive charges for books lost in care moves.",
        "The water bill was sent to the old address.",
        "An unpaid phone bill was the only debt left off the DRO.",
        "Billed twice for the same quarter, the mother rang the energy company.",
    ],
    "bill": [
        "The gas bill is in the mother's name; the electricity is in the partner's.",
        "Bill payment dates were moved to match the UC assessment period.",
        "Itemised phone bill showed calls to a number linked to exploitation.",
        "The operator billed the council for cleaning the taxi after the child was sick.",
        "The vet bill came to £300, which the mother could not pay.",
        "Bills: rent, council tax, water (all in arrears).",
    ],
    "amber": [
        "Transport risk assessment rated amber - two-person escort advised.",
        "AMBER on the SEN transport tracker: route changes not yet confirmed.",
        "The amber light on the hearing aid was flashing (battery low).",
        "Amber teething beads were removed by the nursery on safety grounds.",
        "Traffic-light toilet training chart: amber for the afternoons.",
        "The energy display showed amber all evening, the mother said.",
    ],
    "sky": [
        "Child's drawing: a black sky with rain and a tiny house in the corner.",
        "Sky TV arrears were listed as a non-priority debt.",
        "Sky-blue uniform jumper was the only warm layer she had.",
        "The sky was dark at the 07:15 pick-up and the child was not ready.",
        "Interpreter note: 'awyr' in the child's Welsh means sky here, not air.",
        "Under a clear sky the family walked the long way to the hub.",
    ],
    "faith": [
        "Faith: Sikh. Diet: vegetarian. Language at home: Punjabi.",
        "The parish runs a faith-based debt advice drop-in on Tuesdays.",
        "The mother has lost faith in the transport team after three missed pick-ups.",
        "Good faith: the adviser accepted the overpayment was not the family's fault.",
        "A faith leader countersigned the passport application.",
        "FAITH / RELIGION box on the library form left blank.",
    ],
    "holly": [
        "Holly wreath on the door of the children's centre at the December session.",
        "The child's drawing had holly leaves coloured in carefully.",
        "Berries from the holly bush by the taxi bay were eaten by a pupil.",
        "Holly-patterned wrapping paper was used on the toy appeal gifts.",
        "The church had holly and candles out for the carol service.",
        "Scratches from the holly hedge, the child said, not from anyone.",
    ],
    "ruby": [
        "Ruby red rash across both cheeks (slapped cheek suspected).",
        "A ruby ring was listed on the pawnbroker's receipt.",
        "The grandparents' ruby wedding party was the reason for the missed hearing.",
        "Ruby-coloured stain on the carpet was tested and was not blood.",
        "A ruby glass bead was found in the toddler's nose at the walk-in centre.",
        "The library's ruby-red reading chairs are where the boy waits after school.",
    ],
    "daisy": [
        "Daisy room (babies) at the children's centre was closed for cleaning.",
        "The child picked a daisy and gave it to the guardian.",
        "Daisy chain making was used in the direct work session outside.",
        "Daisy-print dress was too small, the nursery noted.",
        "Oops-a-daisy, the key person said as the toddler fell; no injury seen.",
        "Stickers on the EYFS chart were daisy-shaped.",
    ],
    "summer": [
        "Summer-born: the child started Reception just after turning four.",
        "Over the summer the SLT service runs no clinics.",
        "Summer holiday activity and food programme: two sessions attended.",
        "No summer date could be found, so the final hearing moved to October.",
        "summer term report: reading age 6y 2m",
        "The madrasa's summer classes ran daily through August.",
    ],
    "joy": [
        "Joy and sadness faces were used on the SLT feelings board.",
        "The key person described the child's joy at the water tray.",
        "There was little joy in the letterbox letter; it read as a duty.",
        "The Polish word 'radość' (joy) was written at the top of the card.",
        "Joyriding was mentioned in the youth worker's fax.",
        "To the family's joy, the Blue Badge was approved first time.",
    ],
    "dawn": [
        "Dawn pick-ups (06:30) were requested because of the long route.",
        "At dawn the prepayment meter ran out and the heating stopped.",
        "It dawned on the adviser that two DROs had been applied for.",
        "The dawn prayer at the mosque is why the father is out early each day.",
        "Dawn to dusk the child was out on the estate, the neighbour said.",
        "Police entered shortly after dawn with a warrant issued by the court.",
    ],
    "ivy": [
        "Ivy had grown through the window frame of the child's bedroom.",
        "The children's centre garden wall is covered in ivy.",
        "Ivy-clad porch at the front, with a broken step.",
        "The child's drawing showed ivy all over the house and no door.",
        "Ivy leaves were stuck to the child's coat when found.",
        "The church gate is thick with ivy; that is where the teenagers meet.",
    ],
    "jack": [
        "Jack-in-the-box toy was used to get the child's attention in SLT.",
        "The taxi had a flat tyre and no jack, so the child was late.",
        "A jack plug for the headphones was missing from the listening centre.",
        "A car jack was used to force the prepayment meter cupboard.",
        "Jackpot winnings on a scratch card were declared to the DWP.",
        "The landlord tried to jack up the rent after the DHP award.",
    ],
    "robert": [
        "The older boys tried to rob the foodbank van, police said.",
        "Robbery at the library: a laptop was taken from the children's section.",
        "He was charged with robbing a taxi driver of his takings.",
        "To rob the children of a settled placement now would be wrong, the guardian wrote.",
        "The shop robbery is listed on the same day as the care hearing.",
        "The meter was robbed twice in a month.",
    ],
    "frank": [
        "A frank talk with the debt adviser helped the mother open the letters.",
        "The guardian was frank: the plan is not working.",
        "Frankly, the transport arrangements have failed this child.",
        "Frank disclosure of the overpayment was made on the form.",
        "The interpreter asked to speak frankly about a translation error.",
        "In a frank letter the imam set out his concerns.",
    ],
    "miles": [
        "The special school is 11 miles from home; travel time 50 minutes.",
        "Miles per journey are logged by the driver on the route sheet.",
        "The orthoptic clinic is miles from the nearest bus stop.",
        "The interpreter and the mother were miles apart on what one word meant.",
        "The grandmother drove 90 miles each way for contact.",
        "Reimbursed: 46 miles at 45p for the special guardian.",
    ],
    "dean": [
        "The dean of the cathedral chaired the diocesan safeguarding panel.",
        "The area dean was told about the concern raised after the service.",
        "Letter from the dean of the medical school about the student's placement.",
        "The rural dean agreed the church hall could host the contact.",
        "The assistant dean for welfare confirmed the student's hardship grant.",
        "Reference signed by the dean of faculty (signature illegible).",
    ],
    "marsh": [
        "The route goes along the marsh road, which floods at high tide.",
        "Marsh land behind the traveller site is unlit.",
        "The child drew the marsh with birds and the caravan.",
        "Marshmallows were used as rewards in the SLT session.",
        "Children were found on the marsh after dark by the coastguard.",
        "The library's nature display this month is about marsh birds.",
    ],
    "hill": [
        "The special school is at the top of a steep hill, so the bus goes the long way.",
        "Hill walking with the youth group was the child's favourite thing.",
        "The house is on the hill above the estate; no bus after six.",
        "Drawing: a hill with a big sun and four stick people.",
        "Hillside allotments are where the father spends his days.",
        "The court building sits halfway up the hill from the station.",
    ],
    "wood": [
        "Wooden blocks were used for the tower in the learning journey photo.",
        "The wood burner had no guard, the health visitor noted at the review.",
        "Wood pellets were delivered by the local welfare scheme instead of oil.",
        "Found in the wood behind the leisure centre at 21:40.",
        "The children's centre has a small wood where forest school runs.",
        "Splinters of wood in the child's hand were removed at the minor injuries unit.",
    ],
    "stone": [
        "The mother has lost a stone since the DWP sanction.",
        "Stone steps at the front make wheelchair access impossible.",
        "A stone was thrown at the taxi window on the estate.",
        "Kidney stone: the father was in hospital, so the grandmother took over.",
        "The boy stayed stone-faced while the statement was read.",
        "Stepping-stone plan: part-time, then full-time at the special school.",
    ],
    "bell": [
        "The bell at the children's centre door went unanswered for ten minutes.",
        "Church bells rang during the visit, and the child covered her ears.",
        "Bell ringing practice on Thursdays is where the teenager met the adult.",
        "The school bell went and no taxi was waiting.",
        "A bell on the library door tells staff when someone leaves.",
        "Taxi driver rang the bell twice at 07:50 and left.",
    ],
    "brown": [
        "Brown envelopes from the DWP were unopened on the mat.",
        "The child's drawing was all in brown and black.",
        "A brown stain on the car seat was reported by the driver.",
        "Nappy contents brown and normal, the nursery recorded.",
        "The fax came through brown and faded, hard to read.",
        "Orthoptic report: brown eyes, straight on cover test.",
    ],
    "green": [
        "Feelings board: the child chose green for calm.",
        "The RAG rating was green before the partner moved back in.",
        "Green waste sacks were piled in the hallway, blocking the door.",
        "The taxi company's green form is for incidents involving pupils.",
        "The family had a picnic on the green outside the church hall.",
        "A green-tinged bruise on the shin was described as older.",
    ],
    "lamb": [
        "Lamb curry was sent home from the mosque for the family.",
        "The child's comfort toy, a knitted lamb, went into the wash at the foster home.",
        "Lambswool jumper from the toy appeal was far too big.",
        "The Easter display at the library had a paper lamb on it.",
        "Sheep and lamb were the first words the boy used in SLT.",
        "The halal butcher supplied lamb for the community meal.",
    ],
    "fox": [
        "The child's drawing had a fox under the bed.",
        "Fox cubs are under the shed in the garden, the mother said.",
        "A fox ran in front of the taxi on the way to school.",
        "Foxes had ripped open the bin bags by the back door.",
        "The bedtime story was about a fox and a hen.",
        "The orthoptist used a fox puppet to hold the child's attention.",
    ],
    "banks": [
        "Food banks and clothing banks are listed in the welcome pack.",
        "Banks refused the mother an account without photo ID.",
        "The river banks near the route flooded, so the bus was diverted.",
        "Baby banks supplied a cot and a steriliser.",
        "Debts to three banks were included in the Debt Relief Order.",
        "The canal banks are where the older boys gather.",
    ],
}

TWENTYNINTH_UNLISTED = [
    "Interpreter booked: {U} (Polish), through the agency.",
    "Dr {U}, consultant in the eye clinic, wrote to the GP.",
    "The taxi firm named the driver as {U}.",
    "Passenger assistant {U} has been moved to another route.",
    "cc: {U} (speech and language therapist)",
    "From: {U}\nTo: Duty Team\nSubject: FW: transport",
    "The foodbank in {T} issued three vouchers in a month.",
    "Mrs {U} at the library raised the concern.",
    "St {U}'s church hall hosts the stay and play on Wednesdays.",
    "The family moved from {T} to a hostel in the town.",
    "The court sitting at {T} listed the hearing for two days.",
    "A letter from {U}, the debt adviser, was attached.",
    "The letterbox letter came from {U}, the birth grandfather.",
    "'{U} gives me sweets in the car,' the child wrote.",
    "The imam, {U}, offered to mediate between the parents.",
    "Countersignatory: {U}, a teacher who has known the family for three years.",
    "{U} (fax operator) confirmed pages 2 and 3 were missing.",
    "The eye clinic in {T} has a six-month waiting list.",
    "The animal welfare officer, {U}, attended with police.",
    "> On 3 Apr, {U} wrote:\n> I think the children are alone again",
    "Dr {U} (community paediatrician) declined the referral as incomplete.",
    "A man called {U} was named on the Polish note as the landlord.",
    "Mrs {U}, a volunteer at the children's centre, knew the family from {T}.",
    "The speech therapist, {U}, is leaving at Easter.",
    "Applicant: the local authority. Respondents: the mother and {U}.",
    "Kind regards,\n{U}\nBenefits Adviser",
    "Handwritten on the back: ring {U} in {T} if no answer.",
    "The cousin, {U}, took the children to {T} for the weekend without telling anyone.",
    "Witness: {U} (neighbour, flat 3).",
    "The registrar, {U}, queried the spelling on the form.",
]
