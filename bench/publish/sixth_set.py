"""Sixth sentence family for the synthetic leak corpus, written blind on 26/11/2026.

Written without reading the rules, their word lists, the benchmark's results or its README,
and with new wording throughout, so a run on it is an unseen measurement. The styles are
those of English case records: chronology entries, strategy-meeting and core-group minutes
("Actions: ..."), GP and health visitor notes, police logs, school safeguarding logs, letters
and review-report prose.

Person entries open a sentence or line with the name followed by many kinds of word: an
adverb ("reluctantly", "never", "only"), a noun in note style with the apostrophe dropped
("mum", "nan", "partner"), a preposition ("from", "with", "in", "at", "by", "out", "off"), a
negation ("not brought", "isn't", "no longer"), an irregular past verb ("ran", "hid",
"brought"), a present verb, a modal ("cannot", "needn't"), a bare adjective ("tearful",
"happy", "too young", "better", "sick"); others put it after a bullet, a time stamp, a colon,
a numbered action, "Dear", "Per" or "Spoke to", in questions, quotes and brackets, in an
upper-case heading and before a comma.

Ordinary uses put each word-name where a report writer would, often at the start of a
sentence: compounds ("Hollyhocks", "Skylights", "Woodwork", "Marshmallows", "Jackdaws"),
inflections ("Robbed", "Stoned", "Billed", "Frankness"), a bare past verb ("Rose at 5am"), a
modal question ("May I remind ...", "Will the mother ..."), idioms ("wide of the mark",
"fresh as a daisy", "a false dawn", "out of the woods", "touch wood", "no joy"), labels and
ratings in upper case ("AMBER", "GREEN", "BILLS:", "ROBBERY"), brand and breed names
("Sky News", "Jack Russell"), as well as uses within a sentence. As in corpus.py the
ordinary sentences carry no marker: the generator finds the word itself (the first
occurrence of the word, "will " with its space, or "rob"/"bill" for Robert and William),
so each sentence holds its word once and no earlier look-alike ("problem", "arose").
"""

from __future__ import annotations

SIXTH_PERSON_SENTENCES = [
    "{P} reluctantly agreed to a referral to the family hub.",
    "{P} mum rang at 08:15 to cancel the home visit, saying the baby was poorly.",
    "{P} from the nursery rang to report a fresh bruise on the child's ear.",
    "{P} with the paternal grandmother most weekends, per the mother.",
    "{P} not brought to audiology again; third missed appointment this year.",
    "{P} ran out of the classroom and climbed onto the school fence.",
    "{P} hid under the table when the partner raised his voice.",
    "{P} brought the children to the surgery in their pyjamas at four in the afternoon.",
    "{P} cannot read the letters from the council, so the worker reads them aloud.",
    "{P} needn't attend the conference, but the outcome is to be explained to her afterwards.",
    "Is {P} still sharing a room with the partner's adult son?",
    "Where was {P} on the night of the fire? No agency asked.",
    "Actions: {P} to register the baby with a GP before the next visit.",
    "\u2022 {P} \u2013 seen and weighed; immunisations up to date.",
    "16:45 \u2013 {P} picked up from the school gate by an unknown man in a grey van.",
    "Reason for referral: {P} disclosed being slapped across the face.",
    "'{P} hit me with the remote,' the boy told the PCSO.",
    "Note of call (from {P}): the baby has been vomiting for two days.",
    "{P}, despite repeated prompts, has not registered with a dentist.",
    "{P} tearful and withdrawn at drop-off this morning.",
    "{P} happy to be spoken to alone; consent recorded.",
    "{P} never told anyone about the touching until the age of twelve.",
    "{P} too young to give an account; observed only.",
    "{P} partner is known to the police for domestic abuse offences.",
    "{P} nan has offered to have the children over Christmas.",
    "{P} in hospital overnight for observation after the fall down the stairs.",
    "{P} at the door, smelling of alcohol, refused to let the worker in.",
    "{P} by text at 21:03 asking for a food voucher.",
    "{P} out when the worker called; card left through the letterbox.",
    "{P} only eats crisps and yoghurt, the foster carer reports.",
    "{P} isn't coping, the health visitor wrote after the visit.",
    "Review question 3: why was {P} not seen after the second referral?",
    "(2) {P} to be referred to the community paediatrician within ten days.",
    "Dear {P}, I am writing to confirm the date of the initial child protection conference.",
    '"{P}, get inside now!" the mother was heard shouting, according to the neighbour.',
    "SEEN: {P}, the baby and the maternal aunt.",
    "{P} better after antibiotics, back at nursery on Monday.",
    "{P} sick twice overnight; mother advised to call 111.",
    "{P} admits smacking the children but denies using an implement.",
    "{P} nowhere to be found when officers arrived at 23:10.",
]

SIXTH_ORDINARY = {
    "hope": [
        "Hope alone had kept the mother engaged, the worker reflected in supervision.",
        "HOPE AND RESILIENCE: strengths identified at the family group conference.",
        "Hopes of a kinship placement ended when the aunt withdrew.",
        "The grandmother still lives in hope of a phone call from her son.",
        "There was no realistic hope of rehabilitation within the child's timescales.",
    ],
    "grace": [
        "Grace and dignity were evident in the mother's evidence to the court.",
        "The partner's fall from grace at work followed a drink-driving charge.",
        "No days of grace were allowed on the council's payment plan.",
        "Amazing Grace was sung at the baby's funeral.",
        "The boy moved with a dancer's grace but would not join in PE.",
    ],
    "mark": [
        "Mark all late collections in red on the attendance sheet.",
        "Bite marks on the toddler's arm were said to be from a sibling.",
        "The first assessment was wide of the mark, the review concluded.",
        "Markers of neglect included head lice and untreated tooth decay.",
        "The chair asked that the minutes mark the mother's objection.",
    ],
    "rose": [
        "Rose at 5am, fed the baby, back to bed (mother's diary).",
        "Rose thorns had scratched the toddler's face, according to the mother.",
        "Numbers on the waiting list rose by a third over the winter.",
        "The grandmother rose to the challenge of caring for three under-fives.",
        "Risk rose again once the partner was released from prison.",
    ],
    "may": [
        "May brought a fresh referral from the school nurse.",
        "May I remind colleagues that the minutes are confidential, the chair said.",
        "Be that as it may, the school should have referred sooner.",
        "Whatever the father may say, the injuries are not accidental.",
        "MAY 2023: section 47 enquiry concluded; no further action.",
        "Early in May the baby was readmitted with bronchiolitis.",
    ],
    "will": [
        "Will the mother be told the outcome? Not yet decided.",
        "Where there's a will there's a way, the grandmother told the panel.",
        "There was ill will between the two families after the fight.",
        "The guardian will seek the child's wishes before the final hearing.",
        "WILL NOT ENGAGE was written across the front of the file, which the review criticises.",
    ],
    "william": [
        "Will she be safe at the father's? The IRO asked for a written answer.",
        "The father discharged himself of his own free will at 02:00.",
        "Bills piled up after the partner took the mother's bank card.",
        "A final bill from the letting agent listed damage to every room.",
    ],
    "bill": [
        "Billed as a fresh start, the move to the new flat lasted four months.",
        "The paediatrician gave the baby a clean bill of health in March.",
        "BILLS: gas \u00a3340, electric \u00a3515, water \u00a3210 (all in arrears).",
        "The mother hid the bills in a kitchen drawer, unopened.",
        "A mobile phone bill in the child's name was found in the bedroom.",
    ],
    "amber": [
        "Amber: two or more missed health appointments (threshold guide).",
        "The case stayed at amber for eight months without a plan.",
        "AMBER \u2013 review in 28 days.",
        "An amber teething necklace was found round the baby's neck at the check.",
        "Amber alerts on the system were not checked by out-of-hours staff.",
    ],
    "sky": [
        "Sky News was on loudly throughout the visit.",
        "The sky's the limit, the careers adviser told the girl.",
        "Skylights in the loft conversion had no locks, and the boy climbed out onto the roof.",
        "The child watched the night sky from the refuge window and asked for her dad.",
        "Out of a clear blue sky the partner punched him, the boy said.",
    ],
    "faith": [
        "Faith-sensitive practice was not considered in the assessment.",
        "The father accused the department of acting in bad faith.",
        "Faith in the plan was low among the teaching staff.",
        "The boy's faith matters to him and should be reflected in the placement search.",
        "A leap of faith was needed to return the baby home, the IRO admitted.",
    ],
    "holly": [
        "Hollyhocks grew tall against the front wall of the bungalow.",
        "Holly wreaths hung on several doors along the landing.",
        "The boy had hidden the knife in the holly hedge by the bus stop.",
        "Paper holly leaves cut out by the children decorated the contact room.",
    ],
    "ruby": [
        "Ruby port and vodka bottles were lined up on the windowsill.",
        "The girl wore glittery ruby slippers to every contact.",
        "The rash had turned a deep ruby shade by the evening.",
        "Ruby glass beads from a broken bracelet were found in the baby's cot.",
    ],
    "daisy": [
        "The mother said she woke up fresh as a daisy despite drinking the night before.",
        "A daisy-shaped night light was the only light in the bedroom.",
        "Daisy stickers on the reward chart showed three dry nights in a row.",
        "The toddler pulled up every daisy on the lawn and gave them to the contact worker.",
    ],
    "summer": [
        "Summer: no contact with any service for eleven weeks.",
        "Summertime brought longer unsupervised hours on the estate for the boys.",
        "In the summer of 2022 the boy was first stopped carrying a knife.",
        "A summer school place was offered but not taken up.",
        "SUMMER TERM REVIEW \u2013 attendance 81 per cent, two suspensions.",
    ],
    "joy": [
        "The boy jumped for joy when told he could stay with his foster carers.",
        "No joy: three calls to the father's number went unanswered.",
        "The baby's first steps were a source of great joy to the foster carers.",
        "Joy and relief were how the mother summed up the end of proceedings.",
    ],
    "dawn": [
        "Dawn patrols by the neighbourhood team were stepped up after the stabbing.",
        "The boy was often out until dawn with older lads from the estate.",
        "Dawn arrests of three adults linked to the county line took place on Tuesday.",
        "The improvement in the spring proved a false dawn.",
        "DAWN ENTRY AGREED \u2013 approved by the duty inspector at 18:30.",
    ],
    "ivy": [
        "Ivy grows through the bathroom window frame, letting in the cold.",
        "Trailing ivy hid the CCTV camera at the front of the house.",
        "Ivy and moss made the front steps slippery in wet weather.",
        "The toddler had pulled ivy off the fence and was chewing the leaves.",
    ],
    "jack": [
        "A Jack Russell terrier had bitten the toddler on the face.",
        "Jackpot fruit machines at the arcade took the boy's dinner money.",
        "Jackdaws nesting in the chimney meant the fire could not be lit.",
        "A trolley jack was left under the car with the children playing nearby.",
    ],
    "robert": [
        "Robbed of a childhood, the girl had cared for her mother since she was eight.",
        "A street robbery in the town centre led to the boy's first arrest.",
        "He was remanded for armed robbery and the children lost contact with him.",
        "ROBBERY \u2013 suspect described as a white male, 15\u201317, grey tracksuit.",
    ],
    "frank": [
        "Frank feedback was given to the partner about his tone with staff.",
        "Frankness about risk was missing from the early assessments.",
        "Being frank with the children about why they came into care is part of life-story work.",
        "Frankfurters and white bread were all the cupboards held.",
        "The IRO was quite frank: the plan was drifting.",
    ],
    "miles": [
        "Miles away in her own thoughts, the girl did not respond to her name.",
        "Nine miles on two buses separated the foster home from the school.",
        "The family's nearest relatives live hundreds of miles away.",
        "Miles better than last time, the health visitor wrote about the state of the kitchen.",
    ],
    "dean": [
        "The deanery safeguarding adviser was told about the youth leader.",
        "A place on the dean's list showed the student was coping academically.",
        "The dean of admissions agreed a deferred start for the care leaver.",
        "Deans at both universities were asked to share attendance data for the care leaver.",
    ],
    "marsh": [
        "The salt marsh is cut off at high tide, and the boys had been warned.",
        "Marshmallows and fizzy drinks were the child's breakfast, she said.",
        "Marshy ground made the footpath to school impassable after rain.",
        "Reeds on the marsh hid the den where the boys were drinking.",
    ],
    "hill": [
        "Hilltop flats on the estate are poorly served by buses, so appointments are missed.",
        "The grandmother joked that she was over the hill for a toddler.",
        "The boy was found asleep on the hill above the reservoir.",
        "Hills around the village cut off the mobile signal, so calls often dropped.",
    ],
    "wood": [
        "Woodwork lessons were dropped from the boy's timetable after he threatened a classmate.",
        "The baby is not out of the woods yet, the consultant told the parents.",
        "A wooden spoon had been used to hit the children, the eldest said.",
        "Woodlice and damp were found in the children's bedroom.",
        "Touch wood, things have been calmer since the injunction, the mother said.",
    ],
    "stone": [
        "Stoned and incoherent, the partner answered the door at midday.",
        "Stonewalled by the partner, the worker could not get past the hallway.",
        "Stone-throwing at buses was the reason for the boy's first police contact.",
        "Weighing just over six stone, the girl was referred to the eating disorders service.",
    ],
    "bell": [
        "Alarm bells should have rung when the third bruise was reported.",
        "Bell rung twice at 14:10, no answer; calling card left.",
        "The end-of-day bell is when the girl becomes most anxious, the teacher explained.",
        "Bells and whistles were not needed, the chair said: just a plan that was followed.",
    ],
    "brown": [
        "Brownish discharge from the ear was noted by the GP.",
        "Brown was the street name used for heroin in the messages.",
        "Her teeth were brown with decay at the age of four.",
        "The baby's nappy held dark brown, tarry stools, and the GP was called.",
    ],
    "green": [
        "Greenhouse glass was smashed, leaving shards across the lawn where the toddler played.",
        "GREEN \u2013 universal services only; no further action.",
        "Green-fingered, the foster carer got the boy growing vegetables.",
        "The bruise had gone green and yellow by the time of the medical.",
    ],
    "lamb": [
        "Lambs were being born in the barn, and the children helped at night.",
        "Lamb curry from the takeaway was the only hot meal that week.",
        "The girl's job on the farm was bottle-feeding an orphan lamb.",
        "The partner called the mother 'mutton dressed as lamb' in front of the children.",
    ],
    "fox": [
        "Foxes screaming at night frightened the children, who would not sleep alone.",
        "Fox terrier hair covered the baby's mattress.",
        "The boy had a fox tattoo done at fourteen without parental consent.",
        "An urban fox got into the kitchen through the broken back door.",
    ],
    "banks": [
        "Banks of CCTV screens at the shopping centre picked up the girl with two older men.",
        "The boys drank behind the bottle banks at the supermarket.",
        "High street banks refused the father a basic account because of fraud flags.",
        "Banks, councils and utility companies all had different addresses for the mother.",
        "Grassy banks beside the dual carriageway hid the tent where the family slept.",
    ],
}

SIXTH_UNLISTED = [
    "Actions: {U} (housing) to chase the repairs before the next core group.",
    "{U} reluctantly gave a statement after the second approach.",
    "14:05 \u2013 call from {U} at {T} police station; the boy has been detained.",
    "A cousin in {T}, {U}, has been assessed as a connected person.",
    "Dr {U} (community paediatrician) found the injury consistent with the account given.",
    "{U} mum rang the school to say the girls had fallen out over a video.",
    "'Ask {U}, she was there,' the mother said.",
    "The family stayed in a B&B in {T} for five weeks.",
    "Mrs {U} next door has a key and sometimes feeds the children.",
    "Checks on {U} revealed a caution for harassment in {T}.",
    "Present: {U} (chair), designated safeguarding lead, health visitor, police (by phone).",
]
