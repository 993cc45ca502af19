"""Fiftieth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc,
then read with sed -n in three ranges, lines 1-400, 400-800 and 800-1419, rather than with cat;
not imported), for the format: the {P}, {U} and {T} placeholders, the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder), the word-names and the other name lists (plain given names, street trees,
the syllables of invented surnames and towns, the first names it gives unlisted people), the keys
of FRESH_ORDINARY (thirty-three, "will" among them) and the number of its sentences per key, which
`_ordinary_for` draws from the later sets, and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its trailing space, so "will," or
"will." would get no span, "bill" for William when there is no "will ", and "rob" for Robert); the
forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs"
or "St", and a bare surname after the exact string "Dr {U}", so no other title is put before {U}
or {P}), and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder, so no literal brace appears anywhere in this family. The first 45 lines (the headers)
of the forty-fifth, forty-sixth, forty-seventh and forty-eighth families, read with head, and
nothing else of them; none of those modules was imported. The file names in bench/publish were
listed with ls (names only; the README and run_bench.py seen there were not opened), which showed
that neither this file nor a forty-ninth family file was there; a test with test -e said the same
and the forty-ninth family was not read at all. The [tool.ruff] table of pyproject.toml was read
with sed, up to and including the heading line of [tool.ruff.lint], for the line length, and the
path .venv/bin/ruff was tested with ls (absent at first, present a little later).
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "beth",
"chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "billy", "rosie",
"gracie" and the like) are kept out of every sentence here from general knowledge, so a debt is
weighed with its pros and never its cons. Words that merely contain a word-name, a plain given
name or a street tree ("remarks", "market", "supermarket", "marked", "postmark", "billing",
"goodwill", "willing", "maybe", "mayor", "dismay", "problem", "probably", "probation", "wardrobe",
"robust", "enjoy", "quiet enjoyment", "risky", "arose", "chamber", "wholly", "privy", "milestone",
"smiles", "belly", "chill", "jacket", "hijack", "marshal", "franked", "faithfully", "disgrace",
"hopeful", "riverbanks", "academic", "pandemic", "parliament", "Christian", "Christmas") are kept
out of every sentence but the ones written for that word, so tenancies here are never described by
their covenant of quiet enjoyment, letters are signed off without "Yours faithfully" except where
"faith" is the word, and a Christmas visit is a December one; the person and unlisted templates
carry no "will", "may" or "bill" at all, so notices say what "is to" happen and a gas account has
charges and a balance. A throwaway check, piped to python from the command line and saved to no
file, took the name lists and FRESH_ORDINARY from corpus.py by parsing its text with the ast module
(it was not imported), applied the marking rule as read in corpus.py to this family's ordinary
sentences, looked for stray word-names, plain given names, street trees and unlisted first names
(as whole words and as substrings, in all three exports) and nicknames (as whole words), checked
that each template has only its own placeholders, exactly one {P} in every person template, and no
other brace, and that every non-ASCII character is written as an escape, and ran the import check
in the brief; ruff check and ruff format were run on this file only. Nothing under src/ or tests/,
no README, no word list, no run_bench.py, no other part of any sentence family, and no git history
was read; git was not run and the benchmark was not run. No real person, child, family, case,
council, landlord, letting agent, hotel, refuge, food bank, lender, energy or water company, court
or place is represented: every name of the case, and of the landlords, agents, staff and towns
around it, is filled in by the generator's placeholders or written as a role ("the letting agent",
"the night manager", "the duty officer"); account, tenancy, voucher and job numbers are made up,
and the law named (the Housing Act 1996 and its sections 184, 188, 189B and 195, the section 21
and section 8 notices and their grounds 8, 10 and 11) is named only as a record would name it.

Styles. Housing, homelessness and money records, as the papers of a safeguarding review would
quote them: a council's housing options interview and its screen export, section 184 decision and
"minded-to" letters, the section 188 interim duty, the section 189B relief duty and the section
195 prevention duty, a personalised housing plan, temporary accommodation occupancy checks and a
bed-and-breakfast reception log with curfew times, a tenancy agreement's signature block and a
tenancy audit, rent accounts and rent cards, a notice of seeking possession, section 21 (Form 6A)
and section 8 notices, a county court possession list, landlords' and housing officers' visit
notes, an environmental health (HHSRS) inspection, repairs tickets with job numbers, Universal
Credit journal messages from the work coach and from claimants typing in their own spelling and
lower case, food bank vouchers, debt advice letters and a debt relief order, council tax reminders
and an enforcement agent's visit, energy warnings and a smart meter's self-disconnection, a
discretionary housing payment award, a housing benefit overpayment, a duty to refer and a refuge
referral. Names of the case are joined to a tenancy or rent reference with a slash or a hyphen,
paired as joint tenants with "and", put after "c/o", "Dear", "FAO", "To:" and "landlord v" in a
court list, set in a pipe-separated export row, after a label and colon ("Signed (tenant):",
"Household members:"), alone on a line between "Tenant 1:" and "Tenant 2:", in round and square
brackets, in double and single quotes, in possessives, in upper-case headings, beside dates,
times, sums of money and account numbers, and inside lower-case claimant messages. Ordinary uses
put each word-name in the same papers (months, modals and "will" in notices, bills and banks in
money advice, damp, ivy, wood, stone and mould in inspections, "Yours faithfully" in a letter,
"AMBER" and "Green:" as ratings), at the start of a sentence and within it, with inflections
("Marked", "Robbery", "Hillside", "Deanery", "Woodlice", "Joyriding") where they are the first
match. Unlisted people and places are landlords, agents, receptionists, advisers, a doctor, a
neighbour taking post, a night shelter named after a saint, and the towns of out-of-area
placements and refuges.
"""

FIFTIETH_PERSON_SENTENCES = [
    "Tenancy ref. TEN/0418852/{P} - secure tenancy, start date 06/03/2017.",
    "Rent a/c 40019382-{P}: arrears \u00a32,316.40 as at 04/11, last payment 19/09.",
    "Joint tenants: {P} and the mother, both named on the agreement and both liable for the rent.",
    "c/o {P}, sofa surfing, no fixed abode; post to be held at the housing options desk.",
    "Dear {P},\nRe: your homelessness application (section 184, Housing Act 1996)",
    "SURNAME, FORENAME: {P} | HH SIZE: 4 | PRIORITY NEED: Y | INTENT: N | DUTY: S188",
    "Job 7731902 | raised by {P} | damp/mould rear bedroom | priority 3 | status: no access",
    "hi its {P} again, landlord turned the electric off at the box and the kids are freezing",
    "plz can sumone ring me back, {P} is poorly and we got no heating or hot water",
    "Voucher FB-22841 issued to {P}: 2 adults, 3 children, reason - benefit delay.",
    "Re: {P} - priority debts (rent, council tax, energy) and a payment offer",
    "Council tax a/c 6003318842 in the name of {P}; single person discount removed 01/04/2023.",
    "FINAL NOTICE - {P} - we intend to apply for a warrant to fit a prepayment meter.",
    "Referral to an out-of-area refuge for {P} and two children; perpetrator's address withheld.",
    "Section 184 decision letter posted to {P} on 12/10: eligible, homeless, priority need, "
    "not intentionally homeless.",
    "{P} placed under the s188 interim duty at a B&B: room 14, one double bed, a travel cot, "
    "shared kitchen on the ground floor.",
    "Relief duty (s189B) accepted for {P} on 02/02; 56 days to find somewhere settled.",
    "Prevention duty (s195) owed to {P} from the date the section 21 notice was served.",
    "23:10 {P} signed in at reception (curfew 23:00), second late return this week.",
    "Section 21 notice (Form 6A) served on {P} by the letting agent, by e-mail only, "
    "expiring 28/02.",
    "Section 8 notice, grounds 8, 10 and 11, served on {P}: arrears of \u00a33,412.60.",
    "Landlord's visit note: {P}'s room had a padlock on the outside of the door.",
    "HHSRS inspection: category 1 hazard (damp and mould growth) in the room where {P} sleeps.",
    "Possession list, court 3, 10:30 - landlord v {P} - adjourned generally on terms.",
    "Band B awarded to {P} on the housing register (overcrowding, one bedroom short).",
    '"{P} is not on the tenancy, so has no right to be here," the landlord told the officer.',
    "HOUSING OPTIONS INTERVIEW - {P} - 14/03/2023 16:45 - nowhere to stay tonight",
    "Household members: {P}, the mother, two half-siblings (aged 2 and 6), a dog.",
    "{P}'s housing element was paid direct to the landlord (APA) from the June assessment period.",
    "DHP application for {P} approved: \u00a360 a week for 13 weeks towards the shortfall.",
    "DRO prepared for {P}; total debts \u00a38,940, surplus income nil, no assets.",
    "Second reminder issued to {P}; liability order hearing listed at the magistrates' court.",
    "Enforcement agent attended; {P} said the children were in the house and no goods were taken.",
    "Smart meter self-disconnected overnight; {P} had \u00a31.20 of emergency credit left.",
    "Journal message to {P}: please upload your tenancy agreement and a recent rent statement.",
    "The claimant ({P}) replied: 'landlord says we got to be out by friday or he changes locks'",
    "TA occupancy check 02:00 - {P} not in room, bed not slept in; reported to the duty officer.",
    "Repair ticket closed 'no access', but {P} says nobody ever rang to arrange a time.",
    "Tenancy audit: photo ID seen for {P}; the second bedroom let to an unknown lodger.",
    "Minded-to letter: {P} considered intentionally homeless because of the unpaid rent.",
    "Refuge space offered to {P} at 17:20; taxi booked, phone to be switched off on arrival.",
    "NOSP served 04/09 on {P} (joint tenant) by hand at the property.",
    "Personalised housing plan agreed with {P}: register with three letting agents and go to a "
    "budgeting session.",
    "Duty to refer received from the hospital discharge team regarding {P}, aged 17.",
    "Signed (tenant): {P}      Date: 01/06/2022",
    "FAO {P}, Room 9, first floor (B&B annexe)",
    "Tenant 1:\n{P}\nTenant 2: [vacant since the partner left]",
    "Succession claim: {P} applied to take over the tenancy after the grandmother's death.",
    "Housing benefit overpayment of \u00a31,104 recovered from {P} at \u00a311.10 a week.",
    "[{P}] rent card: 3 wks missed, \u00a3285 owed, cash only, no receipts given.",
    "{P} 14/03/23 presented as homeless at 16:45 with two carrier bags and a pushchair.",
]

FIFTIETH_ORDINARY = {
    "hope": [
        "Hope of a council flat before the baby was born had gone by the s184 decision.",
        "The mother said she had no hope of finding a landlord who would accept housing benefit.",
        "Hope: to be rehoused near the children's school (personalised housing plan, section 3).",
        "Hopes of keeping the tenancy rested on the discretionary housing payment.",
        "- No hope of the deposit being returned, the letting agent told the family.",
        '"I\'m losing hope," she typed in the journal, "three weeks and still no payment."',
    ],
    "grace": [
        "The landlord gave a month's grace on the arrears while the housing element was sorted.",
        "Grace periods on the payment plan ran out in October.",
        "No period of grace was allowed before the water company went to court for the debt.",
        "She met the eviction with more grace than the bailiffs did, the support worker noted.",
        "A fortnight's grace was agreed at the possession hearing to let the family pack.",
        "Saying grace before meals was the one routine the family kept up in the hostel.",
        "The council tax office extended the grace period on the instalments by two weeks.",
    ],
    "mark": [
        "Mark the case as priority need, the team leader wrote on the s184 file.",
        "Damp had left a black tide mark halfway up the bedroom wall.",
        "The repair operative marked the job 'no access' without knocking, the tenant said.",
        "Scorch marks around the socket were photographed by the environmental health officer.",
        "Arrears passed the two-month mark, the threshold for ground 8.",
        "A mark on the rent card showed the last payment taken in cash.",
        "The section 21 notice had a question mark over whether the deposit was protected.",
    ],
    "rose": [
        "The rent rose by \u00a3150 a month when the fixed term ended.",
        "Arrears rose steadily once the housing element was paid to the mother, not the landlord.",
        "Rose-patterned wallpaper hung off the bedroom wall where the damp had got behind it.",
        "Council tax rose again in April, and the single person discount had been taken away.",
        "Energy prices rose faster than the family could top up the meter.",
        "The number of families in B&B rose to forty-one over the winter.",
        "A rose bush by the front door was the only thing the family had planted.",
    ],
    "may": [
        "In May the letting agent served a section 21 notice with two months to run.",
        "The tenant may apply for a discretionary housing payment to cover the shortfall.",
        "May's rent statement showed three missed payments.",
        "Your supply may be disconnected if this account is not paid within seven days.",
        "From 1 May the family were placed in a single room at a B&B.",
        "The council may end the main housing duty if a suitable offer is refused.",
        "Between March and May the arrears doubled.",
    ],
    "will": [
        "The bailiffs will attend on Thursday at 10:00 to take possession of the property.",
        "The council will not take a homelessness application until the notice expires, "
        "the mother was wrongly told.",
        "A will left by the grandmother named the mother as the sole beneficiary.",
        "Will the family be found intentionally homeless? The housing officer would not say.",
        "The landlord said he will change the locks if the rent is not paid by Friday.",
        "Free will did not come into it; the partner controlled every penny of Universal Credit.",
        "The supplier will fit a prepayment meter under warrant unless a payment plan is agreed.",
    ],
    "william": [
        "The landlord said he will change the locks if the rent is not paid by Friday.",
        "The bailiffs will attend on Thursday at 10:00 to take possession of the property.",
        "A water bill for \u00a3612 was in the partner's name, though he had left in the spring.",
        "The final gas bill arrived at the B&B, forwarded by the old landlord.",
        "Bills piled up unopened behind the door of the flat.",
        "Will the family be found intentionally homeless? The housing officer would not say.",
        "The energy bill had been estimated for two years, leaving a large debt on the meter.",
    ],
    "bill": [
        "A water bill for \u00a3612 was in the partner's name, though he had left in the spring.",
        "The final gas bill arrived at the B&B, forwarded by the old landlord.",
        "Bills piled up unopened behind the door of the flat.",
        "The energy bill had been estimated for two years, leaving a large debt on the meter.",
        "The council tax bill for the empty flat was sent to the mother after she had moved out.",
        "Billing errors by the water company were put right after the debt adviser complained.",
        "Who pays the phone bill was the subject of the row that led to the police call.",
    ],
    "amber": [
        "Amber on the housing risk matrix meant a review of the placement within four weeks.",
        "The property was rated amber for damp and mould at the stock condition survey.",
        "An amber warning light was flashing on the boiler when the officer arrived.",
        "AMBER - arrears over \u00a31,000, no payment plan in place.",
        "The B&B was on the amber list for families, to be used for no more than six weeks.",
        "Amber-rated repairs are meant to be done within twenty working days.",
    ],
    "sky": [
        "Sky had been cancelled months before, but the direct debit was still being taken.",
        "Through the hole in the roof the sky was visible from the top bunk.",
        "Sky-high rents in the area meant nothing was affordable on the local housing allowance.",
        "The family spent two nights in a park under an open sky before the s188 placement.",
        "A Sky dish was still fixed to the front wall of the empty house.",
        "The child drew the B&B as a grey box with no sky above it.",
    ],
    "faith": [
        "Yours faithfully, the Housing Options Team.",
        "The landlord acted in bad faith, serving notice a week after the repair complaint.",
        "Faith groups ran the winter night shelter from November to March.",
        "Faith: Sikh; the family asked to be placed near the gurdwara.",
        "The mother had lost faith in the council after three lost applications.",
        "Good-faith payments of \u00a35 a week were accepted by the court as a sign of intent.",
    ],
    "holly": [
        "A holly hedge hid the rear of the property from the road.",
        "Holly berries had been trodden into the hall carpet at the December visit.",
        "Locked out, the child had scratched both arms climbing through the holly into the garden.",
        "Holly and a paper chain were the only decorations in the hostel room.",
        "The landlord cut the holly back after the council's letter about the blocked path.",
        "Sprigs of holly were pinned above the door of the refuge in December.",
    ],
    "ruby": [
        "A ruby ring was pawned to pay the rent, the mother told the debt adviser.",
        "Ruby-red paint had been daubed on the front door after the eviction.",
        "The grandmother's ruby wedding present, a clock, was sold to cover the gas debt.",
        "The carpet was ruby red and soaked through from the leak upstairs.",
        "Ruby earrings were on the list of goods the enforcement agent could take.",
        "A ruby brooch was all that was left after the flood ruined the family's things.",
    ],
    "daisy": [
        "Daisy-print curtains had been left behind by the previous tenant.",
        "The toddler picked a daisy from the verge while the family waited outside the office.",
        "Daisy Room at the children's centre is where the food vouchers are handed out.",
        "The only clean clothes were a pair of daisy pyjamas.",
        "Daisy chains lay on the step of the hostel when the officer arrived.",
        "The sheet in the B&B cot had a faded daisy pattern and was damp to the touch.",
    ],
    "summer": [
        "Summer 2023: the family were placed in a hotel forty minutes from school.",
        "Over the summer the arrears grew, as free school meals had stopped.",
        "By late summer the landlord had stopped answering the tenant's calls about the leak.",
        "The summer holidays were spent in one room at the B&B.",
        "Summer heat made the top-floor room in the hostel unbearable, the mother said.",
        "The section 21 notice was served at the start of the summer term.",
    ],
    "joy": [
        "There was little joy in the move to the third temporary address in a year.",
        "Joy at the offer of a council house lasted until the family saw the damp.",
        "The children's joy at having a bedroom each was clear at the settling-in visit.",
        "Joyriding offences on the partner's record were raised by the referencing agency.",
        '"It\'s no joy living like this," the mother typed in her journal.',
        "The keys were handed over with some joy by the housing officer, who had fought for them.",
    ],
    "dawn": [
        "Dawn evictions were against the council's own policy, but one took place at 06:30.",
        "At dawn the family were still in the car park outside the civic centre.",
        "The bailiffs arrived just after dawn and changed the locks.",
        "From dusk to dawn the heating was off to save credit on the meter.",
        "It dawned on the officer that the family had been sleeping in the car.",
        "Dawn was breaking when the refuge taxi reached the motorway.",
    ],
    "ivy": [
        "Ivy had grown through the window frame into the children's bedroom.",
        "The gutters were choked with ivy and the wall behind was soaking.",
        "Ivy-covered sheds at the back of the block were being used by rough sleepers.",
        "The landlord was told to remove the ivy from the rear wall within twenty-eight days.",
        "Strands of ivy held the broken fence panel in place.",
        "Environmental health noted ivy roots in the brickwork above the damp patch.",
    ],
    "jack": [
        "A car jack held up the sagging ceiling joist in the kitchen.",
        "A jack-knifed lorry on the bypass made the family late for the homelessness interview.",
        "The landlord was a jack of all trades who did his own gas work, without a certificate.",
        "A Union Jack hung at the window in place of a curtain.",
        "A jack handle was used to force the door of the empty flat.",
        "The car jack was among the goods the enforcement agent listed.",
    ],
    "robert": [
        "The gas meter had been robbed of its coins twice in a month.",
        "Robbery charges against the older son put the tenancy at risk on anti-social "
        "behaviour grounds.",
        "The payday lender would rob the family blind, the adviser warned.",
        "He admitted trying to rob the corner shop to pay the rent.",
        "Robbing the electricity money for food was a weekly choice, the mother said.",
        "A man who tried to rob the family's room at the hostel was barred by the night manager.",
    ],
    "frank": [
        "The housing officer was frank: there were no family-sized properties in the area.",
        "In a frank letter the landlord admitted he had never protected the deposit.",
        "Frankly, the B&B was not fit for a baby, the health visitor wrote.",
        "A frank discussion about the arrears took place at the pre-action meeting.",
        "Frank advice from the debt worker led to the debt relief order.",
        "The mother was frank about having paid a cash deposit to a man who vanished.",
    ],
    "miles": [
        "The temporary accommodation was 40 miles from the children's school.",
        "Miles from family and friends, the mother felt cut off in the out-of-area placement.",
        "She walked three miles to the food bank with the pushchair.",
        "The accounts given by landlord and tenant were miles apart.",
        "Bus fares for the 26 miles each way to school were not covered.",
        "- Distance from TA to GP surgery: 11 miles.",
    ],
    "dean": [
        "The rural dean offered the vicarage annexe to the family for a fortnight.",
        "A letter from the dean confirmed the student's bursary had been paid.",
        "The dean of the college agreed to hold a room in halls for the care leaver.",
        "The assistant dean for student welfare wrote to support the homelessness application.",
        "Deanery funds paid for two nights in a guest house.",
        "The cathedral dean raised the family's plight at the council's housing forum.",
    ],
    "marsh": [
        "The caravan was parked on marsh land with no running water.",
        "The estate was built on drained marsh, and the ground-floor flats flood most winters.",
        "Marshland behind the site was used for fly-tipping.",
        "Marsh flooding cut off the road to the traveller site for a week.",
        "The boys went out on the marsh to get away from the crowded room.",
        "A path across the marsh was the only route to the bus stop.",
    ],
    "hill": [
        "The hostel is at the top of a steep hill, hard going with a pram and shopping.",
        "Hillside blocks on the estate were due for demolition.",
        "The family's car broke down on the hill outside the B&B.",
        "Up the hill from the jobcentre is the debt advice drop-in.",
        "Hill farms let out caravans to seasonal workers, and the father lived in one.",
        "Water ran down the hill into the basement flat every time it rained.",
    ],
    "wood": [
        "Wood was nailed over the broken back door, leaving no fire escape.",
        "Offcuts of wood were being burned in the grate because the gas was off.",
        "Woodlice covered the bathroom floor, the environmental health officer recorded.",
        "The window frames were rotten wood and let the rain in.",
        "A wood burner with no guard was the only heating in the cottage.",
        "Woodchip wallpaper was peeling off in sheets above the cot.",
    ],
    "stone": [
        "The house had stone floors and no heating on the ground floor.",
        "The mother had lost a stone since the eviction, the GP noted.",
        "A stone thrown through the front window led to the emergency move.",
        "Stone steps up to the flat were cracked and reported on the repairs line.",
        "The refuge offered was a stone's throw from the partner's workplace, so it was declined.",
        "Stone-cold bath water was all the B&B could offer after 20:00.",
    ],
    "bell": [
        "The door bell did not work, so the officer left a card.",
        "Nobody answered the bell at the B&B reception after midnight.",
        "A bell on the front door rang every time a resident went in or out of the hostel.",
        "The bell-push for flat 4 had been taped over.",
        "Bell, buzzer and intercom were all broken at the block.",
        "Door bells with cameras had been fitted by the landlord, and residents felt watched.",
    ],
    "brown": [
        "Brown water came out of the kitchen tap for the first minute.",
        "Brown envelopes from the court were unopened on the mat.",
        "A brown stain spread across the ceiling below the bathroom.",
        "Brown paper had been taped over the windows instead of curtains.",
        "The mattress in the B&B had brown patches on both sides.",
        "Brown bags from the food bank were stacked on the counter.",
    ],
    "green": [
        "Green mould covered the wall behind the children's bunk beds.",
        "Green: no arrears, rent paid to date (tenancy audit rating).",
        "A green recycling box was being used as a cot.",
        "The council's green bin charge went unpaid and collections stopped.",
        "The housing officer was green, in her first month in post.",
        "The village green was where the family parked the car at night.",
    ],
    "lamb": [
        "Lamb and rice from the community kitchen was the only hot meal that day.",
        "Lambing work on the farm came with a tied caravan, lost when the job ended.",
        "The toddler slept holding a toy lamb, the one thing saved from the flat.",
        "Lamb chops were in the freezer when the power was cut, and everything spoiled.",
        "A pet lamb was kept in the yard of the smallholding, which the landlord objected to.",
        "Lamb stew had been cooked on a camping stove because the cooker was condemned.",
    ],
    "fox": [
        "A fox had ripped open the bin bags piled by the back door.",
        "Fox cubs under the shed were reported on the repairs line.",
        "The child was afraid of the fox that came into the B&B car park.",
        "Fox droppings on the stairwell were reported to environmental health.",
        "The dead fox in the shared garden had been there a week, the tenant said.",
        "A fox got into the kitchen through the broken back door overnight.",
    ],
    "banks": [
        "Banks would not open an account for the mother without a fixed address.",
        "The family relied on two food banks over the winter.",
        "Debts to three banks and a catalogue company were listed on the financial statement.",
        "The river burst its banks and the ground-floor flat was flooded.",
        "Clothing banks behind the leisure centre were where the children's uniforms came from.",
        "Banks of meters in the basement were shared by all twelve flats.",
        "The tent was pitched on the canal banks.",
    ],
}

FIFTIETH_UNLISTED = [
    "Landlord: {U} (private; the property is not licensed under the selective licensing scheme).",
    "The letting agent, {U}, served the section 21 notice by e-mail only.",
    "Mrs {U} at the B&B reception logged the family in at 21:40.",
    "The family were placed out of area in {T}, ninety minutes by bus from the children's school.",
    "{U} from the debt advice service rang the energy supplier on the mother's behalf.",
    "Dr {U} wrote in support of medical priority for a ground-floor flat.",
    "Rent statement: payments also received from {U}, who is not named on the tenancy.",
    '"{U} said we could stop on his sofa till the council sorts it," the mother typed.',
    "A refuge in {T} had a space for one adult and two children from Monday.",
    "Food bank voucher signed by {U} at the children's centre on 02/12.",
    "St {U}'s night shelter takes families only from 19:00, the outreach worker said.",
    "c/o {U}, a neighbour of the grandmother, for post while the family are in TA.",
    "Previous address: a flat above a takeaway in {T} (landlord: {U}, no written agreement).",
    "The enforcement agent, {U}, agreed to pause for 14 days after the adviser called.",
]
