"""Thirteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the tenth's, eleventh's and twelfth's headers; only the
corpus generator was read, for the format. No real person or case is represented.

Styles. Person entries put the name where the tenth, eleventh and twelfth families did not: a
child's diary with invented song lines and a playground rhyme copied into it; a child's own
writing in lower case with phonetic spelling ("frend", "becos", "wiv"); the "three houses" tool
(house of worries, house of dreams); chore charts, reward charts and Saturday job lists on the
fridge; contact schedules and recitals of court orders; a meeting attendance grid with
initials, ticks and crosses; clinical and worker shorthand ("w/", "b/c", "@", "=", "NOK",
"hx"); logic and maths signs ("∴", "Δ", "≥", "⇒"); hollow, square and pointer bullets
("◦", "▪", "➤"); emoji beside the name in a child's text and on a bedroom wall; the name in
brackets after a role ("Maternal aunt ({P})"); household codes ("F/34", "7yo F"); uncertain
names in square brackets with question marks ("[?{P}]", "[{P}?]"); youth speech with "like",
"goes" and "innit"; weather and time words beside the name ("Bitterly cold", "Midnight"); the
present tense ("{P} needs", "{P} wants", "{P} turns 16"); sentence-start names followed by
verbs that make them read as ordinary words ("{P} broke down", "{P} grew quiet", "{P} fell
through", "{P} rang twice", "{P} paid", "{P} spread", "{P} runs"); imperatives ("Tell {P}",
"Give {P}", "Ring {P} back"); prepositions that also take times ("by", "for", "after",
"before", "until", "since"); "as quiet as" and "taller than"; a question about who someone
is; passives with "being" and "got"; the contracted "is" and "has" ("{P}'s been", "{P}'s
not"); coordination with ordinary nouns ("{P} and the dog", "the telly, the cooker and
{P}"); noun-noun compounds ("the {P} situation", "{P} contact"); determiners and adjectives
before the name ("Our", "My", "Poor", "Wee", "Young", "Big", "The other"); verbs that also
take things ("brought", "dropped", "found", "packed", "picked up", "fed"); numbers beside the
name ("2 x {P}", "Room 4:", a football score "{P} 3"); a Post-it note and an office
whiteboard; a licence condition, a housing void note and a red-book entry, in the voices of
children's social care, police, health visitor, GP, A&E, school, housing, probation and
review-report prose.
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in record styles the earlier families did not use: a child's
diary and lower-case writing ("i hope the judge", "i pikt a daisy"), wishes-and-feelings and
scaling pages ("Marks out of 10"), body maps, a Christmas list, contact supervision and travel
logs, safety plans ("I will go to school"), debt lists and rows split by square
bullets ("Bill ▪ £84.10 ▪ gas"), worker shorthand and sign notation ("Hopefully = probably not",
"∴ little hope"), notices and door signs in capitals ("MARSH - KEEP OUT", "SUMMER PLAN",
"MILES TO SCHOOL"), A&E and GP notes ("Light brown discharge", "Holly-leaf scratches"), and
youth-justice notes ("Joyriding", "Robbery x2"); the words appear as nouns, verbs, modals,
adjectives and adverbs, in derived forms and compounds ("Hopes", "Graceful", "Rosebuds",
"Maybe", "Billed", "Skydiving", "Faithfully", "Oopsy-daisy", "Summer-born", "Joystick",
"Jackpot", "Robbing", "Frankincense", "Hillside", "Woodland", "Wooden", "Stone-faced",
"Brownies", "Greengrocer", "Foxgloves") and idioms ("quick off the mark", "rose-tinted",
"come what may", "where there's a will", "fit the bill", "pie in the sky", "leap of faith",
"pride and joy", "crack of dawn", "jack of all trades", "rob Peter to pay Paul", "to be frank",
"miles away", "over the hill", "touch wood", "stone cold", "saved by the bell", "green-eyed
monster", "mutton dressed as lamb", "sly as a fox", "burst its banks"); names of things (a
nativity line, a Brownie unit, the Union Jack, Year 2 groups) are rare.
Unlisted entries put people and towns in a chore chart, a child's writing, an attendance grid,
a role in brackets, youth speech, a contact schedule, a hollow bullet, sign notation, a
weather note, an imperative, an uncertain bracketed name and a contracted "has".
"""

from __future__ import annotations

THIRTEENTH_PERSON_SENTENCES: list[str] = [
    # A child's diary, with invented song lines and rhymes copied into it.
    "Diary, tuesday: we sang the night time song to {P} till she fell asleep x",
    "Lyrics she wrote out in the diary: i'll walk you home {P}, the long way round the park",
    "Rhyme in the diary: violets are blue, sugar is sweet, {P} gets the top bunk, i get the feet",
    # A child's own writing, lower case and spelt as it sounds.
    "my best frend is {P} becos she shares her crisps wiv me",
    "i dont want to go to dads if {P} is not going to be their",
    "wen i grow up i want to live in a big house wiv {P} and a trampoleen",
    "House of worries: shouting, the police, {P} crying in the night.",
    "House of dreams - a puppy, a bedroom of my own, and {P} to come back.",
    # Chore charts, reward charts and job lists.
    "Chore chart (fridge door): bins - {P}; hoovering - mum; feed the cat - everyone",
    "Saturday jobs: \u25e6 dishes ({P}) \u25e6 bedrooms (mum) \u25e6 bins (nobody, per the boy)",
    "Reward chart: 3 stickers for {P} this week, one taken off for swearing at the carer.",
    # Court orders' schedules and recitals.
    "Schedule 1 (contact): {P} to spend alternate weekends with the father, Fri 5pm-Sun 5pm.",
    "Recital 7: the mother agrees not to discuss the proceedings with {P} or in her hearing.",
    # Meeting attendance grids with initials.
    "Attendance: SW (KT) \u2714  HV (LP) \u2714  IRO \u2718  {P} \u2714  Police apols",
    # Worker and clinical shorthand.
    "HV w/ {P} @ clinic, wt ok, no concerns re feeding.",
    "Late b/c {P} wd not get dressed, per mum.",
    "Main carer = {P} (confirmed at core group).",
    "Attended w/ {P} (NOK), hx of cough x3/7, chest clear.",
    # Logic and maths signs.
    "\u2234 {P} not to be left alone w/ the baby overnight (HV view).",
    "\u0394 weight since last visit: {P} -0.3kg; referred back to the GP.",
    "\u2265 3 missed appointments for {P} since September \u21d2 escalate to the named nurse",
    # Hollow, square and pointer bullets, ticks and crosses.
    "\u25e6 {P} - uniform voucher requested from the school",
    "\u25aa{P}\u25aa living with the maternal aunt since March",
    "\u27a4 {P}: named on the tenancy, not resident.",
    # Emoji.
    "Text from the girl: \U0001f622\U0001f622 {P} isnt answering her phone \U0001f622",
    "{P} \U0001f494 was written on the bedroom wall in felt pen.",
    # The name in brackets after a role.
    "Maternal aunt ({P}) declined to be assessed as a kinship carer.",
    "The appropriate adult (a friend of the family, {P}) arrived after two hours.",
    # Household codes with sex and age.
    "Household: {P} F/34, partner M/41, baby M/0, one dog.",
    "{P}, 7yo F, abdo pain x2/7, no vomiting, eating less.",
    # Uncertain names.
    "Caller gave the name as [?{P}] - line poor, did not spell it.",
    "Transcript: the boy said it was (inaudible) [{P}?] who had the key.",
    # Youth speech.
    "He was like, {P} ain't even bothered, innit, so why should I be.",
    "She goes, like, {P} always gets the front seat and it's not fair.",
    # Weather, season and time words.
    "Bitterly cold, frost on the cars; {P} walked to school in sliders.",
    "Midnight, and {P} still out; mum rang 101.",
    # Present tense.
    "{P} needs a new bed; the current one is broken.",
    "{P} wants the worker to stop coming to the house.",
    "{P} turns 16 in the new year and wants to leave care.",
    # Sentence-start names followed by verbs that make them read as ordinary words.
    "{P} broke down in tears at the front desk.",
    "{P} grew quiet when the father's name came up.",
    "{P} fell through the gap between services, the review found.",
    "{P} rang twice about the repairs before the flat flooded.",
    "{P} paid the arrears in full on 3 June.",
    "{P} spread the rumour at school, according to the head.",
    "{P} runs the house when mum is poorly.",
    # Imperatives.
    "Tell {P} the visit is moved to Thursday.",
    "Give {P} the leaflet about the pantry at the church hall.",
    "Ring {P} back before 4 - she has no credit.",
    # Prepositions that also take times.
    "Referral made by {P}, not by the school as first recorded.",
    "Nothing was arranged for {P} over the holidays.",
    "After {P} left, the baby was alone for about an hour.",
    "Before {P} arrived the boys had already eaten.",
    "Waiting until {P} gets home from work before visiting.",
    "Things have been calmer since {P} moved out.",
    # Comparisons and questions.
    "The younger boy was as quiet as {P} had been at that age.",
    "Taller than {P} now, the sister noted proudly.",
    "Who is {P} to the children - cousin or half-sister?",
    # Passives.
    "{P} was being driven around by older males, police believed.",
    "{P} got told off by the dinner lady and ran out of school.",
    # The contracted "is" and "has".
    "{P}'s been off school since the fire alarm incident.",
    "{P}'s not answering, the door's locked and the curtains are drawn.",
    # Coordination with ordinary nouns.
    "{P} and the dog were asleep in the car.",
    "The telly, the cooker and {P} were all in the one room.",
    # Noun-noun compounds.
    "The {P} situation was discussed again at the team meeting.",
    "{P} contact to be supervised at the family centre.",
    # Determiners and adjectives before the name.
    "Our {P} never hurt nobody, the grandmother told the officer.",
    "My {P} is a good girl, she just gets angry.",
    "Poor {P} had been on her own all weekend.",
    "Wee {P} was in the buggy, soaked through.",
    "Young {P} was the only one who spoke up.",
    "Big {P} and the baby share the back bedroom.",
    "The other {P} in the class is no relation.",
    # Verbs that also take things.
    "The mother brought {P} to the surgery wrapped in a towel.",
    "She dropped {P} at the gate and drove off.",
    "Police found {P} under the stairs, hiding.",
    "The carer packed {P} into the car with two bin bags.",
    "Dad picked up {P} early without telling the school.",
    "She fed {P} at six and put her down.",
    # Numbers beside the name.
    "2 x {P} in the class list; the school confused the two.",
    "Room 4: {P}; Room 5: empty.",
    "{P} 3, social worker 0, the boy said about the football.",
    # Notes, conditions and records.
    "Post-it on the screen: CALL {P} RE KEYS",
    "Whiteboard in the office: {P} - missing again? (rubbed out later)",
    "Licence condition 6: not to approach or contact {P} without prior approval.",
    "Keys handed back by {P} at reception; property void from Monday.",
    "Red book entry: {P} 6-8 wk check done, smiling, hips normal.",
    "The review asked what life was like for {P} on an ordinary school day.",
]

THIRTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hopes and wishes (child's page): go back to the old school, get a bike.",
        "i hope the judge lets me stay at nans, the girl wrote in her diary.",
        "Hope \u25aa trust \u25aa honesty - values on the family group conference poster.",
        "\u2234 little hope of change within the child's timescales (parenting assessment).",
        "Hopefully = probably not, the boy said, when asked about dad's promises.",
    ],
    "grace": [
        "Grace said w/ the carers at tea; the boy joins in but keeps his eyes open.",
        "Landlord gave 14 days' grace b/c of the hospital stay.",
        "Graceful on the beam, the PE teacher wrote; refuses to change for PE lately.",
        "She signed the agreement with bad grace and left before the end.",
        "No airs and graces w/ this carer, the girl said, which she liked.",
    ],
    "mark": [
        "Marks out of 10 for how safe I feel at home: 3 (scaling question).",
        "Body map \u25aa mark 1: linear, 2cm, left forearm \u25aa mark 2: round, 1cm, thigh",
        "Teacher to mark the register at 08:50 sharp; lates after 09:05 = U code.",
        "The boy left his mark on the wall in felt-tip: a skull and his initials.",
        "Quick off the mark = the school, who rang within the hour.",
    ],
    "rose": [
        "Rose-tinted, the guardian called the mother's account of the weekend.",
        "Rent arrears rose by \u00a380 a month = \u00a3960 over the year.",
        "Rosebuds on the wallpaper in the child's room, peeling at the corners.",
        "Her voice rose when dad's name came up, the teacher noted.",
        "Rose gold earrings (a present from nan) taken off for PE and lost.",
    ],
    "may": [
        "May half term: contact moved to the grandparents' b/c of the father's shifts.",
        "Schedule para 5: the father may telephone the children on Wednesdays at 6pm.",
        "Maybe next time, the boy said, when asked if he would talk to the police.",
        "i may be small but i know whats going on, the girl wrote.",
        "Come what may, the carer said, she would keep the boy till he was 18.",
    ],
    "will": [
        "Will there be a dog at the new house? (child's question, on the referral form)",
        "I will go to school every day (my safety plan, point 2).",
        "Taken against her will to the flat above the takeaway, the girl told police.",
        "Grandad's will is being contested, which holds up the house sale.",
        "Where there's a will there's a way - poster in the kitchen, mum's choice.",
    ],
    "william": [
        "Will the father pay for the school trip? Not known (carer asked).",
        "Phone bill \u00a3212 - the girl's contract, in mum's name.",
        "Free will was the theme in RE this week; the boy said nobody has it.",
        "The bill for the boarded-up door went to the tenant b/c of the damage.",
        "I will not go back there (written in capitals on the back of the worksheet).",
    ],
    "bill": [
        "Bill \u25aa \u00a384.10 \u25aa gas \u25aa final demand, found on the mat.",
        "Billed twice for the same repair, housing accepted the error.",
        "The carers fit the bill on paper, the review said, but not in practice.",
        "Bills = the biggest worry, mum said, above everything else.",
        "Energy bills up 40% since the winter; mum skipping meals.",
    ],
    "amber": [
        "Amber teething beads round the baby's neck - HV advised removal (choking).",
        "Amber light flashing on the smoke alarm = low battery, not fixed.",
        "The lights were on amber when the car went through, the witness said.",
        "Amber-coloured urine, dry lips, the triage nurse noted.",
        "A lump of amber from a trip to the coast is in her memory box.",
    ],
    "sky": [
        "Sky: grey, cold, drizzle (weather, per the contact supervisor's log).",
        "The sky's the limit, dad wrote in the card, which she kept.",
        "i drew the sky purple becos i like purple, the boy wrote by the picture.",
        "Pie in the sky, the IRO said about the rehabilitation plan.",
        "Skydiving for charity - the foster carer's fundraiser, in the newsletter.",
    ],
    "faith": [
        "Faith-based youth club on Thursdays; the girl likes it and goes alone.",
        "A leap of faith, the mother called it, letting the boy go on the residential.",
        "Faithfully - she signs every letter that way, even her texts.",
        "Keep faith w/ the plan, the chair urged, despite 2 missed sessions.",
        "The neighbour had lost faith in the police after the last call-out.",
    ],
    "holly": [
        "Holly-leaf scratches on both legs after hiding in the hedge (ED).",
        "Christmas list: a scooter, a dog, holly for the door, mum to be happy.",
        "The hedge at the back is holly, so the gap is the only way out.",
        "Holly and mistletoe on the contact room door for the last session.",
        "HOLLY (prickly) - on the list of plants the nursery dug out of the garden.",
    ],
    "ruby": [
        "Ruby wedding party at the grandparents' - children attended w/ the carer.",
        "Lipstick in a ruby shade was found in the 11-year-old's bag, w/ a new phone.",
        "Ruby slippers from the school play, worn to every contact since.",
        "Ruby \u25aa sapphire \u25aa emerald - the names of the reading groups in Year 2.",
        "A fake ruby ring was among the items taken from the shop.",
    ],
    "daisy": [
        "Daisy-print pyjamas, too small, worn for a week.",
        "i pikt a daisy for mum at contact and she cried, the girl wrote.",
        "Oopsy-daisy, the carer said when the toddler tripped; no injury.",
        "A plastic daisy hair clip was found in the back of the van.",
        "Lawn full of daisy and clover, uncut since the spring.",
    ],
    "summer": [
        "Summer-born, youngest in the year, the school said.",
        "Summer hols = 6 weeks, no free school meals, food parcels x3.",
        "Last summer the boy went missing 4 times.",
        "SUMMER PLAN: holiday club 3 days a week, contact w/ dad alternate Saturdays.",
        "we went to the beach in the summer and it was the best day ever, the boy wrote.",
    ],
    "joy": [
        "Joyriding in a stolen car, the boy (14) was arrested on the bypass.",
        "Joyful = how the nursery described her at pick-up today.",
        "Pride and joy, the father called the baby in the post.",
        "The joystick was broken in the row; the boy smashed the controller.",
        "She was jumping for joy at the placement news, the carer said.",
    ],
    "dawn": [
        "Dawn chorus wakes the baby at 4am, mum said, so she never sleeps.",
        "From dawn to dusk the boy is out on his bike, the neighbour said.",
        "Dawn: 06:58 - warrant executed shortly after.",
        "Up at the crack of dawn for the bus to the new school, 2 hours each way.",
        "A new dawn, the leaflet said; the mother laughed at it.",
    ],
    "ivy": [
        "Ivy on the wall outside the bedroom - a way in and out, the girl showed us.",
        "Poison ivy rash? No - eczema, the GP said.",
        "Ivy-covered shed at the bottom of the garden, where the boys go to smoke.",
        "ivy grows on our wall and the snails live in it, the boy wrote.",
        "The ivy was cut back by the landlord after the complaint.",
    ],
    "jack": [
        "Jack-in-the-box: the toddler laughed, first time the HV had seen it.",
        "Jack of all trades, the partner said of himself; no work since March.",
        "Union Jack bunting was still up from the street party.",
        "Jackpot: about 30 scratch cards in the kitchen bin.",
        "Playing cards on the floor - a jack and two kings - spread out by the toddler.",
    ],
    "robert": [
        "Robbery x2 at 15, both w/ older males.",
        "robbed my bike, the boy wrote, and nobody done nothing",
        "Rob Peter to pay Paul - how mum manages the meters, she said.",
        "Robbing the corner shop was a dare, the boy told the YOT worker.",
        "Daylight robbery, nan called the rent.",
    ],
    "frank": [
        "Frank and open, the session notes say, but nothing new was shared.",
        "Gold, frankincense and myrrh - the boy's line in the nativity.",
        "To be frank, she said, I don't care what the social think.",
        "Frank about the cannabis use, less so about the drinking (GP).",
        "A frank exchange at the core group; the father walked out.",
    ],
    "miles": [
        "Miles away, the teacher said - she stares out of the window all day.",
        "Travel claim: 38 miles return to the placement.",
        "Miles and miles of fields, the boy said of the new placement, and no shop.",
        "She ran for miles, the girl said, before she found a phone.",
        "MILES TO SCHOOL: 11 (taxi funded till July)",
    ],
    "dean": [
        "The rural dean took the funeral; the children did not attend.",
        "Dean (sixth form) - letter of support for the housing bid.",
        "The dean's office at the university confirmed the mother's enrolment.",
        "Assistant dean for pastoral care rang about the student's absence.",
        "Dean and chapter - the cathedral body owns the house the family rent.",
    ],
    "marsh": [
        "Marsh behind the estate - the boys go there to light fires.",
        "Salt marsh walk on the residential; she loved it.",
        "Drainage ditch at the edge of the marsh - where the phone was found.",
        "MARSH - KEEP OUT (sign), ignored by the boys.",
        "Marsh harriers on the school trip; the boy drew one.",
    ],
    "hill": [
        "Hill start failed - the father's driving test, missed contact as a result.",
        "Over the hill, dad said on his 40th; the children made him a card.",
        "Hillside block, 9th floor, lift broken again.",
        "Up the hill to school = 25 mins w/ a buggy in the rain.",
        "King of the hill at break time, then a fight.",
    ],
    "wood": [
        "Woodland school on Fridays - the boy is calmer there.",
        "Touch wood, the mother said, he has not been excluded this term.",
        "Wooden spoon on the side; the girl said it was used to hit her.",
        "Can't see the wood for the trees - the IRO's note on the chronology.",
        "A wood pigeon had got into the loft, the tenant said.",
    ],
    "stone": [
        "Stone cold, the tea left out for the toddler, the HV noted.",
        "Kidney stone - mum in hospital 3 days; children w/ nan.",
        "Stone-faced throughout the hearing, the father did not speak.",
        "A stepping stone to independence, the supported lodgings plan says.",
        "Weight: 9 stone 2, down from 10 stone at booking (midwife).",
    ],
    "bell": [
        "Bell goes at 3:15; dad is never there at 3:15, the girl said.",
        "Saved by the bell, the boy joked when the interview was stopped.",
        "A bike bell and a helmet were bought with the grant.",
        "Bell push hanging off the wall, so the worker knocked.",
        "Curfew: in by the school bell? No - in by 9pm, per the order.",
    ],
    "brown": [
        "Brown envelope from the DWP, unopened, on the mat.",
        "Brownies on Tuesdays - the carer to take her and collect.",
        "Hash browns for breakfast, the only hot meal, the boy said.",
        "Mouse droppings, brown, in the cupboard under the sink.",
        "Light brown discharge from the ear - ED referred to ENT.",
    ],
    "green": [
        "Green-eyed monster, the mother said of the partner's jealousy.",
        "The green bin was not emptied for 6 weeks, rats in the yard.",
        "Voucher for the greengrocer on the parade, from the food project.",
        "Green space: none within walking distance of the flat.",
        "Went green and was sick in the car (travel sick), the carer noted.",
    ],
    "lamb": [
        "Mutton dressed as lamb, the neighbour said of the mother.",
        "Lamb kebab from the takeaway at 11pm, the only meal that day.",
        "The toy lamb goes everywhere with her, including to contact.",
        "Sunday roast: lamb, the girl's favourite, at the carer's.",
        "LAMB (soft toy) - must go in the bag at every handover.",
    ],
    "fox": [
        "Foxgloves in the garden: the nursery told mum they are poisonous.",
        "A dead fox lay in the yard for a week, the children said.",
        "Sly as a fox, the boy said of the man in the car.",
        "Foxes got into the rubbish again; bags ripped open all over the front.",
        "A fox screaming at night frightened her; she thought it was a baby.",
    ],
    "banks": [
        "Banks of the canal - the boys were seen there after dark.",
        "Both banks froze the accounts after the fraud.",
        "Banks \u25aa payday lenders \u25aa catalogues - all owed money (debt list).",
        "The river burst its banks and reached the ground-floor flats.",
        "Banks of monitors in the CCTV room showed the girl at the station.",
    ],
}

THIRTEENTH_UNLISTED: list[str] = [
    "Chore chart: bins - {U}; hoovering - mum; the dog - everyone",
    "my frend {U} from {T} has a trampoleen and a hot tub",
    "Attendance: SW \u2714  HV \u2714  {U} \u2718 (family friend, invited by mum)",
    "Great-aunt ({U}) lives in {T} and offered to have the children at weekends.",
    "He was like, {U} from {T} sorted the phone, innit.",
    "Schedule 2: no contact with {U}, directly or indirectly.",
    "\u25e6 {U} - lodger, not on the tenancy",
    "\u2234 {U} \u2260 the man on the CCTV (per the officer in the case).",
    "Bitterly cold in {T}; the family slept in the car.",
    "Tell {U} the core group is off until after half term.",
    "[?{U}] - name given by the boy, spelling not known.",
    "{U}'s been staying most nights since the move to {T}, the neighbour said.",
]
