"""Seventy-fifth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1291 lines, in the same command as an ls of this file's path and of the scratch directory
in /tmp, both then absent, which listed no directory of the project; then printed with sed -n in
four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1291; it was not
imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P}
alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text already written, stripped of trailing white space, is empty or ends in a full stop, so a
name after a pipe, a tab, "Re:", "Dear", a quote mark or a list number keeps the case it was
given), the word-names and the other name lists (plain given names, street trees and suffixes, the
words of nursery names, the syllables of invented surnames and towns, the first names it gives
unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert, so every "will" here has a space after it, "miles" and "banks" are
written in full, and no "problem", "aerobics", "wardrobe", "chamber", "smiles", "milestone",
"enjoy", "whisky", "chill", "belly", "remark", "market", "arose", "marshal", "marshalling",
"willing" or "hijack" stands in any sentence here); the forms it gives {U} (a first name, a
surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the
exact string "Dr {U}", so no other title, rank or role, "Coach", "Sensei", "Akela", "Skipper" and
"PC" included, is put directly before {U} or {P}, though team sheets and grading lists often print
one), and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder
and joins templates with a single space, so no literal brace appears in any sentence here and the
columns of a team sheet, a DBS tracker, a rota and a membership form are written into a template
as pipes, "\\t" and "\\n". The [tool.ruff] table of pyproject.toml, for the line length, 100,
printed with a sed range from its heading to the next heading not beginning with "t", cut by head
-40, so its lint sub-tables and the start of the [tool.mypy] table showed as well. The first 45
lines (the headers) of the seventy-first, seventy-second, seventy-third and seventy-fourth
families, read with head -45 in one shell loop in the same command as that sed, and nothing else
of them; none of those modules was imported. The absence of this file was tested again with test
-e and the presence of .venv/bin/ruff with test -x, in one command; no directory of the project
was listed, git was not run, no README, word list, test or source module and not the benchmark
runner was opened, and the other families being written at the same time were not looked at. The
session was cut off twice by transient errors and resumed; nothing was read a second time. A
throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the project; the
name lists it checks against were copied by hand from the printed corpus.py) for stray braces and
placeholders (it splits each template the way `_Builder.sentence` does), for exactly one {P} in a
person template and one {U} in an unlisted one, for a title before {P} or {U}, for the three
constants, the keys and the count of sentences per key, for each ordinary span falling where it is
meant (it repeats the generator's first-substring rule and rejects a span that starts inside a word
unless the word is meant to carry it, as in "goodwill", "plywood" and "Kettlebell"), for a second
match of the word in the same sentence, for any other word-name (as a substring, "will" and "rob"
included), plain given name or unlisted first name anywhere in a sentence, for a street tree or
nursery word as a whole word, a capitalised street suffix, a surname or town built from the
generator's syllables, line lengths and non-ASCII characters; it was run once on a deliberately
faulty scratch copy (a title and a second {P}, "Churchill" before "hill", "willing" with no "will
", "probe" before "robes", a stray brace, "Mr {U}", a long line with an accented letter, "Ashby",
"Stanley", "Road", "Jamie", "academic", "kit" and "Kate") and caught every fault. The generator's
nickname function was neither read nor called: common short forms of its given names ("kit",
"rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo", "ty", "cal",
"jon", "nan", "kat", "daz", "jim", "ros", "hol", "fran", "chan", "marc" and "tone" as whole words;
"nate", "beth", "kate", "kath", "cath", "chris", "tony", "anton", "rick", "dick", "bert", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "jackie", "frankie", "liam", "leigh",
"kayla", "stace", "shan", "jodi", "tally", "ally", "demi" and "okay" inside words, so no
"Christmas", "designated", "cricket", "brick", "liberty", "kayak", "skates", "academic",
"Catholic", "really" or "accidentally") are kept out of every sentence, and so are "change",
"changing", "chance" and "March", in case "Chan" or "Marc" is one of them.

Styles. Sport, clubs and leisure: a swimming club and a football academy, cadets and scouts, a
dance school, a dojo and a kickboxing class, a leisure centre's incident log, a club welfare
officer's report and referral, a coach's concern form, membership and consent forms, team sheets
and a squad list, a lifeguard rota, a volunteers' DBS tracker, a nights-away notification, a
minibus seating plan, a tournament trip and the club's safeguarding lead talking to the LADO and
to children's social care. Person entries put the name in the cell of a piped table, after a tab
in a form row, on the line after a heading ("Re:", "Leader in charge:", "Subject:", "Surname,
forename:") or at the very start of a line, in a numbered squad list, in a list of attendees and
a team photo caption, after "Dear" with a comma and a line break, before a role set off by commas
("assistant coach", "parent helper"), in brackets after a role ("The trip leader (...)"), as a
possessive ("'s holdall", "'s mother"), inside quoted speech in double and single quotes, in
questions ("Who collected ...?", "Has ... been told", "Did ... know"), after a time or a date and
a colon, after "ACTION:" and a bullet dash, and after "by", "with", "to" and "about" at the end of
a sentence. Ordinary uses put each word-name where such records meet it: at the start of a
sentence, in upper-case labels ("AMBER:", "SUMMER SCHEME:", "RUBY CLASS:", "MILES SWUM THIS
TERM:"), in field labels ("Faith:", "Green:"), in inflections and compounds ("Hopefuls",
"Rosettes", "Marksmanship", "Billboards", "Joyriding", "joystick", "Robbery", "Robes",
"Robotics", "Frankfurters", "Marshmallows", "Hillwalking", "Firewood", "Kettlebell", "Dumbbells",
"Brownies", "Lambing", "Foxtrot", "Life jackets", "goodwill", "deanery"), in idioms ("fell from
grace", "top of the bill", "pride and joy", "a stone's throw", "fresh as a daisy", "jack of all
trades", "a green light") and in the words of the sport itself (a jack-knife dive, the jack in
bowls, a brown belt, the eighteenth green, the bell for the final lap, an Ivy League scout).
Unlisted entries name a second volunteer, a tuck-shop helper after "Mrs", a club doctor after
"Dr", a church hall after "St", a referee's report, a row of a volunteer-driver table and a team
named after the town.
"""

SEVENTYFIFTH_PERSON_SENTENCES = [
    "Incident log, leisure centre pool\n14:35 Lifeguard reported {P} filming in the cubicles.",
    "| Shirt 7 | {P} | Midfield | Consent form returned: no |",
    "Squad list (under-14 girls):\n1. {P}\n2. (name withheld)\n3. (name withheld)",
    "Name of child: {P}\tSquad: development\tMedical needs: asthma (inhaler in bag)",
    "Parent/carer signature: {P} (on the consent form for the residential trip)",
    "Who collected {P} from the pool on the night of the gala? Nobody on poolside could say.",
    "{P} - volunteer, enhanced DBS check applied for in January but not yet returned.",
    "Attendees: club welfare officer, head coach, LADO, {P}, children's social care (duty).",
    "The LADO asked whether {P} had ever been alone with a swimmer in the plant room.",
    "Coach's concern form\nRe: {P}\nWhat did you see or hear? Bruising to both upper arms.",
    "{P}'s holdall was found in the minibus with a bottle of vodka in it.",
    "Tournament, day two: {P} missed the team curfew and was found in the car park at 01:10.",
    "Referral to children's social care made by the club's safeguarding lead about {P}.",
    '"I don\'t want to be left in the minibus with {P}," the girl told the welfare officer.',
    "Grading results (kickboxing, junior class): {P} - yellow belt, passed.",
    "Dance school registers show {P} at private lessons on Sunday evenings, alone.",
    "{P} (cadet, aged 15) told a civilian instructor that an adult had sent her messages.",
    "SCOUT GROUP - NIGHTS AWAY NOTIFICATION\nLeader in charge: {P}\nLocation: campsite",
    "Has {P} been told the outcome of the club's disciplinary hearing?",
    "Fixtures secretary: {P}, who also drives the minibus to away games.",
    "{P}, assistant coach, was suspended from all club activity pending the LADO's advice.",
    "Welfare officer to {P} (by text): please ring me before Saturday's match.",
    'The head of the academy described {P} as "one of our best prospects" in the minutes.',
    "Membership form\nSurname, forename: {P}\nPhotography consent: withheld",
    "{P}\nU16 boys, goalkeeper\nPlayer registration lapsed last season",
    "Statement taken from {P}, parent helper on the residential trip, at the LADO's request.",
    "Lifeguard rota, Saturday: 08:00-12:00 {P}; 12:00-16:00 (unfilled).",
    "Notes of a call with the LADO: {P} is not to coach under-18s until the strategy meeting.",
    "Pitch-side, the match official heard {P} swear at a 12-year-old player.",
    "It was {P} who found the boy crying behind the clubhouse.",
    "Why was {P} allowed to share a room with the under-15s at the tournament hotel?",
    "Dojo incident book, 6 October: {P} held a pupil by the neck during sparring.",
    "Volunteer DBS tracker | {P} | Enhanced with barred list | Clear | Renewal due 2027",
    "{P} (swimmer, county squad) has stopped coming to early-morning training.",
    "Emergency contact for {P}: see the paper file in the welfare officer's locker.",
    "The football club's safeguarding lead spoke to {P} and to the duty social worker.",
    "Concern raised by: {P}\tRole: team manager\tDate: 14/03/2026",
    "A parent on the touchline filmed {P} shouting at the players and posted the clip online.",
    "{P} says the coach gave her lifts home after training and bought her a phone.",
    "Team photo caption: back row, left to right: {P}, the physio, the groundsman.",
    "Cadet detachment report\n\nSubject: {P}\nConcern: instructor messaging cadets privately",
    "Dear {P},\nThank you for helping at the holiday camp. Your DBS certificate is outstanding.",
    "'Ask {P},' the other swimmers said, when asked who had the photos.",
    "The trip leader ({P}) had not completed the club's safeguarding training.",
    "{P} won the under-13 regional title, the club newsletter reported.",
    "Consent form for the away tournament, signed by {P}, gave the wrong mobile number.",
    "According to the academy's records, {P} was removed from the coaching register in 2024.",
    "ACTION: {P} to inform the national governing body's case management team by Friday.",
    "- {P}: first aider on duty, did not record the head injury in the accident book.",
    "Both {P} and the head coach were present when the boy was weighed in front of the squad.",
    "Away minibus seating plan: front, driver and {P}; rows two to four, the under-12s.",
    "Club WhatsApp group admin: {P} (removed 3 June after the complaint).",
    "Did {P} know that the coach had an earlier conviction? The panel could not be sure.",
    "Ballet exam entries: grade 4, {P}; grade 5, two pupils not named here.",
    "At the gymnastics club reception {P}'s mother said the coach messaged the girl at night.",
]
SEVENTYFIFTH_ORDINARY = {
    "hope": [
        "Hope of a place in the academy squad kept the boy training through the injury.",
        "The welfare officer had no hope of getting the parents to sign the code of conduct.",
        "Hopefuls at the open trials were filmed without parental consent.",
        "Olympic hopes were pinned on the girl, and the pressure on her was relentless.",
        "HOPE FOR THE SEASON: the newsletter headline ran above a photo of the under-10s.",
        "The chair said she hoped the LADO would be satisfied with the club's action plan.",
        "Parents live in hope that selectors are watching every junior gala.",
    ],
    "grace": [
        "Grace and poise are scored in the first round of the dance exam.",
        "The club gave the family a month's grace on the unpaid subs.",
        "The goalkeeper fell from grace after his texts to a 14-year-old came to light.",
        "Ballet teachers praised the girl's grace, but noted she looked painfully thin.",
        "Saying grace before the evening meal was part of the church youth residential.",
        'Graceful on the beam, the gymnast was described by her coach as "easy to push".',
        "With bad grace the coach agreed to stand down while the LADO looked into it.",
    ],
    "mark": [
        "Mark the register at the start of every session, the club's policy says.",
        "A red mark on the boy's neck was seen in the cubicle after training.",
        "Markings on the pitch had not been repainted, so the match was moved indoors.",
        "Marksmanship badges were awarded at the cadets' annual camp.",
        "Judges mark each routine out of ten at the regional competition.",
        "The coach stood at the 25-metre mark on the poolside with a stopwatch.",
        "Up to the half-time mark the boy played well, then refused to go back on.",
    ],
    "rose": [
        "Membership rose by a third after the club appeared on local television.",
        "Rosettes were handed out to every rider at the gymkhana.",
        "The boy rose from the bench and walked out of the dressing room.",
        "Complaints about the coach rose sharply in the spring term.",
        "A rose was painted on the back of the dance costumes.",
        "Rose-tinted memories of the old coach made parents slow to report him.",
        "The girl rose to county level within a year of joining the swimming club.",
    ],
    "may": [
        "May half-term is when the under-12s travel to the international tournament.",
        "The coach may not be alone with any swimmer, the interim safeguarding plan says.",
        "Entries for the May gala closed before the consent forms came back.",
        "In May the LADO convened a second allegations management meeting.",
        "Players may be asked to share rooms on tournaments, but never with an adult.",
        "Club AGM, 12 May: the safeguarding report was taken as read.",
        "Parents who may have concerns are asked to speak to the welfare officer.",
    ],
    "will": [
        "The club will not accept a DBS certificate more than three years old.",
        "Will the coach travel with the team? The parents asked the chair directly.",
        "The strength of will needed to train at 5am was praised in the coach's report.",
        "As a goodwill gesture the leisure centre refunded the swimming lessons.",
        "Referrals will go through the club welfare officer, not the coaches.",
        "Free will and grooming were discussed at the coaches' training evening.",
        "Nobody will be left at the ground without an adult after an away match.",
    ],
    "william": [
        "The club will not accept a DBS certificate more than three years old.",
        "Referrals will go through the club welfare officer, not the coaches.",
        "Nobody will be left at the ground without an adult after an away match.",
        "The hotel bill for the tournament was paid from the coach's own card.",
        "Billing for the holiday camp went to an address the family had left.",
        "Top of the bill at the dance show was a routine the parents found too adult.",
        "A bill for the damaged hotel room was sent to the club after the tournament.",
    ],
    "bill": [
        "The hotel bill for the tournament was paid from the coach's own card.",
        "Billing for the holiday camp went to an address the family had left.",
        "Top of the bill at the dance show was a routine the parents found too adult.",
        "A bill for the damaged hotel room was sent to the club after the tournament.",
        "Billboards around the stadium showed the academy's sponsor.",
        "The minibus fuel bill was paid in cash and never recorded.",
        "Bill payments for the pool hire were three months behind.",
    ],
    "amber": [
        "Amber on the club's risk assessment meant a second adult at every session.",
        "The welfare officer rated the concern amber and phoned the LADO.",
        "AMBER: coach to be observed at two sessions before the next review.",
        "The floodlights glowed amber while the boy waited alone for a lift.",
        "Amber-rated volunteers cannot run away trips until their DBS is back.",
        "The traffic-light audit of the academy put training on amber.",
    ],
    "sky": [
        "The sky darkened and the outdoor session was moved into the sports hall.",
        "Sky Sports cameras were at the match, and the boy's face was shown on air.",
        "Skydiving for charity was arranged by the coach without parental consent.",
        "Under a clear sky the scouts set up camp by the reservoir.",
        "Sky-high fees at the private academy put pressure on the parents.",
        "The canoe capsized under a grey sky, and the instructor was slow to reach the boy.",
    ],
    "faith": [
        "Faith in the head coach was shaken after the first allegation.",
        "Faith: Muslim (membership form, optional field).",
        "The club acted in good faith when it let the volunteer start before the DBS came back.",
        "A faith-based youth football league runs on Sunday afternoons.",
        "Parents put their faith in the club's reputation rather than its policies.",
        "Faithful attendance at training was expected, the girl said, even with a fever.",
    ],
    "holly": [
        "Holly wreaths decorated the clubhouse for the December awards night.",
        "A holly bush by the pavilion hid the door to the groundsman's store.",
        "The boy scratched his legs on the holly during the cross-country race.",
        "Sprigs of holly were on the tables at the junior section's party.",
        "Behind the holly hedge at the far end of the pitch, the older boys smoked.",
        "Holly-leaf badges were sewn onto the scouts' scarves for the winter parade.",
    ],
    "ruby": [
        "Ruby anniversary celebrations for the club were held in the function room.",
        "A ruby-red swimsuit was the club's racing colour.",
        "The girl's cheeks were ruby red after the cross-country run in the cold.",
        "Ruby-coloured sequins covered the costumes for the regional dance final.",
        "A ruby ring went missing from the girls' locker room during the gala.",
        "RUBY CLASS: pre-school ballet, Saturday mornings, 9:30.",
    ],
    "daisy": [
        "The youngest dancers are in the daisy group on Tuesday afternoons.",
        "Daisy-print leotards were chosen for the show by the dance teacher.",
        "Fresh as a daisy after the 5am session, the coach said, unlike the swimmers.",
        "The pitch was covered in daisy and clover after a month without mowing.",
        "Upsy Daisy stickers were handed out at the toddler gymnastics class.",
        "A daisy logo is stitched on the tracksuits of the club's youngest squad.",
    ],
    "summer": [
        "Summer camp at the academy runs for three weeks in August.",
        "Over the summer the coach ran private sessions at his home pool.",
        "The summer tour to the coast was cancelled after the allegation.",
        "Summer-league fixtures are played on weekday evenings until September.",
        "SUMMER SCHEME: all volunteers to have an enhanced DBS before the first day.",
        "By late summer the girl had stopped going to the club altogether.",
    ],
    "joy": [
        "Joy at the cup win turned sour when the coach was arrested at the celebration.",
        "Joyriding by older members in the club minibus was reported to police.",
        "The boy took no joy in training any more, his mother told the welfare officer.",
        "Sheer joy was on the girls' faces when they won the county relay.",
        "A joystick for a games console was given to the boy by the coach as a gift.",
        "The club's pride and joy, its new clubhouse, had no lockable toilets.",
    ],
    "dawn": [
        "Dawn training at the pool started at 05:30, before any other staff arrived.",
        "At dawn the scouts were found to be missing from their tents.",
        "The minibus left at dawn for the tournament, with one adult for fourteen children.",
        "It dawned on the welfare officer that the coach had no DBS at all.",
        "Dawn-to-dusk fishing trips were organised by the angling club.",
        "From dawn the volunteers were setting up for the fun run.",
    ],
    "ivy": [
        "Ivy covered the old pavilion, hiding the broken window at the back.",
        "The scouts were warned not to eat the ivy berries near the campsite.",
        "Ivy-clad walls surround the boathouse at the rowing club.",
        "An Ivy League scout watched the under-18 tournament and offered a scholarship.",
        "The fence behind the tennis courts was thick with ivy.",
        "Climbing the ivy on the clubhouse wall, two boys got onto the roof.",
    ],
    "jack": [
        "Jack-knife entries are taught in the second term of the diving course.",
        "The minibus had no car jack, so the team waited two hours for recovery.",
        "Life jackets were not worn on the canoe trip, the instructor admitted.",
        "In bowls the jack is the small white ball the players aim at.",
        "Union Jack flags lined the route of the cadets' parade.",
        "A jack of all trades, the volunteer ran the tuck shop, the bar and the minibus.",
    ],
    "robert": [
        "Older boys would rob the younger ones of their trainers in the locker room.",
        "The clubhouse was robbed twice in a month, and the safe went missing.",
        "Robbery at the leisure centre: two teenagers took phones from the lockers.",
        "Robes were handed out to the boxers before the bout.",
        "A plan to rob the tuck shop was discussed in the team group chat.",
        "Robotics club meets in the same hall as the karate class on Thursdays.",
        "The treasurer was found to have robbed the club of four thousand pounds.",
    ],
    "frank": [
        "Frank talk about consent was part of the residential programme.",
        "The head coach was frank with the LADO about his earlier warning.",
        "To be frank, the club had no safeguarding policy worth the name.",
        "Frankly, nobody checked the volunteers' references.",
        "In a frank meeting the chair admitted the policy had not been followed.",
        "Frankfurters and chips were the only hot food on sale at the tournament.",
    ],
    "miles": [
        "The away fixture was 80 miles from home, and the girl was dropped off last.",
        "Miles of towpath separate the rowing club from the nearest bus stop.",
        "The sponsored walk covered ten miles, with one first aider for sixty scouts.",
        "The boy ran miles alone on the track after the others had gone home.",
        "MILES SWUM THIS TERM: the chart on the poolside wall listed every swimmer.",
        "Miles ahead of her age group, the girl was pushed into senior training at eleven.",
    ],
    "dean": [
        "The dean of the sports college was told about the coach's messages.",
        "The assistant dean for student sport chaired the disciplinary panel.",
        "A letter from the dean confirmed the scholarship had been withdrawn.",
        "The rural dean opened the church hall to the youth club.",
        "The deanery youth football league has its own safeguarding officer.",
        "Dean's list students volunteered as mentors at the junior athletics club.",
    ],
    "marsh": [
        "Marsh ground beside the rugby pitches floods every winter.",
        "The orienteering course crossed the marsh, and two cadets got lost.",
        "Marshmallows were toasted on the campfire at the scout camp.",
        "The salt marsh is out of bounds on the canoe club's coastal trips.",
        "The boy was found at the edge of the marsh, two hours after the run ended.",
        "Marshland behind the golf course is where the older members drink.",
    ],
    "hill": [
        "Hill sprints were the coach's punishment for being late.",
        "The training run went up the hill behind the clubhouse and back.",
        "Hillwalking weekends with the youth group were run by a single adult.",
        "The minibus broke down at the top of a hill on the way to the regional final.",
        "Hillside pitches at the academy are used only by the under-9s.",
        "Over the hill and out of sight of the camp, the leader took two boys fishing.",
    ],
    "wood": [
        "Woodland camping is part of the scouts' expedition badge.",
        "A wooden bench in the sports hall was where the coach sat with the girl.",
        "Wood chips on the play trail hid broken glass.",
        "The boys were found in the wood behind the rugby pitches after dark.",
        "Firewood for the camp was collected by the cadets without an adult.",
        "A sheet of plywood covered the broken window of the boathouse.",
    ],
    "stone": [
        "The boy had lost a stone before the weigh-in for his boxing bout.",
        "Stone walls made the old scout hut cold and damp.",
        "The clubhouse is a stone's throw from the coach's flat.",
        "Stones were thrown at the minibus after the away match.",
        "Making weight for judo, she cut almost a stone in ten days.",
        "The pool water was stone cold because the boiler had failed.",
    ],
    "bell": [
        "The bell for the final lap rang as the girl collapsed on the track.",
        "Bell ringing in the church tower drowned out the fire alarm during the dance class.",
        "Nobody answered the bell at the boathouse, so the boy waited outside.",
        "The bell ends each round at the boxing club's junior sparring nights.",
        "Kettlebell sessions for the under-16s were run without a qualified coach.",
        "Dumbbells were stored unsecured in the corridor by the junior gym.",
    ],
    "brown": [
        "Brown belt candidates must attend every session in the month before grading.",
        "Brownies meet in the church hall on Wednesday evenings.",
        "The pitch had turned brown in the heatwave, and training was moved.",
        "A brown envelope of cash was handed to the coach in the car park.",
        "The water in the outdoor pool ran brown after the storm.",
        "Brown-and-white hoops are the colours of the under-11s' away strip.",
    ],
    "green": [
        "Green: no current concerns (the club's own rating).",
        "The eighteenth green at the golf club is where the juniors were seen drinking.",
        "Green-keeping staff at the bowls club had not been DBS checked.",
        "The village green hosts the junior football fixtures on Saturdays.",
        "A green light was given to the trip after the risk assessment was updated.",
        "The assistant coach was green, in her first season after qualifying.",
    ],
    "lamb": [
        "Lambing season kept the farm family away from the pony club all spring.",
        "Lamb burgers were served at the club's end-of-season barbecue.",
        "The young fly-half was led like a lamb into the senior team's initiation.",
        "Gentle as a lamb at training, the boy was said to be violent at matches.",
        "The young farmers' club auctioned a lamb to pay for the trip abroad.",
        "A lamb mascot costume was worn by a volunteer at the gala.",
    ],
    "fox": [
        "A fox had torn open the bin bags behind the clubhouse.",
        "Foxes were heard near the tents, and the youngest scouts were frightened.",
        "Foxtrot lessons for the over-60s share the hall with the junior ballet class.",
        "The cubs' patrol is called the Fox patrol, and each member has a badge.",
        "A dead fox on the cross-country route upset the younger runners.",
        "A fox cub was found in the long-jump pit on sports day.",
    ],
    "banks": [
        "The canoe club's rules forbid landing on the banks of the private estate.",
        "Two boys were seen drinking on the river banks after the regatta.",
        "Banks refused to open an account for the club without two trustees.",
        "The club collected tins for two food banks at its winter tournament.",
        "Grass banks around the athletics track were where parents watched.",
        "Sand banks in the estuary caught out the sailing club's youngest crew.",
    ],
}
SEVENTYFIFTH_UNLISTED = [
    "The under-14s travelled to {T} for the tournament, and {U} drove the second minibus.",
    "Mrs {U}, who runs the tuck shop, saw the coach take the girl into the office.",
    "Dr {U}, the club doctor, examined the boy after the match.",
    "Coach on the day: {U}\tVenue: {T} Leisure Centre\tSquad: under-16 girls",
    "{U}, a volunteer from the rowing club in {T}, made the first referral.",
    "St {U}'s church hall in {T} hosts the dance school on Saturdays.",
    "A parent, {U}, complained that her son had been weighed in front of the squad.",
    "Referee's report: {U} (home coach) sent off for abusive language.",
    '"{U} said we couldn\'t tell anyone," the girl told her mother.',
    "The boy had stayed at {U}'s house in {T} the night before the gala.",
    "Players from {T} Athletic were also coached by {U}.",
    "Residential trip, {T} outdoor centre\nLeaders: {U} and two parent helpers",
    "Is {U} still coaching at the club in {T}? The LADO wanted to know.",
    "A man calling himself {U} joined the swimming club's parents' chat group.",
    "The scout leader, {U}, was interviewed by police in {T}.",
    "| {U} | Volunteer driver | DBS: none on file | {T} |",
]
