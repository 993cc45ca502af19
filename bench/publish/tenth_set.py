"""Tenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file; only the corpus generator was read, for the format. No real
person or case is represented.

Styles. Person entries attach the name to the text around it in the ways scanned, exported
and typed records do: OCR artefacts (digits for letters, words run together round the name,
"Narne:"), spreadsheet cells and tab, comma and pipe separated rows, field labels run
straight into the value ("name:{P}", "CHILD/{P}", "Re:{P}"), file names and paths
("Statement_{P}_final_v3.docx", a shared-drive folder), portal URLs, e-mail and Teams
headers and display names, references with slashes, times and visit counts written straight
before the name ("14:05{P}", "Visit 2/3:{P}"), numbered lists with no space ("1){P}"),
bullets, slashes, plus signs and arrows, square, angle, doubled round, guillemet, German and
single quotes, asterisk and underscore emphasis, hashtags and @-mentions, headings (numbered,
capitalised, markdown), signatures and sign-offs, relationship words and honorifics ("Nanna",
"Auntie", "Jnr"), quoted speech in dialect and text-speak, stutters and fillers in interview
transcripts, clitics ("{P}'d", "{P}'ve", "{P}s mum" without an apostrophe), reported speech,
questions, vocatives and shouted names, prepositions ("towards", "unlike", "FAO"), and
sentence-start names followed by adverbs, adjectives, prepositions and modals ("should",
"ought to"), in the voices of children's social care, police, health visitor, GP, A&E,
school, housing, probation and review-report prose.
Ordinary entries put each word-name at the start of a sentence or line and mid-sentence in
every role: nouns, verbs, adjectives, adverbs and derived forms ("hopeful", "Marked",
"Robbery", "Frankly", "dawned"), modals, months and seasons, idioms and slang ("the Old
Bill", "rang a bell", "green light"), headings and form labels in capitals, RAG ratings,
compounds, and names of things (hospital wards, a contact-centre room, a supported-housing
project, a television service, a youth organisation).
"""

TENTH_PERSON_SENTENCES = [
    # Scanned and OCR'd text.
    "OCR text: Narne of chi1d: {P}  D0B: see front sheet  Schoo1: see page 2",
    "[scanned note] Spoke with mum and{P}at the door, both appeared we11.",
    # Spreadsheets, tables and exported rows.
    "Cell B14: {P}; C14: CIN; D14: open; E14: neglect",
    "3\t{P}\tCP\tNeglect\t28/09",
    '"{P}","Subject child","Section 47","Strategy held"',
    "| {P} | Year 5 | Attendance 81% | PA |",
    # Field labels run into the value.
    "Child's name:{P} Ethnicity: White British Language: English",
    "CHILD/{P} - seen alone in bedroom, room sparse, no bedding.",
    "Re:{P} - request for information under section 47",
    # File names, paths, links and references.
    "Statement_{P}_final_v3.docx (unsigned) attached to the strategy record.",
    "Saved to S:\\CSC\\Locality 2\\{P}\\Chronology.xlsx by the team administrator.",
    "Portal link: https://portal.example.org/case-notes/{P}/visit-log (access restricted)",
    "Ref: CSC/2026/0417/{P} - please quote on all correspondence.",
    # E-mail and messaging headers.
    "From: {P} <mum.account77@example.org>\nSent: 14 March 11:02\nSubject: appointments",
    "Teams message from {P} (External): can we move the TAF to 2pm?",
    # Times, counts and numbers straight before the name.
    "14:05{P} rang duty to say the baby had a temperature.",
    "0930hrs-{P} dropped at breakfast club in pyjamas, no coat.",
    "Visit 2/3:{P} not home, card left through the letterbox.",
    "1){P} 2) baby 3) partner - all named on the warrant.",
    # Lists with different separators.
    "Present: SW, HV, IRO, {P}, DS (police) and the school DSL.",
    "Attendees - Chair / IRO / {P} / Housing officer",
    "{P} \u2022 mum \u2022 baby in the front room, no other adults seen.",
    "Siblings: eldest (15) + {P} + youngest (2), all now on plans.",
    "-->{P} to be offered a carer's assessment by adult services.",
    # Brackets, quotes and emphasis of every kind.
    "Sibling group: [{P}] plus two younger half-siblings.",
    "Recorded on the system as <{P}> after a data migration error.",
    "The translated letter addresses \u00ab{P}\u00bb and asks for contact.",
    "Court papers from abroad name the child as \u201e{P}\u201c on every page.",
    "(({P})) written in pencil in the margin of the class register.",
    "Whiteboard at reception read ***{P} - DO NOT RELEASE TO DAD***",
    "Whiteboard: _{P}_ collected by grandad only, see photo ID.",
    "The birth certificate lists the baby as '{P}' with no father's details.",
    # Hashtags and mentions.
    "CPOMS alert #{P} raised by the class teacher, category: neglect.",
    'The older boy tagged @{P} in the post with the caption "snitches get stitches".',
    # Headings and signatures.
    "2.4 {P}: THE LIVED EXPERIENCE OF THE CHILD",
    "## Chronology entry for {P}",
    "Regards,\n{P}\nFamily Support Worker, Early Help Hub",
    # Quoted speech, dialect and text-speak.
    '"Ey up {P}, where\'s tha been?" the neighbour shouted across the landing.',
    '"Wha\'s {P} done now?" the grandmother asked the officer at the door.',
    "\"Me an' {P}'ve been mates since Year 7,\" the girl told the school nurse.",
    '"wer r u {P}?? ur mum is doin her nut" (text message, 23:41)',
    '"omg {P} dnt tell ne1 wot i sed x" - screenshot shared by the school.',
    # Transcripts.
    "A: It was, it was m- m- {P} what done it, I swear.",
    "A: I dunno, I, I, erm, {P} I think, yeah, or maybe not.",
    # Relationship words and honorifics.
    "Nanna {P} has offered to have the children on Fridays after school.",
    "Auntie {P}'s flat was considered as a placement but refused.",
    "{P} Jnr was also present during the search of the address.",
    # Clitics and reported speech.
    "The panel heard that {P}'d been 'kicked out' twice before Christmas.",
    "{P}s mum attended clinic with the baby and the older sibling.",
    "The girl said {P} had told her to keep it a secret or she'd go into care.",
    # Questions, vocatives and shouts.
    "Is {P} safe to return home tonight? Manager to advise.",
    "Come on {P}, shoes on, we're late - heard on the doorstep.",
    'Caller shouting "{P}!!" repeatedly before the line went dead.',
    # After prepositions.
    "Concerns escalated towards {P} after the second injury.",
    "Information shared FAO {P} and the duty manager.",
    "Unlike {P}, the older child was attending school regularly.",
    # Sentence-start names followed by many kinds of word.
    "{P} reportedly sleeping on a mattress on the floor.",
    "{P} tearful and withdrawn at drop-off, keyworker informed.",
    "{P} with the baby at the surgery; both seen, weights recorded.",
    "{P} should have been seen within 24 hours of the referral.",
    "{P} ought to have been referred to CAMHS at that point, the review concludes.",
    # Agency voices.
    "Pt ({P}) c/o abdo pain x2/7, O/E soft non-tender, safety-netted.",
    "A&E triage: PC fall from sofa, brought in by {P}; 4h wait.",
    "Probation: PoP {P} reports no contact with the victim's household.",
    "Housing: tenancy in the sole name of {P}; arrears \u00a31,240.",
    "Practice episode 3 concerns the period when {P} was nine months old.",
]

TENTH_ORDINARY = {
    "hope": [
        "Hope was in short supply by the third conference, the chair noted.",
        "Mum said she was hopeful the new tenancy would be a fresh start.",
        "The young person described feeling hopeless about college.",
        "We had hoped to see the baby alone, but the partner stayed in the room.",
        "Worries / Hope / Next steps - the three columns of the safety map.",
        "HOPE AND RESILIENCE: the boy names football as what keeps him going.",
    ],
    "grace": [
        "Grace period: the landlord agreed 28 days to clear the arrears.",
        "She accepted the decision with bad grace and left the meeting early.",
        "Saying grace before tea is part of the foster carers' routine, the child told the IRO.",
        "GRACE AND FAVOUR: the flat was let informally by the landlord's cousin.",
        "The housing officer allowed a further week's grace before serving notice.",
    ],
    "mark": [
        "Marks were noted to the inner thigh and photographed with a scale.",
        "Mark the case as CP on the system, the team manager instructed.",
        "A linear mark, 3cm long, was seen on the left forearm.",
        "The boy scored low marks in his mocks after the move of placement.",
        "Marked improvement was seen in the home conditions by the February visit.",
        "BODY MAP - MARK 4: circular bruise, right buttock, yellowing.",
    ],
    "rose": [
        "Rose-tinted is how the IRO described the mother's account of the weekend.",
        "Arrears rose to \u00a31,900 over the winter.",
        "Concern rose sharply after the second unexplained injury.",
        "The Rose Unit at the hospital is the paediatric assessment area.",
        "Rose bushes along the front path had been cut right back by the landlord.",
        "A single rose had been left on the doorstep with a note, police were told.",
    ],
    "may": [
        "May half-term was the first time the children stayed overnight with the father.",
        "The mother may need an advocate for the conference.",
        "Maybe the baby rolled off the bed, the father suggested.",
        "Attendance for May: 74%.",
        "It may be that the bruise was caused accidentally, the paediatrician wrote.",
        "Reviewed on 3 May at the core group; plan unchanged.",
    ],
    "will": [
        "Will the mother engage with the parenting course? Uncertain.",
        "The grandmother's will is being contested by the mother's brother.",
        "Staff will review the safety plan on Monday.",
        "Against her will the girl was taken to an address out of the area, police believe.",
        "WILL TO CHANGE - assessed as low in the parenting assessment.",
        "The boy said he will not go back to the flat.",
    ],
    "william": [
        "Will power alone is not enough, the substance misuse worker told the father.",
        "The father's will left everything to his brother, the solicitor confirmed.",
        "The water bill had been passed to a debt collector.",
        "Police will attend if the partner returns to the address.",
        "Bills were stacked unopened behind the front door.",
    ],
    "bill": [
        "Bills were piling up and the gas had been capped.",
        "The electricity bill showed the meter had been bypassed.",
        "Billing errors by the housing association added \u00a3300 to the arrears.",
        "The Old Bill came round again last night, the boy told his teacher.",
        "BILL PAYMENTS: direct debits set up with the money advice worker.",
    ],
    "amber": [
        "Amber - risk escalating, review in four weeks.",
        "The referral was RAG-rated amber at the front door.",
        "RAG rating:\nAmber (neglect)",
        "An amber flag was added to the address on the police system.",
        "Amber-coloured fluid was noted in the baby's bottle.",
        "The lights were on amber when the car went through, the officer recorded.",
    ],
    "sky": [
        "Sky TV had been cut off for non-payment, the mother said.",
        "The sky was overcast and it was raining when the child was found in the park.",
        "Rent had gone sky-high since the landlord sold the flat.",
        "A skylight in the loft bedroom could not be closed.",
        "SKY BOX: removed by bailiffs, the mother reported.",
    ],
    "faith": [
        "Faith is central to the family, who attend church twice a week.",
        "The worker acted in good faith when sharing the information.",
        "A faith-based youth group offered the boy a place on their residential.",
        "FAITH / CULTURE: Muslim, practising; halal diet in placement.",
        "Yours faithfully,\nDuty Team Manager",
        "The mother had lost faith in professionals after the first removal.",
    ],
    "holly": [
        "Holly and tinsel were up at the Christmas home visit; the house was warm.",
        "The child scratched her legs climbing through a holly hedge, the school nurse noted.",
        "Holly Ward at the children's hospital admitted the baby overnight.",
        "A sprig of holly was pinned to the door of the refuge.",
        "HOLLY ROOM (family contact centre) - booked Tuesdays 4 to 5pm.",
    ],
    "ruby": [
        "Ruby-red staining was visible on the pillowcase.",
        "The grandparents' ruby wedding party was where the argument started.",
        "A ruby ring belonging to the grandmother was pawned by the partner.",
        "Ruby Ward discharged the child to the foster carers on the Friday.",
    ],
    "daisy": [
        "Daisy chains were made on the field at the school fun day.",
        "Daisy-chained extension leads in the bedroom were a fire risk, the housing officer wrote.",
        "The baby unit at the children's centre is called the Daisy Room.",
        "The child drew a daisy in the corner of her worry picture.",
        "Upsy-daisy, the carer said as she lifted the toddler into the bath.",
    ],
    "summer": [
        "Summer holidays were identified as a period of heightened risk.",
        "Over the summer the older boy was reported missing four times.",
        "SUMMER TERM: attendance 62%, persistent absence.",
        "A summerhouse at the bottom of the garden was where the boy slept, the neighbour said.",
        "The family spent last summer in a caravan on a farm.",
    ],
    "joy": [
        "Joy at the arrival of the baby was evident in the grandmother's account.",
        "Joyriding was the index offence on the youth justice referral.",
        "The foster carer said the boy was a joy to look after.",
        "Little joy in play was observed at nursery, the keyworker wrote.",
        "JOY AND SADNESS cards were used in the direct work session.",
    ],
    "dawn": [
        "Dawn raid: officers executed a warrant at 06:10.",
        "The girl was found at dawn in a stairwell of the flats.",
        "Police attended shortly before dawn.",
        "It dawned on the school that the sibling was also missing.",
        "Dawn light showed the damage to the front door, the officer's statement says.",
    ],
    "ivy": [
        "Ivy had grown over the bedroom window, blocking most of the light.",
        "Poison ivy was ruled out as a cause of the rash by the GP.",
        "The back of the house was thick with ivy and rubbish.",
        "Ivy House (supported accommodation) accepted the young person from Monday.",
        "IVY on the outside wall was holding damp against the brickwork, the surveyor said.",
    ],
    "jack": [
        "A car jack was found under the child's bed.",
        "A jack-knifed lorry held the ambulance up on the ring road.",
        "Jacking up the rent was the landlord's answer to the complaint.",
        "The headphone jack on the school laptop had been snapped off.",
        "Jack plugs and cables were strewn across the bedroom floor.",
    ],
    "robert": [
        "Robbery was the index offence for the older brother's youth order.",
        "The boy said older lads had robbed his phone on the way home.",
        "A plan to rob the corner shop was discussed in the group chat, police said.",
        "The father was convicted of attempted robbery in his twenties.",
        "Robbed of her childhood, the review says of the young carer.",
    ],
    "frank": [
        "Frank discussions took place about the father's cannabis use.",
        "The mother was frank about her mental health history.",
        "To be frank, the chair said, we are no further forward.",
        "Frankly, the placement is unsustainable, the carer wrote.",
    ],
    "miles": [
        "Miles from anywhere, the cottage had no bus route to school.",
        "The placement was forty miles from the birth family.",
        "The father's car had done 160,000 miles and failed its MOT.",
        "MILES TRAVELLED (mileage claim): 36",
        "The boy walked two miles to school each morning.",
    ],
    "dean": [
        "The dean of the sixth form college was invited to the strategy meeting.",
        "Dean of Students at the university confirmed the young mother had withdrawn.",
        "An email from the rural dean offered the church hall for contact sessions.",
        "A deanery youth worker had known the family for years.",
    ],
    "marsh": [
        "Marsh land behind the estate was where the teenagers gathered.",
        "The boy was found cold and wet on the marsh at 2am.",
        "Marshmallows were used as a treat on the reward chart.",
        "The salt marsh path was closed after flooding.",
        "Marshy ground made the search difficult, police noted.",
    ],
    "hill": [
        "Hill walking with the mentor was the boy's favourite session.",
        "The flat is at the top of a steep hill, with no lift to the fourth floor.",
        "The pram had to be pushed up the hill to the clinic.",
        "Hillside flats were the scene of the incident.",
    ],
    "wood": [
        "Wood was piled in the hallway, a fire hazard.",
        "The baby's cot was made of wood and had a broken slat.",
        "Woodland behind the school was searched by officers.",
        "A wood-burning stove had no guard around it.",
        "Out of the woods? Not according to the health visitor.",
        "WOOD FLOORING: uneven, trip hazards noted by the housing officer.",
    ],
    "stone": [
        "Stone steps to the basement flat were slippery.",
        "She had put on two stone since the birth.",
        "A stone was thrown through the front window of the flat.",
        "Stonewalling was how the worker described the partner's response.",
        "The bottle was stone cold when the paramedic checked it.",
    ],
    "bell": [
        "Bell pushes at the flats had been ripped out.",
        "The school bell had gone before the child arrived, unaccompanied.",
        "A bell on the front door alerted staff when the young person left at night.",
        "Alarm bells rang when the baby's weight dropped from the 50th to the 9th centile.",
        "The address rang a bell with the duty worker.",
    ],
    "brown": [
        "Brown staining was seen on the bedding.",
        "The child's teeth were brown with decay, the dentist reported.",
        "Brownies on Thursday evenings gave the girl a break from home.",
        "A brown envelope with cash was found in the child's school bag.",
        "HAIR: brown, shoulder length (from the missing person form).",
    ],
    "green": [
        "Green mould covered the bathroom ceiling.",
        "The referral was RAG-rated green and signposted to universal services.",
        "The panel gave the green light for a phased return home.",
        "RAG: Green - no further action.",
        "The boy was found on the village green at midnight.",
    ],
    "lamb": [
        "Lamb curry was what the child said she had for tea.",
        "The foster carer roasted lamb on Sundays.",
        "Quiet as a lamb in the interview room, the boy answered every question.",
        "Lambing season on the farm kept the father away for weeks.",
    ],
    "fox": [
        "Fox mess in the garden meant the children could not play outside.",
        "A fox had got into the bins and rubbish was strewn across the yard.",
        "Foxes were heard screaming at night, which frightened the child.",
        "The child's favourite toy was a knitted fox.",
        "Foxglove plants in the garden were a poisoning risk for the toddler, the HV advised.",
    ],
    "banks": [
        "Banks froze the account after suspected fraud.",
        "Food banks were used three times in one month.",
        "The river banks were searched by the police dive team.",
        "BANKS / CREDIT: no account in the mother's name.",
        "Two high-street banks refused the mother an account.",
    ],
}

TENTH_UNLISTED = [
    "cc: {U} (independent advocate, external)",
    "Moved from {T} to temporary accommodation in the winter, the housing file shows.",
    "Scan_0092_{U}_witness.pdf attached to the police log.",
    '"Ask {U}, they know everything," the girl said.',
    "Mrs {U}'s dog was also in the flat during the visit.",
    "Dr {U} (locum) saw the baby at the walk-in centre.",
    "14:20{U} rang from {T} police station to say the father had been released.",
    "Present: SW, HV, {U} (advocate), school DSL.",
    "Address history: {T} (2019-21); then no fixed abode.",
    "Emergency contact: {U}, tel. withheld.",
    "St {U}'s Primary in {T} held the earlier records.",
    "WANTED: {U} - circulated on PNC after the assault.",
]
