"""Sixty-fourth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1451 lines, then printed with sed -n in four ranges, lines 1-400, 401-800, 801-1200 and
1201-1451; not imported), for the format: the {P}, {U} and {T} placeholders (a person template is
filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in
(full name, given name, an initial with and without a stop, a possessive, upper and lower case, a
line break between the parts of the name or a hyphenated break inside the given name, surname
first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space and line breaks stripped,
ends in a full stop, so a name after a register number, a tab, a colon, "Re:", "c.c." or a bracket
keeps the case it was given), the word-names and the other name lists (plain given names, street
trees and suffixes, the words of nursery names, the syllables of invented surnames and towns, the
first names it gives unlisted people and its fallback surname), the keys of FRESH_ORDINARY
(thirty-three, "will", "william" and "robert" among them) and the number of its sentences per key,
which `_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its trailing space, "bill" for William
when there is no "will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname,
both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact
string "Dr {U}", so no other title or rank, "Inspector", "Matron" and "Uncle" included, is put
before {U} or {P}), and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder and joins templates with a single space, so no literal brace appears in any sentence
here and the lines, columns and ditto marks of a ledger, an index card or a carbon-copy header are
written into a template as "\\n", "\\t" and straight double quotes. The first 45 lines (the
headers) of the fifty-ninth, sixtieth, sixty-first and sixty-second families, read with head -45
in one shell loop, and nothing else of them; none of those modules was imported. The [tool.ruff]
table of pyproject.toml, printed with sed from its heading to the heading of the next table, for
the line length (100). The absence of this file was tested with test -e and the presence of
.venv/bin/ruff with ls on that one path; no directory was listed, and the sixty-third family,
being written at the same time, was not looked at. A throwaway checker in /tmp parsed this file
alone (with ast, importing nothing of the project) for stray braces and placeholders, for a title
before {P} or {U}, for the count of sentences per key, for each ordinary span falling on the start
of the intended word, for line lengths and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "nan",
"ellie", "katie", "libby", "betty", "kitty" and the like) are kept out of every sentence here as
whole words, from general knowledge, and the longer ones as parts of words too. Words that merely
contain a word-name, a plain given name, a street tree, a nursery word or an unlisted first name
are kept out of every sentence but the ones written for that word, and old files are full of
them: a form has no "Remarks" column (it has "Observations"), a name is a "Forename", never a
"Christian name", nobody is "christened", a letter is never signed off "Yours faithfully", a judge
never sits "in chambers", a service is never "probation" and a failing never a "problem" (both
hold "rob"), nothing is "risky" (which holds "sky") or "marked", nobody "enjoys", "smiles" or is
"willing", no officer is an "Alderman", no child is "little" and no Home has "steps"; and in each
ordinary sentence its own word appears once, with no other word-name in it.

Styles. Old records brought into a review from the archive, and the modern reviewer's notes about
them. Transcribed index cards with their headings, file numbers and "see also" lines; handwritten
admission registers and ledgers with tabbed columns and ditto marks under a name, and a visiting
book whose second line is all ditto; typed carbon copies with their reference lines ("Our ref",
"Re:", "c.c.", "Copy to"), the salutation "Dear Sir" and the old date words "inst." and "ult.";
microfiche print-outs with fiche and frame numbers and partly illegible frames, and a names index
with a dotted leader; case conference minutes of the 1970s and 1980s ("Present:", "Apologies for
absence", "It was RESOLVED that", the Chair) and later Child Protection Register and Non-Accidental
Injury register cards; statutory review forms, boarding-out visits, a nominal roll, a telephone
message slip, margin notes in pencil and on the backs of cards; paragraph citations from earlier
"Part 8" reviews and overview reports; and the reviewer's bracketed notes and summaries, which
say where a file was found and how it was read. The period's own terms are used as the papers
used them (Child Care Officer, Children's Officer, Reception Centre, Approved School, Place of
Safety Order, Fit Person Order, parental rights resolution, Juvenile Court, boarded out, received
into care, the 1948, 1963, 1969 and 1980 Acts), without comment on the families. Ordinary uses put
each word where such papers would: "stone" and "lb" in a weight on admission, a signature by
"his mark", a month in a court date, "will" in the future tense of a typed letter and in a
grandfather's will, a gas "bill" and a wartime "billeting" card, "foxed" pages, "franked"
envelopes, daisy wheel print-outs, the Green Form scheme, a rural dean, Trustee Savings Banks
books, a skylight in an inspection report, and Sellotape gone amber on old cards.
"""

SIXTYFOURTH_PERSON_SENTENCES = [
    "INDEX CARD (transcribed)\nName: {P}\nFile No. 71/0443\tOpened 3.2.71\tClosed -",
    "{P} - see also family file C/1147 (parents) and N.A.I. register entry 14/79.",
    "Rec'd into care 4.9.72 under s.1 C.A. 1948: {P}, then aged six years.",
    '31\t{P}\tC. of E.\tadm. 12.6.74\n32\t"\t"\t"\t(brother, same date)',
    "c.c. {P}; file; Area Officer (North)",
    "Our ref: JB/MW/0443\tYour ref: -\nRe: {P}, a minor",
    "Dear Sir,\nI write concerning {P}, who was received into your care on the 4th inst.",
    "{P} was boarded out with foster parents in 1975 and visited quarterly.",
    "The Child Care Officer called at the house but {P} was out.",
    "[Reviewer's note: the print-out from microfiche is faint here, but the entry reads {P}.]",
    "MICROFICHE 7/C, frame 22 (partly illegible): ... {P} ... home conditions unchanged ...",
    "Minutes of a Case Conference held at the Area Office on 14th March 1979 re: {P}.",
    "Present: Area Officer (in the Chair), NSPCC Inspector, Headmaster, Health Visitor, {P}.",
    "It was RESOLVED that {P} be placed on the Non-Accidental Injury register.",
    "Apologies for absence were received from {P} and the Senior Medical Officer.",
    "Part 8 Review (1999), para. 5.14: {P} was not seen alone on any of the nine visits.",
    "The Part 8 panel found that {P} had been known to five agencies before the injury.",
    "Running record, 2.11.88: home visit, {P} in bed with a cold, household coping.",
    "{P}: Form CC4 completed and sent to Divisional Office; acknowledgement awaited.",
    "Place of Safety Order obtained 16.8.77, 11.40 p.m., at the magistrate's home, re {P}.",
    "{P}, the elder child, went to the Reception Centre pending a foster vacancy.",
    "Boarding-out visit, 19.5.76: {P} settled, attends Sunday School, appetite good.",
    "Medical on admission: {P} - height and weight below average; vaccinations up to date.",
    "SURNAME LEDGER, vol. III, p. 41: {P} (for earlier entries see vol. II, p. 118).",
    "Pencilled in the margin, initialled D.C.O.: {P} to be seen at the next clinic.",
    "{P} absconded from the Community Home on the evening of 3rd June and returned next day.",
    "STATUTORY REVIEW OF CHILD IN CARE (Form R1)\n{P}\nPlacement: foster home\nContact: monthly",
    "Letter to {P} (carbon, unsigned) offering an appointment at the Child Guidance Clinic.",
    "{P} is polite and works steadily but is often absent on Mondays, the Headmaster reports.",
    "Seen at the Juvenile Bureau, 1981: {P}. Caution administered; no further action.",
    "Parental rights resolution under s.3 C.C.A. 1980 passed by Committee; {P} told by letter.",
    "NAI REGISTER - CARD 2\n{P}\nCategory: physical injury\nKey worker: s/w (Area 4)",
    "Child Protection Register (1993), entry 211: {P}; de-registered 1995.",
    "Reviewer's note (2026): older papers spell {P} differently in places; the same person.",
    "Summary prepared for this review from the 1986 file on {P}, recalled from off-site storage.",
    "The earlier file on {P} (six volumes, 1979-1990) was read in full for this review.",
    "A photocopy of the typed carbon, dated 21/7/83, lists {P} as a member of the household.",
    "{P}, seen today with the Health Visitor, now walking and saying a few words.",
    'On the back of the card, in ink: "{P} - moved, address not known. Try Housing."',
    "Ref. your letter of the 12th ult. regarding {P}: the Education Welfare Officer has called.",
    "{P} was the subject of a Supervision Order under the 1969 Act, made at the Juvenile Court.",
    "Fit Person Order, 1961, committing {P} to the care of the County Council.",
    "According to the 1997 minutes, {P} was 'not thought to be at risk at the present time'.",
    "Names index (microfiche print-out):\n{P} .......... see fiche 3, frame D11",
    "TELEPHONE MESSAGE, 10.15 a.m.\nFor: duty officer\nFrom: {P}\nRe: clothing grant, please ring",
    'Record of visits\n12.1.80\t{P}\tseen at home\n19.1.80\t"\t"\tnot seen - no reply',
    "Nominal roll, week ending 7.2.76: {P} - present; pocket money paid, 15p.",
    "{P} and two siblings were received into care when the mother went into hospital.",
    "TOP COPY TO DIRECTOR\nCase of {P}. This family has been known to the Department since 1968.",
    "{P}'s file was microfilmed in 1991 and the paper destroyed, the Records Officer writes.",
    "The 2003 overview report of the Part 8 review refers to {P} in paragraphs 3.2 to 3.9.",
    "Adoption was considered for {P} in 1978 but not pursued, the file shows.",
    "CONFIDENTIAL - NOT TO BE SHOWN TO PARENTS\nRe: {P}\nSocial enquiry report for the court",
    "Copy to: {P}\nCopy to: Senior Social Worker\nCopy to: file",
]

SIXTYFOURTH_ORDINARY = {
    "hope": [
        "Hope of a reconciliation between the parents is recorded at every review in 1976.",
        "The Children's Officer expressed the hope that the boy might go home by Easter.",
        "There is every hope, the 1981 report states, that the placement is now secure.",
        "Not much hope of improvement, a pencilled note in the margin reads.",
        "[Reviewer: the words 'no hope' are underlined twice on the carbon.]",
        "The Part 8 panel placed its hope in new procedures that were never tested.",
        "In a letter from prison the father wrote of his hope of seeing the children at Easter.",
    ],
    "grace": [
        "Saying grace before meals was required at the Home, the 1970 handbook shows.",
        "A month's grace was allowed for the rent arrears before the Housing Department acted.",
        "The Matron accepted the complaint with good grace, her reply of the 4th inst. suggests.",
        "By the grace of God no child was burnt, the Superintendent wrote after the fire.",
        "Grace and favour cottages on the estate were let to farm workers at that time.",
        "Grace was said in Welsh at the Reception Centre, a former resident recalled.",
    ],
    "mark": [
        "The grandfather signed the consent form with his mark, an X witnessed by the officer.",
        "A red mark on the left cheek was noted at the reception medical in 1972.",
        "Mark the file 'Confidential - not to be shown to parents', the Area Officer instructed.",
        "No distinguishing marks, reads the description on the admission form.",
        "A coffee-cup mark obscures the date on the carbon copy.",
        "Each ledger entry is ticked off with a check mark in red ink.",
    ],
    "rose": [
        "Numbers in the Home rose to thirty-one over the winter of 1969.",
        "The child's temperature rose in the night and the duty doctor was called.",
        "Concern rose steadily through 1987, but no conference was called.",
        "A rose-patterned tin of letters from the mother was kept by the foster parents.",
        "The grandmother rose at five to clean offices, the 1964 report records.",
        "The Committee rose at 4.15 p.m. without reaching a decision on the application.",
        "Rose hip syrup was given daily to the babies in the nursery, the 1960s ledger shows.",
    ],
    "may": [
        "The order was made at the Juvenile Court on 14th May 1974.",
        "May I draw your attention to the enclosed medical report, the Area Officer wrote.",
        "It may be that the mother was never told of the resolution, the reviewer notes.",
        "In May 1979 the family were rehoused from a condemned terrace.",
        "The minutes of the May conference were never circulated, the reviewer found.",
        "Whitsun fell late in May that year, and the boy was allowed home for the holiday.",
        "Parents may visit on the first Saturday of each month, the Home's rules state.",
    ],
    "will": [
        "The Children's Officer wrote that the Department will not oppose the discharge.",
        "A copy of the grandfather's will is on the family file, without explanation.",
        "The boy's will to go home was noted at every review but never acted on.",
        "Against her will the girl was moved to a second Home in 1973.",
        "Visits will be monthly, the typed carbon of the care plan states.",
        "The reviewer will return to this point in section 6.",
    ],
    "william": [
        "The Home will provide a school uniform, the 1971 letter confirms.",
        "The girl was returned to her father against her will in the spring of 1974.",
        "Staff will be reminded of the procedure, the Part 8 action plan promised.",
        "An unpaid gas bill from 1983 was found among the loose papers.",
        "Bills from the coal merchant were paid by the Department in the winter of 1963.",
        "The solicitor's bill of costs for the wardship proceedings is on file.",
    ],
    "bill": [
        "The electricity bill was paid by the Department under s.1 of the 1963 Act.",
        "A bill from the outfitters for school uniform is pinned to the carbon.",
        "Bills for the foster child's shoes were to be sent in monthly.",
        "The father showed the officer a final demand on a gas bill, the 1978 note records.",
        "A bill for the youth club dance was pasted inside the file cover.",
        "The Children Bill was then going through its stages, the 1988 minutes note.",
        "A billeting allowance is recorded on the grandmother's wartime evacuee card.",
    ],
    "amber": [
        "An amber necklace belonging to the mother was entered in the property book.",
        "Amber-coloured medicine bottles were counted on the mantelpiece at the 1986 visit.",
        "The photographs pinned to the file have faded to amber.",
        "Amber street lighting made the bruise hard to see at the door, the Inspector wrote.",
        "Sellotape on the index cards has turned amber and brittle.",
        "The print-out has an amber cast from the old fiche reader.",
    ],
    "sky": [
        "The child drew a house under a blue sky with two figures at the window.",
        "Sky blue was the colour of the Home's uniform in the 1960s.",
        "Under an open sky the family had slept out for two nights before the police found them.",
        "The night sky frightened the boy, the foster mother wrote, so a lamp was left on.",
        "Sky-high rents in the private sector were blamed for the family's many moves.",
        "A skylight in the attic bedroom was the only window, the 1975 inspection noted.",
    ],
    "faith": [
        "Religious persuasion (faith): C. of E., according to the admission form.",
        "The foster parents were of the same faith as the mother, as the 1948 Act required.",
        "Faith in the Department was low, the father told the 1980 conference.",
        "The officer acted in good faith, the Part 8 panel concluded.",
        "The mother kept faith with the visits, travelling on two buses each month.",
        "Faith in the register as a safeguard was misplaced, the 1998 review found.",
    ],
    "holly": [
        "Holly was gathered from the grounds to decorate the Home each December.",
        "A holly hedge ran along the boundary of the foster home, the 1967 report says.",
        "The greetings card in the file has a sprig of holly drawn on the front.",
        "Scratches to the legs were put down to the holly bushes in the lane.",
        "Holly wreaths were made by the older girls for sale at the bazaar.",
        "The December visit found holly on the door and no food in the house.",
    ],
    "ruby": [
        "The grandparents' ruby wedding is mentioned in a letter of 1988.",
        "A ruby ring was listed among the mother's property on admission to hospital.",
        "Ruby-red ink was used for the annotations of the Divisional Officer.",
        "The baby's cheeks were ruby with the cold, the Health Visitor recorded.",
        "Ruby glass in the front door is mentioned in the description of the house.",
        "A ruby brooch, a gift from the grandmother, went missing from the Home in 1971.",
    ],
    "daisy": [
        "A daisy chain is pressed between the pages of the 1966 volume.",
        "The girl's room at the foster home had daisy-patterned curtains, the report notes.",
        "Daisy wheel print-outs replaced the typed carbons in about 1986.",
        "Fresh as a daisy, the Matron wrote of the child on her return from hospital.",
        "The lawn was full of daisy and clover in the foster parents' photograph.",
        "The daisy-print frock on the clothing list was the only item the girl brought.",
    ],
    "summer": [
        "In the summer of 1976 the family lived in a caravan on the edge of the town.",
        "Summer camp with the youth club was paid for by the Department.",
        "The summer holidays of 1984 were spent at the Reception Centre.",
        "Summer clothing was issued from the Home's stores each Whitsun.",
        "A late summer heatwave is mentioned in the Health Visitor's note on the baby's rash.",
        "Summer term reports from the school are missing from the file.",
        "Summer fete at the Home, 1979: the boys' stall raised four pounds.",
    ],
    "joy": [
        "The return home was greeted with joy, the Child Care Officer wrote.",
        "Joy at the baby's birth was short-lived, the 1990 file suggests.",
        "There was no joy in the house, the foster mother said after her visit.",
        "The mother's pride and joy, the 1972 report says, was the piano she had kept.",
        "Joy-riding was the charge at the Juvenile Court in 1985.",
        "The grandmother spoke with joy of the letters she received from the Home.",
    ],
    "dawn": [
        "Dawn raids by the police are mentioned twice in the 1982 file.",
        "The children were removed at dawn under a Place of Safety Order.",
        "The boy left the Home before dawn and walked to the mother's flat.",
        "From dusk till dawn, the mother wrote, she sat up with the sick baby.",
        "It dawned on the Department only in 1992 that the two files concerned one family.",
        "Dawn patrols by the warden are recorded in the hostel log.",
    ],
    "ivy": [
        "Ivy covered the front of the house, the 1968 description says.",
        "The Home, an ivy-clad villa on the outskirts, closed in 1984.",
        "The child had eaten ivy berries and was taken to the casualty department.",
        "Ground ivy had grown over the back step of the empty cottage.",
        "Ivy in the gutter had sent damp down the bedroom wall, the Sanitary Inspector found.",
        "The photograph shows the children in front of an ivy-covered wall.",
    ],
    "jack": [
        "A car jack was produced at the Juvenile Court as the weapon.",
        "The father was a jack of all trades, the 1970 report says, never long in one job.",
        "Union Jack flags were put out for the Jubilee party at the Home in 1977.",
        "A jack-knife was taken from the boy on admission.",
        "Jacks and a ball were the only toys listed in the property book.",
        "A lorry had jack-knifed on the bypass, which is why the Inspector was late.",
    ],
    "robert": [
        "The boys were said to rob the gas meters in the empty flats.",
        "Robbery with violence was the charge against the father in 1961.",
        "He was robbed of his wages on the way home, the 1966 note explains.",
        "The boy had been led to rob a newsagent's by older youths.",
        "A robbery at the Home's office is recorded in the log for 1975.",
        "The grandmother was robbed in the street and afterwards would not go out.",
    ],
    "frank": [
        "The mother was frank about her drinking at the 1980 conference.",
        "Frank discussion of the father's record took place in his absence.",
        "Frankly, the arrangement was unsatisfactory, the Divisional Officer wrote.",
        "A frank exchange of views between the Headmaster and the father is minuted.",
        "The Part 8 report is frank about the failures of 1997.",
        "Envelopes in the file are franked with the Council's own stamp.",
    ],
    "miles": [
        "The foster home was forty miles from the mother's address, with no bus on Sundays.",
        "The Child Care Officer claimed 64 miles' travelling for the visit.",
        "Miles from anywhere, the Home stood on the moor road.",
        "The boy walked eleven miles back to the mother's house in the night.",
        "The travelling claim form records 120 miles for the court escort.",
        "The parents' accounts were miles apart, the Part 8 panel found.",
    ],
    "dean": [
        "The rural dean wrote in support of the family's application for a council house.",
        "The Dean of the cathedral was one of the managers of the Approved School.",
        "A letter from the dean of the training college confirms the mother's place.",
        "The dean's wife ran the Mothers' Union meetings that the mother attended.",
        "The deanery hall was used for the 1979 conference while the office was decorated.",
        "The dean of the medical school gave leave for the old records to be searched.",
    ],
    "marsh": [
        "The caravan stood on marsh land behind the sea wall.",
        "The boys were found on the marsh after dark and brought back by the police.",
        "A footpath across the salt marsh was the quickest way to school.",
        "The Home overlooked the marsh, and the children were forbidden to go near the ditches.",
        "Marshland behind the estate flooded each winter, the Housing report says.",
        "The marsh road was impassable in winter, so visits were made by train.",
    ],
    "hill": [
        "The Home stood at the top of a steep hill, a long walk from the bus.",
        "Hill farming was the father's work until the farm was sold.",
        "Up the hill from the school was the lodging house where the father stayed.",
        "The girl ran off down the hill and was brought back by a neighbour.",
        "A hillside cottage without mains water is described in the 1962 report.",
        "Over the hill to the next village was as far as the mother ever travelled.",
    ],
    "wood": [
        "Wood was burnt in the range, the only heating in the house.",
        "The children were found playing in the wood behind the camp.",
        "A wooden toy box is listed on the inventory of the boy's room.",
        "Wood-chip paper was peeling from the walls, the 1983 visit notes.",
        "The boys were sent out to gather wood for the stove, which the Inspector thought unsafe.",
        "The stairs were bare wood, the carpet having been sold.",
    ],
    "stone": [
        "Weight on admission: 3 stone 2 lb, well below average for her age.",
        "The house had stone floors and no damp course, the Sanitary Inspector reported.",
        "A stone was thrown through the Area Office window in 1981; the file says no more.",
        "Stone-cold tea and bread were all that was found in the house.",
        "The boy had lost a stone in weight since the previous review.",
        "A kidney stone kept the grandmother in hospital for six weeks in 1958.",
    ],
    "bell": [
        "The bell at the Home rang at seven for rising and at eight for prayers.",
        "Nobody answered the bell, so a card was pushed through the letter box.",
        "A bell-push by the front door did not work, the 1979 note observes.",
        "The school bell had gone before the child arrived, most days, the Headmaster wrote.",
        "Bell-ringing practice at the parish church was the boy's one outside interest.",
        "The night bell was answered by the duty houseparent.",
    ],
    "brown": [
        "Brown paper parcels of clothing were sent by the grandmother each Easter.",
        "The bruise was brown and yellow, suggesting it was some days old.",
        "A brown envelope headed 'Confidential' holds the photographs.",
        "Brown bread and dripping was the usual tea, the foster mother said.",
        "The carbon copies have turned brown at the edges.",
        "Brown linoleum covered every floor at the Reception Centre, a former resident recalled.",
    ],
    "green": [
        "The Green Form scheme paid for the mother's first advice from a solicitor.",
        "Green ink was used by the Director for his own annotations.",
        "The children were seen playing on the village green by the Inspector.",
        "Green mould on the bedroom wall is described in the 1977 report.",
        "A green card was used in the index for children in voluntary care.",
        "The girl wore a green school blazer two sizes too big, the foster mother noted.",
    ],
    "lamb": [
        "Lamb stew was on the menu at the Home every Tuesday, the 1968 diet sheet shows.",
        "Lambing season kept the foster father out at night for weeks.",
        "A knitted lamb went with the baby to the nursery, the property book records.",
        "The boy was described as gentle as a lamb in class and angry at home.",
        "Lamb's wool blankets were issued to each cot in the nursery.",
        "The smallholding had a pet lamb, which the children fed by bottle.",
    ],
    "fox": [
        "The pages of the first volume are foxed and brittle.",
        "A fox got into the hen house at the foster home and the children found the mess.",
        "The boy's drawing of a fox is kept in the 1990 file.",
        "Foxgloves grew wild in the garden of the cottage, the Health Visitor warned.",
        "The Home's grounds backed onto a fox covert, and the hunt met there in winter.",
        "A fox-fur tippet is listed among the grandmother's belongings.",
    ],
    "banks": [
        "The river burst its banks in 1968 and the family were rehoused.",
        "The children played on the canal banks, which the Inspector thought dangerous.",
        "Banks would not open an account for the mother without her husband's signature.",
        "The railway banks behind the house were the children's playground.",
        "Trustee Savings Banks books for each child were kept in the Superintendent's safe.",
        "Grassy banks on either side of the lane hid the cottage from the road.",
    ],
}

SIXTYFOURTH_UNLISTED = [
    "Dr {U}, Medical Officer of Health for {T}, examined the child on admission.",
    "Letter from {U}, Children's Officer, {T} County Borough, dated the 3rd inst.",
    "Admitted to St {U}'s Home for Babies, {T}, on 2nd February 1963.",
    "{U}, the NSPCC Inspector, called following an anonymous letter.",
    "Lodger: {U} (no relation), believed to have come from {T}.",
    "Houseparents at {T} Lodge in 1974: {U} and a relief assistant.",
    "The School Attendance Officer, {U}, reported the child absent for the whole autumn term.",
    "Transferred to {T} Approved School by order of the court; escorted by {U}.",
    "Correspondence with {U} of the {T} Moral Welfare Association is on file.",
    "Reviewer's note: {U}, the officer named in the 1990 minutes, was traced and interviewed.",
    "A family friend, {U}, known to the children as an uncle, called most evenings.",
    "Received from {T} Children's Department on transfer of the case, 1974.",
    "cc: {U} (Senior Social Worker); {T} Area Office; file.",
    "The grandmother lodged with {U} in {T} during the war years.",
    "Minutes taken by {U} (clerk to the conference).",
    "INDEX CARD\nAddress history: {T} (1968-71); c/o {U}, {T} (1971-73)",
]
