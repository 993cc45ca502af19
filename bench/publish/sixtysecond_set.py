"""Sixty-second sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1447 lines, then printed with sed -n in four ranges, lines 1-400, 400-800, 800-1200 and
1200-1447, rather than with cat; not imported), for the format: the {P}, {U} and {T} placeholders (a
person template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it, with trailing white space and line breaks
stripped, ends in a full stop, so a name after a label, a tick box, "re:", "for", a bracket, a quote
mark or a line break inside a template keeps the case it was given), the word-names and the other
name lists (plain given names, street trees and suffixes, the words of nursery names, the syllables
of invented surnames and towns, the first names it gives unlisted people), the keys of
FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an ordinary
span (the first case-insensitive substring match of the word, "will " with its trailing space,
"bill" for William when there is no "will ", and "rob" for Robert, so "banks" and "miles" are always
written in full); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a
bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other
title, rank or role, "Cadet", "Imam" and "Revd" included, is put before {U} or {P}), that a template
may hold the same placeholder twice and gets a span for each, and that `_Builder.sentence` takes
every "{" in a template as the opening of a placeholder and joins templates with a single space, so
no literal brace appears in any sentence here and the lines of a register, a form or a sign-in sheet
are written into a template as "\\n". The first 45 lines (the headers) of the fifty-seventh,
fifty-eighth, fifty-ninth and sixtieth families, read with head -45 in one shell loop, and nothing
else of them; none of those modules was imported. The [tool.ruff] table of pyproject.toml, printed
with sed from its heading to the heading of the next table, for the line length (100). The absence
of this file was tested with test -e and the presence of .venv/bin/ruff with test -x; no directory
was listed, and the sixty-first family, being written at the same time, was not looked at. A
throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the project) for
stray braces, for each ordinary span falling on the intended word, for line lengths and for the
substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "nan",
"ellie", "katie", "libby" and the like) are kept out of every sentence here as whole words, from
general knowledge. Words that merely contain a word-name, a plain given name, a street tree, a
nursery word or an unlisted first name are kept out of every sentence but the ones written for
that word, and the voluntary and faith sector is full of them: the girls' section is never the
"Brownies" (which holds "brown") and no leader is "Brown Owl", a church has no "deanery", no
"faith group" and no "bell", a hut has no "Woodcraft" and a cadet no "billet", a holiday club is
never a "summer" scheme outside its own sentences, nobody "smiles", "enjoys" or is "willing", and
"problem", "probably", "probation", "wardrobe", "academic", "parliament", "chamber", "risky",
"hopefully", "remark", "marked", "arose", "wholly", "bladder", "hazel", "little", "steps",
"stepsister", "bowls" and "okay" appear nowhere outside their own ordinary sentences. The person
and unlisted templates carry no "will", "may", "bill" or "rob" at all.

Styles. The records of the voluntary, faith and youth sector, as a review's appendix would quote
them: a parish safeguarding officer's log and a mosque's, a madrasah and a choir register, a
diocesan referral form, a youth club's incident book with page numbers and times, a Cubs, Guides
or cadets concern form with pipes between its boxes, a charity helpline's call record with a
reference and a duration, befriending and mentoring session notes, a food club register and a
holiday activities sign-in sheet with ticks, crosses and tick boxes, trustee minutes with an item
number and "the young person (name withheld)" beside the name, a referral to the designated
officer and a barring referral with a numbered list of children, a volunteer's handwritten
statement typed up in the volunteer's own words ("come up to me", "dont tell"), a prayer request
and a parents' group chat with time stamps and no capitals. Names stand after labels
("Young person:", "Leader on duty:", "Caller:", "Emergency contact:"), split across lines under a
form's field names, in a heading in capitals, glued to "re:" and a semicolon, in brackets, in a
numbered list, beside a tick, an age, a date and a time, twice in one sign-in row, before "'s",
inside straight and curly quotes, and after "for" and "as". The ordinary sentences put each
word-name where these records would meet it: a month and a modal in minutes, a register to
"mark", a "bill" for the hall, "Bell ringers", "Brownies", a "rural dean", the "marsh" on a night
exercise, "food banks", "Joyriding" in the car park and "Hopes and fears" cards, at the start of a
sentence, within it, in capitals and inside a longer word.
"""

SIXTYSECOND_PERSON_SENTENCES = [
    "Parish safeguarding log, entry 7 (03/02): {P} stayed behind after youth church and asked to "
    "speak to a leader alone.",
    "PSO log \u2013 concern raised by the cr\u00e8che helper (initials A.K.) about {P}, who "
    "arrived with a cut lip.",
    "Madrasah register, Tuesday class: {P} absent for the fourth week running, no message from "
    "home.",
    "Diocesan referral form, part 2 (details of the child): {P}, Year 8, attends the Sunday club.",
    "Incident book p.14 \u2013 19:45 {P} left the youth club upset after a row at the pool table; "
    "two leaders followed to the gate.",
    "Young person: {P}\nLeader: J.T.\nNature of concern: cuts to the forearm, dressed by the first "
    "aider.",
    "Section: Cubs | Name of young person: {P} | Concern raised by: Akela (volunteer, initials "
    "R.P.)",
    "Girlguiding concern form \u2013 unit: 2nd Guides \u2013 member: {P} \u2013 says she is afraid "
    "to go home on camp pick-up day.",
    "Parade night register: {P} (cadet no. 4471) present, but arrived with a split lip and no "
    "coat.",
    "Call ref 22-0917 | Caller: {P} (gave first name only) | Duration: 14 min | Outcome: advised "
    "to tell a trusted adult.",
    "Helpline call notes: caller said {P} is 'not allowed' to see friends outside the house.",
    "Session 6 with {P}: bowling, then chips; quieter than usual, said the flat has no heating.",
    "Mentor's notes (wk 9): {P} talked about being moved between relatives' houses and not "
    "knowing where he'd sleep.",
    "Food club register, Sat 14/10: {P} \u2713 (2 bags; asked for nappies).",
    "HAF sign-in sheet, day 3\n{P} | in 09:05 \u2713 | out 15:00 | collected by: 'older cousin', "
    "no name given",
    "Item 4, safeguarding: the trustees noted the allegation made by the young person (name "
    "withheld), {P}, against a volunteer.",
    "Minutes, closed session: the chair reported that {P}'s parents had been told of the LADO "
    "referral on Friday.",
    "LADO referral \u2013 child's name: {P}; allegation: the volunteer gave the child lifts home "
    "alone and sent messages late at night.",
    "Barring referral, children affected: 1. {P} 2. a second child, not yet identified.",
    "Statement typed from the handwritten original: I was stacking chairs when {P} come up to me "
    "and said she didn't want to go home.",
    'He said to me "dont tell {P} I told you" and then he ran off, that\'s all I know.',
    "Prayer requests this week: for {P}, who is in hospital, and for all our young people sitting "
    "exams.",
    "[19:42] U10s parents group: has anyone seen {P}? not been picked up and the hall locks at 8",
    "Register: {P} \u2713 \u2713 \u2717 \u2717 \u2717 (absent the last three weeks, no reply to "
    "texts)",
    "Known to everyone at the club as {P}, he always stays behind to help stack the tables.",
    "e-mail to the diocesan safeguarding adviser re: {P}, sent 17:20, no reply yet.",
    "RE: {P} \u2013 SAFEGUARDING CONCERN (CONFIDENTIAL)",
    "Name of child\n{P}\nDate of birth\nnot known to the group",
    "{P} \u2013 12 yrs \u2013 04/11 \u2013 bruise seen on the neck at swimming, reported to the "
    "DSL the same night.",
    "Children on the minibus: {P}, two others from the junior section and the driver's own son.",
    "Concern re:{P};follow-up by phone x2, no answer.",
    "The youngest of the group ({P}) was left in the church porch after the service.",
    "{P}'s mum asked that no photos of the child be put on the church's social media.",
    "The imam was told by {P} that an older boy at the madrasah had been touching him.",
    "Mosque safeguarding officer's log: {P} told the Quran teacher that she is hit with a belt at "
    "home.",
    "Sunday club register: {P} \u2713, brought by a neighbour again; parent not seen since "
    "October.",
    "Concern form Q5, who else knows? {P} has told her patrol leader and 'the older girls'.",
    'The vicar\'s note on the back of the rota reads simply: "{P} \u2013 ring social services??"',
    "In the volunteer's words: \"{P} had a black eye, he said he walked into a door, I didn't "
    'believe him."',
    "Camp medical form: {P}, no allergies listed; leader notes heavy bruising to the back when "
    "changing for swimming.",
    "Youth worker's diary, Thurs: walked {P} to the bus stop as she said she was scared of the "
    "older lads outside.",
    "Helpline record: 3rd call this month from {P}; each time asks for the same call handler.",
    "Trustees resolved that {P}, the young person concerned, should be offered a different mentor.",
    "{P} (mentee) and the mentor are not to meet away from the centre until the review.",
    "Sign-in: {P} 18:00 / sign-out: {P} 21:30 (signed by self, not parent)",
    "Befriender's notes: {P} says Grandma is 'not coping' and there's no food in the cupboards.",
    "who's taking {P} home tonight? i can do 2 but not 3",
    "Referral to children's services from the church safeguarding officer: concern for {P}, aged "
    "9, found wandering after choir practice.",
    "Choir register: {P} \u2013 present \u2013 parent pick-up: none (walked home alone, 8.15pm, "
    "dark).",
    "Note from the Boys' Brigade captain: {P} says he is not allowed to eat until his stepfather "
    "gets in.",
    "Holiday club sign-in\n\u2610 {P}   \u2611 consent form   \u2610 medical form",
    "Safeguarding officer to phone {P}'s school on Monday (consent given by the young person).",
    "\u2018{P} said the man from the hall gave her a phone,\u2019 the leader wrote in the incident "
    "book.",
    "Emergency contact: {P}, mobile on file; not answering.",
    "Leader on duty: {P} (parent helper, DBS pending).",
    "{P} was collected from cadets by an adult the staff did not know.",
]

SIXTYSECOND_ORDINARY = {
    "hope": [
        "Hope was the theme of the youth service, and the young people wrote prayers on paper "
        "stars.",
        "The helpline volunteer had no hope of getting through to the out-of-hours team.",
        "Trustees expressed the hope that the review would be finished before the AGM.",
        "Hopes and fears cards were used at the first session with the mentee.",
        '"There\'s always hope," the befriender wrote at the end of her notes.',
        "Our hope is that the young person feels safe enough to come back to the group.",
    ],
    "grace": [
        "Grace was said before the food club meal, and the children were not made to join in.",
        "The volunteer stood down with good grace once the allegation was explained to her.",
        "A period of grace of 28 days was given for leaders to renew their DBS checks.",
        "Saying grace at camp was optional, the district commissioner reminded leaders.",
        "The leaders' grace under pressure on the night of the fire was noted in the minutes.",
        '"By the grace of God nobody was hurt," the caretaker told the trustees.',
    ],
    "mark": [
        "Leaders mark the register at 6.30 and again before the minibus leaves.",
        "A red mark on the boy's neck was drawn on the body map by the first aider.",
        "Mark any late arrivals with an L, the sign-in sheet says.",
        "The trustees asked for files to be marked 'confidential' and kept in the locked cabinet.",
        "Marks on both arms were seen at swimming, and the leader rang the designated officer.",
        "At the halfway mark of the hike one cadet said she felt faint.",
        "The mosque's safeguarding log had a question mark beside the second entry.",
    ],
    "rose": [
        "Numbers at the food club rose from 20 to 55 over the winter.",
        "The young person rose early to get to the holiday club in time for breakfast.",
        "Concern rose among parents when the volunteer started messaging children directly.",
        "A rose was placed on each chair at the memorial service for the youth leader.",
        "Rose-tinted memories of the old vicar made some members slow to believe the allegation.",
        "Calls to the helpline rose sharply after the school holidays began.",
        "Tempers rose at the parents' meeting, and the chair closed it early.",
    ],
    "may": [
        "The diocesan audit in May found three volunteers without a current DBS check.",
        "Leaders may not give young people lifts alone, under the group's code of conduct.",
        "May half-term camp was cancelled after the allegation.",
        "Minutes of 12 May record the trustees' decision to suspend the volunteer.",
        "The caller said she may ring back when her mum was out.",
        "From May onwards the befriending sessions moved to the library.",
        "Any concern, however small, may be the missing piece, the training slide says.",
    ],
    "will": [
        "The safeguarding officer will ring the LADO first thing on Monday.",
        "Leaders will sign in every child on arrival and out on collection.",
        "A will left money to the youth club for a new minibus.",
        "The young person said it was against her will that the photos were shared.",
        "The trustees will meet again in closed session on 3 March.",
        "Nobody will be allowed into the toilets with a child, the new policy says.",
    ],
    "william": [
        "The safeguarding officer will ring the LADO first thing on Monday.",
        "Leaders will sign in every child on arrival and out on collection.",
        "A will left money to the youth club for a new minibus.",
        "The trustees will meet again in closed session on 3 March.",
        "The hall's electricity bill was paid by the church for the food club.",
        "Bills for the camp were sent to the parents by e-mail.",
        "The food club helps families with gas bills through a small hardship fund.",
    ],
    "bill": [
        "The hall's electricity bill was paid by the church for the food club.",
        "Bills for the camp were sent to the parents by e-mail.",
        "The food club helps families with gas bills through a small hardship fund.",
        "The trustees agreed to bill the family for the damaged tent, then changed their minds.",
        "A phone bill for the youth club mobile showed calls to a child late at night.",
        "A bill from the coach company was queried at the trustees' meeting.",
        "Billing for the holiday programme goes through the council's voucher scheme.",
    ],
    "amber": [
        "Amber was the rating the diocesan adviser gave the concern on the triage sheet.",
        "The referral was flagged amber and a call-back promised within 48 hours.",
        "An amber alert was set on the helpline system for any further calls from that number.",
        "The traffic-light chart in the leaders' room shows amber for \u2018needs advice\u2019.",
        "AMBER \u2013 discuss with the safeguarding officer before the next session.",
        "The amber warning light on the minibus dashboard had been on for a week.",
    ],
    "sky": [
        "Sky lanterns were banned at camp after one landed on a tent.",
        "The sky was already dark when the last child was collected at 8.40pm.",
        "The cadets slept under the open sky on the expedition, with two leaders on watch.",
        "A sky-blue T-shirt is worn by the young leaders at the holiday club.",
        "Night sky badge work took place on the common, and parents were invited.",
        "The child drew a house with a purple sky and a locked door.",
    ],
    "faith": [
        "Faith groups in the area signed up to the safeguarding partnership's charter.",
        "The family's faith was respected, and the befriender was matched accordingly.",
        "Faith leaders were invited to the LADO's annual briefing.",
        "The mother had lost faith in the church after the first complaint was ignored.",
        "The trustees acted in good faith, the independent reviewer concluded.",
        "Faith: Sikh; the young person attends the gurdwara on Sundays.",
        "The interfaith youth forum meets monthly at the community centre.",
    ],
    "holly": [
        "Holly wreaths made at the youth club were sold to raise money for camp.",
        "A holly bush at the back of the church hall is where the older boys hid to smoke.",
        "The child had scratches from the holly hedge after a game of hide and seek.",
        "Sprigs of holly decorated the tables at the food club's December meal.",
        "Holly berries were taken out of the cr\u00e8che after a toddler put one in her mouth.",
        "The carol service sheet had holly printed in one corner.",
    ],
    "ruby": [
        "The church celebrated its ruby anniversary with a youth concert.",
        "Ruby-red lipstick writing on the mirror in the toilets was reported to the caretaker.",
        "A ruby ring went missing from the lost property box after the holiday club.",
        "The ruby slippers for the panto were made by a volunteer.",
        "The hall was booked for a ruby wedding party the night the alarm went off.",
        "Her cheeks were ruby from the cold when she arrived at the food club.",
    ],
    "daisy": [
        "Daisy chains were made on the church lawn during the holiday programme.",
        "The cr\u00e8che room is called the daisy room, and it has a viewing panel in the door.",
        "A daisy sticker was put beside each child who had photo consent.",
        "The girl picked a daisy and gave it to the befriender at the end of the session.",
        "Daisy-print leggings were the only clothes the child had at camp.",
        "Upsy Daisy was playing on the tablet in the cr\u00e8che when the leader came in.",
    ],
    "summer": [
        "Summer camp consent forms were missing for four children.",
        "The summer holiday activities programme ran for four weeks at the mosque.",
        "Over the summer the befriending sessions were held in the park.",
        "Summer fete helpers had not been DBS checked, the audit found.",
        "Late in the summer the allegation was first made to the helpline.",
        "Summer 2025: the food club opened three days a week.",
    ],
    "joy": [
        "Joy was the word the children chose for their banner at the holiday club.",
        "The leader described the group's joy at the first camp in two years.",
        "Joy and sadness cards were used in the mentoring session.",
        "The young person's joy at getting her first badge was obvious.",
        '"No joy getting through to the out-of-hours line," the officer wrote.',
        "Joyriding in the church car park was reported to the police.",
        "The baby was her pride and joy, the young mum told the befriender.",
    ],
    "dawn": [
        "Dawn prayers at the mosque meant some children arrived at the madrasah very tired.",
        "The cadets set off at dawn for the expedition.",
        "At dawn the leaders found a tent empty and the young person gone.",
        "From dusk to dawn the hall is locked and alarmed.",
        "It dawned on the treasurer that the petty cash had been taken.",
        "Dawn had not broken when the coach left for the residential.",
    ],
    "ivy": [
        "Ivy had grown over the fire exit of the scout hut, blocking it.",
        "The garden project cleared ivy from the churchyard wall.",
        "Ivy-covered walls hid the back door where the young people met.",
        "The child was found hiding behind the ivy at the end of the church car park.",
        "Ivy leaves were pressed for the nature badge.",
        "A wreath of ivy was laid at the war memorial by the cadets on Remembrance Sunday.",
    ],
    "jack": [
        "The minibus jack was missing when the tyre blew on the way back from camp.",
        "A Union Jack flag was carried by the cadets at the parade.",
        "Jack-o'-lantern carving at the Halloween disco was supervised by two leaders.",
        "Older boys were said to jack bikes from outside the youth club.",
        "The caretaker is a jack of all trades but has no DBS check.",
        "The car jack was used to break into the church office, police said.",
    ],
    "robert": [
        "Two boys tried to rob the tuck shop during the disco.",
        "The collection box was robbed from the porch of the church.",
        "A robbery at the food club in March led to a review of lone working.",
        "Older youths rob younger children of their phones on the way to the club, parents said.",
        "The young person was charged with robbery, and the mentor went to court with him.",
        "He admitted he had robbed the lockers at the leisure centre on the swimming trip.",
    ],
    "frank": [
        "Frank conversations about online safety were held with the cadets.",
        "The vicar was frank with the parents about the delay in telling them.",
        "In a frank exchange, the trustees disagreed about suspending the volunteer.",
        "Frankly, the policy had not been read by most leaders, the audit found.",
        "The young person gave a frank account of what happened on the coach.",
        "To be frank, the helpline could do no more that night.",
    ],
    "miles": [
        "The campsite was forty miles from home, and no parent could collect that night.",
        "Miles from the nearest shop, the residential centre had one spot with a phone signal.",
        "Cadets walked twelve miles on the expedition, with leaders at each checkpoint.",
        "The nearest food club is three miles away, and the family have no car.",
        "The befriender drove miles out of her way to pick up a second volunteer first.",
        "The accounts of the two leaders were miles apart.",
    ],
    "dean": [
        "The rural dean chaired the meeting about the allegation.",
        "The dean of the cathedral wrote to the parents of the choristers.",
        "Area deans were told to check that every parish had a named safeguarding officer.",
        "The deanery youth officer ran the training for all the parish volunteers.",
        "A letter from the dean confirmed the chaplain's suspension.",
        "The assistant dean for student welfare referred the student volunteer to the diocese.",
    ],
    "marsh": [
        "The cadets' night exercise on the marsh was stopped when the fog came in.",
        "Marsh land behind the scout hut floods each winter.",
        "The young person was found on the salt marsh after missing the minibus.",
        "Marshland walks were part of the holiday programme, with one leader to six children.",
        "A boy fell into a ditch on the marsh and was pulled out by a leader.",
        "The marsh path is unlit, and the group agreed not to use it after dark.",
    ],
    "hill": [
        "The hike went up the hill behind the campsite.",
        "The church hall stands at the top of a steep hill.",
        "Hill walking is part of the gold award, and two leaders must be qualified.",
        "The young people were seen drinking on the hill by the water tower.",
        "Down the hill from the mosque is the park where the younger children play.",
        "The minibus struggled on the hill and the cadets had to get out and walk.",
    ],
    "wood": [
        "Wood for the campfire was collected by the cubs in pairs.",
        "The young person ran into the wood behind the campsite and was found an hour later.",
        "A wooden cross was broken in the church porch.",
        "Woodwork sessions at the youth club use a saw, and a leader must be present.",
        "The hut's wood burner had no guard, the inspection noted.",
        "The wood store at the hut was where the volunteer kept his alcohol.",
    ],
    "stone": [
        "A stone was thrown through the window of the youth club.",
        "Stone floors in the crypt made the food club cold.",
        "The young person had lost a stone in weight since the start of term, the mentor noted.",
        "The foundation stone of the new hall was laid in 1996.",
        "Stone-faced, the boy sat through the meeting and said nothing.",
        "The camp is a stone's throw from the main road.",
    ],
    "bell": [
        "The bell rang for the end of the service and the children went to the hall.",
        "Nobody answered the bell at the house, so the leader posted a note.",
        "Bell ringers practise on Tuesdays, and a teenager joined the band this year.",
        "The handbell team travelled to a festival with two adults.",
        "The front door bell of the hall was broken, so parents knocked.",
        "A bell on the tuck shop door lets leaders know when someone comes in.",
    ],
    "brown": [
        "Brownies meet on Mondays in the same hall as the youth club.",
        "A brown envelope containing cash was handed to the young person by a man.",
        "The bruise had turned brown by the following week.",
        "Brown paper bags were used for the food club parcels.",
        "The volunteer wore a brown jumper and no name badge.",
        "BROWN folder on the office shelf: concern forms, 2024 to date.",
    ],
    "green": [
        "The group met on the village green for the sponsored walk.",
        "Green was the rating given after the diocesan visit.",
        "A green folder in the office holds all the concern forms.",
        "The young leaders wear green T-shirts at the holiday club.",
        "Green spaces near the mosque are used by older boys to deal drugs.",
        "The trustees gave the green light to the new lone-working policy.",
    ],
    "lamb": [
        "Lamb curry was served at the food club's Eid meal.",
        "The nativity play needed a lamb costume, and a volunteer made one.",
        "A toy lamb was left behind in the cr\u00e8che and not claimed.",
        "Lambing season means some of the young farmers miss the club.",
        "The young person helped feed an orphan lamb at the farm visit.",
        "Gentle as a lamb at the club, the boy was said to be very different at home.",
    ],
    "fox": [
        "A fox got into the food store at camp overnight.",
        "The children watched fox cubs from the hide on the nature trail.",
        "The patrol called itself the Fox Patrol and had six members.",
        "Foxes had torn the rubbish bags behind the church hall.",
        "A dead fox on the path upset the younger children on the hike.",
        "The child's favourite toy, a fox, went with her into foster care.",
    ],
    "banks": [
        "Food banks in the town refer families to the club on Saturdays.",
        "The river burst its banks, and the camp was moved to higher ground.",
        "Two banks refused to open an account for the charity.",
        "The children were told not to play on the canal banks.",
        "Grassy banks around the campsite were used for sledging.",
        "The young people sat on the banks of the lake for the night hike briefing.",
    ],
}

SIXTYSECOND_UNLISTED = [
    "The caretaker, {U}, holds a key to the hall and has been seen there alone with children.",
    'Volunteer\'s statement: "It was {U} who drove them back from camp, not me."',
    "Allegation against {U} (helper at the Sunday club since 2019) referred to the LADO.",
    "Mrs {U} from the parents' group chat forwarded the screenshots to the safeguarding officer.",
    "The youth group met in the hall of St {U}'s until the parish closed it.",
    "Dr {U} (a trustee, and the family's GP) declared an interest and left the room.",
    "The caller said she had been sent to {T} to stay with {U}, a family friend.",
    "Barring referral made in respect of {U}, former cub leader, on 02/09.",
    "Camp at {T}: adults present were the group scout leader and {U}.",
    "The mentor, {U}, had been meeting the young person at a caf\u00e9 in {T}.",
    "[20:17] {U}: has anyone else's child had messages from him??",
    "Prayer list: {U} and family (bereavement); the young people travelling to {T}.",
    "Sign-out sheet: collected by {U} (not on the authorised list) at 15:10.",
    "The food club's driver, {U}, lives in {T} and has no DBS check on file.",
    "Minutes: {U} (trustee) asked whether the insurers had been told.",
    "The girl says {U} at the mosque 'keeps asking' for her number.",
]
