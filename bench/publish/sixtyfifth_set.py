"""Sixty-fifth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1455 lines, then printed with sed -n in four ranges, lines 1-400, 401-800, 801-1200 and
1201-1455; not imported), for the format: the {P}, {U} and {T} placeholders (a person template is
filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in
(full name, given name, an initial with and without a stop, a possessive, upper and lower case, a
line break between the parts of the name or a hyphenated break inside the given name, surname
first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space and line breaks stripped,
ends in a full stop, so a name after a time stamp, a call sign, a colon, a pipe, a tab, a bracket
or a quote mark keeps the case it was given), the word-names and the other name lists (plain given
names, street trees and suffixes, the words of nursery names, the syllables of invented surnames
and towns, the first names it gives unlisted people and its fallback surname), the keys of
FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert, so "banks" and "miles"
are always written in full); the forms it gives {U} (a first name, a surname, both, or "Mr" and a
surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no
other title, rank or role, "PC", "Sgt", "Paramedic", "Witness" and "Keyholder" included, is put
directly before {U} or {P}; a rank stands before a collar number only), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the lines of a
patient report form, a scene log or an incident log are written into a template as "\\n", "\\t"
and pipes. The first 45 lines (the headers) of the sixty-first, sixty-second, sixty-third and
sixty-fourth families, read with head -45 in one shell loop, and nothing else of them; none of
those modules was imported. The [tool.ruff] table of pyproject.toml, printed with sed from its
heading to the heading of the next table, in the same command as wc -l, for the line length (100).
The absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x;
no directory was listed, and the sixty-sixth family, being written at the same time, was not
looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the
project; the name lists it checks against were copied into it by hand from the print-out of
corpus.py) for stray braces and placeholders, for a title before {P} or {U}, for the count of
sentences per key, for each ordinary span falling on the start of the intended word, for line
lengths and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan", "ellie", "katie", "libby", "betty", "kitty" and the like) are kept out of every sentence
here as whole words, from general knowledge, and the longer ones as parts of words too. Words that
merely contain a word-name, a plain given name, a street tree, a nursery word or an unlisted first
name are kept out of every sentence but the ones written for that word, and emergency records are
full of them: nobody carries a first-aid kit; a chip pan burns in the "rear room" and a bill
chars on the "hob", never in the kitchen; a crew works on a breathing apparatus "entry
control board", never with a BA tally; no wall is brick; nothing happens "accidentally", nobody
is "belligerent", nothing is "risky", a fallen wardrobe is "shelving", a cause is "likely", never
"probable", and nothing is a "problem"; nobody calls "Mayday"; a coat is never a jacket; there are
no front "steps" (only "stairs"), nobody is "busy" and nothing "little" or "tiny"; a grandmother
is never "nan"; and "willing", "marker", "remarks", "chamber", "doorbell", "chill", "arose",
"smiles", "enjoy" and "whisky" appear nowhere.

Styles. Person templates are the first responders' records of one night's incidents: body-worn
video transcribed with a clip time and a collar number ("BWV 23:41:07 PC 4417: Is {P} in the
house?"), with speaker labels, "[inaudible]" and transcriber's notes; upper-case CAD and incident
log lines that open with a four-figure time ("2217 CALLER STATES {P} HAS LOCKED SELF IN
BATHROOM"), call signs (AX21, "Alpha X-ray Two-One") and radio voice procedure ("I say again",
"over"); scene logs with IN and OUT, pipes and escorts, and times run into the text with no space
("0112hrs-", "0319hrs", "@2310"); ambulance patient report form fields ("Pt name:", "NOK:",
"Hx from", "Obs"), the ATMIST pre-alert and the SBAR handover to the emergency department, with
clinical shorthand (GCS, SpO2, AVPU, TBSA, "?fall", "\u2192"); fire and rescue service records of a
house fire (the incident recording system, the Watch Manager's note, the entry control board), a
home fire safety visit and a forced entry under section 17; the forensic physician's custody note
and the on-call paediatrician's first clerking (O/E, impression, plan); and the first accounts at
the door, quoted in pocket notebook style, a doorstep DASH, a Q-and-A, a tick-box list of those
present and a "surname, forename" field. The name stands at the start, after a time, a colon, a
pipe, a tab, a line break or a bracket, inside quoted speech, before a possessive and in capitals.
Ordinary uses put each word where a crew or an officer would write it: "no joy" on the radio,
"frank blood" and green vomit in a clinical note, a "daisy chain" of extension leads in
a fire investigator's finding, "amber" triage and a smoke alarm's amber light, the "will" of a
child taken against it, an unpaid "bill" behind a forced door, "stone cold" bath water, a
"robbery" call drawing a unit away, "flood banks" searched by the dog unit and the "miles" to the
nearest free ambulance, at the start of a sentence and within it. Unlisted templates name
neighbours, callers, keyholders, a locksmith, an interpreter, the forensic physician and the
paediatric registrar ("Dr {U}"), a church hall opened as a rest centre ("St {U}'s") and the towns
of a fire station rendezvous point, a second pump and a trauma centre.
"""

SIXTYFIFTH_PERSON_SENTENCES = [
    "BWV 23:41:07 PC 4417: Is {P} in the house? Can you step back from the door for me?",
    'BWV 23:42:50 (female at door, believed to be {P}): "He\'s not here, he went out hours ago."',
    "[BWV, 00:03:12] Officer: Who else lives here? Male voice: Just me, the baby and {P}.",
    "[inaudible] ... {P} ... [crying] ... get off me [transcriber's note: voice from upstairs]",
    "2217 CALLER STATES {P} HAS LOCKED SELF IN BATHROOM WITH CHILD, SHOUTING HEARD",
    "2219 GRADE 1 ASSIGNED. UNITS AX21, AX24. R/P IS {P}, CALLING FROM NEIGHBOURS LANDLINE",
    "2231 AX21 TOA. {P} AT DOOR, APPEARS INTOX, NO VISIBLE INJ",
    "Control from Alpha X-ray Two-One, PNC check please on {P}, date of birth to follow, over.",
    "AX24 to Control: female at the door gives her name as, I say again, {P}, baby in arms, over.",
    "Scene log 0047 | IN | {P} | escorted by PC 2290 to collect medication | OUT 0052",
    "0112hrs-{P} left the inner cordon in the back of the ambulance with the baby.",
    "0319hrs{P} returned to the outer cordon and asked officers about the dog.",
    "Pt name: {P}\nDOB: unk at time\nPresenting complaint: head injury, ?fall from bunk bed",
    "Hx from {P} (mother): found on floor approx 1900, cried at once, no LOC reported.",
    "NOK: {P}\tRel: grandmother\tContact: via police at scene",
    "ATMIST 19:58 - A: 7/12, T: 19:20, M: rolled off sofa per {P}, I: bruising L ear, S: HR 168.",
    "SBAR to ED resus: S - 3yo, burns R hand; B - {P} states child touched the iron; R - paeds.",
    "Crew note: account from {P} changed between flat and vehicle (fell on stairs \u2192 fell off "
    "chair).",
    "Pt conveyed with {P} as escort; second adult (male) declined to travel.",
    "IRS ref 1142: fire in rear room, chip pan; occupier {P} self-evacuated with two children.",
    "Watch Manager's note: {P} met crews in the street and said a third child was still upstairs.",
    "Entry control board: BA team 1 in 02:16, out 02:29; casualty (believed {P}) carried out.",
    "Home fire safety visit - occupier {P}. Two smoke alarms fitted (hall, landing). Advice given "
    "re: candles and phone chargers left on beds.",
    "HFSV referral reason: {P} smokes in bed; hoarding in the front room; no working alarm.",
    "Forced entry 14:05 via front door at police request; {P} found on lounge floor, responds to "
    "voice.",
    "Entry gained for police under s17 PACE; {P} not present, property secured with a new lock.",
    "FME note, custody 03:40: {P} fit to be detained and interviewed; abrasions to both knuckles.",
    "The police surgeon examined {P} at 04:15 with an appropriate adult present; consent on form.",
    "Paeds SpR on call, 01:30. Seen in ED resus with {P} present. O/E: alert, GCS 15, three "
    "fingertip bruises R upper arm. Plan: skeletal survey, CT head, inform CSC.",
    "Impression (on-call consultant): injuries not consistent with the account given by {P}.",
    "History (from {P}, via telephone interpreter): well until this evening, floppy after bath.",
    'First account, on the doorstep at 22:36, from {P}: "She just fell, I was only out the room a '
    'minute."',
    'Initial account (unsolicited) from {P}, noted in PNB: "It\'s not what it looks like."',
    "Doorstep DASH part-completed with {P}, who declined to answer Q14 to Q27.",
    "Name of person spoken to at door: {P}\nRelationship to child: says step-parent\nSober: N",
    "Present at address on arrival: [x] mother [x] baby [ ] father [x] {P} (visiting).",
    "SOI: {P} - grey hoodie, left on foot towards the rear alley before units arrived.",
    "IP {P} walked to the ambulance by crew; BWV paused for dignity at 23:58.",
    "Obs @2310 {P}: RR 32, HR 150, SpO2 97% air, temp 38.4, cap refill <2s, AVPU = A.",
    "{P} (sibling, approx 9) answered the door in pyjamas and said the adults were asleep.",
    "{P}, second occupant, told fire crews the smoke alarm had been taken down weeks ago.",
    "{P}'s account to the first officer: woke to smoke, carried the baby out through the back.",
    "Q: Where is {P} now? A: At her mum's, I think. Q: Which address? A: Don't know it.",
    "CAD 0931 26/11: concern for welfare, child heard screaming; callback to {P}, no reply x3.",
    "Ref. {P} / DOB 04/03 / to ED by crew 4412 / police following.",
    "SURNAME, Forename: {P} (as given at the door; spelling not checked at scene)",
    "PC 1187 stayed with {P} and the children in the rear of the police car until CSC arrived.",
    "Scene log note: {P} refused paramedics entry; access gained 00:21 once police were on scene.",
    "s46 police protection initiated 03:05 by PS 914; {P} told at the door.",
    "Officers were told by {P} that the child had been 'fine at teatime'.",
    'Radio 21:03: "Two-One, we\'ve got {P} out, one child still unaccounted for, over."',
    "{P} declined conveyance; capacity assessed and documented; worsening-care advice given.",
    "ePCR free text: arrived 0318, {P} holding child, child pale & mottled, no CPR in progress.",
    "{P}\nAddress: as CAD\nRole at incident: witness (account disputed by neighbour)",
    "{P} (approx 4) found hiding in the airing cupboard by BA team 2.",
]

SIXTYFIFTH_ORDINARY = {
    "hope": [
        "Crews held out no hope for the upstairs rooms, fully involved by 02:10.",
        "Hope of finding the dog alive faded once the thermal camera showed the back room.",
        'BWV 00:14: "I hope you lot are happy now," shouted from the upstairs window.',
        "The paramedic told the parents there was hope, but the next hour was critical.",
        "It was too early to give the family any hope about the eye, the registrar said.",
        "Hopefully the neighbour's camera caught the car, the sergeant wrote in his PNB.",
    ],
    "grace": [
        "The crew gave the family a minute's grace to find shoes before evacuating the block.",
        "Grace period on the free smoke alarm scheme had lapsed, the HFSV form notes.",
        "She answered the officers with more grace than the night deserved, the sergeant noted.",
        '"Say grace first," the grandfather told the children as officers came into the room.',
        "By the grace of a neighbour's ladder, both boys were out before the first pump arrived.",
        "Grace-and-favour flat above the pub; the keyholder attended at 01:50.",
    ],
    "mark": [
        "Body map: linear mark 4cm, L flank, purple, no abrasion.",
        "Mark the time of arrival on the scene log in the 24-hour clock, the inspector said.",
        "Scorch mark on the landing carpet in the shape of a plug adaptor.",
        "Tide mark on the bath, about 15cm up, was photographed by the officer.",
        "Footwear mark on the back door was photographed before the locksmith attended.",
        "No mark could be seen on the baby's scalp under the ED lights.",
        "The paramedic marked the ePCR as a safeguarding concern and phoned it in from the cab.",
    ],
    "rose": [
        "Smoke rose from the roof vents as the first pump pulled up.",
        "The child's temperature rose to 39.6 in the back of the ambulance.",
        "Voices rose again behind the door while officers waited for the key.",
        "Rose-coloured staining in the nappy was noted by the crew and passed on at handover.",
        "The father rose from the sofa and walked towards the officer, BWV shows.",
        "A rose bush by the front gate had been trampled, the scene log notes.",
    ],
    "may": [
        "Entry may be forced under s17 PACE to save life or limb.",
        "Control: be advised the male may have a knife, approach with caution.",
        "The incident on 3 May was the third call-out to the flat that spring.",
        "Smoke alarm fitted in May had been pulled off the ceiling, the crew found.",
        "Child may have taken tablets; crew brought the blister packs to ED.",
        "May 2026 HFSV had recorded no concerns at the property.",
        "The injury may be older than the account suggests, the paediatrician wrote.",
    ],
    "will": [
        "Crews will return at 09:00 to make the ceiling safe.",
        "Officers will need a statement from the neighbour before the end of the shift.",
        "The child was taken against her will from the back seat, the caller said.",
        '"I will not open the door to you," the male shouted (BWV 22:51).',
        "Next of kin will be told by the family liaison officer.",
        "The paediatric registrar will review the CT with the consultant in the morning.",
    ],
    "william": [
        "Officers will need a statement from the neighbour before the end of the shift.",
        "An unpaid electricity bill on the mat carried a disconnection warning.",
        '"I will not open the door to you," the male shouted (BWV 22:51).',
        "The meter had been bypassed, and the bill in the hallway was three months old.",
        "Bills and letters were piled behind the door, so the forced entry took longer.",
        "ED will ring the duty social worker once the skeletal survey is reported.",
    ],
    "bill": [
        "An unpaid electricity bill on the mat carried a disconnection warning.",
        "Bills stacked behind the front door stopped it opening more than a few inches.",
        "The gas bill was used to confirm the occupier's name at the scene.",
        "A final-demand bill was found charred on the hob, the likely seat of the fire.",
        "The council is to bill the landlord for the boarding-up, the fire officer noted.",
        "The water company's bill listed a different adult at the address.",
    ],
    "amber": [
        "Triage category amber at the ED front door, upgraded to red after the paediatric review.",
        "Amber warning for ice was in force, and the second ambulance took 40 minutes.",
        "Amber-coloured fluid in the baby's bottle was later found to be diluted cola.",
        "The smoke detector's amber light was flashing, meaning the battery was flat.",
        "An amber flag on the CAD record showed a previous knife warning at the address.",
        "Lights on the main road were stuck at amber, and the crew went through on blues.",
    ],
    "sky": [
        "The sky over the estate was orange from the fire, the first caller said.",
        "Sky box left on standby was examined as a possible cause of the fire.",
        "Under a clear sky and a hard frost the children waited outside in nightclothes.",
        "The helicopter was stood down, the sky being too low with cloud for it to fly.",
        "Sky-blue fibres were recovered from under the baby's fingernails.",
        "BWV 01:02 \"The sky's lit up, there's flames out the back,\" neighbour tells officer.",
    ],
    "faith": [
        "The mother asked for a female officer for reasons of faith, and one was sent.",
        "Faith leaders from the local mosque brought blankets to the rest centre.",
        "Officers took the neighbour's account in good faith but could not verify it.",
        "Faith: not recorded on the ePCR, field left blank.",
        "The mother had lost faith in the ambulance service after a four-hour wait last winter.",
        "A faith school coat was on the hook by the door, the first officer noted.",
    ],
    "holly": [
        "A holly hedge by the gate scratched the crew carrying the stretcher.",
        "Holly berries were found in the toddler's mouth; the poisons line was consulted.",
        "The child had hidden behind the holly at the bottom of the garden.",
        "Holly wreath on the door had to come off before the enforcer could be used.",
        "Scratches on both shins were put down to the holly by the front path.",
        "The dog was found under the holly, unhurt, after the fire.",
    ],
    "ruby": [
        "Ruby-red scalds to both feet, sharply demarcated, in a sock pattern.",
        "A ruby ring was booked into property from the mother's hand before CT.",
        "The baby's lips were ruby in colour on arrival, later put down to carbon monoxide.",
        "Ruby wedding cards were on the mantelpiece; the grandparents' anniversary was that week.",
        "The toddler had been sucking a ruby-coloured sweet, which the crew kept for ED.",
        "Items listed by the occupier as taken included a ruby necklace.",
    ],
    "daisy": [
        "Daisy-print pyjamas were cut off by the crew to expose the burns.",
        "The nursery bag, with a daisy on the strap, was handed to ED staff.",
        "The child had been picking daisy heads on the lawn when the dog bit her.",
        "A daisy chain of extension leads behind the television was the likely cause.",
        "Daisy-chained adaptors were found in the bedroom, one of them melted.",
        "A daisy sticker on the cot headboard was the only decoration in the room.",
    ],
    "summer": [
        "Summer heat meant every window in the flat was open, including the one above the cot.",
        "During the summer the crew had attended the same address twice for falls.",
        "Summer-weight clothing only; the child was cold to touch on arrival.",
        "A summer house at the bottom of the garden was where the teenager had been sleeping.",
        "The last HFSV was in the summer, when two alarms were fitted.",
        "A barbecue on the balcony on a summer evening set the awning alight.",
    ],
    "joy": [
        "There was no joy at the front door, so the crew tried the back.",
        "Control, no joy with the occupier's mobile, over.",
        '"No joy, nobody answering," PC 3381 to Control at 23:09.',
        "Joy-riders had dumped the burnt-out car at the rear of the flats.",
        "The mother's joy at the baby's recovery was noted by the paediatric nurse.",
        "Neighbours cheered with joy when a firefighter came out carrying the cat.",
    ],
    "dawn": [
        "Dawn was breaking as the last crew left the scene.",
        "Officers executed the warrant at dawn, with a paramedic on standby.",
        "From dusk to dawn the children had been alone, the eldest told officers.",
        "The fire investigator returned at dawn to photograph the seat of the fire.",
        "Dawn light showed how far the roof had come down.",
        "It dawned on the crew that the second cot was empty.",
    ],
    "ivy": [
        "Ivy had grown over the rear window, blocking the escape route.",
        "The boy climbed down the ivy on the back wall to get out, he told the crew.",
        "Ivy berries were in the toddler's hands; the poisons service was consulted.",
        "Firefighters cut back the ivy to reach the first-floor window with the ladder.",
        "An ivy-covered outbuilding held the cannabis grow, officers found.",
        "Smoke was seeping out through the ivy along the eaves when the first pump arrived.",
    ],
    "jack": [
        "A car jack had been used to force the back door before police arrived.",
        "The crew used a hydraulic jack to lift the fallen shelving unit off the child.",
        "Jack-knifed trailer on the slip road delayed the second ambulance by twenty minutes.",
        "The jack handle was seized and exhibited by PC 2290.",
        "A union jack flag was hung across the bedroom window in place of curtains.",
        "The jack plug of the phone charger had melted into the mattress.",
    ],
    "robert": [
        "The male had tried to rob a taxi driver before coming back to the flat, Control advised.",
        "Robbery squad officers were already at the address on an unrelated warrant.",
        "Older boys would rob him if he went out, the teenager said, so he stayed in.",
        '"They\'ve robbed the meter," the mother said at the door, pointing to the cupboard.',
        "Robbing the gas meter had left live wires exposed, the fire crew found.",
        "A robbery call in the next street took the second unit away at 22:40.",
    ],
    "frank": [
        "The mother was frank at the door: she had been drinking since lunchtime.",
        "Frank blood in the nappy was noted by the crew and passed on at handover.",
        "Frank haematuria was found in ED; the paediatrician asked for urgent imaging.",
        "In a frank exchange on BWV, the sergeant told the father he would be arrested.",
        "The grandfather gave a frank account of what he had seen through the window.",
        "Frankly, the Watch Manager said, the flat was a death trap.",
    ],
    "miles": [
        "The nearest free ambulance was eighteen miles away.",
        "Miles of queuing traffic after a crash held up the second crew.",
        "The children had walked two miles in the dark to the petrol station to raise the alarm.",
        "The father's account and the injuries were miles apart, the on-call consultant wrote.",
        "The air ambulance covered the forty miles to the trauma centre in twenty minutes.",
        "The pushchair was found three miles from the flat, near the canal.",
    ],
    "dean": [
        "The rural dean opened the church hall as a rest centre for the evacuated residents.",
        "The dean of the cathedral called 999 after finding the teenager in the cloister.",
        "Dean's office at the college gave officers the student's emergency contacts.",
        "An assistant dean from the university met police at the halls of residence.",
        "The college dean confirmed the student had not been seen for four days.",
        "A letter from the dean was found among the papers on the bedside table.",
    ],
    "marsh": [
        "Marsh ground behind the caravan park slowed the crew carrying the stretcher.",
        "The child was found on the salt marsh at 04:20 by the coastguard team.",
        "Search teams worked the marsh in lines, with the helicopter overhead.",
        "Marsh gas was ruled out as the source of the smell, the fire officer said.",
        "The car had been driven onto the marsh and set alight.",
        "Marshland tracks have no street lighting, and the crew got lost twice.",
    ],
    "hill": [
        "The ambulance could not get up the hill in the snow, so the crew walked the last part.",
        "Hillside flats on the estate have a single stairwell, the fire report notes.",
        "The boy was found on the hill above the park, wet and cold.",
        "From the top of the hill the crew could see smoke coming from the roof.",
        "The pram rolled down the hill into the road, the caller said.",
        "A steep hill up to the front door made carrying the stretcher hard going.",
    ],
    "wood": [
        "Wood had been nailed over the bedroom window, leaving no way out.",
        "The fire started where wood was stacked against the back door to dry.",
        "Sheets of wood were used to board up the front door after the forced entry.",
        "The boys had been drinking in the wood behind the school, the caller said.",
        "A length of wood with blood on it was seized from the hallway.",
        "Wood burner without a guard; the toddler's hand burns are consistent with contact.",
    ],
    "stone": [
        "A stone had been thrown through the front window before the fire started.",
        "Stone stairs down to the basement flat were iced over, and a crew member fell.",
        "The teenager weighed barely six stone, the paramedic estimated.",
        "The bath water was stone cold when the crew arrived.",
        "Stone-faced, the father stood in the doorway and said nothing.",
        "The flat is a stone's throw from the fire station, yet the call came late.",
    ],
    "bell": [
        "No answer to the bell or to knocking; entry forced at 14:05.",
        "The bell on the shop door alerted staff when the child walked in alone at 06:30.",
        "The door bell was wired to the neighbour's flat, the first officer noted.",
        "Bell-push smeared with blood, photographed by scenes of crime.",
        "The bell at the church was ringing for the early service when the crew arrived.",
        "The fire alarm bell in the stairwell had been disabled with tape.",
    ],
    "brown": [
        "Brown staining on the ceiling above the cot suggested a long-standing leak.",
        "Brown liquid in a baby's bottle was seized; it smelt of alcohol.",
        "The bruise on the ear was brown at the edges and purple in the middle.",
        "A brown envelope of cash was handed to officers by the gran.",
        "The smoke was thick and brown, the Watch Manager recorded.",
        "Brown paper had been taped over the inside of the windows.",
    ],
    "green": [
        "The green bin had been pulled against the back gate, blocking the exit.",
        "Green mould covered the wall beside the cot.",
        "The crew were green, in their first month, the station manager said at the debrief.",
        "Green vomit in the cot prompted the crew to pre-alert the paediatric team.",
        "A green light on the baby monitor showed it was still switched on.",
        "Officers crossed the village green to reach the back of the terrace.",
    ],
    "lamb": [
        "Lamb was cooking on the hob when the pan caught fire, the occupier said.",
        "A toy lamb was carried out of the flat with the baby.",
        "Lambing season kept the father out in the sheds all night, he told police.",
        "The boy was as gentle as a lamb with the crew, though neighbours described shouting.",
        "A lamb's-wool blanket in the cot was bagged as evidence.",
        "Frozen lamb joints in a chest freezer were blocking the rear fire exit.",
    ],
    "fox": [
        "It was a fox screaming, the neighbour first thought, not a child.",
        "Fox cubs under the shed were disturbed by the search team.",
        "The cot mobile had a fox on it, and it had melted in the heat.",
        "Fox droppings in the yard had been taken for dog mess by the first officer.",
        "The child's toy fox was recovered from the debris by the fire investigator.",
        "A dead fox in the road outside was why the crew parked further up.",
    ],
    "banks": [
        "Flood banks behind the estate were searched by the dog unit.",
        "The river had burst its banks, and the crew needed a boat to reach the bungalow.",
        "The child's pushchair was found on the canal banks near the lock.",
        "Banks of snow blocked the lane and delayed the ambulance.",
        "Banks had frozen the mother's accounts, the father told officers at the door.",
        "Food banks in the area had been supplying the family, going by the leaflets on the table.",
    ],
}

SIXTYFIFTH_UNLISTED = [
    "Neighbour at flat 4, {U}, made the first 999 call at 22:14.",
    "Dr {U}, forensic physician, attended custody at 03:30.",
    "Dr {U} (paediatric registrar) took the referral from ED at 01:10.",
    "Mrs {U} from the ground-floor flat held the baby while crews worked on the mother.",
    "RVP: {T} fire station, 02:00.",
    "Second pump from {T} arrived at 02:11 and took over the rear of the house.",
    "The child was transferred by ambulance to the trauma centre at {T}.",
    "A male giving his name as {U} left the scene before officers could take details.",
    "Witness: {U}, passing motorist, stopped and pulled the boy away from the road.",
    'BWV 23:48, neighbour: "Ask {U} downstairs, she hears everything."',
    "Keyholder: {U}, attended from {T} with keys at 01:35.",
    "Call from {U}, the children's aunt in {T}, asking where they had been taken.",
    "Interpreter: {U} (by phone, 00:40)",
    "St {U}'s church hall was opened as a rest centre for the evacuated block.",
    "The locksmith, {U}, changed the locks at 15:10 at police request.",
    "CAD 0217: {U} (caller) states smoke coming from the letterbox next door.",
    "Scene log | 00:58 | IN | {U} | CSI | photographs",
]
