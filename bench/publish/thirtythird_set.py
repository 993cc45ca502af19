"""Thirty-third sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the {P}, {U}
and {T} placeholders, the name forms the generator fills in (full name, given name, an initial with
and without a stop, a possessive, upper and lower case, a line break between the parts of the name
or a hyphenated break inside the given name, surname first, a title and surname for adults, and a
nickname), the capital it gives a lower-case name that opens a template, the word-names and ORDINARY
keys, and the way it marks an ordinary span (the first case-insensitive substring match of the word,
"will " with its space, "bill" for William when there is no "will ", and "rob" for Robert); the
forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, and a bare name after
"Mrs", "St" or "Dr"), that a brace in a template always opens a placeholder, and how the
thirty-second family's three exports are imported and wired into SENTENCE_SETS. The first 45 lines
(the headers) of the twenty-ninth, thirtieth, thirty-first and thirty-second families, whose modules
were imported only to count the sizes and types of their exports (and that their ORDINARY dicts have
the generator's keys and 198 sentences each); a grep for the lines assigning the export names in the
thirty-second file showed those three lines and their numbers and nothing else; pyproject.toml only
around its ruff settings (the grep's context also showed the neighbouring dev dependencies, scripts,
setuptools, per-file ignores and mypy lines); and the file names in bench/publish (and a git status,
which showed a clean tree). Importing the families and corpus.py ran the code under src/ without its
text being read; the generator's nickname function was not called, so ordinary words that are common
short forms of its given names (a kit, the rich, an ant) are simply kept out of this family. A
throwaway script, run from the command line and written to no file, checked this family's own
exports (it also imported corpus.py, unused); ruff and the import check in the brief were run on
this file. Nothing under src/ or tests/, no README, no other part of any sentence family, the
thirty-fourth family not at all, no word list and no git history was read, and the benchmark was not
run. No real person, case, family, child, school, club or place is represented: every name of the
case is filled in by the generator's placeholders, and the clubs, shops, lenders, apps, servers,
firms, wards and services described are generic or invented; the idioms, colours, plants, foods and
emoji used are public ones, there only for the words and pictures they contain.

Styles. Person entries put the name in everyday paper and screens that reach a record from outside
the agencies, in genres the twenty-ninth to thirty-second headers (as far as their first 45 lines
go) did not list. Grassroots sport and leisure: team sheets with shirt numbers and positions run up
against the name ("#7", "(GK)", "(C)"), gymnastics and athletics results with scores and times, a
swimming progress card with ticks and crosses, cricket scorebook dismissals ("c & b", "lbw"), boxing
bout cards with "v.", 5k results in pipes, a leisure centre swipe log, subs owed, a club welfare
officer's concern form and the coach's team chat. Retail and payment records: statement lines in
capitals with transaction codes and slashes glued to the name ("FPO TO", "SO/"), payment references
with no space, a money app's feed and requests with emoji, delivery safe-place notes and a parcel
tracker, a pawnbroker's ticket, a doorstep lender's book, a catalogue account, a till receipt with
asterisks, a gift aid label and a payslip line. Gaming and phones: gamer tags with "xX_" and "_Xx",
chat-server handles with a four-digit tag, console friends lists, parental-control requests and
screen-time summaries, a web filter alert, hashtags and @-mentions, renamed group chats, lock-screen
notifications ("Missed call (3)"), read receipts ("Seen by"), an autocorrect apology starting with
an asterisk, a shared-location line, a smart speaker's command log and a profile bio in pipes.
Calendars, bookings and rotas: iCalendar and vCard fields ("SUMMARY:", "ATTENDEE;CN=", "FN:"),
accepted and tentative invitations, an appointment reminder text and its one-letter reply, a shift
rota in pipes, a reception visitors' book and a lanyard, a taxi firm's booking screen with arrows
and counts, and a penalty fare notice. Urgent care outside the police: an ambulance patient report
and a pre-alert handover, a 111 disposition, triage categories, observations with numbers beside the
name, fracture shorthand ("#") next to a hashtag sense, "DNA'd" glued on, a bed board, a neonatal
cot card ("Baby of"), specimen and expressed milk labels, a ward whiteboard with arrows and ticks,
and a fire service safe and well visit with a clutter rating. Household and keepsake paper: a fridge
whiteboard, a chore chart and a star chart in stars, a bedroom door sign, uniform and lunchbox
labels, stairwell graffiti, birthday cards, a birth announcement with weight and time, a child's
invented spelling, a note under the door, a post-it, a tattoo and a keyring, balloon letters, a
christening invitation, a cake, a seating plan, and lost property. School systems: behaviour points
with plus and minus signs, Star of the Week, register marks after the name, reading record and house
points, detention slips with a form code, trip consent boxes (☐, ☒), access arrangements, a lunch
account in the red and a class list pasted from a management system. Headings and envelope labels
("FAO", "c/o", "ATTN") and a box-file label. Family sayings and set phrases built round a name ("{P}
by name, {P} by nature", "For {P}'s sake", "Good old {P}", "{P} or no {P}"), and names opening a
sentence with a verb that weather, lights, bells, plants and figures also do (faded, bloomed, rang
off, flared up, peaked, lingers, sparkled). Text that lost or gained characters on the way:
flattened PDF form fields with labels glued to both sides of the name, commas and ampersands with no
spaces, an emoticon glued on, em dashes, guillemets, double spaces, a tab, a zero-width space and a
soft hyphen, and spreadsheet cells (a leading apostrophe, a cell reference, "#N/A", a filter count,
merged cells). Emoji of the same word-senses as the names (a rose, a daisy, a fox, a bell, a lamb,
the sun) sit beside names and beside ordinary words alike. Ordinary uses come from the same genres
and lean on idioms and set phrases ("no joy", "touch wood", "a stone's throw", "saved by the bell",
"come what may", "where there's a will", "foot the bill", "pie in the sky", "fresh as a daisy",
"crazy like a fox", "daylight robbery", "airs and graces", "a leap of faith"), inflected and
compound forms ("Marked as read", "Flapjack", "hijacked", "Outfoxed", "Sandbanks", "Marshmallows",
"Killjoy", "Franked", "Browned off", "doorbell", "uphill", "Woodwork", "Deanery", "summerhouse"),
verbs ("banks on", "rose to the occasion", "It dawned on"), colours on dashboards and kit, and
dates.
"""

THIRTYTHIRD_PERSON_SENTENCES = [
    # Grassroots sport and leisure.
    "Team sheet (U11 girls): 1. {P} (GK); 2. TBC; 3. TBC.",
    "#7 {P} was subbed off at half-time after complaining of a sore arm.",
    "Player of the match 🏆 {P} 🏆 — well played today, the club posted.",
    "Concern form, club welfare officer: Name of young person – {P}; Age group – U13.",
    "Swimming progress card: Stage 4, {P}, 25m front crawl ✓, treading water ✗.",
    "Floor routine results: 1st {P} 12.450, 2nd 12.100, 3rd 11.875.",
    "5k results: 212 | {P} | 31:04 | PB | age category JM10.",
    "Swipe log: CARD 0044170 | {P} | IN 18:02 | OUT 21:47 | pool.",
    "The coach texted: '{P} not at training again, 3rd week running, all ok?'",
    "Youth club sign-in: {P} ✔ 18:30, left 20:15 with an older lad on a moped.",
    "Bout card: {P} v. a boy from the next town, 3 x 2 min rounds, stopped in the 2nd.",
    "Scorebook: {P} c & b 0, then lbw 4 in the second innings; the boy cried afterwards.",
    "Subs outstanding: {P} – £18 (3 wks).",
    "Expedition check: {P} – no waterproofs, no sleeping mat, trainers only.",
    "Dance show programme, Act 2, 'Puddles': {P}, with the Tuesday tots.",
    "Team chat: 'Lift for {P}? Mum's phone off again 🙄'",
    "Captain's armband (C) went to {P} for the cup game.",
    "Lane 3: {P}(U12) — disqualified, false start.",
    # Retail and payment records.
    "Statement line: 14 MAR FPI {P} REF DINNER MONEY 20.00",
    "SO/{P}/RENT 450.00 returned unpaid on the 1st.",
    "Card payment to a taxi firm, then FPO TO {P} REF SORRY X 30.00.",
    "The payment reference read '{P}BDAY', with no space, the fraud team said.",
    "Money app: {P} paid you £15.00 🍕🍕",
    "Money app request: 'You owe {P} £40 — tap to pay' (four reminders sent).",
    "Order note: Safe place – porch. If out leave with {P} at no. 14.",
    "Parcel tracker: Delivered 14:07, handed to {P}, photo on file.",
    "Pawnbroker's ticket no. 0912 — pledger {P}, one gold chain, £45 advanced.",
    "Doorstep lender's book: {P} – owes 60 – pd 20 – 'next Fri'.",
    "A catalogue account in the name of {P} had reached its £1,200 limit.",
    "Till receipt: CUSTOMER {P} *** LOYALTY PTS 112 ***",
    "Gift aid label in the charity shop: donor {P}, 2 bags, no address.",
    "Payslip: EMP NO 00417 {P} TAX CODE 1257L NET PAY 212.06.",
    "Rent account: -£1,206.50 ({P}) / +£0.00 (HB).",
    "Split three ways: {P} £12.40, the partner £12.40, the cousin nothing.",
    # Gaming and phones.
    "Gamer tag xX_{P}_Xx sent the boy friend requests at 2am.",
    "Chat-server handle {P}#4471 was one of three in the private channel.",
    "Console friends list: {P} (online, in a game), 'Uncle D' (offline).",
    "Parental controls: {P} requested 45 more minutes — declined.",
    "Screen time summary: {P} 9h 14m daily average, up 38%.",
    "Web filter alert 11:02 — user {P} — search 'how to run away from home'.",
    "Search history on the family tablet: '{P} photos', 'can you leave a 6 year old alone'.",
    "@{P} was tagged in a post with a knife emoji 🔪 and the words 'ur next'.",
    "Comment under the video: '{P} ur dead tmrw 💀💀'",
    "#Justice4{P} was going round the pupils' phones by lunchtime.",
    "The group chat was renamed '{P} Haters 🤡' by a Year 9 pupil.",
    "Text: 'Is {P} with u??? Not answering 😩😩'",
    "'*{P} not Mum, sorry, autocorrect,' the aunt's next message read.",
    "Missed call (3) — {P} — 23:58.",
    "Seen by {P} 21:16, no reply.",
    "Profile bio: '{P} | 14 | 🇬🇧 | dm me'",
    "Username {P}2013 was linked to the same phone number.",
    "'{P}?' — the only text the father sent that week.",
    "Shared location: {P} is 4 min away (last updated 02:31).",
    "Smart speaker log: 'call {P}' — 03:12, 03:14, 03:15.",
    "Photo caption: me n {P} 💕 bestiesss",
    "Lock screen: 🔔 {P}: where r u",
    # Calendars, bookings and rotas.
    "SUMMARY:Home visit – {P}",
    "ATTENDEE;CN={P};ROLE=REQ-PARTICIPANT:mailto:duty@example.org",
    "vCard shared from the phone: FN:{P} / TEL;TYPE=cell:[withheld]",
    "Tentative: Core group ({P}) — Rm 2.14 — 10:00–11:30",
    "Accepted: Contact session, {P} + baby",
    "Reminder: {P} has an appt at the clinic on Tue at 10:30. Reply Y to confirm or N to cancel.",
    "Reply received: 'N {P} ill'",
    "Rota wk 12: {P} | 07–15 | 15–23 | OFF | OFF | 07–15",
    "Visitors' book: 09:12 {P} — visiting — badge V17 — car reg not given.",
    "Lanyard: VISITOR / {P} / escorted at all times.",
    "Diary, week to view: Mon → {P} (HV); Wed → dentist ×2; Fri → court.",
    "Taxi booking screen: PU 14:30 {P} x2 + pram → hosp, acct SS.",
    "A penalty fare notice was issued on the train to {P}, who gave a hostel address.",
    "Calendar clash: {P} 10:00 / {P} 10:00 (double-booked, one cancelled).",
    # Urgent care outside the police.
    "Pre-alert: {P}, 4y, fall from top bunk, GCS 15, lac to scalp, ETA 8 min.",
    "Patient report form: {P} found on the kitchen floor, responsive to voice.",
    "111 call: caller {P}, disposition 'speak to a clinician within 1 hour'.",
    "Triage cat. 2 (orange) — {P} — ?non-accidental, paeds informed.",
    "Bed board, bay 3, bed 2: {P} — NBM — falls risk 🟡",
    "Cot card, neonatal unit: Baby of {P}, 1.84 kg, 34+2.",
    "Specimen label: {P} / urine / 14.03 / 16:20.",
    "Milk label in the ward freezer: '{P} – EBM – 02:40' in felt pen.",
    "Ward whiteboard: {P} → CT 15:00 ✔",
    "Obs: {P} — HR 142, RR 28, SpO2 97%, temp 38.4.",
    "Minor injuries unit: {P}, 7y, # R wrist (buckle), backslab, fracture clinic Tue.",
    "{P} DNA'd the fracture clinic twice.",
    "Safe and well visit: alarms 0/2 working; {P} smokes in bed; clutter rating 7.",
    "The fire crew found {P} on the landing with soot around the mouth.",
    "Hospital passport, 'Things I like': {P} likes the ceiling fan and the bus song.",
    "The paramedic wrote '{P} ✗ conveyed, declined against advice'.",
    # Household and keepsake paper.
    "Fridge whiteboard: {P} – dentist Thurs!!",
    "Chore chart: {P} ★★★☆☆ — bins, hoovering, the baby's bottles.",
    "Star chart on the fridge: '{P} dry night ⭐⭐⭐'",
    "Bedroom door sign: {P}'S ROOM — KEEP OUT — THIS MEANS U",
    "The name label sewn into the coat read '{P} Yr4'.",
    "Lunchbox label: {P} 🍎 NO NUTS",
    "Graffiti in the stairwell: {P} WOZ ERE 2024",
    "Birthday card: 'To {P}, happy 9th, love from Nanny xxx'",
    "Birth announcement: Welcome {P}! 7lb 3oz, 04:12, mum and baby doing well 💙",
    "The child's letter, copied exactly: 'dear {P} i am sorry i hit you i luv you'",
    "Note pushed under the door: '{P} – come round, it's urgent – D'",
    "Post-it on the baby monitor: '{P} fed 3am'",
    "The partner has a tattoo reading '{P} 2019' in script on the forearm.",
    "A keyring with '{P}' in glitter letters was found in the car.",
    "Balloon letters spelling {P} were still taped to the wall months after the party.",
    "Christening invitation: 'Please join us to celebrate {P}'s special day.'",
    "The cake read 'Happy 1st {P}' in blue icing.",
    "Seating plan: Table 4 — {P}, +1.",
    "Lost property: a jumper with {P} on the tag, crossed out, and another name above.",
    "🌹{P}🌹 was written in lipstick on the bathroom mirror.",
    "A card with 🌼 on the front was signed only '{P} x'.",
    "🦊 {P} 🦊 was the name on the bedroom door of the foster home.",
    "A soft toy 🐑 came with {P} to the placement, and a carrier bag of clothes.",
    "☀️{P}☀️ was written on the pavement in chalk outside the flat.",
    # School systems.
    "Behaviour points: +1 {P} 'teamwork' / −2 {P} 'refusal'.",
    "Star of the Week: {P} — for always trying her best!",
    "Register, week beginning 04/03: {P} / / N N L",
    "Reading record: '{P} read 3 pages tonight, tired' — not signed.",
    "House points: {P} 41 · class average 63.",
    "Parents' evening slot 17:40 ({P}) — no show.",
    "Detention slip: {P} / 8X2 / lunch / 'answering back'.",
    "Newsletter: Well done to {P} for 100% attendance this half-term! 🎉",
    "Trip consent: ☐ Yes ☒ No — parent/carer: {P}.",
    "Seating plan: back row, window — {P} (EAL, keep away from the door).",
    "Access arrangements: {P} – 25% extra time, reader.",
    "Lunch account: {P} – balance −£14.60 – meals withheld?",
    "Class list pasted from the MIS: Surname, Forename | {P} | 4B | FSM Y | SEN K",
    # Headings and labels.
    "FAO {P} — by hand",
    "Post is to go c/o {P} until further notice.",
    "ATTN {P} — PRIVATE & CONFIDENTIAL — ADDRESSEE ONLY",
    "Envelope returned: 'Not known at this address – {P}' scrawled across the front.",
    "Box file label: {P} (vol. 2 of 3).",
    # Family sayings and set phrases.
    "'{P} by name, {P} by nature,' the grandmother said of the baby.",
    "'For {P}'s sake, somebody ring the police,' the uncle shouted.",
    "The apple of {P}'s eye, the puppy slept on her bed every night.",
    "'Where's {P}?' had become a family joke, the boy said, because nobody ever knew.",
    "Everybody loves {P}, the teacher said, which made the disclosure harder to believe.",
    "'Speak of the devil — here's {P},' the uncle said as the worker arrived.",
    "'{P} this, {P} that,' the older sister complained at the family meeting.",
    "'{P} or no {P}, I'm going out,' the partner told the mother.",
    "Good old {P} came through again with the nappies, the mother texted.",
    "'{P} to the rescue!' the sister wrote when the grandmother arrived with food.",
    # A name opening a sentence with a verb that things also do.
    "{P} faded into the background once the new baby arrived.",
    "{P} bloomed in foster care, the carer wrote.",
    "{P} rang off before the call handler could take an address.",
    "{P} flared up when the worker mentioned the father.",
    "{P} peaked early in the reading scheme and then stalled.",
    "{P} lingers at the gate long after the other children have gone.",
    "{P} sparkled at the nativity, the head teacher said.",
    "{P} ran out of credit halfway through the call.",
    "{P} turned cold towards the worker after the assessment.",
    "{P} burst into the room and shouted at the chair.",
    "{P} came back negative on the drug screen.",
    "{P} hung over the balcony rail, a neighbour reported.",
    # Text that lost or gained characters on the way.
    "Name of child:{P}Date of birth:[blank]",
    "Copied from the PDF: 'the mother and{P}were seen together'.",
    "Mum,{P},and the baby were at home.",
    "Household: Mum/{P}/baby/dog.",
    "{P}&baby seen, both well.",
    "Text from the sister: '{P}:-) home now'.",
    "{P}(aged 6) was asleep on the sofa.",
    "…{P}…",
    "{P}—who had not eaten—was given toast by the crew.",
    "«{P}» was how the translated letter wrote the name.",
    "Seen:  {P}  and the baby.",
    "Seen\t{P}\tat home\tno concerns",
    "Pasted from the web form: \u200b{P}\u200b (no further details).",
    "Referral text: the child, {P}\u00ad, is known to the service.",
    "Cell B14: '{P} (merged B14:D14).",
    "Tracker row 31: {P} | #N/A | #N/A | follow up?",
    "Filter: Name contains {P} (3 of 412 rows shown).",
]

THIRTYTHIRD_ORDINARY = {
    "hope": [
        "No hope of a refund, the pawnbroker said, once the ticket had lapsed.",
        "Hope springs eternal 🤞 was the coach's reply to the request for a lift.",
        "HOPE (Help, Options, Plans, Expectations) was the title of the youth club worksheet.",
        "The girl typed 'i hope nobody finds me' into the search bar at 01:14.",
        "Hopes were pinned on the new phone contract stopping the late-night calls.",
        "Against all hope, the mother kept topping up the meter key every morning.",
    ],
    "grace": [
        "Grace period: 14 days (then a £25 late fee).",
        "The catalogue firm's three days' grace ran out on a Sunday.",
        "With no airs and graces, the grandmother signed the form in the hall.",
        "A fall from grace at the club followed the fight in the car park.",
        "Grace before the community meal was said by a volunteer.",
        "The boy moved with surprising grace on the dance floor, the teacher wrote.",
    ],
    "mark": [
        "Register mark: N (no reason yet provided).",
        "Marked as read 21:14 ✓✓ but no reply came.",
        "Question mark over the bruise, the triage nurse noted: '? accidental'.",
        "Tide mark around the bath, and no clean towels.",
        "On your marks — the sports day photos showed the child barefoot.",
        "The loan book showed a mark against every week since the autumn.",
    ],
    "rose": [
        "Screen time rose to nine hours a day over the holidays.",
        "🌹 A single rose was left on the windscreen with no note.",
        "The arrears rose by £40 a week while the claim was suspended.",
        "Rose gold phone case, cracked, found in the stairwell.",
        "Her heart rate rose to 160 in triage.",
        "The child rose to the occasion at the gala and swam a width unaided.",
    ],
    "may": [
        "Fixtures resume on Sat 4 May, kick-off 10:00.",
        "The card may have been cloned, the fraud team said.",
        "Come what may, the rent came out first on payday.",
        "Be that as it may, the coach still drove the girl home alone.",
        "May half-term: the youth club was open every day but Monday.",
        "You may have been charged twice, the app warned.",
    ],
    "will": [
        "Will it be safe to go back? the girl asked in her last message.",
        "Against her will she was driven to a flat across town.",
        "The club will refund the trip if a doctor's note is given.",
        "Where there's a will there's a way, the coach wrote on the team chat.",
        "A hand-written will was found in the drawer with the pawn tickets.",
        "The app will lock the phone at 21:00 unless a parent approves.",
    ],
    "william": [
        "Against her will she was driven to a flat across town.",
        "The club will refund the trip if a doctor's note is given.",
        "A hand-written will was found in the drawer with the pawn tickets.",
        "Phone bill: £187.42, mostly in-app purchases.",
        "The taxi firm sent a bill for the trips to the hospital.",
        "Foot the bill? The father said the school could pay for the trip.",
    ],
    "bill": [
        "Phone bill: £187.42, mostly in-app purchases.",
        "The taxi firm sent a bill for the trips to the hospital.",
        "Foot the bill? The father said the school could pay for the trip.",
        "A clean bill of health was given at the two-year check.",
        "Billed monthly 💳 — the game subscription had been running for a year.",
        "The boy fits the bill for the sports scholarship, the coach wrote.",
    ],
    "amber": [
        "Amber warning for snow 🌨️, so the match was called off.",
        "The lights were on amber when the car jumped them, the dashcam showed.",
        "The school's attendance tracker shows amber for the autumn term.",
        "An amber teething necklace was round the baby's neck at the visit.",
        "Amber-coloured urine was noted in the nappy.",
        "Status amber on the ambulance dashboard meant a long wait.",
    ],
    "sky": [
        "Sky-high interest on the doorstep loan doubled the debt in a month.",
        "Pie in the sky, the father called the plan for supervised contact.",
        "The sky's the limit 🚀 — the coach's message to the squad.",
        "Under a clear sky the family slept in the car on the retail park.",
        "The boy's drawing: a black house, a red sky, no people.",
        "Sky blue shirts 💙 have to be bought from the club shop, £38.",
    ],
    "faith": [
        "Leap of faith, the carer called taking on a teenager.",
        "The refund was made in good faith by the shop.",
        "Faith: none (left blank on the club form).",
        "Bad faith was alleged in the landlord's complaint about the deposit.",
        "She had lost faith in the app's blocking feature.",
        "Faith school admissions had closed before the move.",
    ],
    "holly": [
        "Holly wreath on the door 🎄 at the December visit.",
        "The toddler had scratches from the holly by the bins.",
        "Holly leaves and berries were found in the baby's mouth.",
        "A sprig of holly was tucked behind the clock.",
        "Holly hedges at the park hid the older boys from the cameras.",
        "A holly-patterned jumper was the only warm thing the child owned.",
    ],
    "ruby": [
        "Ruby anniversary party at the social club ended with police attending.",
        "A ruby ring was pledged at the pawnbroker for £60.",
        "Ruby-red cheeks and a temperature of 39.1 at triage.",
        "The girl's game avatar wore ruby slippers 👠.",
        "Cheap ruby earrings were listed for sale on a resale app.",
        "The lip gloss was a ruby shade, bought with the older man's card.",
    ],
    "daisy": [
        "Extension leads daisy-chained behind the sofa ⚡ — fire risk advised.",
        "Fresh as a daisy, the coach said, despite the 6am start.",
        "Ups-a-daisy, the carer said, lifting the toddler back onto the slide.",
        "The daisy print on the sleepsuit was faded and stained.",
        "Daisy stickers were on every page of the reading record.",
        "A daisy chain was left on the grave of the family dog.",
    ],
    "summer": [
        "Summer fixtures list: 6 matches, 2 away.",
        "Over the summer, screen time doubled.",
        "The summer-born child was the smallest in the team.",
        "Summer camp fee: £95, paid in cash by an unknown adult.",
        "The summerhouse in the garden was where the boys slept.",
        "Summer 2024 📸 was the caption on the last photo of the family together.",
    ],
    "joy": [
        "No joy with the phone number — it rings out.",
        "Joystick broken in a temper, the mother said.",
        "Killjoy, the boy called the worker when the console was taken away.",
        "Pure joy on her face as she scored ⚽.",
        "Joyriding at 14 was the first police contact.",
        "The mother jumped for joy when the tenancy was signed.",
    ],
    "dawn": [
        "The dawn chorus at 4am was all the child heard through the open window.",
        "At the crack of dawn the crew were called to the flats.",
        "It dawned on the coach that the girl had no lift home.",
        "Dawn raid 🚔: officers entered at 06:02.",
        "From dusk till dawn the console was on, the parental controls log showed.",
        "A false dawn: attendance improved for a week and then fell away.",
    ],
    "ivy": [
        "Poison ivy rash on both arms after the camping trip.",
        "Ivy had grown over the smoke alarm in the porch.",
        "The ivy on the fence was how the boys got into the yard.",
        "Ivy League scholarship posters were on the sixth-form board.",
        "An ivy-leaf pattern was on the cot bumper, which the nurse asked them to remove.",
        "Ivy-covered garages behind the flats are where the dealing happens.",
    ],
    "jack": [
        "Flapjack and a carton of juice were the child's only lunch.",
        "He jacked in his job at the car wash in March.",
        "The partner's car was hijacked at a petrol station, police said.",
        "Jackpot 💰 — the boy's message after winning £200 on a betting app.",
        "A jack plug was stuck in the headphone socket.",
        "Jack of all trades, the uncle called himself on the housing form.",
    ],
    "robert": [
        "Robbed of his phone at knifepoint on the way home from training.",
        "Police said the older boys would rob younger ones of their trainers.",
        "Daylight robbery, the mother called the loan company's charges.",
        "Robbery 🔪 was the charge on the older brother's bail sheet.",
        "He admitted he had planned to rob the corner shop's till.",
        "The game rewards players who rob other players' bases.",
    ],
    "frank": [
        "Frankly, the club had no idea who was collecting the girl.",
        "A frank conversation about money took place at the kitchen table.",
        "Franked mail from the court was left unopened on the mat.",
        "To be frank, the referee said, the father was the trouble on the touchline.",
        "Frank about his debts, the father showed the worker every letter.",
        "The paramedic was frank with the mother about the risk.",
    ],
    "miles": [
        "Phone location history: 212 miles travelled on a school day.",
        "Miles away, the teacher said of the girl's expression in class.",
        "Miles better than last term, the swimming coach wrote.",
        "The away fixture was forty miles from home and no lift was offered.",
        "Air miles were redeemed on the father's card for two flights.",
        "The taxi firm charged for 38 miles, £64.",
    ],
    "dean": [
        "The dean of the sixth form signed the bursary form.",
        "A letter from the dean of the music college offered a place.",
        "Dean's list: the student nurse was on it in her first year.",
        "The rural dean opened the church hall for the night shelter.",
        "The assistant dean for welfare called the ambulance.",
        "Deanery records show the christening in the spring.",
    ],
    "marsh": [
        "Marshmallows 🍡 were the only food in the cupboard.",
        "The search team walked the salt marsh at low tide.",
        "The caravan sat on marsh ground that flooded each winter.",
        "Marsh paths behind the leisure centre have no lighting.",
        "The boys' den was on the marsh by the railway line.",
        "A marsh harrier drawing won the girl a prize at school.",
    ],
    "hill": [
        "Hill start failed twice, the older brother's driving lesson log says.",
        "Over the hill at forty, the father joked on the dating app.",
        "An uphill struggle, the coach called getting the girl to training.",
        "The ambulance could not get up the hill in the snow.",
        "Hill sprints at training left the child sick and dizzy.",
        "The estate sits at the bottom of a hill, and the buggy ran away down it.",
    ],
    "wood": [
        "Touch wood, the mother said, there had been no call-outs for a month.",
        "Out of the woods? Not yet, the paramedic told the family.",
        "Wood chips in the playground were stained with blood.",
        "The boys' den in the wood had a mattress and empty cans.",
        "A wood burner with no guard was in the living room, the fire crew said.",
        "Woodwork club on Thursdays is the only thing he goes to.",
    ],
    "stone": [
        "A stone's throw from the flat, the betting shop was where the father spent his days.",
        "Weighed at the club: down a stone since the autumn.",
        "Stone cold sober, the father insisted to the paramedic.",
        "A stepping stone to independence, the pathway plan called the flat.",
        "Stone chips on the windscreen matched the car in the footage.",
        "Kidney stone pain brought the mother to A&E at 03:00.",
    ],
    "bell": [
        "Saved by the bell 🔔, the girl said of the end of the interview.",
        "The doorbell camera caught the boys at 01:12.",
        "Alarm bells rang when the coach offered lifts to one child only.",
        "Bells and whistles were not needed, just a working phone, the mother said.",
        "The bell went for lunch and the boy was found under the stage.",
        "Does that ring a bell? the call handler asked.",
    ],
    "brown": [
        "Brown envelopes from the loan company were piled behind the door.",
        "Brownies on Tuesdays, the mother said, but the girl had stopped going.",
        "Browned off with the club, the boy stopped training.",
        "A brown stain on the ceiling above the cot was spreading.",
        "The bruise was yellow-brown by the time of the medical.",
        "Brown bread and milk were all that was in the fridge.",
    ],
    "green": [
        "Green light for the overnight stay was given at the review.",
        "Green-eyed monster, the sister said about the partner.",
        "A green hoodie was seen on the CCTV.",
        "The greenhouse at the allotment was where the cannabis was grown.",
        "The home shirt is bottle green, £42 from the club shop.",
        "Still green in her first month, the coach missed the signs.",
    ],
    "lamb": [
        "Lamb kebab and chips at 23:40, the receipt showed.",
        "Like a lamb to the slaughter, the boy walked into the meeting.",
        "Mutton dressed as lamb, the older girls wrote under the mother's photo.",
        "A toy lamb 🐑 was the only thing packed for the placement.",
        "Lambswool blanket in the cot — advised to remove.",
        "Lambing on the farm kept the father away until April.",
    ],
    "fox": [
        "A fox had ripped open the rubbish sacks by the door.",
        "Crazy like a fox, the detective said of the older man.",
        "Outfoxed by the boy, the parental controls were switched off within a day.",
        "Fox cubs 🦊 under the shed scared the younger children.",
        "A fox-print duvet cover was on the boy's bed.",
        "Foxed and torn, the old photos were the boy's only link to his mother.",
    ],
    "banks": [
        "Sandbanks at low tide are where the lifeboat found the boys.",
        "Banks had frozen the account after the fraud alert.",
        "The river broke its banks and the match was called off.",
        "She banks on her mother for lifts, the coach said.",
        "Clothing banks in the car park were where the jumpers came from.",
        "Two banks declined the loan, the debt adviser noted.",
    ],
}

THIRTYTHIRD_UNLISTED = [
    "Team sheet: 11. {U} (on loan from another club).",
    "FPO TO {U} REF GIFT 150.00, and the account holder could not say who that was.",
    "The gamer tag of {U} appeared in the girl's friends list the week before she went missing.",
    "Visitors' book: 22:40 {U}, no badge issued.",
    "Dr {U} at the out-of-hours centre saw the baby at 02:10.",
    "Mrs {U} from the dance school rang the police.",
    "The coach, {U}, had no vetting check on file.",
    "The older man, {U}, was paying for the girl's phone contract.",
    "Parcel tracker: handed to {U} at the door.",
    "A birthday card signed 'love {U} xx' had a £50 note inside.",
    "The away game was in {T}, and the girl stayed over.",
    "The boy was found at a bus stop in {T} at 03:00.",
    "St {U}'s youth football runs the under-12s on Saturdays.",
    "A ticket for a train to {T} was on the bedroom floor.",
    "@{U} sent the boy money for 'errands'.",
    "The pawnbroker's ticket was in the name of {U}, not the mother.",
    "{U} (paramedic) handed over to the triage nurse.",
    "Shared location showed a house belonging to {U} in {T}.",
    "Crew manager {U} made the safeguarding referral after the fire.",
    "Message: 'Tell {U} nothing 🤐'",
    "Text from {U}: 'ur mum sed its ok'.",
    "The taxi driver, {U}, said he took the girl to {T} twice.",
    "A loan book kept by {U} listed nine families on the estate.",
    "The child named {U} as 'the man with the white car'.",
    "A lift share was arranged with {U}, who lives in {T}.",
    "Leisure centre staff member {U} saw the bruises in the changing room.",
    "A card from {U} in {T} arrived on the boy's birthday.",
    "The youth worker, {U}, rang 999 from the car park.",
    "{U}#2280 invited the boy to a private server.",
    "Rota: {U} | 23–07 | covered the night shift alone.",
]
