"""Forty-ninth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc,
read with cat piped to head for the first 400 lines, and with sed for lines 400 to 800 and 800 to
the end; not imported), for the format: the {P}, {U} and {T} placeholders, the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it ends a sentence or a line, so a name after
"Dear", inside quotes or glued into a file name keeps its case), the word-names and the other name
lists (plain given names, street trees, the syllables of invented surnames and towns, the first
names it gives unlisted people), the keys of FRESH_ORDINARY (thirty-three, "will" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title is put before {U} or {P}), and
that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder, so no
literal brace appears in any sentence of this family. The first 45 lines (the headers) of the
forty-fifth, forty-sixth, forty-seventh and forty-eighth families, read with head -45, and nothing
else of them; none of those modules was imported. The [tool.ruff] table of pyproject.toml, printed
with sed up to the heading of the next table, for the line length (100). The presence of
.venv/bin/ruff and the absence of this file were tested with ls and test -e; no directory was
listed, so no other file name in bench/publish was seen beyond those the brief and corpus.py name.
The generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "beth",
"chris", "tony", "rick", "cal", "bert", "jon", "robin", "jo", "kate", "billy", "rosie", "gracie",
"ellie", "jade", "telly", "tally", "hols", "nan" and the like) are kept out of every sentence here
from general knowledge, so nobody watches the telly, the child lives with a grandma, and the PE bag
is a bag. Words that merely contain a word-name, a plain given name or a street tree ("remark",
"marked", "market", "bookmark", "enjoy", "enjoys", "risky", "Skype", "smiles", "milestone", "chill",
"uphill", "arose", "prose", "morose", "chamber", "wholly", "privy", "maybe", "mayor", "dismay",
"goodwill", "willing", "billing", "jacket", "hijack", "marshal", "belly", "labelled", "frankly",
"problem", "probably", "probation", "robust", "wardrobe", "academic", "pandemic", "parliament",
"Christmas", "Hollywood") are kept out of every sentence but the ones written for that word, so
children here like things rather than enjoy them, the first winter is a winter and not a Christmas,
and a plan notes rather than remarks; in those, an inflection that holds the word ("Billing",
"Bills", "Robbery", "Robbed", "dawned", "Marshland", "Hillside", "Woodwork", "Wooden", "Lambing",
"Deanery", "marks") is let stand where it is the first match. The person and unlisted templates
carry no "will", "may" or "bill" at all, so carers "are to" do things and letters "are to be"
routed. A throwaway check, piped to python from the command line and saved to no file, took the name
lists and FRESH_ORDINARY from corpus.py by parsing its text with the ast module (it was not
imported), applied the marking rule as read in corpus.py to this family's ordinary sentences, looked
for stray word-names, plain given names, street trees, unlisted first names and invented surnames
and towns (as whole words and, for word-names, names and trees, as substrings, in all three exports)
and nicknames (as whole words), checked that each template has only its own placeholders, exactly
one {P} in every person template, and no other brace, and that every non-ASCII character is written
as an escape, and ran the parse check in the brief; ruff check and ruff format were run on this file
only. Nothing under src/ or tests/, no README, no word list, no run_bench.py, no other part of any
sentence family, the fiftieth family not at all, and no git history was read; git was not run and
the benchmark was not run. No real person, child, carer, family, agency, court, council, church or
place is represented: every name of the case, and of the adults, staff and towns around it, is
filled in by the generator's placeholders or written as a role ("the IRO", "the contact supervisor",
"the birth mother", "Nana"); dates are invented and file references are made up.

Styles. Records of children in care, written the way they name a child: life story books
addressed to the child ("Dear ...", chapter headings, photo captions), later life letters and a
birth parent's letterbox letter signed off with a kiss, foster carers' daily logs (day and time
stamps, bedtime notes), contact supervisors' notes with clock times and dashes, independent
reviewing officer reviews (review numbers, the child's views in brackets), placement plan parts
and delegated authority, matching and adoption panel minutes (item and minute numbers, votes),
children's guardian reports in the first person, special guardianship and kinship assessments, and
the name changes of adoption ("Former name:", "Known as:", "Name on the birth certificate:").
Joins: the name opens a sentence or a log entry, follows a time stamp, a dash, a colon or a form
label, sits in a list of children or of people copied in (glued to semicolons), in brackets, in
quoted speech and in an addressed greeting, between commas as a vocative, before a possessive, in
an upper-case heading, on a line of its own between form labels, glued to slashes in a file
reference and to underscores in a file name, beside dates of birth and placement written with
dots and slashes, and after "for", "of", "with", "between" and "about". Ordinary uses put each
word-name where these records meet it: months and half-terms, the fostering allowance and its
bills, ratings on a stability tracker, the memory box and its contents, carers' gardens and walks,
court and panel idiom ("the green light", "in good faith", "a frank conversation"), at the start
of a sentence and within it, in an upper-case tracker label and in an inflection.
"""

FORTYNINTH_PERSON_SENTENCES = [
    "Dear {P}, this is your life story book, and it is all about you.",
    "Chapter 1: The day {P} was born",
    "You weighed 3.1kg at 04:12 in the morning, and your birth mother chose the name {P}.",
    "Dear {P},\nI am writing this letter for you to read when you are older.",
    "When {P} came to live with us, the baby was nine months old and could not yet sit up.",
    "Mum loves you, {P}, and always has. x",
    "Letterbox: card from the birth mother to {P} received 02/04/2024, checked and passed on.",
    '"Tell {P} I think about them every day," the birth father wrote.',
    "Annual letterbox exchange: photo and letter for {P}; no return address given.",
    "14:02 {P} arrived with the foster carer and went straight to the toy box.",
    "14:35 - birth mother asked {P} for a hug; it was given, briefly.",
    "15:00 Contact ended. {P} waved from the car and did not look back.",
    "Supervisor's note: the birth father called {P} by the old name twice and was reminded.",
    "IRO review no. 7 for {P}, held at the foster home, 10:00-11:30.",
    "The IRO spoke with {P} alone before the meeting, as is usual practice.",
    "Views of the child ({P}): wants to stay at the current school and see the dog at contact.",
    "Placement Plan Part 2 \u2013 {P} \u2013 signed by the carers on 19.01.24",
    "Delegated authority for haircuts and sleepovers rests with the carers of {P}.",
    "Known as: {P}",
    "Matching panel, item 4: the match of {P} with the adopters was recommended, 6 to 0.",
    "The panel asked how the adopters are to talk to {P} about the birth family.",
    "Minute 12.3 - {P}: the sibling assessment was noted and separate placements agreed.",
    "In my view as children's guardian, {P} needs permanence without further delay.",
    "I met {P} at school on 06/11/2023 and again at the foster home a week later.",
    "Former name: {P}. New name: withheld under the adoption order.",
    "Name on the birth certificate: {P}",
    "The birth name {P} is to be kept in the life story book after the order.",
    "Daily log, Sat: {P} up at 06:40, ate toast, upset after the video call with dad.",
    "{P} wet the bed again; sheets changed, no fuss made.",
    "Bedtime 19:30. {P} asked for the landing light to be left on.",
    "Carer's log 22/10: {P} came home from contact quiet and went to bed early.",
    "The special guardianship assessment of the paternal aunt as carer for {P} is positive.",
    "{P} calls the grandmother Nana and has done since the first week.",
    "Children in placement: {P}, a foster brother aged 12, and the carers' own son.",
    "Sibling group: the eldest (now 15), {P}, and the twins.",
    '"I\'m {P} and I live with my grandma now," the child wrote on the all-about-me sheet.',
    "File ref: LAC/2291/{P}/PP",
    "cc: IRO; {P}; foster carers; supervising social worker",
    "Saved as: later-life-letter_{P}_v3.docx",
    "re: {P} - respite request for half-term",
    "{P}'s memory box holds the hospital bracelet and the first pair of shoes.",
    "The social worker read {P}'s life story book with the carers.",
    "Age 4 (06/02/2020): {P} starts nursery three mornings a week.",
    "{P} - DOB 14.09.19 - placed 03.03.21 - order granted 11.11.22",
    "LATER LIFE LETTER FOR {P}",
    "Child's name\n{P}\nLegal status: interim care order (s.38)",
    "Photo 3: {P} at the beach with the foster family, aged 5.",
    "Has {P} been told about the adoption? Yes, through the story of the baby who needed a home.",
    "Under delegated authority the foster carer signed the school trip form for {P}.",
    "Contact between {P} and the birth mother is reduced to twice yearly.",
]

FORTYNINTH_ORDINARY = {
    "hope": [
        "Hope, the IRO wrote, rests on the carers' commitment to the long-term plan.",
        "The birth mother wrote that she lives in hope of a letter back each year.",
        "There is real hope that the siblings can be placed together.",
        "Hope for the future: to stay at this school until Year 11 (child's own words).",
        "The panel saw little hope of a return to the birth family.",
        "The carers have not given up hope of adopting the younger sibling.",
        "Dear little one, we hope you like your new bedroom.",
    ],
    "grace": [
        "Grace before meals is said in the foster home, and the child joins in.",
        "The kinship carer accepted the panel's decision with good grace.",
        "The court allowed a fortnight's grace for the birth father to file his statement.",
        "By the grace of a kind neighbour the children were fed that weekend.",
        "A period of grace before the placement ended gave everyone time to say goodbye.",
        '"Saying grace is new to her," the carer wrote in the log.',
    ],
    "mark": [
        "Mark the start of each contact session with the time of arrival.",
        "A small mark on the left shin was recorded on the placement day.",
        "To mark the first anniversary of the placement the carers baked a cake.",
        "The order was made on the child's sixth birthday, a date the family still mark.",
        "A birth mark on the neck is noted in the health assessment.",
        "Mark-making with crayons was the child's favourite activity at the contact centre.",
        "The IRO gave the care plan full marks for clarity.",
    ],
    "rose": [
        "Contact attendance rose once sessions moved to after school.",
        "The child rose early on the morning of the court hearing.",
        "A rose was planted in the garden on the day the adoption order was made.",
        "Anxiety rose sharply as each contact date came nearer.",
        "The placement's stability score rose after the respite weekends began.",
        "Rose-pink wallpaper was chosen by the child for the new bedroom.",
    ],
    "may": [
        "The birth parents may send one letter a year through the letterbox service.",
        "Contact may be suspended if the father arrives under the influence.",
        "In May the matching panel recommended the placement.",
        "The child may ask about the birth family at any age, the adopters were told.",
        "By the end of May the introductions plan had been completed.",
        "May half-term introductions went well, according to the foster carer.",
        "The review on 12 May confirmed the plan for long-term fostering.",
    ],
    "will": [
        "The foster carer will bring the child to the contact centre by 13:45.",
        "The IRO will write to the birth mother with the outcome of the review.",
        "A will naming the carers as testamentary guardians was recommended to them.",
        "The child said she will keep the later life letter in her memory box.",
        "Against her will the child was moved on a Friday afternoon, the review found.",
        "There was strong will on both sides to make letterbox contact work.",
        "Who will tell the child about the birth father's death was agreed at the meeting.",
    ],
    "william": [
        "The foster carer will bring the child to the contact centre by 13:45.",
        "A will naming the carers as testamentary guardians was recommended to them.",
        "The IRO will write to the birth mother with the outcome of the review.",
        "The fostering allowance does not cover the phone bill for video contact.",
        "A bill for the school uniform was sent to the local authority.",
        "Billing for the sessional life story worker was queried by the manager.",
        "The kinship carer's gas bill doubled once the three children moved in.",
    ],
    "bill": [
        "The fostering allowance does not cover the phone bill for video contact.",
        "A bill for the school uniform was sent to the local authority.",
        "Billing for the sessional life story worker was queried by the manager.",
        "The kinship carer's gas bill doubled once the three children moved in.",
        "Bills from the holiday club were paid from the child's allowance.",
        "The carers asked who pays the bill for the nursery place after the order.",
    ],
    "amber": [
        "The stability tool rated the placement amber after two disruption meetings.",
        "Amber on the tracker means the IRO reviews the case again within a month.",
        "An amber alert was added to the file when the birth father found the carers' address.",
        "The child's bedroom has an amber night-light that stays on until morning.",
        "AMBER: letterbox reply overdue by six weeks.",
        "Amber beads from the birth mother were kept for the child in the memory box.",
    ],
    "sky": [
        "The child drew a sky full of stars for the birth mother's card.",
        "Under a grey sky the family walked to the court for the celebration hearing.",
        "The carers painted the nursery ceiling sky blue before the baby arrived.",
        "Sky-blue paper was used for the pages about the birth family.",
        "Sky watching with the carer is part of the bedtime routine.",
        "The child looked up at the sky and asked if the birth mother could see it too.",
    ],
    "faith": [
        "Faith: Catholic; the birth mother asked that the child be baptised.",
        "The matching panel considered the adopters' faith and the child's heritage.",
        "Faith is important to the kinship carer, who takes the children to chapel.",
        "The birth father has lost faith in social workers since the removal.",
        "In good faith the carers shared photos that later appeared online.",
        "A faith-based fostering agency provided the respite placement.",
    ],
    "holly": [
        "Holly and paper chains decorated the contact room in December.",
        "The child pricked a finger on the holly in the carers' front garden.",
        "A sprig of holly was pressed in the life story book beside the first winter photo.",
        "The holly hedge at the foster home hides the garden from the road.",
        "Holly wreaths were made at the kinship carers' group.",
        "Berries from the holly were kept out of reach of the toddler.",
    ],
    "ruby": [
        "The adopters' ruby wedding party was the child's first big family event.",
        "A ruby ring left by the birth grandmother is held in trust for the child.",
        "Ruby-red cheeks after the long walk were noted by the contact supervisor.",
        "The child chose a ruby-coloured cover for the life story book.",
        "Ruby slippers from the school play are in the memory box.",
        "The birth mother's letter came in a ruby envelope covered in stickers.",
    ],
    "daisy": [
        "Daisy chains were made in the garden at the family centre.",
        "The nursery room is called the daisy room, and the child settled there quickly.",
        "The baby's first outfit had a daisy print, and it is kept in the memory box.",
        "A daisy was pressed between the pages of the later life letter.",
        "Daisy stickers went on the chart for each dry night.",
        "The child picked a daisy for the birth mother at the end of contact.",
    ],
    "summer": [
        "Summer contact took place in the park rather than the centre.",
        "Over the summer the child met the prospective adopters six times.",
        "The summer holidays were the longest time the child had been settled anywhere.",
        "Summer-born, the child was one of the youngest in the class.",
        "The later life letter describes the summer the child first came into care.",
        "During the summer term the school noticed the child was calmer.",
    ],
    "joy": [
        "Joy at seeing the brother was obvious at the start of sibling contact.",
        "The carers described the child as a joy to look after.",
        "There was little joy in the home before the removal, the guardian wrote.",
        "Joy, fear and sadness faces were used in the life story session.",
        "The adoption hearing was a day of real joy for the new family.",
        "The birth mother wrote of her joy at the photos sent through letterbox.",
    ],
    "dawn": [
        "Dawn had not broken when the emergency placement was made.",
        "The baby woke at dawn every day for the first month in placement.",
        "At dawn the police removed the children under police protection powers.",
        "It dawned on the carers that the child was hoarding food.",
        "Dawn starts for school meant the kinship carer was exhausted by Friday.",
        "The child left the foster home before dawn and was found at the bus station.",
    ],
    "ivy": [
        "Ivy covers the front of the foster home, which the child calls the leaf house.",
        "The child helped the carer cut back the ivy by the shed.",
        "Ivy leaves were pressed into the card the grandparents sent for letterbox.",
        "The contact centre's back fence is thick with ivy.",
        "The old house in the photos had ivy round the door.",
        "Ivy-covered walls at the children's home made the garden dark.",
        "The toddler was seen chewing ivy in the garden and the GP was phoned.",
    ],
    "jack": [
        "The carer's car jack was used to change a tyre on the way to contact.",
        "A jack-in-the-box from the birth father was the child's favourite toy.",
        "The boy, a jack of all trades in the kitchen, helped the carer bake.",
        "Union Jack bunting hung at the adoption celebration party.",
        "The birth father would jack in every job within a month, the assessment noted.",
        "Jack-knifed lorries delayed the journey, so contact started late.",
    ],
    "robert": [
        "The birth father was convicted of trying to rob a petrol station.",
        "Robbery by the older brother led to his move to a secure unit.",
        "The child feared someone would rob the memory box from the bedroom.",
        "Older boys in the children's home would rob the younger ones of their phones.",
        "The carers felt the delay would rob the child of a settled start at school.",
        "Robbed of a childhood, the birth mother herself grew up in care.",
    ],
    "frank": [
        "The birth mother was frank about her drinking at the assessment.",
        "Frank talk about the adoption began when the child was four.",
        "The IRO had a frank conversation with the carers about the late reports.",
        "In a frank letter the birth father explained why he could not care for the child.",
        "The adopters were frank with the panel about their infertility treatment.",
        "Frank and open life story work was recommended by the guardian.",
    ],
    "miles": [
        "The placement is thirty miles from the birth family, for safety reasons.",
        "Contact meant a round trip of ninety miles for the grandmother.",
        "Miles apart, the siblings kept in touch by letter.",
        "The child walked two miles to the contact centre with the carer.",
        "The carers claimed for the miles driven to contact and school.",
        "Three hundred miles from home, the child was placed out of area.",
    ],
    "dean": [
        "The dean of the university wrote a reference for the prospective adopter.",
        "The rural dean conducted the naming ceremony after the adoption.",
        "A letter from the dean confirmed the care leaver's bursary.",
        "The college dean met the care leaver's personal adviser about fees.",
        "The assistant dean for students is the named contact for care leavers.",
        "Deanery rules meant the chaplain needed the dean's consent to hold the service.",
    ],
    "marsh": [
        "The children's home backs onto marsh land with deep ditches.",
        "The boy ran off across the marsh after contact and was found by police.",
        "Marsh paths near the foster home are unlit at night.",
        "The carers walk the dog on the salt marsh at weekends.",
        "Marshland behind the caravan site was where the birth family lived.",
        "Marsh birds were the theme of the child's school project this term.",
    ],
    "hill": [
        "The foster home sits at the top of a steep hill.",
        "Hill walking with the carer helped the boy settle.",
        "The family centre is at the bottom of the hill from the station.",
        "The child rolled down the hill at the park during contact.",
        "Up the hill is the school the child asked to stay at.",
        "Hillside flats were where the birth mother last lived.",
    ],
    "wood": [
        "Wood for the fire was kept away from the toddler.",
        "The memory box was made of wood by the birth grandfather.",
        "A walk in the wood behind the carers' house follows every contact.",
        "Woodwork club on Thursdays is the boy's favourite activity.",
        "The child carved initials into the wood of the bunk bed.",
        "Wooden blocks and a farm set are kept at the contact centre.",
    ],
    "stone": [
        "The child has put on a stone since coming into care.",
        "A stone from the birth mother's garden sits on the windowsill.",
        "Stone steps at the contact centre are hard for the pram.",
        "The boy threw a stone at the carer's car after contact.",
        "The family home is a stone's throw from the school.",
        "Stone-faced, the birth father listened to the panel's decision.",
    ],
    "bell": [
        "The bell at the contact centre door is answered by the supervisor.",
        "A bell on the bedroom door lets the carers know when the child gets up.",
        "The school bell had rung before the carer arrived to collect.",
        "Bell-ringing practice at the church is the boy's Tuesday club.",
        "The baby would not settle without the toy bell from the birth mother.",
        "Nobody answered the bell, so the visit was rearranged.",
    ],
    "brown": [
        "Brown paper covered the new life story book until the child was ready.",
        "The child has brown eyes and curly hair, the profile says.",
        "A brown teddy from the birth father goes to every contact.",
        "Brown envelopes from the court are opened by the social worker, not the carers.",
        "The brown coat was the only thing the child brought into care.",
        "Light brown stains on the mattress were noted on the first night.",
    ],
    "green": [
        "Green is the child's favourite colour, so the new bedroom is painted to match.",
        "The panel gave the green light to the match.",
        "Green ticks on the chart show days with no incidents.",
        "The supervising social worker was green, only months into the job.",
        "A green folder holds the later life letters.",
        "The village green is where the kinship carer takes the children to play.",
    ],
    "lamb": [
        "The child does not eat lamb, the placement plan notes.",
        "A toy lamb came with the baby into foster care.",
        "Lamb stew is the carer's Sunday dinner, which the child now helps make.",
        "The kinship family keep sheep, and the boy bottle-fed a lamb in the spring.",
        "Lambing season kept the grandfather busy in the first weeks of the placement.",
        "Gentle as a lamb at school, the child was unsettled at home.",
    ],
    "fox": [
        "A fox in the garden woke the child, who thought someone was outside.",
        "The fox costume from World Book Day is in the memory box.",
        "Fox cubs under the shed were a highlight of the spring.",
        "The child's favourite toy, a fox, was lost on the way to contact.",
        "Fox-red hair runs in the birth family, the later life letter says.",
        "The carers fenced the run after a fox took one of the hens.",
    ],
    "banks": [
        "The river burst its banks and contact was moved online.",
        "Food banks supported the kinship carer before the allowance was paid.",
        "Banks were asked to open a junior account for the child's savings.",
        "The boys fished from the canal banks with the carer.",
        "Two banks turned down the care leaver for an account without ID.",
        "Grassy banks at the park were good for rolling down at contact.",
    ],
}

FORTYNINTH_UNLISTED = [
    "The IRO, {U}, chaired the review and has done so since the first placement.",
    "Dr {U}, the agency medical adviser, presented the health report to panel.",
    "Mrs {U}, the contact supervisor, wrote up the session the same afternoon.",
    "Panel members present: the chair, {U} (independent member), and the legal adviser.",
    "The child's first foster placement was with {U} in {T}.",
    "Life story work was done by {U}, a sessional worker, over six weeks.",
    '"{U} was my first carer," the child told the guardian.',
    "The birth mother now lives in {T} with a new partner, {U}.",
    "Contact to take place at the family centre in {T} on alternate Saturdays.",
    "The adopters' referee, {U}, had known them for twelve years.",
    "Letters are to be routed through the post-adoption team in {T}.",
    "The baby was baptised at St {U}'s before the move.",
    "Children's guardian: {U}. Solicitor for the child appointed 03/05/2023.",
    "Supervised by: {U}\nVenue: family centre, {T}\nStart: 10:00",
    "cc {U}; IRO; virtual school head",
]
