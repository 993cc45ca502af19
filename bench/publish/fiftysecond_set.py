"""Fifty-second sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, then read with sed -n in four ranges, lines 1-400, 400-800, 800-1150 and 1150-1423, rather
than with cat; not imported), for the format: the {P}, {U} and {T} placeholders, the name forms
the generator fills in (full name, given name, an initial with and without a stop, a possessive,
upper and lower case, a line break between the parts of the name or a hyphenated break inside the
given name, surname first, a title and surname for adults, where the generator itself adds "Ms" or
"Mr", and a nickname), the capital it gives a lower-case name that opens a template (only when
nothing stands before the placeholder and the text before it ends in a full stop, so a name after a
speaker label, "dear", a bracket or a time keeps the case it was given), the word-names and the
other name lists (plain given names, street trees, the syllables of invented surnames and towns,
the first names it gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will" among
them) and the number of its sentences per key, which `_ordinary_for` draws from the later sets,
and the way it marks an ordinary span (the first case-insensitive substring match of the word,
"will " with its trailing space, so "will," or "will." would get no span, "bill" for William when
there is no "will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname, both,
or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact string
"Dr {U}", so no other title is put before {U} or {P}), that `_Builder.sentence` takes every "{" in
a template as the opening of a placeholder and fills every placeholder it meets (so a person
template may hold {P} more than once, each a listed span, and no literal brace appears anywhere in
this family), and that templates are joined by a single space, so a transcript line break is
written into a template as "\n". The first 45 lines (the headers) of the forty-seventh,
forty-eighth, forty-ninth and fiftieth families, read with head -45, and nothing else of them; none
of those modules was imported. The [tool.ruff] table of pyproject.toml, printed with sed up to the
heading of the next table ([tool.ruff.lint]), for the line length (100). The absence of this file
and the presence of .venv/bin/ruff were tested with test -e and test -x; no directory was listed,
and the fifty-first family, being written at the same time, was not looked at.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "beth",
"chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "billy", "rosie",
"gracie", "robbie", "jackie", "frankie", "nan", "telly" and the like) are kept out of every sentence
here as whole words from general knowledge, so callers say "OK", children live with a grandma and
watch the TV, and the speech-to-text output never types "kitchen" or "Christmas". Words that merely
contain a word-name, a plain given name or a street tree ("maybe", "dismay", "mayor", "probably",
"problem", "probation", "wardrobe", "hopefully", "smiles", "enjoy", "risky", "whisky", "chill",
"uphill", "jacket", "hijack", "remark", "market", "belly", "labelled", "arose", "prose", "chamber",
"disgrace", "faithfully", "wholly", "privy", "ocean", "marshal", "milestone", "goodwill",
"willing", "billing", "academic", "pandemic", "parliament") are kept out of every sentence but the
ones written for that word, which matters more than usual in spoken text, where "maybe",
"probably" and "hopefully" are everywhere: speakers here say "perhaps" and "I think" instead. In
the ordinary sentences an inflection that holds the word ("robbed", "robbery", "bills", "stones",
"Lambing") or a word with a clitic ("Lamb's", "Summer's", "dean's") is let stand where it is the
first match, and the
spoken "question mark" of a dictation is one of the uses written for "mark". The person and
unlisted templates carry no "will", "may", "bill" or "mark" at all (dictated punctuation here is
"full stop", "comma", "colon", "open bracket" and "close bracket", never a question mark), so
speakers are "going to" do things and an operator says someone "is coming". A throwaway check,
piped to python from the command line and saved to no file, took the name lists and FRESH_ORDINARY
from corpus.py and this family's three exports by parsing their text with the ast module (neither
was imported), applied the marking rule as read in corpus.py to this family's ordinary sentences,
looked for stray word-names, plain given names, street trees, unlisted first names and invented
surnames and towns (as whole words and, for word-names, names and trees, as substrings, in all
three exports) and nicknames (as whole words), checked that each person template has at least one
{P} and no other placeholder, that each unlisted template has only {U} and {T}, that no other
brace appears, that every non-ASCII character is written as an escape, and ran the parse check in
the brief; ruff check and ruff format were run on this file only. Nothing under src/ or tests/, no
README, no word list, no run_bench.py, no other part of any sentence family, the fifty-first family
not at all, and no git history was read; git was not run and the benchmark was not run. No real
person, child, family, case, force, school or place is named: every person is a placeholder or a
role ("INT", "W1", "OPERATOR", "CALLER", "INTERPRETER", "Chair", "HV", "SW", "Police (DS)").

Styles. Spoken words written down. Achieving best evidence interview transcripts, with the
interviewer as "INT:" and the child as "W1:", timestamps such as [00:14:32], stage notes in round
brackets ("(crying)", "(inaudible)", "(shrugs)", "(W1 points to the drawing)"), a transcriber's
guess in square brackets ("[possibly ...]"), pauses as "...", false starts and repeated words, a
DVD heading, and the child's own grammar ("that done it", "come round", a possessive said without
its "'s"). 999 and 101 call transcripts with "OPERATOR:" and "CALLER:", screamed names called out
twice ("{P}! {P}, ..."), run-on caller speech in lower case with no punctuation, and call-handler
notes and call logs with times beside the name. Speech-to-text dictation of letters and case notes
in lower case with the dictated marks typed out as words ("full stop", "comma", "colon", "new
paragraph", "new line", "open bracket", "close bracket", "apostrophe s", "quote" and "unquote"),
misheard words ("a loan" for alone, "sexton" for section, "reef erred", "cams" for CAMHS), a
salutation ("dear {P} comma") and a dictated sign-off with the name on its own line. Voicemail
and voice-note transcriptions with a time and duration, auto-transcription gaps ("...{P}...")
and a name doubled without punctuation. Interpreter-mediated meetings ("INTERPRETER: The mother
says ...", "Mother (via interpreter):", a bracketed clarification). Strategy meeting minutes taken
live, with a heading in capitals carrying the name, who said what ("Police (DS):", "HV:",
"Education:", "Chair:"), an interruption, an action line and a dropped connection. Names stand
after speaker labels, in lists, beside times and counts, in square and round brackets, glued to
"??" and an em dash, inside quoted speech, before and after a line break, as a speaker label of
their own at the start of a line, at the head of a heading, repeated in stammers, and in lower-case
run-on text where only the generator's own form decides the case. Ordinary uses put each word-name
into the same spoken genres: a child's answer, a caller's shout, a dictated note, an interpreter's
rendering, a voicemail, a minute.
"""

FIFTYSECOND_PERSON_SENTENCES = [
    # Achieving best evidence interviews.
    "ABE INTERVIEW \u2014 {P} \u2014 DVD 1 of 2\n"
    "[00:00:07] INT: It's 10:14 and we're in the blue room.",
    "[00:14:32] INT: And who was in the flat that night? W1: Me and... and {P}. Just us.",
    "W1: {P} said don't tell or... or I'd get took away. (crying)",
    "INT: You said {P}. Tell me everything about {P}. W1: (shrugs) Dunno.",
    "[00:21:07] W1: it was {P} it was {P} that done it I already said",
    "INT: Where were you when {P} came in? W1: In my room. Under the... under the duvet.",
    "W1: Then {P} boyfriend come round and... (long pause) Can we stop now?",
    "[00:32:50] (W1 points to the drawing) W1: That's {P}. That one with the big hands.",
    "INT: Is it all right if I call her {P}? W1: Yeah. Everyone does.",
    "W1: {P}\u2014{P} was shouting, like really loud, and I put my hands on my ears.",
    "Part 2, [00:00:04] INT: We're back on. It's 11:52. In the room: me and {P}.",
    "W1: (whispering) [possibly {P}] said it's a secret, a proper one.",
    "INT: And who's\n{P}? W1: My mum's... she's my mum's friend.",
    "W1: Mum, {P}, the baby... and the dog. That's everyone.",
    "[01:02:15] INT: Who's this one in the drawing? W1: {P}\nINT: And this one? W1: (inaudible)",
    # 999 and 101 calls.
    "OPERATOR: Police, what's the address of your emergency? "
    "CALLER: (screaming) {P}! {P}, get off her!",
    "CALLER: it's my little brother {P} he's not breathing right he's gone all blue",
    "OPERATOR: Can you spell the surname? CALLER: {P}. (line noise) Like it sounds.",
    "Call handler note (999, 23:41): caller states {P} locked in bathroom with kids, "
    "shouting heard.",
    "101 call, 16:18 \u2014 caller requests a welfare check on {P}, curtains shut three days.",
    "OPERATOR: How old is {P}? CALLER: Six... no, seven, he's seven in... he's seven.",
    "CALLER: no no I'm the neighbour it's {P} at number 4 the one with the pram",
    "OPERATOR: Is {P} with you now? CALLER: (inaudible) ...in the car, she's in the car.",
    "Call log: 21:04 {P} / 21:19 {P} again / 21:33 no answer",
    # Speech-to-text dictation of letters and case notes.
    "dictated letter begins dear {P} comma new paragraph "
    "i am writing to confirm the core group on tuesday full stop",
    "case note colon home visit full stop {P} answered the door in a dressing gown "
    "comma baby asleep full stop",
    "{P} was seen a loan in the bedroom full stop no concerns noted at this visit full stop",
    "under sexton 47 the enquiry was explained to {P} and the partner full stop",
    "open bracket {P} close bracket did not attend the review full stop",
    "spoke to mum {P} on the phone comma she is adamant the bruise happened at nursery full stop",
    "{P} apostrophe s school report shows sixty four percent attendance full stop",
    "the child said quote {P} hurt my arm unquote full stop new paragraph",
    "action colon {P} to be referred to cams new line action colon GP to review medication",
    "dictation ends kind regards new line {P} new line family support worker",
    "{P} has been reef erred to the early help hub comma awaiting allocation full stop",
    "patient name {P} comma date of birth to follow comma seen in a and e at 02:10 full stop",
    # Voicemail and voice notes.
    "Voicemail, 08:02, 0:19 \u2014 hi it's {P} um I can't do today the baby's poorly "
    "can you ring me back ta bye",
    "Voicemail (auto-transcribed, low confidence): ...{P}... appointment... (inaudible) "
    "...ring the office.",
    "Voice note from the mother's phone, sent 02:14: {P} {P} come back in the house now "
    "I'm not joking",
    "Voicemail 17:45 \u2014 this is a message for {P}, it's the school office, "
    "he's not come in today.",
    "[voice note 00:41] he's here now {P} is here he's kicking the door in",
    "voice note ends ... {P}?? you there? (recording stops)",
    # Interpreter-mediated meetings.
    "INTERPRETER: The mother says {P} is with her sister in the other town.",
    "Mother (via interpreter): {P} does not go out alone. Never. "
    "(Interpreter clarifies: at night.)",
    "SW: Can you ask whether {P} has a GP? INTERPRETER: (speaks in Tigrinya) "
    "She says yes, a woman doctor.",
    "INTERPRETER: He is asking, is {P} in trouble? Is {P} going to be taken?",
    # Strategy meeting minutes taken live.
    "STRATEGY MEETING \u2014 LIVE MINUTES \u2014 {P}\n"
    "Attendees: chair, police, health, education (joined late).",
    "Police (DS): {P} is known to us, three DA call-outs since March.",
    "Chair: Can we agree {P} is seen today? All: Agreed.",
    "HV: Last saw {P} on the 9th \u2014 weight static, mum very flat.",
    "Education: {P} absent Mon/Tue/Wed, no call. "
    "(Minute-taker: connection dropped, missed some of this.)",
    "Action 4 \u2014 SW to visit {P} by 17:00 today, police to accompany.",
    "SW: I've spoken to {P}, {P} says the partner's moved out, but\u2014 "
    "(Chair interrupts) sorry, go on.",
    "TRANSCRIPT OF A CALL RECORDED BY THE MOTHER (produced by police)\n"
    "{P}: where are the kids\nMOTHER: asleep",
]

FIFTYSECOND_ORDINARY = {
    "hope": [
        "INT: What do you hope happens now? W1: That I can go back to my old school.",
        "dictation colon the family hope to move before the baby is due full stop",
        "Voicemail, 10:12 \u2014 hi, just ringing about the letter, I hope that's all right.",
        "Chair: We can't rest the plan on hope alone. Health: Agreed.",
        "INTERPRETER: She says she has no hope left, she is tired of the meetings.",
        "CALLER: I hope you're sending someone, there's glass everywhere",
        "new paragraph there is some hope that the tenancy can be saved full stop",
    ],
    "grace": [
        "dictation colon the landlord has agreed a grace period of two weeks full stop",
        "INTERPRETER: He says they say grace before eating, it is the family's custom.",
        "W1: We had to say grace before tea or we got sent upstairs.",
        "Voice note (foster carer): she took it with good grace to be fair, no tantrum.",
        "Chair: A week's grace on the rent, is that right? Housing: Yes, till Friday.",
        "CALLER: it was only by the grace of God the little one wasn't in the room",
        "speech to text colon saying grace is part of the daily routine in placement full stop",
    ],
    "mark": [
        "INT: Is that a mark on your arm? W1: It's from PE. I fell.",
        "dictation colon small red mark on the left cheek comma about one centimetre full stop",
        "did he say anything else question mark new line no response recorded",
        "Chair: Can the minute-taker mark this action as urgent, please?",
        "HV: There was a mark behind the ear I hadn't seen before.",
        "CALLER: there's a big mark on her neck like a hand",
        "INTERPRETER: She is asking what the mark on the form means, the cross.",
    ],
    "rose": [
        "dictation colon the baby's temperature rose overnight to 38 point 9 full stop",
        "W1: There's a rose on the wallpaper, I counted them when I couldn't sleep.",
        "Police (DS): Call-outs rose after he was released, four in a fortnight.",
        "INTERPRETER: She says her fear rose when the letters started coming.",
        "CALLER: he rose up off the sofa and just went for him",
        "voice note colon the rose bush out the front has been ripped out again",
        "Chair: Rent arrears rose by how much? Housing: About six hundred.",
    ],
    "may": [
        "dictation colon the child may need a paediatric assessment comma please advise full stop",
        "INT: You may stop whenever you like. Just tell me.",
        "W1: It was in May, near my birthday.",
        "Voicemail \u2014 hi, it's the surgery, you may have had a text about the clinic, "
        "please ignore it.",
        "INTERPRETER: She asks if she may bring her sister to the next meeting.",
        "Chair: This may need to go to ICPC. Legal: Agreed, within fifteen days.",
        "101 call: caller says the noise started in early May and has got worse.",
    ],
    "will": [
        "INT: I will write down what you say, is that all right? W1: Yeah.",
        "dictation colon i will visit again on thursday full stop new paragraph",
        "OPERATOR: Stay on the line, someone will be with you in a few minutes.",
        "INTERPRETER: The father says he will not sign anything without a solicitor.",
        "Chair: Who will take that action? SW: I'll do it.",
        "voice note colon grandma's will is still with the solicitor so the house can't be sold",
        "W1: Mum says she will come and get me on Saturday.",
    ],
    "william": [
        "INT: I will ask you some questions now, and you can say if you don't know.",
        "dictation colon the gas bill is in arrears comma roughly four hundred pounds full stop",
        "CALLER: we will need an ambulance as well, she's cut her hand",
        "Voicemail \u2014 it's housing, the water bill has gone to the wrong address again.",
        "INTERPRETER: She says the phone bill came in her name, but the phone is his.",
        "Chair: Health will follow up with the GP. Action agreed.",
        "W1: Mum cries when a bill comes.",
    ],
    "bill": [
        "dictation colon the electric bill is overdue comma prepayment meter threatened full stop",
        "W1: There's a bill on the fridge with red writing on it.",
        "INTERPRETER: The mother says the council bill is too high, she cannot pay it.",
        "Voicemail \u2014 hi, it's about the bill for the door, the landlord needs it by Friday.",
        "Housing: The bill for the boarded window went to the tenant, not to him.",
        "CALLER: he's gone mad over a bill, he's smashing the place up",
        "speech to text colon bills are piling up on the mat unopened full stop",
    ],
    "amber": [
        "Chair: Where are we on the risk tool? Police (DS): Amber, moving towards red.",
        "dictation colon risk rating amber comma to be reviewed in four weeks full stop",
        "W1: The light on the monitor was amber then it went red.",
        "HV: I've put an amber flag on the baby's record.",
        "voice note colon he ran across on amber and a car nearly hit him",
        "INTERPRETER: She is asking what amber means on the letter.",
    ],
    "sky": [
        "W1: I drew the sky black cos it was night.",
        "CALLER: there's smoke going up into the sky from the back of the flats",
        "dictation colon a sky dish hanging off the wall comma cables loose full stop",
        "INTERPRETER: He says in the camp they slept under the sky for many nights.",
        "voice note colon the sky box has been cut off so the kids are on their phones all night",
        "Police (DS): The sky was clear, so the helicopter had a good view of the park.",
        "INT: What was the sky like? W1: Grey. Raining.",
    ],
    "faith": [
        "INTERPRETER: She says her faith is very important, she prays five times a day.",
        "dictation colon the family's faith community have offered meals full stop",
        "W1: I haven't got faith in them no more.",
        "Chair: We took the partner's account in good faith, and we shouldn't have.",
        "Voicemail \u2014 hi, it's the faith school, just about the place for September.",
        "HV: Mum's lost faith in the GP after the last appointment.",
        "speech to text colon faith colon none stated full stop",
    ],
    "holly": [
        "W1: We hid behind the holly bush and it was all prickly.",
        "dictation colon holly and tinsel in the hallway comma home warm full stop",
        "CALLER: she's gone over the fence by the holly, the big one",
        "INTERPRETER: She says the berries were from the holly, not from the fridge.",
        "voice note colon can you cut the holly back it's scratching the pram",
        "HV: Scratches on both legs, mum says from the holly in the garden.",
    ],
    "ruby": [
        "W1: Her lips were all ruby red from the lipstick.",
        "dictation colon mother reports a ruby ring missing comma police informed full stop",
        "CALLER: her face has gone ruby, like, she's boiling",
        "INTERPRETER: The ruby necklace was her mother's, she says, and it was stolen.",
        "Voicemail \u2014 hi, it's the pawn shop, the ruby earrings are ready to collect.",
        "Police (DS): The grandparents' ruby anniversary party ended in a fight outside.",
    ],
    "daisy": [
        "W1: I made a daisy chain for my sister.",
        "dictation colon child wearing a daisy print dress comma heavily stained full stop",
        "Nursery: He's in the daisy room, the baby room, on Mondays.",
        "INT: What's on your top? W1: A daisy. It's yellow.",
        "voice note colon she picked a daisy for you she says",
        "CALLER: she's lying on the grass with a daisy in her hand, she's not waking up properly",
    ],
    "summer": [
        "W1: In the summer we went to the caravan and it was all right.",
        "dictation colon over the summer holidays attendance at the club was poor full stop",
        "Chair: Summer's a pinch point for this family, can we plan for it?",
        "INTERPRETER: She says they came to this country in the summer, two years ago.",
        "Voicemail \u2014 hi, it's the summer scheme, there are spaces next week.",
        "HV: Summer-born, so she's one of the youngest in reception.",
        "101 call: caller reports kids out on the street till 11 most nights since the summer.",
    ],
    "joy": [
        "INTERPRETER: She says the baby is her joy, her whole life.",
        "CALLER: I've been knocking for ages, no joy",
        "dictation colon little joy observed in the child's play full stop",
        "Voicemail \u2014 hi, it's the housing office, no joy on the transfer yet, sorry.",
        "SW: I tried the dad three times. No joy.",
        "HV: She spoke with real joy about the new flat.",
    ],
    "dawn": [
        "Police (DS): We went in at dawn, all the kids were asleep.",
        "dictation colon officers attended shortly after dawn full stop",
        "W1: I was awake till dawn, I heard the birds.",
        "CALLER: they've been at it from dusk till dawn, screaming",
        "INTERPRETER: She says she gets up before dawn to go to work at the factory.",
        "voice note colon it's nearly dawn and he's still not come home",
        "Chair: Did it dawn on anyone that the baby hadn't been seen? (silence)",
    ],
    "ivy": [
        "W1: We climbed up the ivy on the back wall.",
        "dictation colon ivy has grown over the bedroom window comma room very dark full stop",
        "CALLER: he's hiding in the ivy by the garages",
        "HV: Toddler was eating the ivy berries in the yard.",
        "INTERPRETER: She says the landlord does not cut the ivy and the damp comes in.",
        "voice note colon the ivy's pulled the gutter off now water's coming down the wall",
    ],
    "jack": [
        "CALLER: he's got a car jack, he's hitting the door with it",
        "dictation colon a car jack was found under the cot full stop",
        "Police (DS): Intel says the older lads jack cars for a dealer in the town.",
        "W1: Dad keeps the jack in the boot.",
        "voice note colon the car's up on the jack in the front garden and the kids climb on it",
        "INTERPRETER: He says he is a jack of all trades, he works where he can.",
    ],
    "robert": [
        "W1: They said we had to rob the shop or else.",
        "Police (DS): The older brother is on bail for robbery.",
        "CALLER: they've just tried to rob a lad at the cash machine",
        "dictation colon the young person was robbed of his phone on the way home full stop",
        "INTERPRETER: He says big boys rob the children of their money at the school gate.",
        "voice note colon someone's robbed the gas meter again",
    ],
    "frank": [
        "Chair: Let's be frank, nobody followed the plan.",
        "dictation colon a frank conversation was held with the father about drinking full stop",
        "INTERPRETER: He says he is being frank, he used drugs in the past.",
        "HV: Mum was very frank about her mood.",
        "Voicemail \u2014 hi, just to be frank I'm not coming to the meeting, ring me.",
        "Police (DS): To be frank, the call wasn't graded right.",
    ],
    "miles": [
        "W1: We walked for miles, my feet hurt.",
        "CALLER: I'm miles away, I'm at work, can someone go round",
        "dictation colon the placement is forty miles from the school comma transport requested",
        "INTERPRETER: She says the hospital is too many miles, there is no bus.",
        "Chair: The two accounts are miles apart.",
        "voice note colon the refuge is miles out, I can't get the kids to school",
    ],
    "dean": [
        "dictation colon the dean of students at the college has been informed full stop",
        "Voicemail \u2014 hi, it's the assistant dean's office at the university, about a student.",
        "Education: The sixth form dean said she's stopped coming in.",
        "INTERPRETER: She says the church dean gave them food parcels.",
        "Police (DS): The college dean rang 101 on Friday.",
        "W1: The dean at college said I could come back after Easter.",
    ],
    "marsh": [
        "W1: We go down the marsh to get away from everyone.",
        "CALLER: they're on the marsh by the sea wall, three of them, they're drinking",
        "dictation colon the caravan is on marsh land at the edge of the site full stop",
        "Police (DS): The marsh path is unlit, we lost sight of him there.",
        "voice note colon the dog's run off onto the marsh",
        "INTERPRETER: She says the road by the marsh floods and the bus does not come.",
    ],
    "hill": [
        "W1: Our house is at the top of the hill.",
        "CALLER: the pram's rolling down the hill, oh my God",
        "dictation colon the hostel is over the hill from the school comma forty minutes on foot",
        "INTERPRETER: She says she cannot push the pram up the hill with the shopping.",
        "voice note colon I'm at the bottom of the hill, where are you",
        "Police (DS): Unit found him sleeping on the hill behind the retail park.",
    ],
    "wood": [
        "W1: There's a wood behind school, we go there.",
        "dictation colon wood boarded over the back window comma no glass full stop",
        "CALLER: he's got a bit of wood with nails in it",
        "Police (DS): Found in the wood by the canal with two older males.",
        "INTERPRETER: He says they burn wood for heat because the meter is empty.",
        "voice note colon there's wood all over the stairs where he kicked the door",
    ],
    "stone": [
        "W1: Someone threw a stone at our window.",
        "dictation colon young person has lost almost a stone in six weeks full stop",
        "CALLER: they're throwing stones at the windows, the kids are inside",
        "HV: Stone floors, no carpets, very cold.",
        "INTERPRETER: She says the bath water was stone cold.",
        "voice note colon the house is a stone's throw from his mum's so he's always round",
    ],
    "bell": [
        "W1: When the bell went I hid in the toilets.",
        "dictation colon the door bell was not working comma worker knocked full stop",
        "CALLER: I've rung the bell loads, nobody's answering",
        "voice note colon ring the bell twice so I know it's you",
        "INTERPRETER: She says the bell in the hostel rings all night.",
        "Education: He's off before the bell most days.",
    ],
    "brown": [
        "W1: He had a brown coat with a hood.",
        "dictation colon brown staining on the mattress comma strong smell full stop",
        "CALLER: the water's coming out brown from the tap",
        "Police (DS): A brown envelope with cash in it was found in the bedroom.",
        "HV: Bruise now brown and yellow, fading.",
        "INTERPRETER: She says the envelope was brown, from the court, and she did not open it.",
    ],
    "green": [
        "W1: The bin's green, we put the bottles in it.",
        "dictation colon green mould on the bedroom ceiling comma reported to housing full stop",
        "CALLER: he's in a green car, a Corsa, heading towards the park",
        "Chair: Can we give the green light to the parenting assessment? Legal: Yes.",
        "HV: Baby's nappy was green, mum said she'd changed formula.",
        "voice note colon I'm by the green at the top of the estate",
    ],
    "lamb": [
        "W1: We had lamb at grandma's on Sunday.",
        "dictation colon foster carer reports the child only eats lamb and rice full stop",
        "INTERPRETER: He says in their country they keep a lamb for the festival.",
        "voice note colon he's like a lamb at school then he comes home and kicks off",
        "Police (DS): Lambing season, the father's away on the farm most nights.",
        "HV: Lamb's wool blanket in the cot, advice given.",
    ],
    "fox": [
        "W1: A fox comes in the garden at night and screams.",
        "dictation colon a fox had ripped the bin bags open in the front garden full stop",
        "CALLER: I thought it was a fox crying but it's a baby",
        "voice note colon the kids are scared of the fox",
        "HV: Fox mess in the back yard where the toddler plays.",
        "INTERPRETER: She says a fox got into the hallway through the broken door.",
    ],
    "banks": [
        "W1: We sit on the banks by the river after school.",
        "dictation colon family are reliant on food banks comma referral made full stop",
        "CALLER: the river's over its banks, the flat's flooding",
        "Police (DS): The banks have flagged the account for suspicious payments.",
        "INTERPRETER: She says the banks do not give her an account because she has no papers.",
        "voice note colon the lads hang about on the canal banks every night",
    ],
}

FIFTYSECOND_UNLISTED = [
    "W1: And then {U} come, he's mum's friend. He's got a van.",
    "CALLER: it's {U} from upstairs, he's kicking the door in",
    "dictation colon i spoke to {U} comma a family friend comma by phone full stop",
    "INTERPRETER: She says {U} brought them from {T} in a car at night.",
    "Voicemail, 09:31 \u2014 hi, this is Dr {U} at the surgery, about the baby's bloods.",
    "Police (DS): {U} is linked to an address in {T}, we're doing checks.",
    "W1: I stayed at {U} house... in {T}. I don't know the street.",
    "Mrs {U} (neighbour, 101 call): kids screaming again, third night running.",
    "voice note colon mum's at {U} again she said back by ten",
    "INT: Who is {U}? W1: Just... someone. He gives us sweets.",
    "Chair: Is {U} on the tenancy? Housing: No, not that we know of.",
    "dictation colon the family moved from {T} to the current address in the spring full stop",
    "OPERATOR: What's the address? CALLER: the flats on the main road in {T}, number 6",
    "INTERPRETER: He is asking for {U}, his cousin, to be at the next meeting.",
    "W1: We go to St {U}'s for the breakfast club.",
    "TRANSCRIPT (continued)\n{U}: where's the baby\nMOTHER: asleep, leave her",
]
