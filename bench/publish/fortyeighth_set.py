"""Forty-eighth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc,
read with cat, and with sed for the middle parts the cat output cut; not imported), for the format:
the {P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name, an
initial with and without a stop, a possessive, upper and lower case, a line break between the parts
of the name or a hyphenated break inside the given name, surname first, a title and surname for
adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it gives a
lower-case name that opens a template, the word-names and the other name lists (plain given names,
street trees, the syllables of invented surnames and towns, the first names it gives unlisted
people), the keys of FRESH_ORDINARY (thirty-three, "will" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, so that "will," would get no span, "bill" for William when there is no "will ", and "rob"
for Robert); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare
name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title is
put before {U} or {P}), and that `_Builder.sentence` takes every "{" in a template as the opening
of a placeholder, so no literal brace appears anywhere in this family. The first 45 lines (the
headers) of the forty-third, forty-fourth, forty-fifth and forty-sixth families, read with head,
and nothing else of them; none of those modules was imported. The file names in bench/publish were
listed with ls (names only; the README and run_bench.py seen there were not opened), which showed,
as a test with test -e did too, that this file did not yet exist and that no forty-seventh family
file was there at the time; the forty-seventh family was not read at all. The [tool.ruff] tables
of pyproject.toml were read with grep and the five lines after each match (which took in the
heading of the [tool.mypy] table) for the line length, and the file names in .venv/bin were
listed, filtered for ruff.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "beth",
"chris", "tony", "rick", "cal", "bert", "jon", "robin", "jo", "kate", "billy", "rosie", "gracie"
and the like) are kept out of every sentence here from general knowledge, so PE here has changing
rooms but never a kit. Words that merely contain a word-name, a plain given name or a street tree
("remark", "market", "marker", "marked", "labelled", "belly", "chamber", "wholly", "milestone",
"smiles", "arose", "prose", "prosecute", "prosecution", "prosecutor", "disgrace", "goodwill",
"willing", "frankly", "probation", "problem", "probably", "robust", "wardrobe", "corroborate",
"enjoy", "risky", "privy", "mayor", "maybe", "dismay", "chill", "uphill", "jacket", "hijack",
"marshal", "brownie", "foxglove", "academic", "Christian", "Christmas") are kept out of every
sentence but the ones written for that word, so the section 444 papers here are a "court file" and
a "case summary", never a prosecution file, and the school year is never an academic one; the
person and unlisted templates carry no "will", "may" or "bill" at all, so letters say what "is to"
happen and what a parent "could" be given. A throwaway check, piped to python from the command
line and saved to no file, took the name lists and FRESH_ORDINARY from corpus.py by parsing its
text with the ast module (it was not imported), applied the marking rule as read in corpus.py to
this family's ordinary sentences, looked for stray word-names, plain given names, street trees,
unlisted first names and invented surnames and towns (as whole words and, for word-names, names and
trees, as substrings, in all three exports) and nicknames (as whole words), checked that each
template has only its own placeholders, exactly one {P} in every person template, and no other
brace, and that every non-ASCII character is written as an escape, and ran the import check in the
brief; ruff check and ruff format were run on this file only. Nothing under src/ or tests/, no
README, no word list, no run_bench.py, no other part of any sentence family, and no git history was
read; git was not run and the benchmark was not run. No real person, pupil, parent, school,
academy, pupil referral unit, alternative provision, council, court, taxi firm, case or place is
represented: every name of the case, and of the officers, drivers, escorts, governors, panel
members, neighbours and towns around it, is filled in by the generator's placeholders or written
as a role ("the EWO", "the DSL", "the head of year", "the escort"); UPNs, penalty notice
references, dates of birth, session counts and percentages are invented, and the schools,
provisions and services are generic ("the home school", "the receiving school", "the AP", "the
inclusion base", "the CME officer"). The statutes, codes, forms and public systems named (sections
437 and 444 of the Education Act 1996, section 36 of the Children Act 1989, the pupil registration
regulations, the attendance codes, penalty notices, parenting contracts and orders, the school
census, the common transfer file, the lost pupil area of School to School, the fair access panel,
governors' disciplinary committees and independent review panels) are public and general.

Styles. The records of a child slipping out of school, as the attendance and education services
keep them: register rows with the codes written out and glued to the name ("{P}: N N N U L / / I",
"{P}//N N N", "{P}|N|N|U|L|/"), a morning absence call log with times, the first-day calling
script and its text messages, the attendance officer's card pushed through the door and the home
visit notes, the three-letter ladder and the notice of intention to issue a penalty notice in
capitals ("RE: {P} (DOB ...) - NOTICE OF ..."), the penalty notice itself, a parenting contract, a
section 437 notice and school attendance order, an education supervision order, the section 444
court file summary with its exhibits and outcome, a suspension letter to parents with the
statutory wording about the first five days and public places, a permanent exclusion with the
governors' disciplinary committee and an independent review panel, a managed move agreement, a
part-time timetable with review dates, an alternative provision's daily report and the school
taxi log, a children missing education referral with its reasonable enquiries checklist, an
elective home education notification and annual visit report, the common transfer file and a lost
pupil search, a census return line, an off-rolling audit and a reintegration meeting. Names come
after "Pupil:", "Child:", "Name:" and "UPN:", after "Dear Parent/Carer of", in table rows with
pipes, year groups, percentages and bands ("{P} | 71.3% | PA"), as possessives, in a parent's
quoted replies on the doorstep, in a text message greeting, inside brackets and after times.
Ordinary uses put each word-name in the same voices (register notes, statutory letters, panel
minutes, taxi logs, visit cards, table labels in capitals) and in more than one sense: to mark the
register and a mark for work, "may be fined" and May half-term, "will be expected back" and
against his will, a bill for the uniform, a grace period before the penalty, a green card for the
toilet, amber on the attendance RAG, "we hope to see", a stone's throw from school, the bell for
period 3, the holly hedge the boys climb, the wood behind the field, the river's banks and the
food banks, the dean of a sixth form and a rural dean.
"""

FORTYEIGHTH_PERSON_SENTENCES = [
    # Register rows, codes and sessions.
    "{P}: N N N U L / / I",
    "{P}: / \\ / \\ N N O O G G",
    "Wk 3, 7H register - {P}: /\\ /\\ LN NN NN",
    "{P}//N N N, then U at 10:40 on Thursday.",
    "{P}|N|N|U|L|/",
    "7H AM: {P} N (no call received by 09:30).",
    "Row 22: {P} - O O O O O (whole week unauthorised).",
    "Code changed from N to O for {P} after no reason was given within five school days.",
    "Code C2 (part-time timetable) entered for {P} on afternoons only.",
    "{P}: B B B - off-site at the AP, attendance to be checked daily.",
    "Late after registers closed (U) for {P} on nine of the last twelve sessions.",
    "{P} G G G G G G G G G G, holiday in term time not agreed by the head.",
    "{P} - E for five sessions (suspension), then N for two.",
    "AM/PM: {P} present AM, absent PM with no explanation - suspected internal truancy.",
    "{P} signed in at 08:52 and signed out by nobody; CCTV shows the side gate at 11:10.",
    "Off-site code B entered for {P} for every AP session, without checking with the AP.",
    "Dual registration: {P} on roll at the home school (main) and the AP (subsidiary).",
    "{P} registered in form time, then missing from every lesson after break.",
    "MIS shows {P} present at AM registration; no lesson attendance recorded after that.",
    "{P}, last seen in period 2 science, not in period 3 maths.",
    "Internal truancy: {P} found in the toilets for all of period 4.",
    "Absence for {P} this term: 24 sessions, of which 18 unauthorised.",
    "Sessions possible 146, attended 71 ({P}, autumn and spring to date).",
    # First-day calls, call log and texts.
    "08:45 first-day call to the home of {P}: no answer, voicemail left.",
    "09:10 second call re {P} - number not recognised.",
    "09:32 Mum rang back: {P} has a sore throat, code I.",
    "Call log 14/10: {P} absent; dad says she left at 08:15 with her bag.",
    '"Hello, this is the attendance line calling about {P}, who is not in school today."',
    "Script: Good morning, I am calling from the school because {P} is not in registration.",
    "Script line 3: ask when {P} is expected back and the reason for absence.",
    "If no contact by 10:00, text the second contact for {P} and note the time.",
    "10:05 text sent to both contacts for {P}; no read receipt.",
    "Third consecutive day: {P} not seen, escalate to the DSL and the attendance officer.",
    "No contact on the first day for {P} for the fourth time this half-term.",
    "Hello {P}, we missed you today - please come to reception when you arrive tomorrow.",
    "Text to the mother of {P} at 09:05: 'Your child is absent today. Please call the office.'",
    # Home visits and the card through the door.
    "Sorry we missed you. An attendance officer called today about {P}.",
    "Card left at 11:20 asking the parent of {P} to ring the office.",
    "Home visit, 12:05: curtains drawn, TV on, no answer; card for {P} pushed through the door.",
    "Doorstep with nan at 13:40 - {P} seen at the upstairs window.",
    "Visit outcome: {P} seen and spoken to, says she has period pains.",
    "Welfare check - {P} found at home alone, aged 11, at 10:30 on a school day.",
    "Neighbour reported that {P} goes out of the back gate as soon as the taxi leaves.",
    "The learning mentor walks to the house to collect {P} on Mondays.",
    "Safe and well check requested for {P} after three days with no contact.",
    # Letters, penalty notices.
    "RE: {P} (DOB 03/06/2012) - NOTICE OF INTENTION TO ISSUE A PENALTY NOTICE",
    "Dear Parent/Carer of {P},",
    "Dear Parent/Carer of {P}, I am writing about 10 sessions of unauthorised absence.",
    "Letter 1 (concern) sent home for {P} at 90%.",
    "Letter 2 (persistent absence) sent for {P} at 87.4%.",
    "Letter 3 (legal warning) hand-delivered for {P} at 79.0%.",
    "Penalty notice issued to the parent of {P}: \u00a380 if paid within 21 days.",
    "Unpaid within 28 days, the penalty notice for {P} went to the legal panel.",
    "Warning sent 02/02/2026; {P} then missed six more sessions inside the 15-day window.",
    "Second notice in three years for the absence of {P}: no further notice, consider court.",
    "FPN ref PN/2026/0413 | {P} | unauthorised holiday | issued 19/03",
    "Notice of intention for {P} withdrawn after a GP letter covered the days in question.",
    # Parenting contract.
    "PARENTING CONTRACT - Child: {P}",
    "The parent of {P} agrees to have the child at the school gate by 08:40 each day.",
    "Parenting contract signed by mum; {P} signed the pupil section too.",
    "The school agrees to give {P} a daily check-in with the learning mentor.",
    "Contract review at six weeks: {P} at 83.1%, up from 64.0%.",
    "Parent declined to sign the contract for {P}, saying it was 'not worth the paper'.",
    # School attendance order and education supervision order.
    "Notice under section 437(1) served on the parents of {P}; 15 days to reply.",
    "SCHOOL ATTENDANCE ORDER - Name of child: {P}",
    "The order names the receiving school as the one {P} must attend.",
    "Fifteen days passed without reply, so the order for {P} was served by hand.",
    "Application for an education supervision order (s.36 Children Act 1989) for {P}.",
    "Supervisor appointed under the ESO: the senior EWO; {P} to be seen fortnightly.",
    "At the ESO review {P} said the bus was the hard part, not the lessons.",
    # Section 444 court file summary.
    "Case summary, s.444(1A) Education Act 1996 - Pupil: {P}, Y10.",
    "Interview under caution with the mother of {P} was offered and declined.",
    "Summons issued for the parent of {P}; first hearing at the magistrates' court, 10:00.",
    "Outcome: guilty plea, parenting order made; {P} to be seen by the EWO weekly.",
    "Exhibit 4: certified copy of the attendance register for {P}.",
    "Statement of the attendance lead, producing the register for {P} as a true copy.",
    "Chronology of absence compiled for {P}, 09/2024 to 11/2026.",
    "Court file: {P} | Y9 | 52.7% | SA | two warnings | one notice unpaid",
    # Suspension letter.
    "I am writing to inform you of my decision to suspend {P} for three school days.",
    "This means {P} is not allowed in school from Tuesday 4 November to Thursday 6 November.",
    "For the first five days it is your duty to ensure that {P} is not in a public place.",
    "You could be given a penalty notice if {P} is found in a public place in school hours.",
    "Work is to be set for {P} and sent home each day of the suspension.",
    "You can make representations to the governing board and see {P}'s school record.",
    "Reason for suspension of {P}: leaving the site without permission, third time this term.",
    "A reintegration meeting with you and {P} is arranged for 08:30 on the day of return.",
    "Exclusion log: {P}, 2 days, leaving site without permission, third incident this term.",
    "Keeping-in-touch call with {P} during the suspension: at home, doing the set work.",
    # Permanent exclusion, disciplinary committee, review panel.
    "RE: PERMANENT EXCLUSION OF {P}",
    "The head teacher has decided to permanently exclude {P} from today, 12 March 2026.",
    "The governors' disciplinary committee met to consider the exclusion of {P}.",
    "The committee upheld the decision to permanently exclude {P}.",
    "Representations on behalf of {P} were made by the mother and a youth worker.",
    "An independent review panel for {P} was requested within 15 school days.",
    "The panel directed the governing board to reconsider its decision on {P}.",
    "SEN expert's note: the school had not assessed {P} for needs despite two requests.",
    "{P} attended the panel hearing and read out a statement.",
    "Off-rolling audit: {P} left in Y10 for EHE two weeks after a meeting about exclusion.",
    "Audit question: was the parent of {P} advised to home educate to avoid an exclusion?",
    "{P} is one of nine pupils who left the roll between January and the census date.",
    # Managed move.
    "Managed move agreement - {P}, home school to receiving school, trial of 12 weeks.",
    "{P} stays on the roll of the home school until the trial ends.",
    "If the move breaks down, {P} returns to the home school with a support plan.",
    "Managed move ended early: {P} left the site twice in week four.",
    "Fair access panel allocated {P} a place at a school two bus rides away.",
    "In-year admission for {P} refused, no places; the fair access panel meets on the 14th.",
    # Part-time timetable.
    "Part-time timetable for {P}: 09:00 to 12:00, Monday to Thursday; review date 17/10.",
    "{P} | PTT | 09:00-12:00 | review 17/10 | extend to 13:30 if above 90%",
    "The part-time timetable for {P} is to last six weeks at most, then full-time.",
    "PTT review 2: {P} attended every morning session; afternoons added from Monday.",
    "The parent of {P} agreed the part-time timetable in writing and can withdraw consent.",
    "Offer of a place in the inclusion base made to the family of {P}.",
    # Alternative provision and the school taxi.
    "AP daily report - {P}: arrived 09:25, English done, left at lunch without telling staff.",
    "Taxi log: 08:05 driver at the address, {P} not ready; left 08:20 without the pupil.",
    "Taxi 14 | {P} | picked up 08:12 | dropped at AP 08:41 | escort: yes",
    "Driver reports {P} got out at the lights on the ring road and ran off.",
    "{P} on site 09:30-12:10 only; points: 3/10; behaviour: settled in maths.",
    "The AP rang at 10:50 to say {P} had not come in, though the taxi dropped off at 09:00.",
    "{P} arrived at the AP smelling of cannabis and was sent to the quiet room.",
    "{P} was collected from the AP by an adult who was not on the contact list.",
    "The AP's register shows {P} on site for 6 of 20 sessions this month.",
    "Transport eligibility reviewed for {P}, who lives over the statutory walking distance.",
    "Bus pass for {P} reported lost for the third time.",
    # Children missing education and reasonable enquiries.
    "CME referral - Child: {P}, Y7, not seen since 23/09, family thought to have moved.",
    "Reasonable enquiries for {P}: contacts rung - yes; home visit - yes; GP - pending.",
    "Housing confirmed that the tenancy held by the family of {P} ended on 30/09.",
    "Sibling check: {P} also absent from the primary school on the same days.",
    "Request to health for a new address for {P}; the records show a GP in another county.",
    "{P} taken off roll under the pupil registration regulations after joint enquiries.",
    "Before removal from roll, both school and authority had to have failed to find {P}.",
    "CME tracking: {P} found on roll at a school in another authority; case closed.",
    "{P} moved to a new address out of the area; no in-year application made yet.",
    # Elective home education.
    "EHE notification: the parent of {P} is withdrawing the child to educate at home.",
    "Letter received 02/12: 'I am taking {P} out of school to home educate from Monday.'",
    "Annual EHE visit report - {P}: provision appears suitable in English and maths.",
    "The parent of {P} declined a home visit and sent samples of work instead.",
    "{P} was on a child protection plan when the EHE letter came, so a meeting was called.",
    "EHE annual report summary: {P} follows an online course and sees a tutor twice a week.",
    # Transfer file, lost pupil search, census.
    "CTF out for {P}: destination school unknown, so sent to the lost pupil area.",
    "CTF received for {P} from a school in another county, dated two terms ago.",
    "School to School search for {P} returned no destination school.",
    "Lost pupil search for {P}, no match found.",
    "UPN: K000000000319 ({P})",
    "UPN: {P} - temporary number on the CTF, permanent one not yet issued.",
    "Census line: {P} | Y8 | possible 152 | authorised 14 | unauthorised 39",
    "The census return lists {P} as on roll, though she has not attended since the spring.",
    "Autumn census: {P}, enrolment status C, part-time flag set.",
    # Tables, labels and headers.
    "Pupil: {P}",
    "Child: {P}; Year: 9; Attendance to date: 58.4%; Band: SA",
    "Name: {P}   Form: 8R   Attendance: 71.3%",
    "{P} | 71.3% | PA",
    "| 9C | {P} | 49.0% | SA | referred |",
    "{P} (PA, 81.6%) - first letter sent.",
    "Pupil: {P} | Tutor: 10W | Days missed: 31 | Unauthorised: 22 | Court: considered",
    "EWO referral form - Child: {P}; reason: attendance below 50% for two terms.",
    # Reintegration and support.
    "Reintegration meeting held 08:30; {P}, mum, head of year and the SENCO present.",
    "Targets agreed with {P}: stay on site, use the pass when upset, go to the base at break.",
    "{P} to carry a time-out pass and go to the base, not out of the gate.",
    "Support first: the family of {P} offered an early help assessment before any fines.",
    "Attendance panel invite sent to the family of {P} for 09:00 Tuesday.",
    "At the attendance panel {P} said she hates PE and the changing rooms.",
    "EBSA screening: {P} scores high on the anxiety items.",
    "GP letter received confirming {P} was seen for anxiety in October.",
    "Medical evidence requested for {P}'s absences coded I.",
    "School nurse drop-in: {P} came along and said she gets stomach aches on Sunday nights.",
    "Attendance mentor's notes: {P} likes art and asked for a key worker.",
    "Rewards: {P} received a certificate for 100% attendance in week 6.",
    "Education welfare closed the case for {P} after eight weeks above 95%.",
    "Young carer status recorded for {P} after mum's operation.",
    "{P} said she could not face the corridors, so a later start through reception was agreed.",
    "{P} on the SEN register; annual review brought forward because of attendance.",
    # Slipping out, found, seen.
    "{P} slipped out of the side gate during the change-over at 11:05.",
    "{P} was found at the shopping centre at 13:20 by a PCSO and returned to school.",
    "{P}'s mum says she drops her at the gate every morning and has no idea where she goes.",
    "{P}'s form tutor logged concerns about an older boyfriend collecting her at lunch.",
    "Head of year saw {P} leave through the fire door by the sports hall.",
    "{P} and two friends left through the car park gate at lunch and did not come back.",
    "Truancy sweep with police: {P} stopped outside the bookmakers at 11:40.",
    "Found with {P}: two older pupils from another school, also truanting.",
    "Asked where she goes, {P} said the park by the canal, or a friend's flat.",
    "Missing in school hours: {P} not in school and not at home, police told at 15:10.",
    "The attendance officer, the DSL and {P} met in the library at lunch.",
    "{P} arrived at 10:55 with a note saying 'dentist', but no appointment card.",
    "Attendance certificate for {P} for the spring term: 0 unauthorised sessions.",
    # Parents' replies.
    '"{P} was in bed with a temperature, I rang at nine," the mother said.',
    '"I can\'t physically put {P} on the bus," dad said at the door.',
    '"Ask {P} yourself, she tells me she goes in," the mother replied.',
    '"She\'s with me, {P} is fine, stop ringing," the parent said on the phone.',
    '"Nobody told me {P} was on a part-time timetable," the father wrote.',
]

FORTYEIGHTH_ORDINARY = {
    "hope": [
        "We hope to see your child back in school on Monday.",
        "Hope: to be back on a full timetable by February half-term (pupil's own words).",
        "The mother had given up hope of a place at the nearer school.",
        "Staff held out little hope that the managed move would last.",
        "In the hope of avoiding a penalty notice, the officer offered one more meeting.",
        "HOPE AND AIMS section of the reintegration plan: left blank.",
    ],
    "grace": [
        "A grace period of ten school days was given before the penalty notice.",
        "The head accepted the panel's decision with good grace.",
        "Grace is said before lunch at the church school, the transfer file notes.",
        "No days of grace are allowed once the 21-day payment period ends.",
        "Grace periods for late arrival end when the register closes at 09:10.",
        "The parent was given a week's grace to send in medical evidence.",
    ],
    "mark": [
        "Staff must mark the register at the start of each morning session and afternoon.",
        "An unauthorised absence mark was entered because no reason was given.",
        "Attendance fell below the 90 per cent mark in October.",
        "MARK: O (unauthorised, other)",
        "Marks in the register are legal records and cannot be changed without a note.",
        "The set work was handed in but never came back with a mark.",
        "A red mark on the wrist was reported by the taxi escort.",
    ],
    "rose": [
        "Attendance rose to 92 per cent after the part-time timetable ended.",
        "Unauthorised absence rose sharply in the week after the census date.",
        "The number of suspensions rose again in the spring term.",
        "Rose-tinted, the parent's account of the morning did not match the taxi log.",
        "The pupil rose at six to walk the younger ones to the primary school.",
        "A rose garden by reception is where the boy sits when he refuses to go in.",
        "Fines rose to \u00a3160 when the notice was not paid within 21 days.",
    ],
    "may": [
        "You may be fined if your child misses school without good reason.",
        "A penalty notice may be issued after 10 sessions of unauthorised absence.",
        "May half-term is the deadline for the review of the part-time timetable.",
        "From 6 May the pupil attended the AP in the mornings only.",
        "The local authority may apply for an education supervision order instead.",
        "Census day in May fell during the suspension.",
        "Parents may ask for the decision to be reviewed by an independent panel.",
    ],
    "will": [
        "Your child will be expected back at school on Monday 10 November.",
        "If the pupil is absent again, the school will make a home visit.",
        "The parent will be told in writing of any court hearing.",
        "Against her will she was moved to the AP for a six-week placement.",
        "There was no will on the part of the receiving school to extend the trial.",
        "The parenting contract will be reviewed after six weeks.",
        "Of his own free will he left the site, the boy told the panel.",
    ],
    "william": [
        "The school will send a written warning before any penalty notice.",
        "A bill for the lost bus pass was sent home.",
        "The parent will be asked to attend an attendance panel.",
        "The uniform bill came to \u00a3145, which the family could not pay.",
        "Taken against his will to the meeting, the boy said nothing.",
        "An unpaid bill for school meals was discussed at the reintegration meeting.",
    ],
    "bill": [
        "A bill for the uniform arrived the week the mother lost her job.",
        "The taxi firm sent a bill for the wasted journeys.",
        "Bills for gas and electricity were on the mat at the home visit.",
        "School trip bills were unpaid, so the girl stayed at home on trip days.",
        "The phone bill was in the name of the older brother.",
        "The legal team listed the bill of costs in the court file summary.",
        "A bill-paying plan was set up through the family support worker.",
    ],
    "amber": [
        "Amber on the attendance RAG means between 90 and 95 per cent.",
        "The pupil moved from amber to red after the half-term holiday.",
        "AMBER: monitor weekly, first letter sent.",
        "The managed move was rated amber at the six-week review.",
        "An amber light on the gate keypad showed the side gate had not locked.",
        "Amber-rated pupils get a call from the attendance mentor every Monday.",
    ],
    "sky": [
        "The sky was still dark when the school taxi arrived at 07:30.",
        "Sky-high travel costs were given as the reason the boy missed the AP.",
        "Under a grey sky the truancy sweep started at the shopping precinct.",
        "The girl drew a blue sky and a locked gate in the session with the mentor.",
        "Sky television was on in the front room at the home visit.",
        "The sky blue jumper of the old school was still being worn at the new one.",
    ],
    "faith": [
        "The parent had lost faith in the school after the second suspension.",
        "Faith schools in the area take part in the fair access protocol.",
        "The decision was made in good faith on the information the school had.",
        "Faith: none recorded on the admission form.",
        "The receiving school put its faith in a fresh start.",
        "Religious observance days for the faith community were coded R.",
    ],
    "holly": [
        "The boy climbed over the holly hedge at the back of the playing field.",
        "Holly grows thick along the fence where the pupils slip out.",
        "Scratches on the arms, the girl said, were from the holly by the gate.",
        "A wreath of holly hung on the door of the house at the December visit.",
        "Holly berries were the theme of the art lesson she missed.",
        "The gap in the holly behind the sports hall was fenced off after the audit.",
    ],
    "ruby": [
        "The ruby anniversary of the school fell in the week of the census.",
        "Ruby red trainers were against the uniform policy, so she was sent home.",
        "A ruby ring was reported stolen from the changing rooms.",
        "The girl's cheeks were ruby from the cold after the walk to school.",
        "Ruby-coloured lanyards are worn by visitors at the AP.",
        "A ruby glass vase was broken in the incident that led to the suspension.",
    ],
    "daisy": [
        "Daisy Class in reception had the highest attendance in the school.",
        "The child picked a daisy on the walk to school with the learning mentor.",
        "Daisy chains were made on the field while she should have been in maths.",
        "The little sister's daisy-print coat was left at the office.",
        "The primary's daisy wall shows each class's weekly attendance.",
        "The nursery's daisy room was shut, so the older girl stayed home with the baby.",
    ],
    "summer": [
        "Summer term attendance was the lowest of the year.",
        "Over the summer the family moved without telling the school.",
        "As a summer-born child she was among the youngest in her year.",
        "The EHE annual visit is due before the summer holidays.",
        "SUMMER TERM 2026: 14 sessions unauthorised, code G.",
        "The summer school for new Year 7 pupils was missed because of the move.",
    ],
    "joy": [
        "Joy at getting a place at the new school faded within a fortnight.",
        "There was little joy in the reintegration meeting, the head of year noted.",
        "The art teacher said the boy's joy in making things was obvious.",
        "No joy from the second contact number, so a home visit was arranged.",
        "Joy, worry and anger cards were used in the first session with the mentor.",
        "To the mother's joy, the panel quashed the exclusion.",
    ],
    "dawn": [
        "Dawn had barely broken when the taxi collected him for the AP.",
        "The father works from dawn, so the girl gets herself up.",
        "It dawned on staff that the absences all fell on Mondays.",
        "The boy was out until dawn and slept through the school day.",
        "At dawn the family left the flat, and the CME referral followed a week later.",
        "A dawn raid on the address by police is recorded in the chronology.",
    ],
    "ivy": [
        "Ivy covers the back fence where the gap was found.",
        "The boy hid behind the ivy on the old wall when the sweep went past.",
        "Ivy-clad outbuildings at the AP are out of bounds.",
        "The home visit card was tucked into the ivy by the front door.",
        "Ivy leaves blocked the letterbox, so the card went under the door.",
        "The ivy on the porch had grown over the house number, so the wrong door was knocked.",
    ],
    "jack": [
        "The taxi driver used a jack to change a flat tyre and arrived an hour late.",
        "A car jack left in the yard was taken and used to break the window.",
        "The boys planned to jack in school and go to the coast for the day.",
        "Jack-knifed on the ring road, a lorry held up every school taxi that morning.",
        "A jack of all trades, the dad said he needed the boy at work with him.",
        "The Union Jack on the AP wall was taken down after a complaint.",
    ],
    "robert": [
        "Older youths would rob younger pupils of their phones on the way to the AP.",
        "He was arrested in school hours for trying to rob a bike from the station.",
        "The robbery at the corner shop took place at 11:20 on a school day.",
        "She said the older boys robbed her of her dinner money.",
        "Robbing the vending machine was the reason for the suspension.",
        "Police linked the truanting group to a phone robbery in the town centre.",
    ],
    "frank": [
        "The mother was frank: she could not get him out of bed.",
        "In a frank exchange the head said the place was at risk.",
        "Frank discussion of the attendance figures took place at the panel.",
        "To be frank, the part-time timetable had gone on far too long.",
        "The boy was frank about where he went: the skate park.",
        "The pupil's frank letter to the panel was read aloud.",
    ],
    "miles": [
        "The AP is eight miles from home, a forty-minute taxi ride.",
        "Living over three miles from school, she qualifies for free transport.",
        "The boy walked miles around the town each day rather than go in.",
        "Miles away in the new town, the family did not tell the school.",
        "The two accounts of the morning were miles apart.",
        "Taxi log: 14 miles, wasted journey, pupil not ready.",
    ],
    "dean": [
        "The dean of the sixth form signed the withdrawal letter.",
        "A letter from the college dean confirmed the student had stopped attending.",
        "The dean of the cathedral school sat on the fair access panel.",
        "The assistant dean for students rang the EWO about the younger sibling.",
        "The rural dean let the church hall be used for the AP.",
        "The Dean of Studies at the independent school sent the CTF late.",
    ],
    "marsh": [
        "The boys were found on the marsh behind the estate during school hours.",
        "Marsh paths near the AP are unlit and isolated.",
        "The salt marsh is where the truanting group went to smoke.",
        "A trainer was found stuck in the marsh mud by the PCSO.",
        "The taxi route runs along the marsh road, which floods in winter.",
        "The field trip to the marsh was the only school day she attended that week.",
    ],
    "hill": [
        "The school sits at the top of a steep hill, which the girl said she could not face.",
        "Up the hill from the gate is the park where the pupils gather.",
        "The boy was seen running down the hill towards the station at 10:15.",
        "Hill walking on the AP timetable was the session he never missed.",
        "The bus stops at the bottom of the hill, a ten-minute walk from the gate.",
        "Over the hill behind the playing field the fence is broken.",
    ],
    "wood": [
        "The gap in the fence leads into the wood behind the sports field.",
        "Wood from the old bike shed was used to prop the gate open.",
        "The pupils built a den in the wood and spent the mornings there.",
        "Wood chippings on her shoes matched the path by the canal.",
        "A wood stove was the only heating in the house at the home visit.",
        "The AP runs a wood workshop on Fridays, and he attends that day only.",
    ],
    "stone": [
        "The school is a stone's throw from the retail park where she was found.",
        "A stone was thrown through the window of the head's office.",
        "She had lost a stone since the start of the suspension, the nurse noted.",
        "Stone steps by the side gate are where the pupils slip out.",
        "The old stone wall at the back of the field is low enough to climb.",
        "Stone-faced, the boy sat through the governors' meeting without a word.",
    ],
    "bell": [
        "The bell for period 3 rang and the girl walked out of the side gate.",
        "After the bell at 08:45 the gates are locked and late pupils sign in at reception.",
        "Nobody answered the door bell, so a card was pushed through.",
        "The end-of-day bell went before the taxi arrived.",
        "Bell times were changed for the pupil to avoid the crowded corridors.",
        "A bell on the AP door rings in the office when anyone leaves.",
    ],
    "brown": [
        "Brown envelopes from the council were unopened on the mat.",
        "The old uniform was brown, and the family could not afford the new one.",
        "A brown paper bag of cannabis was found in her locker.",
        "The water from the tap at the flat ran brown.",
        "She wore a brown coat over the uniform and was seen at the bus station at 10:05.",
        "The boy's school shoes were brown, against the policy, so he was sent to isolation.",
    ],
    "green": [
        "A green card for the toilet lets the pupil leave lessons without asking.",
        "Green on the attendance RAG means 96 per cent or above.",
        "The panel gave the green light to a managed move.",
        "The newly qualified officer was green, so the file went to a senior colleague.",
        "Green space behind the estate is where the group meet.",
        "A green form is used for requests for leave in term time.",
        "The village green was where the PCSO found the two pupils at 11:30.",
    ],
    "lamb": [
        "Lamb stew was on the lunch menu the day she came back.",
        "Gentle as a lamb in class, the boy was said to be different at the AP.",
        "Lambing season keeps the father on the farm, and the boy helps instead of school.",
        "The toy lamb in her bag went everywhere with her, even to the panel.",
        "A lamb's-wool jumper was reported stolen from the PE changing rooms.",
        "The farm visit to see the new lamb was the reward for a week of full attendance.",
    ],
    "fox": [
        "A fox had got into the bins by the side gate, and the caretaker left it open.",
        "The boy said he watched a fox on the field instead of going to lessons.",
        "The fox cubs under the mobile classroom were a reason given for lateness.",
        "A dead fox by the roadside upset the girl on the walk to school.",
        "The AP's logo is a fox, printed at the top of the daily report.",
        "Sly as a fox, the head of year said, after the third forged note.",
    ],
    "banks": [
        "The river burst its banks and the school taxi could not get through.",
        "Food banks in the town gave the family uniform vouchers.",
        "The boys were seen on the canal banks during period 2.",
        "The banks of screens in the office show every camera on the site.",
        "Debts to two banks were listed in the family's early help assessment.",
        "Grass banks behind the field hide the gap in the fence.",
    ],
}

FORTYEIGHTH_UNLISTED = [
    "{U}, the attendance officer, left a card at the house.",
    "The taxi driver, {U}, waited until 08:20 and then left.",
    "Escort on the school taxi: {U}.",
    "Head teacher: {U}",
    "Signed: {U}, Chair of the Governors' Disciplinary Committee",
    "Dr {U}, the community paediatrician, wrote in support of a reduced timetable.",
    "Mrs {U} at the corner shop said the girls come in most mornings at ten.",
    "The family were thought to have moved to {T}.",
    "Enquiries with the admissions team in {T} found no application.",
    "A neighbour, {U}, saw the boy getting into a car at the end of the road.",
    "The mother's friend {U} now takes the children to school.",
    "St {U}'s Catholic Primary confirmed the younger sibling had left as well.",
    "The lost pupil search found a possible match at a school in {T}.",
    "{U}, the SENCO, attended the reintegration meeting.",
    "Clerk to the panel: {U}",
    "The independent review panel was chaired by {U}, a lay member.",
    "{U} from the alternative provision rang at 10:50.",
    "Learning mentor {U} walks to the house on Mondays.",
    "The EWO, {U}, served the notice by hand.",
    "The court clerk, {U}, listed the case for the 14th.",
    "Statement of {U}, attendance lead.",
    "Home education adviser: {U}",
    "The family's new address in {T} was given by the GP practice.",
    "A lodger, {U}, answered the door and said nobody else was in.",
    "The older boyfriend, {U}, was seen at the gate at lunchtimes.",
    '"Talk to {U}, he knows where she goes," the sister said.',
    "The youth worker {U} saw the group by the canal during school hours.",
    "Police officer {U} brought back two pupils found in {T} town centre.",
    "The aunt in {T} offered to have the child to stay during the week.",
    "{U} (SEN expert) advised the panel on the school's approach to needs.",
    "Receiving school contact: {U}, deputy head.",
    "The CME officer, {U}, checked the council tax records.",
    "A grandparent, {U}, had registered the children with a doctor in {T}.",
    "{U} is named on the contact list as the emergency contact.",
    "Taxi firm controller {U} sent the log by e-mail.",
    "Interpreter: {U}",
    "Witness: {U}, office manager, who made the first-day calls.",
    "The mother said the children were staying with {U} for a few weeks.",
    "Minutes taken by {U}.",
    "The behaviour lead, {U}, found the pupils in the underpass.",
    "The family had lived in {T} before the move, and the children went to school there.",
    "Letter copied to {U}, virtual school head.",
    "{U} was the second contact on the form and did not answer.",
    "Half-term was spent in {T} with the father's family.",
    "A tutor, {U}, teaches the child at home three mornings a week.",
    "CTF sent on to a school in {T}; head of year there is {U}.",
]
