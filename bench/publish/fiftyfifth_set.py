"""Fifty-fifth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1431 lines, then printed with sed -n in three ranges, lines 1-400, 400-800 and 800-1431,
rather than with cat; not imported), for the format: the {P}, {U} and {T} placeholders (a person
template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space stripped, ends in a full
stop, so a name after a PNR line number, a hash sign, a slash, a bracket or a guillemet keeps the
case it was given), the word-names and the other name lists (plain given names, street trees, the
syllables of invented surnames and towns, the first names it gives unlisted people), the keys of
FRESH_ORDINARY (thirty-three, "will" and "william" among them) and the number of its sentences per
key, which `_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the
first case-insensitive substring match of the word, "will " with its trailing space, so "will,"
gets no span, "bill" for William when there is no "will ", and "rob" for Robert); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title is put before {U} or {P},
and a passenger title such as "MS" or "MR" only ever follows the name, as it does on a manifest),
and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder and
joins templates with a single space, so no literal brace appears in any sentence here and the line
breaks of manifests, forms and invitation cards are written into a template as "\\n". The first 45
lines (the headers) of the fifty-first, fifty-second, fifty-third and fifty-fourth families, read
with head -45 in one shell loop, and nothing else of them; none of those modules was imported. The
[tool.ruff] table of pyproject.toml, printed with sed up to the heading of the next table, for the
line length (100). The absence of this file and the presence of .venv/bin/ruff were tested with
test -e and test -x; no directory was listed, and the fifty-sixth family, being written at the same
time, was not looked at.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "telly", "nan" and
the like) are kept out of every sentence here as whole words, from general knowledge, and
"kitchen", "Christmas", "brick" and "liberty" are avoided as well. Words that merely contain a
word-name, a plain given name or a street tree are kept out of every sentence but the ones written
for that word, which matters in this genre: "prosecution" (which holds "rose"), "probation" and
"problem" (which hold "rob"), "disgrace" (which holds "grace"), "risky", "chamber", "remark",
"marked", "market", "willing", "maybe", "dismay", "mayor", "jacket", "hijack", "enjoy", "smiles",
"milestone", "labelled", "chill", "wholly", "privy", "marshal", "billion", "academic" and
"parliament" appear nowhere in the person and unlisted templates, so shame is "dishonour", a
family "loses face", the travel season is "the school holidays" or "August", and a girl is taken
abroad "against her wishes". The person and unlisted templates carry no "will", "may", "bill" or
"summer" at all, so orders say what is "to" happen and dates fall in any month but the fifth. In
the ordinary sentences an inflection or compound that holds the word ("Hopes", "Marked", "bills",
"Billing", "Robbery", "Robbing", "Joyriding", "dawned", "Jacking", "Jack-knifed", "Hillside",
"Marshland", "Woodland", "Woodwork", "wooden", "doorbell", "Brownies", "Foxes", "Lambing",
"Lamb's", "Frankly", "franked", "deanery", "Dean's") is let stand where it is the first match, and
no other word-name is used in a sentence written for one word. Every name, booking reference,
passport number, FMU reference and date is invented; no real case, family, flight or community is
described, and no real place abroad is named: places are {T} or "abroad".

Styles. Records of so-called honour-based abuse, forced marriage, female genital mutilation and
children taken across borders: airline PNR displays and passenger manifests ("1.1" line numbers,
the name glued to the line number or to a booking reference, "MS", "MISS", "MR", "CHD" and "ADT"
after the name, seat numbers), Border Force and port alert log entries with times, passport
details beside names (number, nationality, expiry), passport surrender orders and the tipstaff,
Forced Marriage Unit case notes and references, Forced Marriage Protection Order and FGM
Protection Order headings and lists of protected children, mandatory reporting calls from a
practice nurse and a teacher, maternity FGM risk assessments and GP coding, school attendance
codes and children-missing-education referrals, consular assistance and repatriation notes,
family trees and genograms with relatives abroad ("paternal uncle in {T}"), engagement posts and
hashtags, wedding invitation and RSVP text in capitals, a community leader's statement, and
bilingual form headings (Welsh, French, Portuguese, Somali and Arabic, the accented and Arabic
letters written as \\u escapes). Joins: names open entries and follow times, slashes, hash signs,
line numbers, colons, dashes, square brackets and guillemets, and stand before em dashes; they
stand in lists and in "also spelt" notes, beside passport numbers, dates and seat numbers, in
possessives, inside quoted speech and quoted text messages, in capitals headings, on their own
line after a form label, and twice in one template (name on the ticket and on the school roll).
"""

FIFTYFIFTH_PERSON_SENTENCES = [
    "PNR display, booking K7QX2M:\n1.1{P} MS\n2.1 ADULT MALE, SAME SURNAME\n"
    "SEGMENT 1 OUTBOUND ONLY",
    "Manifest extract, 06:15 departure: {P}/MISS (CHD), seat 31C, travelling on one booking with"
    " two adults.",
    "E-ticket 125-2209348871 issued to ZR8WTN{P} - the airline prints the reference and the name"
    " together.",
    "Port alert raised 14:05 for {P}, believed booked on a one-way ticket; Border Force asked to"
    " stop at the gate.",
    "Border Force officers spoke to {P} alone in a side room beyond the security search.",
    "{P} told the officer, through a telephone interpreter, that the trip was 'to see relatives'"
    " and that nobody had said when she was coming back.",
    "Passport no. 538204917 | nationality: British | expiry 11/2031 | holder: {P}",
    "Passport surrender order: the father to lodge {P}'s passport, and any other travel document,"
    " with the tipstaff by 4pm on Friday.",
    "FMU ref. FMU/26/0417 - case opened for {P}, aged 16, after a call from the head of year.",
    "The Forced Marriage Unit advised that {P} is not to be spoken to in front of relatives, or"
    " through a relative acting as interpreter.",
    "FORCED MARRIAGE PROTECTION ORDER (made without notice)\nPerson to be protected: {P}",
    "FGM Protection Order sought in respect of {P} and the two younger sisters, ahead of the"
    " planned trip in August.",
    "Mandatory reporting: the practice nurse rang 101 at 16:20 after {P} said she had been cut as a"
    " small child; incident number 0412.",
    "Maternity booking, 12 weeks: FGM risk assessment completed with {P} through a professional"
    " interpreter; a baby girl, if born, to be assessed before discharge.",
    "The midwife recorded that {P} had come to this country at the age of nine and had not been"
    " offered deinfibulation.",
    "Absence log - {P} - 41 sessions coded G (holiday not authorised) - last seen on the final day"
    " of the spring term.",
    "School record: {P} away 6 June to 19 September, reason given 'family wedding abroad'; leave"
    " refused by the head teacher.",
    "Teacher's note: {P} said an aunt was 'organising everything' for the trip and that new clothes"
    " had been bought for her.",
    "Friend's account (Year 10): {P} had said she was getting engaged in the holidays and did not"
    " want to.",
    "{P}: 'They keep saying it is just a holiday, but they took my phone.'",
    '"Is {P} still in school today?" the uncle asked the receptionist on the phone.',
    '"Please do not tell my dad I came to you," {P} said to the school nurse.',
    "Engagement post shared by a cousin: a photo of {P} in a red dress, captioned with the date of"
    " the ceremony and #{P}2026.",
    "INVITATION (TEXT AS PRINTED)\nTOGETHER WITH THEIR FAMILIES\nYOU ARE INVITED TO THE WEDDING OF"
    "\n{P}\nON SATURDAY 22 AUGUST AT THE FAMILY HOME",
    "RSVP card, photographed by the school: KINDLY REPLY BY 1 AUGUST - BRIDE: {P}.",
    "Family tree drawn with {P}: a paternal uncle and his two sons abroad, a grandmother in this"
    " country, and a first cousin named as the intended husband.",
    "Genogram: {P} (circle, aged 15) joined by a dotted line to a first cousin abroad, aged 27.",
    "Name on the visa application was transliterated differently (also spelt {P} on the school"
    " roll, and with a double vowel on the foreign passport).",
    "Name on ticket: {P}. Name on school roll: {P}. Date of birth differs by one year.",
    "Enw / Name: {P}\nCyfeiriad / Address: withheld for safety",
    "Nom / Name: {P}\nN\u00e9(e) le / Date of birth: see the attached copy of the passport",
    "\u0627\u0644\u0627\u0633\u0645 / Name: {P} (as written on the airline booking)",
    "Nome / Name - {P} - Nacionalidade / Nationality - British",
    "Magaca / Name: {P}; the form was completed by the interpreter and read back to her.",
    "Subject line of the school's e-mail: urgent - {P} - flight tonight?",
    "Passenger name as printed on the boarding pass:\n{P}\nGATE 14 BOARDING 21:05",
    "Consular assistance request: British national {P}, reported by a friend as held at a"
    " relative's house abroad and unable to leave.",
    "The consular officer spoke to {P} on a borrowed handset; she used the code word agreed with"
    " the FMU.",
    "Repatriation loan agreed for {P}, who returned on the 23:55 flight with an FMU caseworker.",
    "Statement of the chair of the community association: 'I have known {P}'s family for twenty"
    " years and I do not believe the allegation.'",
    "Strategy discussion (honour-based abuse): {P} to be seen at school, never at home, and never"
    " with a family member present.",
    "{P} asked for the helpline number to be saved under a friend's name in her phone.",
    "Border Force stop 05:10, outbound: {P} and an adult, not the father, on one booking; the adult"
    " could not name the child's school.",
    "Children named in the FGM Protection Order: 1. {P}; 2. the younger sister; 3. any further"
    " female child of the family.",
    "{P} had been told by a friend to carry a metal spoon through security, so that she would be"
    " taken aside and could ask for help.",
    "Safe phrase agreed with {P}: if she texts 'blue coat', the school is to call the police.",
    "The health visitor's FGM record reads: mother affected; daughter {P} at risk; discussion with"
    " the GP held 02/09.",
    "GP coding added to {P}'s record: 'FGM risk - family history'.",
    "In interview {P} said the family would 'lose face' if she refused, and that an aunt had warned"
    " her of this.",
    "Wedding photographs online showed {P}, aged 14 on the school roll, seated beside an adult"
    " man.",
    "Text to the form tutor at 22:47: 'cant come in, at the airport, help me' - sent from the"
    " number saved as {P}.",
    "Children missing education referral for {P}: no school place abroad known, believed to be with"
    " the father's side of the family.",
    "RE: {P} \u2014 FORCED MARRIAGE PROTECTION ORDER \u2014 RETURN HEARING",
    "The French-speaking cousin called her \u00ab{P}\u00bb in the messages, never by her school"
    " name.",
    "Booking made 02/07 for [{P}], one way, paid in cash at a travel agent.",
]

FIFTYFIFTH_ORDINARY = {
    "hope": [
        "Hope of a safe return rested on the consular team reaching her before the ceremony.",
        "The girl said she had given up hope of sitting her exams.",
        "Hopes that the parents would lodge the passports with the court were not realised.",
        "There was little hope, the officer wrote, of tracing the flight without a reference.",
        "- Hope: to go to college and train as a nurse (the young person's own words).",
        '"I hope someone is reading this," the girl wrote in her last message from abroad.',
        "The review found misplaced hope that a mediator could settle the dispute.",
    ],
    "grace": [
        "Grace periods in the airline's cancellation policy meant the booking could be changed.",
        "She gave evidence by video link with quiet grace for a fifteen-year-old.",
        "Saying grace before the family meal was described as a normal part of home life.",
        "A week's grace was allowed for the parents to lodge the passports with the court.",
        '"By the grace of God she is home," the aunt said at the arrivals gate.',
        "The father's fall from grace in the wider family followed the cancelled engagement.",
    ],
    "mark": [
        "Mark any flight change on the chronology and tell the FMU caseworker the same day.",
        "The scar was described as a small mark, and the paediatrician recorded it on a body map.",
        "Marked improvement in attendance followed her return from abroad.",
        "Question mark: was the return ticket ever bought?",
        "A pen mark on the boarding pass showed a gate change.",
        "The passport bore an exit stamp but no mark of re-entry.",
        "Staff were asked to mark the register 'C' only where leave had been authorised.",
    ],
    "rose": [
        "Calls to the FMU rose over the school holidays, as they do each year.",
        "Her anxiety rose as the departure date came closer.",
        "A single red rose was printed on the wedding invitation.",
        "Rose petals were thrown at the engagement party, in the photographs shared online.",
        "The number of FGM protection orders rose after the new guidance was issued.",
        "The girl rose early to pack a bag before anyone else was awake.",
        "Rose-gold bangles were among the gifts sent ahead for the bride.",
    ],
    "may": [
        "May half-term was when the school first heard about the engagement.",
        "On 9 May the FMU received a call from a teacher.",
        "The girl may be taken abroad before the end of term, the referral said.",
        "Orders may be made without notice where there is a risk of removal.",
        "From May onwards the family stopped answering calls.",
        "Flights booked in May for the start of August raised a flag with the airline.",
        "The mother may not have known of the plans, the review found.",
    ],
    "will": [
        "Married against her will at sixteen, she came back with help from the consulate.",
        "The court will decide on the order at the return hearing.",
        "Free will cannot be assumed where a young person fears being disowned.",
        "The grandfather's will left land abroad to the boys of the family only.",
        "It will be for the FMU to contact the embassy.",
        "A strong will and a good friend at school helped her say no.",
        "Consent given against a person's will is not consent, the judge said.",
    ],
    "william": [
        "The court will decide on the order at the return hearing.",
        "Married against her will at sixteen, she came back with help from the consulate.",
        "The grandfather's will left land abroad to the boys of the family only.",
        "The bill for the flights was paid in cash at a travel agent.",
        "A hotel bill in the father's name was found in her bag.",
        "Phone bills showed calls abroad late into the night.",
        "It will be for the FMU to contact the embassy.",
    ],
    "bill": [
        "The bill for the flights was paid in cash at a travel agent.",
        "A hotel bill in the father's name was found in her bag.",
        "Phone bills showed calls abroad late into the night.",
        "The venue sent the bill for the engagement party to the uncle.",
        "Billing records from the mobile network placed the girl's phone abroad.",
        "The catering bill ran to several thousand pounds, the aunt said.",
    ],
    "amber": [
        "Amber was the rating given at the first strategy discussion, and it was not revisited.",
        "The port alert was graded amber rather than red.",
        "An amber flag on the school system noted the extended absence.",
        "An amber necklace was listed among the engagement gifts.",
        "AMBER: risk of removal abroad, not imminent (FMU triage).",
        "The traffic-light tool placed the referral at amber, and nobody rang the girl.",
    ],
    "sky": [
        "Sky-high airfares in August did not stop the family from booking.",
        "The girl said she watched the sky from the plane window and cried.",
        "Under a grey sky the guests gathered outside the venue.",
        "A Sky subscription was cancelled the week before the family left.",
        "The drawing showed a plane in a dark sky and a girl with no face.",
        "The sky was still dark when the taxi came for the airport run.",
    ],
    "faith": [
        "Faith leaders were asked to speak against forced marriage at the community event.",
        "The girl had lost faith in adults after the first referral came to nothing.",
        "Faith: recorded as 'none' by the girl and differently by the father.",
        "Agencies put too much faith in the uncle's assurance that it was only a holiday.",
        "No faith requires FGM, as the guidance given to the parents made clear.",
        "The panel accepted that the teacher had acted in good faith.",
        "Faith-based groups in the town offered a safe house for the night.",
    ],
    "holly": [
        "Holly wreaths hung on the doors of the refuge in December.",
        "Scratches on her arms came from a holly hedge, she said, when she climbed out.",
        "A sprig of holly was drawn on the card she sent her teacher in December.",
        "The holly bush by the school gate was where the girls met to talk.",
        "Holly berries were on the table at the December visit to the foster home.",
        "Behind the holly at the back of the garden was a gap in the fence.",
    ],
    "ruby": [
        "A ruby ring was given as the engagement gift, the aunt said.",
        "The bride's outfit in the photograph was ruby red.",
        "Ruby anniversary celebrations for the grandparents were the stated reason for the trip.",
        "The girl had a ruby pendant from her grandmother, which she wore every day.",
        "A ruby-coloured suitcase was seen on the CCTV at the check-in desk.",
        "Ruby wedding photographs on the uncle's page included the girl.",
    ],
    "daisy": [
        "Daisy-print pyjamas were packed in her hand luggage.",
        "The girl drew a daisy in the corner of each page of her diary.",
        "Daisy Class was the reception class her younger sister attended.",
        "A daisy chain was on the little girl's head in the photograph sent from abroad.",
        "The refuge had a small lawn with a daisy border along the path.",
        "Upsy Daisy was the toddler's favourite programme, the foster carer said.",
    ],
    "summer": [
        "Summer holidays are the main period of risk, the FMU guidance says.",
        "Over the summer the girl did not reply to any messages from her friends.",
        "By late summer the school had still not been told where she was.",
        "The summer term ended with a lesson on forced marriage in PSHE.",
        "Summer 2025: extended family visit abroad, seven weeks.",
        "A summer-born child, she was the youngest in her year group.",
        "Summer is wedding season in the family's home region, the aunt said.",
    ],
    "joy": [
        "Joy at her return was clear in the teacher's account.",
        "The engagement was announced with joy on the family's group chat.",
        "There was no joy in her face in the wedding photographs, the teacher said.",
        "Joy and relief were the words she used about the order.",
        "Joyriding convictions were on the older cousin's record.",
        "The grandmother called the new baby her pride and joy.",
    ],
    "dawn": [
        "Dawn departures were chosen, the review thought, to avoid the school day.",
        "At dawn the family left for the airport in two cars.",
        "It dawned on the teacher that the girl had been saying goodbye.",
        "Police attended the address shortly after dawn with the protection order.",
        "From dusk to dawn the helpline is staffed by trained volunteers.",
        "The flight landed just before dawn, local time.",
    ],
    "ivy": [
        "Ivy covered the wall she climbed to reach the road.",
        "The back of the house was overgrown with ivy.",
        "Ivy-clad garages behind the school were where she made the call.",
        "An ivy pattern ran round the border of the wedding invitation.",
        "Ivy leaves blocked the window of the room where she was kept.",
        "The ivy on the gatepost hid the camera the family had fitted.",
    ],
    "jack": [
        "A car jack was in the boot with the suitcases, officers noted.",
        "A Union Jack flag hung in her bedroom, her friends said.",
        "The taxi driver needed a jack to change a tyre on the way, and they missed the flight.",
        "Jack-knifed lorries closed the motorway on the morning of the flight.",
        "A jack of all trades, the uncle ran a travel agency and a taxi firm.",
        "Jacking up the fares at short notice was the agent's habit, the father complained.",
    ],
    "robert": [
        "Robbery charges against the cousin were dropped before the trial.",
        "To rob a girl of her education is itself harm, the head teacher said.",
        "He admitted trying to rob a passenger at the bus station.",
        "Robbing her of two terms of school was the effect of the absence, the review found.",
        "Older cousins would rob younger boys of their phones, police said.",
        "The uncle was accused of plotting to rob the travel agent who refused a refund.",
    ],
    "frank": [
        "A frank conversation with the girl took place in the school nurse's room.",
        "The mother was frank about her own experience of being cut as a child.",
        "Frankly, nobody asked the girl what she wanted.",
        "Frank and open discussion with the family was ruled out, as it could raise the risk.",
        "The FMU caseworker gave a frank view of the dangers of mediation.",
        "In a frank exchange the judge told the father that the order would be enforced.",
        "The envelope had been franked at a post office abroad.",
    ],
    "miles": [
        "The airport is forty miles from the home, and the family left at four.",
        "Miles from any relative in this country, she had no one to turn to.",
        "Air miles on the father's account showed three trips abroad that year.",
        "The refuge was two hundred miles from her school.",
        "Accounts from the aunt and the girl were miles apart.",
        "She walked three miles to the police station in the night.",
    ],
    "dean": [
        "The dean of the sixth form college made the FMU referral.",
        "A letter from the dean confirmed she had stopped attending lectures.",
        "The assistant dean for student welfare spoke to the girl in private.",
        "Dean's list records show she was a strong student before the absence.",
        "The rural dean offered a room in the vicarage for the night.",
        "The deanery office passed the concern on to the college.",
    ],
    "marsh": [
        "Marsh land behind the house flooded in the winter.",
        "The girl was found walking along the marsh road at midnight.",
        "Marshland paths near the airport are unlit and isolated.",
        "The family's house abroad stood beside a salt marsh, the cousin said.",
        "A marsh fire near the motorway delayed the drive to the airport.",
        "The caravan was parked on the edge of the marsh, away from neighbours.",
    ],
    "hill": [
        "The family house abroad is on a hill above the town, the girl said.",
        "Hillside villages there have no phone signal, which made contact hard.",
        "She ran down the hill to a petrol station to call for help.",
        "The school sits at the top of a steep hill.",
        "Hill roads were closed by snow, delaying the consular visit.",
        "Over the hill from the airport is the hotel where the family stayed.",
    ],
    "wood": [
        "A wooden box held the passports, hidden under the bed.",
        "Wood smoke from the stove filled the room where she slept.",
        "The girl hid her phone in the wood store behind the house.",
        "Woodland by the school was where she met her friend to talk.",
        "A length of wood had been wedged against the bedroom door.",
        "Woodwork was her favourite subject, her teacher said.",
    ],
    "stone": [
        "She had lost a stone in weight during the two months abroad.",
        "Stone steps led up to the house where the wedding was held.",
        "The house is a stone's throw from the bus station.",
        "Stone-faced, the father listened as the order was read out.",
        "The kidney stone that kept the mother in hospital delayed the trip.",
        "A stone was thrown through the window after the engagement was called off.",
    ],
    "bell": [
        "The bell rang for lunch and she went straight to the safeguarding lead.",
        "Nobody answered the bell at the address, so officers waited.",
        "A doorbell camera recorded the family leaving at 03:40.",
        "The bell on the shop door rang as she ran in asking for help.",
        "The end-of-day bell went before the interpreter arrived.",
        "Wedding bells were printed in gold on the invitation card.",
    ],
    "brown": [
        "A brown envelope with the tickets inside was found in her school bag.",
        "Brown paper wrapped the gifts sent ahead for the bride.",
        "The bruise had turned brown by the time she was seen.",
        "Brownies on Thursday evenings was the one club she was allowed to attend.",
        "She wore a brown coat and carried one small bag on the CCTV.",
        "The brown suitcase was the one she had packed herself.",
    ],
    "green": [
        "The panel gave the green light to an application for an FGM protection order.",
        "Green: the school's rating before the holidays, later changed.",
        "She wore a green scarf in the engagement photographs.",
        "The worker was green, in her first month in the team.",
        "A green folder at reception held the court order.",
        "They met on the village green by the school.",
        "A green passport was seen in the aunt's handbag at the gate.",
    ],
    "lamb": [
        "Lamb was served at the engagement meal, the cousin said.",
        "A toy lamb went with the little girl to the foster home.",
        "Lambing season kept the uncle on the farm, so he could not travel.",
        "The family kept a pet lamb in the yard.",
        "Lamb's wool blankets were sent as wedding gifts.",
        "Quiet as a lamb in class, she was fierce in defending her sisters.",
    ],
    "fox": [
        "A fox in the garden set the dog barking as she tried to leave.",
        "The toddler's toy fox was left behind at the airport.",
        "Foxes had torn open the bags of party rubbish in the yard.",
        "Fox cubs under the shed were the first thing she talked about at school.",
        "A fox on the runway delayed the flight by an hour.",
        "Her pencil case had a fox on it, her friend said.",
    ],
    "banks": [
        "Banks were asked to flag any large transfer from the father's account.",
        "The river burst its banks near the family's house abroad.",
        "She was found sitting on the canal banks after dark.",
        "Food banks supported the mother after the father left.",
        "Two banks refused to open an account for her without a parent's signature.",
        "Banks of seats at the departure gate were searched by officers.",
    ],
}

FIFTYFIFTH_UNLISTED = [
    "Paternal uncle in {T}, {U}, is named by the girl as the person arranging the marriage.",
    "The intended husband, {U}, is a first cousin who lives in {T}.",
    "Maternal aunt: {U} (lives in {T}; telephone number not known).",
    "Dr {U}, the consultant obstetrician, completed the FGM risk assessment at booking.",
    "Mrs {U}, the attendance officer, noticed the pattern of absences after each holiday.",
    "A community leader, {U}, offered to mediate; the FMU advised against it.",
    "PNR line 2.1{U}/MR ADT, same booking, seat 32B, onward flight to {T}.",
    "The wedding was to be held at a hall in {T}, according to the invitation.",
    "Consular staff in {T} met the girl at a hotel the embassy had booked.",
    "INVITATION: THE FAMILY OF {U} REQUEST THE PLEASURE OF YOUR COMPANY IN {T}",
    '"{U} said I have to do what the family decides," the girl told the nurse.',
    "Travel agent {U}, of {T}, issued the tickets and was later spoken to by police.",
    "Family tree: grandfather (deceased); {U}, eldest son, in {T}; the girl's father; two aunts.",
    "Also spelt: {U} (on the visa), checked against the school roll.",
    "The girl's friend {U} raised the alarm when she did not return in September.",
    "The engagement party was held at St {U}'s church hall, which the family had hired.",
]
