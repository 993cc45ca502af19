"""Eleventh sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the tenth's header; only the corpus generator was
read, for the format. No real person or case is represented.

Styles. Person entries attach the name to the text around it in ways the tenth family did not
try: tables flattened to text with runs of spaces, markdown and ASCII-art boxes, contents-page
dot leaders and tick-box rows; labels with spaced-out or dotted letters ("N A M E :",
"S.U.B.J.E.C.T.:"); speech-to-text transcripts of calls and voicemails with no capitals or
punctuation; police PNC and custody shorthand in upper case with double slashes; easy-read and
plain-English sentences; pronouns in brackets ("(she/her)", "(they/them)"); generational
suffixes ("Snr", "II", "(Sr.)"); "c/o" and "F.A.O." lines; minutes' action and owner columns;
chat logs with timestamps (WhatsApp export, IRC, bracketed times), subtitle timecodes from a
recorded interview, social-media notices ("is typing", "liked your photo") and emoji; the
possessive plural ("the {P}s'"); comparatives; the name used as slang ("doing a {P}");
compound modifiers ("{P}-related", "{P}-focused"); parenthetical and dash asides; "per", "via"
and "re"; page-break artefacts and running headers ("Page 3 of 7"); footnote markers
(superscripts, bracketed numbers, asterisks); legal headings ("In the matter of"), aliases
("a.k.a."), "[sic]", strikethrough edits, genogram keys, wristbands, register codes, OASys and
MARAC lines and inverted conditionals ("Had {P} been seen..."), in the voices of children's
social care, police, health visitor, GP, A&E, school, housing, probation and review-report
prose.
Ordinary entries put each word-name at the start of a sentence or line and mid-sentence in
every role: form labels and ratings ("Amber:", "Green:", "Faith:"), nouns, verbs, adjectives,
adverbs and derived forms ("Hopefully", "Frankness", "robbing", "Maybe", "Hilly",
"Stonewalling", "Foxed"), modals, months and seasons, idioms ("wide of the mark", "fallen from
grace", "out of the woods", "alarm bells", "clean bill of health", "a stone's throw"), slang
("jack his bike"), compounds ("summerhouse", "Skylights", "marshland", "Lambing", "Woodwork")
and names of things (a nursery room, a parent group, a bell tent). Unlisted entries put people
and towns in chat logs, "c/o" lines, action columns, PNC checks, transcripts, table rows,
footnoted names, compound modifiers and page-break artefacts.
"""

from __future__ import annotations

ELEVENTH_PERSON_SENTENCES = [
    # Tables flattened to text, boxes, dot leaders and tick boxes.
    "Name                {P}                Role      Subject child",
    "Household:    mother        {P}        baby (5 months)",
    "| 2 | {P} | Sibling | Seen alone: Y |",
    "+--------------------------+\n| {P} |\n+--------------------------+",
    "Chronology of agency contact with {P} .............................. 14",
    "[x] {P}   [ ] other adult   [ ] unknown",
    # Spaced-out and dotted labels.
    "N A M E :  {P}",
    "S.U.B.J.E.C.T.: {P}",
    # Speech-to-text transcripts.
    "yeah so i rang {P} and she never picked up so i went round",
    "operator asks can you confirm your name caller says {P} and gives the address",
    "so um {P} was shouting at the baby and then the door went",
    "Voicemail transcription: hi it's {P} again can you ring me back when you get this",
    # Police PNC and custody shorthand.
    "NOMINAL 1 // {P} // M // IC1 // WARNINGS: VIOLENT, DRUGS",
    "PNC/IDENT: {P} /SUSP/ ARRESTED 02:14 S.39 ASSAULT",
    "SUBJ {P} NFA'D BY CPS, BAIL CANX",
    # Easy read and plain English.
    "This meeting is about {P}. We want to keep everyone safe.",
    "Picture of a house. {P} lives here with Mum and the dog.",
    # Pronouns in brackets and generational suffixes.
    "{P} (she/her) was seen at the youth hub on Thursday.",
    "Young person: {P} (they/them), aged 15, referred by school.",
    "{P} Snr was present at the address when officers arrived.",
    "The father's details are held under {P} II on the housing system.",
    "{P} (Sr.) declined to give a statement.",
    # c/o, F.A.O. and minutes' columns.
    "c/o {P}, second-floor flat, entrance at the rear",
    "F.A.O. {P} (private and confidential)",
    "ACTION: {P} to attend the next core group.",
    "Owner:   {P}      Due: before RCPC      Status: open",
    # Chat logs, subtitles, social media and emoji.
    "[23:41] {P}: wer r u",
    "21:02 - {P}: dont tell ur mum",
    "<{P}> anyone got a lighter",
    "00:04:12,480 --> 00:04:15,920\n{P}: I don't want to go back there.",
    "{P} is typing\u2026",
    "{P} liked your photo.",
    "\U0001f495 {P} \U0001f495 was the caption on the photo the girl posted.",
    "{P} \U0001f476 first day at nursery!!",
    # Possessive plural, comparatives, slang and compound modifiers.
    "The {P}s' front door had been boarded up.",
    "The baby was more settled than {P} had been at that age.",
    "No one in the family was closer to the girl than {P}.",
    "The boys called running from police 'doing a {P}'.",
    "{P}-related concerns were not shared with the new school.",
    "The {P}-focused safety plan was never signed.",
    # Parenthetical and dash asides.
    "The mother (and, it later emerged, {P}) knew the man had convictions.",
    "Several adults - including, on one occasion, {P} - had stayed overnight.",
    # per, via, re.
    "Hx per {P}: fell off the sofa onto laminate floor.",
    "Referral received via {P} on the duty line.",
    "re {P} - pls call back asap",
    "seen w/ {P} in the car park, no concerns re hygiene",
    # Page-break artefacts and running headers.
    "The mother was not present when\n\nPage 3 of 7\n\n{P} was taken to hospital.",
    "{P}    CONFIDENTIAL    Page 12 of 40",
    # Footnote markers.
    "{P}\u00b9 was not spoken to alone at any point.",
    "The decision not to interview {P}[12] is discussed in section 6.",
    "{P}* (*not the birth father) has parental responsibility.",
    # Legal headings, aliases, edits and records.
    "In the matter of {P} (a child), the court made an interim care order.",
    "{P} a.k.a. 'Tiny' is known to the youth offending service.",
    "{P} [sic] is how the name appears on the birth certificate.",
    "~~the baby~~ {P} (amended by the reviewer)",
    "Genogram key: {P} ------ partner (separated, 2021)",
    "WRISTBAND - {P} - MRN 0041273",
    "Register code L (09:14): {P}",
    "Consultation (F2F) - {P} - presenting complaint: cough x 3/7",
    "Tenancy holder: joint, mother & {P}",
    "OASys: {P} assessed as posing a high risk of serious harm to children.",
    "MARAC case ref 0412 - victim: {P}",
    "Ex-partner of {P} is subject to a non-molestation order.",
    "Contact: {P} x2 weekly, supervised.",
    "Had {P} been seen alone, the disclosure might have come sooner.",
    "Notwithstanding {P}'s age, the school did not make a referral.",
]

ELEVENTH_ORDINARY = {
    "hope": [
        "Hope: to be back living with Mum before Christmas.",
        "The young person's hopes and wishes section of the form was left blank.",
        "HOPE (Helping Our Parents Early) group sessions were offered but not taken up.",
        "Nobody had held out much hope for the placement, the carer admitted.",
        "Hopefully the new tenancy gives the family some stability, the housing officer wrote.",
        "The girl said she hoped to see her brother at contact.",
    ],
    "grace": [
        "Grace period: 28 days from the date of the notice seeking possession.",
        "The head teacher handled the complaint with considerable grace.",
        "Graceful in dance class, the girl was clumsy and bruised at home, the nurse noted.",
        "The family had fallen from grace with the landlord after two noise complaints.",
        "Her refusal to say grace at the table angered the grandfather.",
        "A saving grace was the close bond between the siblings.",
    ],
    "mark": [
        "Marks out of ten: the boy gave his home life a three.",
        "The bite mark on the forearm measured roughly 3cm across.",
        "Marking the register by 08:55 is expected of every class teacher.",
        "The reviewer considered the first assessment wide of the mark.",
        "Mark-up on the draft showed the chronology had been changed after the meeting.",
        "A dirty tide mark ran round the bath, the health visitor noted.",
    ],
    "rose": [
        "Rose-tinted accounts of home life were given by the mother at each review.",
        "Concern rose again after the third missed health appointment.",
        "The child drew a rose for her grandmother's grave.",
        "Rose gold earrings were among the gifts the girl had been given by the older man.",
        "Arrears rose from \u00a3300 to \u00a31,450 over six months.",
        "The older boy rose early to get his siblings ready for school.",
    ],
    "may": [
        "May half-term: the family went to stay with relatives and the plan lapsed.",
        "Practitioners may find the seven-minute briefing useful.",
        "The boy was taken into police protection on 3 May.",
        "Maybe it was the drink, the mother told the worker.",
        "The chair said it may be necessary to convene an early review.",
        "By mid-May the family had been placed in temporary accommodation.",
    ],
    "will": [
        "Will the family engage? The panel could not say.",
        "The worker will make an unannounced visit within five working days.",
        "Will and testament papers were found among the grandmother's belongings.",
        "Against her will she was moved to an out-of-area placement.",
        "The boy said he will not go back to the flat.",
        "A living will had been drawn up by the grandfather before his illness.",
    ],
    "william": [
        "Bills were piling up on the doormat, unopened.",
        "The worker will chase the referral on Monday.",
        "Bill of costs: the legal aid certificate covered the final hearing.",
        "Will the child be safe tonight? That was the question the duty manager asked.",
        "The landlord's bill for the broken door was passed to the tenant.",
        "Top billing at the school show was the boy's proudest moment.",
    ],
    "bill": [
        "Bill: \u00a3212.40, final demand, dated two weeks before the eviction.",
        "Billing errors by the energy supplier left the family without heating for a week.",
        "The council tax bill was in the partner's name.",
        "Nobody footed the bill for the school trip, so the child stayed behind.",
        "A clean bill of health was given at the two-year review.",
        "The bill before Parliament was discussed at the training day.",
    ],
    "amber": [
        "Amber: some concerns, review at next contact.",
        "The RAG rating stayed at amber for six months.",
        "An amber necklace was worn by the baby despite advice about the choking risk.",
        "Amber-rated referrals go to the early help hub.",
        "The traffic light on the crossing outside school was stuck on amber.",
    ],
    "sky": [
        "Sky-high rent left little money for food.",
        "The boy drew a black sky over the house in the direct-work session.",
        "Skylights in the loft conversion had no locks.",
        "The girl said she liked looking at the sky from the balcony at night.",
        "Sky blue was the colour of the school jumper she had outgrown.",
    ],
    "faith": [
        "Faith: Muslim (practising).",
        "The grandmother's faith community rallied round after the fire.",
        "Professionals took the father's account on faith without checking it.",
        "Yours faithfully, Duty and Assessment Team",
        "She had lost faith in the police after the last call-out.",
        "A faith school place was offered for September.",
    ],
    "holly": [
        "Holly berries were found in the toddler's mouth; the GP advised no treatment.",
        "The hedge at the front is holly, and the child had scratches from climbing through it.",
        "Holly: berries mildly toxic, keep out of reach (nursery plant safety list).",
        "A sprig of holly on the front door was the only sign of Christmas.",
        "Hollyhocks had grown taller than the child, the grandmother joked.",
    ],
    "ruby": [
        "Ruby wedding celebrations at the grandparents' house ended in a fight.",
        "The girl's lips were a dark ruby colour from the lolly, not from injury.",
        "Ruby-red swelling around the eye was photographed by the paediatrician.",
        "A ruby pendant was listed among the property taken from the flat.",
        "The mother had dyed her hair ruby for the wedding.",
    ],
    "daisy": [
        "Daisy-chained extension leads were a fire risk in the bedroom.",
        "The toddler picked a daisy for the health visitor.",
        "Daisy Room: under-twos, ratio 1:3.",
        "Fresh as a daisy, the mother said, though she had not slept.",
        "The girl's pyjamas had a daisy print.",
    ],
    "summer": [
        "Summer term: attendance 64%.",
        "Over the summer the older boy began spending nights away from home.",
        "Summer-born, the boy was one of the youngest in his year.",
        "A summer scheme place was funded by early help.",
        "The summerhouse in the garden was where the partner slept.",
    ],
    "joy": [
        "Joyriding was the older brother's main offence.",
        "The mother showed little joy when the baby was handed to her.",
        "Joy, fear and anger cards were used in the direct work.",
        "The foster carer described the boy as a joy to look after.",
        "Joyless was how the teacher described the girl's drawings.",
    ],
    "dawn": [
        "Dawn raid: warrant executed at 06:00, three adults arrested.",
        "It was dawning on the worker that the baby had not been seen for a month.",
        "The boy was found at dawn in a bus shelter.",
        "From dusk till dawn the children were left alone, a neighbour said.",
        "Dawn-to-dusk curfews were imposed as a bail condition.",
    ],
    "ivy": [
        "Ivy had pushed through the window frame into the children's bedroom.",
        "Poison ivy was mentioned by the mother, but the rash was eczema.",
        "The back fence was thick with ivy and the gate could not be opened.",
        "Ivy-covered walls hid the entrance to the basement flat.",
        "The child had pulled ivy off the wall and put the leaves in her mouth.",
    ],
    "jack": [
        "Jack-of-all-trades, the partner called himself, working cash in hand.",
        "A car jack was used to break into the meter cupboard.",
        "Jackpot wins on an online slot site were spent within days.",
        "The boy said the older lads would jack his bike if he did not carry the package.",
        "The landlord tried to jack up the rent after the repairs.",
    ],
    "robert": [
        "Robbing phones from younger pupils was how the boy paid off the debt.",
        "The older lads made him rob a phone shop, the boy told police.",
        "Robbed of her childhood, the review said of the young carer.",
        "Police believe the girl was used to rob other children.",
        "A street robbery near the school was linked to the county line.",
    ],
    "frank": [
        "Frankness from the health visitor helped the mother accept the referral.",
        "A frank conversation about the risks of co-sleeping took place.",
        "The father was unusually frank about his drug use.",
        "Frank views were exchanged at the strategy meeting.",
        "The school nurse spoke frankly to the girl about consent.",
    ],
    "miles": [
        "Miles away in her head, the girl did not respond when spoken to.",
        "The placement was forty miles from the child's school.",
        "Miles: 23 (return journey for contact), claimed on the travel form.",
        "The boy walked miles to get to his father's house.",
        "Police found the girl miles from home with no phone or money.",
    ],
    "dean": [
        "The dean was told that the student had stopped attending.",
        "Deanery guidance for GP trainees was cited in the learning review.",
        "Dean: the faculty's safeguarding lead.",
        "The rural dean chaired the parish safeguarding panel.",
        "An assistant dean of the medical school attended the panel.",
    ],
    "marsh": [
        "Marshland behind the estate was where the boys built a den.",
        "The caravan was parked at the edge of the salt marsh.",
        "The girl was found wet and cold on the marsh at first light.",
        "Marshy ground made the search slow.",
        "Mosquitoes from the marsh had bitten the baby's arms.",
    ],
    "hill": [
        "Hill farm life meant the family had no neighbours within sight.",
        "Over the hill, the grandmother joked, but she was the main carer.",
        "The boy rode his bike down the hill without a helmet.",
        "Hilly streets meant the pram could not be used.",
        "The flat sat at the top of a steep hill, a long walk from the bus stop.",
    ],
    "wood": [
        "Wooden slats had been nailed across the bedroom window.",
        "The boys built a den in the wood behind the school.",
        "Wood: stacked in the hallway, a fire risk (home fire safety check).",
        "Not out of the woods yet, the chair said of the baby's weight.",
        "Woodwork was the only lesson the boy attended.",
    ],
    "stone": [
        "Stone cold, the bottle of formula had been left on the side overnight.",
        "Weight 9 stone 4lb at booking, the midwife recorded.",
        "The boys were throwing stones at the bus.",
        "A stone's throw from the school, the flat was known to police.",
        "Stonewalling was how the worker described the father's response.",
    ],
    "bell": [
        "Bell times: 08:50 and 15:20.",
        "The worker rang the bell three times but nobody came.",
        "A bell on the door was suggested to stop the child wandering at night.",
        "Alarm bells should have rung when the third bruise was reported.",
        "A bell tent was the family's only shelter at the festival.",
    ],
    "brown": [
        "Brown: staining on the bedding, noted for the second time.",
        "The fruit bowl held only brown bananas.",
        "The mother's front teeth were brown and broken.",
        "A brown envelope of cash was found in the boy's school bag.",
        "Brownies had been the girl's one regular activity.",
    ],
    "green": [
        "Green: no further action, signposted to universal services.",
        "The baby had a green-tinged nappy at the check, the health visitor noted.",
        "The village green was where the older children gathered after dark.",
        "The greenhouse at the back was full of cannabis plants.",
        "Given the green light, the family moved into the new flat the following week.",
    ],
    "lamb": [
        "Lamb: halal only, the carer was told.",
        "The child was as quiet as a lamb on the ward.",
        "Lambing season meant the father worked nights on the farm.",
        "A toy lamb was the child's comfort object and went everywhere with her.",
        "The dinner money bought a lamb kebab most days.",
    ],
    "fox": [
        "Foxes had torn open the rubbish bags piled outside the flat.",
        "The girl's drawing showed a fox chasing a rabbit.",
        "Foxed by the new benefit system, the mother fell into arrears.",
        "A fox bite was suspected, but the wound was from the dog.",
        "The sly fox in the reading book frightened the boy.",
    ],
    "banks": [
        "Banks: two accounts, both overdrawn (financial assessment).",
        "The family used food banks three times that winter.",
        "The boy was seen on the canal banks late at night.",
        "Banks of monitors in the control room picked up the girl on camera.",
        "Two high-street banks had refused the mother an account.",
    ],
}

ELEVENTH_UNLISTED = [
    "[21:17] {U}: is she with u",
    "c/o {U}, the flat above the bookmakers",
    "ACTION: {U} (school nurse) to send the growth chart.",
    "PNC check on {U} returned two cautions for theft.",
    "um and then {U} come round and took her to the car",
    "Placed out of area in {T}; travel for contact was two hours each way.",
    "The boy was stopped in {T} with {U}, an adult with drug convictions.",
    "| Visitor | {U} | Friend of the mother |",
    "Dr {U}\u00b9 reviewed the skeletal survey.",
    "{T}-based groups were believed to be recruiting locally.",
    "Page 5 of 12\n{U}, the lodger, declined to give a statement.",
    "Interpreting via {U} on the telephone line.",
]
