"""Forty-fifth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc,
read with cat, with sed for the middle part the cat output cut, and with grep for one line number;
not imported), for the format: the {P}, {U} and {T} placeholders, the name forms the generator fills
in (full name, given name, an initial with and without a stop, a possessive, upper and lower case, a
line break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the
capital it gives a lower-case name that opens a template, the word-names and the other name lists
(plain given names, street trees, the syllables of invented surnames and towns, the first names it
gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will" among them) and the number
of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its space,
"bill" for William when there is no "will ", and "rob" for Robert); the forms it gives {U} (a first
name, a surname, both, or "Mr" and a surname, and a bare name after "Mrs", "St" or "Dr", so no other
title or rank is put before {U}), and that `_Builder.sentence` takes every "{" in a template as the
opening of a placeholder, so no literal brace appears anywhere in this family. The first 45 lines
(the headers) of the forty-first, forty-second, forty-third and forty-fourth families, read with
head, and nothing else of them; none of those modules was imported. The file names in bench/publish
were listed with ls (names only), a test was made that this file did not yet exist, and the file
names in .venv/bin were listed, filtered for ruff. The generator's nickname function was neither
read nor called: common short forms of its given names ("kit", "rich", "bet", "bob", "con", "ant",
"nat", "jay", "liz", "meg", "kay", "lee", "beth", "chris", "tony", "rick", "jon", "robin" and the
like) are kept out of every sentence here from general knowledge, so nobody is a con man and a knife
comes from the kitchen drawer, not a kit. Words that merely contain a word-name ("jacket", "hijack",
"supermarket", "remarks", "marked", "marshal", "risky", "whisky", "enjoy", "chill", "uphill",
"labelled", "belly", "arose", "smiles", "milestone", "stoned", "chamber", "wholly", "privy",
"mayhem", "maybe", "dismay", "goodwill", "willing", "frankly", "faithfully", "disgrace", "hopeful",
"riverbanks", "problem", "probably", "probation", "robust", "wardrobe"), or a plain given name
("academic", "parliament"), are kept out of every sentence but the ones written for that word, so
the boys wear coats, the notices are printed and nobody goes on probation; the person and unlisted
templates carry no "will", "may" or "bill" at all, so notices say what "is" to happen. A throwaway
check, piped to python from the command line and saved to no file, took the name lists and
FRESH_ORDINARY from corpus.py by parsing its text with the ast module (it was not imported), applied
the marking rule as read in corpus.py to this family's ordinary sentences, looked for stray
word-names, plain given names, street trees and unlisted names (as whole words and as substrings, in
all three exports) and nicknames (as whole words), checked that each template has only its own
placeholders and no other brace and that every non-ASCII character is written as an escape, and ran
the import check in the brief; ruff check and ruff format were run on this file only. Nothing under
src/ or tests/, no README, no word list, no run_bench.py, no other part of any sentence family, the
forty-sixth family not at all, and no git history was read; git was not run and the benchmark was
not run. No real person, child, driver, case, force, council, hotel, taxi firm, bus company, shop or
place is represented: every name of the case, and of the adults, staff and towns around it, is
filled in by the generator's placeholders or written as a role ("the night manager", "the escort",
"Unc", "Boss"); phone numbers are in the 07700 900 range kept for drama, vehicle registrations,
collar, badge, route, room and log numbers are invented, and the hotels, shops, parades, parks,
routes and services described are generic ("the chicken shop on the parade", "route 14", "the hub").
The laws, orders, tools, schemes and public bodies named (a child abduction warning notice under
section 2 of the Child Abduction Act 1984 and section 49 of the Children Act 1989, a return home
interview, MACE, the National Referral Mechanism and its Single Competent Authority, reasonable and
conclusive grounds, an independent child trafficking guardian, the section 45 defence of the Modern
Slavery Act 2015, a knife crime prevention order, a slavery and trafficking risk order, a closure
order, section 19 of PACE, the "fit and proper person" test for a private hire licence, British
Transport Police, Snap Map, Sky, the Union Jack) are public ones, there only for the words they
contain.

Styles. Disrupting the exploitation of children outside the home, as it is written down by police,
licensing officers, transport staff and businesses, where the earlier headers were written in
genograms, the days after a child dies, service life and adult mental health and probation. Child
abduction warning notices served on the doorstep, with "TO:" in capitals and "is warned that";
return home interviews with the child's own words about push and pull; a missing-episode log with
gradings (MEDIUM, HIGH), times glued on ("0215hrs"), cell site and clothing descriptions; an
exploitation screening tool with numbered questions and a score; a contextual safeguarding map of
places and peer groups; MACE minutes with items, outcomes and actions; a hotel-watch referral and a
guest register in slashes and abbreviations; taxi licensing complaints, a booking history and a
suspension letter; a school-transport escort's daily sheet; a bus company's CCTV request; British
Transport Police station logs; a fast-food shop manager's incident note in the first person; a
trading standards test purchase; a phone examined, with contacts saved under street names, nicknames
and emoji, and threads typed in lower case; a deal line's bulk text; a Snap Map screenshot
described; an NRM referral for criminal exploitation; a youth worker's detached session notes; a
knife crime prevention order; and a disruption plan with actions, owners and a RAG rating. Names
come after "TO:", "Subject:", "Nominal:", "MISPER:", "Guest:", "Passenger:" and "Complainant", glued
to times, beside invented registrations and phone numbers, inside contact lists and quoted texts,
before an emoji, in possessives and in questions. Ordinary uses put each word-name in the same
voices and in more than one sense: county lines miles from home and accounts miles apart, a green
car and "green" for cannabis, AMBER on a screening tool and an amber light, dawn raids and "it
dawned on", the bill for damage and the Old Bill, "may have been" and the month, "will be served"
and free will, a frank account and a franked letter, "brown" for heroin, a stone's throw, a stone in
weight, a boy robbed into debt, jack-knives and jacking mopeds, the night bell at a hotel, canal
banks and food banks.
"""

FORTYFIFTH_PERSON_SENTENCES = [
    # Child abduction warning notices.
    "TO: {P}",
    "CHILD ABDUCTION WARNING NOTICE - TO: {P} - PLEASE READ CAREFULLY",
    "{P} is warned that the person with parental responsibility has not given permission for any"
    " contact with the child named below.",
    "{P} is warned that harbouring or concealing the child named in this notice is an offence.",
    "{P} is warned that, if found in the company of the child, arrest could follow under section 2"
    " of the Child Abduction Act 1984.",
    "Served on {P} at 1940hrs on the doorstep; the notice was read aloud and a copy handed over.",
    '{P} refused to sign, saying "I\'ve done nothing wrong", and the refusal was noted.',
    "Named child: {P}, aged 14, looked after by the local authority under a care order.",
    "{P}'s social worker gave written consent for the notice to be served.",
    "NOTICE SERVED: {P} - PC 4471 and PC 2093 - 2145hrs.",
    "A copy of the notice was sent to {P}, who holds parental responsibility, by recorded post.",
    "{P} was told the notice lasts until the child turns 18, as the child is in care.",
    "Breach log: {P} seen with the child on the parade at 2310hrs, 12 days after service.",
    "Recipient: {P}. Reason for notice: repeated sightings with a looked-after child.",
    # Return home interviews.
    "Return home interview: {P}, seen at the youth centre two days after return.",
    "{P} did not want the interview at home and chose the library instead.",
    '{P} said they had stayed at "a mate\'s flat" but would not give an address.',
    'Asked who paid the train fare, {P} shrugged and said "someone".',
    '{P} described being "looked after" by older boys who bought food and trainers.',
    "Push factors, in {P}'s words: \"rows at home, nobody notices if I'm gone\".",
    "{P} agreed to a second session but did not turn up.",
    "The interviewer noticed {P} checking a second phone throughout.",
    "RHI offered to {P} within 72 hours; declined by text at 2100hrs.",
    "{P} sat in for ten minutes and then left at the young person's request.",
    "{P} asked whether anything said in the room would go to the police.",
    "Interviewer's view: {P} is frightened of someone and is not yet ready to say who.",
    '"Ask {P}, she knows where I was," the boy said, and then refused to go on.',
    # Missing-episode log.
    "MISPER: {P} - reported 2205hrs by the children's home - graded MEDIUM.",
    "2250hrs {P} regraded HIGH after a call from a number linked to a drug line.",
    "0215hrs {P} located at the bus station by a patrol, cold but unhurt.",
    "0340hrs safe and well check on {P} completed by PC 2207; no injuries seen.",
    "Last seen: {P}, black puffer coat, grey joggers, white trainers, 1845hrs.",
    "Episode 7 of 11 this year for {P}; all previous episodes under 24 hours.",
    "{P} returned of own accord at 0610hrs and went straight to bed.",
    "Cell site on 07700 900417 (attributed to {P}) puts the handset by the coast.",
    "1120hrs {P} still missing; inspector's review: risk remains HIGH.",
    "{P} found in the back of a car, AB12 CDE, in a lay-by near the motorway.",
    "Vulnerability factors for {P}: age 13, looked after, previous episodes, new phone.",
    "Grading rationale: {P} has no phone, no money and has not gone missing before.",
    "0715hrs log closed; {P} home, RHI requested.",
    "Reporting person: {P} (mother), who last saw the boy at tea time.",
    "2358hrs{P} seen on town centre CCTV at the taxi rank.",
    # Police exploitation screening tool.
    "Subject: {P}. Exploitation screening tool completed by the missing person coordinator.",
    "Nominal: {P} - screening score 17 - referred to the exploitation hub.",
    "Indicators noted for {P}: unexplained cash, two phones, going missing, older associates.",
    "Q9: Has {P} been found out of area? YES - twice in October.",
    "Q14: Is {P} in debt to anyone? UNKNOWN - declined to answer.",
    "{P} scores high on criminal exploitation and low on sexual exploitation.",
    "{P} has no known gang affiliation, but the peer group overlaps with one.",
    'Officer\'s note: {P} is a child first; no language of "choice" to be used.',
    'Intelligence links {P} to the "back field" group.',
    "NOMINAL: {P} / DOB on file / FLAGS: missing, exploitation, knife",
    # Contextual safeguarding map.
    "The map places {P} at the skate park, the chicken shop on the parade and the underpass.",
    "Peer group B includes {P} and four boys from the year above.",
    "{P} sits at the centre of the peer network diagram, linked to seven others.",
    "Location 3 - car park stairwell, level 4: young people seen there include {P}.",
    "Guardianship on the parade is weak after 2200hrs, when {P} is most often there.",
    "Neither the school nor the youth club knew that {P} went to the underpass.",
    "Both {P} and a cousin were placed on the map at the same address.",
    '{P} named the retail park as "where you get picked up".',
    # MACE meeting.
    "MACE, item 4: {P}, referred by education, risk rated significant.",
    "Attendees: police exploitation lead, education, housing, {P}'s social worker, youth service.",
    "Chair's summary: {P} is being groomed into a drug line and needs a plan today.",
    "The panel agreed {P} meets the threshold for a strategy discussion.",
    "{P} was not discussed at the last MACE because the referral form went missing.",
    "Action 2: check whether {P} is on a school roll anywhere in the county.",
    "Update from education: {P} has had 14 days out of school since half-term.",
    "Housing confirmed that {P} holds the tenancy of the flat the boys use.",
    "The MACE heard that {P} had been seen handing packages through a car window.",
    "Outcome for {P}: remain on the MACE list; review in four weeks.",
    "Is {P} a victim or a suspect? The MACE asked for both to be considered.",
    # Hotel-watch referral and guest register.
    "Guest: {P}. Room 214. Two nights. Paid cash, no luggage.",
    "Hotel-watch referral: the night manager was worried about {P} and a girl who looked about 15.",
    "Register line: 02/11 2347 {P} - rm 108 - 1 adult - ID not seen.",
    "{P} booked by phone from 07700 900261 and asked for a room at the back.",
    'Reception staff said {P} asked for "a room nobody walks past".',
    "Booking refused for {P} after the scheme alert came through.",
    "{P} was seen on the lift camera with two younger girls at 0112hrs.",
    "The name {P} was used for three bookings in a week, each with a different card.",
    "GUEST NAME: {P} / ADULTS: 1 / CHILDREN: 0 / VEHICLE REG: YT17 NRV",
    "Room service to {P}'s room: two bottles of vodka and four glasses.",
    "{P} checked out at 0545hrs through the fire exit, staff believe.",
    "Housekeeping found a school tie in the room booked to {P}.",
    "guest {P} rm 311 late chk-in 0205 pd cash",
    # Taxi licensing: complaints, booking history, suspension letter.
    "Passenger: {P}, picked up at the retail park at 0015hrs, account journey.",
    "Complaint: the driver of DK66 ZXP was seen giving {P} cigarettes and cash.",
    "Dear {P}, your private hire driver's licence is suspended with immediate effect.",
    "The sub-committee heard that {P} drove children on account jobs with no booking record.",
    "Booking history shows {P} taken from the estate to the coast four times in a week.",
    "{P}'s badge (no. 0482) is to be returned to the licensing office within 7 days.",
    "Operator records list {P} as the account holder for the journeys.",
    "{P} has the right to appeal to the magistrates' court within 21 days.",
    "The licensing officer interviewed {P} under caution on 14 October.",
    "The council is not satisfied that {P} is a fit and proper person to hold a licence.",
    "Passenger list for the night: {P}, two boys (no names given), one girl.",
    'Complainant {P} said the driver "knew all the kids by name".',
    "Re: {P} - private hire driver's licence PH/0482 - suspension.",
    # School-transport escort's daily sheet.
    "Escort sheet, route 14: {P} on 0812, off at school 0845.",
    "{P} not at pick-up point; escort waited 3 mins and radioed the school.",
    "1532hrs {P} got off at the lights without permission.",
    "Escort's note: {P} on the phone all journey, very quiet, new trainers.",
    "{P} was met at the school gate by an adult the escort did not know.",
    "Seat 4: {P} - refused seatbelt, swore at the driver.",
    "{P} asked the escort not to tell anyone about the car that followed the minibus.",
    "PM run: {P} absent; parent not answering 07700 900584.",
    # Bus company CCTV request.
    "CCTV request: route 9, vehicle 4403, 1910-1955hrs, to identify persons with {P}.",
    "Footage shows {P} boarding at the hospital stop with an older male.",
    "The operator agreed to keep footage of {P} for 31 days.",
    'Driver\'s report: {P} travelled without a ticket and said "my mate pays".',
    "{P} is seen on the top deck passing something to a boy in a grey tracksuit.",
    "Data protection form completed for {P} by the investigating officer.",
    # British Transport Police station logs.
    "BTP log 0917/19: {P} stopped at the barrier, no ticket, travelling alone.",
    "Items found on {P}: two phones, \u00a3340 in cash and a single ticket to the coast.",
    "{P} first gave a false name, then admitted their true details.",
    "1622hrs station staff called BTP after {P} was seen handing a package to a man on platform 2.",
    "{P} was taken to a place of safety and the local force informed.",
    "Travel history on the railcard of {P} shows nine out-of-area trips.",
    "British Transport Police record {P} as a child at risk of exploitation.",
    "{P}'s name was passed to the rail safeguarding team at 1700hrs.",
    "0058hrs {P} found asleep on the last train at the end of the line.",
    # Fast-food shop manager's incident note.
    "Incident note (shop manager): {P} came in about 2300 with two older lads and ordered nothing.",
    "{P} uses the toilet for a long time most nights; staff think packages are swapped.",
    "We asked {P} to leave at 2340 after shouting at the counter.",
    'A member of staff heard {P} say "on shift till two" on the phone.',
    "{P} gets free chips from one of the lads behind the counter, the manager says.",
    'The manager did not know {P}\'s age but "would say 13 at most".',
    "{P} left by the back door at 0010 when the patrol car pulled up.",
    # Trading standards test purchase.
    "Test purchase: the volunteer (aged 15) was sold a knife; the seller was {P}.",
    "{P}, the shop assistant, did not ask for ID before selling the vape.",
    "Advice letter sent to {P} as the premises licence holder.",
    "{P} said the till did not prompt for age on bladed items.",
    "A second test purchase from {P} ten days later was refused, correctly.",
    # Phone examined.
    "Contacts: 'Unc' 07700 900115, 'Boss' 07700 900338, '{P}' 07700 900902.",
    "Saved as '{P} \U0001f451' in the handset, number ending 417.",
    "The handset of {P} held 212 contacts, most saved under emoji alone.",
    "Messages from {P}: 'wer r u', 'ring me now', 'dont ignore me'.",
    "{P} is saved in the boy's phone as 'Aunty \u2764\ufe0f'.",
    "Top contact by call count: {P} (61 calls in 3 days).",
    "thread with {P}: 'u comin 2nite?' 'cant, mum on one'",
    "Deleted chat recovered: {P} sent a picture of a knife at 0233hrs.",
    "The examiner notes that {P} and 'Unc' share the same number.",
    "'{P} \U0001f525\U0001f525' is the contact name for the line phone.",
    "{P} typed 'snitches get stitches' twice in the group chat.",
    "Phone seized from {P} under section 19 of PACE; PIN not given.",
    "'where {P} at' was sent 14 times between 0100 and 0130.",
    "\U0001f4b0\U0001f4b0 {P} \U0001f4b0\U0001f4b0 (contact name, handset 2)",
    # Deal line bulk text.
    "Bulk text from the line: 'back on, same as before, ask for {P}'.",
    "Line holder believed to be {P}; the handset was seized at the address.",
    "The deal line's bulk message was signed off '{P} x' on two occasions.",
    "{P}'s number received the bulk text at 1601hrs along with 300 others.",
    "'ALL DAY ALL NIGHT - text {P} for prices' went to 412 numbers.",
    # Snap Map screenshot.
    "Snap Map screenshot: the avatar for {P} sits over a holiday park out of county.",
    "The screenshot, taken at 0211hrs, shows {P} in a cluster of five avatars.",
    "{P} turned off location sharing the day after the screenshot.",
    "A friend sent the screenshot of {P}'s location to the youth worker.",
    # National Referral Mechanism.
    "NRM referral for {P} submitted by the first responder: criminal exploitation, county lines.",
    "Positive reasonable grounds decision for {P} received from the Single Competent Authority.",
    "{P} did not have to consent, being a child, but was told the referral was made.",
    "The section 45 defence was raised for {P} at the youth court.",
    "Conclusive grounds decision for {P} still awaited after 14 months.",
    "An independent child trafficking guardian was allocated to {P} in June.",
    "{P} was referred on the basis of being moved between towns to sell drugs.",
    # Youth worker's detached session notes.
    "Detached session, 1900-2130: met {P} and three others by the garages.",
    "{P} asked about the boxing club and took a leaflet.",
    "{P} seemed on edge and kept watching the road.",
    "Gave {P} the helpline number; it went into the phone as 'pizza'.",
    '{P} said, "you lot only come out when it\'s light".',
    "Second session with {P}: talked about college, money and a friend who got stabbed.",
    '{P} was not at the garages tonight; the others said "working".',
    "{P} offered to buy the workers a hot chocolate from a thick roll of notes.",
    # Knife crime prevention order.
    "KCPO application: the respondent, {P}, is aged 16.",
    "Prohibitions: {P} must not carry a bladed article or post images of knives online.",
    "Requirements: {P} to attend two sessions a week with the youth justice worker.",
    "The court granted the order against {P} for 12 months.",
    "{P} is not to enter the area shown on the plan attached to the order.",
    "Breach: {P} found in the exclusion zone at 2215hrs with a kitchen knife.",
    # Disruption plan.
    "Action 1 - Owner: PC 3391 - serve CAWN on {P} by Friday.",
    "Action 4 - Owner: licensing - review {P}'s private hire licence.",
    "Owner: youth justice. Keep {P} in education; explore alternative provision.",
    "Action 6 - Owner: housing - consider possession proceedings against {P}.",
    "Action 8 - Owner: DS 1180 - apply for a closure order at the flat used by {P}.",
    "Disruption tactic for {P}: a slavery and trafficking risk order.",
    "RAG for {P}: red; two actions overdue.",
    "Plan reviewed with {P} at home; the safety plan was agreed and signed.",
    # Elsewhere in the file.
    "Was {P} ever asked who bought the phone? The records are silent.",
    'He said: "tell {P} I\'m coming for my money".',
    'Texts show {P} being told to "get on the 0630 and don\'t be late".',
    "Who paid for {P}'s room is still unknown.",
    "Neither parent knew {P} had a second phone.",
    "Seen with: {P}, two unknown males, a black hatchback (LR19 HUW).",
    'Alias used by the older boys for {P}: "little man".',
    "Interview under caution of {P} postponed; an appropriate adult could not be found.",
    "Welfare visit to {P} at the children's home: settled, asleep by 2300hrs.",
    "{P}, 15, was stopped and searched at the underpass; nothing found.",
]

FORTYFIFTH_ORDINARY = {
    "hope": [
        "Hope of getting the boy off the line rested on the move to a new school.",
        "Officers had little hope of tracing the phone before the battery died.",
        "2350hrs: no hope of a lift home, the girl told the call handler, so she started walking.",
        "The youth worker said the boxing club gave the lad hope and a reason to stay in.",
        "Hopes that the operator would preserve the footage were dashed when it was overwritten.",
        "'i hope ur not grassing' was the last text before the phone went off.",
        "The plan's hope is that every place the children gather has a trusted adult nearby.",
    ],
    "grace": [
        "The hotel was given two weeks' grace to train its night staff before the review.",
        "Saying grace was the only routine the boy kept from his grandmother's house.",
        "The driver was shown no grace by the sub-committee after the second complaint.",
        "With some grace the shop manager admitted that staff had ignored the signs.",
        "No grace period applies once a notice has been served, the inspector confirmed.",
        "The girl moved with an easy grace on stage, and drama kept her busy on Fridays.",
    ],
    "mark": [
        "A red mark on the boy's wrist matched the strap of a holdall.",
        "Mark each sighting on the map with the time and who was present.",
        "The phone examination marked 40 contacts as of interest.",
        "The CCTV request missed the mark: it asked for footage from the wrong bus.",
        "By the three-month mark the line had changed its number twice.",
        "Body map: linear mark, 4cm, right thigh, said to be from a fall off a moped.",
        "Officers were asked to mark the log FOUND only once the child had been seen in person.",
    ],
    "rose": [
        "Missing episodes rose from two to eleven in the autumn term.",
        "The number of young people seen at the underpass rose after the youth club closed.",
        "Voices rose at the counter and the manager asked the group to leave.",
        "A rose tattoo on the adult's hand was the detail the girl remembered.",
        "Fares on the account rose sharply in the month before the complaint.",
        "The boy rose early to catch the first train out, the station log suggests.",
        "Rose-gold phones had been bought for three girls in the group, all by the same man.",
    ],
    "may": [
        "The girl may have been taken across the county boundary on the Friday.",
        "In May the line switched to a new handset and a new number.",
        "MAY 2026: four missing episodes, all from the children's home.",
        "Hotels may refuse a booking where staff suspect a child is at risk.",
        "Staff may call the police hub directly when a young person seems scared.",
        "On 3 May the bus operator released the footage.",
        "The boy may not know the real name of the man he calls Unc.",
    ],
    "will": [
        "The notice will be served by two officers, one of them in plain clothes.",
        "Breach of the order will be reported to the court.",
        "The boy said he went of his own free will and nobody forced him, but the panel saw"
        " grooming.",
        "WILL BE SERVED IN PERSON is printed at the foot of the notice.",
        "Who will own each action was agreed before the MACE closed.",
        "Against his will the boy was driven to a flat in another county.",
        "Staff will log every sighting on the hotel-watch sheet.",
    ],
    "william": [
        "The notice will be served by two officers, one of them in plain clothes.",
        "Who will own each action was agreed before the MACE closed.",
        "Against his will the boy was driven to a flat in another county.",
        "The hotel sent a bill for damage to the room after the police search.",
        "The bill for the taxi journeys was charged to an account nobody would admit to.",
        "Everyone on the estate knew the Old Bill were watching the flat.",
        "The guest's bill was settled in cash at 0600hrs by a man who had not stayed.",
    ],
    "bill": [
        "The hotel sent a bill for damage to the room after the police search.",
        "Everyone on the estate knew the Old Bill were watching the flat.",
        "'old bill outside dont come' read a text on the seized phone.",
        "The guest's bill was settled in cash at 0600hrs by a man who had not stayed.",
        "A billboard by the station carries the helpline number.",
        "The operator billed the council for the escort's extra hours.",
        "The bill for the taxi journeys was charged to an account nobody would admit to.",
    ],
    "amber": [
        "The screening tool returned AMBER: emerging risk, review in four weeks.",
        "An amber flag was placed on the address in the police system.",
        "Amber lights flashed at the level crossing as the train pulled away.",
        "The MACE agreed to lower the rating to amber after two months without a missing episode.",
        "A bag of amber-coloured tablets was found in the bin of the hotel room.",
        "The lights were on amber when the hatchback jumped the junction, the log says.",
    ],
    "sky": [
        "The sky was getting light when the girl was found on the station bench.",
        "Under a clear sky the temperature fell to minus three, and she had no coat.",
        "The debt the boy was said to owe went sky high after the bag was taken.",
        "A Sky Sports subscription was paid for the boys at the flat the line used.",
        'The girl said she slept outside, "just me and the sky", behind the garages.',
        "Police drone footage shows the sky clear and the field empty by 0300hrs.",
    ],
    "faith": [
        "Faith groups were asked to report any child hanging around the centre late at night.",
        "The manager acted in good faith when she refused the booking.",
        "The boy had lost faith in the police after his own phone was taken as evidence.",
        "The family's faith leader spoke at the MACE about the pull of the older boys.",
        "Faith: not recorded on the screening tool.",
        "Agencies put too much faith in the taxi operator's own checks.",
    ],
    "holly": [
        "A holly hedge at the back of the park hid the spot where the boys met.",
        "The girl had scratches from the holly when she climbed out of the window.",
        "Holly wreaths were on sale at the station kiosk the night she went missing.",
        "The youth worker found the stash hidden in the holly by the footpath.",
        "Sprigs of holly decorated the hotel reception in the CCTV stills.",
        "Holly berries were scattered over the floor of the bus shelter.",
    ],
    "ruby": [
        "A ruby ring was taken from the grandmother's house to pay off a debt.",
        "The lipstick was ruby red, and the girl looked much older in the stills.",
        "Ruby-coloured vape liquid was sold to the test purchaser.",
        'The hotel\'s function room, the ruby suite, had been booked for a "party".',
        "Ruby wedding guests in the bar saw the girl leave with two men.",
        "The car was a ruby metallic hatchback, and its plates had been changed twice.",
    ],
    "daisy": [
        "Daisy chains hung from the bus shelter where the younger girls waited.",
        "The pendant was a small enamel daisy, bought for her by the adult.",
        "A daisy emoji was the line's sign-off on every bulk message.",
        "Daisy-print trainers, size 4, were left behind in the hotel room.",
        "The youth worker wrote that the boy was as fresh as a daisy despite being out all night.",
        "The daisy room at the family hub was used for the return home interview.",
    ],
    "summer": [
        "Over the summer the boy was found in three coastal towns.",
        "Summer holidays are the peak time for recruitment onto the lines, the analyst said.",
        "The summer timetable meant the last bus left the estate at 2215hrs.",
        "A summer job at the chip shop was how the girl first met the group.",
        "Summer 2026: eleven stop-searches of the same three boys.",
        "By late summer the hotel had joined the watch scheme.",
    ],
    "joy": [
        "Joy at getting the phone back turned to fear when it started ringing.",
        "Joyriding with the older lads was the first thing the boy was drawn into.",
        "There was no joy from the bus operator: the footage had gone.",
        "The youth worker described the boxing club as the lad's one joy.",
        "She spoke with real joy about her college place at the return home interview.",
        "'no joy at the hotel, they won't say who's in 214' (text from the outreach worker)",
    ],
    "dawn": [
        "At dawn the boy was found asleep in a stairwell of the car park.",
        "Dawn raids on three addresses were part of the disruption plan.",
        "The train left before dawn, and the ticket had been bought with cash.",
        "It dawned on the escort that the boy had not been at school all week.",
        "From dusk till dawn the line was run from the flat, officers believe.",
        "The girl walked home at dawn, the CCTV shows, alone and barefoot.",
    ],
    "ivy": [
        "Ivy on the back wall hid the gap the boys used to get into the yard.",
        "The stash was pushed into the ivy at the foot of the railway fence.",
        "The hotel's rear entrance is half covered in ivy and has no camera.",
        "Ivy leaves and mud were on the girl's clothes when she was found.",
        "The old mill, ivy-clad and fenced off, is on the contextual map as a meeting place.",
        "The youth worker cut back the ivy over the club sign so it could be seen from the road.",
    ],
    "jack": [
        "A car jack was used to smash the window of the school minibus.",
        "The boy was told to jack a moped and bring it to the garages.",
        "A Union Jack towel was hung over the hotel window.",
        "The boy was carrying a folding knife, a jack-knife, the BTP log says.",
        "The driver kept a jack and a wheel brace under the seat, the licensing officer found.",
        "The older lad called himself a jack of all trades: driver, runner and collector.",
        "Jacking mopeds for the older lads was how the boy first ended up in debt.",
    ],
    "robert": [
        'The boy was robbed of the drugs on his first day, which created a "debt".',
        "Plans to rob a phone shop were found in a group chat.",
        "Robbery of younger children for their bank cards was reported near the station.",
        "Staged robberies are a known way of trapping runners in debt.",
        "The boys threatened to rob him again if he went home.",
        'He said he was told to rob a man at the cash machine or "pay back double".',
    ],
    "frank": [
        "The boy was frank about where he had been: a flat two towns away.",
        "In a frank exchange the hotel manager admitted the register was not kept.",
        "Frankly, nobody owned the disruption plan until the MACE.",
        "The driver gave a frank account at the sub-committee hearing.",
        "Frank talk about money and debt was part of the youth worker's session.",
        "The NRM form asks for a frank description of the indicators, not a summary.",
        "Letters were franked and sent to all three hotels on the same day.",
    ],
    "miles": [
        "County lines took the boy over 80 miles from home in a single week.",
        "The taxi fare covered forty miles, paid on an account in another name.",
        "Miles from any bus route, the holiday park was a base for the line.",
        "The girl walked three miles along the dual carriageway at night.",
        "The two accounts of the night were miles apart.",
        "The escort drove 22 miles out of route to find the boy.",
    ],
    "dean": [
        "The dean of the further education college attended the MACE.",
        "A letter from the college dean confirmed the boy had not been seen since October.",
        "The assistant dean for student welfare raised the first concern with the college.",
        "The rural dean let the youth worker use the church hall for drop-in sessions.",
        "The dean's office at the university passed on a student's worry about a child in halls.",
        "The sixth form dean was the named contact for the knife crime order.",
    ],
    "marsh": [
        "The boys were seen on the marsh path after dark.",
        "Marsh land behind the retail park is used to hide stashes.",
        "The car was found stuck in the marsh, doors open, no driver.",
        "The caravan site sits on the edge of the salt marsh, far from the town.",
        "Officers searched the marsh with a drone at first light.",
        "Marshy ground near the lane slowed the search team.",
    ],
    "hill": [
        "The flat at the top of the hill had a clear view of the road, which is why the line"
        " used it.",
        "Hill paths behind the estate are unlit and on no bus route.",
        "The girl was found on the hill above the town at 0300hrs.",
        "Up the hill from the station is the hotel the scheme targeted.",
        "The hillside garages are a known handover point.",
        "The minibus stalled on the hill and the boy got out and ran.",
    ],
    "wood": [
        "The wood behind the school is where the boys were given their phones.",
        "A plank of wood was wedged against the hotel room door from inside.",
        "Officers found the knife wrapped in a cloth under a pile of wood.",
        "Woodland paths near the canal are on the contextual map.",
        "The shop counter is wood-panelled and the CCTV camera sits above it.",
        "The boy had been sleeping in a wood store behind the pub.",
    ],
    "stone": [
        "The hotel is a stone's throw from the motorway services.",
        "The boy had lost a stone in weight since joining the line.",
        "A stone was thrown through the taxi's rear window.",
        "Stone steps lead down to the underpass where the handovers happen.",
        "Stone-faced, the driver listened to the decision of the sub-committee.",
        "The station's old stone waiting room is locked at night, so the children sleep on the"
        " platform.",
    ],
    "bell": [
        "The night bell at the hotel was rung at 0320hrs by a girl asking for a phone charger.",
        "The school bell had gone by the time the minibus arrived.",
        "A bell on the shop door rang each time the group came in.",
        "Nobody answered the bell at the address, so the notice was served later.",
        "The bell push at the flat had been taped over.",
        "Bell-ringers at the church saw the boys in the churchyard each Tuesday.",
    ],
    "brown": [
        "Brown paper bags of cash were found in the wheel arch.",
        "A brown hatchback, AB12 CDE, was seen at every handover.",
        "The heroin was called 'brown' in the deal line texts.",
        "The boy had a brown holdall on the bus, the driver recalled.",
        "Brown stains on the hotel sheets were sent for testing.",
        "The cash was in brown envelopes, each with a phone number written on it.",
    ],
    "green": [
        "A green car followed the girl from the station, the log notes.",
        "Green: the boy was not known to police before the referral.",
        "The officer was green, in his second week, and did not grade the episode.",
        "'green' in the texts meant cannabis, the analyst said.",
        "The village green is where the younger boys wait for the runners.",
        "The panel gave the green light to a knife crime order application.",
    ],
    "lamb": [
        "The boy went like a lamb to the first handover, the youth worker wrote.",
        "Lamb kebabs were on the order the driver collected.",
        "A toy lamb was in the girl's bag when she was found.",
        "Lambing season kept the farmer up at night, and he saw the cars on the lane.",
        "The shop's lamb doner was bought with cash for the runners.",
        'The girl described the adult as "meek as a lamb" until she owed him money.',
    ],
    "fox": [
        "A fox set off the motion camera at the back of the hotel at 0140hrs.",
        "The boys hid the stash in a fox hole under the railway fence.",
        "Fox-red hair dye had changed the girl's look, so staff did not know her.",
        "The youth worker saw a fox on the canal path and nobody else all night.",
        "Foxes had torn open the bag where the phones had been hidden.",
        "The driver was as sly as a fox, the operator's manager told the hearing.",
    ],
    "banks": [
        "Banks were asked to flag accounts opened for young people by older adults.",
        "The boys meet on the canal banks below the bridge.",
        "Food banks reported that the boy came in alone and hungry after a week out of area.",
        "Banks of the river were searched by a dog team at first light.",
        "Money mule activity through two banks was linked to the girl's account.",
        "The CCTV banks at the bus depot hold footage for 31 days.",
    ],
}

FORTYFIFTH_UNLISTED = [
    "The adult named in the notice, {U}, is 24 and has convictions for supply.",
    "{U} was warned under a second notice for another child in the same month.",
    "A man known as {U} booked the room and paid in cash.",
    "The night manager, {U}, made the hotel-watch referral.",
    "Driver: {U}. Vehicle: YT17 NRV. Badge: 0391.",
    "Mrs {U}, the escort, filled in the daily sheet.",
    "Dr {U} examined the boy in custody and found old cuts to the hands.",
    "The boy was found at a flat in {T}, two hours by train.",
    "A single ticket to {T} was found in the girl's shoe.",
    "Cell site put the handset in {T} overnight.",
    "The line runs between the city and {T}, police believe.",
    "{U}, the youth worker, ran the detached session.",
    "The contact saved as '{U}' was the most called number on the line phone.",
    "{U} was named in the return home interview as the one the older boys answer to.",
    "The operator's manager, {U}, agreed to release the booking history.",
    "The girl said she stayed with {U} in {T} for three nights.",
    "St {U}'s churchyard is on the contextual map as a meeting point.",
    "A hotel in {T} joined the scheme after the referral.",
    "BTP found the boy on the platform at {T} at 0120hrs.",
    "{U} runs the chicken shop on the parade, the map notes.",
    "The taxi firm's base in {T} was visited by licensing officers.",
    "Intelligence links {U} to three addresses in {T}.",
    "The seller at the test purchase was {U}, not the licence holder.",
    "{U} from trading standards led the test purchase.",
    "Mrs {U}, who lives opposite the flat, reported cars coming and going all night.",
    "The examiner, {U}, downloaded the handset on 4 November.",
    "The bulk text was sent from a phone registered to {U}.",
    "A boy called {U} was arrested with the girl at the station.",
    "The MACE chair, {U}, signed off the disruption plan.",
    "The order was applied for by {U}, the force solicitor.",
    "The return home interview was carried out by {U} from the missing service.",
    '{U} said he was "just giving the kids a lift".',
    "The bus driver, {U}, gave a statement about the exchange on the top deck.",
    "The boy was moved from {T} to the coast and back in one weekend.",
    "Dr {U}, the forensic physician, saw the girl at the referral centre.",
    "The Snap Map screenshot placed the group at a holiday park near {T}.",
    '"{U} sent me" was all the boy would say to the BTP officer.',
    "The debt was owed to {U}, the boy said, and it doubled each week.",
    "A second notice was served on {U} at an address in {T}.",
    "{U} is the registered keeper of the hatchback.",
    "{U} was seen by the shop manager passing cash over the counter.",
    "The youth club run by {U} closed in the spring, and the boys moved to the underpass.",
    "The licensing sub-committee was chaired by {U}.",
    "{U}, the school's safeguarding lead, made the first referral.",
    "The NRM first responder was {U} from the local authority.",
    "0305hrs girl found at a service station outside {T}, in a car with {U}.",
]
