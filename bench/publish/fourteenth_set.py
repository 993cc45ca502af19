"""Fourteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the tenth's, eleventh's, twelfth's and thirteenth's
headers; only the corpus generator was read, for the format. No real person or case is
represented.

Styles. Person entries put the name where the tenth to thirteenth families did not: the
published review's own conventions (a "chosen" name that is in fact the real one, thanks to a
family member, a dedication, a pen portrait, terms of reference, a figure caption, a back-of-
report index entry, image alt text); word-processor and redaction artefacts (comment bubbles
"Comment [RK4]:", track-changes "Deleted:/Inserted:", a comment anchor run onto the name
"{P}[LR2]", block-character and "XXXX" redactions beside a name that was missed, a caret
insertion "^{P}^"); typing slips with no space after a full stop, comma, colon or semicolon;
odd apostrophes and invisible characters (curly, backtick and acute-accent possessives, a
no-break space, zero-width spaces); full-width CJK punctuation and corner quotes in a
translated form; an ampersand and an en dash with no spaces ("Mum&{P}", "mother\u2013{P}"),
kisses run onto a texted name ("{P}xx"), a Latin cross for the dead, a heart and "4 eva", and a
Unicode ellipsis before the name; birth and newborn records ("BABY OF {P}", "FOB:", a labour
ward board, a birth plan, "delivered"); ASQ-3, an ambulance PRF, a supervised-consumption log,
dental and GP safeguarding-meeting notes and a CAMHS formulation; police radio and a 999 call,
a DASH line, a crime report "IP:", an MG11 header, a stop and search and the caution; a
schedule of findings, a threshold document and an SGO assessment; a later-life letter, a life
story book, Words and Pictures, delegated authority and a safety network; school late book,
nativity cast list, dinner money, certificate, spelling test, leavers' hoodie and a plural
("two {P}s in Year 3"); Tapestry and WOW slips; homelessness, repairs, a Universal Credit
journal, a food bank voucher, approved-premises sign-in, electronic tag alerts, a referral
order contract ("I, {P}, agree"), deed poll and "n\u00e9e"; "pronounced" and "spelt" notes; and,
hardest, ordinary-word slots a name fills ("never given up on {P}", "was {P}", "pray for {P}",
"without {P}", "in {P}'s name", "let {P} sleep", "the will left the flat to {P}", "mark {P}
absent", "round {P}'s", "named {P} after", "the late {P}", "Sister {P}", "Babcia {P}").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in record styles the earlier families did not use: ambulance,
midwifery and CAMHS notes ("Frank blood in the nappy", "Greenish vomit", "Hopelessness scores",
"Amber teething necklace", "Lambskin rug in the Moses basket"), police radio and 999 calls
("Foxtrot", "Bells from the church ... on the 999 recording"), court and bail ("dusk-to-dawn
curfew", "Franked envelopes from the court"), youth justice and exploitation ("Robbed at
knifepoint", "Brown (heroin)", "Stoned", "jacked for his phone"), housing and poverty ("Baby
banks", "Clothing banks", "Bill-paying fell to the eldest", "Skyrocketing rent", "Brownfield
land", "Woodchip wallpaper", "Stonework"), school and college ("Bell times", "Summer school",
"postgraduate dean", "Dean and chapter"), and the words as nouns, verbs, modals, adjectives and
derived forms ("Graceful", "Marked weight loss", "Rosette", "Maybe", "Will power", "Billed",
"Faithful", "Joyful", "Dawning", "Jacket pockets", "Marshes", "Hilltop", "Greens"), with
idioms not used before ("took ... on faith", "false dawn", "miles out", "bells and whistles",
"lamb to the slaughter", "jumped for joy", "May blossom").
Unlisted entries put people and towns in an index, a comment bubble, a safety network, a food
bank voucher, police radio, a later-life letter, a homelessness application, a redaction log,
an ambulance PRF, a Tapestry note, approved premises, a curly possessive and a n\u00e9e line.
"""

from __future__ import annotations

FOURTEENTH_PERSON_SENTENCES: list[str] = [
    # The published review's own prose and apparatus.
    "In this review the child is called {P}, the name her mother asked us to use.",
    "The panel thanks {P} for speaking so openly to the lead reviewer.",
    "This review is dedicated to {P}, who should be starting secondary school this year.",
    "A pen portrait of {P}, written with her grandmother, is at Appendix 2.",
    "Terms of reference (iv): how agencies responded to {P}'s disclosure in the spring.",
    "Figure 3. Timeline of contact between services and {P}, 2024 to 2026",
    "Index: {P}, 3.4, 5.11-5.14, 7.2; see also Child C",
    "Alt text: photograph of a bedroom wall with {P} written on it in marker pen.",
    # Word-processor and redaction artefacts.
    "Comment [RK4]: is {P} OK to leave in, or should this read Child B?",
    "Deleted: {P} Inserted: the mother's partner",
    "{P}[LR2] was not invited to the strategy discussion.",
    "Redaction log, p.14: \u2588\u2588\u2588\u2588\u2588 and {P} - second name missed.",
    "Mother (XXXX) and {P} were both present at the family meeting.",
    "Handwritten insertion above the line: ^{P}^ also in the car.",
    # Typing slips: no space after punctuation.
    "Seen at home.{P} was in bed at 2pm and did not get up.",
    "Present:mum,{P},baby and two dogs;partner not seen.",
    "Asked who lives there;{P} said 'just us and the cat'.",
    # Odd apostrophes, invisible and full-width characters.
    "{P}\u2019s school bag had no lunch in it again.",
    "Spoke to {P}`s teacher by phone; no concerns in class.",
    "Referral received from {P}\u00b4s GP after the missed immunisations.",
    "Named on the tenancy:\u00a0{P} (sole tenant).",
    "Copied from the portal: \u200b{P}\u200b - not at address.",
    "Translated form, section 1 - \u59d3\u540d\uff1a{P}\uff08\u6bcd\u89aa\uff09",
    "The interpreter's note reads \u300c{P}\u300d throughout the Cantonese transcript.",
    # Joined to symbols.
    "Mum&{P} seen together at the baby bank on Thursday.",
    "The mother\u2013{P} relationship was warm but chaotic, the assessment found.",
    "Thanks for the lift today, see u Tues, {P}xx",
    "Genogram key: \u271d{P} (died 2023), maternal line.",
    "Written in biro on her forearm: {P} 4 eva \u2665",
    "\u2026{P}, I never meant for any of this (letter from prison, page 2)",
    # Birth and newborn records.
    "BABY OF {P} - male - 3.02kg - SCBU cot 4",
    "FOB: {P}; not present at booking, so no routine enquiry was possible.",
    "Labour ward board: Rm 6 \u2014 {P} \u2014 7cm \u2014 unborn baby on a CP plan",
    "{P} delivered a live female infant by SVD at 03:12.",
    "Birth plan: {P} does not want the partner in the room.",
    # Health.
    "ASQ-3 completed with {P} at 27 months; communication below the cut-off.",
    "PRF: pt {P}, GCS 15, obs stable, conveyed to the children's ED.",
    "Supervised consumption log: {P} - methadone 40ml - not collected Sat/Sun.",
    "CAMHS formulation, perpetuating factors: {P}'s fear of the partner.",
    "GP safeguarding meeting: {P} discussed and coded as a child in need.",
    "Dental: {P} had six teeth extracted under general anaesthetic.",
    # Police.
    "Control from 2-4, we have {P} with us in the vehicle, over.",
    "999 call, operator: Is {P} breathing? Caller: I don't know, I don't know.",
    "DASH completed with {P}: 14 ticks, high risk, referral made.",
    "{P}, you do not have to say anything, but it may harm your defence...",
    "Crime report - IP: {P}; suspect: mother's ex-partner; DA flag added.",
    "MG11 - Statement of {P} - Age if under 18: over 18 - Occupation: carer",
    "Stop and search: subject {P}, grounds: smell of cannabis; nothing found.",
    # Courts and orders.
    "Schedule of findings sought, 3: on or about 14 March {P} shook the baby.",
    "Threshold document, para 2(c): {P} failed to seek medical attention.",
    "SGO assessment of {P} (paternal aunt): positive, with a support plan.",
    # Adoption, fostering and direct work.
    "When you were born, your birth mum {P} was seventeen and living in a hostel.",
    "Life story book, page 3: This is {P}. She grew you in her tummy.",
    "Words and pictures: then {P} got poorly with drinking and the police came.",
    "Delegated authority: {P}'s foster carers can sign for school trips.",
    "Safety network: {P} (aunt), the pastor, and the neighbour at number 7.",
    # School and early years.
    "Late book: {P}, 09:22, reason given: overslept.",
    "Nativity cast list: Innkeeper's wife - {P}",
    "Dinner money owing: {P} \u00a338.40 (third letter sent).",
    "Star of the Week: {P}, for being a kind friend.",
    "There are two {P}s in Year 3, so the school adds the surname initial.",
    "Spelling test (Wed): {P} 3/10, tearful, said she'd had no sleep.",
    "A Year 6 leavers' hoodie with {P} printed on the back was found at the address.",
    "Tapestry observation: {P} (2y 4m) poured water from jug to cup unaided.",
    "WOW slip from home: {P} used the potty all by herself!",
    # Housing, benefits, voluntary sector, probation and youth justice.
    "Homeless application - main applicant: {P}; household: 1 adult, 3 children.",
    "Repairs job 55123 (damp, rear bedroom): no access, tenant {P} not in.",
    "UC journal message from {P}: cant make the appt no credit on phone",
    "Food bank voucher issued to {P} - 1 adult, 2 children, no cooker.",
    "Approved premises sign-in sheet: {P} 22:58 (curfew 23:00).",
    "EM monitoring: strap tamper alert for {P} at 02:14, officers informed.",
    "Referral order contract: I, {P}, agree to attend all sessions with my worker.",
    "Change of name by deed poll: the child was formerly {P}.",
    "The grandmother (n\u00e9e {P}) holds parental responsibility under the order.",
    "Interpreter note: {P} (pronounced with a long 'a'), Polish speaker.",
    "Surname spelt {P} on the birth certificate but differently at school.",
    # Ordinary-word slots that a name fills.
    "The mother said she had never given up on {P}.",
    "What kept the family going, the grandmother said, was {P}.",
    "Staff at the refuge were asked to pray for {P}.",
    "The first Christmas without {P} was the hardest, her father said.",
    "Everything is in {P}'s name: the tenancy, the phone and the debts.",
    "Just let {P} sleep, the partner told the health visitor at the door.",
    "The grandmother's will left the flat to {P}.",
    "Nobody in the meeting had actually asked {P}.",
    "The teacher had to mark {P} absent for the fifth Monday in a row.",
    "Staying round {P}'s for a bit, the boy told his youth worker.",
    "The baby was named {P} after the maternal great-grandmother.",
    "The late {P} had been the children's main carer.",
    "Sister {P} from the church brought food parcels twice a week.",
    "Babcia {P} speaks no English and looks after the baby most days.",
    "After all of it, the girl still chose {P} over the placement.",
]

FOURTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hopelessness scores on the RCADS were in the clinical range.",
        "The UC journal entry says she hopes to be rehoused before the baby is due.",
        "The midwife recorded that the mother hoped for a water birth.",
        "HOPE BOX: the young person filled a shoebox with things that keep her safe.",
        "Mum said there was no hope of the repairs being done before winter.",
    ],
    "grace": [
        "Grace periods on the UC advance had ended, leaving the mother \u00a312 a week.",
        "The landlord offered 14 days' grace on the possession notice.",
        "Graceful and confident on stage, the school report says of her dance exam.",
        "The school report notes that she danced at the show with real grace.",
        "GRACE DAYS: 3 left on the nursery fee plan before the place is withdrawn.",
    ],
    "mark": [
        "Marked weight loss since the last contact (9th to 0.4th centile).",
        "The paramedic noted a patterned mark to the cheek consistent with a hand.",
        "Marking scheme for the audit: 1 inadequate to 4 outstanding.",
        "The register was marked N (no reason yet provided) for the morning session.",
        "Marker pen on the bedroom wall read 'help me' in capitals.",
    ],
    "rose": [
        "Rosette from the riding club was pinned above her bed.",
        "Rose-gold phone found in the boy's bag; not his, he admitted.",
        "She rose at 5am every day to get to the early shift at the warehouse.",
        "The kinship carer grows roses on the allotment and takes the children there.",
        "Calls to the police rose after the partner's release from prison.",
    ],
    "may": [
        "May blossom was out along the lane where the girl was found.",
        "Late booking: the mother may have concealed the pregnancy until 30 weeks.",
        "It may well be, the judge said, that the injury was caused by rough handling.",
        "Maybe, the girl said, but not tonight.",
        "Over the May bank holiday the children stayed with the paternal grandmother.",
    ],
    "will": [
        "Will you sign the safety plan? she asked, and the father said no.",
        "The young person will be supported by a youth justice worker until March.",
        "Will power, the CAMHS nurse said, is not how eating disorders get better.",
        "Free will was discussed in the NRM referral: did the boy choose to go?",
        "The baby's father said he will attend the next antenatal appointment.",
    ],
    "william": [
        "Bills were paid from the girl's part-time wages, the young carers' worker found.",
        "The court will list the case for a final hearing in the spring.",
        "Billed monthly, the phone contract was in the mother's name.",
        "Will it be safe for the children to return? The panel could not say.",
        "A hospital bill from abroad was found among the unopened post.",
    ],
    "bill": [
        "Bill-paying fell to the eldest girl when the mother was in hospital.",
        "The water company billed the wrong address for two years.",
        "The contractor's bill for the emergency board-up came to \u00a3260.",
        "Billed as a parenting course, the group was mostly a coffee morning, mum said.",
        "Council tax bills in the mother's name had gone to enforcement.",
    ],
    "amber": [
        "Amber warning for snow meant the visit was done by video call.",
        "Amber teething necklace found around the baby's neck; advised removal.",
        "The paramedic recorded amber flags on the sepsis screening tool.",
        "Amber glass bottles of liquid were found in the kitchen cupboard.",
        "In the CAMHS risk matrix the girl sat in the amber band.",
    ],
    "sky": [
        "Skyrocketing rent was the reason the family gave for the move.",
        "The girl said she liked to look at the sky from the roof of the car park.",
        "The boy drew a sky full of aeroplanes in the play therapy session.",
        "Skyline views from the 14th-floor balcony were a worry: the railings were low.",
        "Sky lanterns were let off at the vigil on the estate.",
    ],
    "faith": [
        "Faith school application refused as there was no baptism certificate.",
        "The father's faith community raised money for the funeral.",
        "Faithful to the plan for six weeks, then the partner moved back in.",
        "The reviewer found that practitioners took the partner's account on faith.",
        "Faith in the process was low, the father told the Cafcass officer.",
    ],
    "holly": [
        "Holly berries had been eaten by the toddler; NHS 111 advised observation.",
        "The front garden was overgrown with holly and brambles.",
        "The Christmas card from the foster carer had holly on the front.",
        "Holly bushes along the school fence hid the gap the boy used to leave.",
        "Prickly holly was cut back from the path so the buggy could get through.",
    ],
    "ruby": [
        "The ruby earrings in her room were a gift from an older man, the girl said.",
        "Ruby slippers for World Book Day were the only dressing-up the child had.",
        "Ruby port was found in the mother's handbag at the school gate.",
        "A ruby-coloured rash was seen on the baby's legs; non-blanching, 999 called.",
        "Ruby-coloured liquid in an unlabelled bottle was sent for testing.",
    ],
    "daisy": [
        "Daisy-print pyjamas were what the child was wearing when found.",
        "The toddler picked a daisy for the social worker at the end of the visit.",
        "Daisy-shaped hair clips were found in the car of the man arrested.",
        "The mother's tattoo of a daisy on her wrist covered old self-harm scars.",
        "Daisy stickers on the front of the nursery bag had been picked off.",
    ],
    "summer": [
        "Summer school at the college kept the boy busy for three weeks.",
        "The summer fayre at school was where the girl first met the older man.",
        "Summery clothes in the bag were no use in the snow.",
        "Summertime brings a rise in missing episodes, the exploitation lead said.",
        "On a hot summer evening the children were left alone in the car.",
    ],
    "joy": [
        "Joyful was how the nursery described her after the return home.",
        "The contact room felt joyless, the supervisor wrote, with no toys out.",
        "The boy shouted with joy when told he could stay with his nan.",
        "The girl jumped for joy when the judge's decision was explained to her.",
        "Joys and worries were drawn on two paper plates in the session.",
    ],
    "dawn": [
        "Dawn chorus woke the boy, who had slept in the bus shelter.",
        "From dusk till dawn the flat had people coming and going, the neighbour said.",
        "The probation officer described the new tenancy as a false dawn.",
        "Dawning awareness of the risk came only after the third injury.",
        "A dusk-to-dawn curfew was added to the bail conditions.",
    ],
    "ivy": [
        "Ivy-covered railings hid the gap in the fence at the back of the park.",
        "Ivy leaves were in the toddler's mouth when the childminder found her.",
        "The back door was jammed shut by ivy, so the only way out was the front.",
        "The father earned cash pulling ivy off walls for neighbours.",
        "Ivy trailing from the balcony above had blocked the bedroom window.",
    ],
    "jack": [
        "Jacket pockets contained a knife and two phones, the search record states.",
        "The phone's headphone jack was blocked with chewing gum.",
        "Jack-o'-lanterns were in the window at the Halloween visit.",
        "The boy said he was jacked for his phone on the way home from college.",
        "Jack-the-lad bravado in interview, the youth justice worker wrote.",
    ],
    "robert": [
        "Robbed at knifepoint of his trainers, the boy told the school nurse.",
        "The older boys told him to rob the corner shop or pay back the debt.",
        "The child played cops and robbers with the supervisor in the contact session.",
        "The partner's control robbed the mother of any independence.",
        "Robberies on the bus route were linked by police to the same group.",
    ],
    "frank": [
        "Franked envelopes from the court were left unopened on the mat.",
        "A frank exchange at the core group cleared the air, the chair recorded.",
        "Frank blood in the nappy; GP advised same-day paediatric review.",
        "In interview he made a frank admission to the assault.",
        "Frank about the debts at last, the mother let the adviser open the post.",
    ],
    "miles": [
        "The placement is 80 miles from home, so school contact is by video.",
        "Miles of walking each day to the food bank wore the mother down.",
        "Her estimate of the baby's age at the injury was miles out, the expert said.",
        "Miles apart in their accounts, the parents each blamed the other.",
        "The car was doing 70 miles an hour with the children unbelted.",
    ],
    "dean": [
        "The postgraduate dean was told about the trainee GP's missed referral.",
        "The area dean agreed that the church hall could be used for contact.",
        "Dean and chapter approved the use of the crypt as a winter night shelter.",
        "Deans at the university run the student welfare panel.",
        "Dean's office staff at the college would not share the file without consent.",
    ],
    "marsh": [
        "Marsh grass hid the boy from the search helicopter's camera.",
        "The marshes beyond the sea wall are where the older boys go to drink.",
        "The search dog was taken off the marsh at dusk.",
        "The caravan site sits on reclaimed marsh and floods most winters.",
        "Marsh mud was caked on the girl's trainers, police noted.",
    ],
    "hill": [
        "Hilltop car park is a known meeting point for the group.",
        "The school trip to the hill fort was the first time she had left the city.",
        "The girl was found walking in the hills above the town in her school uniform.",
        "Hill farm work kept the father away for long stretches in the spring.",
        "The bike went down the hill with no brakes, the boy's friend said.",
    ],
    "wood": [
        "Wood glue was found in the boy's room; solvent misuse was suspected.",
        "Woodchip wallpaper was peeling where the damp came through.",
        "The shed was made of rotten wood and the children played in it.",
        "A piece of wood with nails in it was found by the bed.",
        "The den was in the woods behind the leisure centre.",
    ],
    "stone": [
        "Stoned, the boy said, every night since the summer.",
        "The mother was admitted with kidney stones, leaving the children with a neighbour.",
        "Stonework around the window was crumbling and letting the rain in.",
        "The boy threw stones at passing buses, the PCSO reported.",
        "Stone-built and unheated, the cottage was too cold for a newborn.",
    ],
    "bell": [
        "The new system has bells and whistles but no field for the father.",
        "Bike bell and lights were missing, so the PCSO stopped the boy.",
        "Bell times at the new school meant the girl caught the 7am bus.",
        "She told the CAMHS nurse it felt like living under a bell jar.",
        "Bells from the church next door could be heard on the 999 recording.",
    ],
    "brown": [
        "Brownfield land behind the estate is where the tents were pitched.",
        "Brown (heroin) and white (crack) were both being sold from the flat.",
        "The brown bin for garden waste was overflowing with nappies.",
        "The kitchen ceiling was brown with nicotine.",
        "Brown paper covered the windows from the inside.",
    ],
    "green": [
        "Green space is limited: the nearest park is a mile away.",
        "Immunisations were given in line with the Green Book.",
        "Greenish vomit at 3 days old; the baby was transferred to the surgical team.",
        "The mother was cooking greens and rice when the worker arrived.",
        "Green-lit by the panel, the support plan starts in April.",
    ],
    "lamb": [
        "Lambskin rug in the Moses basket is an overheating risk, the HV advised.",
        "The girl said she had gone with him like a lamb to the slaughter.",
        "Lamb kebabs were what the man bought the boys, the witness said.",
        "Spring lambs were born on the care farm during the boy's placement.",
        "A lamb joint in the freezer was a year past its date.",
    ],
    "fox": [
        "Fox bite to the baby's hand is being investigated; the window was open.",
        "Foxtrot Lima 2 was the first unit on scene.",
        "The bins were raided by foxes every night and rubbish covered the yard.",
        "A dead fox lay in the garden for a week; the children had been poking it.",
        "Her rucksack had a fox keyring on it, which helped police spot her on CCTV.",
    ],
    "banks": [
        "Banks of CCTV monitors in the custody suite showed the cell door.",
        "The boy's bike was found on the canal banks near the lock.",
        "Baby banks in the area had no cots left, so the baby slept in a drawer.",
        "Clothing banks outside the supermarket were where the mother got uniform.",
        "Snow banks blocked the lane, so the health visitor phoned instead.",
    ],
}

FOURTEENTH_UNLISTED: list[str] = [
    "Index: {U}, 4.2, 6.7 (neighbour)",
    "Comment [AB1]: {U} - is this the same man as the lodger?",
    "Safety network: {U} (godmother) and the family's pastor in {T}.",
    "Food bank voucher issued by {U} at the {T} community hub.",
    "Control from 2-4, male detained in {T} town centre, giving the name {U}, over.",
    "Your foster carer {U} still asks after you every Christmas.",
    "Homeless application taken at {T} Civic Centre; caseworker {U}.",
    "Redaction log, p.9: {U} (neighbour) - not a case person, left in.",
    "PRF: conveyed from {T} to the children's ED, crew lead {U}.",
    "Tapestry note by keyworker {U}: settled well after drop-off.",
    "Approved premises in {T}; key worker {U} confirmed the curfew breach.",
    "{U}\u2019s van was seen outside the flat at 02:00.",
    "The grandmother (n\u00e9e {U}) grew up in {T}.",
]
