"""Fifty-third sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, then printed with cat piped to head for lines 1-400 and with sed -n for lines 400-800 and
800-1427; not imported), for the format: the {P}, {U} and {T} placeholders, the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it ends in a full stop or a line break, so a
name after "IP:", inside a quoted text message or after a list number keeps its case), the
word-names and the other name lists (plain given names, street trees, the syllables of invented
surnames and towns, the first names it gives unlisted people), the keys of FRESH_ORDINARY
(thirty-three, "will" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname, both, or "Mr" and
a surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so
no other title or police rank is put before {U} or {P}), and that `_Builder.sentence` takes every
"{" in a template as the opening of a placeholder, so no literal brace appears in any sentence of
this family, and joins templates with a single space, so form fields and table rows are written
into one template with "\n". The first 45 lines (the headers) of the forty-ninth, fiftieth,
fifty-first and fifty-second families, read with head -45 in one shell loop, and nothing else of
them; none of those modules was imported. The [tool.ruff] table of pyproject.toml, printed with sed
up to the heading of [tool.ruff.lint], for the line length (100). The absence of this file was
tested with test -e and the path .venv/bin/ruff with test -x; no directory was listed, and the
fifty-fourth family, being written at the same time, was not looked at.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "telly", "nan" and
the like) are kept out of every sentence here as whole words, from general knowledge, so the
perpetrator's PNC aliases are "T-Bone" and "Smudge". Words that merely contain a word-name, a plain
given name or a street tree are kept out of every sentence but the ones written for that word,
which matters in this genre more than most: "prosecution" and "prosecutor" (which hold "rose"),
"probation" and "problems" (which hold "rob"), "risky" (which holds "sky"), "chambers", "marked",
"remarks", "willing", "maybe", "jacket", "smiles", "milestone", "labelled", "enjoy", "wholly",
"privy", "marshal", "arose", "academic" and "parliament" appear nowhere in the person and unlisted
templates, so a case is "charged" or "evidence-led", a perpetrator has an "offender manager", and
an exclusion zone is "shown on the plan". The person and unlisted templates carry no "will", "may"
or "bill" at all, so agencies are "to" act and the DASH "Q" lines ask in the present tense. In the
ordinary sentences an inflection or compound that holds the word ("hopes", "marks", "robbed",
"Robbery", "Robbing", "Joyriding", "jacked", "Jacking", "dawned", "Marshland", "Hillside",
"wooden", "Woodwork", "stones", "doorbell", "Doorbell", "Brownish", "Foxes", "Lambing", "lambs",
"Billing", "Bills", "franked", "Frankly", "deanery") is let stand where it is the first match. A
throwaway check, kept in /tmp and never in the repository, took the name lists and FRESH_ORDINARY
from corpus.py by parsing its text with the ast module (it was not imported), applied the marking
rule as read in corpus.py to this family's ordinary sentences and printed each marked span, and
looked for stray word-names, plain given names, street trees, unlisted first names, invented
surnames and town names (as substrings, in all three exports) and nicknames (as whole words), for
placeholders other than {P} in the person templates and other than {U} and {T} in the unlisted
ones, and for a title or rank glued before a placeholder.

Styles. Domestic abuse as the specialist services write it down. MARAC referral forms and minutes:
a "Victim/Survivor:" field with the name on the next line, an "RE:" heading in capitals with the
meeting date and a repeat count, the agency round-robin ("Police:", "Children's Social Care:",
"Health (midwifery):", "Housing:", "Education:") opening each entry, numbered ACTION lines, a
"children in household" table where each child sits on its own line under the adults with an age
and a school year, and an ex-partner list from the PNC with year ranges. DASH risk checklists:
numbered "Q" lines with the abuser's name inside the question and a YES or NO answer, a score out
of 27 and a professional-judgement override. IDVA case notes with a date, "safe to talk" and a code
word. Clare's Law (DVDS) right-to-ask applications and right-to-know disclosures. DVPN and DVPO
entries, a non-molestation order made without notice, an occupation order, bail conditions and a
breach. Refuge and sanctuary scheme referrals. Operation Encompass notifications to a school's DSL
the morning after an incident. Perpetrator programme session notes with a session count ("Session
7/24") and the perpetrator's own minimising words in quotes. Police DA incident logs with "IP:" and
"SP:" glued to the name, pipe-separated occurrence lines, lower-case officer shorthand ("ip",
"sp", "&"), 999 calls with a grade and a silent "55" call. Text messages quoted as evidence in
text-speak, the name inside the message in lower-case context. Names appear at the start of a
template, after a colon with and without a space, after a list number or a dash, in brackets and
before a bracket, before an age ("29,", "(34)", "41yrs") or a date of birth, in a possessive, in a
question, in reported and direct speech, between pipes and inside a heading in capitals. Ordinary
uses of the word-names are written into the same records: the month May in MARAC dates, "AMBER"
on a RAG rating, "will" in actions and in "against her will", a phone "bill" as evidence of
economic abuse, a video "doorbell", marks on a body map, a "stone" of weight lost, "Faith:" as a
form field, a franked court letter, and a dawn arrest.
"""

FIFTYTHIRD_PERSON_SENTENCES = [
    "MARAC REFERRAL FORM\nVictim/Survivor:\n{P}\nDASH score: 17/27 (high risk)",
    "IP: {P} (34) - swelling to the left eye and a split lip, declined an ambulance at scene.",
    "SP: {P}, 41yrs, arrested at 02:10 for ABH and criminal damage, interviewed the next day.",
    'AP {P} (aliases on PNC: "T-Bone", "Smudge") has no fixed abode since the DVPN.',
    "Operation Encompass notification 07:55: officers attended a domestic incident at the home of "
    "{P} (Year 2) overnight; the child was in the house and heard shouting.",
    "Children in household:\n - {P}, 9, Year 5\n - unborn, due in March",
    "Q1. Has the current incident resulted in injury? YES - {P} has bruising to both forearms.",
    "Q18. Has {P} ever threatened to kill you or someone else and you believed them? YES",
    "Q24. Does {P} drink heavily or take drugs? YES - cocaine at weekends, drinks daily.",
    "IDVA case note 14/02: phoned {P}, safe to talk (code word used); says he has been parked "
    "outside the house at night.",
    "{P} agreed to a sanctuary scheme survey; the locksmith is booked for Thursday.",
    "{P}'s phone was smashed in the incident, and a replacement handset is to be arranged.",
    "DVDS right to ask: application received from {P} on 02/09/2024 about a new partner met "
    "online six weeks ago.",
    "Right to know disclosure made to {P} in person at 15:30 by a detective and the IDVA; two "
    "previous partners had reported violence.",
    "DVDS: {P} signed the confidentiality undertaking and was given a copy of the safety plan.",
    "DVPN authorised at 04:40 - {P} not to come within 100 metres of the address for 48 hours.",
    "DVPO granted at the magistrates' court for 28 days; {P} did not attend the hearing.",
    "Non-molestation order made without notice against {P}; breach is a criminal offence.",
    "Occupation order: {P} excluded from the family home and the area shown on the plan.",
    "Refuge referral for {P} and two children (aged 3 and 6); a space is offered out of area.",
    '{P} (victim) declined refuge: "I\'m not leaving my home, he should go."',
    'Text from SP to IP, 23:47: "ur nothing without me {P} nobody else wud have u"',
    'Screenshot 4 of 11 (sent 01:12): "answer ur phone {P} or im coming round"',
    "999 call 22:31, graded G1 (immediate): caller {P} whispering, male shouting in the "
    "background, line went dead.",
    "Silent 999 call, 55 pressed; the handler linked the number to {P} from earlier DA logs and "
    "sent a grade 1 unit.",
    'Session 7/24: {P} attended late, minimised the assault ("it was just a push") and blamed '
    "the victim's drinking.",
    "{P} completed the intake for the accredited perpetrator programme; a partner support worker "
    "is allocated to the ex-partner.",
    "Police: {P} is on bail until 04/04 with conditions not to contact the victim directly or "
    "indirectly.",
    "Children's Social Care: {P} known since 2019, currently open as a child in need.",
    "Health (midwifery): {P} is 24 weeks pregnant, booked late; routine enquiry not done because "
    "the partner was in the room.",
    "Housing: {P} holds a sole tenancy; a management transfer has been requested on DA grounds.",
    "Education: {P} (Year 8) has missed 14 sessions this half-term.",
    "ACTION 4 - IDVA to contact {P} within 48 hrs re safety plan and civil orders.",
    "Previous partners of the perpetrator (PNC):\n1. {P} (2014-17), 3 DA incidents\n2. the "
    "current victim",
    "The victim said: \"{P} told me if I left he'd take the kids and I'd never see them again.\"",
    "RE: {P} - MARAC 12/03/2025 - REPEAT (3rd in 12 months)",
    "{P}, 29, white British, interpreter not required, no disability recorded.",
    "Injured party {P} reluctant to give a statement; evidence-led case considered, body-worn "
    "footage secured.",
    "Body-worn video shows {P} crying and holding a tea towel to her head.",
    "Bail conditions: not to contact {P} directly or indirectly, not to enter the street where "
    "she lives.",
    "Breach of DVPN - {P} found in the back garden at 06:15 and arrested.",
    "Risk to children: HIGH. {P} was holding the baby during the assault.",
    "Coercive control: {P} controls the finances, checks her phone and has stopped her seeing "
    "friends.",
    "log upd 03:02 - ip {P} now at sister's address, safe, sp outstanding & phone off",
    "DASH completed with {P} at 01:30 by the attending officer - 15 YES answers.",
    "Professional judgement: HIGH despite a score of 11, as {P} has just separated and is "
    "pregnant.",
    "Occurrence 2411-0087 | IP:{P} | SP: ex-partner | grade 2 | DA flag",
    '{P}\'s sister rang 101 after getting a text that just said "help".',
    "Sanctuary scheme referral: {P}, ground floor flat, letterbox fire-proofed, door reinforced.",
    "Was {P} present when the children were hit? The DASH does not say.",
    "VICTIM: {P} \u2013 DOB 07/11/1989 \u2013 previous MARAC in 2017 with a former partner.",
    "Key adult at school told at 08:40 that {P} had been in the house during the incident.",
    "Closing note (IDVA): {P} engaged for 11 weeks; risk now assessed as medium.",
    "Perpetrator programme waiting list: {P}, referred by the offender manager on 03/06.",
]

FIFTYTHIRD_ORDINARY = {
    "hope": [
        "Hope of reconciliation is the reason she gives each time she withdraws her statement.",
        "The IDVA wrote that the victim still hopes he changes once the baby is born.",
        "Hope: to stay in the area so the children keep their school places.",
        'At the DASH she said: "I had hope he\'d stop after the last DVPO."',
        "She had given up hope of the police believing her after the third call-out.",
        "There is little hope that the respondent obeys the order, her solicitor said.",
    ],
    "grace": [
        "The landlord gave a month's grace on rent while she was in refuge.",
        "A grace period before the housing benefit stopped was agreed with the council.",
        '"By the grace of God the baby wasn\'t in the room," the neighbour told the call handler.',
        "Grace: none given; possession proceedings restarted the week after the incident.",
        "She bore the cross-examination with quiet grace, the IDVA noted.",
        "Saying grace at the refuge dinner table reminded her of her grandmother's house.",
    ],
    "mark": [
        "Finger-tip marks on both upper arms were photographed by the attending officer.",
        "Q3 (strangulation): a mark on the neck; the victim lost consciousness briefly.",
        "Mark the case as a repeat on the MARAC list: the fourth referral in twelve months.",
        "The threshold is the 14-point mark on the DASH, or professional judgement.",
        "Bite mark on the left forearm, approx 4cm, noted on the body map.",
        "A question mark was put next to Q20 as the victim did not know about a gun licence.",
    ],
    "rose": [
        "Referrals to the IDVA service rose by a third over the winter.",
        "Her DASH score rose from 9 to 18 between the two incidents.",
        "A single red rose was left on her windscreen the day after the DVPN was served.",
        "Rose-tinted memories of the early relationship were explored in the group.",
        "Calls to the helpline rose sharply on the night of the football final.",
        "Tension rose when contact arrangements came up at the hearing.",
    ],
    "may": [
        "The MARAC on 14 May heard the case as a repeat.",
        "May half-term was the first time the children stayed overnight with the father.",
        "The respondent may apply to vary the order on 48 hours' notice.",
        "By late May the victim had moved to a refuge out of area.",
        "DASH completed 2 May 2024; score 16; referred to MARAC the same day.",
        "May is the anniversary of the first assault, and she finds the month hard.",
        "Victims may ask for a disclosure under the right to ask route at any police station.",
    ],
    "will": [
        "Police will serve the DVPN as soon as the SP is located.",
        "The victim was kept in the flat against her will for two days.",
        "The IDVA will attend court with her on the return date.",
        "She has since changed her will so the perpetrator gets nothing.",
        "Free will and coercive control were discussed in the group session.",
        "Officers will consider an evidence-led case if she withdraws.",
    ],
    "william": [
        "Police will serve the DVPN as soon as the SP is located.",
        "The victim was kept in the flat against her will for two days.",
        "The IDVA will attend court with her on the return date.",
        "Every household bill was in the perpetrator's name, leaving her with no credit history.",
        "A phone bill showed 212 calls to her number in one week.",
        "Bills were paid from her wages into an account only he could access.",
    ],
    "bill": [
        "Every household bill was in the perpetrator's name, leaving her with no credit history.",
        "A phone bill showed 212 calls to her number in one week.",
        "Bills were paid from her wages into an account only he could access.",
        "The locksmith's bill for the sanctuary scheme work was met by the council.",
        "Billing for the joint gas account was moved into her sole name by the IDVA.",
        "An unpaid water bill was used by the perpetrator to find her new address.",
    ],
    "amber": [
        "RAG rating: AMBER (medium risk, below the MARAC threshold).",
        "The Encompass notification was graded amber by the school's DSL.",
        "Amber on the DASH front sheet means a review within 28 days.",
        "The case stayed at amber despite a second call-out, the review found.",
        "An amber weather warning delayed the move to the refuge by a day.",
        "Amber-rated referrals go to the community DA service, not the IDVA team.",
    ],
    "sky": [
        "Sky account details were used by the perpetrator to find her new address.",
        "The victim's Sky login had been changed so she could not cancel the package.",
        "In the refuge playroom the child drew a grey sky over a house with the windows shut.",
        "Under a clear sky the temperature was minus three when she was locked out in the garden.",
        "Sky-high debts in her name were recorded as economic abuse.",
        "She described lying on the refuge lawn looking at the sky and feeling safe.",
    ],
    "faith": [
        "Faith: Muslim; the imam is aware of the abuse and supports the separation.",
        "She had lost faith in the police after the second DVPN was breached.",
        "Her faith community pressed her to reconcile, the IDVA was told.",
        "Agencies put too much faith in the perpetrator's account, the DHR found.",
        "Faith leaders were invited to the next MARAC training session.",
        "A faith-based charity provides furniture for families leaving the refuge.",
    ],
    "holly": [
        "Scratches to her legs came from being pushed into the holly hedge, she said.",
        "The holly by the gate blocks the view of the door from the road, the surveyor noted.",
        "A sprig of holly was left on the door on the anniversary of the separation.",
        "The perpetrator hid behind the holly at the end of the garden for an hour.",
        "Holly leaves were found in the hallway after the back door was forced.",
        "Cutting back the holly along the path was part of the sanctuary works.",
    ],
    "ruby": [
        "Her ruby ring was taken and pawned by the perpetrator.",
        "Ruby-red bruising around the eye was recorded on the body-worn footage.",
        "A ruby necklace was returned through solicitors after the occupation order.",
        "The grandparents' ruby anniversary party was where the assault happened.",
        "Petechiae and a ruby flush to the face were noted after the strangulation.",
        "The ruby earrings he bought her after each assault were kept as evidence of the cycle.",
    ],
    "daisy": [
        "The daisy room at the refuge is used for the children's play sessions.",
        "A daisy chain of pay-as-you-go numbers was used to get round the bail conditions.",
        "The child was making a daisy chain in the school garden when the DSL spoke to her.",
        "Daisy-print pyjamas were packed in the emergency bag by the door.",
        "Fresh as a daisy, he came to group the morning after the arrest, the facilitator wrote.",
        "A daisy sticker on the bedroom door showed the child which room was hers.",
    ],
    "summer": [
        "Summer holidays are when the incidents peak, the school DSL said.",
        "Over the summer the perpetrator was on remand.",
        "Summer 2023: three call-outs, one DVPN, no MARAC referral.",
        "The refuge's summer trip was the first time the children had seen the sea.",
        "Summer-born, the boy was the youngest in his class and struggled after the move.",
        "Late summer evenings are when he drinks in the garden, the DASH notes say.",
    ],
    "joy": [
        "There was little joy in the house, the older child told the school nurse.",
        "Joyriding convictions from his teens are on the perpetrator's PNC record.",
        "The baby was her pride and joy, she told the IDVA.",
        "Joy at the new flat was short-lived: he found the address within a week.",
        "The children's joy at seeing the refuge garden was noted by the support worker.",
        "Joy, fear and anger cards were used in the children's group.",
    ],
    "dawn": [
        "A dawn arrest was made at his mother's address.",
        "Dawn had broken by the time officers left the scene.",
        "She left with the children at dawn while he slept.",
        "From dusk till dawn he sent messages, 64 in one night.",
        "It dawned on her, she said, that the children had heard everything.",
        "Dawn visits to two addresses followed the breach of the DVPO.",
    ],
    "ivy": [
        "Ivy on the back fence had been pulled down so he could see into the garden.",
        "The surveyor advised cutting back the ivy around the rear window.",
        "Ivy-covered walls hid the side gate, which had no lock.",
        "A camera was hidden in the ivy above the front door, police found.",
        "The ivy had grown over the security light, leaving the path dark.",
        "Ivy leaves were stuck to his clothing when he was arrested in the back garden.",
    ],
    "jack": [
        "He used a car jack to smash the windscreen of her car.",
        "A jack handle was recovered from the boot and seized as a possible weapon.",
        "He described himself as a jack of all trades, working cash in hand.",
        "The car was jacked up on bricks in the drive when officers arrived.",
        "Jacking the car up, he said, was how his hands had been cut.",
        "A Union Jack hung across the bedroom window in place of a curtain.",
    ],
    "robert": [
        "He threatened to rob her mother's house if she did not drop the case.",
        "Robbery convictions from 2016 are on the perpetrator's PNC.",
        "He claimed he had been robbed of his phone when asked where the messages had gone.",
        "A plan to rob the victim's new partner was found in his messages.",
        "Robbing her purse each payday was how he controlled the money, the victim said.",
        "CCTV linked the SP to a robbery at the corner shop the same night.",
    ],
    "frank": [
        "The victim was frank about her own drinking during the DASH.",
        "A frank discussion about child contact took place at the MARAC.",
        "Frankly, no agency had owned the plan, the DHR concluded.",
        "The letter from the court was franked and posted to the old address.",
        "He gave a frank account of the assault in session 12, for the first time.",
        "To be frank, the safety plan is not working, the IDVA wrote.",
    ],
    "miles": [
        "The refuge is 140 miles from the home address.",
        "He drove 60 miles to sit outside her work.",
        "Miles from family, she felt isolated at the new address.",
        "The DVPO exclusion zone covered about two miles around the house.",
        "Their accounts of the incident were miles apart.",
        "Miles of unlit road separate the farmhouse from the nearest police station.",
    ],
    "dean": [
        "The university dean was told of the order so both students could be kept apart.",
        "The dean of students arranged a room change after the assault in halls.",
        "The rural dean offered the vicarage as a safe place for the night.",
        "A letter from the dean confirmed the perpetrator had been suspended from the course.",
        "The faculty dean chaired the misconduct panel.",
        "The deanery safeguarding adviser attended MARAC for the church.",
    ],
    "marsh": [
        "Her phone was thrown into the marsh behind the caravan site.",
        "The marsh road is the only route out of the village.",
        "Marshland behind the estate was searched with a dog after he ran off.",
        "The car was found abandoned at the edge of the salt marsh.",
        "They walked the dog on the marsh most evenings, she said.",
        "Police lost sight of him on the marsh path in the fog.",
    ],
    "hill": [
        "The flat is at the top of a steep hill with no street lighting.",
        "He waited on the hill opposite the school gates.",
        "Hillside footpaths behind the estate are where he was seen.",
        "She ran down the hill to the petrol station to call for help.",
        "The refuge is over the hill from the bus station.",
        "Up the hill is his mother's house, which he gives as his bail address.",
    ],
    "wood": [
        "A length of wood was used to strike her across the back.",
        "The wooden door had been kicked in and splintered.",
        "He was found hiding in the wood behind the allotments.",
        "Wood chippings on her coat supported her account of being dragged across the play area.",
        "Woodwork sessions were part of his community order.",
        "A wood-burning stove in the lounge was used to burn her letters.",
    ],
    "stone": [
        "A stone was thrown through the front window at 02:00.",
        "She had lost a stone in weight since the relationship began.",
        "The flat is a stone's throw from his mother's house.",
        "Stone-faced, he sat through the group session without speaking.",
        "Stone steps down to the basement flat made a quick exit with the buggy impossible.",
        "The survey noted loose stones in the garden that could be thrown at the windows.",
    ],
    "bell": [
        "Footage from the video doorbell shows him at the door at 23:40.",
        "The bell had been disconnected so she would not know when visitors called.",
        "He rang the bell over and over for twenty minutes, the neighbour said.",
        "A bell on the side gate was fitted as part of the sanctuary scheme.",
        "The school bell had gone before the Encompass call reached the DSL.",
        "Doorbell cameras at both neighbours' houses were checked for the breach.",
    ],
    "brown": [
        "A brown envelope of cash was found in the car, with her bank card.",
        "The bruise had faded to yellow-brown by the time of the IDVA visit.",
        "Brown tape had been wrapped round her wrists, she said.",
        "He wore a brown hoodie and was picked up on CCTV at the station.",
        "Brownish stains on the carpet were swabbed by the crime scene investigator.",
        "Brown paper sacks of his belongings were left outside for collection under the DVPN.",
    ],
    "green": [
        "Green on the RAG rating means standard risk and a single-agency response.",
        "They met on the village green, where he confronted her in front of the children.",
        "The green light on the alarm handset shows it is charged.",
        "Green bruising on the shin was several days old, the nurse thought.",
        "The council gave the green light to the sanctuary scheme works.",
        "A green folder at the front desk holds the signed order.",
    ],
    "lamb": [
        "He was as gentle as a lamb in group, the facilitator wrote, which the victim disputes.",
        "Lamb chops were thrown at the wall because dinner was late.",
        "Lambing season takes him away to the farm for weeks, which is when she feels safest.",
        "The children's toy lamb went with them to the refuge.",
        "A lamb's-wool throw had been used to cover the blood on the sofa.",
        "The farm has 200 ewes, and in spring he is out with the lambs most nights.",
    ],
    "fox": [
        "A fox set off the security light, and she rang 999 thinking it was him.",
        "The camera caught a fox at 03:10 but no person.",
        "Foxes had torn open the bin bags holding his clothes.",
        "She described him as sly as a fox with professionals.",
        "A dead fox was left on the doorstep after the order was served.",
        "The dog was barking at a fox, not at an intruder, officers found.",
    ],
    "banks": [
        "Food banks supplied her for the first fortnight in refuge.",
        "Banks were asked to flag the joint account as a case of economic abuse.",
        "Her phone was found on the river banks two days later.",
        "The canal banks are where he was arrested after running off.",
        "Two banks refused her an account because of debts he ran up in her name.",
        "Clothing banks outside the leisure centre were where she got coats for the children.",
    ],
}

FIFTYTHIRD_UNLISTED = [
    "Previous partner of the perpetrator: {U} (MARAC heard in {T}, 2019).",
    "The victim's friend {U} has agreed to be the emergency contact in the safety plan.",
    "Refuge space confirmed in {T}; a travel warrant was issued for the family.",
    "Dr {U}, the GP, recorded a disclosure of DA at a routine appointment but made no referral.",
    "Mrs {U} next door rang 999 after hearing screaming through the wall.",
    '"{U} is the one he calls when he wants someone watched," the victim told the IDVA.',
    "A second DVDS application was made by {U}, the perpetrator's new partner, in {T}.",
    "Witness: {U} (neighbour), statement taken at scene.",
    "The perpetrator is now living with {U} at an address in {T}.",
    "{U} from the specialist DA service in {T} attended MARAC by video.",
    'Text from {U} to the victim: "he knows where u are get out tonight"',
    "Interpreter: {U} (Polish), booked for the IDVA appointment.",
    "Associates of the SP: {U}, plus two males not yet identified.",
    "Case transferred to the MARAC in {T} after the move; the receiving IDVA is {U}.",
    "Ex-wife {U} obtained a non-molestation order against him in 2016.",
    "Mrs {U}, the school's DSL, took the Operation Encompass call at 08:10.",
    "St {U}'s Primary received the Encompass notification for the younger child.",
]
