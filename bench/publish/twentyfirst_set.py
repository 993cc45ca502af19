"""Twenty-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the seventeenth's, eighteenth's, nineteenth's and
twentieth's headers (and a glance at the shape of the twentieth's exports); only the corpus
generator was read, for the format, and run_bench.py only as far as its module docstring. No
real person or case is represented: every name is filled in by the generator; the agencies,
songs, books, films and places mentioned are public ones, there only for the words they contain.

Styles. Person entries put the name in dialects, registers and record genres the seventeenth to
twentieth families did not list: Scots and the Scottish system ("Wee {P} wis greetin'", "the now",
"ken", a Named Person note with SHANARRI, grounds for referral to a Children's Hearing); Welsh
English and bilingual forms ("{P} bach was cwtched up", "now in a minute, isn't it", "Enw / Name:
{P}", a Welsh meeting title with a circumflexed w); Multicultural London English and youth slang
("Man like {P}", "Wagwan {P}", "Allow it, {P}", "chirpsing {P}", "{P} is my G fr"); Irish English
("{P} is after breaking", "Herself and {P}", Tusla, Garda\u00ed); Yorkshire ("Our {P} were sat",
"nobbut a babby"); Indian English ("Kindly do the needful regarding {P} and revert", "having fever
since two days") and Jamaican Creole ("Mi did tell {P} fi come home"); old case files (a microfiche
frame header in capitals, a 1979 Place of Safety Order, "the infant {P}", "the said {P}", "the
above-named {P}", a typewriter x-out before the name, a carbon-copy list with typist's initials, an
index card, an admissions register, "I beg to report", double spaces after the full stop);
professional shorthand ("c/o {P}:", a delta for diagnosis, "#L radius in {P}", "NOK: {P}", "IP {P}
states", arrows as verbs, a new birth visit "NBV:", obstetric "G3P2", a pupil flag list with
slashes, "c/o" meaning care of); aliases and names inside names (the PNC "@" alias mark, "aka ...
a.k.a. ... AKA", a maiden name, a compound given name glued on either side "{P}-Louise" and
"Mary-{P}", a double-barrelled household "The {P}-Okonkwo household", a room named after the
person); tables and separators not used before (box-drawing cells, an ASCII grid, a typed genogram
with a conflict line, a tree with branch characters, double vertical lines, double colons,
guillemets as separators, broken bars, em-space columns, a contents line with dot leaders, a
back-of-book index with page numbers); paths and devices (a Unix path segment, a URL path, a Code
39 barcode with asterisks, a device name and a Bluetooth pairing name, an e-mail "via" display
name, a protective marking in the subject, a password on a sticky note, a help-desk ticket, a
hospital wristband); right-to-left text and bidi controls (Arabic, Hebrew and Urdu around the name,
first-strong isolates glued on from a Teams paste, right-to-left marks, a right-to-left override in
a bio); homoglyphs (a Cyrillic "\u041c\u0456\u0455\u0455" title and a Cyrillic-lettered "Name:"
label), fullwidth Latin labels with an ideographic space, lenticular brackets, small caps,
mathematical bold and script letters, a combining long stroke glued after the name, soft hyphens
and word joiners glued on; teenage obfuscation (leetspeak threats, an "xX_{P}_Xx" gamertag, skull
emoji, an "@{P}_x0x0" handle, "ily {P} <3 4eva" on a desk); tabloid press cuttings ("TOT {P} FOUND
WANDERING"); sports club, madrassah, armed forces, prison visiting order, phone extraction, bank
statement, CCTV log, age assessment and private fostering records; and, hardest, slots where a
word-name reads as the ordinary word: "{P} fell on the stairs", "{P} went missing", "{P} gone.",
"No sign of {P}", "{P} was paid a visit", "{P} cost the family their tenancy", "{P} was raised by",
"{P} was planted on the sofa", "{P} turned up", "{P} off school", "Losing {P}", "Where {P} goes,
trouble follows", "{P} shone", "{P} was thrown out", "{P} set off", "{P} struck the baby".
Ordinary entries put each word-name at the start of a sentence or line in about half of them and
mid-sentence in the rest, in the same dialects and genres, as song, book, film, play and TV titles
and characters not used before ("Land of Hope and Glory", "Graceland", "The Rose of Tralee", "Lucy
in the Sky with Diamonds", "Skyfall", "Deck the halls with boughs of holly", "ruby slippers",
"Daisy Bell", "A Midsummer Night's Dream", "Summer Nights", "Joy Division", "Joy to the World",
"Dawn of the Dead", "The Voyage of the Dawn Treader", "Jack and the Beanstalk", "Robin Hood",
"Frankenstein", "Puddleglum the Marsh-wiggle", "Jack and Jill went up the hill", "Woody from Toy
Story", "the Philosopher's Stone", "Tinker Bell", "Jingle Bells", "Brown Bear, Brown Bear", "Green
Eggs and Ham", "Mary Had a Little Lamb", "The Silence of the Lambs", "the fox in The Gruffalo",
"Outer Banks", "The Bill", "Mark 10:14"), brands, places and institutions ("Fox's Glacier Mints",
"Woodbines", "Banksy", "Skye", "the Blarney Stone", "Stonehenge", "the Dean of Faculty", "Dean of
Guild", "Capel Ffydd (Faith Chapel)", "amber list country"), rhyming slang ("Fancy a ruby?"), an
old phonetic alphabet ("Fox, Able, Nan"), labels with a colon that read like a chronology entry for
a person ("Dawn: 06:12", "Bill: \u00a3412.60", "Grace: 14 days", "Frank: yes | Guarded: no",
"Miles: 42", "Stone: 9 | lb: 4", "Wood: 3 bags", "Lamb: 2 portions", "Amber: 4 | Red: 1", "Summer:
14 call-outs", "Banks: 2"), notices in capitals ("HOLLY WREATHS", "IVY - KEEP CUT BACK", "MARSH -
DANGER", "BROWN BIN", "DEAN'S OFFICE"), a box-drawn RAG cell, a fullwidth menu label, dialect
("Dinnae get yer hopes up", "miles fae anywhere", "Oot on the marsh wi' the dugs", "Doon on the
banks o' the Clyde", "Cawl ... at Nain's", "Stone me", "Man got robbed", "You don't know jack"),
derived forms and compounds not listed before ("arose", "rosewood", "Hallmark", "marksman", "Skid
marks", "Maypole", "May Queen", "may blossom", "skylight", "unfaithful", "faith healer",
"Hollywood", "daisy-wheel printer", "a daisy-chain of extension leads", "British Summer Time",
"dawn chorus", "poison ivy", "Blackjack", "Jacket potatoes", "robin redbreast", "Frankfurters",
"frankness", "miles per hour", "hill starts", "hillock", "wood pigeon", "Stonemason", "brown as a
berry", "Brown sugar sandwiches", "bowling green", "Greens", "billboard", "billiards", "billeted",
"graceful", "amber teething necklace"), and idioms and proverbs not used before ("I live in hope",
"Hope for the best and plan for the worst", "a fall from grace", "coup de grace", "A question mark
hangs over", "Robbing Peter to pay Paul", "Miles ahead", "not worth a hill of beans", "clear as a
bell", "The grass is always greener", "a bundle of joy", "Prickly as holly", "Will he or won't he",
"Will ye no come back again", "Will o' the wisp").
Unlisted entries put people and towns in a PNC alias line, an "aka", Scots, Irish English, MLE,
Welsh chapel, Yorkshire, a box-drawn cell, a tree branch, a microfiche frame, a carbon-copy line,
Arabic, fullwidth Latin with fullwidth brackets, a Snapchat handle, a Bluetooth device name, a URL
path, a press headline, a bank statement line, a back-of-book index, the Garda\u00ed, a Children's
Reporter, "nr." before a town, and an Indian English request to "revert".
"""

TWENTYFIRST_PERSON_SENTENCES: list[str] = [
    # Scots, and the Scottish children's hearings system.
    "Wee {P} wis greetin' at the door when the worker chapped.",
    "{P}'s no been at the school since the October week, the guidance teacher said.",
    "The gran said she'd keep {P} the now, till the Children's Hearing sat.",
    "Grounds for referral: {P} is likely to suffer unnecessarily through lack of parental care.",
    "Named Person note: {P} (P4) - SHANARRI indicator 'Nurtured' flagged red.",
    "Aye, {P} wis in the close when the polis came, ken.",
    # Welsh English and bilingual forms.
    "{P} bach was cwtched up on the settee with the dog.",
    "Mam says {P} will be home now in a minute, isn't it.",
    "Enw / Name: {P}   Dyddiad / Date: 14/11   Ysgol / School: see file",
    "Cyfarfod Gr\u0175p Craidd / Core Group Meeting \u2013 {P}",
    "Nain told the worker {P} was tidy, no trouble at all.",
    "{P}'s been mitching off school again, the aunt reckoned.",
    # Multicultural London English and youth slang.
    "Man like {P} was on the estate, innit, the boy told the youth worker.",
    '"Wagwan {P}" was the first message from the older male, sent at 01:12.',
    "Allow it, {P} never done nothing, the girl kept saying in interview.",
    "The mandem from the other ends had been chirpsing {P} on Snap.",
    "{P} is my G fr, he wrote under the photo.",
    # Irish English.
    "{P} is after breaking the front window again, the neighbour reported.",
    "Herself and {P} were below in the town all day, the lodger said.",
    "Tusla note: {P} seen in the family home; the mammy said all was grand.",
    "Garda\u00ed called to the house at 02:10; {P} was asleep in the back room.",
    # Yorkshire, Indian English and Jamaican Creole.
    "Our {P} were sat on the step when I got back, nowt on her feet.",
    "Nana said {P} were nobbut a babby when his dad went.",
    "Kindly do the needful regarding {P} and revert at the earliest.",
    "{P} is having fever since two days, the aunty told the school office.",
    "Mi did tell {P} fi come home before dark, the grandmother said.",
    # Old case files, microfiche and typewriters.
    "MICROFICHE 14/C FRAME 0231 (poor copy) CHILD GUIDANCE CLINIC - {P} - SEEN 3.2.81",
    "Place of Safety Order granted 12.3.79 in respect of the infant {P}.",
    "The said {P} is a well-nourished child of cheerful disposition, the Children's Officer wrote.",
    "The above-named {P} was received into care under section 2 of the 1948 Act.",
    "Visited xxxxxxx {P} at the house; mother out.",
    "c.c.  {P}\n      Headmaster\n      Medical Officer of Health\nJB/mk",
    "INDEX CARD   Surname/Forenames: {P}   Relig.: C. of E.   Vacc.: Yes   File: 2/417",
    "Admissions Register 1983, No. 417: {P} - discharged to parents.",
    "Dear Sir, Re: {P}, I beg to report that the child has again been absent.",
    "{P}  was seen at 3.15 p.m.  The home was found to be in a dirty condition.",
    # Professional shorthand.
    "c/o {P}: abdo pain ?constipation, O/E soft, NAD.",
    "\u0394: faltering growth; {P} for review in clinic 6/52.",
    "#L radius in {P}, mechanism inconsistent with Hx.",
    "NOK: {P} (mum) - tel on file.",
    "IP {P} states the suspect pushed her down the stairs.",
    "{P} \u2193 wt, \u2191 anxiety \u2192 CAMHS.",
    "NBV: {P} breastfeeding, latch good, cord off.",
    "G3P2, booking bloods taken, {P} present and supportive.",
    "{P} - PP / EAL / SEN K / CLA? no.",
    "Letter addressed c/o {P}, 2nd floor, no flat number.",
    # Aliases, compound and changed names, names inside names.
    "PNC: KEANE @ {P} @ 'LITTLE ONE' - warning markers: weapons.",
    "aka {P}, a.k.a. 'Baby Girl', AKA Shorty on the estate.",
    "Alias in use: {P} (Snapchat); real name to be confirmed.",
    "Maiden name: {P}; married name not known to the practice.",
    "{P}-Louise (she has started using both names) came with her aunt.",
    "Mary-{P} is how the school has her on roll; the birth certificate differs.",
    "The {P}-Okonkwo household: four children, two adults.",
    "The sensory room was renamed the {P} Room in her memory.",
    "Previously known to us under the name {P}; deed poll seen.",
    # Tables, trees, box drawing and unusual separators.
    "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2510\n"
    "\u2502 {P} \u2502 Y4 \u2502\n"
    "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2518",
    "\u2502 {P} \u2502 CP plan \u2502 neglect \u2502",
    "+--------------+-----+\n| {P} | Y10 |\n+--------------+-----+",
    "Genogram (typed):\nMum ===//=== Dad\n      |\n   {P}",
    "\u251c\u2500\u2500 {P} (b. 2014)\n\u2514\u2500\u2500 half-sibling, not named",
    "Household: Mum \u2016 {P} \u2016 baby \u2016 lodger",
    "Attendees :: {P} :: DSL :: SENCo :: police",
    "Contact list \u00bb {P} \u00bb Nan \u00bb Dad (supervised)",
    "CHILD\u00a6{P}\u00a6F\u00a62015\u00a6CP",
    "{P}\u2003\u2003\u2003Y4\u2003\u2003Class 4B\u2003\u2003FSM",
    "3.4 Contact with {P} .......... 22",
    "Index: {P}, 4, 17, 22\u201325",
    # Paths, URLs, devices and identifiers.
    "Saved to /cases/2023/{P}/chronology-v7.docx",
    "https://portal.example.org/child/{P}/visits?sort=desc",
    "Barcode label: *{P}*",
    "Device name: {P}'s iPad (last seen 02:14 on the home Wi-Fi).",
    'Bluetooth pairing request from "{P}\'s AirPods" at the foster home.',
    "Reply-To: {P} via the school app <noreply@example.org>",
    "Subject: Minutes 14.11 ({P}) [SEC=OFFICIAL:Sensitive]",
    "Password: {P}2015 (on a sticky note under the laptop).",
    "Ticket #48213 \u2013 {P} \u2013 status: Pending customer",
    "Wristband: {P} | RED BAND: allergy | hosp. no. on file",
    # Right-to-left text and bidi controls.
    "Interpreter's note: \u0627\u0644\u0637\u0641\u0644\u0629 {P} "
    "\u0641\u064a \u0627\u0644\u0645\u062f\u0631\u0633\u0629 (the girl {P} is at school).",
    "\u05d4\u05d9\u05dc\u05d3 {P} \u05dc\u05d0 \u05d4\u05d2\u05d9\u05e2 (nursery app, in Hebrew)",
    "Pasted from Teams: \u2068{P}\u2069 joined the meeting at 10:02.",
    "Urdu letter: \u200f{P}\u200f \u06a9\u06cc \u0648\u0627\u0644\u062f\u06c1 (the mother of)",
    "Her bio read: \u202e{P}\u202c",
    # Homoglyphs, fullwidth, small caps, fancy fonts, combining marks, invisible characters.
    "\u041c\u0456\u0455\u0455 {P} was marked present by the cover teacher.",
    "N\u0430m\u0435: {P}   D\u041e\u0412: see file",
    "\uff2e\uff41\uff4d\uff45\uff1a{P}\u3000\uff39\uff45\uff41\uff52\uff1a\uff19",
    "\u3010{P}\u3011 missing from home, please share",
    "\u0274\u1d00\u1d0d\u1d07: {P} \u2726 \u028f\u1d07\u1d00\u0280 9",
    "\U0001d401\U0001d41e\U0001d42c\U0001d42d\U0001d422\U0001d41e\U0001d42c "
    "\U0001d4ef\U0001d4f8\U0001d4fb\U0001d4ee\U0001d4ff\U0001d4ee\U0001d4fb {P} \u2764",
    "Caption: {P}\u0336 i\u0336s\u0336 a\u0336 s\u0336n\u0336a\u0336k\u0336e\u0336",
    "Pasted list: \u00ad{P}\u00ad, baby, Nan",
    "Group name: \u2060{P}\u2060 and the girls",
    # Teenage obfuscation and leetspeak.
    "Message: 'sn1tch3s g3t st1tch3s {P}'",
    "Gamertag xX_{P}_Xx sent the boy 2,000 V-Bucks.",
    "{P} \U0001f480\U0001f480 ur actually dead fr",
    "@{P}_x0x0 (private account) followed the girl on 3 March.",
    "ily {P} <3 4eva, was scratched into the desk.",
    # Press cuttings.
    "Press cutting (Gazette, 1998): TOT {P} FOUND WANDERING IN NIGHTIE",
    "Evil stepdad's rage left little {P} fighting for life, the paper said.",
    # Other genres.
    "Football club welfare officer: {P} (U11s) not collected after training.",
    "Madrassah register: {P} absent Mon-Thu.",
    "Service child: {P} (father deployed, six-month tour).",
    "Visiting order: {P} + 2 children, Saturday 14:00.",
    "Extraction report: contact name '{P} \U0001f618'; source WhatsApp.",
    "FPI {P} REF BUS MONEY 20.00",
    "CCTV log: Subject 1 ({P}) enters the shop at 16:42:07.",
    "Age assessment interview: {P} said he was fifteen.",
    "Private fostering notification received: {P} living with a family friend.",
    # Hardest: slots where a word-name reads as the ordinary word.
    "{P} fell on the stairs at the flat on Sunday.",
    "{P} went missing from the foster home overnight.",
    "{P} gone. Door open, lights on.",
    "No sign of {P} at the address.",
    "{P} was paid a visit by police at 2am.",
    "{P} cost the family their tenancy, the mother said bitterly.",
    "{P} was raised by the grandparents in another county.",
    "{P} was planted on the sofa all day, the aunt complained.",
    "{P} turned up at 11 with no coat.",
    "{P} off school again (third time this half term).",
    "Losing {P} was the worst thing, the mother said.",
    "Where {P} goes, trouble follows, the neighbour said.",
    "{P} shone at sports day and won the sack race.",
    "{P} was thrown out by the partner on Christmas Eve.",
    "{P} set off for school alone at seven.",
    "{P} struck the baby, the older sister said.",
]

TWENTYFIRST_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Land of Hope and Glory blared from next door's flat at 3am.",
        "Hope for the best and plan for the worst, the reviewer wrote in the margin.",
        "I live in hope, the nana said, but I'm not holding my breath.",
        "Dinnae get yer hopes up, the gran telt the worker at the door.",
        "\u2502 Hopes \u2502 to move back near the family \u2502",
    ],
    "grace": [
        "Graceland was the song the father played on repeat after the funeral.",
        "After a fall from grace at work the father started drinking again.",
        "The girl was graceful on the trampoline at the youth club.",
        "The final letter from the landlord was the coup de grace.",
        "Grace: 14 days (payment plan agreed with the council).",
    ],
    "mark": [
        "Mark 10:14 was read at the christening: suffer the little children.",
        "A question mark hangs over the father's sobriety.",
        "The ring had no hallmark, so the pawnbroker turned it away.",
        "A police marksman was deployed to the siege at the flat.",
        "Skid marks on the lane outside were photographed by police.",
    ],
    "rose": [
        "The Rose of Tralee was on the telly when the row started.",
        "Wars of the Roses was the history topic the boy liked best.",
        "Concerns arose after the third missed appointment.",
        "The rosewood box on the mantelpiece held the grandfather's ashes.",
        "Rose, fell, rose again: the baby's weight chart told its own story.",
    ],
    "may": [
        "The girl was May Queen at the village fete the year before the move.",
        "Maypole dancing at the primary school was the last event the father attended.",
        "May the Fourth be with you, read the boy's T-shirt.",
        "The hawthorn, or may blossom, was out along the lane to the farm.",
        "MAY \u2500\u2500 wk 1: 3 absences \u2500\u2500 wk 2: none",
    ],
    "will": [
        "Will ye no come back again, Nana sang at the leaving do.",
        "Will he or won't he turn up, the worker wondered before every contact.",
        "Will o' the wisp lights on the marsh were what the boy said he saw.",
        "I will aye, the grandad said when asked to help with the school run.",
    ],
    "william": [
        "Will ye no come back again, Nana sang at the leaving do.",
        "Will he or won't he turn up, the worker wondered before every contact.",
        "The Bill was on the telly when it kicked off, the boy said.",
        "A billboard for a payday lender faced the bedroom window.",
        "Will o' the wisp lights on the marsh were what the boy said he saw.",
    ],
    "bill": [
        "The Bill was on the telly when it kicked off, the boy said.",
        "A billboard for a payday lender faced the bedroom window.",
        "Billiards at the working men's club was where the grandad spent his days.",
        "The father was billeted in Germany for most of the girl's early years.",
        "Bill: \u00a3412.60, due 14/03 (energy supplier, final demand).",
    ],
    "amber": [
        "An amber teething necklace was round the baby's neck, a choking risk.",
        "The family flew in from an amber list country and had to isolate.",
        "\u2502 AMBER \u2502 neglect \u2502 review in 4/52 \u2502",
        "The boy's prized possession was a fly trapped in amber.",
        "Amber: 4 | Red: 1 | Green: 9 (caseload RAG count, March).",
    ],
    "sky": [
        "The family had a static caravan on Skye and went there every August.",
        "A skylight was the only window in the attic bedroom.",
        "Lucy in the Sky with Diamonds was the song the mother sang to the baby.",
        "Skyfall was the film they were watching when the police knocked.",
    ],
    "faith": [
        "A faith healer had been treating the child's eczema with oils.",
        "Faith, hope and charity was painted over the chapel door.",
        "The partner accused her of being unfaithful and took her phone.",
        "Capel Ffydd (Faith Chapel) ran the toddler group on Wednesdays.",
    ],
    "holly": [
        "Deck the halls with boughs of holly, sang the carollers at the door.",
        "HOLLY WREATHS \u00a35 CASH ONLY, read the sign on the father's market stall.",
        "The boy wanted to be a Hollywood stuntman when he grew up.",
        "Prickly as holly, the teacher said of the girl's mood that week.",
    ],
    "ruby": [
        "The girl wore glittery ruby slippers to contact, like Dorothy.",
        "'Fancy a ruby?' the partner texted at midnight (i.e. a curry).",
        "The stolen ring had a ruby the size of a pea, the jeweller said.",
    ],
    "daisy": [
        "Daisy Bell (A Bicycle Built for Two) was what the grandad sang to her.",
        "The old reports were printed on a daisy-wheel printer and scan badly.",
        "A daisy-chain of extension leads ran from the landing to the bedroom.",
    ],
    "summer": [
        "British Summer Time started that weekend, and the mother missed the early appointment.",
        "A Midsummer Night's Dream was the school play; the girl was a fairy.",
        "Summer Nights from Grease was on a loop at the party.",
        "Summer: 14 call-outs; winter: 3 (police data for the address).",
    ],
    "joy": [
        "A Joy Division T-shirt was all the boy had to wear.",
        "The baby was a bundle of joy, the card from the nursery said.",
        "Joy to the World was on the radio when the ambulance came.",
        "Joy? None, the girl wrote on the feelings chart.",
    ],
    "dawn": [
        "The dawn chorus woke the baby at four, the mother said.",
        "The boy had watched Dawn of the Dead aged seven.",
        "The Voyage of the Dawn Treader was the bedtime book at the foster home.",
        "Dawn: 06:12. Officers in position: 06:05. Entry: 06:14.",
    ],
    "ivy": [
        "A rash the mother put down to poison ivy was in fact a scald.",
        "IVY \u2013 KEEP CUT BACK, the landlord's notice on the fence said.",
        "Ivy had crept through the window frame into the baby's room.",
    ],
    "jack": [
        "Jack and the Beanstalk was the panto at Christmas; the boy loved it.",
        "You don't know jack, the boy told the officer.",
        "Blackjack on a gambling app had cost the mother her rent.",
        "Jacket potatoes were the only hot food in the house all week.",
    ],
    "robert": [
        "Robbing Peter to pay Paul, the budgeting worker called it.",
        "Man got robbed for his coat by the park, the boy said.",
        "A robin redbreast was on the Christmas card from the father in prison.",
        "Robin Hood was the costume the boy wore on World Book Day.",
    ],
    "frank": [
        "Frankenstein was the text the class was studying that term.",
        "Frankfurters from a tin were cooked for tea most nights.",
        "The mother's frankness about the relapse was noted as a strength.",
        "Frank: yes | Guarded: no | Hostile: no (presentation at interview).",
    ],
    "miles": [
        "The car was doing 70 miles per hour in a 30 with the baby unrestrained.",
        "It's miles fae anywhere, the gran said of the new flat.",
        "Miles ahead of his peers in reading, the boy was still not eating at school.",
        "Miles: 42 (claimed for the home visit to the farm).",
    ],
    "dean": [
        "The Dean of Faculty was asked to find counsel for the father.",
        "Dean of Guild court records from 1962 mention the tenement.",
        "DEAN'S OFFICE \u2013 KNOCK AND WAIT, the sign on the college door said.",
    ],
    "marsh": [
        "Puddleglum the Marsh-wiggle was the boy's favourite character.",
        "MARSH \u2013 DANGER \u2013 DEEP MUD, read the sign by the path where the girl was found.",
        "Oot on the marsh wi' the dugs, the grandad said, when asked where the boy was.",
    ],
    "hill": [
        "Jack and Jill went up the hill, the toddler sang on the walk to nursery.",
        "The partner's driving lessons had stalled on hill starts.",
        "A hillock of dirty washing filled the landing.",
        "The father's promises were not worth a hill of beans, the grandmother said.",
    ],
    "wood": [
        "Woodbines were on the mantelpiece in the 1970s photograph.",
        "A wood pigeon had nested in the broken extractor fan.",
        "Woody from Toy Story was on the boy's duvet cover.",
        "Wood: 3 bags (fuel voucher, December).",
    ],
    "stone": [
        "Harry Potter and the Philosopher's Stone was the book in her bag.",
        "Kissed the Blarney Stone, that one, the grandmother said of the chatty boy.",
        "The school trip to Stonehenge was the first time she had left the town.",
        "Stone me, the grandad said, she's grown.",
        "Stone: 9 | lb: 4 (weight on the old chart, 1986).",
        "The father worked as a stonemason until his back went.",
    ],
    "bell": [
        "A Tinker Bell costume was the only thing the girl would wear.",
        "Jingle Bells played on a loop from the broken toy in the hallway.",
        "The baby's chest was clear as a bell, the GP said.",
    ],
    "brown": [
        "Brown Bear, Brown Bear, What Do You See? was the book the toddler fetched.",
        "Brown sugar sandwiches were the children's tea, the older girl said.",
        "The boy came back from Spain brown as a berry.",
        "BROWN BIN \u2013 GARDEN WASTE ONLY, and it was full of nappies.",
    ],
    "green": [
        "Green Eggs and Ham was the book the boy could read by himself.",
        "The boys were drinking on the bowling green after dark.",
        "The grass is always greener, the grandmother warned the mother.",
        "Greens were never eaten at home, the foster carer found.",
    ],
    "lamb": [
        "Mary Had a Little Lamb was the only song the toddler knew.",
        "The Silence of the Lambs was on the DVD shelf in the children's room.",
        "Cawl, made with lamb and leeks, was always on the go at Nain's.",
        "Lamb: 2 portions (food bank parcel list).",
        "\uff2d\uff25\uff2e\uff35\uff1a lamb curry and rice (the takeaway receipt on the floor).",
    ],
    "fox": [
        "A packet of Fox's Glacier Mints was found in the girl's pocket.",
        "An arctic fox onesie was what the girl slept in every night.",
        "The fox in The Gruffalo frightened the toddler at story time.",
        "Old radio log: index spelt Fox, Able, Nan, 623, a blue saloon.",
    ],
    "banks": [
        "A Banksy print hung over the fireplace in the partner's flat.",
        "Outer Banks was the show the girls binge-watched at the sleepover.",
        "Doon on the banks o' the Clyde, the boys drank every Friday.",
        "Banks: 2 (current accounts); loans: 3; catalogues: 1 (financial statement).",
    ],
}

TWENTYFIRST_UNLISTED: list[str] = [
    "PNC: {U} @ 'Smiler' @ 'the Uncle', last known address in {T}.",
    "aka {U} - the man the girls called Uncle - was traced to {T}.",
    "Yon {U} fae {T} wis at the door again, the gran said.",
    "Yer man {U} is after moving down from {T}, the neighbour said.",
    "Man like {U} from {T} ends been linking her, the boy said.",
    "{U} from Capel {T} took the children to chapel on Sundays.",
    "Our {U} in {T} said she'd have them while it got sorted.",
    "\u2502 {U} \u2502 lodger \u2502 {T} \u2502",
    "\u2514\u2500\u2500 {U} (uncle, lives in {T})",
    "FRAME 0088: LETTER FROM {U}, {T} CHILD GUIDANCE CLINIC, DATED 4.6.82",
    "c.c. {U}, Town Clerk, {T}",
    "Interpreter's note: \u0627\u0644\u0639\u0645 {U} \u0645\u0646 {T} (the uncle {U}, from {T}).",
    "\uff26\uff32\uff2f\uff2d\uff1a{U}\uff08{T}\uff09",
    "snap me @{U}_x0x, im in {T} 2nite",
    "Bluetooth device '{U}'s JBL' was paired with the girl's phone in {T}.",
    "/adults/{U}/linked-children?area={T}",
    "Press cutting: {T} MAN {U} JAILED FOR FOUR YEARS",
    "FPI {U} REF {T} TRAIN 35.00",
    "Index of persons: {U} .......... 31",
    "Garda\u00ed in {T} spoke to {U} about the girl.",
    "Reporter to the Children's Panel, {T}: referral from {U} received.",
    "A farm nr. {T} where {U} keeps dogs was searched.",
    "Kindly contact {U} at the {T} branch and revert.",
    "Mrs {U}, the dinner lady, heard the boy say he was hungry.",
]
