"""Sixty-ninth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1467 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1467; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first, a
title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the
capital it gives a lower-case name that opens a template (only when nothing stands before the
placeholder and the text before it, with trailing white space and line breaks stripped, ends in a
full stop, so a name after "Dear", "To", a colon, a quote mark, a line break or "shh" keeps the
case it was given), the word-names and the other name lists (plain given names,
street trees and suffixes, the words of nursery names, the syllables of invented surnames and
towns, the first names it gives unlisted people and its fallback surname), the keys of
FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert, so "miles" and "banks"
are always written in full and every "will" sentence has a space after the word); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title or role, "Miss", "Auntie",
"Uncle", "Nanny" and "Mum" included, is put directly before {U} or {P}), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the lines of
a wish list or a poem are written into a template as "\\n". The first 45 lines (the headers) of
the sixty-fifth, sixty-sixth, sixty-seventh and sixty-eighth families, read with head -45 in one
shell loop, and nothing else of them; none of those modules was imported. The absence of this
file was tested with test -e and the presence of .venv/bin/ruff with test -x, in one command; no
directory was listed, git was not run, no README, word list, test or source module and not the
benchmark runner was opened, and the seventieth family, being written at the same time, was not
looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the
project; the name lists it checks against were copied by hand from the printed corpus.py) for
stray braces and placeholders, for a title before {P} or {U}, for the count of sentences per key,
for each ordinary span falling on the start of the intended word (it repeats the generator's
first-substring rule), for a second match of the word in the same sentence, for line lengths and
non-ASCII characters, and for the substrings below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo",
"ty", "cal", "jon" and "nan" as whole words; "nate", "beth", "chris", "tony", "rick", "dick",
"bert", "kate", "kath", "billy", "bobby", "robbie", "robin", "rosie", "gracie", "maisie",
"frankie", "jackie", "tally", "telly", "ellie", "katie", "libby", "betty", "kitty", "eliza",
"jonny" and "willie" as parts of words too) are kept out of every sentence here, from general
knowledge, so a child's grandmother is always "Gran", never "Nan" or "Nanny", Christmas is
"xmas", the television is "TV", and nothing is "tricky", "totally" or a "skateboard". Words that
merely contain a word-name, a plain given name, a street tree, a nursery word or an unlisted
first name are kept out of every sentence but the ones written for that word, and children's
writing is full of them: nobody "smiles" (it holds "miles"), "enjoys" a day, wears a "jacket",
has a "problem" or a "robot", says "maybe", hopes "hopefully" or "will" do anything outside the
sentences for "will" and "william", the little brother is the baby brother and the nursery words
("little", "tiny", "busy", "steps") do not appear at all.

Styles. The child's own writing and making as it reaches a review through school books, therapy
files and a family's keepsakes, each piece quoted or described with the adult's note beside it:
news-book and "my weekend" entries; diary and journal entries from the young child's to the
teenager's ("Whatever."); letters, a sorry letter, a postcard never sent, a letter to Santa and
birthday, Mothers Day and get-well cards with their sign-offs ("lots of love from", "xxx");
captions on drawings and self-portraits, labels on a family tree, an ecomap and a circles of
closeness sheet, a life-story book, a timeline and a keepsake box; the three houses (worries, good
things, dreams), worry-box notes folded small and a feelings thermometer; a numbered wish list and
a list of things I like written as lines with "\\n"; a short rhyming poem about the family; a
comic strip with speech bubbles and a last panel; invented spelling ("swiming", "agen", "pleeze",
"wot if", "dosnt", "storys", "worryed"), capitals for shouting ("GET TO YOUR ROOM NOW!!!", "I AM
NOT TALKING TO"), hearts (a heart sign, \\u2764, and "+ me = best frends 4 ever"); and the adults'
voices: the class teacher's comment in red pen, a teaching assistant's margin note, a play
therapist's session log and summary, a school counsellor's note on consent to copy pages, a
reading record and a homework diary signed by a parent. Names of the case appear after "Dear",
"To", "for", "from", "with", "and", "at" and a colon, before a plus sign, between hearts, inside
quotation marks, as a speech-bubble speaker label, alone at the end of a label, at the start of a
line of a poem or list, inside a line of capitals, after "shh" and in a sign-off written all in
lower case. Ordinary uses put each word-name where a child or a teacher would write it: "I hope",
"say grace", "full marks", "Roses are red", a month and "May I", "I will", a duck's bill and a
phone bill, a behaviour chart on amber, sky, faith, holly, ruby, daisy chains, summer, joy, dawn,
ivy, a car jack and a jack-in-the-box, robbers in a comic, "frankly", miles, a dean, a marsh, a
hill, wood, a worry stone, the school bell, Brownies, green, a lamb, a fox, river banks and piggy
banks, at the start of a sentence and inside it, in capitals and in inflections ("marks", "Roses",
"robbed", "Frankly", "Brownies", "Foxes", "jacks"), each once in its sentence. Unlisted people
and places are friends, a teacher ("Mrs"), a doctor ("Dr"), a church ("St"), a neighbour and
holiday and moving-house towns, as a child names them.
"""

SIXTYNINTH_PERSON_SENTENCES = [
    'News book, Monday: "On Satday I went to the park with {P} and we had chips."',
    "My weekend. I went swiming with {P} and I did a hole width!!!",
    "Diary, 3 Feb: {P} was shouting agen last nite so I put my hed under the pilow.",
    "Dear {P}, I miss you lots and lots. Pleeze come back soon. Love from me xxx",
    "To {P}, happy Mothers Day, you are the best in the hole wurld \u2764",
    'Caption on a drawing: "this is {P} in the big bed and this is me on the sofa"',
    'Worry box, 14/01: "I am worryed that {P} is sad all the time."',
    'House of worries: "when {P} is cross and throws stuff"',
    'House of good things: "{P} reads me storys and does the voices"',
    'House of dreams: "me and {P} live by the sea with a dog called Biscuit"',
    "WISH LIST\n1. a bike\n2. slime\n3. for {P} to stop crying\n4. a puppy",
    'Comic strip, panel 3, speech bubble: "{P}: GET TO YOUR ROOM NOW!!!"',
    "Last panel: {P} says sorry and gives me a hug. THE END.",
    "I \u2764 {P} \u2764\u2764",
    "{P} + me = best frends 4 ever",
    "(Class teacher's note: {P} wrote this independently and asked to read it to the class.)",
    "Therapist's note, session 4: in the sand tray the child put {P} behind a wall of shells.",
    "TA's note in the margin: {P} spelled 'scared' unaided and underlined it twice.",
    "Poem, My Family:\n{P} is funny,\nthe dog is fat,\nI am me\nand that is that.",
    "Birthday card, inside: 'to {P}, from your best boy' and a cake with nine candles.",
    "Get well soon {P}!!! I made you this card in golden time.",
    'Speech bubble from the biggest figure: "{P} is NOT allowed in here"',
    'Journal, Year 9: "{P} doesn\'t get it. Nobody does."',
    'Journal entry, age 14: "Had another row with {P} about my phone. Whatever."',
    "Sorry letter: Dear {P}, I am sorry I kicked the door. I was angry. I love you.",
    "Feelings thermometer, top (red, BOILING): when {P} goes out at night.",
    "Label written by the teacher under the tallest figure, at the child's request: {P}.",
    "On the family tree the child drew a thick line to {P} and wrote 'my dad' underneath.",
    "Written on the back of the school photo: for {P} to keep forever and ever.",
    "Life-story book, page 2: this is me with {P} on the day I was born.",
    "Postcard, never sent: Dear {P}, its raining here, I got a shell, wish you was here.",
    "Play therapy log, session 6: the child named the crocodile puppet {P}.",
    "Note in the worry box, folded very small: wot if {P} dosnt come to pick me up",
    "I AM NOT TALKING TO {P} EVER AGAIN (in capitals, pressed hard into the page).",
    "lots of love from {P} xxxxx",
    "Signed in the corner in pencil: {P}, age 6.",
    "Front of the card: a rainbow and the words '{P} IS THE BEST'.",
    "News book: I stayed at {P}'s flat and we had pizza and watched a film.",
    "Teacher's comment in red pen: Lovely writing! Who is {P}?",
    "Therapist's summary: {P} appears in every drawing from the first six sessions.",
    "Keepsake box, item 4: a hospital bracelet with {P} written on it in biro.",
    "Reading record, adult comment: read with {P} tonight, did really well on the hard words.",
    "Homework diary signed by {P} every night until half term.",
    'Story, "The Dragon Cave": the knight is called {P} and saves everyone.',
    "Timeline drawn by the child: 2019 baby born, 2020 {P} left, 2021 new school.",
    "Ecomap: {P} drawn nearest the middle, with a thick line and a heart.",
    "Circles worksheet, inner circle: me, the dog, {P}. Outer circle: school.",
    "A person who is special to me is {P} because they make me laugh.",
    "THINGS I LIKE\npizza\nfootball\n{P}\nMinecraft",
    "Letter to Santa: pleas can {P} come home for xmas that is all I want.",
    "Diary, in capitals, the pen nearly through the page: {P} LIED.",
    "Caption under the bedroom drawing: shh {P} is asleep.",
    "School counsellor, 12/03/2025: {P} brought the diary in and agreed to pages being copied.",
    "Self-portrait caption: me being brave when {P} was poorly.",
    "Voice note typed up by the therapist: 'I don't want {P} to be sad no more.'",
]

SIXTYNINTH_ORDINARY = {
    "hope": [
        "I hope it snows tomorow so we can make a snowman.",
        "HOPE YOU FEEL BETTER SOON (inside a get-well card, with a plaster drawn on the bear).",
        "Wish jar: I hope I can have a sleepover at my friends house.",
        "Hope is like a candle that does not go out, the child wrote for the class display.",
        "Therapist's note: the child chose the word hope for the last page of the feelings book.",
        "i hope the cat is ok on her own at the old house",
    ],
    "grace": [
        "We say grace before tea at the foster house and I like the bit about bread.",
        "Teacher's note: the child accepted losing the race with real grace.",
        "Grace before lunch: thank you for the food, amen (copied from the board).",
        "Saying grace is a bit weird but I dont mind it, the diary says.",
        "Our class value this term is grace, and the child drew a picture for the wall.",
        "The ballet teacher said I danced with grace, it was the best thing ever.",
        "Diary: we got a day's grace on the library books because of the snow.",
    ],
    "mark": [
        "I got full marks on my spelling test!!! 10 out of 10!!!",
        "There is a mark on the sofa where I spilt juice and I said sorry.",
        "Mark the places you feel worried on the body outline, the worksheet says.",
        "A huge question mark is drawn next to the word DAD, with nothing else on the page.",
        "Therapist's note: the pencil mark across the face of the figure was pressed very hard.",
        "I made a mark on the door frame to see how tall I am now.",
    ],
    "rose": [
        "Roses are red, violets are blue, I love my mum and she loves me too.",
        "The sun rose up all pink and orange and we saw it from the car.",
        "I gave my teacher a rose from Grans garden and she put it in a cup.",
        "Drawing of a pink rose with a face in the middle and 'for you' underneath.",
        "Teacher's note: the child's confidence in reading aloud rose steadily this term.",
        "Rose petal perfume I made in a jam jar (it smells a bit funny).",
        "We rose early to catch the train to the seaside, the journal says.",
    ],
    "may": [
        "May I please have a dog for my birthday? (top line of the wish list)",
        "My birthday is in May and I am going to be nine.",
        "Teacher's note: this piece was written in May, two weeks after the move.",
        "It may rain on sports day so bring a coat, the letter home said.",
        "At the May fair we danced round the big pole with ribbons.",
        "You may open this box when you are sad, says the label on the lid.",
        "The worry monster may eat your worries if you feed it at night, the child explained.",
    ],
    "will": [
        "I will be good, I promise, cross my heart.",
        "When I grow up I will be a vet and look after all the animals.",
        "Will you come to my assembly on Friday? Tick yes or no.",
        "Teacher's note: the child wrote 'I will try again tomorrow' after the fractions test.",
        "Worry box note: will the new house have a garden",
        "It will be ok in the end, the child wrote on the last page of the diary.",
        "Year 10 RE essay: free will is when nobody makes you do it.",
    ],
    "william": [
        "Next year I will be in Year 4 with the big ones.",
        "Will you read me a story when you visit? Love from me.",
        "The duck has a yellow bill and it quacked at me.",
        "I will always keep this card in my memory box.",
        "Dad's phone bill was too big so he cant ring me now, the diary says.",
        "Teacher's note: 'I will not cry at school' is written three times at the back.",
        "The platypus has a bill like a duck (animal fact file, Year 3).",
    ],
    "bill": [
        "The duck has a big orange bill and it ate all our bread.",
        "Mum got a bill in the post and was sad all day.",
        "Bills, that is all the grown-ups talk about, the diary says.",
        "My shop game: the bill is 50p please, pay at the till.",
        "The pelican keeps fish in its bill (science poster, Year 2).",
        "Therapist's note: in role play the child handed over a pretend bill: 'we can't pay'.",
        "Electric bill came and we had candles, it was like camping.",
    ],
    "amber": [
        "Amber is my best colour because it is like honey.",
        "Traffic light poem: red means stop and amber means get ready.",
        "I found a bit of amber on the beach with a bug stuck inside it.",
        "My feelings chart is on amber today, I am a bit wobbly.",
        "Teacher's note: behaviour chart moved to amber after lunch; the child was upset.",
        "The leaves are red and amber and yellow in autumn, I made a collage.",
        "AMBER on the class chart means think again.",
    ],
    "sky": [
        "The sky was all pink when we walked home from Grans.",
        "I drew the sky black because it was night and I was scared.",
        "Sky blue is my favourite crayon, it is nearly worn out.",
        "Poem: I wish I could fly up in the sky and see everyone at once.",
        "Therapist's note: a large yellow sun fills the top of the sky in every drawing.",
        "Sky diving is on my bucket list, number 4.",
        "When I look at the stars in the sky I think about my dad.",
    ],
    "faith": [
        "Our RE topic is faith and I wrote about going to church with Gran.",
        "Faith means believing in something you can't see, the child wrote on the RE sheet.",
        "Keep the faith!!! (on the back cover in bubble writing)",
        "Teacher's note: a lovely piece about the faith festivals we celebrate as a class.",
        "I have faith in myself, my counsellor says I should write that every morning.",
        "Faith school uniform is itchy and I dont like the tie.",
    ],
    "holly": [
        "We put holly on the door and it scratched my fingers.",
        "Holly leaves are spiky, I drew them with red berries on.",
        "My xmas card has holly and a snowman on it.",
        "The holly bush at school scratched my leg at playtime.",
        "Teacher's note: the winter poem mentions holly, snow and 'Mum's hot chocolate'.",
        "Holly wreath we made in class, glued onto a paper plate.",
    ],
    "ruby": [
        "A ruby is a red jewel, it is the jewel for July.",
        "The queen in my story has a crown with a ruby in the middle.",
        "Ruby slippers like in the film, that is what I want for my birthday.",
        "My dragon guards a ruby as big as a football.",
        "Teacher's note: the ruby-red heart on the card was cut out and stuck on by the child.",
        "I found a ruby in the sandpit but it was just a sweet.",
        "RUBY RED is the colour of my new boots.",
    ],
    "daisy": [
        "We made a daisy chain at playtime and I gave it to my teacher.",
        "Daisy chains are easy if you use your thumbnail, I showed my friend.",
        "Drawing caption: a big daisy with a face, 'this flower is happy'.",
        "I pulled the petals off a daisy: he loves me, he loves me not.",
        "Teacher's note: the child is in the daisy group for phonics this term.",
        "Fresh as a daisy, Gran says when I wake up.",
    ],
    "summer": [
        "In the summer holidays I went to the beach and had a ice cream.",
        "My summer was the best because I went on a plane.",
        "Summer is my favourite season because of the long days.",
        "Teacher's note: the summer writing project gave the child's longest piece of the year.",
        "This summer we didn't go anywhere but I played out every day.",
        "Dear diary, last day of summer term, I am going to miss my teacher so much.",
        "The summer fair had a bouncy castle and I won a goldfish.",
    ],
    "joy": [
        "Joy is when you get a puppy, the child wrote on the feelings sheet.",
        "The picture of the new baby has JOY written across the top in glitter.",
        "I jumped for joy when I got my certificate in assembly.",
        "Teacher's note: the child's joy at reading the piece aloud was lovely to see.",
        "We sang Joy to the World at the carol concert and I did the actions.",
        "My heart is full of joy, says the last line of the poem.",
        "Joy jar: write one happy thing every day and put it in the jar.",
    ],
    "dawn": [
        "We got up at dawn to see the sun come up over the sea.",
        "Dawn chorus is when all the birds sing in the morning, I heard it from my window.",
        "It was nearly dawn when we got to the new house, I was so tired.",
        "Teacher's note: the poem about dawn was written for the class anthology.",
        "Dawn is the quietest time, nobody is shouting, the journal says.",
        "The dawn is pink and grey, I wrote it in my weather diary.",
    ],
    "ivy": [
        "Ivy grows up the wall of our school and the birds live in it.",
        "We found a snail under the ivy by the shed.",
        "The ivy on Grans fence has black berries, DON'T EAT THEM.",
        "My drawing of the castle has ivy all over it so nobody can find the door.",
        "Teacher's note: leaf rubbings of ivy, oak and sycamore from the nature walk.",
        "Ivy leaves are shaped like a star with points, I counted them.",
    ],
    "jack": [
        "Dad used the car jack when we had a flat tyre on the motorway.",
        "My jack-in-the-box made the baby laugh so much.",
        "I got the jack of hearts in snap and I won.",
        "Union Jack flags were up for the party on our road.",
        "Teacher's note: the child drew a jack-o'-lantern and wrote 'spooky' underneath.",
        "Jackpot!!! I got three stickers in one day.",
        "We played jacks at Grans, you bounce the ball and pick them up.",
    ],
    "robert": [
        "The baddies tried to rob the bank in my story but the police got them.",
        "Someone robbed Grans shed and took her bike.",
        "Robbers wear stripy tops in my comic and carry a bag that says SWAG.",
        "In the game I am the police and my friend is the robber.",
        "Teacher's note: the story plan reads 'they rob the museum, then say sorry'.",
        "Dont rob my sweets!!! (note stuck on the lunchbox)",
    ],
    "frank": [
        "Teacher's note: a frank and moving account of the move to foster care, written unaided.",
        "I am going to be frank, I did not like the dinner.",
        "Frankly I am fed up of moving schools, the Year 9 journal entry begins.",
        "Therapist's note: the child was frank about missing home and about being angry.",
        "The letter to the head teacher is very frank about the bullying.",
        "Frankincense was one of the presents in the nativity and I carried it.",
    ],
    "miles": [
        "We walked for miles on the beach and my legs hurt.",
        "The new house is miles away from my old school.",
        "Miles are longer than kilometres, my maths homework says.",
        "I did the sponsored walk, three miles, and got a medal.",
        "Teacher's note: the child measured the way to Gran's on the map, about twelve miles.",
        "My dad lives 200 miles away and I see him on video call.",
    ],
    "dean": [
        "Year 12 journal: the dean of sixth form said my essay was brilliant.",
        "The dean at the open day showed us the science labs and the library.",
        "College note: the dean of students has seen this piece with the student's consent.",
        "My cousin is at university and she had to go and see the dean.",
        "The dean of the cathedral blessed our school banner at the service.",
        "Careers sheet: I want to be a dean one day and be in charge of a university.",
    ],
    "marsh": [
        "We went on a walk to the marsh and saw a heron standing on one leg.",
        "The marsh smells like eggs, yuck!!!",
        "Marsh birds: heron, egret, curlew (bird watching sheet, ticked in pencil).",
        "Teacher's note: the geography trip to the salt marsh inspired this poem.",
        "In my story the monster lives in a marsh and only comes out at night.",
        "There are frogs on the marsh behind Grans caravan.",
    ],
    "hill": [
        "We rolled down the hill and got grass all over us.",
        "The hill to school is steep and my legs ache.",
        "Hill walking with the youth club, we got to the top and had sandwiches.",
        "I drew our house on a hill with the sun going down behind it.",
        "Teacher's note: the castle on the hill was chosen for the school display.",
        "King of the hill is the best game at playtime.",
    ],
    "wood": [
        "In DT we made a bird box out of wood and I painted it.",
        "We went to the woods and made a den with my foster carer.",
        "Wood is hard and you need a saw, I got a splinter.",
        "Teacher's note: the wood carving was made in the forest school session.",
        "The table is made of real wood, Gran says don't put cups on it.",
        "Touch wood, Mum says, when she means good luck.",
    ],
    "stone": [
        "I found a stone shaped like a heart and I keep it in my pocket.",
        "Stone skimming at the lake, mine bounced five times!!!",
        "Teacher's note: the worry stone came from nurture group; the child keeps it in the tray.",
        "The Stone Age people lived in caves and ate mammoths.",
        "I painted a stone with a ladybird on it for Grans garden.",
        "My heart feels like a stone when I say goodbye, the poem says.",
    ],
    "bell": [
        "The bell went and I didn't want to go out to play.",
        "Bell ringing at the church on Sunday was so loud I covered my ears.",
        "I rang the bell on my bike all the way home.",
        "Teacher's note: the child asked why the end-of-day bell rings; it frightens them.",
        "We sang Jingle Bells at the concert and I did the actions.",
        "The bell on the shop door goes ding when you go in.",
    ],
    "brown": [
        "My dog is brown and white and he is called Biscuit.",
        "Brown bread is healthy but I like white.",
        "I coloured the tree brown and the leaves orange.",
        "Teacher's note: the child chose brown paper for the cover of the memory book.",
        "Brownies on Tuesdays is my favourite club, I got my badge.",
        "The river was all brown after the rain.",
    ],
    "green": [
        "Green is my favourite colour because it is the colour of grass.",
        "I planted a seed and now it is green and growing!!!",
        "Teacher's note: the child asked for the green pen as it is 'a calm colour'.",
        "The frog is green and slimy, I held it at the pond.",
        "GREEN means go on my traffic light of feelings.",
        "We played football on the green behind the flats.",
    ],
    "lamb": [
        "I fed a lamb with a bottle at the farm and it pulled really hard.",
        "The baby lamb was shaking so I think it was cold.",
        "Lamb is my best dinner with mint sauce.",
        "Teacher's note: the Easter card shows a lamb and a chick, coloured in carefully.",
        "In the nativity I was a lamb and I had to say baa.",
        "We saw a lamb being born on the school trip, it was slimy.",
    ],
    "fox": [
        "I saw a fox in the garden at night, its eyes were shiny.",
        "Fox cubs play in the field behind our flat.",
        "My story is about a clever fox who finds a new home.",
        "Therapist's note: the fox puppet was the child's choice in every session.",
        "The fox was screaming outside and I thought it was a baby.",
        "FOXES ARE MY FAVRIT ANIMAL",
    ],
    "banks": [
        "The river burst its banks and our school was shut.",
        "We sat on the banks of the canal and fed the ducks.",
        "Piggy banks are for saving, mine has \u00a33.20 in it.",
        "Teacher's note: the river drawing shows the banks, a bridge and 'where we used to live'.",
        "Banks keep your money safe, said the money lesson worksheet.",
        "The grass banks at the park are good for rolling down.",
    ],
}

SIXTYNINTH_UNLISTED = [
    "My best frend is {U} and we play tig every playtime.",
    "I went to {U}'s party and there was a magician.",
    "Mrs {U} sed I was a super star today.",
    "On holiday we went to {T} and it rained every day.",
    "Dear diary, {U} called me names again at lunch.",
    "Teacher's note: {U}, in the piece, is a friend from the previous school.",
    "We are moving to {T} and I don't know anyone there.",
    "Me and {U} made a den in the park at {T}.",
    "Dr {U} gave me a sticker for being brave.",
    "We go to St {U}'s for church with Gran.",
    "Thank you card: to {U}, thank you for teaching me to swim, love from me.",
    "Wish list: a sleepover at {U}'s house in {T}.",
    "Therapist's note: {U}, named in the comic, is a boy in the child's class.",
    "Postcard from {T}: we saw seals!!!",
    "the man downstairs ({U}) is nice to our dog",
    "Gran lives in {T} and {U} lives next door to her.",
]
