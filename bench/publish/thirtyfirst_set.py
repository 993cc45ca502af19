"""Thirty-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a
template, the word-names and ORDINARY keys, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its space, "bill" for William when
there is no "will ", and "rob" for Robert); the titles it expects before {U} ("Mrs", "St",
"Dr"), and how the thirtieth family's three exports are imported and wired into
SENTENCE_SETS. The first 45 lines (the headers) of the twenty-seventh, twenty-eighth,
twenty-ninth and thirtieth families, whose modules were imported only to count the sizes and
types of their exports (and that their ORDINARY dicts have the generator's keys and 198
sentences each); a grep for the lines assigning the export names in the twenty-ninth and
thirtieth files showed those six lines and their numbers and nothing else; pyproject.toml only
around its ruff settings (the grep's context also showed the neighbouring mypy lines); and the
file names in bench/publish. Importing the families and corpus.py ran the code under src/
without its text being read. Nothing under src/ or tests/, no README, no other part of any
sentence family, no word list and no git history was read, and the benchmark was not run. No
real person, case, family, school or place is represented: every name of the case is filled in
by the generator's placeholders, and the homes, practices, panels, pharmacies, charities and
services described are generic or invented; the schemes, regulations, codes, tools and idioms
named are public ones, there only for the words they contain.

Styles. Person entries put the name in record genres the twenty-seventh to thirtieth headers
did not list. A police officer's pocket notebook and a control room incident log (times as
"1432hrs", "R/T", grading, closing codes, an intelligence grading, an occurrence reference with
an asterisk). Domestic abuse risk work: MARAC lists and action rows with an agency and a RAG
letter, a DASH count, an IDVA's safety plan and a sanctuary referral. A digital forensic
extraction report (exhibit numbers, a contact saved under a pet name, call logs with time
ranges, image metadata, geolocation). Pharmacy and medicines: a dispensing label in fixed-width
columns, a medication administration record with codes, a controlled drugs register, a
medication error, a blister pack spot check. Dentistry with tooth numbers run up against the
name, a general anaesthetic extraction list and the dental neglect pathway; the school-aged
immunisation team's batch lines and consent returns; a vet's and an animal welfare officer's
notes ("Owner: {P}"). A children's home: daily log, physical intervention record, Regulation 40
notifications and a Regulation 44 visitor's first person, a sanctions book, a locker search,
missing episodes with a quarter and a financial year. Children in care: the IRO's review and
footnote, Personal Education Plan targets "T1; T2; T3", SDQ scores, delegated authority, a
pathway plan with an age in years and months, a review health assessment. Adoption panel
recommendations with a vote and the child's permanence report; matching with "Day 1" and
"Day 10". Coroners and child deaths: the Record of an Inquest's boxes, a prevention of future
deaths report, a CDOP category, a SUDI home visit. Memorial material: a newspaper death notice,
an order of service, a fundraising page with its total, a bench plaque in capitals, a
condolence book. Children's own writing copied verbatim with their spelling ("dear judje", "wiv",
"luv", "nite"), a worry-box note, a list of three wishes, a birthday card. Attendance and
education welfare: register marks in pipes beside the name, a penalty notice, elective home
education monitoring, a children missing education tracker, a suspension letter, a managed move
and a planner note to sign. Calendar traffic: "Accepted:", "Declined: ... (proposed new time)",
"Tentative:", a forwarded invitation. Multi-agency training: a seven-minute briefing point, a
slide's speaker notes, a quiz question with options, a reflective log. Academic and thematic
review apparatus: a superscript or bracketed footnote mark glued to the name, an asterisked
note, "Ibid.", a transcript citation, a participant quotation, table and figure captions.
Subject access request redaction schedules, complaint stages, an ombudsman's decision and a
"Dear {P}" reply. Landlord repairs (a job number, a priority code, "no access x2") and gas
safety cards; hospital wristbands and labels with a hospital number after the name; trip
seating plans and risk assessments; phone message slips. Layout: markdown and ASCII table rows,
an ASCII box drawn across three lines, form fields filled between underscores, tick boxes in
brackets and in ballot-box characters, a typed signature, two columns of a scan read straight
across so that the name runs into the other column, roman-numeral and lettered sub-paragraphs,
an indented outline, a fixed-width listing with a reference code. Typing as it is really done:
caps lock left on (inverted case), no space after a full stop before the name or none on
either side of it, doubled words, "[sic]" and "(sic)" after the name, text-speak ("pls cb re",
"thx", "4 wkend"), "+", "@", "->", arrows and "∴", slashes between people, and the name glued
to a reference code, a count ("x3") or a time stamp ("04/03/24@14:32"). Dates and times written
every way beside the name: "half two", "twenty past nine", "2024-03-04T09:15:00Z", "w/c",
"D+3", "Day 12 of placement", "04MAR24 1015", "the 3rd inst.", "Q1 2024/25". And the name in
grammatical slots the earlier headers did not list: after "smaller than", as the agent after
"by", as an indirect object, after "Neither ... nor", "Unlike", "Everyone except", "Between",
"Whether", "Including", "So far as", "against", in a cleft ("It was to {P} that"), at the end
of a pseudo-cleft ("The person who rang ... was {P}"), left-dislocated ("{P}, she never
liked"), as a vocative closing a reassurance, and as an SMS sign-off before "x". No entry puts
a title before the name or a possessive after it.

Ordinary entries put each word-name in the same genres and in both senses where the word has
two: the modal and the month ("may"), the modal and the testament ("will"), the invoice, the
bird's beak, the parliamentary bill and "old bill" for the police ("bill"), weight and the
material ("stone"), RAG ratings ("amber", "green"), the street-drug term ("brown"), franking
mail ("frank"), daisy-chained cables, hijacking ("jack"), and compounds and inflections
("Uphill", "headstone", "Marshmallows", "Outfoxed", "Joyriding", "Deanery", "franked"). They
stand where a name would: at the start of a sentence, in capitals as a form label or search-map
area, before a colon or a pipe, after a time stamp, before a footnote mark, and inside quoted
speech and children's writing. Each sentence was checked so that the generator's first match is
the intended word and no other word-name appears in it; person and unlisted entries carry no
word-name outside the placeholders.
"""

THIRTYFIRST_PERSON_SENTENCES = [
    # Police pocket notebook and control room log.
    "1432hrs o/s the address, spoke to {P} at the front door, strong smell of cannabis.",
    'PNB p.37: {P} stated "nothing happened, he\'s gone now" - declined to sign.',
    "CAD 0417 04/03/24 G2 - caller {P} reports shouting and a child screaming next door.",
    "R/T from control: {P} now located, safe and well, 0212hrs.",
    "Update 23:58 - {P} still not answering, officers forcing entry under s.17 PACE.",
    "Closing code NFA; {P} given a DA leaflet and advised re DVDS.",
    "Occurrence ref 24*061329: IP {P}, suspect outstanding.",
    "Intel log (3x5x2): {P} seen getting into a black Audi with two older males.",
    # MARAC, DASH and the IDVA.
    "MARAC 12/03 - case 7 of 19: victim {P}, repeat referral within 12 months.",
    "DASH completed with {P}: 16 ticks, and high risk on professional judgement too.",
    "Action 4 | IDVA | Make safe contact with {P} via the nursery | by 19/03 | RAG: A",
    "Victim's voice: {P} wants the abuse to stop, not for him to be arrested.",
    "Sanctuary scheme referral made so that {P} can stay in the home.",
    "Safety plan agreed with {P}: a code word by text, a bag kept at a neighbour's.",
    # Digital forensic extraction.
    "Extraction report, exhibit JR/4: 1,214 messages between the handset and {P}.",
    'Contacts (phone book): {P} saved as "bae" with three heart emojis.',
    "Call log 02:11-02:48: nine missed calls from {P}, none answered.",
    "Image 0093.jpg, created 01/02/2024 23:40, shows {P} asleep on a sofa.",
    "Cell site data places the handset with {P} at a service station at 03:05.",
    # Pharmacy and medicines.
    "{P}    Take ONE 5ml spoonful THREE times a day    03/04/24",
    "MAR chart, week 14: {P} - 08:00 given, 12:00 R (refused), 18:00 given.",
    "Controlled drugs register: received from the pharmacy for {P}, 28 tablets, two signatures.",
    "Medication error: the dose meant for {P} was given to another young person at 21:10.",
    "Blister pack for {P} found untouched for days 3 to 6 at the spot check.",
    "Emergency contraception supplied at the pharmacy to {P} (15), assessed as competent.",
    # Dentistry and immunisation.
    "Dental chart: {P} - 55 54 53 | 63 64 65 carious, 51 61 abscessed.",
    "GA extraction list (Tues pm): {P}, 8 teeth, consent from the social worker.",
    "{P} was not brought to the third fluoride varnish appointment.",
    "Dental neglect pathway, stage 2 letter sent to {P} c/o the health visitor.",
    "MMR1 13/3/24 L deltoid batch AB123 - {P} - given by the school nurse.",
    "Consent form returned: {P} - NO - reason: 'we don't do jabs'.",
    "Imms catch-up list: {P} (DTaP/IPV 2 & 3 overdue by 4 months).",
    # The vet and the animal welfare officer.
    "Owner: {P}   Animal: Staffie cross, 'Biscuit'   Weight: 14.2kg (BCS 2/9)",
    "The vet's notes say {P} brought the puppy in with a fractured leg and no history.",
    "Animal welfare officer's notebook: dogs shut in the back room, {P} not home.",
    # A children's home.
    "Daily log 22:15: {P} returned to the home 75 minutes late, smelling of alcohol.",
    "Physical intervention 3 of the month - {P} - two-person hold, 4 minutes, no injury.",
    "Reg 40 notification: {P} arrested at 01:30 and taken to custody.",
    "Reg 44 visit: I spoke to {P} privately in the garden; no complaints were raised.",
    "Handover: {P} in bed by 23:00, room searched with consent, vape confiscated.",
    "Sanction: {P} - loss of phone for one evening, after damage to the lounge door.",
    "Return home interview offered to {P} and declined; a second worker to try.",
    "Missing from care episode 11 for {P} this quarter (Q2 24/25).",
    "Locker 14 ({P}) searched at 19:05 - lighter and two blades removed.",
    # Children in care.
    "LAC review 2 (28-day): {P} chose not to attend; views given via the advocate.",
    "IRO footnote: the plan for {P} has drifted since the first review.",
    "PEP targets for {P}: T1 reading age +6m; T2 attendance 95%; T3 join a club.",
    "SDQ (carer) total 24 - 'very high' - {P}; emotional 8, conduct 6.",
    "Delegated authority: the carers can sign the school trip form for {P}.",
    "Pathway plan for {P} (aged 17 and 4 months): staying put agreed, PA allocated.",
    "Review health assessment: {P} up to date with immunisations, dental overdue.",
    # Adoption.
    "Panel recommendation: that {P} should be placed for adoption (unanimous, 7-0).",
    "CPR section 4, the child's wishes: {P} wants to keep her teddy and her name.",
    "Matching: prospective adopters met {P} on Day 1 of introductions; move on Day 10.",
    # Coroners and child deaths.
    "Record of an Inquest - Box 1, name of deceased: {P}.",
    "The coroner heard evidence from {P} by video link.",
    "Regulation 28 report: concerns about how {P} was discharged home at night.",
    "CDOP category 3 (trauma); modifiable factors identified for {P}.",
    "SUDI home visit: {P} showed the officers where the baby had slept.",
    # Memorial material.
    "{P}, aged 3, fell asleep on 2nd March. Forever in our hearts.",
    "Order of service: Reading - {P} (big sister).",
    "Fundraising page set up in memory of {P}: £2,310 raised of £3,000.",
    "Bench plaque: IN LOVING MEMORY OF {P} 2019-2022",
    'Condolence book, page 2: "{P}, you lit up every room."',
    # Children's own writing, spelling kept.
    "dear judje i want to stay wiv {P} pleese",
    "To {P} luv from me xxx",
    "worry box note: {P} shouts at mum at nite and i cant sleep",
    "My 3 wishes: 1. a dog 2. for {P} to come home 3. a bike",
    "Birthday card from the mother: Happy 6th {P}, love you to the moon and back.",
    # Attendance and education welfare.
    "{P}  | / \\ | / \\ | O O | N N | G G |  att 61.3%",
    "Penalty notice issued to {P} for 10 sessions of unauthorised absence (code G).",
    "EHE monitoring visit declined by {P}; work samples sent by e-mail instead.",
    "CME tracker: {P} - last seen 14/01, believed abroad, enquiries ongoing.",
    "Suspension letter: I am writing to inform you that {P} has been suspended for 3 days.",
    "Managed move for {P} agreed at the Fair Access panel, 6-week trial from 22/04.",
    "Planner, w/c 11 March: {P} no PE kit again - please sign - Form tutor.",
    # Calendar traffic.
    "Accepted: Core Group - {P} - Rm 2.14 - Tue 05/03 10:00-11:30",
    "Declined: Strategy discussion re {P} (proposed new time: 14:00)",
    "Tentative: RHI {P} @ home, Thu 2pm",
    "FW: Invitation: ICPC for {P} - Teams link below",
    # Multi-agency training.
    "7-minute briefing, point 3: why did nobody ask {P} what life was like at home?",
    "Slide 6, speaker notes: pause here and read out what {P} told the teacher.",
    "Q4. When {P} disclosed at school, who should have been told first? (a) (b) (c)",
    "Reflective log: the case of {P} made me rethink how I record home visits.",
    # Academic and thematic review apparatus.
    "{P}¹ was never offered an advocate.",
    "The neighbour described {P}[12] as 'always out'.",
    "Interview with {P}, 14 March 2024 (transcript, p. 9).",
    "Ibid., p. 11; see also the health chronology for {P}.",
    "As one practitioner put it of {P}: 'the door was always shut' (Participant 4).",
    "* {P} is the eldest of four; see Appendix B.",
    "Table 3: Contacts with {P} by agency, 2022 to 2024.",
    "Figure 2. Timeline of missed appointments for {P} (shaded = not brought).",
    # Subject access, complaints and the ombudsman.
    "SAR redaction schedule, p. 14 para 3: {P} - third party - withheld.",
    "Consent sought from {P} before release of the health visitor's notes.",
    "Stage 2 complaint investigation: {P} complains that the assessment was biased.",
    "Ombudsman's final decision: fault found in how the council dealt with {P}.",
    "Dear {P}, thank you for your e-mail of 3rd March.",
    # Repairs, wristbands, trips and message slips.
    "Repair job 55129 (damp and mould), tenant {P}, priority P3, no access x2.",
    "Gas safety check: no access, card left for {P} at 09:40.",
    "Wristband: {P} / Hosp No. K0093177 / F",
    "Coach 2 seating plan, row 5: {P} next to a member of staff.",
    "Risk assessment for the residential trip: {P} - adrenaline pen held by the group leader.",
    "While you were out: {P} rang, pls cb re the letter, thx.",
    # Layout: tables, boxes, forms and columns.
    "| 04/03 | 09:10 | {P} | Phone | Left message |",
    "+--------+----------------+\n| Name   | {P} |\n+--------+----------------+",
    "Name of young person: ____{P}____  Date: __/__/__",
    "[x] {P} seen alone   [ ] bedroom seen   [x] views recorded",
    "☐ Consent refused   ☑ Consent given by {P}",
    "Signed: /s/ {P}  (typed signature, 04/03/2024)",
    "{P} was seen at      The GP did not refer\nhome on Tuesday      to the paediatrician",
    "(iii) {P}, for the reasons in section 5, should remain subject to the plan;",
    "b) whether {P} understood the written agreement;",
    "Household:\n   - {P}\n      - school\n      - GP",
    "SURNAME, FORENAME        REF\n{P}        CP/2291",
    # Typing as it is really done.
    "hOME VISIT: {P} IN BED AT 11AM, ROOM VERY COLD.",
    "Visited at 10.{P} answered the door in pyjamas.",
    "Spoke to{P}about the letter, who was upset.",
    "Spoke with with {P} about the the rent arrears.",
    "{P} [sic] was not spoken to at the visit.",
    "{P} defiantly (sic) wants to go back home.",
    "{P} -> nan's 4 wkend, ok'd by SW",
    "Mum + {P} + baby @ GP 2pm",
    "↑ concern re {P} since Xmas ∴ strategy mtg",
    "{P}/mum/baby all seen 03/04 (14:05)",
    "c/o {P} at the refuge, post to be held",
    "Case ref 24-00418/{P}/CIN",
    "{P}x3 DNA'd this term",
    "Seen 04/03/24@14:32 {P}; not seen 11/03/24@14:30.",
    "Thanks for today. {P} x",
    "Sent on behalf of {P} by the advocate.",
    # Dates and times written every way.
    "At half two on the Friday {P} phoned the duty line.",
    "2024-03-04T09:15:00Z {P} logged in to the parent portal.",
    "w/c 11/03: {P} to attend the drop-in on Weds.",
    "D+3 post-discharge call: {P} says the baby is feeding well.",
    "Day 12 of placement - {P} settling, eating better.",
    "04MAR24 1015 {P} ATT CLINIC",
    "On the 3rd inst. {P} called at these offices.",
    "Twenty past nine, {P} still in pyjamas, no school bag packed.",
    "Q1 2024/25 KPIs: {P} one of 4 children seen within 5 working days.",
    # The name in grammatical slots.
    "The baby is smaller than {P} was at the same age.",
    "The flat was let to {P} by a private landlord.",
    "The referral was made by {P} after the fall.",
    "The worker gave {P} a lift to the family hub.",
    "Neither the school nor {P} knew about the move.",
    "Unlike {P}, the younger boy spoke freely.",
    "Everyone except {P} attended the meeting.",
    "You did the right thing telling me, {P}.",
    "{P}, she never liked the new partner, that much was clear.",
    "Between {P} and the grandmother there was no contact for a year.",
    "It was to {P} that the boy first disclosed.",
    "Whether {P} knew about the injuries is not clear.",
    "The person who rang the police that night was {P}.",
    "Including {P}, six people were living in a two-bedroom flat.",
    "What {P} wanted was a fresh start somewhere new.",
    "Each agency held a different date of birth for {P}.",
    "The children, {P} among them, were taken to the police station.",
    "So far as {P} is concerned, the contact arrangements are working.",
    "The allegations against {P} were not pursued.",
    "The last professional to see {P} before the incident was the health visitor.",
]

THIRTYFIRST_ORDINARY = {
    "hope": [
        "1432hrs: the caller says she has lost all hope and has taken tablets.",
        "Reg 44 visitor: staff spoke with real hope about the move to semi-independence.",
        "Hope | Worry | Wish - the three columns on the direct work sheet.",
        "In loving memory, and in the hope that lessons are learned.",
        "i hope the judje lets me stay here",
        "The panel expressed the hope¹ that contact would continue.",
    ],
    "grace": [
        "Grace period: 14 days to pay the penalty notice before it doubles.",
        "The dental practice allows no grace for arrivals more than ten minutes late.",
        "At the children's home, grace was said before Sunday tea only.",
        "She got through the inquest with quiet grace, the coroner's officer wrote.",
        "GRACE PERIOD ENDS 31/03 - rent account flagged.",
        "The adopters showed real grace towards the birth mother at the meeting.",
    ],
    "mark": [
        "Mark: 2/10 for question one, as nobody named the DSL.",
        "Dental chart: a black mark on 61, recorded as decay.",
        "Please mark the CME tracker 'closed' once the child is on roll elsewhere.",
        "MAR chart: staff must mark each dose with their initials and the time.",
        "The vet found a mark on the dog's neck consistent with a tight collar.",
        "Body map, front view: mark 3, a 2cm graze below the left knee.",
    ],
    "rose": [
        "Missing episodes rose from 3 to 11 in one quarter (table 4).",
        "A single white rose was laid on the coffin.",
        "The young person rose at 06:10 and left the home without speaking to staff.",
        "Rose-gold phone case recovered at the scene, exhibit 7.",
        "Suspensions rose sharply after the new behaviour policy.",
        "On the child's drawing, a red rose next to the word 'mummy'.",
    ],
    "may": [
        "Consent form: your child may have a sore arm for a day or two.",
        "MAY 2024 - MARAC list, case 4 deferred to June.",
        "Carers may give paracetamol under the homely remedies policy.",
        "On 2nd May at 0940hrs officers attended the address.",
        "Inquest listed for 14-16 May, with a jury.",
        "The extraction list in May was cancelled because of a staff shortage.",
    ],
    "will": [
        "The coroner will give her conclusion at 2pm.",
        "Reg 44 visitor: I will return next month and speak to night staff.",
        "Her will left everything to the two older children.",
        "The boy was moved against his will to a placement 90 minutes away.",
        "Your child will be offered the second dose next term.",
        "The pharmacist will deliver the blister packs on Thursdays.",
    ],
    "william": [
        "The IRO will chair the next review at the home on Thursday.",
        "A copy of the grandfather's will was found in the drawer.",
        "The vet's bill came to £430, which the mother could not pay.",
        "Phone bill, March: 212 calls to the same number.",
        "Staff will log every missing episode the same night.",
        "Water bill arrears were passed to a debt collector.",
    ],
    "bill": [
        "The vet's bill came to £430, which the mother could not pay.",
        "Energy bill: £1,870 in arrears, prepayment meter fitted.",
        "The duck's bill was drawn in orange crayon, with 'ducky' written under it.",
        "Billing for the funeral was left to the grandmother.",
        "A private member's bill on home education was mentioned in the EHE report.",
        "The messages say 'old bill outside', meaning the police had arrived.",
    ],
    "amber": [
        "RAG rating: amber (action started, not complete).",
        "The DASH score put the case at amber before professional judgement raised it.",
        "AMBER - two or more missed health appointments (PEP health section).",
        "An amber necklace was among the belongings returned by the coroner's officer.",
        "Amber teething beads were found in the cot at the SUDI visit.",
        "The light on the attendance tracker turned amber at 92%.",
    ],
    "sky": [
        "CAD log: the caller says the sky is lit up by a fire in the next garden.",
        "The child drew a blue sky with a big yellow sun over her nan's house.",
        "Sky blue was the colour the family chose for the balloons at the memorial.",
        "Sky TV subscription: £78 a month on the statement.",
        "Under a clear sky the search team walked the field in a line at first light.",
        "The handset's wallpaper was a photo of the night sky.",
    ],
    "faith": [
        "Faith/belief: none recorded (pathway plan, section 2).",
        "The foster carers share the child's faith and take her to services weekly.",
        "Placement matching took account of faith, language and ethnicity.",
        "The complaint was handled in good faith, the ombudsman found.",
        "FAITH - Christian (lapsed)",
        "She said she had lost faith in the IDVA service after two changes of worker.",
    ],
    "holly": [
        "Holly wreath on the door of the home; staff decorated on 1 December.",
        "Scratches on both arms, which the carer said came from a holly bush.",
        "The child wrote 'holly' under her drawing of a prickly leaf with berries.",
        "Holly berries were among the things the toddler had put in his mouth.",
        "The grave was decorated with holly at Christmas.",
        "Order of service: front cover with holly and candles.",
    ],
    "ruby": [
        "Ruby-red scalds on both feet were photographed at 1550hrs.",
        "A ruby ring was on the list of items pawned, the police search found.",
        "The dog's gums were ruby red, the vet noted.",
        "Ruby anniversary card found in the kitchen, dated last year.",
        "A box of ruby hair dye was found in the bathroom bin.",
        "The pharmacy label was stuck to a ruby-coloured bottle of cough syrup.",
    ],
    "daisy": [
        "Daisy-chained extension leads ran across the bedroom floor (fire risk).",
        "The child drew a daisy with seven petals, one for each day in care.",
        "Daisy Room (ground floor) - contact room 2 at the family centre.",
        "A daisy hair clip was found in the car, exhibit 12.",
        "Daisy-print curtains in the nursery were heavily stained.",
        "Her card to the carer had a pressed daisy stuck inside.",
    ],
    "summer": [
        "Summer term attendance: 61.3%, down from 84% in the spring.",
        "Over the summer the young person went missing six times.",
        "Summer 2023 | 4 missing episodes | 2 arrests",
        "The inquest, adjourned last summer, resumed in January.",
        "A summer-born child, she started reception just after turning four.",
        "The summer reading challenge certificate was on the fridge.",
    ],
    "joy": [
        "Emotion fan: joy, worry, anger, calm - the child picked worry.",
        "The memorial page said the baby was a joy to everyone who met him.",
        "Joyriding charge: the young person was the passenger, not the driver.",
        "There was no joy in the contact, the supervisor recorded.",
        "Phone call to the school: no joy, the office could not find a record.",
        "She spoke with joy about the puppy, until it was taken away.",
    ],
    "dawn": [
        "0600hrs dawn entry under warrant; two adults arrested.",
        "Dawn to dusk, the child said, she was outside on the estate.",
        "The young person returned at dawn with no shoes.",
        "It dawned on the panel that no one had seen the baby for six weeks.",
        "DAWN FEED: 05:00, 4oz taken (foster carer's feeding chart).",
        "At the crack of dawn the vet was called out to the farm.",
    ],
    "ivy": [
        "Ivy had grown through the window frame of the back bedroom (repair job).",
        "The dog had been eating ivy leaves, the vet noted.",
        "IVY LEAVES BLOCKING GUTTER - tenant reports damp.",
        "An ivy-patterned wreath lay on the coffin.",
        "The fence was thick with ivy and had a gap used to climb out at night.",
        "Ivy growing across the CCTV camera meant no footage was recovered.",
    ],
    "jack": [
        "The headphone jack was broken, so the messages were read from the extraction.",
        "The car sat up on a jack in the front garden for months.",
        "The cash was hidden in the spare wheel well, under the jack.",
        "He tried to jack the car with the baby still inside, police said.",
        "JACK (car) recovered from the boot, exhibit 3.",
        "The youth said older boys would jack phones from younger children at the stop.",
    ],
    "robert": [
        "The boys planned to rob a delivery driver, the messages show.",
        "Robbery x2 and handling stolen goods (youth court, last year).",
        "He was robbed of his phone and trainers at knifepoint.",
        "CAD 0511: report of a robbery at the cashpoint, suspects on bikes.",
        "She said her mother's partner used to rob the gas meter.",
        "The carers were robbed while on holiday, so respite was arranged.",
    ],
    "frank": [
        "The IRO was frank: the plan had failed the child.",
        "Frank and open, the ombudsman's decision listed every delay.",
        "Frankly, the dental neglect pathway was never started.",
        "The envelope was franked 3 March but not received until the 9th.",
        "A frank conversation about consent took place at the sexual health clinic.",
        "In a frank reflective log, the student admitted she had not read the file.",
    ],
    "miles": [
        "The placement is 62 miles from the school, a 90-minute taxi each way.",
        "Claims for 340 miles of contact travel were paid to the grandparents.",
        "The two chronologies are miles out on the date of the first referral.",
        "MILES: 14 (return) - petty cash claim form.",
        "She walked three miles at night to the police station.",
        "The handset was traced 40 miles away, to a flat in another county.",
    ],
    "dean": [
        "The dean of the medical school confirmed the student was on leave.",
        "DEAN OF STUDIES, sixth-form college - contact for the PEP.",
        "A letter from the assistant dean for welfare was on the pathway plan file.",
        "Dean's list certificate on the wall of the care leaver's flat.",
        "The area dean led the memorial service at the parish church.",
        "Deanery training on the rotation was postponed, the GP trainee said.",
    ],
    "marsh": [
        "Marsh gas smell in the flat turned out to be a blocked drain.",
        "The search team covered the salt marsh at low tide.",
        "The boy's bike was found at the edge of the marsh at 0715hrs.",
        "Marshmallows were used as rewards in the session.",
        "Reed beds on the marsh are used by older boys to hide stolen bikes.",
        "MARSH - area 4 on the search map, cleared 1120hrs.",
    ],
    "hill": [
        "The coach stopped at the top of the hill for the trip photo.",
        "A hill walk was the reward the young person chose for a week without going missing.",
        "Uphill struggle, the IRO wrote, of getting a dental appointment.",
        "HILL (steep, unlit) between the home and the bus stop - risk assessment.",
        "The car rolled down the hill with the child inside, police were told.",
        "The vet practice is on the hill above the estate, a steep walk with the dog.",
    ],
    "wood": [
        "A piece of wood had been screwed across the bedroom door from outside.",
        "Wood-effect flooring in the lounge had a fresh patch of bleach.",
        "The search moved into the wood behind the school at 0300hrs.",
        "WOOD STORE (outside) - used as a hiding place, per the young person.",
        "Woodwork was the one lesson she never missed.",
        "The memorial seat is made of recycled wood and plastic.",
    ],
    "stone": [
        "Weight on admission 6 stone 4 (40kg), BMI below the 2nd centile.",
        "Stone steps outside the flat had no rail, and the toddler fell twice.",
        "The headstone was paid for by the school community.",
        "A stone was thrown through the window of the children's home at 2315hrs.",
        "Kidney stone pain meant the carer was admitted, and respite was used.",
        "Stone-cold bottles were found in the steriliser at the SUDI visit.",
    ],
    "bell": [
        "The bell on the front door of the home rings in the office.",
        "The doorbell camera at the home showed the young person leaving at 0210.",
        "Bell ringing practice on Tuesdays at the parish church was her one activity.",
        "BELL (call) pressed twice at 0420, room 3, no answer from staff.",
        "A bell was tied to the toddler's bedroom door so the carer would hear him.",
        "Saved by the bell, the boy said, when the fire alarm ended the interview.",
    ],
    "brown": [
        "Brown staining to the dog's bedding, the animal welfare officer noted.",
        "The dental chart records brown lesions on all the upper front teeth.",
        "Brown envelope, hand-delivered, no stamp, left in the porch.",
        "BROWN (heroin) - street term used in the messages on the handset.",
        "His hair had been dyed brown to change his appearance, police believed.",
        "A brown ring from a mug made the handwritten log unreadable at 2200.",
    ],
    "green": [
        "RAG rating: green (complete) for actions 1 to 3.",
        "Green bin bags of clothes were all she had when she came into care.",
        "The vet described green discharge from the puppy's eyes.",
        "Green-ink comments in the margin were added by the second reviewer.",
        "A green light on the tag box showed the curfew was being monitored.",
        "Greenhouse at the back of the garden was full of cannabis plants.",
    ],
    "lamb": [
        "Lamb curry was on the menu at the home on the night of the incident.",
        "A knitted lamb was placed in the coffin by the grandmother.",
        "Lambing time on the farm placement meant early starts for the young person.",
        "LAMB (soft toy) - exhibit 9, taken for DNA swabs.",
        "The vet had treated a lamb at the smallholding the same week.",
        "Mutton dressed as lamb, the neighbour said of the mother, unkindly.",
    ],
    "fox": [
        "Fox-red Labrador puppy, 12 weeks, bought for cash online.",
        "A fox had got into the bins, and rubbish covered the yard.",
        "The young person drew a fox hiding in a hole, and said it was her.",
        "Fox cubs play on the waste ground where the boys meet dealers.",
        "Foxes screaming at night frightened the child, the carer said.",
        "Outfoxed by the young people, staff admitted the alarms had been disconnected.",
    ],
    "banks": [
        "The river banks were searched by the underwater team.",
        "Two banks refused the care leaver an account without photo ID.",
        "BANKS (canal) - CCTV checked, nothing seen.",
        "Snow banks along the lane delayed the ambulance by 20 minutes.",
        "Clothes banks outside the leisure centre were where she got the children's coats.",
        "The extraction showed payments to four banks and a loan app.",
    ],
}

THIRTYFIRST_UNLISTED = [
    "1450hrs: {U} (neighbour) gave a first account at the scene.",
    "Alleged perpetrator at MARAC: {U}, no fixed abode, wanted on warrant.",
    'Contacts (phone book): {U} saved as "uncle", 44 calls in a week.',
    "Dr {U}, the consultant in paediatric dentistry, wrote to the social worker.",
    "The owner's friend {U} handed the dog in to a rescue centre in {T}.",
    "Reg 44 visits are carried out by {U}, an independent person.",
    "The IRO, {U}, raised a dispute at stage 2 of the resolution protocol.",
    "Mrs {U}, the foster carer, signed the MAR chart at 20:00.",
    "The coroner's officer, {U}, arranged the family's viewing.",
    "St {U}'s church, {T}: memorial service, 2pm.",
    "Text in the child's card: 'to {U} my best frend'.",
    "EHE tutor {U} teaches maths on Tuesdays, the monitoring report says.",
    "Meeting organiser: {U}. Location: Family Centre, {T}.",
    "Presenter: {U}, designated nurse for safeguarding (slide 1).",
    "Footnote 7: personal communication from {U}, 12 June 2024.",
    "SAR redaction: {U} is a third party; withheld under the exemption.",
    "The complaint was investigated by {U}, an independent investigator.",
    "A vet practice in {T} had the puppy registered under another name.",
    "The young person was found at the flat of {U} in {T}.",
    "Dr {U} (forensic medical examiner) saw the young person at 0310.",
    "Item 6: {U}, the attendance officer, to attend the EHE review.",
    "Pharmacist {U} raised the alarm when the same prescription was collected twice.",
    "The SUDI home visit was led by {U} with the police family liaison officer.",
    '"Ask {U}, she knows everything," the boy said, pointing next door.',
    "Witnessed by {U} (typed name only, no signature).",
    "Placement 3 of 5: a children's home in {T}, run by a private provider.",
    "Caller {U}, a taxi driver, reported a girl crying in the back of his cab.",
    "Table 2, row 7: {U} | lodger | no checks done",
    "Accepted: {U} - Strategy discussion - Teams",
    "Mrs {U} from the repairs team could not get access on three visits.",
]
