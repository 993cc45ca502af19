"""Sixtieth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1443 lines, then printed with cat, whose output the tool cut between lines 415 and 1127, and
the cut part printed again with sed -n in two ranges, lines 410-700 and 700-1130; not imported),
for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P} alone, an
unlisted one with {U} and {T}), the name forms the generator fills in (full name, given name, an
initial with and without a stop, a possessive, upper and lower case, a line break between the parts
of the name or a hyphenated break inside the given name, surname first, a title and surname for
adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it gives a
lower-case name that opens a template (only when nothing stands before the placeholder and the text
before it, with trailing white space and line breaks stripped, ends in a full stop, so a name after
"my", "our", a quote mark, a bracket, a dash or a heading keeps the case it was given), the
word-names and the other name lists (plain given names, street trees and suffixes, the words of
nursery names, the syllables of invented surnames and towns, the first names it gives unlisted
people), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way
it marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, so "will," gets no span, "bill" for William when there is no "will ", and "rob"
for Robert, so "banks" and "miles" are always written in full); the forms it gives {U} (a first
name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname
after the exact string "Dr {U}", so no other title, "Uncle" and "Aunty" included, is put before
{U} or {P}), that a template may hold the same placeholder more than once and gets a span for
each, and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder
and joins templates with a single space, so no literal brace appears in any sentence here and the
lines of an order of service, a card, a poem or a form are written into a template as "\\n". The
first 45 lines (the headers) of the fifty-fifth, fifty-sixth, fifty-seventh and fifty-eighth
families, read with head -45 in one shell loop, and nothing else of them; none of those modules was
imported. The [tool.ruff] table of pyproject.toml, printed with sed up to the heading of the next
table, for the line length (100). The absence of this file was tested with test -e and the
presence of .venv/bin/ruff with test -x; no directory was listed, and the fifty-ninth family, being
written at the same time, was not looked at. A throwaway checker in /tmp parsed this file alone
(with ast, importing nothing of the project) for stray braces, for each ordinary span falling on
the intended word, for line lengths and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan", "ellie", "katie", "libby" and the like) are kept out of every sentence here as whole words,
from general knowledge, which matters in a family's own words: a grandmother is "Grandma", "Gran"
or "me" and never a nan, the television is never the telly, and nothing is a kit. Words that
merely contain a word-name, a plain given name, a street tree, a nursery word or an unlisted first
name are kept out of every sentence but the ones written for that word, and grief is full of them:
a grave has no "headstone" or "gravestone", a child is never "little", nobody "smiles", a pet name
is never "Rosie" or "Gracie", an apology is never "hopefully" offered, nothing is "remarked" or a
"milestone", "enjoyed", "wooden", "Hollywood", "belly", "labelled", "chilly", "risky", "whisky",
"privy", "disgrace", "faithfully", "arose", "problem", "probably", "wardrobe", "willing", "maybe",
"mayhem", "academic", "parliament", "bladder" and "hazel" eyes appear nowhere outside their own
ordinary sentences. The person and unlisted templates carry no "will", "may", "bill", "summer",
"hope" or "joy" at all, so a family "would", "shall" or is "going to", the inquest falls in any
month but the fifth, and what a family wants is said without hoping. No place name in a template
could be made from the generator's syllables (no "Ashton", "Stanley" or "Whitby"), and no invented
name of anyone appears in a template except through a placeholder.
In the ordinary sentences an inflection or compound that holds the word ("Hopeful", "Marks",
"Bills", "dawned", "Lambing", "Foxes", "Frankly", "robbed", "Robbery", "jackpot", "Hillside",
"Greenhouse", "Marshmallows", "Bell-ringers", "stones") is written where a family would use it, and
the span falls on the word inside it, since the generator marks the first match; the word is never
preceded by another that holds it, and "william" sentences carry either "will " or "bill" but not
both.

Styles. The family's contribution to a child safeguarding practice review, in their own words as the
reviewer records them: the write-up of a meeting with the grandparents and an aunt; a parent's
letter to the panel, read in full; a sibling's conversation with an advocate, written down as
spoken; the family's comments on the draft report, tracked as "Family comment:" or "[Family
comment]" with the paragraph they answer; a statement read at the inquest; a eulogy; an order of
service, a card and words on a photograph, set out line by line; a memory of the child's
personality; what the family wanted the agencies to know; a complaint about how the child was
described. Names are joined as grieving and angry families use them: with "our", "my" and "wor",
repeated two and three times, a name followed by a dash and a memory, a name in an exclamation, a
name broken by full stops for emphasis ("{P}. Was. Six."), a name three times in a long run-on
sentence strung together with "and", names beside ages, dates and times ("our {P}, 6", "{P} (9)",
"12.03.21 \u2014 {P}'s last good day"), names in a list of the family and in a list of photographs,
names in possessives (straight and curly apostrophes), glued to punctuation ("{P}!!!", "{P}-shaped",
"{P}-pops", curly and straight quote marks, brackets), alone on a line of a card, poem or order of
service, in upper-case headings, in lower-case text messages, in quoted speech with dialect and
phonetic spelling around them (Geordie, Yorkshire, Scots, South Wales), and in questions the family
put to the panel. Unlisted people are the friends, godparents, neighbours, dinner ladies and lodgers
a family names, with a church after "St", a dinner lady after "Mrs" and a doctor after "Dr";
unlisted places are where the grandparents drove from and where the bus did not run. Ordinary uses
of the word-names are in the same voices: family comments, the wake, the grave, the inquest, the
house after.
"""

SIXTIETH_PERSON_SENTENCES = [
    "Grandad said it twice, to make sure it was written down: \u201c{P} was not a case. "
    "{P} was our boy.\u201d",
    "{P}. Was. Six. That is what the family asked the review to remember above all else.",
    "Family comment: page 14, paragraph 3.2 \u2014 please stop calling {P} \u201cthe subject "
    "child\u201d.",
    "Our {P}, 6, loved dinosaurs, custard and the number nine bus.",
    "The mother's poem, read at the inquest, began:\nmy {P}\nmy {P}\nmy whole world {P}",
    "{P} \u2013 the giggle, the gap in the front teeth, the wellies on the wrong feet.",
    "The aunt told the reviewer: \u201cEveryone talks about what happened to {P}. "
    "Nobody talks about who {P} was.\u201d",
    "Letter from the father to the panel, read in full at his request:\nDear panel,\n"
    "My son {P} is not a number on your chronology.",
    "Family comment (grandmother): you have written {P}'s name wrong three times in section 5. "
    "It is not hard.",
    "Me and {P} used to go up the allotment every Sunday, me and {P} and the dog.",
    "At the end of the session the sister wrote {P}!!! on the whiteboard in red and drew a heart "
    "round it.",
    "Statement read at the inquest by the maternal aunt on behalf of the family: \u201c{P} was "
    "funny, stubborn and kind, in that order.\u201d",
    "In Loving Memory\n{P}\n3 February 2014 \u2013 11 November 2020\nForever six",
    "ORDER OF SERVICE\nA celebration of the life of\n{P}",
    "Hymn: All Things Bright and Beautiful (chosen by {P}'s class)",
    "We want the agencies to know this: {P} asked for help. {P} asked a teacher, a nurse and a "
    "police officer, and {P} was sent home each time.",
    "Family comment: the draft says {P} was \u2018difficult to engage\u2019. {P} was nine and "
    "frightened.",
    "The grandparents brought photographs to the meeting: {P} at the seaside, {P} in a paper "
    "crown, {P} asleep on the dog.",
    "Grandma kept saying the name, {P}, {P}, as if saying it enough might bring the child back.",
    "Our family as the grandmother wrote it out for the panel: Mum, Dad, {P} (9), the baby, me, "
    "Grandad, two aunties and the cat.",
    "{P} \u2014 aged 7 years, 4 months and 12 days.",
    "Wor {P} was a proper character, pet, a proper one.",
    "Our {P} weren't a naughty bairn, she were just hungry, that's all it ever was.",
    "The brother told the advocate that {P} \u201cwould of been 10 on Tuesday\u201d and asked "
    "if there'd be cake anyway.",
    "Sibling's words, written down by the advocate exactly as spoken: me and {P} shared a room "
    "and {P} talked in her sleep.",
    "Text from the mother, shown to the reviewer: miss u {P} xx goodnight baby",
    "The aunt asked the panel to write it properly, so: {P} LOVED horses. Loved them. "
    "Capital letters.",
    "Family comment: Please change \u201cthe child was known to services\u201d to \u201c{P} was "
    "known to everyone on our street\u201d.",
    "\u201cNot {P}. Not our {P}.\u201d The grandmother's first words when the police came to the "
    "door.",
    "All we wanted was for someone to look at {P} properly \u2014 really look \u2014 just once.",
    "The eulogy, given by the uncle, ended with the words \u201cGoodnight, {P}, sleep tight.\u201d",
    "The family's list of what {P} liked: tractors; fish fingers; the swings at the rec; being "
    "tickled; rain.",
    "The family say {P} was described in the draft as \u2018unkempt\u2019 on six occasions and "
    "as \u2018loved\u2019 on none.",
    "It's {P} this, {P} that, ever since \u2014 the brother cannot say a sentence without the "
    "name in it, his aunt said.",
    "Words on the card left at the roadside:\nTo my {P}\nmy heart, my everything\nMammy xxx",
    "The grandad, speaking to the photo: \u201cEeh, {P}, what are we gonna do without thee?\u201d",
    "{P}\u2019s school shoes are still by the back door, the mother told the panel; nobody can "
    "bring themselves to move them.",
    "There is a {P}-shaped hole in this family and no action plan is going to fill it.",
    "[Family comment] \u201c{P}\u201d, not \u201cChild A\u201d. We consented to the name being "
    "used.",
    "Name: {P}\nAge: 8\nWhat we want you to know: that {P} was brave",
    "and then I came home from work and {P} was sitting on the step with no coat on and nobody "
    "had rung, nobody, and it was raining and {P} said it's alright Mam I'm not cold, that's "
    "what {P} was like, never wanted anyone worrying",
    "The mother's statement, paragraph 9: I rang them. I rang them about {P} four times in a "
    "fortnight. Four.",
    "Complaint to the panel chair from the grandparents: the report calls {P} \u2018it\u2019 in "
    "one place. Our grandchild was not an \u2018it\u2019.",
    "{P} {P} {P} \u2014 the baby brother's first word, the aunt said, and he says it to every "
    "photo.",
    "IN MEMORY OF OUR DARLING\n{P}\nWE LOVE YOU TO THE MOON AND BACK",
    "\u201cMy {P} wouldn't hurt a fly,\u201d the father said at the inquest, and then he had to "
    "sit down.",
    "Family comment on paragraph 6.4: who decided {P} was \u2018thriving\u2019? {P} was on the "
    "2nd centile.",
    "The family asked that their words be recorded without correction: \u201cYous lot never "
    "even knew {P}\u2019s middle name.\u201d",
    "12.03.21 \u2014 {P}'s last good day, the mother called it: the park, chips, bath, bed.",
    "Advocate's note: the sister (14) said she wants people to know {P} was \u201cannoying in a "
    "good way, like all younger brothers\u201d.",
    "Pet names, as the family gave them: {P}-pops, Bug, Sausage, Captain.",
    "Oh, {P}! Oh, pet! the grandmother said when the photographs were passed round again.",
    "\u201cAh telt them, ah telt them a hunner times {P} wisnae eatin\u2019,\u201d the "
    "grandmother said.",
    "Our {P} was lush, she was, proper lush, and that's what we want in the report.",
    "Written on the back of the photo in the grandmother's hand:\n{P}, aged 5,\nat the seaside, "
    "happy.",
    "FAMILY STATEMENT \u2014 {P}",
    "Was {P} ever asked? Not once, the father wrote, not once in four years.",
]

SIXTIETH_ORDINARY = {
    "hope": [
        "Hope is a hard word for us now, the mother wrote to the panel.",
        "We had hope right up until the last phone call.",
        "The grandmother said she lost all hope when the second referral was shut down.",
        "Family comment: \u201cour only hope now is that no other family goes through this.\u201d",
        "Hopeful is not a word the family recognise in paragraph 7.1.",
        "I hope whoever reads this has the decency to read it all, the aunt wrote.",
        "We pinned our hope on the new social worker, and then she left.",
    ],
    "grace": [
        "Grace was said at the wake by the child's great-uncle.",
        "The grandmother received the news with more grace than any of us could manage.",
        "There was no grace in how the hospital told the parents, the aunt wrote.",
        "Family comment: a week's grace to reply to a draft this long is not enough.",
        "She moved with such grace, the dance teacher wrote in the card the family shared.",
        "\u201cBy the grace of God the baby was at my sister's that night,\u201d the mother said.",
        "Saying grace before tea was the one rule the child never argued with.",
    ],
    "mark": [
        "The first anniversary was a mark the family dreaded.",
        "A mark on the cheek was all the photograph showed, the grandmother insisted.",
        "\u201cMark my words, someone is going to answer for this,\u201d the grandfather said.",
        "The family asked the author to mark every change to the draft in red.",
        "Pencil lines on the door frame mark how tall the child was each birthday.",
        "Marks out of ten for honesty, the aunt wrote in the margin: three.",
        "The school's book of condolence had a tear mark on the first page.",
    ],
    "rose": [
        "A single white rose was placed on the coffin by the sister.",
        "The father rose to speak at the inquest but could not.",
        "Complaints from the family rose to four after the draft was shared.",
        "Rose petals were scattered on the path at the crematorium.",
        "Nobody looked at our family through rose-tinted glasses, the mother said, least of all "
        "us.",
        "The grandmother's rose bush was the child's favourite place to hide.",
        "The sun rose on the day of the funeral as if nothing had happened, the aunt wrote.",
    ],
    "may": [
        "May was the child's birthday month, and the family asked the panel to sit in June "
        "instead.",
        "You may think you know our family from these files; you do not.",
        "The inquest opened on 9 May and was adjourned twice.",
        "Family comment: the draft may be factually right, but it is not the truth.",
        "It may help other parents, the mother said, if the report is written plainly.",
        "Every May since, the grandparents have planted sunflowers by the bench.",
        "Whatever the agencies may say, we were never told the baby was on a plan.",
    ],
    "will": [
        "The grandmother changed her will so that the sister is provided for.",
        "We will keep saying the name until somebody listens, the aunt said.",
        "It was against our will that the family liaison officer was changed.",
        "The review will be read by people who never met the child, the father wrote.",
        "Nobody will tell us why the second visit was cancelled.",
        "The mother lost the will to eat for weeks after the funeral, her sister said.",
        "Free will was the reason given, the family were told, for letting the teenager refuse "
        "the referral.",
    ],
    "william": [
        "We will keep saying the name until somebody listens, the aunt said.",
        "It was against our will that the family liaison officer was changed.",
        "The funeral bill was paid by a collection at the father's work.",
        "A letter chasing the water bill arrived on the morning of the funeral.",
        "The review will be read by people who never met the child, the father wrote.",
        "The grandparents footed the bill for the flowers and the cars.",
        "Nobody will tell us why the second visit was cancelled.",
    ],
    "bill": [
        "The funeral bill was paid by a collection at the father's work.",
        "A letter chasing the water bill arrived on the morning of the funeral.",
        "The grandparents footed the bill for the flowers and the cars.",
        "Bills piled up on the mat for weeks; nobody in the house could face them.",
        "The phone bill shows eleven calls to the duty desk in one month, the mother said.",
        "The council sent a bill for clearing the flat, the aunt wrote, before anyone said sorry.",
        "A bill for the school trip was still stuck to the fridge.",
    ],
    "amber": [
        "Amber was the rating on the form, the family learned at the inquest, and nobody acted.",
        "The child's amber beads were buried with her.",
        "\u201cWhat does amber even mean?\u201d the grandfather asked the reviewer.",
        "Streetlights turned everything amber on the walk home from the hospital, the mother "
        "remembered.",
        "The traffic-light score went from amber to red and back again without anyone ringing "
        "the family.",
        "An amber pendant from the grandmother's own childhood was placed in the coffin.",
    ],
    "sky": [
        "The child used to say the sky was \u2018a big blanket\u2019.",
        "Balloons were let go into the sky at the end of the service.",
        "The sister looks at the sky every night and says goodnight out loud.",
        "Sky blue was the colour of the coffin, chosen by the sister.",
        "Under a grey sky the family stood outside the coroner's court for an hour.",
        "The television package was Sky, the aunt said, not \u2018expensive extras\u2019 as the "
        "draft put it.",
    ],
    "faith": [
        "Faith in social care is gone, the family wrote, and this report has not brought it back.",
        "The grandparents' faith got them through the first year.",
        "We acted in good faith every time we rang, the mother said.",
        "Faith leaders from the mosque sat with the family during the inquest.",
        "The family have lost faith in the complaints process and asked for a reviewer from "
        "outside the area.",
        "Keeping faith with the child's memory, the aunt said, means telling it straight.",
    ],
    "holly": [
        "Holly wreaths were laid at the gate by the neighbours.",
        "The child loved the holly tree at the grandparents' because of the red berries.",
        "A sprig of holly was tucked into the card from the school.",
        "Every December the family hang holly on the bench in the park.",
        "The scratches on the arm were from the holly hedge, the mother told the panel, and she "
        "said so at the time.",
        "The card the sister made had a holly leaf drawn in felt tip.",
    ],
    "ruby": [
        "The grandmother's ruby ring was put in the coffin.",
        "Ruby slippers, like in the film, were what the child wore to every party.",
        "It would have been the grandparents' ruby anniversary the week of the funeral.",
        "The child's cheeks went ruby red in the cold, the aunt remembered.",
        "A ruby-coloured heart was painted on the memorial bench.",
        "Family comment: the \u2018ruby staining\u2019 in paragraph 4.3 was felt-tip pen, and we "
        "told the police that.",
    ],
    "daisy": [
        "The child made a daisy chain for every visitor that afternoon.",
        "Daisy chains were laid on the coffin by the classmates.",
        "The sister's daisy hair clips are still on the bathroom windowsill.",
        "Fresh as a daisy every morning, the grandad said, whatever time she went to bed.",
        "A daisy was painted on each of the pebbles the family left at the grave.",
        "The nursery group was called the daisy group, the mother explained, not a "
        "\u2018class\u2019.",
    ],
    "summer": [
        "Summer was the child's favourite season.",
        "The last summer holiday was spent in a caravan at the coast, and the family want the "
        "panel to know it was a happy one.",
        "Over the summer nobody from any agency came to the house.",
        "A summer fair at the school raised money for the memorial bench.",
        "Summer-born, the child was always the smallest in the class photo.",
        "By late summer the referrals had stopped, and so had the visits.",
    ],
    "joy": [
        "Joy is what the family want remembered, not the injuries.",
        "The baby brought nothing but joy, the grandmother told the reviewer.",
        "There is no joy in this house now, the father wrote.",
        "Pure joy, the aunt said, was the child on a trampoline.",
        "The grandparents' pride and joy was the photo wall in the hallway.",
        "Joy and grief sat side by side at the service, the mother said.",
    ],
    "dawn": [
        "Dawn was breaking when the hospital rang.",
        "The grandmother has not slept past dawn since that night.",
        "It dawned on the family at the inquest that the visits had never happened.",
        "At dawn the family went to the beach where the ashes were scattered.",
        "From dawn to dusk the grandfather sat by the bed at the hospital.",
        "A dawn vigil was held on the first anniversary.",
    ],
    "ivy": [
        "Ivy covered the window of the child's bedroom, and the family asked the landlord twice "
        "to cut it back.",
        "The grandmother trained ivy over the memorial arch in her garden.",
        "Poison ivy was what the child called the aunt's cat, for a joke.",
        "Ivy leaves from the old house were pressed into the memory book.",
        "The ivy on the fence hid the gap the child used to squeeze through.",
        "The crematorium wall is thick with ivy, the aunt said, and it felt right.",
    ],
    "jack": [
        "The car jack was still in the boot when the family car was sold.",
        "The child's favourite toy was a jack-in-the-box from the grandmother.",
        "The father, a jack of all trades, built the coffin stand himself.",
        "Jacks and marbles were the games the grandad taught all the grandchildren.",
        "Hit the jackpot, the aunt said, when the child was born.",
        "Family comment: the \u2018weapon\u2019 in 5.2 was a car jack from the boot, and it had "
        "nothing to do with the child.",
    ],
    "robert": [
        "They robbed us of the chance to say goodbye, the mother said.",
        "The father said he was robbed of the last year of his child's life.",
        "Robbery, the grandmother called it: someone took the child's whole future.",
        "Nobody should have to rob a food shop to feed a child, the aunt wrote, but that is what "
        "the father did.",
        "The delays robbed the family of the chance to be heard at the first hearing.",
        "A cousin had tried to rob the house after the funeral, the grandmother told the panel.",
    ],
    "frank": [
        "The family want to be frank: this report frightens them.",
        "A frank talk with the coroner helped the mother more than any meeting with services.",
        "Frankly, nobody listened until the child was dead, the grandfather said.",
        "The aunt was frank about her own drinking when she met the reviewer.",
        "We asked for a frank answer and got a leaflet, the mother wrote.",
        "To be frank, the family said, they do not recognise the child in this report.",
    ],
    "miles": [
        "The placement was forty miles from the grandparents, and nobody asked them first.",
        "The mother walked three miles to the hospital because there were no buses.",
        "Miles of paperwork, the aunt said, and not one line about who the child was.",
        "The grandad drives fifty miles each Sunday to the grave.",
        "Our accounts and the agencies' accounts are miles apart.",
        "The child would run for miles on the beach and never get tired.",
    ],
    "dean": [
        "The dean of the cathedral offered the family a service free of charge.",
        "A letter from the dean of the college confirmed the older sister's leave.",
        "The rural dean took the funeral because the vicar was away.",
        "The aunt, who works in the dean's office at the university, took the notes at the "
        "meeting.",
        "Family comment: the dean at the sister's sixth form was the only one who asked how she "
        "was.",
        "The dean read a prayer the grandmother had chosen.",
    ],
    "marsh": [
        "The family scattered the ashes on the marsh where the child used to watch the birds.",
        "Marsh land behind the estate was where the children played, and it was never fenced.",
        "The marsh flooded the winter the family were moved, the grandmother remembered.",
        "A bench looks out over the marsh now, with a small plaque.",
        "Marshmallows on sticks at the bonfire were the child's idea of heaven.",
        "The path across the marsh is unlit, and the mother asked the council to light it.",
    ],
    "hill": [
        "The child raced the grandad up the hill every Sunday and always won.",
        "Over the hill is the cemetery, so the family can see it from the back garden.",
        "The sledge was kept for snow on the hill behind the school.",
        "Family comment: the draft says the house is \u2018isolated\u2019; it is on a hill, two "
        "minutes from the shop.",
        "Hillside walks with the dog were the child's favourite thing.",
        "The mother pushed the pram up the hill to every appointment, and the review does not "
        "say so.",
    ],
    "wood": [
        "The grandfather carved a small box from a piece of wood for the ashes.",
        "The child's den in the wood behind the estate is still there.",
        "Wood chips on the path at the crematorium stuck to the sister's shoes.",
        "Touch wood, the mother said, the baby is thriving now.",
        "A wood burner was the only heating in the house, and the family said the review got that "
        "wrong.",
        "They walked in the wood every Saturday, the grandad and the child.",
    ],
    "stone": [
        "The grandmother has lost a stone since the funeral.",
        "A smooth stone from the beach sits on the child's pillow.",
        "Stone-faced, the father listened to the pathologist's evidence.",
        "The memorial stone was paid for by the street.",
        "Stone cold, the flat was, the aunt said, every time she went round.",
        "The child collected stones from every beach and kept them in a shoebox.",
    ],
    "bell": [
        "The church bell rang seven times at the funeral, one for each year.",
        "Nobody answered the bell the day the social worker called, the draft says; it had been "
        "broken for months.",
        "Saved by the bell, the grandad used to say when the child got out of washing up.",
        "A small bell hangs in the grandparents' garden and rings when the wind blows.",
        "The school bell was rung for a minute's silence on the Monday.",
        "Bell-ringers from the village church rang a quarter peal in the child's memory.",
    ],
    "brown": [
        "The child's brown teddy went into the coffin.",
        "Brown eyes, like her dad, the mother said.",
        "A brown envelope from the coroner's office arrived on the child's birthday.",
        "The photograph in the report is brown and blurred, and the family have sent a better one.",
        "Family comment: \u2018brown staining\u2019 in section 3 was gravy, as we told the police "
        "at the time.",
        "The garden had gone brown by the end of the first dry spell without the child to water "
        "it.",
    ],
    "green": [
        "Green was the child's favourite colour, so the family wore it to the funeral.",
        "The village green was full of candles the night after.",
        "The social worker was green, the grandmother said, and should never have been on her own "
        "with this family.",
        "A green light from the panel was all the family needed to speak at the launch.",
        "The green coat on the hook by the door is still there.",
        "Greenhouse tomatoes were the child's job at the grandad's allotment.",
    ],
    "lamb": [
        "Sunday lamb at the grandparents' was the one meal the child never missed.",
        "A knitted lamb was tucked in beside the baby.",
        "Gentle as a lamb, the aunt said, and the draft makes the child sound like a thug.",
        "The child bottle-fed a lamb on the farm trip and talked about nothing else for a week.",
        "\u201cLamb of God\u201d was the hymn the grandmother chose.",
        "Lambing time at the uncle's farm was the happiest the child ever was, the family said.",
    ],
    "fox": [
        "A fox comes into the garden most nights, and the sister says it is the child visiting.",
        "The child's fox costume was worn to every party for a year.",
        "Foxes had got into the bins, the mother said, which is why the yard looked as it did in "
        "the photographs.",
        "A toy fox with one ear went with the child to hospital and came home without her.",
        "The grandad taught the child to tell a fox from a dog by its tail.",
        "Fox cubs under the shed were the child's big secret that spring.",
    ],
    "banks": [
        "Food banks kept the family going that winter, and the review does not mention it.",
        "The river burst its banks the week of the funeral, and the cortege had to go the long "
        "way round.",
        "Banks refused the mother an account, so the benefits went to the father.",
        "The children used to roll down the grassy banks at the park.",
        "Snow banks outside the house meant the ambulance could not get near.",
        "The aunt wrote to two banks to shut the child's savings account.",
    ],
}

SIXTIETH_UNLISTED = [
    "The eulogy was given by the family friend {U}, who had known the child since birth.",
    "The funeral was held at St {U}'s, and the wake at the social club in {T}.",
    "{U}, the child's godmother, read a poem she had written herself.",
    "Family comment: it was {U} from next door who did CPR, not the paramedics, and the report "
    "should say so.",
    "The grandparents drove down from {T} that night and have stayed ever since.",
    "Mrs {U}, the dinner lady, sent a card that the mother read out at the meeting.",
    "Dr {U} never once examined our grandchild without the father in the room, the grandmother "
    "wrote.",
    "The family asked that the advocate, {U}, be thanked by name in the final report.",
    "\u201c{U} knew. {U} knew and said nothing,\u201d the aunt said of the former lodger.",
    "Family comment: the meeting in {T} was not \u2018declined\u2019; the bus from {T} did not "
    "run that day.",
    "The order of service lists the bearers: Dad, Grandad, the uncle and {U}.",
    "Our cousin {U} set up the collection for the memorial bench in {T}.",
    "We do not want {U}'s name in this report, the family said of the partner's friend; we want "
    "it in a courtroom.",
    "The aunt flew back from {T} for the inquest and gave her statement the next morning.",
    "A teaching assistant, {U}, was the only professional who came to the funeral, the mother "
    "said.",
    "{U} rang the family every night for a month after, and still does on the anniversary.",
]
