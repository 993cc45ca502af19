"""Sixty-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1447 lines, printed with cat piped to head -300 for lines 1-300 and with sed -n for lines
300-700, 700-1100 and 1100-1447; not imported), for the format: the {P}, {U} and {T} placeholders
(a person template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the
generator fills in (full name, given name, an initial with and without a stop, a possessive, upper
and lower case, a line break between the parts of the name or a hyphenated break inside the given
name, surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr",
and a nickname), the capital it gives a lower-case name that opens a template (only when nothing
stands before the placeholder and the text before it, with trailing white space and line breaks
stripped, ends in a full stop, so a name after a heading, a time, a pipe, a colon, "Dear", "Re:" or
a quote mark keeps the case it was given), the word-names and the other name lists (plain given
names, street trees and suffixes, the words of nursery names, the syllables of invented surnames
and towns, the first names it gives unlisted people and its fallback surname), the keys of
FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title, "Nurse" included, is put before {U} or
{P}), that a template may hold the same placeholder twice and gets a span for each, and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the lines of a
log, a label, a plan heading or a letter are written into a template as "\\n". The first 45 lines
(the headers) of the fifty-seventh, fifty-eighth, fifty-ninth and sixtieth families, read with
head -45 in one shell loop, and nothing else of them; none of those modules was imported. The
[tool.ruff] table of pyproject.toml, printed with sed up to the heading of the next table in the
same command, for the line length (100). The absence of this file was tested with test -e and the
presence of .venv/bin/ruff with test -x; no directory was listed, and the sixty-second family,
being written at the same time, was not looked at. A throwaway checker in /tmp parsed this file and
corpus.py with ast (it imported nothing of the project; corpus.py gave it the name lists and the
keys of FRESH_ORDINARY) for stray braces and placeholders, for a title before {P} or {U}, for the
count of sentences per key, for each ordinary span falling on the start of the intended word, and
for the substrings below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan", "ellie", "katie", "libby" and the like) are kept out of every sentence here as whole words,
from general knowledge, and "kitchen", "Christmas", "brick", "liberty" and "okay" are avoided as
well: a spare gastrostomy tube travels in a "set", never a kit, a feed is never "calorie-rich" or
counted in "kcal", and a grandmother on a device page is "grandma". Words that merely contain a
word-name, a plain given name, a street tree, a nursery word or an unlisted first name are kept out
of every sentence but the ones written for that word, and care plans for disabled children are
full of them: a continence plan speaks of pads, wee and the toilet and never of the "bladder"
(which holds "alder"), a gastrostomy sits in the "tummy" and never the "belly", and nothing is
"labelled" (both hold "bell"); a power chair's hand control is never a "joystick" and a child
never "enjoys" anything (both hold "joy"); an education plan has outcomes but no "milestone"
("stone"); a moving and handling plan has a "standing pivot" and never "steps", a feeding plan has
no "bowls" ("owls"), and nothing is "little", "tiny" or "busy"; there is no "wardrobe", "probe",
"problem", "probably", "robust" or "robotic" ("rob"), no "chamber" ("amber"), no "smiles" (whose
second to sixth letters are "miles"), no "chilly" ("hill"), "risky" ("sky"), "maybe" ("may"),
"willing" ("will"), "hopeful" ("hope"), "marked" or "marker" ("mark"), "jacket" ("jack"), "privy"
("ivy"), "academic" ("demi") or "hazelnut" ("hazel"), and no ordinary sentence holds a second
word-name. The person and unlisted templates carry no word-name at all (no month is May, no light is
amber, no colour is green or brown), and no word in them is a pair of the generator's surname or
town syllables; the staff on a shift appear only as roles or as two-letter initials.

Styles. Disabled children and their care, with dignity and in the child's own voice where the
records use it: a communication passport written in the first person ("My name is ...", "How I
say yes", signed "with help"), an all-about-me heading with the name on its own line, a one-page
profile ("What people like about ..."); an AAC device's people page as a pipe-separated row of
buttons, a button's recorded message in curly quotes, a lower-case message log with an arrow and
the name inside straight quotes, a vocabulary list and a symbol card; a Makaton name sign and a
list of signs used; short breaks handover notes, thirty-minute overnight checks with the name
glued to a time and carried over three lines, a bed sensor alarm and the initials of the staff on
shift after a turn; a moving and handling plan under a capitalised heading, a gastrostomy plan
(button size, balloon water, bolus and pump rates), a continence plan, a seizure diary with
times, durations and buccal rescue medicine on separate lines; a transport escort log and a
pipe-separated route sheet; a continuing care checklist and decision support tool domains; a
carer's assessment for a parent with the parent's own words in quoted speech; the sections of an
education, health and care plan (A, E and F); a wheelchair service letter opening "Dear" with a
line break and a "Re:" line; a sensory profile; a social story that repeats the name; a medicines
booking-in line with the name glued to a colon, a chair label with slashes, a bag tag split over
lines and a signature box. Names stand in possessives, in lists and rows, beside dates, times and
room numbers, before and after colons, dashes, pipes, slashes and brackets, in quoted speech, in
headings and after "Dear" and "Re:". The ordinary sentences use each word-name where these
records would meet it: months and modals ("May half-term", "may need replacing"), "will" as a
modal and a legal document, bills for the power the equipment uses, amber lights on a feed pump,
a jack plug on a switch, "rob" of sleep, miles on a taxi route, a dean of a specialist college,
weights in stone, a call bell, green and brown discharge around a stoma, blended lamb in a feed,
a fox puppet in a sensory story, milk banks and food banks, with upper case ("AMBER"), form
labels ("Hope for this stay:"), inflections ("Marked", "Robbed", "Billing", "Lambing", "Frankly")
and compounds ("joystick", "skylight", "Marshland", "Woodland", "Hillside").
"""

SIXTYFIRST_PERSON_SENTENCES = [
    "My name is {P}. I like music with a strong beat, the swing in the garden and being sung to.",
    "Hello, I am {P} and this is my communication passport. Please read it before you help me.",
    "ALL ABOUT ME\n{P}\nI am nine. I live with Mum, Dad and my brother, and I go to a"
    " special school.",
    "How I say yes: I look up and make an \u201cah\u201d sound. How I say no: I turn my head away."
    " \u2014 {P}",
    "If I go quiet and pull at my ear, I might be in pain. Please check my tummy and my hips first."
    " ({P}, page 4)",
    "Things I do not like: hand dryers, the hoist being rushed, people talking over me."
    " Signed with help, {P}.",
    "People page, row 1: Mum | Dad | {P} | teacher | bus | home",
    "Button 12 (photo of {P}): recorded message \u201cthat\u2019s me!\u201d in a voice"
    " the family chose.",
    'aac message log 07/03 16:40 \u2192 "hello my name is {P} i am 11 what is your name"',
    "Device log, 14:02\u201314:05: I want \u2192 drink \u2192 juice; more; finished."
    " Logged-in user: {P}.",
    "Vocabulary added this week for {P}: swim, taxi, grandma, sore, again, my turn.",
    "Symbol card on the now-and-next board: a photo and, underneath in capitals, {P}.",
    "Name sign for {P}: flat hand brushed once down the right cheek, used by all staff at"
    " the unit.",
    "Makaton signs {P} uses without prompting: more, finished, drink, toilet, home, music.",
    "Sign and speak together when talking to {P}, and give ten seconds for a reply.",
    "Handover 17:30, short breaks unit: {P} arrived by taxi with escort; feed pump, charger,"
    " two extension sets and medicines in a sealed bag.",
    "Handover to night staff \u2014 {P} had a settled evening, two wet pads, last bolus 19:45,"
    " asleep by 21:15.",
    "Night checks (30-min)\n22:00 {P} asleep, on back\n22:30 asleep, left side\n23:00 asleep,"
    " sats 96%",
    "01:30 turned {P} to right side (two staff), pressure areas checked, no redness. HK/PD",
    "03:10 {P} awake and vocalising; repositioned, music on low, settled 03:35.",
    "04:02 bed sensor alarm \u2014 {P}'s room; checked within 30 seconds, no seizure seen,"
    " alarm reset.",
    "MOVING AND HANDLING PLAN: {P}\nHoist: ceiling track. Sling: medium, yellow loops."
    " Two carers for every transfer.",
    "{P} can take weight for a standing pivot with one carer but must never be lifted by hand.",
    "Shower chair transfers for {P} use the mobile hoist in the hygiene room, brakes on.",
    "Gastrostomy care plan \u2014 {P}'s button: 14Fr, 1.5cm; balloon water checked weekly"
    " on Sundays (5ml).",
    "Feed regime for {P}: 200ml bolus at 08:00, 12:00 and 16:00; overnight pump 500ml at"
    " 50ml/hr, 22:00\u201308:00.",
    "{P} has nothing by mouth except tastes of yoghurt on a spoon, as agreed with speech and"
    " language therapy.",
    "If the button comes out, cover the stoma and put the spare tube in within the hour;"
    " do not leave {P} without one.",
    "Continence plan for {P}: pad checks 10:30, 13:00, 15:30; changes on the height-adjustable"
    " bench; barrier cream as needed.",
    "{P} sits on the toilet with a supportive seat when the visual timetable shows the"
    " toilet symbol.",
    "Seizure diary \u2014 {P}\n12/02 06:14 tonic-clonic, 6 min\nbuccal midazolam 5mg at 06:19,"
    " stopped 06:20, slept 2 hrs",
    "14/02 11:02 {P}: cluster of three absences in class, each under 10 sec; no rescue"
    " medicine needed.",
    "Rescue medicine for {P} is buccal midazolam 7.5mg after five minutes of continuous seizure;"
    " call 999 if not stopped ten minutes after the dose.",
    "15:47 seizure on the minibus, timed by the escort at 3 min 40 sec; {P} kept in the chair,"
    " head supported, no medicine needed.",
    "Escort log 08:05 \u2014 pick-up {P}; chair clamped at four points, lap belt and chest"
    " harness on, feed bag stowed.",
    "Route 14 | {P} | 08:20 | wheelchair bay 1 | escort SM | arrived school 08:52",
    "Continuing care checklist for {P} completed on 03/06/2026; full assessment indicated.",
    "Decision support tool, {P}: breathing high; nutrition high; altered states of"
    " consciousness severe; skin moderate.",
    "Carer's assessment \u2014 {P} (parent): sleep broken most nights by turns and feeds;"
    " no family nearby to help.",
    "\u201cI haven\u2019t slept through in six years,\u201d {P} said when asked about her own"
    " health.",
    "{P} asked for two more short breaks nights a month and help to return to part-time work.",
    "Section A \u2013 {P}'s views, interests and aspirations: \u201cI want to go to college"
    " and learn to cook.\u201d",
    "EHC plan, Section F: {P} to have 1:1 support all day, including lunch, personal care"
    " and trips.",
    "Section E outcome: by the end of Year 6, {P} to request help with the device in three"
    " different places.",
    "Dear {P},\nYour appointment at the wheelchair service is on 14 January at 10:30 to review"
    " the seating.",
    "Re: {P} \u2013 handover of tilt-in-space chair, new headrest and lateral supports",
    "Sensory profile \u2014 {P}: seeks movement and deep pressure; avoids hand dryers, crowds"
    " and strong smells.",
    "{P} mouths objects to calm down; offer the chewy tube, not a sleeve.",
    "This is {P}. {P} goes to the short breaks house on Fridays. Mum comes back after two sleeps.",
    "Medicines booked in for {P}:levetiracetam 2.5ml twice daily, omeprazole 10mg,"
    " midazolam \u00d72 syringes.",
    "Name label on the back of the chair: {P}/room 4/two-carer hoist",
    "Key worker for {P} on this stay: AO (days), RW (nights).",
    "Bag tag:\n{P}\n6 pads, wipes, spare clothes \u00d72, bibs, suction catheters",
    "Hospital passport: if {P} is admitted, this goes too, with the seizure plan and the"
    " feed regime.",
    "What people like about {P}: a big laugh, a love of music, and never giving up in physio.",
    "Parent signature ________ Print name: {P} Date: 05/11/2026",
    "Wheelchair service notes: {P}, 11 yrs, has grown 4cm since the last review; seat depth"
    " to be extended.",
]

SIXTYFIRST_ORDINARY = {
    "hope": [
        "Hope for this stay: a full night's sleep for the family and a settled first night.",
        "The parents said they had almost given up hope of a suitable short breaks placement.",
        "Section E of the plan was written with the child's hopes at its centre.",
        "There is real hope that the new anti-seizure medicine is reducing the night clusters.",
        "Hopes and dreams: to ride a horse again at the riding centre for disabled children.",
        "The consultant offered hope that feed tolerance could improve with a slower pump rate.",
        "\u201cWe live in hope that the chair arrives before the next growth spurt,\u201d the"
        " father wrote.",
    ],
    "grace": [
        "The wheelchair service allowed a month's grace before the loan chair had to go back.",
        "She moved through the hydrotherapy pool with a grace she never has on land, the"
        " physiotherapist noted.",
        "Grace is said before tea at the short breaks house for the children whose families"
        " ask for it.",
        "The escort handled the parent's anger with grace and apologised for the late pick-up.",
        "A period of grace on the blue badge renewal was agreed by the council.",
        "With good grace the mother agreed to try the larger sling size.",
    ],
    "mark": [
        "A red mark on the left hip after the sleep system came off was recorded on the body map.",
        "Mark each feed and flush on the fluid chart with the time and your initials.",
        "Pressure marks from the splints faded within twenty minutes, as expected.",
        "Marks from the chest harness were noted on both shoulders, and the strap was re-padded.",
        "The length mark on the nasogastric tube should read 42cm at the nostril.",
        "At the six-month mark the plan is reviewed with the family and the school.",
        "Marked increase in night seizures after the dose change, the diary shows.",
    ],
    "rose": [
        "Her temperature rose to 38.4 after the feed and the GP was called.",
        "Seizure frequency rose over the half-term break, the diary shows.",
        "Heart rate rose to 160 during the seizure and settled within ten minutes.",
        "Demand for short breaks rose by a third after the unit reopened.",
        "Rose-scented bath oil is avoided because of the child's sensitive skin.",
        "A rose bush by the sensory garden path was moved after it scratched a child in a"
        " wheelchair.",
        "The tilt angle rose to 30 degrees to help with reflux after feeds.",
    ],
    "may": [
        "May half-term: short breaks offered on two nights only because of staff sickness.",
        "The button may need replacing sooner if the balloon water keeps dropping.",
        "In May the continuing care panel agreed full funding.",
        "Staff may give a second dose of rescue medicine only if the plan says so.",
        "The child may show pain by grimacing or going very still, the passport says.",
        "The annual review is held each May at the special school.",
        "By 3 May the new chair had still not been delivered.",
    ],
    "will": [
        "The nurse will train two more staff in buccal midazolam next week.",
        "Staff will check the skin under the splints every two hours.",
        "Against her will the child was lifted without the hoist, and a complaint was made.",
        "The strength of will the child shows in physiotherapy is noted by every therapist.",
        "Will the new chair fit in the family car? The occupational therapist is to check.",
        "The parents made a will naming the aunt as guardian, with a trust for the child's care.",
        "The taxi will arrive at 08:00, and the escort has the seizure plan.",
    ],
    "william": [
        "The nurse will train two more staff in buccal midazolam next week.",
        "The parents made a will naming the aunt as guardian, with a trust for the child's care.",
        "Staff will check the skin under the splints every two hours.",
        "The electricity bill doubled once the ventilator and feed pump ran overnight.",
        "A bill for the front door ramp was sent to the family in error.",
        "Billing for the care agency's hours was held up by the panel's decision.",
    ],
    "bill": [
        "The electricity bill doubled once the ventilator and feed pump ran overnight.",
        "A bill for the front door ramp was sent to the family in error.",
        "Billing for the care agency's hours was held up by the panel's decision.",
        "The water bill is high because of the daily bed changes and laundry.",
        "Bills for the adapted car are paid from the mobility component.",
        "The council agreed to pay the heating bill for the winter from the disabled children's"
        " fund.",
    ],
    "amber": [
        "Amber on the seizure action plan means give rescue medicine and call the parent.",
        "The pump's amber light flashes when the feed bag is nearly empty.",
        "An amber warning for snow meant the taxi route was cancelled.",
        "The skin check scored amber on Tuesday, so turns went up to every two hours.",
        "Amber beads are not allowed on the unit because of the choking hazard.",
        "AMBER: extra checks every 15 minutes after a seizure, as the night plan says.",
    ],
    "sky": [
        "The sensory room ceiling shows a night sky of pinpoint lights.",
        "The child loves lying on the mat looking up at the sky through the skylight.",
        "Sky, clouds and sun are the weather symbols on the morning board.",
        "A sky-blue sling is the larger size, and the yellow one is the smaller.",
        "Under a grey sky the minibus set off for the hydrotherapy pool.",
        "The family's Sky package was cancelled to pay for the extra heating.",
    ],
    "faith": [
        "Faith is important to the family, and the short breaks house keeps halal food for the"
        " blended diet.",
        "The parents have lost faith in the wheelchair service after three missed appointments.",
        "The child goes to a faith school with a specialist resource base.",
        "Faith leaders at the temple helped arrange a quiet space for the family.",
        "Good faith was shown by the provider in refunding the missed nights.",
        "The mother keeps her faith, she said, and it helps on the hardest nights.",
    ],
    "holly": [
        "Holly leaves in the sensory garden were cut back from the wheelchair path.",
        "The unit's front door had a wreath of holly for the winter party.",
        "Holly berries on the path were swept up because the child puts things in her mouth.",
        "A holly hedge screens the short breaks house from the road.",
        "A sprig of holly was used in the sensory story about winter.",
        "Touch cards for the winter topic included holly, pine cones and cotton wool.",
    ],
    "ruby": [
        "The parents celebrated their ruby wedding while the children were at short breaks.",
        "A ruby-red patch around the stoma was photographed and sent to the nurse.",
        "Ruby slippers from the school play are the child's object of reference for 'show'.",
        "The child's cheeks were ruby red after the seizure, and her temperature was taken.",
        "The sensory tray holds a ruby glass pebble that catches the light.",
        "Ruby-coloured staining on the bib was traced to blackcurrant on a tasting spoon.",
    ],
    "daisy": [
        "The Daisy room at the short breaks house has a ceiling hoist and a height-adjustable"
        " bath.",
        "A daisy symbol on the timetable stands for the garden.",
        "The child made a daisy chain with hand-over-hand help.",
        "Daisy-print curtains were chosen by the child using eye gaze.",
        "Daisy Class at the special school uses Makaton throughout the day.",
        "The switch-adapted toy is a daisy that spins and plays a tune.",
    ],
    "summer": [
        "Summer holidays are the hardest six weeks of the year, the carer's assessment records.",
        "Over the summer the child grew out of the seat and the footplates were raised.",
        "A summer play scheme with one-to-one support was funded for three weeks.",
        "Summer heat brings more seizures for this child, the parents have noticed.",
        "In late summer the gastrostomy button was changed under general anaesthetic.",
        "The summer term review of the EHC plan was moved to September.",
    ],
    "joy": [
        "Joy is obvious when the child hears her father's voice at the door.",
        "The hydrotherapy session brought the child visible joy; she vocalised throughout.",
        "The joystick on the power chair was moved to the left armrest.",
        "The parents described the child as their pride and joy.",
        "Music brings joy and calm in equal measure, the sensory profile says.",
        "There was joy on the unit when the child signed 'more' for the first time.",
    ],
    "dawn": [
        "Dawn seizures are the most common pattern, the diary shows.",
        "The night carer stays until dawn and hands over at 07:30.",
        "From dusk to dawn the feed pump runs at 50ml an hour.",
        "The child often wakes at dawn and needs repositioning.",
        "Dawn light through the thin curtains woke the child early, so blackout blinds were"
        " fitted.",
        "At dawn on the Sunday the suction machine failed and the on-call nurse was called.",
    ],
    "ivy": [
        "Ivy on the fence of the sensory garden was checked for berries within the children's"
        " reach.",
        "The wall behind the accessible cabin is covered in ivy.",
        "Ivy leaves were pressed into the touch book for the autumn topic.",
        "The ramp had to be cleared of ivy before it was safe for the wheelchair.",
        "Ivy-covered railings at the school gate hide the minibus bay from view.",
        "Ivy was growing through the window frame of the ground-floor bedroom.",
    ],
    "jack": [
        "The car jack in the adapted vehicle is stored under the ramp.",
        "A Union Jack flag was on the sensory tray for the jubilee week.",
        "The taxi firm had to jack up the vehicle to change a tyre, and the child waited with"
        " the escort.",
        "A jack plug connects the switch to the communication aid.",
        "The headphone jack on the device broke, so the volume could not be turned down.",
        "A jack-in-the-box is used in cause-and-effect sessions.",
    ],
    "robert": [
        "Robbed of sleep for months, the mother asked for more overnight care.",
        "Seizures rob the child of the words she has learned, for a day or so.",
        "The adapted car was broken into and robbed of the portable ramp.",
        "Robbery of a blue badge from the car was reported to the police.",
        "Fatigue after each cluster can rob the child of a whole school day.",
        "Someone tried to rob the charity tin at the sponsored wheelchair push.",
    ],
    "frank": [
        "The consultant had a frank conversation with the parents about the future.",
        "Frank discussion at the panel led to a full continuing care package.",
        "The mother was frank about how exhausted she is.",
        "In frank terms, the current package of care is not enough.",
        "The teacher gave a frank view of the device's limits in class.",
        "Frankly, the night staffing is unsafe, the nurse wrote.",
    ],
    "miles": [
        "The short breaks unit is eighteen miles from home.",
        "The hospital is forty miles away, so the family carry the spare tube set everywhere.",
        "Miles of corridor at the children's hospital tire the mother, who pushes the chair.",
        "The new power chair does about twelve miles on one charge.",
        "The taxi route covers 26 miles each morning.",
        "Miles apart in age, the brothers share the same love of music.",
    ],
    "dean": [
        "The dean of the specialist college confirmed a residential place from September.",
        "A letter from the dean of the medical school apologised for the students' conduct on"
        " the ward.",
        "The assistant dean for disability support arranged an accessible room for the sister.",
        "The rural dean blessed the new accessible entrance at the church.",
        "The dean's office at the university arranged study leave for the mother.",
        "The college dean chaired the transition meeting.",
    ],
    "marsh": [
        "The boardwalk across the marsh is wide enough for the wheelchair.",
        "The family walk by the marsh on Sundays, pushing the chair on the flat path.",
        "Marsh birds are the theme of the sensory story this term.",
        "Salt marsh mud was too soft for the all-terrain chair, so the trip was changed.",
        "The respite cottage looks out over the marsh.",
        "Marshland near the school floods in winter, and the minibus takes a longer route.",
    ],
    "hill": [
        "The hill up to the house is too steep for the manual chair.",
        "A power pack was fitted so the father can push the chair up the hill.",
        "Hill walks in an all-terrain buggy are a favourite weekend outing.",
        "The school sits at the foot of a hill, and the minibus bay is at the top.",
        "Hillside paths at the park are gravel, which the chair cannot manage.",
        "The taxi could not get up the hill in the snow and the child missed school.",
    ],
    "wood": [
        "Wood chippings in the play area make the wheelchair sink.",
        "The sensory walk goes through a wood on a tarmac path.",
        "A wood floor was laid in the bedroom so the mobile hoist moves easily.",
        "Wooden blocks of different weights are used in the sensory tray.",
        "The ramp at the front door is made of wood and is slippery when wet.",
        "Woodland school on Thursdays is accessible with the all-terrain chair.",
    ],
    "stone": [
        "The child has put on a stone since the gastrostomy was placed.",
        "A kidney stone was later found to be the cause of the child's distress.",
        "Stone paving outside the unit is uneven and jolts the chair.",
        "The weight chart shows a loss of half a stone over the winter.",
        "Smooth stones of different temperatures are in the sensory basket.",
        "The bath water was stone cold by the time the hoist was repaired.",
    ],
    "bell": [
        "The call bell in the bedroom is within reach of the child's hand switch.",
        "A bell on the door of the sensory room tells staff when someone comes in.",
        "The child rings a hand bell to say 'finished'.",
        "Bell sounds are used as a cue for lunch at the special school.",
        "Nobody answered the bell at the respite house, so the escort phoned.",
        "A bell-shaped toy with a soft chime is in the child's bag for the taxi.",
    ],
    "brown": [
        "Brown fluid was seen in the extension set and the nurse was told.",
        "A brown sling is the extra-large size.",
        "The stoma had a crust of brown discharge and was swabbed.",
        "Brown paper bags hold the spare clothes for each night.",
        "Brown-tinted glasses cut the glare for the child on bright days.",
        "The bread is brown and blended with milk for the lunchtime feed.",
    ],
    "green": [
        "Green on the symbol board means 'go', and red means 'stop'.",
        "A green card on the door shows the hygiene room is free.",
        "Green discharge around the button was swabbed and sent to the lab.",
        "The light on the feed pump turns green when the line is primed.",
        "The child chose a green frame for the new chair.",
        "The village green has a flat path that suits the chair.",
    ],
    "lamb": [
        "Lamb and vegetables are blended for the evening feed at home.",
        "A soft toy lamb goes in the taxi bag every week.",
        "The child laughed at the newborn lamb on the farm visit.",
        "Lambing season visits to the farm are part of the short breaks programme.",
        "Blended lamb casserole is sieved twice so it passes through the tube.",
        "A lamb's-wool fleece under the heels protects the skin at night.",
    ],
    "fox": [
        "A fox puppet is used to start the sensory story.",
        "Fox cubs in the garden of the unit were watched from the bedroom window.",
        "The child's sleep system is covered with a fox-print fleece.",
        "A fox had torn open the clinical waste bag left out for collection.",
        "Foxes are the child's favourite animal, the passport says.",
        "The fox symbol on the device says 'I want my toy'.",
    ],
    "banks": [
        "Banks of sockets behind the bed power the pump, the suction and the bed itself.",
        "The family relied on food banks before the disability benefit was awarded.",
        "The river banks walk is flat and paved all the way.",
        "Two banks refused to let the father act for the child until the court order arrived.",
        "Milk banks supplied donor milk in the first weeks after the birth.",
        "The canal banks near the short breaks house have a new accessible path.",
    ],
}

SIXTYFIRST_UNLISTED = [
    "The night carer on duty, {U}, did the 30-minute checks and signed the chart.",
    "Dr {U}, the community paediatrician, wrote the seizure action plan.",
    "Mrs {U} from the short breaks house phoned at 19:10 to say the child had settled.",
    "The taxi driver, {U}, waited with the engine off while the chair was clamped.",
    "The family have been offered respite weekends at St {U}'s children's hospice.",
    "The wheelchair service in {T} sent the appointment letter to the wrong address.",
    "The new specialist school is in {T}, a forty-minute drive each way.",
    "{U}, the community nurse, changed the button at home on Tuesday.",
    "The speech and language therapist ({U}) set up the people page on the device.",
    "\u201c{U} knows all my signs,\u201d the child said, using the device.",
    "Escort log signed by {U} and countersigned by the driver at 16:05.",
    "The family moved from {T} to be nearer the children's hospital.",
    "{U} from the carers' centre in {T} completed the mother's carer's assessment.",
    "Another parent, {U}, drives the mother to clinic when the car is off the road.",
    "Senior on shift: {U}. Waking night: two support workers.",
    "The continuing care assessor, {U}, visited the family at home in {T}.",
]
