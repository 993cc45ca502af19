"""Forty-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (read with cat, its length
counted with wc, and with sed for the middle part the cat output cut; not imported), for the
format: the {P}, {U} and {T} placeholders, the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a template,
the word-names, the keys of FRESH_ORDINARY (the thirty-three keys, "will" among them) and the
number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, and a bare name after "Mrs", "St" or "Dr"),
and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder, so no
literal brace appears anywhere in this family. The first 45 lines (the headers) of the
thirty-seventh, thirty-eighth, thirty-ninth and fortieth families, read with head, and nothing
else of them; none of those modules was imported. The file names in bench/publish were listed
with ls (names only), the file names in .venv/bin were listed, filtered for ruff, and a test was
made that this file did not yet exist. The generator's nickname function was neither read nor
called: common short forms of its given names ("kit", "rich", "bet", "bob", "con", "ant", "nat",
"jay", "liz", "meg", "kay", "lee" and the like) are kept out of every sentence here from general
knowledge, and so are the words that merely contain a word-name ("remark", "labelled",
"gravestone", "enjoy", "risky", "chamber", "wholly", "problem", "probation", "christened",
"academic"), except in the ordinary sentences written for that word. A throwaway check, run from
the command line and saved to no file, took the name lists and FRESH_ORDINARY from corpus.py by
parsing its text with the ast module (it was not imported), applied the marking rule as read in
corpus.py to this family's ordinary sentences, looked for stray word-names (as substrings) and
nicknames (as whole words) in all three exports, checked that each template has only its own
placeholders and no other brace, and ran the import check in the brief; ruff check and ruff
format were run on this file only. Nothing under src/ or tests/, no README, no word list, no
run_bench.py, no other part of any sentence family, the forty-second family not at all, and no
git history was read; git was not run and the benchmark was not run. No real person, family,
case, council, church or place is represented: every name of the case, and of everyone else in
a tree, is filled in by the generator's placeholders or written as a role ("MGM", "Child 2",
"[unborn]", "ex-partner"); the services, rooms and halls described are generic ("the children's
centre", "the daisy room"). The orders, forms, schemes and public bodies named (special
guardianship and child arrangements orders, Regulation 24 approval, a connected-person
assessment on Form C, the DBS, a deed poll, a Gender Recognition Certificate, the Union Jack,
Sky) are public ones, there only for the words they contain.

Styles. Who is who in a family, as practitioners write it down, where the earlier headers were
written in acute health records, the paper of families new to the country, text pulled out of
other systems, and early years settings. Genograms described in words and drawn in box-drawing
characters, with generations in rows, "=" and double lines for marriage, "//" for separation, a
cross or a dagger for the dead, "b." and "d." years, "(m. 2015, sep. 2019)", a triangle for a
pregnancy, dotted household boundaries and a key; ecomaps with their line key (strong, stressful,
tenuous, arrows for the direction of energy); household composition tables with pipes (name,
relationship, DOB, "lives here Y/N", parental responsibility); relationship notation
("half-sibling (same mother)", "step-", "ex-partner of", "father of the two youngest", MGM and
PGF); family group conference and family network meeting plans ("who can help", private family
time, bottom lines, contingencies) with quoted speech from relatives; kinship, viability,
connected-person and special guardianship assessments; and names that change: "n\u00e9e", "aka",
"formerly known as", "previously recorded as", "now uses", deed polls, surnames changed on
adoption or remarriage, double-barrelled surnames, aliases, duplicate records merged, and a trans
young person's chosen name written with respect ("uses the name ...", "deadname not recorded").
Names sit inside box lines, before and after "=", between pipes, after "n\u00e9e" and "aka", in
brackets, in arrows, beside years and ages, in possessives and in quoted speech. The ordinary
uses put each word-name in the same world, in more than one sense: the family tree with holly
and ivy, a green line for a close tie, the hill farm, a grace before the meal, a ruby wedding,
records daisy-chained by duplicates, relatives who may attend and will be asked, a name that
rang a bell, the banks of the canal.
"""

FORTYFIRST_PERSON_SENTENCES = [
    # Genograms in words and in box-drawing characters.
    (
        "GENOGRAM (drawn 03/2026)\nGen 1:  MGM \u2550\u2550\u2550 MGF \u2715 (d. 2020)\n"
        "Gen 2:  {P} (b. 1991)"
    ),
    (
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
        "\u2510\n\u2502 {P} (b. 2014) \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518"
    ),
    (
        "{P} \u2550\u2550 mother (m. 2015, sep. 2019)\n        \u2560\u2550\u2550 Child "
        "1 (b. 2016)\n        \u255a\u2550\u2550 Child 2 (b. 2018)"
    ),
    "Row 3 (children):  [unborn] \u2500 {P} (b. 2016) \u2500 half-sibling (b. 2012)",
    "GEN 2 \u2500\u2500\u2500 {P} // ex-partner (sep. 2019) \u2500\u2500\u2500 GEN 2",
    "{P} // mother's first husband (div. 2013)",
    "mother \u2550 {P} (m. 2019)",
    "{P} = stepfather (cohabiting since 2021)",
    "\u2715 {P} (d. 2020, aged 67), shown crossed through on the top row.",
    "\u251c\u2500\u2500 {P} (b. 2016, lives with mother)",
    "\u2514\u2500\u2500 {P}, 9, lives with paternal aunt",
    "\u2502   \u251c\u2500 {P} (b. 2013)\n\u2502   \u2514\u2500 half-brother (b. 2017)",
    "\u25b3 pregnancy (EDD 06/2026), drawn on the bottom row next to {P}.",
    "A triangle for the unborn baby is drawn beneath {P} and the new partner.",
    "Dotted line from {P} to the household box: lives here part of the week.",
    "The genogram was redrawn after {P} disclosed a second marriage nobody had recorded.",
    "{P} is drawn twice on the old genogram, once under each surname.",
    "Bottom row, left to right: Child 1, {P}, Child 3, unborn.",
    "Generation 1 | Generation 2 | Generation 3 \u2014 {P} sits in the middle column.",
    "Zigzag line between {P} and the father (conflict).",
    "{P} \u2500 \u2500 \u2500 \u2500 uncle (cut off since 2018)",
    "Household boundary drawn around the mother, {P} and the two youngest.",
    "The genogram shows {P} as the only link between the two sides of the family.",
    (
        "Genogram key: \u25a1 male, \u25cb female, \u2715 deceased, double outline = subject "
        "child ({P})."
    ),
    "{P} \u2020 2019",
    "\u2715 {P}, b. 1950, d. 2021 (cancer)",
    "MGF (d. 2011) \u2550\u2550 MGM (b. 1952)\n           \u2502\n      {P} (b. 1979)",
    (
        "Three generations on one page, with {P} on the middle row between the grandparents "
        "and the children."
    ),
    (
        "The children's father, {P}, appears on the genogram with a dashed line, as contact "
        "ended in 2022."
    ),
    "Twin of {P}: stillborn 2016, included on the genogram at the mother's wish.",
    (
        "\u2554\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2557\n"
        "\u2551 {P}  b. 2017 \u2551\n\u255a\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550"
        "\u2550\u2550\u2550\u255d  (subject child, double box)"
    ),
    "mother \u2500\u252c\u2500 {P}\n       \u2502\n    [baby, b. 2025]",
    "\u2502\n\u2514\u2500\u2500\u2500\u2500 {P} \u2500\u2500\u2500\u2500\u2518",
    "(m. 2015, sep. 2019) {P} and the mother",
    "The second family: {P} (m. 2021) and three step-children from the partner's first marriage.",
    "{P} (b. 2009)  \u2502  half-sister (b. 2012)  \u2502  subject (b. 2015)",
    "A line drawn through {P}'s marriage to the father means the divorce is final.",
    "The eldest on the bottom row is {P}, now 17 and living independently.",
    "{P}  \u2190 youngest of five",
    "{P} \u2192 placed with paternal aunt, 2024",
    "{P} \u2192 left the household, 03/2025",
    "{P} \u2192 mother's new partner (since the autumn)",
    # Family trees in capitals and rows.
    "FAMILY TREE\nMATERNAL SIDE\n{P} (MGM) \u2550\u2550 [MGF, not named]",
    "PATERNAL SIDE: {P} \u2014 the only member still in touch",
    "GRANDPARENTS \u2500 PARENTS \u2500 CHILDREN \u2500 and {P} added by hand at the bottom.",
    "{P}'s side of the family is drawn on the right of the page.",
    "{P}'s first marriage is not on the genogram, the father pointed out.",
    # Ecomaps.
    (
        "ECOMAP\nCentre circle: {P}\n\u2550\u2550\u2550\u2550 school (strong)\n~~~~ housing "
        "(stressful)\n- - - CAMHS (tenuous)"
    ),
    (
        "Ecomap key: \u2501\u2501\u2501 strong, ~~~ stressful, - - - tenuous, \u2192 direction "
        "of energy; centre: {P}."
    ),
    "{P} \u2501\u2501\u2501\u2501\u2501 maternal aunt (strong, daily contact)",
    "{P} ~~~~~~ paternal family (stressful; arguments at handovers)",
    "{P} - - - - youth club (tenuous)",
    "Arrow from the food parcel service \u2192 {P}: support flows one way.",
    "{P} \u21c4 grandmother: energy both ways, drawn with arrows at both ends.",
    "The ecomap {P} drew with the worker had the dog closest to the centre.",
    "Nothing connects {P} to any service except the school, the ecomap shows.",
    "Circle at the centre ({P}), with six lines out; only two are solid.",
    "Ecomap redrawn at review: the line from {P} to the father is now broken.",
    "~~~~~~~~ {P} (stressful, court proceedings ongoing)",
    # Household composition tables.
    "Name | Relationship | DOB | Lives here Y/N\n{P} | subject child | 2014 | Y",
    "{P} | mother | not given | Y",
    "{P} | mother's partner | not given | N (stays 3\u20134 nights)",
    "| {P} | half-sibling (same mother) | Y |",
    "{P} | sibling | 2011 | N \u2014 with paternal grandparents",
    "HOUSEHOLD MEMBERS\n1. {P} (subject)\n2. mother\n3. half-brother, 15",
    "Others with regular access to the home: {P} (mother's partner).",
    "Household composition confirmed at the visit: the mother, {P} and two children under five.",
    "Lives here? {P} \u2014 N; visits daily.",
    "Row 4 ({P}) left blank for DOB; the mother did not know it.",
    "Adults in the household: {P}. Children: three.",
    "Who lives in the house, in the child's words: 'Mum, me, the baby and {P}.'",
    "Usual address of {P}: not this household (see row 5).",
    "{P} | PR: Y | contact: supervised",
    "PR holders: the mother; {P} (named on the birth certificate).",
    "{P} is not on the tenancy but is listed as a household member.",
    "The household table was corrected: {P} had moved out in January.",
    "{P} appears on the council tax record at this address but was not declared to us.",
    "| 5 | {P} | lodger | \u2014 | Y |",
    "{P}\t| step-sister | 2010 | weekends only",
    "Household: \u2713 mother \u2713 {P} \u2713 baby \u2717 father (NFA)",
    # Relationship notation.
    "{P} \u2014 half-sibling (same mother, different fathers).",
    "{P} is the father of the two youngest only.",
    "{P}, ex-partner of the mother, father of Child 1.",
    "Step-sibling: {P} (the partner's daughter from a previous relationship).",
    "{P} (MGM) \u2014 mother's mother.",
    "{P}, PGM, lives in the next street.",
    "Paternal uncle and godfather: {P}.",
    "{P}: maternal half-aunt (same grandfather).",
    "{P} is the older children's stepfather and the baby's birth father.",
    "Relationship to child: {P} \u2014 'like a grandad', not related by blood.",
    "{P} is described as an uncle but is a family friend.",
    "Parents: the mother and {P} (not married; PR through joint birth registration).",
    "The mother's cousin's partner, {P}, is the person the child calls 'uncle'.",
    "Sibling group: {P} and three half-siblings across two households.",
    "{P} shares a father with the eldest and a mother with the youngest.",
    "Full siblings of {P}: none; half-siblings: four.",
    "{P} was adopted by the step-parent in 2018.",
    "Great-grandmother ({P}) is the oldest living relative, at 93.",
    "{P} (father of Child 2 and Child 3; not of Child 1)",
    "{P}, the mother's ex-husband, is still named as next of kin.",
    "{P} is both the paternal aunt and, by marriage, the maternal uncle's wife.",
    # Name changes, aliases and merged records.
    "Mother, n\u00e9e {P}, now uses her married name.",
    "Previously recorded as {P}; records merged 12/01/2026.",
    "Formerly known as {P} (until a deed poll in 2023).",
    "{P} now uses the stepfather's surname at school.",
    "aka {P}",
    "Also known as: {P}",
    "Alias: {P} (used on a benefit claim)",
    "Known aliases: {P}; two others recorded by police.",
    "Legal name and known-as name differ; known as {P}.",
    "Change of surname after adoption: the child was {P} before the order.",
    "{P}-[second surname], double-barrelled on marriage in 2017.",
    "The surname on the birth certificate differs from the one {P} uses now.",
    "The duplicate record for {P} (DOB one day out) was merged into the main one.",
    "Two health records for {P} were found and merged; the older held the birth history.",
    "{P} (formerly recorded under the mother's maiden name)",
    "Records list {P} under three spellings; the correct one was confirmed with the mother.",
    "Registered at birth as {P}; re-registered when the father was added.",
    "Deed poll dated 2022 changes the name to {P}.",
    "{P}, who went back to her maiden name after the divorce, signs letters with both.",
    "Previously recorded as {P} on the education system; now corrected.",
    "The child's surname was changed to {P} without the father's consent, which is disputed.",
    "{P} is the name on the passport; the school roll has another.",
    "Known on the street as {P}, police said.",
    "The old name was crossed out on the sign-in sheet and {P} written beside it.",
    "Person record updated: surname changed to {P} following remarriage.",
    "MERGE NOTE: {P} (record A) and record B confirmed as one person by DOB and address.",
    "Duplicate suspected: {P}, same DOB, different spelling.",
    "The system shows {P} linked to two households; one link is end-dated.",
    "Relationship on the system for {P}: 'Other', corrected to 'Step-parent'.",
    "{P} (aka the name on the tenancy) is the same adult, the housing officer confirmed.",
    "Hyphenated surname formed on marriage: both partners took {P}.",
    "f/k/a {P}",
    "NAME HISTORY: {P} (birth) \u2192 stepfather's surname (2016) \u2192 current name (2024)",
    # A trans young person's chosen name, written with respect.
    "Uses the name {P}. Deadname not recorded on this file, at the young person's request.",
    "Preferred name: {P}. Pronouns: they/them.",
    "Uses the name {P} and he/him pronouns; all agencies are asked to do the same.",
    "{P} (he/him) \u2014 birth name not recorded here, at his request.",
    "The school changed the register to {P} after a meeting with the young person and the mother.",
    "{P} asked for the new name in all letters; the school has updated its records.",
    "Name at birth withheld; {P} is the name the young person has used since Year 8.",
    "{P} asked that old photographs not go into the life story book.",
    (
        "'My name is {P},' the young person told the panel, 'and that's the only name I "
        "want in this report.'"
    ),
    (
        "On the genogram {P} is drawn as a square, in line with how he identifies; an earlier "
        "version was corrected."
    ),
    "Gender identity: {P} identifies as non-binary and uses they/them.",
    "{P} has a Gender Recognition Certificate; the previous name is not to be disclosed.",
    # Family group conferences and family network meetings.
    "Family group conference \u2014 who can help: {P} (school runs Mon\u2013Wed).",
    "Family network meeting attended by: mother, MGM, {P}, paternal aunt, FGC coordinator.",
    '"I can have them every other weekend," said {P}.',
    '"{P} has always been the one who steps in," the grandmother told the meeting.',
    "Private family time: professionals left the room and {P} led the family's discussion.",
    "Offers of help, in the family's own words: {P} \u2014 'I'll do Fridays and the holidays.'",
    "Family plan, point 3: {P} to be the emergency contact for the school.",
    "Who can help? {P} \u2013 overnights if the mother is admitted.",
    "Support network (mapped at the FGC): {P}, two neighbours, the church group.",
    "{P} could not attend but sent a letter of support, read out by the coordinator.",
    "{P} joined the family meeting by video from abroad.",
    "Agreed at the network meeting: {P} to supervise all contact with the father.",
    "The family's plan names {P} as the safety person for weekends.",
    "Contingency: if the plan breaks down, {P} is the first alternative carer.",
    "\"Don't ask {P}, they've got enough on,\" the mother said at the meeting.",
    "\"{P} and me don't speak, but I'd do it for the kids,\" the aunt said.",
    "The coordinator's list of people to invite began with {P}.",
    "{P} declined the invitation to the family group conference.",
    "Bottom line agreed by {P} and the rest of the family: no contact with the partner.",
    '"Put {P} on the tree as well, she was like a mum to me," the father asked.',
    '"I don\'t count {P} as family any more," the mother said.',
    '"{P} is my brother \u2014 well, half-brother, same dad," the boy explained.',
    "\"We don't use that name; it's {P} now,\" the grandmother told the coordinator.",
    '"She\'s my nan, not my gran," {P} corrected the worker.',
    (
        "Seating at the meeting: {P} next to the mother, the two sides of the family facing "
        "each other."
    ),
    "Who can help \u2502 {P} \u2502 Fridays after school \u2502 confirmed",
    # Kinship, viability and connected-person assessments.
    "Connected-person assessment (Form C): applicant {P}, maternal aunt.",
    "Viability assessment of {P} as a kinship carer: positive.",
    "{P} was approved as a temporary foster carer under Regulation 24.",
    "Applicants: {P} and spouse; relationship to child: paternal grandparents.",
    "{P} has a caution from 2009, disclosed on the DBS and not thought to prevent approval.",
    (
        "Special guardianship assessment: {P} understands the child's history and the reasons "
        "for the order."
    ),
    "{P} has cared for the baby informally since the discharge from hospital.",
    "The panel recommended approval of {P} as a connected person.",
    "Household of the applicant ({P}): spouse, two teenagers and a lodger who left in 2025.",
    "{P}'s references were taken up from an employer and a neighbour.",
    "{P} is 71 and has arthritis; stamina for a toddler was explored.",
    "Kinship care: the children live with {P} under a child arrangements order.",
    "Negative viability: {P} minimised the father's violence throughout.",
    "{P} withdrew from the assessment after the second visit.",
    "Sleeping arrangements at {P}'s home: the children share the box room.",
    "{P} (applicant 2) was interviewed separately, as the guidance requires.",
    "Family tree work with {P} showed a network of eleven relatives ready to visit.",
]

FORTYFIRST_ORDINARY = {
    "hope": [
        "Hopes and worries were written on two flip-chart sheets at the family group conference.",
        "The aunt said she had no hope of taking all three children, only the baby.",
        "Hope was the word the grandmother chose for the top of the family plan.",
        "The coordinator's hope is that the paternal side can be traced before the next meeting.",
        "Genogram work gave the mother hope that someone in the family could help.",
        "There is little hope of finding the birth father, who left no forwarding address.",
        "Hopefully the household table is now correct, the worker wrote.",
    ],
    "grace": [
        "Grace was said before the meal that opened the family network meeting.",
        "The grandfather accepted with good grace that he could not be the main carer.",
        "A month's grace was given for the aunt to return the assessment forms.",
        "Saying grace at the kinship carers' table is part of the household routine.",
        "The father took the news of the name change with little grace.",
        "In a grace-and-favour cottage on the estate, the great-grandmother raised four children.",
        "A grace note of humour from the uncle eased the tension at the conference.",
    ],
    "mark": [
        "Mark each deceased relative with a cross on the genogram, the guidance says.",
        "A question mark stands where the maternal grandfather should be.",
        (
            "The family meeting was a turning point and marked the end of the feud between "
            "the sisters."
        ),
        "Mark the name the young person uses as the preferred name on every system.",
        "The birth certificate bears a mark where the father's details were later added.",
        (
            "A tick mark in the 'lives here' column means the person sleeps at the address "
            "most nights."
        ),
    ],
    "rose": [
        (
            "The number of relatives on the tree rose from nine to twenty-three after the "
            "grandmother's visit."
        ),
        "Voices rose when the two sides of the family met at the conference.",
        "The aunt rose to leave the meeting but was persuaded to stay.",
        "A rose-pink line on the ecomap shows the closest tie.",
        "Numbers at the family network meetings rose steadily over the spring.",
        "The grandmother's rose garden was where the family gathered after the hearing.",
        "The household count rose to seven when the cousins moved in.",
    ],
    "may": [
        "The paternal grandparents may be able to offer weekend care.",
        "May 2025: the family group conference was held at the community centre.",
        "The name on the deed poll may differ from the one on the passport.",
        "Relatives who may attend are listed on the invitation sheet.",
        "In May the genogram was updated after the birth of the fourth child.",
        "Half-siblings may share only one parent; the notation shows which.",
        "The connected-person assessment may take up to sixteen weeks.",
    ],
    "will": [
        "The grandfather's will names the eldest grandchild as executor.",
        "Each relative will be asked what help they can offer.",
        "The coordinator will send the family plan to everyone who came.",
        "Against the family's will the meeting went ahead without the father.",
        "A copy of the great-aunt's will was used to confirm who was related to whom.",
        "Who will care for the children in an emergency is the first question on the plan.",
        "The name change will appear on the school system from Monday.",
    ],
    "william": [
        "Each relative will be asked what help they can offer.",
        "The grandfather's will names the eldest grandchild as executor.",
        "Who will care for the children in an emergency is the first question on the plan.",
        "The gas bill in the aunt's name was used as proof of address for the assessment.",
        "A phone bill showed the partner still using the household address.",
        "Billed as a reunion, the meeting turned into a row about the inheritance.",
        "The council tax bill listed two adults, though the mother said she lived alone.",
    ],
    "bill": [
        "The gas bill in the aunt's name was used as proof of address for the assessment.",
        "A phone bill showed the partner still using the household address.",
        "The council tax bill listed two adults, though the mother said she lived alone.",
        "The grandparents offered to foot the bill for the children's school uniforms.",
        "Billed as a reunion, the meeting turned into a row about the inheritance.",
        "The funeral bill for the great-grandmother split the family in two.",
        "A utility bill confirmed the date the stepfather moved in.",
    ],
    "amber": [
        "Amber on the kinship RAG table meant the relative needed a fuller assessment.",
        "The viability screening placed the paternal uncle at amber.",
        "An amber dot beside each name on the genogram shows a relative not yet contacted.",
        "Amber-coloured lines on the ecomap show links that are mixed.",
        "The aunt's DBS result was rated amber pending further checks.",
        "Rated AMBER: two relatives with old convictions, to be explored.",
        "The amber pendant passed down the maternal line is kept by the grandmother.",
    ],
    "sky": [
        "The child drew the family under a big blue sky, with the father floating apart.",
        "Sky-high expectations for the reunion were not met.",
        (
            "The family tree was painted on the bedroom wall, its branches reaching up "
            "to a painted sky."
        ),
        "A Sky subscription in the stepfather's name placed him at the address.",
        "Under a grey sky the relatives gathered outside the crematorium.",
        "The boy drew his dead grandfather as a star in the night sky.",
        "The sky-blue square on the genogram is the worker's own colour for the unborn baby.",
    ],
    "faith": [
        "Faith: Muslim (mother), none (father), as written in the household table.",
        "The family's faith community offered respite care at weekends.",
        "The aunt lost faith in the service after the first assessment was cancelled.",
        "Faith and culture were discussed so that the plan fits the household.",
        "The grandparents keep faith with the father despite his convictions.",
        "A faith leader came to the family group conference at the family's request.",
        "Promises made in good faith at the meeting were written into the plan.",
    ],
    "holly": [
        "The family tree in the life story book is decorated with holly leaves and berries.",
        "A holly hedge divides the grandmother's garden from the aunt's.",
        "Holly wreaths hung on every door at the December family meeting.",
        "The child drew the tree with holly berries for each cousin.",
        "Sprigs of holly were on the table at the Boxing Day contact.",
        "Scratches on the legs came from the holly bush by the gate, the aunt said.",
    ],
    "ruby": [
        "The grandparents' ruby wedding anniversary is the next big family gathering.",
        "Ruby wedding photographs were used to put names to faces on the genogram.",
        "A ruby ring is the only keepsake from the birth mother.",
        "The cousins wore ruby-red jumpers in the family photograph.",
        "Forty years together: the ruby anniversary party was held in the village hall.",
        "The baby's cheeks were ruby with cold when the aunt brought her to the meeting.",
    ],
    "daisy": [
        "Records were daisy-chained: each duplicate pointed to the next, and none to the original.",
        "The child's family tree was drawn as a daisy, one petal for each relative.",
        "A daisy chain made in the garden was given to the grandmother at contact.",
        "The family meeting was held in the daisy room at the children's centre.",
        "Daisy-print wallpaper was chosen for the baby's room at the aunt's house.",
        "The smallest cousin picked a daisy for each person round the table.",
    ],
    "summer": [
        "Summer holidays are split between the two sides of the family.",
        "The family group conference was held in the summer of 2025.",
        "Over the summer the grandmother moved in to help.",
        "The summer-born twins are the youngest on the bottom row of the tree.",
        "A summer barbecue was the first time the half-siblings met.",
        "Late summer brought the first draft of the kinship assessment.",
        "Contact with the paternal family is mainly in the summer.",
    ],
    "joy": [
        "The mother described the new baby as a joy after a hard year.",
        "Joy and relief were evident when the aunt was approved.",
        "There was little joy in the room when the genogram showed how many had died.",
        "The grandmother's pride and joy is the framed family tree in her hall.",
        "Tears of joy followed the news that the siblings could live together.",
        "The child talks with joy about her cousins.",
    ],
    "dawn": [
        "Dawn had broken by the time the relatives left the hospital.",
        "It dawned on the aunt that she was the only one who could help.",
        "From dawn to dusk the grandfather works the farm, which limits his offer.",
        "The father leaves before dawn for his shifts, so he cannot do the school run.",
        "The dawn of a new understanding between the two families was noted in the review.",
        "A dawn raid at the uncle's house ruled him out as a carer.",
    ],
    "ivy": [
        "Ivy covers the front of the grandmother's cottage.",
        "The genogram sprawled like ivy across three sheets of paper.",
        "A family tree drawn as a trellis of ivy leaves hangs in the nursery.",
        "Ivy-clad graves in the churchyard gave the dates of two great-grandparents.",
        "The back wall of the aunt's garden is thick with ivy, a concern for the toddler.",
        "Ivy leaves were the border the child chose for the life story book.",
    ],
    "jack": [
        "A Union Jack flag hangs in the uncle's spare room, the assessment noted.",
        "The grandfather is a jack of all trades and does the repairs for the whole family.",
        "A car jack was left in the hallway of the applicant's house.",
        "Hijacked by an argument about money, the meeting ended early.",
        "The jackpot win, the mother said, was what started the feud with her brother.",
        "A jack-in-the-box was the only toy the baby took to the aunt's.",
    ],
    "robert": [
        "The uncle was convicted of trying to rob a post office in 2012, the DBS shows.",
        "Robbery in 2015 is the only offence on the grandfather's record.",
        "The family said the partner had robbed the grandmother of her savings.",
        "Older cousins would rob the younger ones of their pocket money, the child said.",
        "The father's brother served four years for robbery and now lives abroad.",
        "The aunt felt the care order had robbed her of a say in the children's lives.",
    ],
    "frank": [
        "The aunt was frank about her own history with drugs.",
        "Frank discussion about who is and is not family took place at the meeting.",
        "Frankly, the grandparents said, they could not manage a baby at their age.",
        "In a frank letter, the great-aunt explained why she had cut off the father.",
        "The kinship assessment was praised for its frank account of the applicant's health.",
        "The family were frank about the tension between the two households.",
    ],
    "miles": [
        "The paternal grandparents live forty miles away, which limits contact.",
        "Miles separate the siblings now: one in the city, two on the coast.",
        "The aunt drives thirty miles each way to do the school run.",
        "Accounts of who was married to whom were miles apart.",
        "A great-uncle lives miles from any bus route.",
        "The FGC coordinator travelled sixty miles to meet the father in prison.",
    ],
    "dean": [
        "The dean of the cathedral took the grandmother's funeral.",
        "A letter from the dean at the aunt's university confirmed her study timetable.",
        "The rural dean offered the church hall for the family group conference.",
        "The uncle works for the dean of students and has flexible hours.",
        "The dean's office at the college confirmed the older sibling's address.",
        "The area dean knows the family through the parish and wrote a reference.",
    ],
    "marsh": [
        "The grandparents' farm sits on the edge of the marsh.",
        "Marsh land behind the aunt's house floods in winter, a risk noted for a toddler.",
        "The family scattered the grandfather's ashes on the salt marsh.",
        "Marshland paths link the two households, a twenty-minute walk apart.",
        "The boys play on the marsh with their cousins at weekends.",
        "A marsh-side caravan is where the paternal uncle lives.",
    ],
    "hill": [
        "The hill farm has been in the paternal family for four generations.",
        "The aunt lives at the top of the hill, ten minutes from the school.",
        "Hill walking is what the uncle and the boy do together.",
        "Over the hill is the estate where the mother's side of the family lives.",
        "Up the hill from the children's centre is the grandmother's bungalow.",
        "The cousins' house is on a hillside overlooking the town.",
    ],
    "wood": [
        "A family tree carved in wood hangs in the grandfather's hallway.",
        "Wood smoke from the stove filled the aunt's living room during the visit.",
        "The children walk through the wood to reach their father's house.",
        "Woodland at the back of the grandparents' garden is unfenced.",
        "The uncle's workshop is full of wood and power tools, which the assessment considered.",
        "The boy wants to be a carpenter like his grandfather, who works with wood.",
    ],
    "stone": [
        "Stone walls divide the fields between the two family farms.",
        "A stone's throw from the school, the aunt's house is ideal for drop-offs.",
        "The grandmother has lost a stone since her husband died.",
        "The family tree is a stepping stone in the life story work.",
        "A stone cottage rented by the great-uncle has only one bedroom.",
        "Stone-faced, the father listened as the genogram was read out.",
    ],
    "bell": [
        "The door bell at the grandmother's house does not work, so visitors knock.",
        "A bell rang out from the church as the family left the naming ceremony.",
        "The school bell at half past three is the handover time agreed in the plan.",
        "Bell-ringing at the village church is the grandfather's hobby.",
        "The surname rang a bell with the duty worker, who found the duplicate record.",
        "The bell on the garden gate alerts the aunt if the toddler gets out.",
    ],
    "brown": [
        "Brown folders hold the old paper records from before the merge.",
        "The genogram was drawn in brown pen on the back of an envelope.",
        "Brown envelopes from the court are kept unopened by the father.",
        "The child coloured the father's side of the tree brown and the mother's side yellow.",
        "Brownies on Tuesday is where the girl sees her cousin.",
        "A brown line on the ecomap shows a link that has faded.",
    ],
    "green": [
        "A green line on the ecomap stands for a close relationship.",
        "Green ticks show relatives who have agreed to help.",
        "The family met on the village green after the hearing.",
        "The panel gave the green light to the connected-person assessment.",
        "Green-ink notes on the genogram were added by the FGC coordinator.",
        "The worker was green, and the grandmother corrected her on who was married to whom.",
        "The family plan was printed on green paper so it stands out on the fridge.",
    ],
    "lamb": [
        "Lambing season keeps the grandparents busy each spring, limiting their offer.",
        "Lamb was served at the meal the family held after the meeting.",
        "The toddler's toy lamb travels between the two households.",
        "The uncle keeps a pet lamb, which the children love.",
        "Lamb's-wool blankets were knitted by the great-grandmother for every baby in the family.",
        "Gentle as a lamb, the grandfather was described by every grandchild.",
    ],
    "fox": [
        "A fox visits the aunt's garden at night, and the children leave food out.",
        "The child drew herself as a fox in the family picture, apart from the rest.",
        "Foxgloves in the grandmother's border were pulled up before the toddler came to stay.",
        "A stuffed fox that belonged to the late grandfather is a treasured keepsake.",
        "The fox cubs under the shed at the paternal home fascinate the boys.",
        "Fox-red hair runs in the mother's side of the family, the aunt joked.",
    ],
    "banks": [
        "The two households face each other across the canal, on opposite banks.",
        "The cousins were seen fishing from the banks of the river.",
        "Food banks have supported the aunt since she took on the children.",
        (
            "Banks asked for a marriage certificate before changing the mother's surname "
            "on her account."
        ),
        "The family scattered ashes from the banks of the canal.",
        "Grass banks behind the grandparents' house are steep, a hazard noted for the toddler.",
    ],
}

FORTYFIRST_UNLISTED = [
    "MGF: {U} (d. 2019).",
    "Maternal aunt {U} lives in {T} and offered weekend care.",
    "{U}, the paternal grandmother, came to the family group conference.",
    "Mrs {U}, the FGC coordinator, chaired the meeting.",
    "The family worship at St {U}'s, where the children were baptised.",
    "Dr {U}, the GP, confirmed the applicant's health for the kinship assessment.",
    "Ex-partner: {U} (sep. 2019), now living in {T}.",
    "{U} \u2550 mother's sister (m. 2010)",
    "\u251c\u2500\u2500 {U} (cousin, b. 2010)",
    "{U} | lodger | unknown | Y",
    "The stepfather's ex-wife, {U}, is the mother of the two older step-siblings.",
    "Family friend {U} was invited to the network meeting at the mother's request.",
    "The father's side of the family comes from {T}.",
    "The grandparents moved from {T} to be nearer the children.",
    "Connected-person applicant: {U}, a family friend of twenty years.",
    '"{U} is like a sister to me," the mother said at the meeting.',
    "Referee for the aunt: {U}, her employer.",
    "The half-siblings live with their father, {U}, in {T}.",
    "{U} \u2192 moved out of the household, 2024",
    "Godparent: {U}.",
    "The uncle's partner, {U}, was not known to services before the assessment.",
    "Interpreter {U} attended the family group conference.",
    "The family tree traces the paternal line back to {T}.",
    "Birth records in {T} were checked to confirm the grandfather's date of birth.",
    "The paternal great-grandmother still lives in {T}.",
    "Ecomap: {U} (neighbour) \u2501\u2501\u2501 strong",
    "The great-aunt, {U}, sent apologies for the family network meeting.",
    "Chair: {U}, independent reviewing officer.",
    "{U} (previous partner of the father) has a child who is a half-sibling.",
    "Mrs {U}, the neighbour, offered to help with the school run.",
    "The cousin's boyfriend, {U}, was asked to leave the meeting.",
    "Dr {U} wrote to confirm the grandmother's fitness to care.",
    "A letter from {U}, the mother's former foster carer, was read out.",
    "The funeral of {U}, a great-uncle, brought the family together for the first time in years.",
    "{U} (mother's best friend) \u2501\u2501\u2501 strong, daily.",
    "The maternal family originally came from {T}, the grandmother said.",
    "St {U}'s parish hall is where the family group conference was held.",
    "Mrs {U} next door is listed as an emergency contact.",
    "{U}, the advocate, supported the young person at the meeting.",
    "{U} | family friend | \u2014 | N",
    "The aunt and her husband, {U}, live in {T}.",
    "Social worker for the kinship assessment: {U}.",
    "{U} (step-grandfather) ~~~~ stressful",
    "The deed poll was witnessed by {U}, a family friend.",
    "The duplicate record was created when the family registered with a surgery in {T}.",
    "The wedding took place in {T} in 2015, the mother said.",
]
