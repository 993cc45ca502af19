"""Fifty-eighth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1435 lines, then printed with sed -n in three ranges, lines 1-400, 400-800 and 800-1435;
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with
{P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name,
given name, an initial with and without a stop, a possessive, upper and lower case, a line break
between the parts of the name or a hyphenated break inside the given name, surname first, a title
and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital
it gives a lower-case name that opens a template (only when nothing stands before the placeholder
and the text before it, with trailing white space and line breaks stripped, ends in a full stop, so
a name after a quote mark, a bracket, "xx" or a colon keeps the case it was given), the word-names
and the other name lists (plain given names, street trees, the syllables of invented surnames and
towns, the first names it gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname, both, or "Mr" and a
surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no
other title is put before {U} or {P}), that a template may hold the same placeholder twice and gets
a span for each, and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder and joins templates with a single space, so no literal brace appears in any sentence
here and the lines of a plaque, a grave or a card are written into a template as "\\n". The first
45 lines (the headers) of the fifty-third, fifty-fourth, fifty-fifth and fifty-sixth families, read
with head -45 in one shell loop, and nothing else of them; none of those modules was imported. The
[tool.ruff] table of pyproject.toml, printed with sed up to the heading of the next table, for the
line length (100). The absence of this file was tested with test -e and the presence of
.venv/bin/ruff with test -x; no directory was listed, and the fifty-seventh family, being written at
the same time, was not looked at. The finished lists were checked by a throwaway script in /tmp that
parsed this file with ast (it imported nothing of the project) for stray braces, for the ordinary
span falling on the intended word, and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan" and the like) are kept out of every sentence here as whole words, from general knowledge, and
"kitchen", "Christmas", "christening", "brick" and "liberty" are avoided as well. Words that merely
contain a word-name, a plain given name or a street tree are kept out of every sentence but the ones
written for that word, and the genre is full of them: a pen is never a "marker" and a figure in a
drawing is never "labelled" (which holds "bell") in the person and unlisted templates, a grave has
an inscription but no "headstone", a door is never a "wardrobe" door, wood is "painted" rather than
"wooden", a face is never "smiley" beside "smiles", and "jacket", "enjoy", "activity", "risky",
"problem", "probably", "chamber", "remark", "market", "maybe", "mayor", "willing", "arose",
"hazel", "academic" and "parliament" appear nowhere outside their own ordinary sentences. The person
and unlisted templates carry no "will", "may", "bill" or "summer" at all, and no colour that is a
word-name, so letters are red, pink, blue, silver or gold and dates fall in any month but the fifth.
In the ordinary sentences an inflection or compound that holds the word ("hoped", "marker", "Marks",
"Bills", "billboard", "Joyriding", "dawned", "Robbery", "robbed", "franked", "Frankly",
"Marshland", "Hillside", "Wooden", "Woodwork", "Stones", "Bells", "Doorbell", "Lambing", "Foxes")
is let stand where it is the first match, and no sentence holds a second word-name.

Styles. Names written on things, as police officers, social workers, teachers and reviewers describe
and transcribe them: photographs of the home captioned in a report (painted letters on a bedroom
door, foam letters above a cot, a height chart on a door frame, a fridge calendar, a whiteboard rota
and chore list, a post-it on a mirror, fridge magnets), names on objects (a lunchbox label, a name
tape, an engraved bracelet, a maternity ID band, a bike sticker, a cake's icing, a foil balloon, a
mug, a school planner, a coat collar), tattoos on a forearm, a neck, an ankle and the knuckles,
graffiti sprayed in a stairwell, scratched into a lift door and tagged on a garage door, a child's
drawing with figures named "me", "mum" and the name, the inside cover of a reading book and a bible,
a bench, a crematorium plaque, a grave's inscription, cards on a grave and vigil t-shirts, a teddy's
name, a dog's tag, a phone's lock screen and contacts, a Wi-Fi network's name, and a ward
whiteboard. The record transcribes them in quotation marks, in capitals, misspelt around the name
with "[sic]", beside "(illegible)", with hearts (\\u2665) and kisses, split across lines with "\\n"
as written on a plaque or a grave, beside ages ("AGE 4", "AGED 3 YEARS", "18 TODAY"), dates
("14.03.22", "2019-2024") and numbers ("Bed 4", "Room 6", "CLASS 3"); joins put the name inside a
slash-separated rota, in a list of quoted strings, glued to "!!", to kisses ("xx{P}xx") and to an
underscore in a network name, after "+" and before "+", in quoted speech, in a heading line that
opens the template, after a colon in a photograph caption, and in a possessive. Ordinary uses put
each word-name on the same objects (permanent marker, a rose tattoo, an amber teething bracelet,
"Keep the faith", a holly wreath, a daisy on a name tape, "Best summer ever", a Union Jack, a
franked envelope, a bike bell, a fox on a lunchbox lid) and in the surrounding record, at the start
of a sentence and within it.
"""

FIFTYEIGHTH_PERSON_SENTENCES = [
    'Photograph 3 (back bedroom door): painted letters spelling "{P}", and a bolt fitted on the '
    "outside at adult height.",
    "Foam letters stuck above the cot spelt {P}, with two of them missing.",
    'Height chart on the lounge door frame (photograph 7): "{P} AGE 4", "AGE 5", "AGE 7"; no line '
    "for age 6.",
    'The calendar on the fridge for March reads "Tues - {P} dentist 3.30 / Fri - SW visit / Sat - '
    'contact??".',
    'Written on the fridge whiteboard in red pen: "{P} - NO SWEETS TILL SUNDAY".',
    'A post-it on the bathroom mirror said: "{P} has had the calpol DONT give again".',
    'The lunchbox handed in at the office had a label reading "{P} CLASS 3" and held a single '
    "packet of crisps.",
    "The name tape in the school jumper read {P}; the jumper was two sizes too small.",
    'The engraved bracelet on the baby\'s wrist read "{P} 14.03.22 \u2665".',
    "A sticker on the crossbar of the bike in the hallway said {P} in felt-tip capitals.",
    'The cake in the photograph had "HAPY BIRTHDY" [sic] piped in blue icing and "{P}" underneath '
    "in silver balls.",
    "Two foil balloons, a number 7 and one printed with {P}, were still tied to the banister.",
    'One mug on the draining board had "WORLDS BEST DAD" on the front and {P} on the back.',
    'The partner\'s left forearm carries a tattoo of the name "{P}" in script, above the date '
    "09.09.19.",
    'Police photographs show "{P} IS A GRASS" sprayed in red on the stairwell wall between the '
    "second and third floors.",
    'Scratched into the lift door: "{P} woz ere 2023", and under it a phone number, since painted '
    "over.",
    'In the drawing given to the worker the figures carry the words "me", "mum", "{P}" and "baby", '
    'and the one called "{P}" has no mouth.',
    'Inside the front cover of the reading book, in adult handwriting: "This book belongs to {P}. '
    'If found please return."',
    'The wording on the bench in the park reads: "In loving memory of {P}, 2019-2024, forever in '
    'our hearts".',
    'The plaque in the crematorium garden reads "{P}\nAGED 3 YEARS\nSLEEP TIGHT LITTLE ONE".',
    "The teddy the child would not be parted from is called {P}, after the grandmother, the foster "
    "carer was told.",
    'The tag on the dog\'s collar reads "IF FOUND CALL {P}" and a mobile number ending 412.',
    'The lock screen of the phone seized from the partner showed a baby photograph with "{P} x" '
    "across the top.",
    'The Wi-Fi network at the address broadcast as "{P}_HOME_5G", which the officer took as a sign '
    "of who held the contract.",
    'A birthday card on the mantelpiece was signed "love from {P} xxx" in a child\'s hand.',
    'The chore list on the fridge (photograph 12) reads "{P} - bins, hoover, nappies" and, below '
    'it, "mum - nothing".',
    'Beneath a KEEP OUT sign on the bedroom door someone had written "{P} ONLY!!!".',
    "Inside the exercise book the name {P} had been crossed out and something (illegible) written "
    "over it in a different pen.",
    'A rota pinned by the cooker reads "MON {P} / TUE mum / WED {P} / THU {P}", showing who made '
    "the tea.",
    'Among the cards on the grave was one reading "to {P}, sleep tight, love you always xx".',
    'The inscription on the grave reads "{P}\nBORN SLEEPING\n4.1.2021".',
    "In the drawing scanned at Appendix C a figure in an upstairs window carries the name {P} and "
    'the word "sad", written backwards.',
    'The ID band from the maternity unit, kept in a memory box, was printed "BABY OF {P}" with a '
    "hospital number.",
    'On the back of the photograph, in biro: "{P} + me, the caravan, Aug 2020".',
    'A message in lipstick on the bathroom mirror read "{P} I HATE U", which the mother said the '
    "eldest had written.",
    "The school planner had {P} on the cover in bubble writing, surrounded by hearts and kisses.",
    'The title page of the child\'s exercise book reads "My Famly by {P}" [sic]; the first page '
    "lists everyone at the address.",
    "Tattoo across the knuckles (custody photograph): {P}, one letter to a finger, the last two "
    "squeezed onto the thumb.",
    'The whiteboard outside the ward bay read "Bed 4 - {P} - NBM from midnight".',
    'The dedication in the bible given at the naming ceremony: "To {P} on your special day, from '
    'Granny and Grandad".',
    'A note pushed under the door read: "{P} - ring me, ive got ur stuff - T".',
    'The t-shirts worn at the vigil were printed "FLY HIGH {P}" over a photograph and the dates '
    "2016-2024.",
    'A tag sprayed on the garage door, "{P}!!", was photographed on 2 March and again, larger, on '
    "9 March.",
    'The cake\'s icing read "{P} 18 TODAY", though the young person had in fact turned sixteen.',
    "Heading on the child's drawing, in the teacher's writing: \"{P} - my safe place\".",
    'The door sign in the refuge room was handwritten: "Room 6 - {P} + 2 children".',
    'The wording on the memorial, chosen by the grandmother, was "{P}, our angel, gone too soon".',
    "{P}\nName in biro on the inside of the coat collar, photographed at the hospital.",
    'The card was signed "xx{P}xx", the kisses crowded round the name.',
    '"That says {P}," the child said, pointing at the letters on the cupboard door.',
    'Tattoo on the mother\'s ankle: "{P} \u2665 4eva".',
    'Calendar, April: "12th - {P} court", "19th - {P}\'s birthday", "26th - ?".',
    'In the contacts photographed by police, one entry was saved as "{P} \u2620 DONT ANSWER".',
]

FIFTYEIGHTH_ORDINARY = {
    "hope": [
        'A wall sticker above the bed read "Never give up hope" in silver script.',
        "Hope was the word written in glitter glue on the front of the card made at school.",
        '"NO HOPE" had been scratched into the paint of the bedroom windowsill.',
        "The child told the teacher she hoped the drawing would go on the fridge at home.",
        '"Hope starts here," said the banner outside the family centre.',
        "There is little hope of reading the rest of the inscription, which has worn away.",
        "The memorial card ended with a line about hope and light, printed in gold.",
    ],
    "grace": [
        "The plaque in the foster home's dining room has a short grace on it, said before tea.",
        "Grace before meals was written out on a card propped against the salt.",
        'The inscription on the bench reads "By the grace of God".',
        "The landlord's letter on the fridge gave seven days' grace to clear the arrears.",
        '"Saved by grace" was tattooed across the father\'s shoulders in gothic letters.',
        "The child accepted the new rules on the fridge with good grace.",
    ],
    "mark": [
        "The name on the door had been written in permanent marker.",
        "A felt-tip mark ran across the child's forehead in the photograph.",
        "Marks on the door frame showed where the height chart had once been.",
        "Scuff marks and handprints covered the wall beside the stairs.",
        '"Mark your child\'s name on all uniform," the school letter said.',
        "A question mark had been drawn after the name on the calendar.",
    ],
    "rose": [
        "A rose was tattooed on the back of the mother's hand.",
        "The wallpaper in the bedroom had a faded rose pattern, peeling at the seams.",
        "Rose petals had been scattered across the grave, and a card left among them.",
        "Damp rose up the wall behind the cot, reaching the painted letters.",
        "Rent arrears rose again, according to the letter pinned to the fridge.",
        "The child rose early to write on the whiteboard before anyone else was up.",
        "A plastic rose in a jam jar stood beside the photograph on the windowsill.",
    ],
    "may": [
        "The calendar had been left on May, though it was by then October.",
        "May 2023 was circled on the calendar in red, with no note beside it.",
        "The note on the door said visitors may not park in the bay.",
        '"Back in May" was written on the whiteboard, under a drawing of a sun.',
        "The birthday card, dated 3 May, had been kept in a drawer.",
        "Entries for May on the wall calendar were all in the same blue pen.",
        "The writing on the wall may have been there before the family moved in.",
    ],
    "will": [
        'The note said "Back soon, will ring", and was dated the day before the police attended.',
        "A copy of the grandfather's will was kept in a biscuit tin with the birth certificates.",
        '"Mum will be back" was written in crayon on the back of an envelope.',
        'The whiteboard read "Tea will be at 6 - no excuses".',
        "Staff will photograph any new writing on the walls at the next visit.",
        "Free will and the choices young people make was the theme of the poster in the classroom.",
        'The memorial card ended: "Your light will shine forever."',
    ],
    "william": [
        "A copy of the grandfather's will was kept in a biscuit tin with the birth certificates.",
        '"Mum will be back" was written in crayon on the back of an envelope.',
        "Staff will photograph any new writing on the walls at the next visit.",
        'A gas bill on the doormat had "PAID??" written across it in biro.',
        "Bills were pinned to the corkboard beside the calendar, most of them red reminders.",
        "The phone bill had been used as scrap paper for the shopping list.",
        "The electricity bill was in the name of a previous tenant.",
    ],
    "bill": [
        'A gas bill on the doormat had "PAID??" written across it in biro.',
        "Bills were pinned to the corkboard beside the calendar, most of them red reminders.",
        "The phone bill had been used as scrap paper for the shopping list.",
        "The electricity bill was in the name of a previous tenant.",
        "A billboard across the road advertised payday loans.",
        "The council would bill the family for cleaning off the graffiti, the letter said.",
        "The duck in the child's drawing had a bright orange bill.",
    ],
    "amber": [
        "An amber bead bracelet, meant for teething, was on the baby's wrist.",
        "The traffic-light chart on the classroom wall had the child's peg on amber.",
        'Amber lettering on the shop sign spelt out "OPEN LATE".',
        "The risk rating written at the top of the form was AMBER.",
        "The streetlight outside cast an amber glow across the bedroom ceiling in the photographs.",
        "Amber warnings from the school were stuck to the fridge with magnets.",
    ],
    "sky": [
        "The bedroom ceiling had been painted sky blue, with plastic stars stuck on it.",
        "Sky had sent a letter about the unpaid package, left open on the table.",
        "In the drawing the sky was coloured black, with a yellow sun in one corner.",
        '"Reach for the sky" was stencilled above the bunk beds.',
        "A Sky remote with the batteries taken out was on the sofa.",
        "The photograph taken from the balcony shows the tower block against a grey sky.",
    ],
    "faith": [
        "Faith was the word painted on the canvas above the mother's bed.",
        "The faith school's crest was sewn onto the jumper.",
        '"Keep the faith" was tattooed on the inside of the partner\'s wrist.',
        "A faith leader had signed the card on the mantelpiece.",
        "The worker acted in good faith in taking photographs of the wall.",
        "Faith groups had donated the school uniform, which still had the shop tags on.",
    ],
    "holly": [
        "A sprig of holly was tucked behind the photograph on the mantelpiece.",
        "Holly leaves had been drawn around the edge of the card.",
        "The wreath on the grave was made of holly and plastic berries.",
        "The child's drawing showed a holly bush by the front door.",
        "Holly berries had been pressed into the icing of the cake.",
        "A holly hedge had grown over the house number, so the officers missed the address.",
    ],
    "ruby": [
        "The engraved bracelet had a small ruby set beside the clasp.",
        "Ruby red nail varnish had been used to write on the mirror.",
        "The card was for a ruby wedding, forty years, kept from the grandparents.",
        "A ruby-coloured stain on the carpet was photographed.",
        "The tattoo was of a heart, filled in ruby red.",
        "Ruby slippers from a dressing-up box were by the door.",
    ],
    "daisy": [
        "The name tape was sewn next to a small embroidered daisy.",
        "Daisy stickers covered the lid of the lunchbox.",
        "The child drew a daisy in the margin of every page.",
        "A daisy chain had been left on the grave.",
        "The toddlers' room at the nursery has a daisy painted on its door.",
        "Daisy-print curtains hung in the front window.",
    ],
    "summer": [
        "The summer holidays had been crossed off the calendar day by day.",
        "Summer 2022 was written under a photograph of the children on a beach.",
        "The height chart stopped at the summer the child turned six.",
        "In the summer term the class made name plaques out of clay.",
        '"Best summer ever" was written across the photograph in glitter pen.',
        "A summer fete poster was still in the window in November.",
    ],
    "joy": [
        'The word "joy" was painted in pink on a sign above the cot.',
        "Joy, peace and love were the words on the memorial candles.",
        'The card said "Bringing joy since 2015".',
        "The joy on the child's face in the photograph was obvious to the panel.",
        "Joyriding was written on the cover of the boy's exercise book, beside a drawing of a car.",
        "The grandmother called the baby her pride and joy, and had it printed on a mug.",
    ],
    "dawn": [
        "Dawn light makes the writing on the stairwell wall hard to read in the early photographs.",
        "Police attended at dawn and photographed each room.",
        'The calendar showed "up at dawn - shift" on most weekdays.',
        "It dawned on the worker that the letters on the door spelt a different name.",
        "From dusk to dawn the hallway light stayed on, the neighbour said.",
        'A "dawn chorus" poster from a school project was on the bedroom wall.',
    ],
    "ivy": [
        "Ivy had grown over the plaque on the front wall, hiding the house number.",
        "The grave was overgrown with ivy, and the inscription could barely be read.",
        "Ivy leaves were drawn around the border of the child's poem.",
        "The back fence, where the tag had been sprayed, was thick with ivy.",
        "A trailing ivy in a pot hung from the bathroom window.",
        "The photograph shows ivy covering the bottom half of the sign.",
    ],
    "jack": [
        "A car jack lay in the boot of the car, beside the child's school bag.",
        "A Union Jack flag hung in the bedroom window in place of a curtain.",
        "The jack-o'-lantern drawn on the classroom window had the pupils' names around it.",
        "The headphone jack on the phone was broken, so the child could not listen quietly.",
        "Jack plugs and cables were piled beside the television.",
        "The older boys would jack bikes outside the school, the caretaker said.",
    ],
    "robert": [
        'The boys had written "ROB THE SHOP" in biro on the back of a bus ticket.',
        "Robbery was the offence written on the charge sheet found in the hallway.",
        "He was said to rob younger children of their phones outside the school gate.",
        "The graffiti accused a neighbour of trying to rob the corner shop.",
        "A note under the door threatened to rob the flat if the debt was not paid.",
        "The older brother was robbed of his bike, name sticker and all, last spring.",
    ],
    "frank": [
        "The envelope had been franked by the council post room on the day of the visit.",
        "The mother was frank about the writing on the walls: she had done it.",
        "Frankly, the wording on the memorial upset the father's family.",
        "A frank note on the fridge listed what each child owed for the broken door.",
        "Frank discussion about the graffiti took place at the tenants' meeting.",
        "The teenager was frank about the tattoo: a friend had done it with a needle.",
    ],
    "miles": [
        'The sign on the road out of town read "Services 12 miles".',
        "The school was four miles from the refuge, the letter noted.",
        "Miles from home, the child kept the photograph under the pillow.",
        "The bike computer showed 43 miles ridden that week.",
        "The two accounts of who wrote the note were miles apart.",
        '"Walk 10 miles for the hospice" was printed on the t-shirt.',
    ],
    "dean": [
        "The dean of the college signed the letter on the corkboard.",
        "A certificate from the dean of students was framed above the desk.",
        "The Dean's list certificate was pinned to the fridge.",
        "The rural dean had written in the condolence book.",
        "The plaque in the church porch names the dean who opened the hall.",
        "An email from the assistant dean was printed out and left on the table.",
    ],
    "marsh": [
        'The sign by the path read "Danger - soft marsh".',
        "Marsh grass had been woven into a wreath on the grave.",
        "The caravan stood on the edge of the marsh, its number painted on the door.",
        "Marshland behind the estate was where the older boys sprayed their tags.",
        "A marsh harrier was the bird on the child's school project poster.",
        "In the drawing the house was surrounded by marsh, coloured grey.",
    ],
    "hill": [
        "The house at the top of the hill had its number painted on the wall.",
        "Hill walking boots were lined up by the door, each pair with a name tape.",
        "A drawing of a hill with a house on top was pinned above the bed.",
        "The graffiti ran up the hill along the underpass wall.",
        "Hillside flats on the estate had tags on every landing.",
        'The sign said "Steep hill - walk your bike".',
    ],
    "wood": [
        "The name had been burnt into a piece of wood with a soldering iron.",
        'Wooden letters spelling the word "HOME" hung over the fireplace.',
        "The door was bare wood where the paint had been sanded off the writing.",
        "A wood burner stood in the lounge with no guard.",
        "Woodwork was the only subject in which the boy's book had a name on the cover.",
        "The plaque was made of oak wood and had been varnished.",
        "Wood chippings covered the memorial garden.",
    ],
    "stone": [
        "The name was carved into a stone in the memorial garden.",
        "Stone steps led up to the flat, with chalk writing on each one.",
        'A painted stone on the windowsill had "BE KIND" written on it.',
        "The baby weighed just over a stone at the time of the photograph.",
        "Stones had been arranged on the grave to spell a word.",
        "The child had painted a stone at school with a ladybird on it.",
    ],
    "bell": [
        "The door bell had a card beside it, but the name on it had faded.",
        "A bell on the bike handlebar was the only part not stolen.",
        "Bells hung from the ribbon tied round the teddy's neck.",
        "The school bell rang as the teacher was photographing the child's drawing.",
        "Doorbell footage showed a figure writing on the front door at 02:14.",
        'A brass bell by the refuge door had a notice: "Ring once".',
    ],
    "brown": [
        "The name was written in brown felt-tip on the inside of the lid.",
        "Brown tape held the torn calendar together.",
        "The writing had faded to a pale brown on the old plaque.",
        "A brown envelope with the court's stamp was on the mat.",
        "Brown stains ran down the wall under the graffiti.",
        "The teddy was brown, with one ear sewn back on.",
    ],
    "green": [
        "The letters on the bedroom door were painted green, one of them upside down.",
        "Green ink had been used to sign the card.",
        'The child had written "safe" in green on the drawing of the grandmother\'s house.',
        "A green bin outside the flat had been sprayed with a tag.",
        "The lock screen was a plain green background with no photograph.",
        "On the village green stands a bench with a plaque to a former teacher.",
    ],
    "lamb": [
        "A toy lamb with a name tape on its ear was in the cot.",
        "Lamb was written on the shopping list on the fridge.",
        "The baby's cake was decorated with a sugar lamb.",
        "A small carved lamb sat at the foot of the grave.",
        "Lambing season was circled on the farm calendar in the barn.",
        'The card showed a lamb and the words "Welcome little one".',
    ],
    "fox": [
        "A fox had torn the bin bags open, spilling letters across the path.",
        "The child's drawing showed a fox at the door of the house.",
        "Fox stickers covered the bike frame.",
        "A fox was painted on the mural at the end of the block.",
        "The lunchbox had a fox on the lid.",
        "Foxes had dug up the flowers on the grave.",
    ],
    "banks": [
        "The graffiti was along the canal banks, under the bridge.",
        "Banks had written to the mother; the letters were unopened on the table.",
        "A leaflet listing local food banks was stuck to the fridge with a magnet.",
        "The river burst its banks and the memorial bench was washed away.",
        "Names were carved into the trees along the banks of the stream.",
        "The clothing banks in the car park had been tagged with spray paint.",
    ],
}

FIFTYEIGHTH_UNLISTED = [
    'A second name on the bedroom door, "{U}", had been scratched off but could still be read in '
    "the photograph.",
    'The tattoo on the partner\'s neck reads "{U}", the name, he said, of a daughter he has not '
    "seen for years.",
    "Graffiti in the stairwell named {U} alongside a phone number, which police linked to drug "
    "supply.",
    'The last Wi-Fi network the phone had joined was "{U}-HOUSE", at an address in {T}.',
    'A postcard on the fridge was signed "love {U} xx" and sent from {T}.',
    'The bench by the pond in {T} carries the words "For {U}, who loved this place".',
    "The plaque by the door of the community centre thanks Mrs {U} for twenty years of service.",
    'The inside cover of the hymn book was stamped "St {U}\'s Church, {T}".',
    "The sick note pinned to the corkboard was signed by Dr {U}.",
    'In the drawing a tall figure at the edge of the page carries the name "{U}" and is coloured '
    "in black.",
    'The second mug on the draining board said "{U}", a name the mother said she did not know.',
    'A message preview on the lock screen read "{U}: where r u??".',
    'On the lunchbox label "{U}" had been crossed out and the child\'s own name added in pencil.',
    "{U}\nTAXIS - ANY TIME\n(card found in the child's coat pocket, a number on the back).",
    "The bike recovered by police had a sticker with the name {U} and a postcode in {T}.",
    'The caravan plaque read "{T} Holiday Park - Plot 19", which gave police the location.',
]
