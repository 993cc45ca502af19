"""Eighteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the fourteenth's, fifteenth's, sixteenth's and
seventeenth's headers; only the corpus generator was read, for the format. No real person or
case is represented.

Styles. Person entries put the name in record genres and joins the fourteenth to seventeenth
families did not list: the review's own pseudonym conventions gone wrong (the real name beside
"referred to in this report as Child W", "Child W ({P})", a key to people "B = {P}", an
anonymisation note "every name except {P}'s has been changed", an asterisk pseudonym marker
"{P}* (*name changed)", an editorial insertion in a quotation "She [{P}] never had a coat"),
an Ombudsman decision "(Mrs X in the decision)", a written parliamentary question, an FOI
request, and a running footer glued to the next line ("Page 12 of 40{P}",
"OFFICIAL-SENSITIVE{P}"); a Datix incident, a SCBU cot card with gestation "34+2", an
immunisation entry, speech and language therapy, emergency contraception at a pharmacy,
Manchester triage colours, a death registration informant, the medical c-bar "c\u0304 {P}" and
a clinician's query mark glued on ("?{P}"); police intelligence grading "(B/2/4)", a pocket
notebook, MAPPA, OASys and special measures, and a court transcript "Q." line; Three Houses, an
ecomap, a danger statement, supervised contact, a viability assessment and an AMHP note; a
nursery accident book and existing-injury form, a reading record and an exam candidate number
glued on ("no.4417{P}"); the electoral roll and choice-based lettings; machine formats not used
before: a vCard "FN:{P}", iCalendar "ATTENDEE;CN={P}:mailto:" and "SUMMARY:", a MIME encoded
subject "=?UTF-8?Q?..._{P}_...?=", percent-encoding "%22{P}%22", a wiki link "[[{P}]]", an SQL
"LIKE '{P}%'", unfilled mail-merge chevrons "<<{P}>>", a Teams "(Guest)" label, pronouns
"(she/her)", a warning emoji glued on, a middle-dot household list, a section sign glued on
("\u00a74.2{P}"), "{P}x3", "{P}(?)", a stutter "m-m-{P}", a voicemail auto-transcript in lower
case, a text run together ("{P}pls"), "{P}'ve", "a {P}-shaped hole" and "Master {P}"; and,
hardest, slots where a word-name reads as the ordinary word: sentence-start predicates ("{P}
springs to mind", "{P} is fading", "{P} broke down", "{P} took hold of", "{P} crept in", "{P}
followed", "{P} arrived late", "{P} I think was", a comma-less vocative "{P} you need to"), and
objects and prepositions ("kept {P} alive", "clung to {P}", "put {P} in the bath", "Put {P} down
for", "{P} cold and wet", "{P} high on something", "no {P} at the visit", "In search of {P}", "no
room for {P}", "Concerns around {P}", "argued over {P}", "The change in {P}", "With {P} away",
"until {P} came home", "When {P} rang", "lost {P} to the care system", "Poor {P}").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in the same new genres (MASH, IDVA, YOT, SCBU, court waiting
areas, the diocese), as nouns, verbs, modals, adjectives and derived forms not listed before
("Hopefully", "hopeful", "Grace before meals", "Pock marks", "Markings", "Rose-tinted", "Come
what may", "Will you", "bill of sale", "vet's bill", "Amber-rated", "Amber street lights",
"Sky-high", "Yours faithfully", "Faith-based", "Holly leaves", "Ruby wedding", "Ruby glass
beads", "Oops-a-daisy", "Daisy-print", "Summer-born", "Joyriding", "dawned on", "A new dawn",
"Ivy-covered", "Jack of all trades", "Union Jack", "pallet jack", "Jack Russell", "Robbing",
"Frankly", "Frank bleeding", "Miles of unlit lane", "area dean", "Dean of the cathedral",
"Hillside", "Hill fog", "Wooden", "Touch wood", "Kidney stones", "stone's throw", "Bells fitted
to the front door", "Saved by the bell", "call bell", "Brownies", "Green-ink letters", "green
light", "Lambing", "Lambswool", "Mutton dressed as lamb", "sly as a fox", "burst its banks",
"uniform banks", "Banks of seating").
Unlisted entries put people and towns in a vCard, an iCalendar attendee, a death registration,
the electoral roll, a clinician's query mark, a "referred to as Adult F" key, an editorial
insertion, choice-based lettings, a percent-encoded search, intelligence grading, a MIME subject
and a middle-dot household list.
"""

from __future__ import annotations

EIGHTEENTH_PERSON_SENTENCES: list[str] = [
    # The review's own pseudonym conventions, publication and complaints.
    "{P} (referred to in this report as Child W) was nine weeks old when she died.",
    "Child W ({P}) is the youngest of four; the letter was agreed with the family.",
    "Anonymisation note: every name except {P}'s has been changed at the family's request.",
    "Key to people in this review: A = mother; B = {P}; C = mother's partner.",
    "{P}* (*name changed) was described by nursery staff as funny and affectionate.",
    "'She [{P}] never had a coat that fitted,' the neighbour told the review.",
    "The Ombudsman found that {P} (Mrs X in the decision) was caused avoidable distress.",
    "Written question 4471: what lessons the Department has learned from {P}.",
    "FOI/2026/118: all records held on {P}, released with section 40 redactions.",
    "Page 12 of 40{P} had been out all night, according to the older sibling.",
    "OFFICIAL-SENSITIVE{P} was not seen at the following two visits.",
    # Health.
    "Datix W1187: {P} slipped from the cot side on the ward; no injury seen.",
    "Cot 6 (SCBU): {P}, 34+2, off CPAP today, mother has not visited.",
    "Imms: pre-school booster given to {P} (R arm); mother consented by phone.",
    "SALT: {P} used single words only ('more', 'no', 'mama') at 30 months.",
    "Levonorgestrel 1.5mg supplied to {P}, aged 15, at the pharmacy counter.",
    "Triage (MTS): {P} \u2013 orange \u2013 head injury, mechanism unclear.",
    "Informant: {P}, mother, present at the death; registered at the town hall.",
    "Seen c\u0304 {P} in clinic, no concerns about feeding.",
    "Unknown male at the door, ?{P}, would not give his date of birth.",
    # Police, probation and courts.
    "Intel (B/2/4): {P} is holding drugs for an older male from out of area.",
    "PNB 0214hrs: spoke to {P} on the landing, strong smell of cannabis.",
    "MAPPA Category 2, Level 2: {P}, managed by probation since release.",
    "OASys: risk of serious harm to known children, including {P}, assessed as high.",
    "Special measures granted: {P} to give evidence by live link with an intermediary.",
    "Q. And where was {P} when the door went? A. Upstairs, asleep.",
    # Children's social care and adult services.
    "Three Houses, house of worries: '{P} shouts at the telly and at me.'",
    "Ecomap: thick line between the child and {P}, dotted line to the father.",
    "Danger statement: we are worried that {P} will be hurt when the adults fight.",
    "Contact note: {P} brought crisps and a balloon; the baby slept throughout.",
    "Viability assessment of {P} (paternal aunt) negative, given her own history.",
    "AMHP note: {P} detained under section 2 at 03:15; children to the neighbour.",
    # Schools and early years.
    "Accident book: {P} bumped head on the climbing frame, cold compress, mum told.",
    "Existing injury form: {P} arrived with a bruise to the left ear (see body map).",
    "Reading record: 'Read with {P} tonight, she was tired' \u2013 Nan.",
    "Candidate no.4417{P} \u2013 access arrangements: reader and 25% extra time.",
    # Housing, benefits and registers.
    "The electoral roll shows {P} at the address since 2021.",
    "Choice-based lettings: bid placed by {P} for a two-bed flat, band B.",
    # Machine formats, symbols and joins.
    "Phone contacts export: FN:{P} TEL;TYPE=CELL:07700 900412",
    "ATTENDEE;CN={P}:mailto:duty.team@example.org",
    "SUMMARY:Home visit \u2013 {P} (unannounced)",
    "Subject: =?UTF-8?Q?Visit_to_{P}_=E2=80=93_urgent?=",
    "Audit of searches: /records?q=%22{P}%22&type=child by user 4471.",
    "See [[{P}]] on the team wiki for the full chronology.",
    "Data-matching query: WHERE family_name LIKE '{P}%' returned three rows.",
    "Dear <<{P}>>, your appointment is on <<date>> at <<time>>.",
    "{P} (Guest) was admitted from the lobby at 10:02.",
    "{P} (she/her) asked that staff use her chosen name at school.",
    "\u26a0\ufe0f{P} \u2013 open CP plan \u2013 do not discuss with callers.",
    "Household: Mum\u00b7{P}\u00b7baby\u00b7dog, per the health visitor.",
    "\u00a74.2{P}'s views were sought but not recorded.",
    "Visits to {P}x3 this week, all no access.",
    "Father named on the birth certificate: {P}(?) \u2013 to be checked.",
    "In interview the boy said 'm-m-{P} hit me' and then stopped talking.",
    "voicemail transcript: hi it's {P} can you ring me back about tomorrow thanks",
    "Text from mum: '{P}pls ring me asap'",
    "'Me and {P}'ve been kicked out,' he told the youth worker.",
    "Nan said there was a {P}-shaped hole in the house after the removal.",
    "Appointment letter addressed to Master {P} at the foster carer's address.",
    # Hardest: the name in a slot where the word-name reads as the ordinary word.
    "{P} springs to mind as the one the teachers worried about most.",
    "{P} is fading, the hospice nurse wrote at 02:10.",
    "{P} broke down in tears when the worker mentioned the baby.",
    "{P} took hold of the baby's arm and pulled.",
    "{P} crept in after midnight, the night carer logged.",
    "{P} followed, carrying the baby on her hip.",
    "{P} arrived late to every session in the spring term.",
    "{P} I think was at her nan's that weekend, the mother said.",
    "Text from Nan: '{P} you need to come home now.'",
    "The paramedic kept {P} alive until the air ambulance landed.",
    "The toddler clung to {P} throughout the visit and would not be put down.",
    "Mum put {P} in the bath and left the room to answer the phone.",
    "Put {P} down for the breakfast club, the head told the office.",
    "Found: {P} cold and wet in the stairwell of the flats at 05:20.",
    "A neighbour saw {P} high on something, shouting at the bus stop.",
    "There was no {P} at the 3pm visit; the carer said she was at dance.",
    "In search of {P}, the father drove round the estate until midnight.",
    "There was no room for {P} at the refuge, so the family went to a B&B.",
    "Concerns around {P} were first raised by the school nurse.",
    "The mother and father argued over {P} at the handover.",
    "The change in {P} since the move was marked, the school said.",
    "With {P} away at the father's, the mother stopped answering the door.",
    "Nothing was heard from the family until {P} came home in the morning.",
    "When {P} rang, the duty line was engaged.",
    "After she lost {P} to the care system, the mother stopped eating.",
    "Poor {P} never stood a chance, the grandmother wrote.",
]

EIGHTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hopefully the grandmother will be assessed before the hearing, the IRO wrote.",
        "The panel were struck by how hopeful the practitioners remained.",
        "Hope, the father said, was the only thing left to him after the removal.",
        "There was little hope of the landlord carrying out repairs before winter.",
        "Hopes of a return home faded after the second positive hair strand test.",
    ],
    "grace": [
        "Grace before meals was said in Welsh at the grandparents' house.",
        "The school gave two days' grace on the uniform rule after the house fire.",
        "Grace periods on the payday loans had all expired by the spring.",
        "The chair accepted, with some grace, that the delay was the panel's own.",
        "The child danced with real grace at the showcase, the teacher said.",
    ],
    "mark": [
        "Marked improvement in attendance was seen after the move to the grandmother's.",
        "Bite marks on the forearm were measured with a paper ruler.",
        "Markings on the cot mattress suggested it had been used for years.",
        "The teacher gave the homework a mark out of ten and a sticker.",
        "Pock marks on the wall showed where an air rifle had been fired.",
    ],
    "rose": [
        "Rose bushes lined the front path, cut back hard by the landlord.",
        "The baby's temperature rose overnight and the mother did not seek advice.",
        "Arrears rose to \u00a32,400 by the time of the eviction notice.",
        "Rose-tinted glasses, the supervisor warned, were stopping a clear view of risk.",
        "She rose early to get the children to breakfast club before her shift.",
    ],
    "may": [
        "May half-term was when the injuries first came to light.",
        "The father may have been at the address more often than declared.",
        "Come what may, the grandmother said, she would keep the children.",
        "May 2024 saw three police call-outs to the flat in ten days.",
        "The review may not have heard every agency's view, the author accepted.",
    ],
    "will": [
        "Will you come back tomorrow, the child asked the worker at the door.",
        "The grandfather left no will and the house went to probate.",
        "The girl was held against her will in a flat above the takeaway.",
        "Will the baby be safe with the father, was the question for the conference.",
        "Staff will need to record every contact on the new form from Monday.",
    ],
    "william": [
        "Will it happen again, the mother asked the consultant.",
        "The tenancy will end in March unless the arrears are cleared.",
        "Billing errors left the family with a \u00a3900 water debt.",
        "A final bill from the energy firm was pinned to the fridge.",
        "The grandmother's will named the children as beneficiaries.",
    ],
    "bill": [
        "Bills were paid in cash at the post office by the grandfather.",
        "The water bill had gone to a debt collector by the autumn.",
        "Bill reminders came by text, which the mother never read.",
        "A bill of sale for the car was found in the father's coat.",
        "The vet's bill for the dog was more than the family's weekly food budget.",
    ],
    "amber": [
        "Amber-rated referrals were reviewed daily by the MASH manager.",
        "The traffic lights were on amber when the car hit the child.",
        "Amber flags on the neglect toolkit were not acted on for months.",
        "The screening tool gave an amber result for exploitation risk.",
        "Amber street lights made it hard for officers to see the colour of the bruise.",
    ],
    "sky": [
        "Sky-high energy bills pushed the family into arrears.",
        "The sky over the estate was lit by fireworks on the night of the assault.",
        "Sky television was on loudly in the child's bedroom at every visit.",
        "The child drew a blue sky, a sun and a house with no door.",
        "Under a grey sky the family waited outside the housing office for two hours.",
    ],
    "faith": [
        "Faith in the police had gone, the mother told the IDVA.",
        "The family's faith community brought meals after the baby died.",
        "Yours faithfully, the letter from the housing officer ended.",
        "A leap of faith was needed to let the boy stay at home.",
        "Faith-based support from the gurdwara was offered and accepted.",
    ],
    "holly": [
        "Holly leaves had been pinned round the mirror for Christmas.",
        "The front garden was overgrown with holly and brambles.",
        "Holly and tinsel decorated the door of the contact room.",
        "A holly hedge hid the front door from the road.",
        "The child's hands were scratched from hiding in the holly bush.",
    ],
    "ruby": [
        "Ruby wedding celebrations at the grandparents' were where the row began.",
        "A ruby-red rash spread across the baby's trunk within the hour.",
        "The mother pawned a ruby ring to pay the rent.",
        "Ruby glass beads from a broken necklace were found in the baby's mouth.",
        "The cheap ruby earrings had caused an ear infection, the nurse said.",
    ],
    "daisy": [
        "Daisy-print pyjamas were two sizes too small for the child.",
        "The nursery garden was full of daisy and clover in June.",
        "Oops-a-daisy, the carer said as she lifted the toddler onto the step.",
        "The baby's Moses basket had a faded daisy pattern.",
        "Daisy picking in the park was one of the activities at contact.",
    ],
    "summer": [
        "Summer-born children were overrepresented in the exclusion figures.",
        "The family spent the summer in a caravan on a relative's drive.",
        "A summer fete at the school was the last time the boy was seen happy.",
        "Summer uniform rules were relaxed for the boy after the burns.",
        "By late summer the arrears had reached eviction level.",
    ],
    "joy": [
        "Joyriding was the offence that first brought the boy to the YOT.",
        "The worker felt real joy at the reunion, she wrote in supervision.",
        "Joy and relief were the mother's words after the final hearing.",
        "There was little joy in the flat that winter, the nursery worker said.",
        "The baby squealed with joy at the bubbles during the play session.",
    ],
    "dawn": [
        "Dawn visits by police were agreed at the strategy meeting.",
        "It dawned on the worker that the 'uncle' was not a relative.",
        "At dawn the carers found the bedroom window open and the bed empty.",
        "Dawn light showed the full extent of the damage to the front door.",
        "A new dawn for the service, the director called the restructure.",
    ],
    "ivy": [
        "Ivy-covered fencing hid the garden from the neighbours.",
        "The back door would not open because of ivy growing through the frame.",
        "Ivy had pulled the drainpipe away from the wall above the baby's room.",
        "The council cut back the ivy on the alley wall after the reports.",
        "Ivy, trailing from a hanging basket, was within reach of the baby.",
    ],
    "jack": [
        "Jack of all trades, the father had worked on building sites across the county.",
        "The father used a car jack to force the door of the flat.",
        "A Union Jack flag hung in the boy's bedroom window.",
        "The pallet jack at the warehouse crushed the father's foot.",
        "Jack Russell terriers, two of them, were loose in the front room.",
    ],
    "robert": [
        "Robbing other children of their phones was the start of his offending.",
        "The boy was robbed of his bike on the way to school.",
        "Robberies near the station rose in the autumn.",
        "The older boys made him rob a corner shop as a test.",
        "Robbed of her childhood, the review concluded, by years of caring.",
    ],
    "frank": [
        "Frankly, the mother said, she had given up on the school.",
        "The GP had a frank conversation with the father about his drinking.",
        "Frank bleeding from the wound soaked through the dressing.",
        "Staff were frank with the review about what went wrong.",
        "Frank admissions were made at interview and the boy was charged.",
    ],
    "miles": [
        "Miles of unlit lane separated the cottage from the village school.",
        "The boy walked three miles to the grandmother's at night.",
        "Miles driven by the social worker that week came to over four hundred.",
        "The refuge was 80 miles away, so the school place was lost.",
        "She was miles away in class, the teacher said, staring at the window.",
    ],
    "dean": [
        "Dean of the cathedral, he chaired the diocesan safeguarding panel.",
        "The college's dean for student welfare made the referral.",
        "An assistant dean at the medical school was the father's employer.",
        "Dean of Studies at the sixth form wrote a supporting statement.",
        "The area dean visited the family after the funeral.",
    ],
    "marsh": [
        "Marsh ground behind the caravan site was where the boy was found.",
        "The path across the marsh was unlit and the girl walked it alone.",
        "Marsh reeds had been used by the children to build a den.",
        "The drone searched the marsh for two hours before the boy was found.",
        "A tidal marsh lay a hundred metres from the back gate.",
    ],
    "hill": [
        "Hillside flats on the estate had no working lift.",
        "The pram ran down the hill when the mother let go.",
        "Hill farms in the area rarely had broadband or a mobile signal.",
        "They lived at the top of a steep hill with no bus service.",
        "Hill fog delayed the air ambulance by forty minutes.",
    ],
    "wood": [
        "Wooden slats were missing from the cot base.",
        "Offcuts of wood were being burnt in the open fireplace.",
        "Woodland behind the school was where the older boys met.",
        "The child hid in the wood until the police dog found him.",
        "Touch wood, the mother said, things were calmer now.",
    ],
    "stone": [
        "Stones were thrown at the family's windows after the arrest.",
        "Kidney stones kept the father in hospital for a week.",
        "Stone's throw, the officer wrote: the school was that close to the bail address.",
        "Stone cladding on the house hid serious damp behind it.",
        "The baby weighed just over a stone at the nine-month check.",
    ],
    "bell": [
        "Bells fitted to the front door alerted the carers when the boy left at night.",
        "A bicycle bell was the only thing the boy asked for at Christmas.",
        "Bell tower steps were where the girls smoked after school.",
        "Saved by the bell, the boy joked about the fire drill.",
        "The call bell on the ward was out of the mother's reach.",
    ],
    "brown": [
        "Brown envelopes from the court went unopened on the mat.",
        "The toddler's front teeth were brown with decay.",
        "Brownies was the one activity she kept up after the move.",
        "Flood water had left a brown line round the living room walls.",
        "The dog's brown fur was matted with faeces.",
    ],
    "green": [
        "Green bins overflowed in the front garden.",
        "The father was given the green light for overnight contact.",
        "Green spaces on the estate were used for dealing after dark.",
        "The boy's football kit was green and white.",
        "Green-ink letters from the grandfather arrived at the office weekly.",
    ],
    "lamb": [
        "Lambing season kept the father away on the farm for weeks.",
        "Lambswool blankets were piled in the cot, a suffocation risk.",
        "The foster carer roasted a leg of lamb for the child's birthday.",
        "He followed the older boy like a lamb, the YOT worker said.",
        "Mutton dressed as lamb, the grandmother said of the mother's clothes.",
    ],
    "fox": [
        "Foxes had torn open the bin bags in the yard.",
        "The toddler said a fox had bitten her, which the GP doubted.",
        "Fox urine smell was strong at the back of the property.",
        "The family's cat had been killed by a fox, the boy said.",
        "The father claimed the mother was sly as a fox with professionals.",
    ],
    "banks": [
        "Banks along the canal towpath were searched by the dive team.",
        "The school ran one of the uniform banks that supplied the boy's shoes.",
        "Banks of seating in the court waiting area kept the families too close.",
        "High street banks had closed, so the mother paid her bills in cash.",
        "The river burst its banks and the family were moved to a hotel.",
    ],
}

EIGHTEENTH_UNLISTED: list[str] = [
    "Phone contacts export: FN:{U} TEL;TYPE=CELL (no number saved)",
    "ATTENDEE;CN={U}:mailto:reception@example.org",
    "Informant: {U}, neighbour, present at the death in {T}.",
    "The electoral roll lists {U} at the address since 2022.",
    "Unknown male at the door, ?{U}, per the neighbour.",
    "{U} (referred to in this report as Adult F) was the lodger.",
    "'He [{U}] sold stuff from the flat,' the boy told police.",
    "Choice-based lettings: the family bid for a flat in {T}, band B.",
    "Audit of searches: /people?q=%22{U}%22&area={T}",
    "Intel (B/2/4): {U} is running drugs from {T} into the estate.",
    "Subject: =?UTF-8?Q?Referral_re_{U}_in_{T}?=",
    "Household: Mum\u00b7{U}\u00b7baby, per the health visitor.",
]
