"""Fifteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the eleventh's, twelfth's, thirteenth's and
fourteenth's headers; only the corpus generator was read, for the format. No real person or
case is represented.

Styles. Person entries put the name in record genres and joins the eleventh to fourteenth
families did not list: the coroner's Record of Inquest and a Regulation 28 report, a CDOP
analysis form, a SUDI joint home visit, a LADO consultation, key practice episodes,
learning-event sticky notes and document properties of a draft review; private fostering, an
EHCP "all about me" page and one-page profile, a PEP, an IRO midway review and a pathway plan;
an NRM decision, a Child Abduction Warning Notice, a Channel panel, a Merton age assessment,
a passport MRZ line with the name glued to "GBR" and "<<<" fillers, and an interpreter's
aside; elective home education, a penalty notice, a school taxi manifest and a seating plan
split by tab characters, an Arbor behaviour log, a leisure-centre swipe log and a library
card; an FP10 prescription, a MAR chart, a hospital passport, a CP-IS alert, a discharge
summary "dictated but not checked", a section 136 and a skeletal survey; a DVDS disclosure,
an Osman warning, a body-worn video transcript, a handset extraction ("{P}2"), a call log,
Bluetooth device names, a password with the name run onto a year and "!", a voice-assistant
history; Cafcass, a C100, a victim personal statement, sentencing remarks, legal
sub-paragraph numbering ("(iii) {P} shall not") and a non-molestation order; a tenancy
agreement, a Community Protection Notice, a key safe, gas-safety no-access, a bank statement
in capitals ("FASTER PYMT TO {P} REF"), a Child Benefit payee, an airline PNR ("1.1{P}/CHD"),
an RSPCA log, a DVLA keeper check, a fax header run onto "RE:", OCR garble around the label
("Narne of chiId:") and a shopping list; press headlines ("Tot {P}") and a comma age, a
partnership statement, a campaign for "{P}'s Law", a memorial room, fund and tree ("the {P}
Room", "for {P}"), an order of service, a hashtag glued to the name ("#JusticeFor{P}"), an
@-mention with a suffix, a tilde-framed bio; the contracted "will" and "had" ("{P}'ll",
"{P}'d"), plus signs ("Mum+{P}+baby"), Polish low-high quotes and guillemets around the name,
a Windows CRLF line break, a BSL gloss in capitals, a pet-name suffix ("{P}-bear"); and
ordinary-word slots a name fills ("no sign of {P}", "rested on {P}", "a lot to ask of {P}",
"sick of {P}", "Nanny {P}", "Bless {P}", "Not even {P}", "to be {P}", "Wherever {P}").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in the same new genres (inquest, Regulation 28, SUDI, LADO,
NRM, EHCP, PEP, tenancy, ANPR, BWV, RSPCA, Arbor, a BSL gloss in capitals "ME HOPE MUM
BETTER SOON"), as nouns, verbs, modals, adjectives and derived forms ("Hopes and fears",
"Hoped-for", "Graceless", "Markers of inflammation", "Rose-gold", "Rosehip", "Skyline",
"Sky lanterns", "Blue-sky", "Holly-patterned", "Daisy-chained extension leads",
"Summertime", "Joyless", "Joyous", "Pre-dawn", "Dawn chorus", "Ivy-choked", "Jacked-up
prices", "headphone jack", "Jack-o'-lantern", "Robbers", "Frank breech", "franking
machine", "Frankfurters", "sub-dean", "Salt marsh", "Marshy", "Hill starts", "Hillocks",
"Woodworm", "Stonemasons", "Dumb-bells", "Brownie points", "Hash browns", "Green Cross
Code", "Green-fingered", "Lamb's lettuce", "lambed", "Fox terrier", "Urban foxes", "Banks of
CCTV screens", "Milk banks"), with idioms not used before ("saving grace", "airs and
graces", "rose to the occasion", "with the best will in the world", "ill will", "article of
faith", "bundle of joy", "from dawn till dusk", "see the wood for the trees", "no stone left
unturned", "rang a bell", "the grass is greener").
Unlisted entries put people and towns in an MRZ line, a bank statement, a hashtag, a
memorial garden, a device list, a Channel panel, Polish quotes, plus-sign joins with ANPR, a
fax header, a BWV "'ll" contraction, a taxi manifest with tabs and a DVLA keeper check.
"""

from __future__ import annotations

FIFTEENTH_PERSON_SENTENCES: list[str] = [
    # Coroner, child death review, LADO and the review's own working papers.
    "Record of Inquest, box 1 (name of the deceased):\t{P}",
    "Regulation 28 report, matter of concern (2): no agency owned the plan for {P}.",
    "CDOP analysis form: modifiable factors in the death of {P} (co-sleeping, smoking).",
    "SUDI joint home visit: the sofa where {P} was found was photographed in situ.",
    "LADO consultation - allegation that a PE teacher gripped {P} by the wrist and shook.",
    "Key Practice Episode 4: the missed initial health assessment for {P}, March to June.",
    "Learning event sticky note: 'nobody asked {P} what they wanted'",
    "Document properties > Title: Rapid review - {P} - DRAFT v0.4",
    # Private fostering, SEND, looked-after children and care leavers.
    "Private fostering notification: {P} has lived with a family friend for 31 days.",
    "What people like and admire about {P}: kind to little ones, funny, loves horses.",
    "EHCP section A: {P}'s views, interests and aspirations - 'I want to be a vet.'",
    "One-page profile\nHow best to support {P}:\n• warn about any change to the timetable",
    "PEP, spring term: Pupil Premium Plus paid for a laptop and a maths tutor for {P}.",
    "IRO midway review: the plan for {P} has drifted; no permanence decision at 14 months.",
    "Pathway plan (18+): {P} hopes to stay put with the foster carer until 21.",
    # Exploitation, radicalisation, unaccompanied children.
    "NRM referral: positive reasonable grounds decision for {P} received on day 5.",
    "Child Abduction Warning Notice served on the 34-year-old man in respect of {P}.",
    "Channel panel: {P} accepted an intervention provider after the Prevent referral.",
    "Merton-compliant age assessment - {P} claims to be 16; two assessors and an interpreter.",
    "MRZ copied from the travel document: P<GBR{P}<<<<<<<<<<<<<<<<<<",
    "Interpreter (Tigrinya, by phone): {P} is 'not sure of the year' of birth.",
    # Education and leisure.
    "Elective home education: {P} off roll 12/03; no evidence yet of suitable education.",
    "Taxi manifest, route 14:\t08:05\t{P}\tescort required\tbooster seat",
    "Seating plan, table 3:\t{P}\tnext to the TA\tnot by the window",
    "Arbor behaviour log: Level 3, {P} threw a chair; parent contacted by text.",
    "Leisure centre swipe log: {P} entered 21:58, after the under-16 cut-off.",
    "Library card in the name of {P}; last loan, a picture book about moving house.",
    "Penalty notice for unauthorised absence: the parent of {P} (14 sessions missed).",
    # Health.
    "FP10 - Patient: {P} - Amoxicillin 250mg/5ml, 5ml TDS x 5/7",
    "MAR chart: melatonin 2mg at 19:30 not given; {P} at contact with the father.",
    "Hospital passport, things you must know about me: {P} does not show pain.",
    "CP-IS alert at the urgent treatment centre: {P} is on a child protection plan.",
    "Discharge summary (dictated but not checked): {P} d/c home with mother, safety-netted.",
    "Section 136 used at 01:50; {P} conveyed to the health-based place of safety.",
    "Paediatric CP medical: skeletal survey for {P} booked for the morning list.",
    # Police, digital evidence and the courts.
    "Right to Know disclosure under the DVDS made to {P} in person at the station.",
    "Osman warning delivered to {P} at 20:10 (threat-to-life intelligence).",
    "BWV transcript - PC: Where's the baby? MALE: {P}? Upstairs, asleep.",
    "Handset extraction, contacts tab: {P}2 (no number; Snapchat link only)",
    "Call log: 23:47 outgoing to {P} (00:00:41); 23:49 missed call, same number.",
    'Bluetooth pairing history: "{P} iPhone", "JBL speaker", "Car Audio"',
    "The password written inside the laptop lid was {P}2014!",
    "Voice assistant history: 'Alexa, call {P}' at 02:14, 02:16 and 02:19.",
    "Cafcass safeguarding letter: a 2024 police call-out involving {P} is recorded.",
    "C100 form: the applicant asks for {P} to live with her.",
    "Victim personal statement: 'Since that night {P} won't sleep with the light off.'",
    "Sentencing remarks: You, {P}, were the adult in that flat and you did nothing.",
    "(iii) {P} shall not be removed from the jurisdiction of England and Wales.",
    "Non-molestation order granted without notice; {P} named as a relevant child.",
    # Housing, money, animals, vehicles, fax and scanning.
    "Tenancy agreement, clause 1 - The Tenant(s): {P} and one other, jointly and severally.",
    "Community Protection Notice served on {P}: noise, and visitors at all hours.",
    "Key safe code given to the carer only; {P} must not be told it.",
    "Gas safety: no access on three attempts; {P} refused entry through the letterbox.",
    "Bank statement, 03 OCT: FASTER PYMT TO {P} REF 4 FOOD 20.00",
    "Child Benefit has been paid to {P}, not the mother, since the claim moved.",
    "PNR: 1.1{P}/CHD 2.1ADULT/MR - one way, no return booked",
    "RSPCA log: dog underweight, owner recorded as {P}; tag has the mother's number.",
    "DVLA check: registered keeper of the silver hatchback is {P}, at a former address.",
    "27/11 14:02 FROM:MASH TO:01632960000 P.02/04 RE:{P}",
    "OCR of scanned referral: Narne of chiId: {P}   D0B: [illegible]",
    "Shopping list on the fridge: milk, nappies, bread, {P} calpol, bin bags",
    # Press, statements and memorials.
    "Headline: Tot {P} 'failed by every agency', review finds",
    "Toddler {P}, two, had 27 injuries, the court heard.",
    "Partnership statement: 'Our thoughts remain with all who loved {P}.'",
    "The family are campaigning for {P}'s Law on bruising in non-mobile babies.",
    "The new family hub has a sensory room named the {P} Room.",
    "Donations to the {P} Fund will pay for a bereavement worker at the school.",
    "A cherry tree was planted in the school garden for {P}.",
    "Order of service: Celebrating the life of {P}, followed by a balloon release.",
    "A vigil was organised on Facebook under #JusticeFor{P}.",
    "The older boy's story tagged @{P}_x with the caption 'ur next'.",
    "Bio on the account: ~{P}~ 14 | no time wasters",
    # Contractions, symbols, other scripts and line endings.
    '"{P}\'ll be fine with her nan," the mother told the nursery.',
    'Mother on the phone: "{P}\'d already gone out when I got up."',
    "Mum+{P}+baby in one room at the B&B, shared bathroom on the landing.",
    "Note from the Polish school, translated: \u201e{P} jest bardzo cicha\u201d (is very quiet).",
    "Romanian interpreter's note: \u00ab{P} nu e aici\u00bb (is not here), the father said.",
    "Referral form field 7 (child's name):\r\n{P}\r\nField 8 (DOB): not known",
    "BSL interpreter's gloss: ME FRIGHTENED. {P} SHOUT-SHOUT. ME HIDE.",
    'Mum signs off her texts to the child "love you {P}-bear".',
    # Slots where a word-name reads as an ordinary word.
    "There was no sign of {P} at the address, and the neighbours had seen nobody.",
    "Everything in the safety plan rested on {P}.",
    "It was a lot to ask of {P}, aged 12, to care for a baby overnight.",
    "The baby was the spitting image of {P}, relatives said.",
    "The mother said she was sick of {P} and needed a break.",
    "Nanny {P} has the children every Sunday.",
    "Wherever {P} went, the older boys followed.",
    "Not even {P} knew where the mother had gone.",
    "What was it like to be {P} in that household? This review asks.",
    "Bless {P}, they tried their best, the neighbour said.",
    "Looking after {P} fell to the 12-year-old.",
    "Of all the children, {P} was hit hardest by the move.",
]

FIFTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hopes and fears, EHCP section A: 'to live near my brother'; 'the dark'.",
        "Hoped-for outcome (PEP): back in mainstream school by Year 9.",
        "The coroner said he hoped every agency in the area would read this report.",
        "BSL gloss: ME HOPE MUM BETTER SOON.",
        "Victim personal statement: 'There is no hope left in this house now.'",
    ],
    "grace": [
        "Graceless was the father's word for how the ward told him the news.",
        "Her one saving grace, the IRO wrote, was the stability of the school placement.",
        "Grace notes and scales were all the child would play on the foster carer's piano.",
        "No airs and graces: the grandmother came to the panel in her work uniform.",
        "Grace days on the rent account had run out by March, housing said.",
    ],
    "mark": [
        "Markers of inflammation were raised, and the skeletal survey was brought forward.",
        "Marked up in red by the coroner's officer, the chronology went back to each agency.",
        "A question mark hangs over who was in the flat that night, the inquest heard.",
        "Marker pen on the bedroom door listed the days the father could visit.",
        "The tide mark on the bath showed it had not been emptied for days.",
    ],
    "rose": [
        "Rose-gold earrings, two new phones and designer trainers were found in her room.",
        "Rosehip syrup was the only medicine in the kitchen cupboard.",
        "Overnight the heart rate rose steadily, but nobody called the registrar.",
        "The foster carer rose to the occasion when three siblings arrived at midnight.",
        "Rates of exclusion rose after the school changed its behaviour policy.",
    ],
    "may": [
        "May 2026: the inquest opened and was adjourned pending the criminal trial.",
        "May I speak to the children on their own? the officer asks on the BWV footage.",
        "The coroner may send a copy of this report to the Chief Coroner.",
        "Bank holiday in May: the school taxi did not run and nobody told the escort.",
        "May Day fair on the green was the last time the family was seen together.",
    ],
    "will": [
        "Will not engage - written across the top of the referral - was not a fair summary.",
        "With the best will in the world, one worker cannot visit thirty families a week.",
        "There was ill will between the two households after the funeral.",
        "A will and a letter of wishes left by the mother named the aunt as guardian.",
        "Will the father be told where the children live? The Cafcass officer asks directly.",
    ],
    "william": [
        "Will you tell my brother I'm sorry? the boy asked as the Channel session ended.",
        "Staff will walk the child from the taxi to the classroom every morning.",
        "Bill of costs from the solicitor arrived the week of the funeral.",
        "The billing address on the contract phone was a flat in another town.",
        "The mobile phone bill showed 212 calls to one number in a single weekend.",
    ],
    "bill": [
        "Bills on the mat, unopened, dated back to February (seen on the BWV footage).",
        "Billboards near the school carried the police appeal for witnesses.",
        "The utility bill given as proof of address was in another woman's name.",
        "A bill for the funeral, £4,100, was paid through a community appeal.",
        "Vet's bill unpaid, the dog was never collected, the RSPCA officer said.",
    ],
    "amber": [
        "Amber liquid in a lemonade bottle was tested and found to be whisky.",
        "Amber stickers on a tenancy file mean two-worker visits only, housing explained.",
        "Urine in the catheter bag was dark amber, suggesting the child was dehydrated.",
        "The car went through on amber, the camera footage showed.",
        "Beads of amber from a broken bracelet were found in the baby's nappy.",
    ],
    "sky": [
        "Skyline views from the 14th-floor flat came with a balcony door that did not lock.",
        "Sky lanterns were released at the vigil, against the fire service's advice.",
        "The night sky over the estate was lit by fireworks when the boy went missing.",
        "Blue-sky ideas from the learning event were parked in favour of practical changes.",
        "Under an overcast sky the search teams walked the canal towpath in a line.",
    ],
    "faith": [
        "Faith healing was offered by a visiting pastor in place of the epilepsy medication.",
        "An article of faith in the team was that the mother would always ring if worried.",
        "Faith-led burial within 24 hours was asked for, and the post-mortem was contested.",
        "The form asked for faith and ethnicity; both boxes were left blank.",
        "Keeping faith with the plan, the IRO refused to sign off a move mid-year.",
    ],
    "holly": [
        "Holly-patterned wrapping paper was still on the floor in February.",
        "Holly wreaths were on sale at the Christmas fair the day the girl disappeared.",
        "A Christmas jumper with holly on it was the only warm top the boy owned.",
        "The CCTV stills show a holly wreath on the door of the flat.",
        "Holly leaves had pricked the baby's hand on the bus, the mother told A&E.",
    ],
    "ruby": [
        "Ruby port and sleeping tablets were found beside the mother's bed.",
        "Ruby grapefruit juice can interact with the medication, the pharmacist warned.",
        "The girl had a ruby nose stud fitted at a shop that made no age check.",
        "Stolen jewellery, including a ruby brooch, was traced to a pawn shop.",
        "The birthday cake in the photographs was iced in ruby and gold.",
    ],
    "daisy": [
        "Daisy-chained extension leads in the bedroom were the likely cause of the fire.",
        "Daisy stickers had been put over the plug sockets instead of safety covers.",
        "The ox-eye daisy meadow behind the school is where the knife was found.",
        "A white coffin with a daisy motif is described in the order of service.",
        "The toddler's wellies had a daisy print and were two sizes too small.",
    ],
    "summer": [
        "Summer uniform was all the child had in January: a short-sleeved shirt, no coat.",
        "Summertime contact moved to the park, where the supervisor could not see clearly.",
        "The boy spent a summer on a county line in a seaside town, the NRM referral says.",
        "A late summer heatwave meant the windows were open when the toddler fell.",
        "Summer-weight sleeping bags only, no duvets, the SUDI adviser said.",
    ],
    "joy": [
        "Joyless was how the guardian described the contact sessions by the end.",
        "Joyous scenes at the adoption celebration hearing were filmed on a phone.",
        "A bundle of joy, the neighbours' card read; it was still on the mantelpiece.",
        "The mother found little joy in the baby, the perinatal team recorded.",
        "Tears of joy, the carer wrote, when the NRM decision came through.",
    ],
    "dawn": [
        "Pre-dawn arrests were made at three addresses linked to the county line.",
        "Dawn chorus on the recording places the last call at about 04:30.",
        "Dawn light from the window can be seen on the body-worn footage.",
        "The boy fished from dawn till dusk in the holidays, alone, the neighbour said.",
        "Patrols at dawn were added after the Community Protection Notice was breached.",
    ],
    "ivy": [
        "Ivy-choked guttering had brought the ceiling down in the back bedroom.",
        "Ivy tendrils had grown through the window frame into the bedroom.",
        "The ivy was cut back by the landlord only after the gas safety visit.",
        "Behind a curtain of ivy the older boys kept knives in a gap in the wall.",
        "English ivy sap can irritate skin, the GP said of the rash on the toddler's arms.",
    ],
    "jack": [
        "Jacked-up prices at the B&B meant the council paid twice the going rate.",
        "Jack-o'-lantern photos from Halloween are the last pictures of the children together.",
        "The headphone jack on the tablet had been snapped off in the argument.",
        "A jackhammer on the building site next door woke the baby every morning.",
        "Jacks and a skipping rope were the only toys in the bedroom.",
    ],
    "robert": [
        "Robbers, the boy called the older lads who took his trainers.",
        "He was robbed twice on the line before he was 15, the NRM referral records.",
        "Robbed of sleep by the music next door, the mother stopped coping.",
        "Street robbery figures near the school were shared at the contextual meeting.",
        "The shop was robbed of £300 by two masked boys, one of them aged 12.",
    ],
    "frank": [
        "Frank breech presentation was noted at 36 weeks, and a caesarean was booked.",
        "The franking machine date on the letter showed it was posted after the hearing.",
        "Franker conversations in supervision might have surfaced the worry sooner.",
        "A frank and fearless challenge to the police was what the chair owed the panel.",
        "Frankfurters and crisps were all that was in the fridge at the unannounced visit.",
    ],
    "miles": [
        "Miles on the taxi's log did not match the school route, the escort's manager found.",
        "The car was doing 70 miles an hour in a 30 zone with the boy in the back.",
        "Air miles on the father's account paid for the one-way flights.",
        "Miles from the hospital, the farm had no mobile signal to call an ambulance.",
        "Travelling 90 miles to the placement each week wore the grandmother down.",
    ],
    "dean": [
        "Dean of Students at the university was told the care leaver had stopped attending.",
        "The sub-dean of the medical school wrote a reference for the mother's hearing.",
        "An associate dean chaired the student's fitness-to-study meeting.",
        "Deans of the two colleges agreed to share the student's support plan.",
        "The area dean took the funeral at the parish church.",
    ],
    "marsh": [
        "Salt marsh channels fill fast on a spring tide, the coastguard told the inquest.",
        "Marshy ground around the lake made the search slow.",
        "Marsh grass on the boy's trainers placed him near the estuary.",
        "The search dog lost the scent at the edge of the marsh.",
        "A drowned phone was recovered from a ditch on the marsh.",
    ],
    "hill": [
        "Hill starts in the stolen car defeated the 13-year-old driver, the police log notes.",
        "Hillocks of rubbish in the back garden hid the door of the shed.",
        "The hill fort above the town is where the teenagers drank at weekends.",
        "Fog on the hill delayed the air ambulance by forty minutes.",
        "The bus stops at the bottom of the hill, so the escort walks the child up.",
    ],
    "wood": [
        "Woodworm had eaten through the stair treads, housing found on the disrepair visit.",
        "Wood glue was being sniffed by the boys in the garage, the youth worker heard.",
        "Agencies could not see the wood for the trees, the coroner observed.",
        "A woodpile against the back fence gave the toddler a way over.",
        "The woodshed had been turned into a bedroom for the 15-year-old.",
    ],
    "stone": [
        "Stones were thrown at the taxi as it left the estate.",
        "No stone was left unturned in the search, the police told the family.",
        "Stonemasons engraved the memorial bench free of charge.",
        "Stone chippings were embedded in the grazes on both knees.",
        "Weighed at the leisure centre, the boy was eight stone at 15.",
    ],
    "bell": [
        "The name rang a bell with the duty officer, who checked the PNC.",
        "Bell ringers at the church were the last to see the boy, on practice night.",
        "Dumb-bells kept under the cot were a tipping risk, the SUDI visit noted.",
        "Bells on the toddler's shoes meant the mother could hear where she was.",
        "The school's lockdown bell sounded during the PEP meeting, cutting it short.",
    ],
    "brown": [
        "Brownie points were handed out on Class Dojo, and the boy had none.",
        "Hash browns and energy drinks were what the teenager had for breakfast daily.",
        "Brown bread, tins and nappies came in the emergency food parcel.",
        "The bruise had browned at the edges by the second photograph.",
        "Two brown dogs were kept in the back yard, one of them muzzled.",
    ],
    "green": [
        "Green Cross Code lessons were missed because the boy was in the isolation room.",
        "Greenery in the memorial garden was planted by the boy's classmates.",
        "A putting green at the caravan park is where the older man first spoke to her.",
        "Green-fingered, the foster carer had the children growing tomatoes.",
        "The grass is greener, the mother said of the move, but the debts came too.",
    ],
    "lamb": [
        "Lamb kebab wrappers and empty cans filled the bedroom, the EHE officer saw.",
        "Lamb's lettuce and strawberries were all the child would eat at the foster home.",
        "Lambs on the farm were the boy's job at 5am, before the school bus.",
        "Ewes had lambed in the barn where the children were sleeping.",
        "The farm's orphan lamb was bottle-fed by the 9-year-old before school.",
    ],
    "fox": [
        "Fox terrier bites to both hands were treated at the walk-in centre.",
        "Fox-red hair dye had stained the bath and all the towels.",
        "A fox-fur trim on the hood was the only description the witness gave.",
        "Foxholes dug into the railway embankment were where the boys hid from police.",
        "Urban foxes screaming at night were what scared the child, he said.",
    ],
    "banks": [
        "Banks of CCTV screens at the shopping centre picked the girl up at 16:02.",
        "Banks on the reservoir are steep and slippery, the coroner noted.",
        "The family banks with a credit union, so the payments could be traced.",
        "Milk banks supplied donor milk while the baby was in neonatal care.",
        "The lake's banks were searched by dogs on the second day.",
    ],
}

FIFTEENTH_UNLISTED: list[str] = [
    "MRZ line on the second passport: P<GBR{U}<<<<<<<<<<<<<<<<",
    "Bank statement: FASTER PYMT TO {U} REF SORRY 50.00",
    "#JusticeFor{U} trended locally after the vigil in {T}.",
    "The family hub in {T} has a garden named after {U}.",
    'Devices seen on the router: "{U} iPad", "Living Room TV", "HP printer"',
    "Channel panel held in {T}; {U} from the youth club attended.",
    "Translated: \u201e{U} jest moim wujkiem\u201d (is my uncle).",
    "Mum+{U}+baby in the car, ANPR hit in {T} at 02:13.",
    "27/11 09:12 FROM:{T} MASH P.01/03 RE: referral",
    "BWV transcript - MALE: {U}'ll sort it. Ask anyone.",
    "Taxi manifest\t{U}\tdriver\t{T} depot",
    "DVLA check: registered keeper {U}, of an address in {T}.",
]
