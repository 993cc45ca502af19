"""Eighty-third sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1299 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the next line
beginning with "[", the heading of [tool.ruff.lint], for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1299; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname of
more than two letters taken from variants_of_given), the capital it gives a lower-case name that
opens a template (only when nothing stands before the placeholder and the text already written,
stripped of trailing white space, is empty or ends in a full stop, so a name after a tab, a
pipe, a colon, "RE:", a bracket, a dash, a quote mark or a line break inside a template keeps
the case it was given), the word-names and the other name lists (plain given names, street trees
and suffixes, the words of nursery names, the syllables of invented surnames and towns, the
first names it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY
(thirty-three, "will", "william", "bill" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert, so every "will" here
is followed by a space, no William sentence has both "will " and "bill", "miles" and "banks" are
written in full, and no "problem", "probably", "probation", "wardrobe", "remark", "market",
"arose", "chamber", "risky", "enjoy", "smiles", "milestone", "jacket", "chill", "labelled",
"wholly", "marshal", "dismay", "maybe", "willing" or "goodwill" stands in any sentence here,
though a night log is full of "probation", "labelled" and "maybe"); the forms it gives {U} (a
first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title, rank or role, "PC", "Sgt", "DI",
"Carer", "Nurse" and "EDT" included, is put directly before {U} or {P}, though call records
often print one: a label with a colon, a pipe, a tab or a bracket stands there instead, or the
role comes after the name and a comma); and that `_Builder.sentence` takes every "{" in a
template as the opening of a placeholder and joins templates with a single space, so no literal
brace appears in any sentence here and the columns of a call log, a handover sheet and a
placement search are written into a template as pipes, "\\t" and "\\n". The printed
NUMBERED_SETS tuple ends at "eightysecond", so this module is not yet named there; corpus.py was
left as it is. The first 45 lines (the headers) of the seventy-ninth, eightieth, eighty-first
and eighty-second families, read with head -45 in one shell loop, and nothing else of them;
none of those modules was imported. Those headers give corpus.py as 1295 lines long, and the
copy read here has 1299; only the copy read here was relied on. The absence of this file was
tested with test -e and the presence of .venv/bin/ruff with test -x, in one command that also
made the scratch directory in /tmp; no directory was listed, git was not run, no README, word
list, test or source module (so not the nickname table behind variants_of_given) and not the
benchmark runner was opened, and the families being written at the same time were not looked
at. The nickname-like short forms kept out of every sentence were therefore guessed by hand from
the generator's given names: as substrings "Willie", "Billy", "Robbie", "Bobby", "Bert",
"Robin", "Rich", "Rick", "Dick", "Chris" (so no "Christmas": the festive nights are "24/25
December" and "the festive period"), "John", "Jonny", "Tony", "Anton", "Nate" (so no
"designated", "coordinated" or "unfortunately"), "Ellie", "Elle" (so no "traveller"), "Elsie",
"Eliza", "Lisa", "Libby", "Betty", "Bess", "Beth", "Izzy", "Kate", "Katie", "Kath", "Cath" (so
no "Catholic" or "cathedral"), "Kitty", "Kayla", "Leigh", "Stacy", "Meggie", "Gracie", "Rosie",
"Rosa", "Maisie", "Skye", "Frankie", "Fran", "Milo", "Deano", "Jackie", "Marky", "Tammy", "Shan",
"Connie", "James", "Jimmy", "Dazza", "Kier", "Joey" and "Ally" (so no "usually", "really",
"finally", "initially", "actually", "verbally", "physically" or "locally"), and as whole words
"Bob", "Bet", "Liz", "Kat", "Kit", "Kay", "Nat", "Ant", "Con", "Jon", "Cal", "Lee", "Lea",
"Ann", "Meg", "Tay", "Jay", "Jim", "Daz", "Roz", "Ros", "Mae", "Tam", "Jo" and "Ty"; the plain
given names, "Liam" (so no "parliament") and "Demi" (so no "academic") among them, the unlisted
first names, the trees ("Willow" among them), "Acorns" and "Owls", and every invented surname
and town the syllables can make ("Ashton", "Morley", "Holden" and "Whitby" among them) were kept
out of every sentence as well, outside the one span of an ordinary sentence.

What was checked, and how. A throwaway checker in /tmp/eightythird_work (check.py) parsed this
file alone with ast (importing nothing of the project; the name lists it checks against were
copied by hand from the printed corpus.py) for non-ASCII bytes, lines over 100 characters, the
first line and the two headings of this docstring, the three constants and nothing else, stray
braces and placeholders, exactly one {P} in each person template, a {U} or {T} in each unlisted
one, a title, role or other capitalised word (bar "Is", "Would", "Neither" and a few more
question and function words) directly before {P} or {U} other than "Mrs", "St" and "Dr", the
counts of templates, the keys and the count of sentences per key, duplicates, each ordinary span
(it repeats the generator's own search and prints the span with the word around it, read through
by eye: "Hopefully", "Marked", "Carjacking", "jackknifed", "skylight", "doorbell", "Uphill",
"stonewalled" and "Joyriding" are inflections and compounds meant as such), that the searched
string occurs once only in its sentence, and every forbidden name and form above, the span
masked out. A copy of this file with one fault of each kind put in by hand was made in the
scratch directory, and the checker reported every fault; on this file it reports none. Then
.venv/bin/ruff check and .venv/bin/ruff format were run on this file alone.

Styles. The out-of-hours genre: the emergency duty team's night log and call records, calls
from the police, hospitals, foster carers and neighbours after 5pm, police protection under
section 46 used at night, emergency placements found at 2am after a ring round of providers,
taxis and hotel bills, bank holiday and festive cover, the on-call manager's decisions, the
handover sheet for the day team at 08:45 and a call back that was promised and never made. Names
stand at the start of an entry, after a time stamp, a colon label ("Caller:", "Name:",
"Child:"), a tab, a pipe in a call log row or table with a header line, "[EDT]", a dash
or bullet, a heading with line breaks (one with an empty line), a quote mark and inside single
quotes, in brackets, in a question ("Is ... safe tonight?", "Why did nobody ring ... back?",
"Would ... agree ...?"), in a list of those on a strategy call, after "first", "Neither" and
"not", before a role in brackets or after a comma, as a possessive and at the end of a "RE:"
line. Ordinary uses put the word-names where a night log meets them: named wards and rooms
("Ruby Ward", "Daisy Room", "Hope House", "Rose Cottage"), "Dean of Students", "Union Jack",
"May Day", labels ("Hope:", "Amber:", "Faith:", "Green:"), "AMBER", the modal "may" and "will",
idioms ("out of the woods", "stone's throw", "fresh as a daisy", "pride and joy", "no joy",
"miles apart", "alarm bells", "green light"), inflections and compounds.
"""

EIGHTYTHIRD_PERSON_SENTENCES = [
    "22:47 Call from the police: {P} found alone in a car park, no coat, taken to the station.",
    "EDT log | 01:15 | {P} | PPO taken | placed with emergency carers",
    "Caller:\t{P}\nNumber withheld; rang twice before midnight.",
    "Call back to {P} not made: the worker was sent out to another call at 23:30.",
    "Handover to day team\n{P} - no bed found until 02:10, then placed at the out-of-area unit.",
    "On-call manager's decision (03:05): {P} to stay on the children's ward overnight.",
    "{P} was collected from the custody suite by the night worker at 04:20.",
    "Who is to ring {P} in the morning? Nobody on the day team took it on.",
    "Police protection ended at 09:00 with {P} still unaware of where the children were.",
    "Present on the night strategy call: EDT worker, duty inspector, {P}, ward sister.",
    "{P}'s foster carer phoned at 23:50 to say the boy had not come back.",
    '"Is {P} safe tonight?" the ward nurse asked twice before 1am.',
    "Taxi booked for {P} and the baby to the refuge, 01:40, paid from the EDT float.",
    "Details from the hospital switchboard: name {P}; date of birth not given; ward 12.",
    "Police log reference 0412 (attending: two officers; {P} present and intoxicated).",
    "The foster carers, not {P}, were told the placement would end at 10am.",
    "Night log entry 6\n\n{P}\nRang from the A&E corridor, crying, asking for the baby back.",
    "{P} rang EDT at 02:55 asking why the promised call back had not come.",
    "Placement sought for {P}: 14 providers called between 22:00 and 02:00; one bed found.",
    "Emergency placement agreed by the on-call manager for {P} (aged 15) at 02:30.",
    "Outcome: no further action tonight; {P} to be seen by the day team first thing.",
    "{P}\t23:10\tPolice\tConcern for welfare\tAdvice given",
    "Time | Caller | Subject | Action\n00:40 | police | {P} | PPO considered, not used",
    "Day team please note: {P} has been told someone rings back by noon.",
    "The EDT worker and {P} waited at the hospital for a bed until after 3am.",
    "Why did nobody ring {P} back? The review could find no answer in the log.",
    "Attendees (telephone strategy discussion, 01:00): police sergeant, EDT senior, {P}.",
    "Welfare check requested on {P}; officers attended at 00:15 and got no reply at the door.",
    "Text message from {P} at 21:58: 'cant do this anymore'.",
    "RE: out-of-hours contact, night of 31 December - {P}",
    "{P} (mother's new partner, per the police) refused to give a date of birth.",
    "Emergency carers' view of {P} on arrival: calm, hungry, wearing only pyjamas.",
    "The police used their powers under section 46 to remove {P} from the address at 23:40.",
    "The bed manager at the hospital refused to admit {P} on social grounds alone.",
    "Handover sheet, Tuesday 07:45\nName: {P}\nStatus: placed overnight, carers expect a call",
    "Missed call from {P}, 22:12; voicemail left but not listened to until the morning.",
    "Carers rang at 04:05: {P} had climbed out of the bedroom window.",
    '"{P} keeps asking when her mum is coming," the emergency carer said at midnight.',
    "- {P}: seen by the out-of-hours GP, no injuries, returned to the carers.",
    "[EDT] {P} / police protection / 22:30 / hospital",
    "Two calls, one family: first {P}, then the grandmother, each wanting the children.",
    "The contact number given by {P} turned out to belong to a closed mobile.",
    "Would {P} agree to the children staying with a neighbour until 9am? She did not.",
    "Police protection powers: exercised | Child: {P} | Officer in charge: not recorded",
    "According to the night log, {P} was the only adult sober at the address.",
    "{P} gave the police a false name at first, then the real one at 00:50.",
    "Family members rung overnight: {P}; the maternal aunt (no answer); a family friend.",
    "Sunday, bank holiday weekend, 20:35 - {P} phoned EDT from a phone box.",
    "At 05:55 the night worker wrote: '{P} settled, asleep, carers coping.'",
    "Not seen tonight: {P}, who was reported to be staying elsewhere.",
    "Neither {P} nor the allocated worker could be reached over the Easter weekend.",
    "Outstanding call back:\n\t{P} (requested 22:40, not made)",
    "Subject of the PPO was {P}, aged 3, found on the landing in a wet nappy.",
    "Night of 24/25 December, EDT cover: one worker, one manager on call, and {P} in A&E.",
]

EIGHTYTHIRD_ORDINARY = {
    "hope": [
        "Hope House, the night shelter, had no beds left after 22:00.",
        "The carer rang at 01:30 in the hope that someone could come out.",
        "Hopefully the day team can find a longer-term placement, the log ends.",
        "No hope of a bed before morning, the bed manager said at 02:40.",
        "The mother hoped to collect the children herself once sober.",
        "Hope: that the aunt agrees to keep the boy over the weekend.",
        "The duty officer was hopeful the girl would be found before daylight.",
    ],
    "grace": [
        "The landlord gave the family a day's grace before changing the locks.",
        "Grace period for the emergency accommodation ends at noon on Tuesday.",
        "The officers handled the removal with grace and patience, the carer said.",
        "A further hour's grace was agreed before the police forced entry.",
        "The foster carers said grace before the late supper, and the boy joined in.",
        "By the grace of the night porter, the mother was let onto the ward at 02:00.",
        "The hotel allowed a grace period until 11am for the family to leave the room.",
    ],
    "mark": [
        "Body map: red mark on the left cheek, noted by the out-of-hours GP at 00:40.",
        "Marked on the log as urgent, the call was still not returned by the day team.",
        "Please mark the referral for the MASH before 9am, the night worker asked.",
        "Marks on both wrists were photographed by the police surgeon at 03:00.",
        "The 72-hour mark for police protection fell on the Monday bank holiday.",
        "Bite marks were seen on the baby's arm when the nappy was changed.",
        "A felt-tip marker had been used to write the carers' number on the child's hand.",
    ],
    "rose": [
        "Calls to EDT rose sharply after the pubs closed on New Year's Eve.",
        "The baby's temperature rose to 39.4 overnight on the children's ward.",
        "The mother rose from the sofa and threw a mug at the officer.",
        "Rose-tinted accounts from the grandmother did not match the police log.",
        "The night worker's concern rose each time the phone went unanswered.",
        "A single rose and a card were left on the carers' doorstep at 03:00.",
        "Rose Cottage, the emergency bed on the farm, was already taken.",
    ],
    "may": [
        "The early May bank holiday left one worker covering the whole county.",
        "May Day weekend saw three police protection orders in one night.",
        "The carers may keep the girl until Monday, the on-call manager agreed.",
        "Officers may use police protection for up to 72 hours.",
        "In May the night log recorded eleven calls about the same address.",
        "The mother may have taken the baby to her sister's flat, police said.",
        "By late May the call back was still outstanding.",
    ],
    "will": [
        "EDT will ring the carers again at 07:00 before handing over.",
        "Will the day team visit before noon? The carer asked twice.",
        "The boy was taken against his will to the emergency placement at 02:15.",
        "The on-call manager will decide by 01:00 whether to seek a bed out of area.",
        "A will and a bag of pills were found beside the mother in the flat.",
        "Police will return the girl to the carers once she has been checked over.",
        "Free will was not in question, the duty solicitor argued at 04:00.",
    ],
    "william": [
        "The night worker will pass the case to the day team at 08:45.",
        "Nobody will be free to visit until the bank holiday is over.",
        "The girl left the refuge of her own will and walked to the station.",
        "The taxi bill for the 2am placement was paid from the EDT float.",
        "Hotel bills for the family's emergency stay ran to three nights.",
        "The unpaid electricity bill was why the flat was in darkness when police arrived.",
        "Billing for the out-of-area bed was queried by the finance team.",
    ],
    "bill": [
        "An unpaid bill from the hotel was left with the mother at checkout.",
        "The EDT taxi bill for the weekend came to more than four hundred pounds.",
        "Bills for the bed and breakfast were sent to the day team for approval.",
        "The out-of-area unit billed the council for two nights, not one.",
        "The carers' phone bill showed eleven calls to EDT between 22:00 and 04:00.",
        "Billing codes for emergency placements were missing from the night log.",
        "A gas bill in the partner's name was the only post in the hallway.",
    ],
    "amber": [
        "The police rated the call amber and did not attend until 01:20.",
        "Amber: the risk rating given by the night worker at 23:45.",
        "An amber weather warning meant the carers could not drive out.",
        "Traffic lights stuck on amber held up the taxi to the refuge.",
        "AMBER was the grade on the MASH referral sent at 06:00.",
        "Amber-rated calls were left for the day team under the bank holiday rota.",
    ],
    "sky": [
        "The sky was still dark when the emergency carers arrived at 05:30.",
        "Sky-blue pyjamas were all the child had on when police found him.",
        "Under a clear sky the girl was found on the bridge at 02:00.",
        "A Sky box and new phones were in the flat, though there was no food.",
        "The child drew a black sky and a police car for the emergency carer.",
        "The boy slept under the skylight in the carers' attic room.",
    ],
    "faith": [
        "The night worker acted in good faith on the information from the police.",
        "Faith: Muslim; halal food requested for the emergency placement.",
        "The mother had lost faith in EDT after the promised call back never came.",
        "Faith leaders at the mosque offered a room for the family that night.",
        "The carers' faith-based agency had a bed free at 01:30.",
        "Too much faith was placed in the partner's promise to leave, the review said.",
    ],
    "holly": [
        "Holly and tinsel were still up in the carers' hallway in January.",
        "The girl had scratched her legs climbing through a holly hedge.",
        "A holly bush by the back door hid where the boy had been sleeping.",
        "Holly berries were found in the toddler's mouth by the emergency carer.",
        "The officers found the missing boy behind the holly at the park gate.",
        "A sprig of holly was pinned to the EDT office door over the festive period.",
    ],
    "ruby": [
        "Ruby Ward at the children's hospital took the baby at 01:15.",
        "The mother's ruby ring was handed to the police for safekeeping.",
        "Ruby-red lipstick had been used to write on the bedroom mirror.",
        "The grandparents had left their ruby wedding party to take the call.",
        "A ruby pendant was reported stolen from the carers' home overnight.",
        "The toddler's cheeks were ruby from the cold when officers found her.",
    ],
    "daisy": [
        "Daisy Ward had no cots free, so the baby waited in A&E until 03:00.",
        "The child was in daisy-print pyjamas, soaked through.",
        "The toddler held a plastic daisy from the carers' garden all night.",
        "Daisy Room at the police station is the one kept for children.",
        "The girl picked a daisy for the night worker at the end of the visit.",
        "The boy woke up fresh as a daisy at 07:00, the carers said.",
    ],
    "summer": [
        "Summer holiday cover meant two EDT workers instead of three.",
        "Over the summer the night log doubled in length.",
        "The summer bank holiday brought four police protection orders.",
        "Summertime calls were mostly about teenagers missing overnight.",
        "The family's summer caravan was where police found the children at 01:00.",
        "A late summer storm knocked out the EDT phones for an hour.",
    ],
    "joy": [
        "Joyriding in a stolen car, the boy was stopped by police at 02:20.",
        "The carers reported no joy with the out-of-hours GP line after an hour.",
        "The mother's joy at the children's return lasted until the partner came back.",
        "Joy and relief were on the carer's face when the girl walked in at 04:00.",
        "Three joyriders crashed near the estate; one was fourteen.",
        "Pride and joy, the grandfather called the baby, but he would not take her that night.",
    ],
    "dawn": [
        "Dawn broke before a bed was found for the two boys.",
        "Officers forced entry at dawn on Easter Sunday.",
        "From dusk to dawn the EDT phone rang every twenty minutes.",
        "It dawned on the night worker that the call back had never been made.",
        "The girl walked the streets until dawn rather than go to the carers.",
        "Dawn feeds were left to the 12-year-old sister, the carer found.",
    ],
    "ivy": [
        "Ivy covered the window the boy climbed out of at 03:00.",
        "The officers found the girl hiding behind ivy on the garden wall.",
        "Ivy-clad garages behind the flats are where the teenagers gathered.",
        "The toddler had chewed ivy leaves, so the out-of-hours GP was called.",
        "Poison ivy was suspected by the carer, though the rash was eczema.",
        "The back of the house was thick with ivy and had no working light.",
    ],
    "jack": [
        "A car jack was found in the boot when the partner was stopped at 23:50.",
        "Carjacking was the offence the boy was arrested for at 01:10.",
        "A lorry had jackknifed on the bypass, so the taxi to the placement took two hours.",
        "A self-styled jack of all trades, the partner said he worked nights.",
        "The Union Jack was hung across the bedroom window as a curtain.",
        "Police believed the boys had been paid to jack cars on the estate.",
    ],
    "robert": [
        "The boy was arrested on suspicion of robbery at 22:15.",
        "Two teenagers tried to rob a taxi driver outside the station.",
        "Robbed of her phone and purse, the girl could not call the carers.",
        "The partner had a previous conviction for armed robbery, the police check showed.",
        "Older boys on the estate rob younger ones of their phones, officers said.",
        "A robbery at the petrol station tied up both police cars until 03:00.",
        "Robbing the gas meter was how the mother paid for food, she said.",
    ],
    "frank": [
        "The on-call manager was frank about the lack of beds that night.",
        "Frankly, the police should not have waited an hour, the review said.",
        "A frank talk with the carers at 01:00 kept the placement going.",
        "Frank concerns were raised by the ward sister about discharge at night.",
        "The officer gave a frank account of why police protection was used.",
        "In a frank call at 06:30 the night worker told the mother the girl would stay.",
    ],
    "miles": [
        "The only bed was sixty miles away, on the far side of the county.",
        "Miles of unlit road lay between the farm and the nearest police station.",
        "The taxi clocked ninety miles over the night, the EDT log shows.",
        "The girl walked three miles in the rain to reach the police station.",
        "The two accounts of the incident were miles apart.",
        "Emergency carers drove forty miles each way to collect the baby.",
    ],
    "dean": [
        "The rural dean opened the church hall for the family at midnight.",
        "The dean on call at the university passed the student's call to EDT.",
        "A letter from the dean confirmed the student had no other address.",
        "The Dean of Students rang the police when the girl did not return to halls.",
        "The assistant dean for welfare stayed with the student until 03:00.",
        "The dean's office at the college had no out-of-hours number.",
    ],
    "marsh": [
        "The boys were found by the coastguard on the salt marsh at 04:00.",
        "Marsh land behind the caravans flooded during the night.",
        "A search of the marshes was called off until daylight.",
        "The caravan site sits on reclaimed marsh at the edge of the estuary.",
        "Marshland paths near the estate are unlit and isolated, the officer said.",
        "The dog walker who found the girl had crossed the marsh from the coast road.",
    ],
    "hill": [
        "The girl was found at the top of the hill above the bypass at 02:45.",
        "Hillside flats on the estate generate most of the police calls after midnight.",
        "The taxi could not get up the hill in the snow, so the carer walked down.",
        "Uphill all the way, the walk to the police station took the mother an hour.",
        "A downhill slide in the mother's mental health followed the eviction.",
        "The farm is over the hill from the town, with no phone signal.",
    ],
    "wood": [
        "The boy had been sleeping in the wood behind the leisure centre.",
        "Wood had been nailed over the broken window before the carers arrived.",
        "Woodland paths were searched by police with a dog from 01:00.",
        "The flat had no heating, only a wood burner with no guard.",
        "Splintered wood round the lock showed the door had been forced.",
        "The night worker was not yet out of the woods when the next call came.",
    ],
    "stone": [
        "The girl had lost a stone since the last placement ended.",
        "Stone-cold tea and an empty fridge were all the officers found.",
        "A stone was thrown through the carers' window at 01:30.",
        "Stone steps up to the flat were iced over when the ambulance came.",
        "The hostel is a stone's throw from the pub where the partner drinks.",
        "The officer said the mother stonewalled every question about the baby.",
    ],
    "bell": [
        "The doorbell was broken, so the officers knocked for ten minutes.",
        "Nobody answered the bell at the refuge until 02:00.",
        "The call bell on the ward went unanswered, the mother said.",
        "Alarm bells rang for the night worker when the same address came up twice.",
        "Bells from the church at midnight woke the baby at the carers' house.",
        "A bell on the carers' front gate let them know if the boy went out.",
    ],
    "brown": [
        "Brown stains on the mattress were photographed by the officers.",
        "The boy arrived at the carers' in a brown hoodie, with nothing else packed.",
        "A brown envelope of cash was handed to police by the grandmother.",
        "The water in the bath was brown and cold when the police came in.",
        "Brownies met in the hall where the family had spent the night.",
        "Dried brown liquid was found on the teat of the baby's bottle.",
    ],
    "green": [
        "Green: no further concerns, on the police's own grading.",
        "The on-call manager gave the green light for a hotel room at 02:30.",
        "The girl was found asleep on the village green at 04:15.",
        "Green mould covered the ceiling of the room the children slept in.",
        "A green holdall was all the mother packed for the three children.",
        "The night worker was still green, in only her second month on the rota.",
    ],
    "lamb": [
        "A toy lamb went with the baby to the emergency carers.",
        "Lambing kept the farming carers up all night anyway, so they took the call.",
        "The boy was as meek as a lamb once the police had left.",
        "Lamb stew was still warm on the hob when officers arrived.",
        "The carers' daughter bottle-fed an orphaned lamb in the kitchen at 05:00.",
        "A lambswool blanket from the carers' spare room kept the baby warm.",
    ],
    "fox": [
        "A fox had torn open the bin bags outside the flat.",
        "Foxes screaming in the garden frightened the child at the carers' house.",
        "The officers mistook the noise for a fox until they heard the baby.",
        "Foxgloves by the unfenced pond were noted on the home check.",
        "A dead fox in the road delayed the taxi on the way to the placement.",
        "The child would not sleep without his toy fox, left behind at the flat.",
    ],
    "banks": [
        "The river burst its banks and the family were moved to a rest centre at 01:00.",
        "Food banks were shut over the bank holiday, so EDT gave a voucher.",
        "The boys were seen on the canal banks after dark.",
        "Banks and building societies were closed, so no cash could be drawn.",
        "Grassy banks along the bypass were searched by the police helicopter.",
        "Debts to two banks were listed on the family's crisis loan form.",
    ],
}

EIGHTYTHIRD_UNLISTED = [
    "23:05 Call from {U}, a neighbour, reporting a baby crying for over an hour.",
    "Emergency carers for the night: {U} and partner, approved carers in {T}.",
    "Dr {U}, the paediatric registrar at {T} General, agreed to admit the baby overnight.",
    "Police protection was taken at an address in {T} at 00:30.",
    "The night worker spoke to Mrs {U} at the out-of-hours housing desk.",
    "Bed found at 02:00 with a carer in {T}, forty minutes' drive away.",
    "Police sergeant on duty: {U} (collar number not recorded).",
    '"Ask for {U} on the ward," the nurse said, "she knows the family."',
    "Handover | {U} | spoke to the mother at 06:40 from {T} Police Station",
    "Message left for {U}, the on-call manager, at 01:50; call returned at 02:35.",
    "The boy was found by officers at {T} bus station at 03:15.",
    "Also at the address when police arrived: {U}, who gave no address of his own.",
    "The carer, {U}, rang at 05:10 to say the girl had gone.",
    "Who was {U}? None of the night log entries say.",
    "St {U}'s ward, {T} Royal Infirmary: child admitted for the night on social grounds.",
    "{U}\tEDT worker\t22:00-08:00 shift",
]
