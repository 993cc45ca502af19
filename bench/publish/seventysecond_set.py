"""Seventy-second sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1471 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1471; it was not
imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P}
alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text already written, with trailing white space and line breaks stripped, ends in a full stop,
so a name after "@", a quote mark, "Re:", a colon or a "> " quote marker keeps the case it was
given), the word-names and the other name lists (plain given names, street trees and suffixes, the
words of nursery names, the syllables of invented surnames and towns, the first names it gives
unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert, so "miles" and "banks" are always written in full, every "will"
sentence has a space after the word, and no "problem", "probably", "enjoy", "risky", "smiles",
"chamber", "market", "chill", "belly", "jacket", "arose" or "corroborated" stands in any sentence
here); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name
after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title, rank or
role, "PCSO", "Cllr", "lollipop man" and "case officer" included, is put directly before {U} or
{P}), and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder
and joins templates with a single space, so no literal brace appears in any sentence here and the
square brackets of a redacted post ("[name removed]") are the only brackets of that kind. The first
45 lines (the headers) of the sixty-seventh, sixty-eighth, sixty-ninth and seventieth families,
read with head -45 in one shell loop, and nothing else of them; none of those modules was imported.
The absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x,
in one command; no directory was listed, git was not run, no README, word list, test or source
module and not the benchmark runner was opened, and the seventy-first family, being written at the
same time, was not looked at. A throwaway checker in /tmp parsed this file alone (with ast,
importing nothing of the project; the name lists it checks against were copied by hand from the
printed corpus.py) for stray braces and placeholders, for a title before {P} or {U}, for the count
of sentences per key, for each ordinary span falling on the start of the intended word (it repeats
the generator's first-substring rule), for a second match of the word in the same sentence, for any
other word-name, plain given name, street tree, nursery word or unlisted first name anywhere in a
sentence, for a capitalised street suffix, for line lengths and for non-ASCII characters. The
generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo", "ty",
"cal", "jon", "nan", "kat" and "daz" as whole words; "nate", "beth", "chris", "tony", "rick",
"dick", "bert", "kate", "kath", "billy", "bobby", "robbie", "robin", "rosie", "gracie", "maisie",
"frankie", "jackie", "tally", "telly", "ellie", "katie", "libby", "betty", "kitty", "eliza",
"jonny" and "willie" as parts of words too) are kept out of every sentence here, from general
knowledge, so a grandmother is "gran", never "nan", nothing is "totally" or "unfortunately", a
safeguarding lead is never "designated" and no sentence names the December holiday.

Styles. The neighbours and the community, as their words reach the agencies. Person templates:
front door contact records and NSPCC helpline referrals as logged (an anonymous caller, hearsay,
"think they call him", a spelling the caller was unsure of, a name "only to nod to"); noise diary
sheets with a day and a time ("Sat 02:10 -", "Diary sheet 3 of 5"), a log column headed "Who?";
anti-social behaviour case logs, a community trigger application, a community protection warning
and an acceptable behaviour contract; a housing association's tenancy enforcement notes and a joint
tenancy; a neighbourhood policing team's beat notes and beat surgery; posts and comments from a
local community group as screenshotted, in their own spelling and case (no apostrophes, "tbh",
"hun", an "@" tag before the name, a "> " quoted post, an all-capitals post, emoji after the name,
reaction counts such as "\\U0001F44D 14", "Like \\u00b7 Reply \\u00b7 2h", an admin's removal note
and an edited post with "[name removed]"); a petition's wording; a residents' meeting's minutes (an
item number, AOB, a chair asking that no names be minuted); a shopkeeper's statement and CCTV
still; and a school crossing patrol's account as written down by a PCSO, kind as well as critical.
Ordinary templates put each word-name where such sources would: at the start ("Hope someone from
the council...", "Will someone please...", "May I ask...", "Mark my words"), in capitals ("HOPE THE
KIDS ARE OK", "AMBER -", "JOY!"), in idioms ("no joy", "foot the bill", "a stone's throw", "ring
any bells", "in good faith", "a fortnight's grace", "miles apart", "pride and joy", "touched wood",
"from dusk till dawn"), inflected or compounded ("hopefully", "Frankly", "Robbery", "Robbed",
"Scorch marks", "Billboards", "Bills", "Lambing", "Foxes", "Stones", "Woodchip", "dawned",
"Bell-ringers", "Daisy-chained", "Sky-high", "Ruby-red", "Ivy-covered", "Jack-knifed"), as form
labels and dates ("Faith:", "Summer 2025:", "9 May") and in plain log prose; each sentence holds
its word once and no other word-name.
"""

SEVENTYSECOND_PERSON_SENTENCES = [
    "Front door contact 21:47, anonymous (neighbour): {P} left alone in the flat since teatime,"
    " lights off.",
    'NSPCC helpline referral as logged: caller states {P} is "always screaming" and nobody comes.',
    "Caller did not want to be identified. Believes the name is {P} but"
    ' "could be wrong on the spelling".',
    "Noise diary, Sat 02:10 - banging and shouting from upstairs, could hear {P} crying through"
    " the ceiling.",
    "Noise diary, Sun 23:30 - music again, doors slamming, someone yelling at {P} to shut up.",
    "ASB case log: complainant at number 14 names {P} as the one kicking a ball at the door"
    " for hours.",
    "Community trigger application, section 3 (who is causing the nuisance?): {P}.",
    "Tenancy enforcement note: warning letter hand-delivered; {P} answered the door and refused"
    " to take it.",
    "Housing officer's visit - {P} not home, card pushed through the letterbox.",
    "Beat note, PCSO patrol 16:20: group of youths outside the shop, {P} among them, moved on"
    " without issue.",
    "Beat note: spoke to {P} by the garages about the fires in the bins; words of advice given.",
    "Does anyone know {P}?? Toddler wandering near the bus stop in just a nappy \U0001f62d",
    "@{P} your kids are out in the car park again, second time this week \U0001f621",
    'Comment (screenshot): "its {P} again isnt it. every single time" \U0001f644'
    " Like \u00b7 Reply \u00b7 2h",
    "Screenshot from the estate's community page: \"who is {P} and why is that child always in"
    ' the shop on their own at 10pm" - 37 comments.',
    "\U0001f44d 14  \U0001f62e 6  \u2764\ufe0f 2 - post about {P} shared 9 times before the"
    " admin took it down.",
    "Admin note: post naming {P} removed for breaching group rules, but not before it had been"
    " screenshotted.",
    'Petition text: "We the undersigned residents ask the council to act on the ongoing'
    ' behaviour at the flat rented by {P}."',
    "Residents' meeting minutes, item 4: concerns raised (again) about {P}; chair asked that no"
    " names be minuted.",
    "Minutes, AOB: a resident said {P} had been seen climbing onto the garage roofs after dark.",
    'Statement of the shopkeeper: "{P} comes in most mornings before school for sweets and a can'
    ' of energy drink."',
    "School crossing patrol's account: {P} crosses without the older ones most days and once ran"
    " out between the cars.",
    'The lollipop lady has seen {P} pulled along by the arm on the way to school "more than once".',
    'Anon caller: "the lad at number 12, think they call him {P}" - no surname given.',
    "Caller spelt the name out as {P} but was unsure; checked against the housing list.",
    'Post in capitals: "WHOEVER {P} IS, KEEP YOUR DOG AWAY FROM THE PLAY AREA"',
    "Tenancy file: joint tenancy in the names of {P} and the ex-partner; notice of seeking"
    " possession considered.",
    "Complaint form, free text: \"{P} has people coming and going at all hours, I'm not saying"
    ' what for."',
    "Neighbour (wishes to remain anonymous) reports {P} sat on the front step in the rain for"
    " over an hour, locked out.",
    'Helpline adviser\'s note: caller became upset describing {P} as "skin and bone".',
    "Front door screening: information from a member of the public about {P}; no consent,"
    " shared in the public interest.",
    "Beat surgery at the community centre, Tues: two residents raised {P} by name; the PC"
    " agreed to pass it on.",
    "Incident log: {P} reported by a passer-by as shouting for help from an upstairs window.",
    'Reply to comment: "{P}\'s mum is sound tbh, leave them alone" \u2764\ufe0f 41',
    '"Sorry but {P} needs to sort those kids out" - 52 likes, 18 replies (screenshot supplied'
    " by the caller).",
    "Quoted post:\n> {P} is not a bad parent, they\u2019re just on their own with four of them",
    'Group chat message (forwarded): "is that {P}\'s kid brother on the bike"',
    "Noise log sheet, column headed 'Who?': {P} (I think).",
    "Diary sheet 3 of 5, Wed 19:05 - {P} and a man arguing on the landing, lots of swearing.",
    'Mediation offered to both households; {P} declined, saying the complaints were "a vendetta".',
    "Acceptable behaviour contract signed by {P} in the presence of the housing officer and a"
    " PCSO.",
    "Community protection warning issued to {P} (noise, dog fouling).",
    "Shop CCTV still: the person at the till was named by staff as {P}.",
    'Helpline call, 2 of 2: caller rang back to add that {P} has a new partner who "shouts a lot".',
    "Referral source: anonymous. Person named: {P}. Concern: neglect (hearsay only).",
    "Re: {P} - neighbour called in to the housing office in person to ask what was being done.",
    "Residents' association letter: \"We are not naming anyone, but everyone knows {P} is at the"
    ' root of this."',
    'Post in the community group, edited: "[name removed] - sorry, meant to say {P}"',
    '"{P} \U0001f64f thinking of u hun x" (comment under the appeal for the missing pushchair)',
    "Reaction count at the time of the screenshot: \U0001f602 8. Top comment tagged {P} with"
    " three laughing faces.",
    'Door-knock enquiries: the occupant of number 10 knew {P} "only to nod to".',
    "The shopkeeper stopped serving {P} after an argument over the price of nappies.",
    'Crossing patrol, as written down by the PCSO: "{P} is a good kid, always says morning."',
    "{P} (the one with the pushchair, from the top floor) was named by three separate callers.",
]

SEVENTYSECOND_ORDINARY = {
    "hope": [
        "Hope someone from the council actually reads this time \U0001f64f",
        "Posting here in the hope that somebody knows who the toddler belongs to.",
        "Residents expressed hope that the new PCSO would come to the next meeting.",
        '"I hope they get the help they need," the shopkeeper said.',
        "Caller said she had lost hope of the housing association doing anything.",
        "Comment: hopefully it was just a one-off, they seem like a nice family.",
        "HOPE THE KIDS ARE OK \u2764\ufe0f (4 reactions)",
    ],
    "grace": [
        "Grace period on the arrears ends Friday, per the tenancy enforcement note.",
        "The housing association gave a fortnight's grace before serving the notice.",
        "She chaired the residents' meeting with a lot of grace, considering.",
        "By the grace of God nobody was hurt when the firework went through the letterbox.",
        "The admin asked members to show a bit of grace and stop sharing the video.",
        "Saying grace at the community lunch, the vicar asked people to keep the family in mind.",
    ],
    "mark": [
        "Mark my words, someone is going to get hurt on that landing.",
        "The caller noticed a mark on the child's face at the bus stop.",
        "Scorch marks on the bin store door were photographed by the beat team.",
        "Admin: please mark posts about children as sensitive or they get removed.",
        "The diary sheet has a mark against every night the music went past midnight.",
        "Question mark over whether the complainant's diary was written at the time.",
        "Tyre marks across the communal grass were put down to a stolen moped.",
    ],
    "rose": [
        "Complaints to the housing association rose from two to nine in a month.",
        "Tempers rose at the residents' meeting and the chair called a break.",
        "Rose bushes in the communal garden were pulled up overnight, the log says.",
        "Shouting rose and fell for about an hour, the diary entry reads.",
        "The number of comments rose to over 200 before the post was locked.",
        "A neighbour rose at six to find the pushchair left out in the rain.",
    ],
    "may": [
        "May I ask why nobody has been round yet? Been reporting this since March.",
        "Noise diary for May attached, 23 entries in all.",
        "The caller may have confused the two families on the landing.",
        "Residents' meeting, 9 May: apologies from the housing officer.",
        "From mid-May the bins at the back were set alight three times.",
        "This may sound harsh but somebody has to say it \U0001f937",
        "The petition may be presented at full council in the new year.",
    ],
    "will": [
        "Will someone please check on the baby at the end flat, it has not stopped crying.",
        '"I will not be made to feel unsafe in my own home," the complainant wrote.',
        "Housing will write to both households about the dog.",
        "The council will only act on a community trigger if the threshold is met.",
        "The caller's will to keep logging the noise had run out, she said.",
        "The beat team will do extra patrols after school on Fridays.",
    ],
    "william": [
        "Will the council be at the meeting, or is it just us again?",
        "The complainant said she will keep the diary going until something changes.",
        "A utility bill was used to confirm the caller lived on the estate.",
        "The locksmith's bill was sent to the housing association after the door was forced.",
        "Officers will knock again on Thursday evening.",
        "The repair bill for the smashed glass came to nearly three hundred pounds.",
    ],
    "bill": [
        "The bill for clearing the fly-tipping was passed to the tenant.",
        "Billboards on the parade were defaced overnight.",
        "Residents asked who would foot the bill for the new fence.",
        "Bills were piling up behind the door, visible through the glass, the neighbour claimed.",
        "The petition asks the council to bill landlords for repeat call-outs.",
        "A gas bill in the name of a previous tenant was found in the communal post tray.",
    ],
    "amber": [
        "Front door RAG rating: amber, passed to early help.",
        "The streetlight outside the block flashes amber all night, one resident complained.",
        "Amber warning for wind, so the bouncy castle at the fun day was cancelled.",
        "AMBER - information from an anonymous source, not yet checked.",
        "The case stayed at amber after the PCSO's welfare check found nothing of concern.",
        "Amber-coloured glass from a broken bottle was all over the stairwell.",
    ],
    "sky": [
        "Sky lanterns set off from the back gardens landed on the school roof.",
        "The sky was lit up by fireworks from the flats at two in the morning.",
        "Sky dish hanging off the wall by one bracket, reported to the housing association.",
        "Under a grey sky about twenty residents gathered outside the community centre.",
        "Sky-high service charges were raised at the meeting, though not on the agenda.",
        "Someone had painted the stairwell sky blue without permission.",
    ],
    "faith": [
        "Faith groups on the estate run the Friday food club.",
        "Residents said they had lost faith in the ASB team.",
        "The report was made in good faith, the caller insisted.",
        "The caller's faith community had been dropping off meals at the flat.",
        'Comment: "have a bit of faith in people, not everyone is out to cause trouble"',
        "Faith: not stated (anonymous referral form).",
    ],
    "holly": [
        "Holly bushes by the bin store had been set alight twice.",
        "The children were said to be hiding in the holly hedge by the play area.",
        "Someone pulled the holly wreath off the communal door.",
        "A sprig of holly was pinned to the noticeboard next to the meeting notice.",
        "Cuts to the legs were put down to the holly along the cut-through, the caller said.",
        "HOLLY HEDGE ON FIRE BEHIND THE SHOPS, someone ring 999",
    ],
    "ruby": [
        "Ruby anniversary party next door went on till four, the noise diary notes.",
        "A ruby ring was reported stolen from a car on the estate.",
        "Ruby-red graffiti appeared on the underpass the same night.",
        "The shopkeeper described the coat as ruby red with a fur hood.",
        "Caller was at a ruby wedding do when she saw it on the group.",
        'Comment: "that car with the ruby paint is always parked across the dropped kerb"',
    ],
    "daisy": [
        "Daisy-chained extension leads ran from the flat to the shed, the housing officer noted.",
        "The children were making daisy chains on the grass at ten at night, the caller said.",
        "Daisy-print curtains were hanging half off the window.",
        "\"Fresh as a daisy at 7am, you'd never know there'd been a party,\" one post said.",
        "Upsy Daisy was playing on a loop from the flat all night, according to the diary.",
        "A pot of daisy plants was left on the doorstep with a note saying sorry.",
    ],
    "summer": [
        "Summer holidays are always the worst for the noise, residents said.",
        "Over the summer the complaints doubled.",
        "The summer fun day on the field was cancelled after the fight.",
        "Summer 2025: three ASB reports, one community protection warning.",
        "Kids playing out in the summer is normal, one commenter pointed out.",
        "The late summer evenings brought groups onto the garage roofs.",
    ],
    "joy": [
        "Joy was short-lived: the new play equipment was vandalised within a week.",
        "The comments section was no joy either, just arguments.",
        "Tried ringing the ASB line twice, no joy.",
        '"Any joy with the council?" one member asked under the original post.',
        "The baby was the pride and joy of the whole landing, the shopkeeper said.",
        "JOY! New lights in the underpass at last \U0001f389",
    ],
    "dawn": [
        "Dawn raid on the flat above, about six police cars, one post claimed.",
        "The music went on until dawn, according to the diary.",
        "At dawn the caller saw the child on the balcony in a vest.",
        "It dawned on the beat team that the same three addresses kept coming up.",
        "From dusk till dawn the stairwell light was out, making it unsafe.",
        "Dawn chorus of car alarms again on the top deck of the car park.",
    ],
    "ivy": [
        "Ivy has grown over the fence so badly that nobody can see into the garden.",
        "The ivy on the back wall was used to climb onto the shed roof.",
        "Ivy-covered garages at the back are where the teenagers gather.",
        "Residents asked for the ivy to be cut back from the streetlights.",
        "A complaint about ivy damaging the shared wall was logged as a neighbour dispute.",
        "Poison ivy was blamed for the rash, though the caller was not sure.",
    ],
    "jack": [
        "Car jack left on the pavement outside, tripping hazard.",
        "Someone tried to jack up the car outside the shop at midnight to steal the wheels.",
        "Jack-knifed van blocked the entrance to the estate for most of the morning.",
        "A jack of all trades, the caretaker was the one who found the child.",
        "The jack plug on the speaker was pulled out by the housing officer at the visit.",
        "The lift had to be opened with a jack after the children were stuck in it.",
    ],
    "robert": [
        "Robbery at the shop on the parade was not linked to the family, police said.",
        "Someone tried to rob the gas meter in the empty flat.",
        "Older lads were said to rob bikes from the school racks.",
        '"They\'d rob you blind round here," the shopkeeper told the PCSO.',
        "Robbed twice in a month, the shopkeeper now locks the door at six.",
        "A robbery was reported at the cash machine outside the community centre.",
    ],
    "frank": [
        "Frank exchange of views at the residents' meeting, as the minutes put it.",
        "The caller was frank about falling out with the family last year.",
        "To be frank, the beat team had not been to the estate in weeks.",
        "Frankly I'm sick of it, one comment read.",
        "A frank conversation was had with both households about the dog.",
        'The shopkeeper was very frank: "I don\'t want any trouble in here."',
    ],
    "miles": [
        "The family's relatives live miles away and rarely visit, the caller believed.",
        "Miles from the nearest shop, the flats have no bus after seven.",
        "The petition was signed by people who live miles away, one councillor noted.",
        "The complainant drives thirty miles a day and cannot sleep for the noise.",
        "Scooter riders were clocked doing thirty miles an hour on the footpath.",
        "The two accounts of the argument were miles apart.",
    ],
    "dean": [
        "The dean of the sixth form college rang the front door about a student.",
        "A rural dean chairs the churches' food club on the estate.",
        "The area dean offered the church hall for the residents' meeting.",
        "A letter from the dean at the college was read out at the meeting.",
        "Police spoke to the dean of the college about the students' party.",
        "The cathedral dean signed the petition, which caused some surprise in the comments.",
    ],
    "marsh": [
        "The boys were seen heading down to the marsh with a lighter.",
        "Marsh ground behind the estate floods every winter.",
        "Fly-tipping on the marsh was reported to the council five times.",
        "A fire on the marsh was reported by three callers within ten minutes.",
        "The path across the marsh has no lighting, and residents want a gate.",
        "Children playing near the tidal marsh were brought home by a dog walker.",
    ],
    "hill": [
        "The cars race down the hill past the school at all hours.",
        "Hilltop flats have had the worst of the noise, the minutes say.",
        "The crossing patrol stands at the bottom of the hill by the chemist.",
        "Kids on scooters coming down the hill with no helmets, someone posted.",
        "Up the hill is the park where the fires were started.",
        "A pushchair rolled halfway down the hill before a passer-by caught it.",
    ],
    "wood": [
        "Wood was piled against the back fence, which the fire service called a risk.",
        "A piece of wood had been nailed over the broken glass in the door.",
        "Teenagers were reported drinking in the wood behind the school.",
        "The caller touched wood and said nothing else had happened since.",
        "Woodchip in the play area had been set on fire.",
        "Pallet wood for a bonfire was being collected in the communal garden.",
    ],
    "stone": [
        "A stone was thrown at the window of the ground floor flat.",
        "Stone stairs up to the block were slippery and unlit.",
        "The flats are a stone's throw from the school gate.",
        "Stones were thrown at the bus as it went through the estate.",
        "The caller said she had lost a stone with the worry.",
        "Stone-faced, the teenager walked past the PCSO without a word.",
    ],
    "bell": [
        "Door bell rung over and over at 3am, nobody there when answered.",
        "The school bell could be heard from the caller's kitchen, which is how she knew the time.",
        "Bell-ringers at the church complained about the bike riders in the churchyard.",
        "A bell was fixed to the shop door after the theft.",
        '"Ring any bells?" the admin asked, posting a photo of the abandoned pushchair.',
        "Nobody answered the bell, so the housing officer left a card.",
    ],
    "brown": [
        "Brown envelope with no stamp pushed under the caller's door, containing a complaint.",
        "Water coming through the ceiling was brown, the tenant below reported.",
        "The dog was described as big and brown, with no collar.",
        "Brown sauce smeared on the lift buttons, according to the caretaker.",
        "A man in a brown coat was seen trying car doors along the row.",
        "The grass on the play area had gone brown from the barbecues.",
    ],
    "green": [
        "Green bins have not been emptied for three weeks.",
        "The fight happened on the village green after the fair.",
        "Green light given to the community trigger review at the panel.",
        "A green car was seen parked outside at odd hours, the caller noted.",
        "The PCSO was quite green, one resident said, and did not know the estate.",
        "Green space behind the flats is where the dogs are let off.",
    ],
    "lamb": [
        "Lamb kebabs from the takeaway were thrown over the fence, the diary says.",
        "The toddler was as quiet as a lamb when the neighbour took him in.",
        "Lambing time on the farm next to the estate brings lots of visitors.",
        "A toy lamb was left on the doorstep of the flat with a note.",
        '"Gentle as a lamb, that dog," its owner insisted in the comments.',
        "The shop had lamb on offer, which is why the queue was out the door.",
    ],
    "fox": [
        "Fox got into the bins again, rubbish all over the landing.",
        "The screaming the caller heard at 2am might have been a fox, the PCSO suggested.",
        "A fox has been living under the shed in the communal garden.",
        "Foxes were blamed for the torn bin bags, not the family.",
        "The children were feeding a fox on the balcony, one post claimed.",
        "Dead fox on the footpath, reported to the council twice.",
    ],
    "banks": [
        "Food banks on the estate are run by volunteers from three churches.",
        "The river banks are where the older boys go to drink.",
        "Banks closed in the town centre, so the nearest cash machine is at the shop.",
        "Clothing banks in the car park were broken into overnight.",
        "The canal banks were cleared of needles by the council after the meeting.",
        "Debts to two banks were mentioned by the caller, who said the family were struggling.",
    ],
}

SEVENTYSECOND_UNLISTED = [
    "Noise diary kept by {U} at the flat below, covering six weeks.",
    "Caller, who later gave her name as {U}, lives two doors down and has known the family"
    " for years.",
    "Post shared by {U} in the {T} Community Noticeboard group, with 64 comments.",
    "Mrs {U}, chair of the residents' association, read out the petition.",
    'Screenshot supplied shows a comment by {U}: "seen them up at {T} shops late last night".',
    "The shop on the parade is run by {U}, who gave a statement to the PCSO.",
    "{U}, the ASB case officer, visited with the housing officer.",
    "The family had moved from {T} in the spring, according to the neighbours.",
    "A retired GP on the same street, Dr {U}, phoned in after seeing the post.",
    '"{U} said the same thing happened when they lived in {T}" - comment, 12 likes.',
    "Petition started by {U}; 212 signatures, most from {T} and the villages around it.",
    "{U}, who does the crossing outside the school, noticed the bruise first.",
    "Beat team: the PCSO for the {T} North ward came to the meeting.",
    'Helpline caller said a man called {U} had been staying at the address "on and off".',
    "Community trigger lodged by {U} after three complaints in six months went unanswered.",
    "Residents' meeting held at St {U}'s church hall, {T}.",
]
