"""Thirty-fourth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the
{P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given name,
an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a
template, the word-names and ORDINARY keys, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its space, "bill" for William when
there is no "will ", and "rob" for Robert); the titles it expects before {U} ("Mrs", "St",
"Dr"), and how the thirty-second family's three exports are imported and wired into
SENTENCE_SETS. The first 45 lines (the headers) of the twenty-ninth, thirtieth, thirty-first
and thirty-second families, whose modules were imported only to count the sizes and types of
their exports (and that their ORDINARY dicts have the generator's keys and 198 sentences
each); a grep for the lines assigning the export names in the thirty-second file showed those
three lines and their numbers and nothing else; pyproject.toml only around its ruff settings
(the grep's context also showed the neighbouring dev dependency, scripts, setuptools,
per-file ignores, mypy and pytest lines); the file names in bench/publish; and `git status
--short`, run twice, which listed nothing and then only this file.
corpus.py was read, not imported, and the generator's nickname function was neither read nor
called: nicknames of its given names were kept out of the ordinary sentences from general
knowledge ("kit", "bet", "bob", "rich" and the like are not used). A throwaway check, run in a
Python shell and not saved, applied the marking rule as read in corpus.py to this file's own
sentences and looked for stray word-names in them. Nothing under src/ or tests/, no README,
no other part of any sentence family, the thirty-third family not at all, no word list and no
git history was read, and the benchmark was not run. No real person, case, family, child,
school, prison or place is represented: every name of the case is filled in by the
generator's placeholders, and the estates, schools, wings, youth clubs, churches and services
described are generic or invented; the apps, consoles, idioms and public bodies mentioned are
public ones, there only for the words they contain.

Styles. Everyday English as families and young people write and speak it, and as
practitioners record it word for word, where the earlier headers were written in the formal
English of records, reports and published reviews. Regional and community speech: Scots
("wee", "didnae", "greetin'", "hen", "wean", "the day", "the morra"), Geordie ("howay",
"wor", "gannin'", "pet", "bairn", "canny"), Scouse ("our", "la", "me nan", "boss", "sound",
"made up", "arl fella"), Mancunian "our kid", West Country ("my lover", "where's he to",
"gert"), Black British and Multicultural London English ("bruv", "man like", "my g", "ends",
"allow it", "wagwan", "bare", "peak", "mandem"), and Irish English ("yer man", "is after
telling", "does be", "amn't", "so she is", "grand", "the craic"), each written as its speakers
would write it and none of it as a joke. Text messages, WhatsApp system lines, Snapchat and
Instagram comments, a memorial post, @-mentions and emoji; voice notes transcribed with their
length; gaming chat, Discord messages and in-game trade offers; a primary-school essay and a
worry box; letters home from prison and visiting-order requests; character letters to a judge
("Your Honour"); first-person witness statements to police; a child's ABE interview as Q and A
lines and a pointed-at drawing; a parent's formal complaint letter; a bereaved family's words
at a learning event; a foster carer's diary with days and times. Names sit in every position:
vocative ("Wagwan {P}", "{P} babe"), after kinship words and endearments ("our {P}", "wor
{P}", "Auntie {P}", "me nan and {P}", "yer man {P}"), in "me n {P}" and "{P} n me", after "off"
and "wiv", before "innit", in quoted speech inside a practitioner's sentence, in a
parenthesis, with "xx", "??" and "!!!" run up against it, and in lower case as texts are typed.
Ordinary uses put each word-name in the same voices and in more than one sense: "Hope you're
OK hun", "gis a bell", "jack it in", "got robbed", "touch wood", "stone cold", "a stone's
throw", "no joy with the housing", "pride and joy", "court's in May", "you may think", "fresh
as a daisy", "green with envy", "food banks", "sky high", "miles better", "to be frank",
"dawned on me", "a marked man", and a prison letter's "a stone heavier".
"""

THIRTYFOURTH_PERSON_SENTENCES = [
    # Texts, WhatsApp, social media posts and comments.
    "{P} where r u?? ur mam's going mental x",
    "omg {P} u look stunning hun 😍😍",
    "{P} babe ring me when u get this, it's important xx",
    "Lol {P} is actually dead funny when she's not kicking off.",
    "ngl {P} been acting proper weird since the party",
    "Anyone seen {P}?? Not been home since last night, please share 🙏",
    "Happy 16th to my baby {P}, love you to the moon and back xxx",
    "RIP {P}, gone too soon, fly high angel 🕊️",
    "@{P} u seen this?? 😂",
    "{P} has been added to the group.",
    "{P} left the group.",
    "Missed call from {P} (x7)",
    "Screenshot: 'ur dead {P}, watch' sent 23:14 from an unknown number.",
    "Comment under the post: 'Shame on u {P}, them kids deserve better.'",
    "{P} u snake, I know it was u that grassed",
    "Status: 'Mad how {P} thinks I don't know what goes on 👀'",
    "Reply under the fundraiser: 'Thinking of you {P} and all the family xx'",
    "Snapchat name saved as '{P} 💕' on the girl's phone.",
    "Note in the lunchbox: 'Have a great day {P}, love Mum x'",
    "Love ya {P} xx",
    "Me n {P} r going town later if ur about",
    "{P}?? nah never heard of her",
    "{P}!!! get down here now",
    "Is {P} coming to the party or what",
    "lol who even invited {P}",
    "{P} pls answer ur phone im worried sick",
    "Text read out to the worker by the mother: 'ur a liar {P}, I seen the messages'.",
    "Posted on the estate's local page: 'Does anyone know {P}'s mum? Her kids are out late.'",
    # Voice notes.
    "[voice note, 0:38] Yeah it's me, tell {P} to ring us back, yeah?",
    "Voice note transcribed by the worker: 'Mam, it's {P}, I'm at the station, come get me.'",
    "[voice note, 1:12] Nah listen bro, {P} ain't coming out tonight, his mum's got him on lock.",
    "[voice note, 0:09] {P}... {P}, pick up.",
    # Gaming chat.
    "gg {P} carried the whole lobby",
    "Discord DM: 'add me on snap {P}, mine's the same as my gamertag'",
    "{P} kept saying 'come in the party chat' on the Xbox at two in the morning.",
    "[in-game chat] {P}: bro send the gift card code and I'll give u the skin",
    "yo {P} u on tonight? squad up at 9",
    "The boy's friends list on the console included {P}, whom he had never met.",
    # Scots.
    "Ma wee {P} wis greetin' aw night, she didnae want tae go back.",
    "{P} cannae come the day, hen, he's no weel.",
    "Aye, {P} stays wi' her granny up the road noo.",
    "I telt {P} tae get in the hoose afore it got dark.",
    "Ah'm no gonnae lie, {P} wis steamin' when he came in.",
    "{P}'s maw's been gey good tae us, tae be fair.",
    "The wean's da, {P}, disnae see her ony mair.",
    # Geordie.
    "Howay {P} man, ye cannot just gan off like that.",
    "Wor {P} divvent like the new school, pet.",
    "Me and {P} were gannin' doon the toon when the polis stopped us.",
    "{P} is a canny lass, she just needs someone to listen.",
    "Alreet {P}, hoo's the bairn?",
    # Scouse and Manc.
    "Our {P} is dead sound, la, he'd never do nothin' like that.",
    "Me nan says {P} was boss with her when she was in hospital.",
    "{P} is me arl fella's cousin, so we only see him at christenings and that.",
    "Honest, I was made up when {P} got the job.",
    "{P} was giving it loads outside the chippy.",
    "Ey, {P}, where've you been, lad?",
    "Our kid ({P}) picks me up from school on Wednesdays.",
    "{P}, our kid, got me the phone for me birthday.",
    # West Country.
    "Alright my lover, where's {P} to?",
    "{P} were gert upset after court, she were.",
    "Me and {P} was up the shop when it all kicked off, like.",
    "Tidn't {P}'s fault, it's the bloke she's with.",
    # Black British and Multicultural London English.
    "Man like {P} was there, still, he seen everything.",
    "Bruv, {P} was bare vexed after the youth club kicked him out.",
    "{P} is my g, we grew up on the same ends.",
    "Allow it {P}, it's not that deep.",
    "Wagwan {P}, you good?",
    "Mandem was saying {P} owes them money from before.",
    "{P} is peak, fam, she had me waiting outside for two hours.",
    "Them lot from the other side said they'd catch {P} slipping.",
    "{P} ain't no snitch, I swear down.",
    "It's long, man, {P} keeps calling my phone.",
    "{P} innit, always late.",
    # Irish English.
    "Sure {P} is after telling the whole school, so she is.",
    "Yer man {P} does be out every night till all hours.",
    "Me mammy says {P} is a grand girl altogether.",
    "{P} has the heart broke in me, so he has.",
    "I amn't going near {P}'s place again, the craic is gone out of it.",
    "Ah {P}, sure look, we'll get it sorted.",
    "Wee {P} from up the street was round ours the whole weekend.",
    # School essays and a worry box.
    "My hero is {P} because they always look after me even when they are tired.",
    "In the holidays me and {P} went to the beach and I got a ice cream.",
    "When I grow up I want to be like {P} and help people.",
    "A poem about my family: Mummy is kind and {P} is funny.",
    "The person I miss most is {P}, I think about him every day.",
    "All About Me. I live with my nan and {P} and our cat.",
    "Worry box: I get scared when {P} shouts at night.",
    "{P} got sent out of maths for arguing with the supply teacher.",
    # Letters from prison.
    "Dear {P}, sorry it's took me so long to write, they moved me wings.",
    "Tell {P} I love him and I'm doing all my courses in here.",
    "Please put {P} on my visits list, I've filled in the VO.",
    "{P} if you're reading this, daddy is sorry for everything.",
    "Give {P} a big hug from me, and tell her I'm home soon.",
    "I've not had a letter off {P} in six weeks and I'm going out my head in here.",
    "Only 14 weeks to go {P}, then it's me and you and the kids.",
    # Letters to a judge.
    "Your Honour, I am writing this letter on behalf of my son {P}.",
    "Dear Judge, I know {P} has done wrong but he is a good lad underneath.",
    "I have known {P} for eleven years and I have never seen him raise his hand to anyone.",
    "Please give {P} another chance, he is all I have got.",
    "Since his arrest, {P} has started going to the gym and helping his nan.",
    # Statements to police in the first person.
    "I am the mother of {P} and I live at the address with my three children.",
    "At about 11pm I heard {P} shouting in the hallway.",
    "I went upstairs and found {P} on the bathroom floor.",
    "I have known {P} since primary school, we used to be best friends.",
    "{P} said to me, 'if you tell anyone I'll kill you.'",
    "I did not see {P} hit her but I heard a bang and then crying.",
    "The person I have referred to as 'him' in this statement is {P}.",
    "I would recognise {P} again as I have seen him many times on the estate.",
    # A child's ABE interview.
    "Q: Who lives in your house? A: Me, my mummy and {P}.",
    "Q: What happened next? A: {P} got really angry and threw the remote.",
    "A: I don't like it when {P} comes to our house.",
    "Q: And who is {P}? A: She's my sister's friend.",
    "A: {P} said it was our secret and I wasn't allowed to tell.",
    "Interviewer: You said {P} was there. Where was he? Child: On the settee.",
    "[child points to drawing] That's {P}, that's me, and that's the dog.",
    "Q: How did you feel? A: Sad. And scared of {P}.",
    # A parent's complaint letter.
    "I am writing to complain about how my daughter {P} has been treated by your staff.",
    "Nobody rang me when {P} was put in isolation for the whole day.",
    "I have asked three times for a meeting about {P} and I have heard nothing back.",
    "{P} came home with a bruise and no one from the school told me.",
    "I want it on record that {P} was never offered the support she was entitled to.",
    "You keep calling {P} 'the child' in your letters, she has a name.",
    "Ref: formal complaint on behalf of {P}, stage 2.",
    # A family's own account at a learning event.
    "{P} was the light of our lives and we want people to know who he was.",
    "Nobody ever asked us what {P} liked, or what made her laugh.",
    "We told them over and over that {P} wasn't safe with him.",
    "The day {P} went into care was the worst day of my life.",
    "If I could say one thing to the professionals, it's: listen to {P}.",
    "Every meeting felt like it was about us, never about {P}.",
    "We still set a place at the table for {P} at Christmas.",
    # A foster carer's diary.
    "Mon 6.45am: {P} up early, ate two bowls of cereal and asked for more.",
    "{P} had a wobble at bedtime, wanted the landing light left on.",
    "Contact today. {P} quiet in the car on the way back, then sobbed in the bath.",
    "Weds: school rang, {P} had a good day!!",
    "{P} called me 'mum' by mistake and went bright red.",
    "Took {P} swimming, first time she has put her face in the water.",
    "Night waking x3; {P} wet the bed and was frightened I'd be cross.",
    "Fri: {P} hid bread in her pillowcase again.",
    # Kinship words, endearments and nicknames around the name.
    "Me nan and {P} are thick as thieves, always have been.",
    "{P} is like a big sister to me, she's not blood but she's family.",
    "{P} my darlin' please come home, nobody's angry x",
    "Auntie {P} used to do my hair every Saturday.",
    "Uncle {P} ain't really my uncle, he's just me mam's mate.",
    "Little {P} runs rings round the lot of them.",
    "Big {P} from the flats lent us a tenner for the leccy.",
    "{P}, sweetheart, you're not in any trouble.",
    "Cheers {P}, you're a diamond.",
    "Grandad {P} takes me fishing on a Sunday.",
    "Got it off {P}, didn't I.",
    "{P} n me ain't speaking no more.",
    "It weren't me, it were {P}!",
    "Was it {P} or her brother who took the money?",
    "{P} reckons she's moving out.",
    "{P}'s fella's a wrong'un, everyone knows it.",
    "Mum's boyfriend {P} says I'm not allowed my phone after 8.",
    "Nah it's {P}'s sister you're thinking of.",
    "I was round at hers all night, wiv {P} and her cousins.",
    "Proper gutted for {P}, she didn't deserve any of it.",
    # Practitioners recording the words verbatim.
    "Mum said, in her words: '{P} is doing my head in, I can't cope no more.'",
    "Young person stated: 'Me and {P} are together, it's none of your business.'",
    "Recorded verbatim at the child's request: '{P} is my best friend in the whole world.'",
    "Father on the phone: 'Put {P} on, I want to talk to my son.'",
    "The girl said {P} was 'like, her boyfriend, kind of'.",
    "Caption on the photo: '{P} and her boys, half-term at the caravan'.",
]

THIRTYFOURTH_ORDINARY = {
    "hope": [
        "Hope you're OK hun, message me when you can x",
        "Dear Mum, hope yous are all keeping well, it's freezing in here.",
        "Ah hope the wean's feelin' better the day, hen.",
        "There's no hope for them ends, bruv, it's always been like that.",
        "Foster carer's diary: a hopeful sort of day, he laughed at tea.",
        "I had hope when they said he was coming home, and then nothing.",
    ],
    "grace": [
        "Me nan always said grace before Sunday dinner, even at ours.",
        "The housing gave us a week's grace on the rent and then sent the letter anyway.",
        "By the grace of God nobody was in the back bedroom when the ceiling came down.",
        "Fair play, she took it with good grace when the judge said no.",
        "He's fallen from grace with his dad since the arrest, they don't speak.",
        "Grace before meals at the foster carer's, he thought it was dead weird at first.",
    ],
    "mark": [
        "Mark my words, Your Honour, he has changed.",
        "There was a mark on her neck but she said it was from the straighteners.",
        "Miss said my essay got a good mark but I need to use more paragraphs.",
        "ngl that burn's gonna leave a mark 😬",
        "Q: Where did the mark come from? A: I banged it on the door.",
        "He's a marked man round here since he grassed, that's why he stays in.",
    ],
    "rose": [
        "Rent rose again in April and the benefits didn't go up with it.",
        "Me grandad grew roses in the back, he'd be gutted to see it now.",
        "She rose up out the chair and went for him, I seen it.",
        "The sun rose while we were still sat in A&E.",
        "He sees his dad through rose-tinted glasses, always has.",
        "Put a rose on the coffin from all of us, the card said.",
    ],
    "may": [
        "You may think I'm just a nuisance parent, but I know my child.",
        "Court's in May so fingers crossed x",
        "Me mam's birthday's in May, that's when it all kicked off last year.",
        "May I ask the court to consider the letters from his college.",
        "It may not look like much but the flat is clean now and the kids have their own beds.",
        "He come out in May and went straight back to the same crowd.",
    ],
    "will": [
        "I will be there at nine, I promise, I won't be late this time.",
        "Me nan left a will but nobody can find it.",
        "She's got a strong will on her, that girl, she gets it off her mum.",
        "The will to change is there, Your Honour, I have seen it.",
        "Will you tell the judge I'm doing the course?",
        "They took him against his will and he was screaming the whole way.",
    ],
    "william": [
        "I will be there at nine, I promise, I won't be late this time.",
        "Me nan left a will but nobody can find it.",
        "Will you tell the judge I'm doing the course?",
        "The leccy bill came and I just sat and cried.",
        "Bills are doing my head in, I'm not gonna lie.",
        "Who's paying the bill for the window he put through?",
    ],
    "bill": [
        "The leccy bill came and I just sat and cried.",
        "Bills are doing my head in, I'm not gonna lie.",
        "Who's paying the bill for the window he put through?",
        "She ran up a phone bill of three hundred quid on games.",
        "Footed the bill for the funeral ourselves, no help from anyone.",
        "The council said they'd bill us for the door the police kicked in.",
    ],
    "amber": [
        "The lights were on amber and he just floored it.",
        "School said she's on amber for attendance, whatever that means.",
        "Her eyes look like amber in the photos, she was beautiful.",
        "An amber warning for the wind and they still had us walking home.",
        "Amber on the app meant he'd gone outside the area on his tag.",
        "It went amber then red on the chart, the teacher said.",
    ],
    "sky": [
        "The sky was proper pink when we walked home from the party.",
        "Sky got cut off cos we couldn't pay it.",
        "Prices are sky high round here, no way can I afford a bigger place.",
        "Wee man was lying on the grass looking at the sky for ages.",
        "Q: What colour is your bedroom? A: Sky blue with stars on.",
        "Reach for the sky, it said on the poster in his room.",
    ],
    "faith": [
        "I've lost all faith in social services, if I'm honest.",
        "Our faith is what got us through, the church was there when no one else was.",
        "I'm putting my faith in you, Your Honour, to do the right thing.",
        "She's of the Muslim faith and the carers never asked about halal.",
        "In good faith I signed the section 20 and then they kept them.",
        "Faith school was the only one with a place for him in September.",
    ],
    "holly": [
        "We got holly off the bush in the park for the door.",
        "Holly wreath on the grave at Christmas, me nan does one every year.",
        "The holly bush by the gate scratched his legs when he ran.",
        "Holly leaves were all over the path after the storm.",
        "She drew a Christmas card with holly on for her foster carer.",
        "The hedge out front is mostly holly, so nobody climbs over.",
    ],
    "ruby": [
        "Me nan and grandad had their ruby wedding last year, forty years.",
        "A ruby ring off me great-nan went missing after he stayed over.",
        "Ruby red lipstick all over the mirror, she thought it was funny.",
        "Her cheeks were ruby red from crying.",
        "She got a ruby necklace for her birthday off her dad, first thing he's ever bought her.",
        "Ruby slippers, like in the film, that's what she wanted for Christmas.",
    ],
    "daisy": [
        "We made daisy chains in the park and she put one on my head.",
        "Fresh as a daisy he was in the morning, like nothing happened.",
        "She's in Daisy class at nursery now.",
        "Oops-a-daisy, she says, every time the baby goes over.",
        "Her favourite pyjamas are the daisy ones, she won't wear anything else.",
        "A daisy tattoo on her wrist with the baby's date of birth.",
    ],
    "summer": [
        "Summer holidays are the worst, no free dinners and they're bored out their heads.",
        "Last summer we went to the caravan and it was the best week ever.",
        "He got locked up in the summer and missed the baby being born.",
        "Summer born so she's the youngest in her class.",
        "All summer she was out till two, three in the morning.",
        "In my essay about the summer I wrote about my nan's garden.",
    ],
    "joy": [
        "She's our pride and joy, Your Honour.",
        "Joy is not a word I would use for that house.",
        "No joy getting hold of the social worker, rang six times.",
        "The joy on his face when he saw his brother at contact!",
        "Joyriding, that's what he got done for when he was fifteen.",
        "Any joy with the housing, hun? x",
    ],
    "dawn": [
        "Police came at dawn and took the door off.",
        "It was nearly dawn when she came in, stinking of weed.",
        "It dawned on me that he'd been lying the whole time.",
        "Up at dawn for the baby, every single day.",
        "From dusk till dawn them lot are out on the bikes.",
        "Dawn raid, they called it on the news.",
    ],
    "ivy": [
        "Ivy all up the back wall, the landlord never cut it.",
        "He climbed up the ivy to get in the bedroom window.",
        "The ivy's that thick you can't see out the kitchen.",
        "Ivy leaves in her hair from hiding in the hedge.",
        "Me nan's house had ivy round the door, I loved it there.",
        "Q: What's on the wall? A: Ivy, and a spider.",
    ],
    "jack": [
        "The car jack was in the boot, he went to get it.",
        "He's gonna jack it in, the college course, he says it's pointless.",
        "Man got his bike jacked outside the shop.",
        "They know jack all about our family.",
        "Landlord jacked up the rent again.",
        "He plugged his headphones into the jack on the side of the telly.",
    ],
    "robert": [
        "Someone's robbed me phone off the table at the bus stop.",
        "They was gonna rob the corner shop, I told them not to.",
        "That's daylight robbery, forty quid for a taxi.",
        "Got robbed on the way home from school, they took his trainers.",
        "He's never robbed nobody in his life, Your Honour.",
        "Q: What did they do? A: They tried to rob my bike.",
    ],
    "frank": [
        "To be frank, I don't trust none of them.",
        "Let's be frank, the school gave up on him.",
        "Frankly, I'm sick of telling my story to new people.",
        "I've been frank with you about the drinking, so please be frank with me.",
        "She was dead frank with the judge about what went on.",
        "A frank chat with the youth worker was what sorted him out.",
    ],
    "miles": [
        "The new placement is miles away, I can't get there on two buses.",
        "He walked miles in the rain to get back to his mam's.",
        "Miles better than the last foster carers, she says.",
        "She's miles ahead of the others at reading.",
        "Went for miles on the bike, no helmet, nothing.",
        "Miles from anywhere, that caravan, no bus, no shop.",
    ],
    "dean": [
        "The dean at the college rang me about his attendance.",
        "Dean of the uni wrote a letter for court saying she's doing well.",
        "I had to see the dean cos of the fight in halls.",
        "The dean said she can resit in August.",
        "The cathedral dean let us sleep in the side room that night.",
        "Assistant dean is who you email about extensions, apparently.",
    ],
    "marsh": [
        "We used to go down the marsh on our bikes.",
        "Marsh land behind the estate floods every winter.",
        "The kids built a den out on the marsh.",
        "Found his shoes on the edge of the marsh.",
        "Salt marsh out past the caravans is where they go to smoke.",
        "It's all marsh round there, you sink up to your knees.",
    ],
    "hill": [
        "Pushing the pram up that hill every day nearly killed me.",
        "We went sledging on the hill behind the school.",
        "Over the hill, the kids say, when I tell them I'm forty.",
        "The flats are at the top of the hill and the lift's always broke.",
        "Hill walking with the youth group was the first time he'd seen sheep.",
        "Down the hill and left at the chippy, that's ours.",
    ],
    "wood": [
        "The back door's just bits of wood nailed together now.",
        "Touch wood, he's been good since Christmas.",
        "We used to make dens in the wood behind the estate.",
        "Wood chip on the walls and mould in the corners.",
        "They were burning wood in the back garden at 3am.",
        "Knock on wood, no police at the door for a month.",
    ],
    "stone": [
        "She's lost nearly a stone since he left.",
        "Someone threw a stone through the window at two in the morning.",
        "Stone cold, the tea was, she'd been sat there hours.",
        "I'm a stone heavier than when I came in, it's the food in here.",
        "It's a stone's throw from me mam's, so I can walk the kids round.",
        "He was stoned off his face when he turned up to contact.",
    ],
    "bell": [
        "Nobody answered the bell so I went round the back.",
        "Gis a bell when you're outside x",
        "The bell went and he legged it out the gate.",
        "Saved by the bell, that's what she said when the fire alarm went off.",
        "Does the name ring a bell, the officer asked me.",
        "Me nan's got one of them bells to ring if she falls.",
    ],
    "brown": [
        "Brown sauce on everything, that's what he likes.",
        "She dyed her hair brown to look older.",
        "The water came out the tap brown for days.",
        "A brown envelope from court came and I couldn't open it.",
        "He wore a brown hoodie, grey trackies and black trainers.",
        "Bruises go brown then yellow, the nurse told me.",
    ],
    "green": [
        "Green with envy she was when her sister got the phone.",
        "He was proper green round the gills after the waltzer.",
        "The green bin's been out the front for a week.",
        "On the green outside the flats the lads play football till dark.",
        "They finally gave us the green light for overnight stays.",
        "A green hoodie, that's all she had on when she went missing.",
    ],
    "lamb": [
        "Lamb chops for Sunday dinner, her favourite.",
        "Like a lamb to the slaughter, he went into that interview with no solicitor.",
        "He's a lamb at school, the teachers say, butter wouldn't melt.",
        "Wee lamb, she's only four, she doesnae understand.",
        "We fed a lamb with a bottle at the city farm, she loved it.",
        "Mutton dressed as lamb, that's what they called me in the comments.",
    ],
    "fox": [
        "A fox was screaming outside all night and the baby wouldn't settle.",
        "Sly as a fox, that one, don't believe a word.",
        "The fox got into the bins again.",
        "Foxes have had the rubbish bags open all over the path.",
        "He's got a fox tattoo on his neck, that's how I knew it was him.",
        "Q: What's your teddy called? A: He's just a fox.",
    ],
    "banks": [
        "Food banks are the only reason the kids ate that week.",
        "The banks won't give me an account cos of the debt.",
        "Down the canal banks is where they all go to drink.",
        "The river burst its banks and our street flooded.",
        "I've tried all the banks and none of them'll lend to me.",
        "Clothes banks in the car park, that's where we got her coat.",
    ],
}

THIRTYFOURTH_UNLISTED = [
    "Me and {U} got the bus to {T} and never came back till Sunday.",
    "{U} from the chippy gave us free chips when mum was skint.",
    "Yer man {U} was at the door again looking for money.",
    "Ma pal {U} says there's a party in {T} the morra.",
    "Mrs {U} next door is always nosing through the curtains.",
    "Dr {U} said the baby's chest was clear.",
    "We used to go to St {U}'s on a Sunday with me nan.",
    "Some lad called {U} kept messaging her on Insta.",
    "{U} from {T} added me on snap, I don't even know him.",
    "[in-game chat] {U}: anyone wanna trade, DM me",
    "I have known the family since we all lived in {T}.",
    "Q: Who is {U}? A: Mummy's friend. He sleeps over sometimes.",
    "Bruv, {U} is moving mad, I'm telling you.",
    "Howay, {U} is gannin' to {T} for the weekend, ye coming?",
    "Our {U} lives out {T} way now with her new fella.",
    "Took the kids to see {U}, the old neighbour, who cried when she saw them.",
    "Tell {U} he still owes me for the tickets.",
    "The complaint was copied to {U}, the local councillor.",
    "I then saw a man I know as {U} get into a silver car.",
    "Her mate {U} from college was the only one who visited.",
    "Love this pic of u and {U} hun xx",
    "Aye, {U} fae {T} wis there an' aw.",
    "{U} is me cousin's boyfriend, he's sound.",
    "We moved to {T} when I was in Year 4 and I hated it.",
    "Sure {U} was only over from {T} for the funeral.",
    "Posted in the {T} mums group: 'Avoid this man, he's dodgy.'",
    "Letter of support from {U}, the boxing coach: 'He trains here three nights a week.'",
    "I was staying at {U}'s flat in {T} when the police came.",
    "{U} (goes by a different name online) messaged her from a new account.",
    "The boy was placed with carers in {T}, an hour from his school.",
]
