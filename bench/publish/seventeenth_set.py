"""Seventeenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the thirteenth's, fourteenth's, fifteenth's and
sixteenth's headers; only the corpus generator was read, for the format. No real person or
case is represented.

Styles. Person entries put the name in record genres and joins the thirteenth to sixteenth
families did not list: the review's own by-products (a 7-minute briefing point, an easy read
version with a bracketed picture description, a reflective question for practitioners, an
animation script "Enter {P}", a law-report title "Re {P} (Care Proceedings: ...)" and a case
name "Local Authority v {P} and others", and justified PDF text with wide gaps round the name);
Operation Encompass, a CAD log, an ABE tape time, a hair strand result, letterbox contact, a
Mind of My Own statement, a school report comment, a mail-merge "Dear Parent/Carer of {P}", a
uniform name tape, an iced birthday cake, a lifeboat launch, an enforcement agent's camera,
Email a Prisoner, a Finnegan score, a missing poster in capitals and a door-knocking log ("Flat
9 ({P})"); Title Case headings that take away the capital-letter cue ("Home Visit To See {P}
And The Baby"); an e-mail signature block with the name alone on its line, an e-mail reply
quote marker ("> {P} said"), a chat log with the name in angle brackets ("<{P}>"), glued JSON
keys ('"childFirstName":"{P}"'), a URL query string ("?name={P}&dob="), HTML table cells, a
Windows path with backslashes, a file name with underscores, a circled list number glued on
("②{P}"), genogram gender symbols ("♀{P} (34)"), ditto marks, a time glued on ("14:05{P}"),
digits and an at sign glued after the name in an e-mail address, a copyright sign on a child's
drawing ("©{P}"), an emoticon glued after ("{P}:("), an unclosed bracket, doubled apostrophes
as quotes, glued em dashes, OCR prime marks, a GP title after the name ("{P} (Miss)"), a
reference code with slashes, Spanish inverted question marks and French quotes with narrow
no-break spaces; dialect ("Wor {P}", "{P}, bab", "Oi {P}!", "Mum 'n' {P}", "{P} & co.");
inverted and elliptical syntax ("In came {P}", "Had {P} been seen", "Should {P} go missing",
"and so did {P}", "as did {P}", "let alone {P}"); prepositions that are also words ("All bar
{P}", "save {P}", "as per {P}", "via {P}", "Unlike {P}", "the likes of {P}", "courtesy of
{P}"); and, hardest, sentence-start names whose verb makes them read as the ordinary word ("{P}
broke the news", "{P} faded from view", "{P} was lost to follow-up", "{P} was restored to",
"{P} kept the mother going", "{P} is all she has left", "{P} was clear that", "{P} was due",
"{P} was overdue", "{P} went unpaid", "{P} was settled", "{P} was high", "{P} flashed up", "{P}
cleared the table", "{P} ran out", "{P} returned", "{P} came early", "{P} rose to leave"), or
objects of phrasal verbs and idioms ("gave {P} up", "talked {P} down", "held {P} down", "called
{P} 'useless'").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in the same new genres (Mind of My Own, PLO meetings, HAF holiday
clubs, DofE, lifeboat and coastguard, the Deanery, Cash Converters, hygiene banks, credit
unions), as nouns, verbs, modals, adjectives and derived forms not used before ("Hopes were
pinned", "Grace notes", "Grace days", "Graces were said", "Marking", "Mark-up", "Tide marks",
"Rose-patterned", "Rose water", "Mayday", "May Day", "May I remind", "A living will", "Will and
testament", "Bill of costs", "bill payer", "Billhooks", "Amber-coloured urine", "Ambers",
"Amber earrings", "Skylarks", "Blind faith", "bad faith", "Faithless", "Holly wreaths",
"variegated holly", "Ruby port", "Ruby grapefruit", "ruby chocolate", "gerbera daisy",
"Daisy-topped", "Summerhouse", "Indian summer", "Summer camp", "Joy of joys", "Dawn prayers",
"Dawn shifts", "Ivy cuttings", "English ivy", "Jackdaws", "jacking up", "jack plug",
"Jack-in-the-box", "Robbed blind", "Daylight robbery", "Frank pus", "Frank psychosis",
"frankest", "Air miles", "Dean of Year 11", "Deanery", "Dean's list", "Marsh samphire", "marsh
harrier", "Marshmallows", "Marsh gas", "Hilly", "Hill forts", "Hillwalkers", "Woodlice",
"Woodpeckers", "Wood-burning", "Stonewashed", "Stone deaf", "Stoneware", "Bell-bottom", "Bell
tents", "bell end", "Bell peppers", "Browned off", "Brown bread", "Greenhouse", "Green belt",
"green room", "Green tea", "Lamb kebab", "Lamb's liver", "Foxed", "Fox mess", "Foxholes",
"hygiene banks", "Piggy banks", "banks with a credit union"), with idioms not used before
("hope against hope", "Not a hope", "had the grace to", "wide of the mark", "overstepped the
mark", "rose through the ranks", "be that as it may", "foot the bill", "clean bill of health",
"out of a clear blue sky", "the sky's the limit", "Keep the faith", "fresh as a daisy", "No
joy", "miles better", "up hill and down dale", "out of the woodwork", "not out of the woods",
"set in stone", "alarm bells", "green with envy", "poor lamb").
Unlisted entries put people and towns in a signature block, an e-mail quote marker, a chat log,
glued JSON keys, Email a Prisoner with a prison named after the town, "Neither ... nor", a URL
query string, a Title Case heading, a genogram gender symbol, a "Had ... been" inversion, a
lifeboat launch, a parcel and an Operation Encompass notification.
"""

from __future__ import annotations

SEVENTEENTH_PERSON_SENTENCES: list[str] = [
    # The review's own by-products.
    "7-minute briefing, point 4: What did {P} need from us?",
    "Easy read version: This is {P}. [picture of a girl holding a lunchbox]",
    "Reflective question for practitioners: how would you have seen {P} alone?",
    "Animation script, scene 2: Enter {P}, carrying the baby, into the kitchen.",
    "Re {P} (Care Proceedings: Fact-Finding) is cited at paragraph 3.14.",
    "In Local Authority v {P} and others the judge criticised the delay.",
    "4.12   {P}   was not   invited to the   strategy meeting   held that week.",
    # Inverted, elliptical and coordinated syntax.
    "Had {P} been seen on their own, the review believes the abuse would have come out.",
    "Should {P} go missing again, the trigger plan applies and police are called at once.",
    "The school raised concerns, as did {P}, but the referral was closed within a day.",
    "The mother wanted the partner gone, and so did {P}.",
    "The mother could barely look after herself, let alone {P}.",
    "In came {P}, soaked through, asking the night staff for a towel.",
    # Prepositions and phrases that are also ordinary words.
    "All bar {P} attended the family group conference.",
    "All of the children save {P} were seen alone during the enquiry.",
    "Not at school today as per {P} (text to the office, 08:12).",
    "Message passed via {P}, who said the mother's phone had been cut off.",
    "Unlike {P}, the older sister was known to every agency in the area.",
    "Police warned the mother about the likes of {P} hanging round the flats.",
    "A split lip, courtesy of {P}, was the first injury the school recorded.",
    # Sentence-start names whose verb makes them read as the ordinary word.
    "{P} broke the news to the children before the worker arrived.",
    "{P} faded from view after the move to temporary accommodation.",
    "{P} was lost to follow-up when the family left the area in the spring.",
    "{P} was restored to the mother's care at the final hearing.",
    "{P} kept the mother going through the trial, the victim's advocate said.",
    "The grandmother says {P} is all she has left now.",
    "{P} was clear that she did not want to go home.",
    "{P} was frank about the debts and the loan from the man at the pub.",
    "{P} was due at the youth court on the 12th but did not appear.",
    "{P} was overdue for the two-year review, and three letters had gone unanswered.",
    "{P} went unpaid for three weeks when the agency folded.",
    "{P} was settled in the placement by Christmas, the IRO noted.",
    "{P} was high when she arrived to collect the baby, staff believed.",
    "{P} flashed up on the caller display at 03:10, then rang off.",
    "{P} cleared the table and washed up before school every day, the boy said.",
    "{P} ran out of the room when the officer came in.",
    "{P} returned to the unit at 23:10, smelling of cannabis.",
    "{P} came early for contact and sat in the car park for an hour.",
    "{P} rose to leave when the worker mentioned court.",
    # Objects of phrasal verbs and idioms.
    "The mother gave {P} up at birth and has asked for no further contact.",
    "Officers talked {P} down from the top of the multi-storey just after 02:00.",
    "Staff held {P} down for six minutes; the restraint form was completed late.",
    "The partner called {P} 'useless' in front of the nursery staff.",
    "School report: {P} is a delight to teach but is often late and tired.",
    # Dialect and speech.
    '"Wor {P} hasn\'t been right since the funeral," the grandmother said.',
    '"{P}, bab, come \'ere," the nan called from the front door.',
    '"Oi {P}! Get in now!" was heard on the doorbell footage.',
    "{P} & co. were all at the flat when the police knocked.",
    "Mum 'n' {P} had gone to the shop, the child said.",
    "miss u {P}:( pls come home",
    "¿Dónde está {P}? the mother kept asking, the Spanish interpreter said.",
    "Elle a dit\u202f: «\u202fC'est {P} qui a fait ça\u202f», the interpreter read out.",
    # Layout, markup, codes and glued punctuation.
    "Home Visit To See {P} And The Baby - No Access",
    "Kind regards\n{P}\nFamily Support Worker, Early Help",
    "> {P} said she was fine but I wasn't sure - can you check?",
    "[19:42] <{P}> where r u its getting dark",
    '"childFirstName":"{P}","riskLevel":"high","open":true',
    "Link copied into the case note: portal/search?name={P}&dob=unknown",
    "<td>{P}</td><td>Year 9</td><td>FSM</td>",
    "S:\\CSC\\Closed cases 2023\\{P}\\Chronology FINAL.docx",
    "Saved as {P}_bodymap_v3(1).pdf in the wrong child's file.",
    "②{P} - 9 years - Year 4 - attends school most days",
    "♀{P} (34) — ♂ partner (41), separated 2022, still in contact",
    "Visitors' book: 〃 〃 {P}, signed in at 14:10 (ditto marks for date and ward).",
    "14:05{P} arrived at reception without the baby.",
    "E-mail on the referral form: {P}2011@hotmail.co.uk (bounced).",
    "Drawing signed in the corner ©{P} age 7, a house with no door.",
    "({P} had already left by then, the neighbour thought.",
    "Taxi booked for ''{P}'' to the contact centre, 15:30.",
    "The youngest—{P}—was not named on the plan at all.",
    "The child said ″{P} hurt me″ (OCR of the faxed statement).",
    "Patient: {P} (Miss), registered 2016, temporary resident.",
    "Our ref: CSC/24/0917/{P}/CP2",
    "Flat 9 ({P}) - no answer; Flat 10 - refused to speak to officers.",
    "Dear Parent/Carer of {P}, your child's attendance has fallen below 90%.",
    "HAVE YOU SEEN {P}? Last seen in a grey North Face coat near the station.",
    # Agency genres.
    "Operation Encompass, 07:55: DA incident overnight, {P} present and awake.",
    "CAD 0412: caller states {P} is 'kicking off' and has a knife, 23:51.",
    "ABE interview, tape 2, 11:46: {P} (crying) - I don't want to say any more.",
    "Hair strand results: {P} positive for cocaine across all three months tested.",
    "Letterbox: a card signed 'love {P}' was withheld because it mentioned the father.",
    "Mind of My Own statement: I want {P} to stop shouting at mum.",
    "Name tape inside the coat read {P}, though the child gave a different name.",
    "Birthday cake iced with 'Happy 16th {P}!!' was on the side, uneaten.",
    "Lifeboat launched 18:20: {P} and a friend cut off by the tide below the cliffs.",
    "Enforcement agent's camera: {P} says the kids are asleep, come back tomorrow.",
    "Email a Prisoner: 'stay strong {P} not long now' - read by the OMU.",
    "Finnegan score 9 at 06:00; mother {P} told by phone and did not come in.",
]

SEVENTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hope against hope, the grandmother kept the child's room ready for two years.",
        "Not a hope, the mother told the PLO meeting when asked if the partner would leave.",
        "Hopes were pinned on the Home-Start volunteer, who left after six weeks.",
        "The reflective question asks what hope the family were offered, and by whom.",
        "HOPE: to live with nan (Mind of My Own, typed in capitals).",
    ],
    "grace": [
        "Grace notes on the keyboard were the first thing the girl learned in music therapy.",
        "The partner did not have the grace to apologise to the nursery staff.",
        "Grace days on the overdraft ran out the week the benefit was sanctioned.",
        "The hymn 'Amazing Grace' was played at the funeral, the easy read version says.",
        "Graces were said before tea at the foster home, which the boy found strange.",
    ],
    "mark": [
        "Marking of the weekend journal showed the boy wrote 'nothing' every Monday.",
        "Wide of the mark: the chronology put the fracture a week after the X-ray.",
        "Mark-up on the draft report by the author was accepted without discussion.",
        "The partner overstepped the mark at contact and it was suspended.",
        "Tide marks round the bath showed it had not been emptied for days.",
    ],
    "rose": [
        "Rose-patterned wallpaper had been torn off in strips in the girl's room.",
        "The father rose through the ranks of the county line, police believed.",
        "Roses from the petrol station were left on the step after each assault.",
        "Tempers rose at the PLO meeting and the solicitor asked for a break.",
        "Rose water and a cold cloth were used on the child's eczema.",
    ],
    "may": [
        "Mayday call from the dinghy was picked up by the coastguard at 18:02.",
        "May Day bank holiday fell during the trial, which put the hearing back.",
        "Be that as it may, the referral should have gone to the front door.",
        "The hair strand test may or may not show use before the pregnancy.",
        "May I remind members that the minutes are confidential, the chair said.",
    ],
    "will": [
        "Will you be there when I wake up? the boy wrote in his Mind of My Own app.",
        "A living will had been drawn up by the grandmother before the operation.",
        "The mother's will to stop drinking was real, but the support was not there.",
        "Will the school be told? was the first thing the girl asked the ISVA.",
        "Will and testament papers were found in the flat after the father died.",
    ],
    "william": [
        "Will the move be permanent? the child asked the independent visitor.",
        "The grandfather's will named the boy as his only heir.",
        "Bills were paid in cash at the post office by the eldest girl.",
        "A clean bill of health from the paediatrician was given too much weight.",
        "Will she be safe? was the question the reviewer put to each agency.",
    ],
    "bill": [
        "Bill of costs from the father's solicitor arrived on the day of the hearing.",
        "The partner said he would foot the bill for the funeral, then disappeared.",
        "Billhooks and a machete were found in the shed during the search.",
        "The mother was the named bill payer on every account, including his phone.",
        "Bills, final demands and a court summons filled a carrier bag under the sink.",
    ],
    "amber": [
        "Amber-coloured urine and dry lips suggested the toddler was dehydrated.",
        "The CAD log was graded amber, so no unit attended for four hours.",
        "Ambers on the RAG table outnumbered reds by three to one.",
        "An amber snow warning was in place on the night the boy went missing.",
        "Amber earrings from the grandmother were pawned for £15.",
    ],
    "sky": [
        "Skylarks were the only thing the girl talked about on the DofE walk.",
        "The boy said he slept on the roof under the open sky that summer.",
        "Out of a clear blue sky, the father turned up at school with a solicitor's letter.",
        "The sky's the limit, the PEP said, though the boy had been suspended twice.",
        "Sky Sports was on in the lounge throughout the visit, volume up.",
    ],
    "faith": [
        "Blind faith in the partner's recovery runs through the mother's statement.",
        "Faith in the process had gone by the third PLO meeting, her solicitor said.",
        "The landlord acted in bad faith, serving notice days after the repair request.",
        "Faithless was how the father described the mother on social media.",
        "Keep the faith, the boy's older brother wrote from prison.",
    ],
    "holly": [
        "Holly wreaths were being sold door to door by the boys, police were told.",
        "A sprig of holly was tucked behind the photo of the baby on the mantelpiece.",
        "Holly leaves had scratched the girl's calves; the school nurse cleaned them.",
        "The variegated holly by the gate had been hacked back to stumps.",
        "Holly and mistletoe hung over the door of the hostel in December.",
    ],
    "ruby": [
        "Ruby port was found in the boy's bag after the DofE expedition.",
        "The grandmother's ruby brooch was taken to Cash Converters.",
        "A ruby-studded watch was recovered from the boy's sock during the search.",
        "Ruby grapefruit juice was the only thing the girl would drink on the ward.",
        "Easter eggs made of ruby chocolate came in the bag from the youth club.",
    ],
    "daisy": [
        "Fresh as a daisy, the partner turned up to court after a night in the cells.",
        "Daisy-topped cupcakes were on the table for the birthday, none eaten.",
        "A gerbera daisy in a pot was the only thing the child took from the flat.",
        "Daisy motifs on the easy read version were chosen by the young people's group.",
        "The lawn was thick with daisy and dandelion, uncut since the spring.",
    ],
    "summer": [
        "Summerhouse at the bottom of the garden was where the boy was made to sleep.",
        "An Indian summer meant the children were out on the estate until late.",
        "Summer camp through the HAF programme was the boy's first time away from home.",
        "The girl had been at the school for two summers and one winter term.",
        "Summer fete raffle tickets had been sold by the children for the partner.",
    ],
    "joy": [
        "No joy: tried the landline and the mobile, both dead.",
        "Joy of joys, the mother said sarcastically when the worker arrived.",
        "Tried the refuge twice for a space, no joy either time.",
        "Joy and relief were recorded when the girl was told she could stay.",
        "The mother found little joy in the baby, the perinatal team recorded.",
    ],
    "dawn": [
        "Dawn prayers at the mosque meant the father was out of the house by five.",
        "At first light (dawn, about 05:50) the lifeboat resumed the search.",
        "Dawn shifts at the distribution centre left the girl to get the little ones up.",
        "It was nearly dawn when the Ring doorbell picked up the boy coming home.",
        "Dawn light through the thin curtains woke the baby every morning.",
    ],
    "ivy": [
        "Ivy cuttings were used to hide the cannabis plants in the loft.",
        "English ivy had pushed through the window frame into the children's room.",
        "Ivy on the party wall was blamed for the damp by the landlord.",
        "A pot of trailing ivy had been knocked over and the toddler was eating the soil.",
        "Ivy, brambles and a broken trampoline filled the back garden.",
    ],
    "jack": [
        "Jackdaws nesting in the chimney were the landlord's excuse for no gas check.",
        "The boy admitted he had been 'jacking up' in the park toilets with older men.",
        "Jack-in-the-box was the only toy left in the toy box at the flat.",
        "The amp's jack plug had been heated and pressed on the boy's arm, he said.",
        "Jacking the car up on bricks in the front garden, the father ignored the officer.",
    ],
    "robert": [
        "Robbed blind by his so-called friends, the boy owed £600 by the summer.",
        "Daylight robbery, the mother called the rent increase, at the PLO meeting.",
        "Robbers' tools (bolt croppers, a balaclava) were found under the bed.",
        "Youths on e-scooters had tried to rob the delivery rider of his moped.",
        "Rob them before they rob you, the boy said, was the rule on the estate.",
    ],
    "frank": [
        "Frank pus was draining from the wound on the boy's foot.",
        "The ABE interview was frank and detailed, the officer said.",
        "Frank psychosis was diagnosed on admission, and the children went to the aunt.",
        "In the frankest terms, the judge said the local authority had failed the girl.",
        "Frank and fearless advice was what the reviewer asked of the panel.",
    ],
    "miles": [
        "Miles on the clock: the taxi log shows 412 for one weekend.",
        "The refuge was miles better than the B&B, the girl said.",
        "Air miles from the partner's card paid for the trip abroad.",
        "For miles around, the lifeboat crew could see nothing but fog.",
        "Miles, not minutes, separated the family from the nearest A&E.",
    ],
    "dean": [
        "Dean of Year 11 is the pastoral lead at the academy, and she made the referral.",
        "The Deanery was told when the trainee doctor raised a concern about the GP.",
        "Dean's list students are offered a bursary, and the care leaver had qualified.",
        "The academic dean signed the letter withdrawing the offer of a place.",
        "Dean of Medicine at the university was copied into the complaint.",
    ],
    "marsh": [
        "Marsh samphire was what the boys said they were picking when stopped at dusk.",
        "A marsh harrier nest was the reason the path was fenced off, the warden said.",
        "Marshmallows toasted on a disposable barbecue set the shed alight.",
        "The tent had been pitched on the edge of the marsh, below the high-water line.",
        "Marsh gas smell from the ditch was mentioned in the disrepair claim.",
    ],
    "hill": [
        "Hilly ground made the walk to school forty minutes with a pushchair.",
        "Up hill and down dale, the boy walked the dog every night to avoid home.",
        "Hill forts were the subject of the school trip the boy was kept off.",
        "The lifeboat crew spotted the boys from the hill above the cove.",
        "Hillwalkers found the tent and called the police.",
    ],
    "wood": [
        "Woodlice were found in the cot, crawling in from the rotten skirting.",
        "The partner came out of the woodwork when the compensation was paid.",
        "Not out of the woods yet, the paediatrician said of the baby's recovery.",
        "Woodpeckers in the copse were what the boy drew on his Mind of My Own page.",
        "Wood-burning stove fumes set off no alarm because there was none fitted.",
    ],
    "stone": [
        "Stonewashed jeans and a grey hoodie were what the girl was last seen wearing.",
        "Nothing in the plan was set in stone, the chair told the family.",
        "Stone deaf in one ear, the grandfather did not hear the baby cry.",
        "A stone-built outhouse was where the dogs were kept.",
        "Stoneware mugs had been thrown at the wall, leaving dents in the plaster.",
    ],
    "bell": [
        "Bell-bottom jeans from the charity shop were all the girl had for school.",
        "Alarm bells should have rung when the third bruise was seen, the review found.",
        "Bell tents were used at the festival where the girl was found.",
        "The boy called the teacher a 'bell end' and was suspended for a day.",
        "Bell peppers and a bag of rice were all that was in the kitchen.",
    ],
    "brown": [
        "Browned off with waiting, the mother walked out of the clinic.",
        "The baby's gums showed brown staining from sugary drinks, the dentist said.",
        "Brown bread and margarine was all the children had eaten all weekend.",
        "The bruise on the thigh had turned a yellowish brown by the Monday.",
        "Brown-paper parcels of cannabis were found in the boy's wardrobe.",
    ],
    "green": [
        "Greenhouse at the allotment was where the father grew the cannabis.",
        "The girl was green with envy of her sister's new phone, the carer said.",
        "Green belt land behind the estate is where the den was found.",
        "The family waited in the green room at the Crown Court before the verdict.",
        "Green tea and cigarettes were the mother's breakfast, she told the midwife.",
    ],
    "lamb": [
        "Lamb kebab wrappers covered the floor of the boy's room.",
        "'The poor lamb was frozen,' the neighbour said of the toddler on the step.",
        "Lambs were being fed by the boy on the farm placement, which he loved.",
        "The family were given a frozen lamb joint by the food bank at Easter.",
        "Lamb's liver and onions was the one meal the grandfather cooked.",
    ],
    "fox": [
        "Foxed by the new benefits system, the mother stopped claiming altogether.",
        "The bins had been torn open by foxes overnight, and nappies were in the street.",
        "Fox mess on the lawn meant the children could not play outside.",
        "The boy kept a fox skull on his windowsill, the carer noticed.",
        "Foxholes dug in the woods by the older boys were used to hide drugs.",
    ],
    "banks": [
        "Banks were told by police to freeze the accounts used by the line.",
        "The mother banks with a credit union, which flagged the large payments.",
        "Hygiene banks provided nappies and sanitary products after the fire.",
        "Banks of snow along the lane trapped the car overnight.",
        "Piggy banks had been emptied by the partner, the children said.",
    ],
}

SEVENTEENTH_UNLISTED: list[str] = [
    "Kind regards\n{U}\nHomelessness Prevention Officer, {T} Borough Council",
    "> {U} says the boy has been sleeping in a car park in {T}.",
    "[21:07] <{U}> bring it to the chippy in {T} at 10",
    '"reporterName":"{U}","reporterTown":"{T}"',
    "Email a Prisoner: message from {U} at HMP {T}, read and withheld by the OMU.",
    "Neither the school nor {U} knew the family had moved to {T}.",
    "Link copied into the note: portal/search?name={U}&area={T}",
    "Home Visit To {U} At The Hostel In {T} - No Access",
    "♂{U} (52), maternal grandfather, lives in {T} and has no contact.",
    "Had {U} been checked on the PNC, the history would have shown.",
    "Lifeboat from {T} launched after {U} reported two boys cut off by the tide.",
    "Parcel addressed to {U} at a flat in {T} was found in the girl's room.",
    "Operation Encompass: {U} (not the child's father) present at the incident.",
]
