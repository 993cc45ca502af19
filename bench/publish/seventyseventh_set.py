"""Seventy-seventh sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1291 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100, and an ls of the
single file .venv/bin/ruff; then printed with sed -n in four ranges that do not overlap, lines
1-400, 401-800, 801-1200 and 1201-1291; it was not imported), for the format: the {P}, {U} and
{T} placeholders (a person template is filled with {P} alone, an unlisted one with {U} and {T}),
the name forms the generator fills in (full name, given name, an initial with and without a
stop, a possessive, upper and lower case, a line break between the parts of the name or a
hyphenated break inside the given name, surname first, a title and surname for adults, where the
generator itself adds "Ms" or "Mr", and a nickname), the capital it gives a lower-case name that
opens a template (only when nothing stands before the placeholder and the text already written,
with trailing white space and line breaks stripped, ends in a full stop, so a name after "Dear",
"re:", a pipe, a tab, a colon, a quote mark or a line break inside a template keeps the case it
was given), the word-names and the other name lists (plain given names, street trees and
suffixes, the words of nursery names, the syllables of invented surnames and towns, the first
names it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY
(thirty-three, "will", "william" and "robert" among them) and the number of its sentences per
key, which `_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the
first case-insensitive substring match of the word, "will " with its trailing space, "bill" for
William when there is no "will ", and "rob" for Robert, so every "will" here has a space after
it, "miles" and "banks" are written in full, and no "problem", "probation", "wardrobe", "enjoy",
"risky", "smiles", "milestone", "jacket", "market", "chamber", "arose", "prosecution", "wholly",
"Churchill", "belly" or "marshal" stands in any sentence here); the forms it gives {U} (a first
name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title, rank or role, "PC", "Driver",
"Escort", "Guard", "Inspector" and "PA" included, is put directly before {U} or {P}, and a role
appears only after a comma, in brackets or as a label ending in a colon); and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the boxes of
a route sheet, a boarding card, a ticket and a transport form are written into a template as
pipes, "\\t" and "\\n". The printed NUMBERED_SETS tuple ends at "seventyfourth", so this module
is not yet named there; adding it is left to whoever runs the benchmark. The first 45 lines (the
headers) of the sixty-ninth, seventieth, seventy-first and seventy-second families, read with
head -45 in one shell loop, and nothing else of them; none of those modules was imported. The
absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x, in
one command that also made the scratch directory in /tmp; no directory was listed, git was not
run, no README, word list, test or source module and not the benchmark runner was opened, and
the other families being written at the same time were not looked at. A throwaway checker in
/tmp parsed this file alone (with ast, importing nothing of the project; the name lists it
checks against were copied by hand from the printed corpus.py) for non-ASCII bytes, lines over
100 characters, stray braces and placeholders, exactly one {P} in each person template, a {U} or
{T} in each unlisted one, a title, rank or role directly before {P} or {U}, the counts of
templates and the keys and the count of sentences per key, each ordinary span (it repeats the
generator's first-substring rule, and reports a sentence where no span would be found), a second
match of the word in the same sentence, any other word-name (with "will" and "rob"), plain given
name, street tree or unlisted first name anywhere inside any sentence, a nursery word as a whole
word, a capitalised street suffix, and a word built like an invented surname or town from the
generator's syllables; it was run once on a deliberately faulty scratch copy to see that it
catches what it should. The generator's nickname function was neither read nor called: common
short forms of its given names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz",
"meg", "kay", "lee", "jo", "ty", "cal", "jon", "nan", "kat", "daz", "dem", "tay", "ro", "fran",
"cath", "kier", "shan", "chan", "stace", "reese", "lea", "bess", "lisa", "elsie" and "jim" as
whole words; "nate", "beth", "chris", "tony", "rick", "dick", "bert", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"ellie", "katie", "libby", "betty", "kitty", "eliza", "jonny", "willie", "willy", "lizzie",
"lizzy", "richie", "ricky", "dicky", "nattie", "kathy", "cathy", "jodi", "kayla", "dazza",
"bertie", "marky", "deano", "jacky", "callie", "cally", "shanny", "stacy", "hols" and "rubes" as
parts of words too) are kept out of every sentence here, from general knowledge of English short
forms, so no "Christmas", "designated", "fortunately", "totally", "accidentally", "liberty",
"brick", "skate" or "parliament" appears.

Styles. Home-to-school and travel records as a review meets them: passenger assistant and
escort logs, taxi drivers' reports and incident forms, route sheets with pipes, bus pass and
travel card applications, British Transport Police and rail staff reports of a child found
alone on a platform or a night bus, CCTV requests to a bus operator, ticket and journey records,
travel to contact, coach trip seating plans and consent slips, ferry manifests and flight and
holiday bookings, a station announcement, a control room call, a letter to an applicant, and a
driver's account of what a child said in the car. Person names stand at the start of a template
and of a line after "\\n", after a colon label ("Escort:", "Issued to:", "card holder:"), between
pipes and tabs in a table row, in brackets, inside single quotes in reported speech, in lists of
attendees and passengers after commas and semicolons, before "and", before a possessive, after
"Dear" and "re:", in questions ("Did ... travel", "Was ... ever told", "why was ..."), and as
the object of a verb or preposition. Ordinary uses put each word-name where transport records
would meet it: traffic lights and warning lights at amber, "goodwill", "Mayday", "Billing",
"billboard", "Franked", "Joyriding", "Robbery", "outfoxed", "Deanery", "Marshland", "Hillside",
"Woodland", air miles, food banks, kerb markings, a stone chip in a windscreen, a bell push, a
car jack and a headphone jack, capitalised at the start of a sentence, in upper case and as
form labels ("Hope:", "Faith:", "Sky:", "AMBER:", "MILES TRAVELLED").
"""

SEVENTYSEVENTH_PERSON_SENTENCES = [
    "Passenger assistant log, Monday a.m. run: {P} collected 07:52, belt fastened by the escort.",
    "Route sheet 14B | Pick-up 3 | {P} | 08:05 | booster seat required",
    "Driver's report (taxi licence 0412):\n{P} was sick in the back of the car at the roundabout.",
    "Passenger name\t{P}\tSeat\t3 (rear, nearside)",
    "Who was the adult with {P} at the ticket barrier? Station staff could not say.",
    "BTP incident log: juvenile found alone on platform 2 at 23:10, gave name as {P}.",
    "Night bus driver's statement: '{P} got on at the hospital stop and asked where it ended up.'",
    "Travel card application - applicant: {P}; photo attached; proof of age seen.",
    "Bus pass renewal for {P} refused: the photo was more than a year old.",
    "CCTV request to the bus operator (ref. CR/2291) covers {P} boarding the 21:40 service.",
    "Escort's note: {P} would not let go of the door handle and had to be talked out of the car.",
    "Booking ref. QX7TRL, lead passenger: {P}, two adults and three children, ferry out on 6th.",
    "Contact travel: taxi to collect {P} from the foster home at 15:30 each Saturday.",
    "The driver said {P} asked, 'Are you taking me back to my dad's?' and then cried.",
    "{P}\nSeat 14C\nGate closes 06:20",
    "Coach trip consent slip returned by {P}, unsigned.",
    "Seating plan, coach 2: row 1 teachers; row 4 {P} and a friend; row 12 empty.",
    "Did {P} travel on the 17:15 train, or was the ticket bought for someone else?",
    "Journey history: tap in 16:02 at stop 4411, tap out 16:49 at stop 2207; card holder: {P}.",
    "Railway staff took {P} to the ticket office and phoned the police.",
    "{P}'s travel pass was found on the floor of the night bus by the cleaner.",
    "PA (passenger assistant) off sick today; {P} travelled with the relief escort instead.",
    "'{P} kept asking to sit up front,' the driver wrote, 'so I moved the booster seat.'",
    "Flights booked for {P} and the children were cancelled after the court order.",
    "Ferry manifest extract:\nPASSENGER 3 OF 5 - {P} - DOB as per passport",
    "Attended: transport coordinator, school business manager, {P}, the taxi firm's owner.",
    "Incident on route 7: {P} unbuckled twice and tried to open the rear door at speed.",
    "[Escort log] 15:20 - child upset, saying {P} had told her not to talk to the driver.",
    "Statement of train guard: I found {P} asleep in the vestibule after the last stop.",
    "Question from the panel: why was {P} travelling alone at 1 a.m. on a school night?",
    "Ticket: CHILD OFF-PEAK DAY SINGLE\nIssued to: {P}\nPrice: 4.10",
    "The driver (name withheld) said the child would only talk about {P} and the dog.",
    "The escort rang {P} from the lay-by when the child refused to get out.",
    "Coach company incident form, box 6 ('persons involved'): {P}; the driver; two pupils.",
    "{P} (mother) declined the offer of a travel warrant to the refuge.",
    "Pick-up address changed at the request of {P} without telling the school.",
    "Travel to contact: {P} met the child off the train at 10:12, as planned.",
    "On the CCTV still, {P} is the figure in the grey hood at the top of the escalator.",
    "Lost property log: child's rucksack, name label reads '{P}', handed in by the driver.",
    "FAO transport team - please add {P} to the afternoon run from Monday.",
    "Holiday booking, 7 nights: passengers - {P} (adult) and two children, aged 6 and 9.",
    "Taxi firm's account: {P} flagged the car down outside the off-licence at 22:15.",
    "Was {P} ever told that the escort had been changed? The log does not say.",
    "Rail staff report - 'Young person ({P}) refused to give an address and became upset.'",
    "Passengers on the school minibus that morning were {P}, two year 8 pupils and the escort.",
    "re: {P} - taxi late again, third time this week",
    "{P} - no show at pick-up, driver waited 5 minutes, call to school logged 08:14.",
    "Complaint from {P} to the transport unit about the driver's swearing.",
    "Seat 22A was booked in the name of {P}, but no-one of that name boarded.",
    "Section 4. Travel arrangements\n4.1 Escort: {P}\n4.2 Vehicle: wheelchair taxi",
    "On the way back the driver heard {P} on the phone, arranging to 'meet at the usual place'.",
    "Student travel card (16-19): {P}, valid to 31/08, zones 1-4.",
    "Station announcement log, 21:55: 'Could {P} please come to the information point.'",
    "The guard's form names {P} as the adult who paid the child's fare in cash.",
    "Dear {P},\nYour application for a young person's travel card has been approved.",
    "Control to unit 4: {P} located on platform 3, safe and well, awaiting collection.",
]

SEVENTYSEVENTH_ORDINARY = {
    "hope": [
        "The escort said she lived in hope that the new route would be quieter.",
        "Hopes of a direct train to contact were dashed when the line closed for repairs.",
        "Hope: a seat near the front so the child can see the driver (from the travel plan).",
        "The driver was hopeful the child would settle once the booster seat arrived.",
        "'I hope the bus comes soon,' the girl told the station supervisor at 23:40.",
        "There was no hope of catching the last ferry after the coach broke down.",
        "Hopeless timekeeping by the taxi firm was raised with the commissioning team.",
    ],
    "grace": [
        "The taxi firm was given a week's grace to replace the broken child lock.",
        "Grace period for topping up the travel card: 14 days after the first missed fare.",
        "The ticket inspector showed some grace and let the boy off the penalty fare.",
        "The escort handled the meltdown on the platform with real grace.",
        "No grace was allowed at the ferry check-in desk, and the family missed the crossing.",
        "Saying grace on the coach before the packed lunch was the youth group's custom.",
    ],
    "mark": [
        "Mark the pick-up point on the route sheet with the house number, not the name.",
        "A red mark on the child's wrist was noticed by the escort at drop-off.",
        "The ticket was marked 'not valid before 09:30' and the child was put off the train.",
        "Bus pass photo: no distinguishing marks, glasses worn.",
        "The train left on time, but by the halfway mark it was forty minutes late.",
        "Tide marks on the coach seats suggested a leaking roof, the parent wrote.",
        "Kerb markings at the school gate show where the taxis must wait.",
    ],
    "rose": [
        "Fares rose by ten per cent in January, and the mother stopped paying for the bus.",
        "The number of late pick-ups rose after the firm lost two drivers.",
        "The child rose from her seat and walked to the front to speak to the driver.",
        "Rose-tinted glass in the old station waiting room had been boarded over.",
        "Complaints about the route rose sharply once the escort went on sick leave.",
        "A paper rose from the station florist was found in the boy's rucksack.",
        "The sun rose as the overnight coach pulled into the terminus.",
    ],
    "may": [
        "May half-term: the coach trip was cancelled for lack of escorts.",
        "The driver may not leave the vehicle while a child is on board.",
        "From 12 May the child travels by minibus rather than taxi.",
        "Passengers may be asked to show proof of age with a child ticket.",
        "Mayday was radioed by the ferry crew when the engine failed, and the sailing turned back.",
        "The May bank holiday flights were booked without the other parent's consent.",
        "In early May the station staff reported the girl three times for fare dodging.",
    ],
    "will": [
        "The escort will sit next to the child on every journey.",
        "Will the driver be DBS checked before the new route starts? The school asked twice.",
        "Against her will and in tears, the girl was put in the taxi.",
        "As a goodwill gesture the bus company refunded the fare.",
        "The transport team will review the route after half-term.",
        "Staff will meet the train at the barrier and walk the child to the taxi rank.",
        "The airline will not carry an unaccompanied minor under the age of twelve.",
    ],
    "william": [
        "The escort will sit next to the child on every journey.",
        "The transport team will review the route after half-term.",
        "Staff will meet the train at the barrier and walk the child to the taxi rank.",
        "The taxi firm's bill for the extra journeys was sent to the wrong team.",
        "Billing for the escort's waiting time was disputed by the council.",
        "A hotel bill from the holiday was left unpaid, and the tour operator chased the mother.",
        "Flights and ferry were billed to a credit card in the grandmother's name.",
    ],
    "bill": [
        "The taxi firm's bill for the extra journeys was sent to the wrong team.",
        "Billing for the escort's waiting time was disputed by the council.",
        "A hotel bill from the holiday was left unpaid, and the tour operator chased the mother.",
        "Flights and ferry were billed to a credit card in the grandmother's name.",
        "The coach hire was billed to the school, not to the parents.",
        "Bill payments for the travel card were made from the partner's account.",
        "A billboard at the bus station carried the helpline number.",
    ],
    "amber": [
        "The traffic lights were on amber when the taxi pulled away with the door open.",
        "An amber warning for fog delayed every ferry from the port.",
        "Amber-rated routes are those where a child has been left at the stop more than once.",
        "AMBER: escort to ring ahead if the child is not at the kerb by 08:00.",
        "The dashboard warning light glowed amber for a week before the minibus broke down.",
        "The risk rating for the journey was raised to amber after the second incident.",
        "Amber beads from the car's mirror were found in the toddler's mouth.",
    ],
    "sky": [
        "The sky was still dark when the escort knocked for the 06:30 pick-up.",
        "Sky-blue seats on the new buses were covered in graffiti within a week.",
        "Under a clear sky the ferry crossing was calm, the cabin steward recalled.",
        "Sky: overcast; visibility poor; wet road surface (driver's incident form).",
        "Fares were sky-high in the school holidays, so the family drove instead.",
        "The flight was already in the sky when the airline was told of the court order.",
    ],
    "faith": [
        "The mother had lost faith in the transport team after three missed pick-ups.",
        "Faith school transport is not free beyond the nearest suitable school.",
        "The driver acted in good faith when he took the child back to the depot.",
        "Faith: not recorded on the bus pass application.",
        "A faith group hired the coach for a weekend retreat.",
        "Keeping faith with the plan, the escort rode with the boy every day for a term.",
    ],
    "holly": [
        "Holly had grown over the bus shelter, hiding the timetable.",
        "The taxi waited by the holly hedge at the end of the lane, out of sight of the house.",
        "A sprig of holly was tucked behind the driver's sun visor in December.",
        "Holly-covered verges made the lay-by hard to see from the road.",
        "The child's legs were scratched from hiding in the holly by the level crossing.",
        "Holly berries and tinsel decorated the coach for the end-of-term trip.",
    ],
    "ruby": [
        "Ruby-red paint on the drop-off bay showed where taxis must not stop.",
        "The lost property office logged a ruby ring found on the night bus.",
        "Ruby wedding coach trips were the firm's main trade before the school contract.",
        "The tail lights glowed ruby in the rain as the taxi drove off with the boy.",
        "A ruby-coloured stain on the seat was swabbed by the police.",
        "The child clutched a plastic ruby from a cracker throughout the flight.",
    ],
    "daisy": [
        "Daisy Class (year 1) are the last to be collected on the afternoon run.",
        "The child picked a daisy at the bus stop and gave it to the escort.",
        "Daisy-patterned seat covers in the taxi were soaked after the accident.",
        "Fresh as a daisy, the driver claimed, though he had worked a double shift.",
        "The boy was lying in the daisy-dotted verge when the bus driver spotted him.",
        "Daisy chains hung from the rucksack the girl left on the train.",
    ],
    "summer": [
        "Summer timetable changes meant the last bus left at 22:10.",
        "Over the summer the boy spent whole days riding the buses on a free pass.",
        "The summer holiday flights were booked for the week of the final hearing.",
        "Summer-born and small for his age, the boy could not reach the stop button.",
        "A summer coach trip to the coast was the first outing the foster carer arranged.",
        "Late summer sailings were full, so the family flew instead.",
        "SUMMER 2025 - passenger assistant vacancy unfilled for six weeks.",
    ],
    "joy": [
        "The boy's joy at seeing his father on the platform was obvious to the supervisor.",
        "Joyriding on the estate had led police to stop the car the child was in.",
        "There was no joy in the long drive to contact, the escort noted.",
        "Joy, fear and boredom were the faces the child pointed to on the journey chart.",
        "To the driver's joy, the roadworks had cleared and the run finished on time.",
        "The grandmother's pride and joy was the camper van she drove the children in.",
    ],
    "dawn": [
        "Dawn was breaking as the ferry docked and the family walked off.",
        "The coach left at dawn for the ski trip.",
        "From dawn to dusk the boy rode the circle line, the transport police found.",
        "It dawned on the driver that the child had been left at the wrong stop.",
        "Dawn departures meant the children were woken at four for the airport.",
        "A pre-dawn call from the station told the mother her son had been found.",
    ],
    "ivy": [
        "Ivy covered the sign at the request stop, so the driver went past it.",
        "The old signal box was thick with ivy.",
        "Ivy-clad railings hid the gap where the boy got onto the track.",
        "The taxi brushed the ivy on the gatepost as it reversed up the drive.",
        "Ivy leaves were caught in the door seal of the minibus.",
        "A wall of ivy hid the footpath from the bus stop to the estate.",
    ],
    "jack": [
        "The taxi had no spare wheel or jack, the inspection found.",
        "A jack-knifed lorry on the motorway meant the contact session was cancelled.",
        "Older boys on the night bus tried to jack the girl's phone.",
        "A headphone jack in the seat back let the child watch films on the flight.",
        "A Union Jack flag hung in the cab of the taxi.",
        "A car jack was kept under the passenger seat where the child sat.",
    ],
    "robert": [
        "Two boys tried to rob the child of his bus pass at the interchange.",
        "Robbery on a night bus was the reason the police first met the boy.",
        "The girl said she had been robbed of her travel card and could not get home.",
        "He was arrested for robbing a ticket machine at the unstaffed station.",
        "Passengers were warned that thieves rob bags from the luggage racks near the doors.",
        "The rail ticket was bought with cash from a robbery the week before.",
    ],
    "frank": [
        "The driver was frank about falling asleep at the wheel.",
        "Frank and open discussion with the taxi firm followed the complaint.",
        "Frankly, the escort rota had never been filled.",
        "In a frank letter the transport manager admitted the route had been unsafe.",
        "To be frank, the coach firm never checked the headcount at the services.",
        "The girl gave a frank account of how she paid for the train.",
        "Franked envelopes with the new passes were returned undelivered.",
    ],
    "miles": [
        "The school is 3.2 miles from home by the shortest walking route.",
        "Miles from the station, the boy was found walking along the hard shoulder.",
        "The taxi logged 46 miles for a journey that should have been 12.",
        "Air miles were used to book the flights without the father's knowledge.",
        "Their accounts of where the child got off were miles apart.",
        "MILES TRAVELLED (this claim): 212",
        "The ferry port is forty miles from the refuge.",
    ],
    "dean": [
        "The dean of the college arranged a travel bursary for the student.",
        "The assistant dean signed the letter supporting the railcard application.",
        "A message from the Dean's office said the student had missed every train home.",
        "The rural dean lent the family his car to get to the ferry.",
        "The dean of admissions confirmed the coach pick-up times for open day.",
        "Deanery funds paid for the choir's coach to the cathedral.",
    ],
    "marsh": [
        "The railway line crosses the marsh on a low embankment.",
        "Marsh fog often delays the first bus along the coast road.",
        "The boy was found on the salt marsh below the sea wall, two hours after the train left.",
        "Marshland stops on the route have no shelter and no lighting.",
        "The taxi got stuck in the marsh lane and the escort walked the child to school.",
        "A marsh harrier was painted on the side of the ferry.",
    ],
    "hill": [
        "The bus could not get up the hill in the snow, so the children walked.",
        "Hill starts with a full minibus worried the new driver.",
        "The taxi stopped at the top of the hill and the driver made the child get out.",
        "Hillside stops on the route were moved after a near miss.",
        "From the hill above the line the boy could see the trains come in.",
        "The coach overheated on the long hill out of the port.",
    ],
    "wood": [
        "Woodland paths from the station are unlit after dark.",
        "The boy was found sleeping in the wood behind the bus depot.",
        "A plank of wood was wedged under the taxi's rear door.",
        "Wood-effect panels in the minibus had been kicked in.",
        "The coach firm's office is a wooden hut in the yard.",
        "Touch wood, the escort said, the route has had no incidents since March.",
    ],
    "stone": [
        "Stones were thrown at the school bus as it passed the estate.",
        "The girl had lost a stone since starting the long daily journey.",
        "A stone chip in the windscreen was reported by the driver before the trip.",
        "Stone stairs down to the platform are slippery in the rain.",
        "The ferry terminal is a stone's throw from the refuge.",
        "The boy sat stone-faced through the whole drive back.",
    ],
    "bell": [
        "The driver rang the bell twice and sounded the horn before leaving.",
        "The bell push by the rear doors did not work, so the boy missed his stop.",
        "The school bell had gone by the time the minibus arrived.",
        "Bells on the level crossing were ringing when the girl climbed the barrier.",
        "A bell on the gangway signalled the ferry doors were closing.",
        "Nobody answered the bell at the pick-up address, and the escort left after ten minutes.",
    ],
    "brown": [
        "A brown envelope of cash was handed to the boy by a man at the station.",
        "Brown staining on the taxi seat was photographed by the escort.",
        "The car was described as an old brown estate with a dented bonnet.",
        "Brownies met at the church hall, and the minibus dropped the girls there on Tuesdays.",
        "The boy wore a brown hoodie on the CCTV from the bus.",
        "The grass by the tracks was brown and dry.",
    ],
    "green": [
        "The pedestrian light was green when the child stepped off the kerb.",
        "The school's green travel plan encourages walking and cycling.",
        "The village green is the drop-off point for the coach.",
        "The new escort was green, in her first week on the job.",
        "A green lanyard shows staff the child has hidden disabilities.",
        "The boy had been sleeping in a greenhouse near the sidings.",
    ],
    "lamb": [
        "The driver had to stop for a lamb on the moor road.",
        "Lambs on the lane held up the school taxi for twenty minutes.",
        "Lambing season closes the farm track, so the bus stops at the main road.",
        "The child was quiet as a lamb all the way to the airport.",
        "A toy lamb fell under the seat and the child screamed until the driver found it.",
        "The ferry cafe served lamb stew, and the children ate nothing else.",
    ],
    "fox": [
        "A fox ran out in front of the taxi on the unlit lane.",
        "Fox cubs were living under the waiting room at the halt.",
        "The boy was wearing a fox-ears hat when BTP found him.",
        "Foxes had torn the bin bags at the pick-up point.",
        "The girl said the fox on the coach's logo looked like her dog.",
        "The driver was outfoxed by the one-way system and arrived late.",
    ],
    "banks": [
        "The boy was seen on the river banks near the railway bridge.",
        "Banks of seats faced the wrong way on the old train.",
        "Snow banks blocked the bus stop, so the child waited in the road.",
        "Food banks gave the mother vouchers but not bus fares.",
        "Banks refused the mother a card to pay for the ferry online.",
        "The canal banks are a short cut between the station and the estate.",
    ],
}

SEVENTYSEVENTH_UNLISTED = [
    "The taxi driver, {U}, said the child had asked to be dropped in {T} instead.",
    "CCTV shows {U} getting off the train with the girl at {T} at 22:47.",
    "Dr {U}, the GP, signed the letter for the disabled persons' railcard.",
    "Mrs {U}, the passenger assistant on route 9, raised the first concern.",
    "Tickets for the coach to {T} were bought online in the name of {U}.",
    "The ferry booking listed {U} as a travelling adult, though no such person was known.",
    "'{U} drove me to {T} and told me not to tell anyone,' the boy said.",
    "Statement taken from {U} (station supervisor, {T}) on the night of the incident.",
    "{U} bought the girl a single to {T} and left her at the barrier.",
    "Escort rota: Monday {U}; Tuesday and Wednesday agency staff.",
    "The family flew from {T} airport with {U}, the mother's new partner.",
    "A man calling himself {U} kept ringing the taxi office to ask where the boy got out.",
    "The choir's coach left from outside St {U}'s church in {T} at 07:00.",
    "Lost property: a purse holding a bus pass in the name of {U}.",
    "The ticket inspector, {U}, issued a penalty fare and took the child's details.",
    "The night bus ends its run at {T} bus station, where the girl was last seen.",
]
