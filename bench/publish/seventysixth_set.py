"""Seventy-sixth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1291 lines, in the same command as
a sed print of the [tool.ruff] table of pyproject.toml from its heading to the heading of the next
table, for the line length, 100; then printed with sed -n in four ranges that do not overlap, lines
1-400, 401-800, 801-1200 and 1201-1291; it was not imported), for the format: the {P}, {U} and {T}
placeholders (a person template is filled with {P} alone, an unlisted one with {U} and {T}), the
name forms the generator fills in (full name, given name, an initial with and without a stop, a
possessive, upper and lower case, a line break between the parts of the name or a hyphenated break
inside the given name, surname first, a title and surname for adults, where the generator itself
adds "Ms" or "Mr", and a nickname), the capital it gives a lower-case name that opens a template
(only when nothing stands before the placeholder and the text already written, with trailing white
space and line breaks stripped, is empty or ends in a full stop, so a name after "Dear", a tab, a
pipe, a colon, "cc:", "Re:" or a quote mark keeps the case it was given), the word-names and the
other name lists (plain given names, street trees and suffixes, the words of nursery names, the
syllables of invented surnames and towns, the first names it gives unlisted people and its fallback
surname), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way
it marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert, so every "will"
here has a space after it, no William sentence has both "will " and "bill", "miles" and "banks" are
written in full, and no "problem", "probably", "remark", "chamber", "smiles", "enjoy", "risky",
"chill", "belly", "arose", "milestone" or "labelled" (which hides "bell") stands in any sentence
here); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name
after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title or role,
"Patient", "Pharmacist", "Nurse", "Dentist" and "Optometrist" included, is put directly before
{U} or {P}: a label with a colon, a pipe or a tab stands there instead), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the columns
of a dispensing label, a controlled drugs register, an audiogram and a GA list are written
into a template as pipes, "\\t" and "\\n".
The printed corpus.py names the numbered families up to "seventyfourth" in NUMBERED_SETS, so this
module is not yet loaded by it; corpus.py was left as it is. The first 45 lines (the headers) of
the seventieth, seventy-first, seventy-second and seventy-third families, read with head -45 in one
shell loop, and nothing else of them; none of those modules was imported. The absence of this file
was tested with test -e and the presence of .venv/bin/ruff with test -x, in one command; no
directory was listed, git was not run, no README, word list, test or source module and not the
benchmark runner was opened, and the families being written at the same time were not looked at.
A throwaway checker in /tmp/seventysixth_work parsed this file alone (with ast, importing nothing
of the project; the name lists it checks against were copied by hand from the printed corpus.py)
for the three constants and nothing else, for the counts (52 to 56 person templates, 16 unlisted,
6 or 7 sentences for each of the thirty-three keys), for stray braces and placeholders other than
{P} in person and {U} and {T} in unlisted templates, for a title or role word before {P} or {U}
(only "Mrs", "St" and "Dr" before {U} let through), for each ordinary span falling on the start of
the intended word (it repeats the generator's first-substring rule and prints every span with the
word it falls in, which was read through), for a second match of the target in the same sentence,
for any other word-name as a substring anywhere (so "willing", "maybe", "jacket", "labelled",
"problem" too) in every sentence, for any plain given name, street tree, nursery word, unlisted
first name or fallback surname, for a capitalised street suffix, for any invented surname or town
built from the generator's syllables as a whole word, for line lengths and for non-ASCII
characters. It was tried once on a deliberately faulty copy (a title before {P}, a stray brace, a
second placeholder, a pound sign, "Christmas", "mentally", "problem", "hopeless" after "hope",
"Kate", a "will" with no space after it, a "will" in a bell sentence, a renamed key, an overlong
line and an invented town) and reported every one of them.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo",
"ty", "cal", "jon", "nan", "kat", "daz", "tay", "jim", "mae", "fay", "sum", "kie", "lea" and "anne"
as whole words; "nate", "beth", "chris", "tony", "toni", "rick", "dick", "bert", "kate", "kath",
"cath", "billy", "bobby", "robbie", "robin", "rosie", "rosy", "rosa", "gracie", "maisie",
"frankie", "jackie", "tally", "telly", "ellie", "katie", "katy", "libby", "betty", "betsy",
"kitty", "eliza", "liza", "lisa", "lizzie", "richie", "ricky", "rich", "johnny", "jonny",
"dazza", "stacy", "stace", "meggie", "bess", "elsie", "cally", "skye", "shan", "deano", "anton",
"kier", "leah", "kris" and "jodi" inside words too) are kept out of every sentence, which rules
out "Christmas", "designated", "alternate", "liberty", "brick", "catheter", "first aid kit",
"dentally", "accidentally", every "-ically" adverb ("clinically", "physically", "medically") and
every "-lisation" noun ("stabilisation", "hospitalisation"), and "epidemic" and "academic" for the
plain given name "Demi".

Styles. The records of pharmacy, dentistry, optometry and audiology as a safeguarding review quotes
them: a patient medication record, dispensing labels and a bag label in tab-separated columns, a
controlled drugs register and a buprenorphine supply table with pipes and a header row, methadone
supervised consumption and missed pick-up notes, an emergency hormonal contraception consultation
as a form of line-broken fields (Fraser competence, product), minor ailments and emergency supply
entries, FDI dental charting and dmft, "not brought" entries, a general anaesthetic extraction list,
an orthodontic letter (IOTN) and its page 2, an optician recall letter opening "Dear", a sight test
recall list, a GOS3 voucher, patching for amblyopia, an audiogram and tympanometry in a table row,
newborn hearing screening, grommets, microsuction, a hearing aid repair form, an audiology
discharge letter and its "cc:" line, and the community dental service's attendee lists and
safeguarding referral. Names stand at the start of a record and of a line, after a field label and
colon, between pipes, between tabs, inside brackets and single and double quotation marks, in a
possessive, in semicolon-separated attendee lists, before a role after a comma ("the older
sister"), after "Dear", "Re:" and "cc:", before a slash in a drop-off slip, and inside questions
("Was ... accompanied at the counter?", "Who collects for ...?", "Did ... ever receive the recall
letter?"). The ordinary words come where these records meet them: clinical terms ("frank decay",
"frank pus", a dental "stone model", "green stain", "Bell's palsy", bells in the distraction test,
the lamb of the toy test, a headphone "jack", "amber" glass bottles), labels and ratings ("HOPE:",
"Faith:", "Rated AMBER", "Green:"), months and modals ("May 2023:", "In May", "may need"), idioms
("no joy", "dead wood", "a stone's throw", "a jack of all trades", "sky high"),
inflections and compounds at the start of the word ("Hopefully", "Marked", "Billing", "Robbery",
"Joysticks", "Deanery", "Marshmallows", "Foxgloves", "Lambing", "Hillside", "Brownish", "dawned"),
and the roles of dental education ("the postgraduate dental dean").
"""

SEVENTYSIXTH_PERSON_SENTENCES = [
    "PATIENT MEDICATION RECORD\n{P}\nAllergies: none known\tExemption: under 16",
    "Methadone 1mg/ml oral solution SF\t60ml\tTake 60ml once daily as directed\t{P}",
    "CD register, entry 114 | Supplied to: {P} | Collected by: patient | ID seen: N",
    "Supervised: {P}, 09:05, dose swallowed, spoke afterwards, water given.",
    "{P} - missed pick-up x3 (Tue, Wed, Thu); prescriber informed as per the protocol.",
    "EHC consultation\nName: {P}\nAge: 14\nFraser competent: Y\nProduct: levonorgestrel 1.5mg",
    "Was {P} accompanied at the counter? The record does not say.",
    "Charting for {P}: 55 C, 54 C, 64 C, 65 C, 74 C, 84 C (dmft 9).",
    "Not brought: {P} (third in a row; letter to GP and health visitor).",
    "GA list, Tuesday am\t{P}\t8 x XLA\tConsent: mother",
    "Re: {P} - orthodontic assessment (IOTN 4d), treatment deferred",
    "Dear {P},\nOur records show that your last eye examination was over two years ago.",
    "SIGHT TEST RECALL\t{P}\tLast seen 02/2021\tResponse: none",
    "Audiogram | {P} | R 45 dB HL | L 50 dB HL | Tympanometry: type B, both ears",
    "{P} was discharged from audiology after being not brought to two appointments.",
    "Hearing aids were fitted for {P} in March and have not been seen in use since.",
    "Referral from the community dental service: {P} (chart and photographs attached).",
    "Seen today: {P}, aged 7, brought by the grandmother.",
    "The pharmacist asked {P} to wait in the consultation room.",
    "FP10 collected by {P} on behalf of the mother; the reverse signed but not dated.",
    "Name on the bag: '{P}' - not the person who collected it.",
    'The counter assistant remembered "{P}" because of the coins, every time.',
    "Attendees: CDS clinical lead; named nurse; {P}; school nurse; SW (by Teams).",
    "Present: {P} (parent), community dentist, dental nurse, interpreter.",
    "{P}'s toothbrush was dry every morning, the foster carer reported.",
    "Minor ailments | {P} | head lice | dimeticone 4% lotion supplied",
    "Controlled drug collected; ID checked against {P}'s provisional driving licence.",
    "Who collects for {P} when the mother is unwell? The pharmacy did not know.",
    "Orthodontic letter, page 2: {P} has not attended since the brace was fitted.",
    "cc: {P} (parent); GP; health visitor; school nurse",
    "[Dispensing label] {P} - Amoxicillin 250mg/5ml oral suspension - 5ml three times a day",
    "GOS3 voucher issued to {P}; the glasses were not collected after six weeks.",
    "Optometrist's note: {P} said the glasses were broken by an older boy at home.",
    "Occlusion: patching 2 hrs/day; {P} reports the patches 'lost' again.",
    "Newborn hearing screen: no clear response (both ears); {P} not brought for the AABR.",
    "Grommets inserted under GA (right ear) - {P} recovered well on the ward.",
    "Tel. call to {P}: no answer, voicemail full.",
    "Emergency supply asked for by {P} at 19:40 for the mother's methadone - refused.",
    "Ulipristal 30mg supplied to {P}, aged 15; third EHC request in two months.",
    "The dental nurse saw that {P} had come to the surgery alone with a sibling aged 4.",
    "{P} (accompanied by the partner) declined the consultation room.",
    "{P}: 'It's not my toothbrush, it's everyone's.'",
    "Drop-off slip: {P} / 2 items / call when ready / no texts",
    "NAME\t\t{P}\nREASON\t\tRepeat GA extractions, recurrent caries",
    "Discharge letter (audiology) to {P}, copied to the GP and the school.",
    "Microsuction booked for {P}; cancelled by the family twice.",
    "Did {P} ever receive the recall letter? The practice could not say.",
    "| Date | Patient | Item | Qty |\n| 12/01 | {P} | Buprenorphine 8mg | 7 |",
    "Fluoride varnish applied; {P} cried throughout and would not open wide.",
    "Paracetamol 500mg x 32 sold for {P} on four occasions in one week.",
    "A toothache self-referral was made by {P} from the school office phone.",
    "Signature of person collecting: {P} (illegible on the scan)",
    "{P}, the older sister, interpreted during the sight test.",
    "Repair form, hearing aid (L) - handed in by {P} with the tubing chewed through.",
    "Treatment plan signed: {P} / parent / 12.02.24",
]

SEVENTYSIXTH_ORDINARY = {
    "hope": [
        "Hope of saving the lower molars had gone by the second assessment.",
        "The dentist held out no real hope that the front teeth could be restored.",
        "Hopefully the new glasses are collected this week, the optician wrote.",
        "The audiologist expressed the hope that the aids would be worn at school.",
        "HOPE: to stay on the script and keep the job (patient goals, keyworker form).",
        "There was no realistic hope of daily pick-ups without a change of pharmacy.",
    ],
    "grace": [
        "The practice allows a grace period of ten minutes before a late arrival is rebooked.",
        "Grace days on the recall system had been set to zero by mistake.",
        "With good grace the father accepted the advice about bottles at night.",
        "No grace was given: the prescription had expired after 28 days.",
        "The girl sat through the impressions with real grace, the dental nurse wrote.",
        "Grace-period rules for returning loan hearing aids were set out in the letter.",
    ],
    "mark": [
        "Mark the FP10 as not dispensed and return it to the prescriber.",
        "A bite mark on the forearm was noticed while the child was in the dental chair.",
        "Marked decay of the upper incisors was visible on the photographs.",
        "Pen marks on the prescription suggested the quantity had been altered from 7 to 70.",
        "The tide mark of plaque along the gum line was photographed.",
        "Question mark over the dose: the label read 6ml, the chart 60ml.",
    ],
    "rose": [
        "The child's dmft rose from 4 to 11 between the two checks.",
        "Missed doses rose sharply after the change of pharmacy.",
        "Rose-tinted lenses had been bought online without a prescription.",
        "Hearing thresholds rose to 60 dB on the left side at the retest.",
        "Requests for emergency contraception rose over the school holidays.",
        "The patient rose from the chair and left before the extraction.",
    ],
    "may": [
        "May 2023: recall letter returned, addressee gone away.",
        "The mother may not have understood that the GA appointment was for both children.",
        "In May the pharmacy moved the patient to daily supervised doses.",
        "Parents may ask for a chaperone at any examination, the leaflet says.",
        "May half-term appointments were all missed.",
        "The audiologist may need to repeat the test under sedation.",
    ],
    "will": [
        "The orthodontist will not start treatment until oral hygiene improves.",
        "Will you bring the glasses to the next appointment, the optician asked.",
        "The pharmacy will not release methadone to a third party without written consent.",
        "Against her will the girl was made to take the tablet in the car.",
        "Free will was doubted: the girl said her boyfriend made her ask for the pill.",
        "Who will collect the repeat prescription was never agreed.",
    ],
    "william": [
        "The orthodontist will not start treatment until oral hygiene improves.",
        "Who will collect the repeat prescription was never agreed.",
        "Will you bring the glasses to the next appointment, the optician asked.",
        "A bill for the lost hearing aid was sent to the family.",
        "The private dental bill went unpaid, and the practice deregistered the family.",
        "Billing for the private sight test went to the grandmother's address.",
    ],
    "bill": [
        "A bill for the lost hearing aid was sent to the family.",
        "The private dental bill went unpaid, and the practice deregistered the family.",
        "Billing for the private sight test went to the grandmother's address.",
        "The lab bill for the child's dentures was covered by the trust.",
        "The pharmacy billed the council for each supervised dose.",
        "A penalty charge bill arrived after an exemption was wrongly claimed.",
    ],
    "amber": [
        "Amber on the dental risk tool meant a three-month recall.",
        "Amber glass bottles are used for the methadone, each with a child-resistant cap.",
        "An amber flag was placed on the patient medication record.",
        "Rated AMBER: oral hygiene poor, decay active, attendance erratic.",
        "The hearing screen result was amber, and a repeat test was booked.",
        "Amber-tinted lenses were prescribed for the migraine.",
    ],
    "sky": [
        "Sky-blue tablets were found loose in the child's school bag.",
        "The child drew the sky in black during the waiting-room play session.",
        "Sky television was on loud in the flat, making the home hearing check difficult.",
        "Prices for the private braces were sky high, the mother said.",
        "A night sky mural covers the ceiling above the dental chair.",
        "Under a grey sky the family queued outside the pharmacy before it opened.",
    ],
    "faith": [
        "Faith: Jehovah's Witness (recorded for the GA consent).",
        "The pharmacist acted in good faith when the aunt collected the prescription.",
        "Faith in the dentist had been lost after the first extraction.",
        "The faith school's nurse made the referral to the community dental service.",
        "Good-faith errors on the exemption form were not pursued.",
        "The family's faith community paid for the private orthodontics.",
    ],
    "holly": [
        "Holly berries were in the toddler's mouth when the pharmacist looked into the pram.",
        "A holly wreath hung on the pharmacy door during the December visits.",
        "Scratches on the cheek came from a holly bush, the mother said.",
        "The waiting-room tree was decorated with holly and paper snowflakes.",
        "Holly leaves had scratched the cornea, the optometrist was told.",
        "Cuttings of holly were in the bag the child carried into the clinic.",
    ],
    "ruby": [
        "Ruby-red gums around the lower incisors suggested gingivitis.",
        "The lenses had a ruby tint, not the prescribed blue.",
        "The grandparents' ruby wedding party was the reason given for the missed GA.",
        "The mouthwash was ruby in colour, and the child drank the whole bottle.",
        "A ruby ring had been pawned, the father told the keyworker, to pay a dealer.",
        "Ruby-coloured iron syrup had been spilt across the kitchen floor.",
    ],
    "daisy": [
        "Daisy stickers were given to the child after each filling.",
        "The dental suite at the children's centre is called the daisy room.",
        "A daisy-print eye patch was supplied in place of the plain one.",
        "The child wore daisy-patterned glasses that had been snapped at the bridge.",
        "Upsy Daisy plasters covered both knees at the sight test.",
        "Daisy chains made in the clinic garden were the reward for wearing the aids.",
    ],
    "summer": [
        "Summer holidays were when the methadone pick-ups became erratic.",
        "Over the summer no one brought the child for the hearing aid review.",
        "Summer 2022: three GA lists cancelled because of staff shortages.",
        "A summer-born child, the boy was the youngest in the class and could not see the board.",
        "The summer term school screening found reduced vision in the right eye.",
        "Late summer was the last time the pharmacy saw the mother.",
    ],
    "joy": [
        "Joy at the new glasses was obvious when the child read the chart.",
        "The mother showed no joy when told the aids were ready.",
        "Joysticks and game controllers filled the waiting room.",
        "To the child's joy, the brace came off early.",
        "There was no joy from the phone number on the recall list.",
        "Joyriding convictions were listed on the pharmacy's risk note.",
    ],
    "dawn": [
        "Dawn raids on the flat found stockpiled methadone bottles.",
        "The child was awake before dawn with toothache, the grandmother said.",
        "It dawned on the pharmacist that the same girl had asked for the pill three times.",
        "From dawn the baby was left with the 12-year-old, who brought her to the chemist.",
        "At dawn the toothache woke the whole household, the mother reported.",
        "Dawn light was too bright for the child after the dilating drops.",
    ],
    "ivy": [
        "Ivy had grown over the house number, so the recall letters went astray.",
        "Ivy leaves in the child's mouth were spat out at the counter.",
        "The clinic's ivy-covered entrance was hard to find, the family said.",
        "The ivy on the porch hid a key safe that the carers used.",
        "Berries from the ivy in the yard were found in the toddler's nappy.",
        "An ivy-patterned dressing gown was all the child wore on the visit.",
    ],
    "jack": [
        "A jack plug fault on the hearing aid streamer was reported.",
        "Jack-in-the-box toys were used to test the toddler's hearing in the booth.",
        "The headphone jack on the audiometer was faulty, so the test was abandoned.",
        "A car jack was used to force the pharmacy shutter, the police said.",
        "The father called himself a jack of all trades and was paid in cash.",
        "Jack-knifed lorries on the bypass made the family late for the GA list.",
    ],
    "robert": [
        "The pharmacy was robbed twice in the year, both times for pregabalin.",
        "Robbery of the delivery driver led to a change in the methadone round.",
        "Older boys would rob the younger pupils of their dinner money, the school nurse said.",
        "He admitted robbing the till to pay a dealer.",
        "Robbing a supervised dose (holding it in the mouth to sell) was suspected.",
        "The clinic had been robbed of its loan hearing aids.",
    ],
    "frank": [
        "Frank decay on every molar was visible without a mirror.",
        "The dentist had a frank conversation with the mother about sugary drinks.",
        "Frankly, the recall system had failed this family.",
        "A frank discussion about overdose risk was held at the counter.",
        "Frank pus was draining from the abscess above the upper left incisor.",
        "The girl was frank about having had unprotected sex twice that week.",
    ],
    "miles": [
        "The nearest NHS dentist taking children was 40 miles away.",
        "Miles of bus journey put the family off the hearing clinic.",
        "The mother walked two miles each morning for the supervised dose.",
        "The school was miles from the pharmacy, so collection before lessons was impossible.",
        "At 60 miles an hour without his glasses the father was a danger on the road.",
        "The only audiology clinic with a paediatric booth is 25 miles away.",
    ],
    "dean": [
        "The postgraduate dental dean was told of the trainee's concern.",
        "The associate dean approved extra supervision for the foundation dentist.",
        "The dean of the dental hospital signed the complaint response.",
        "The faculty dean suspended the student optometrist's placement.",
        "A rural dean offered the church hall for a pop-up dental clinic.",
        "Deanery records show the trainee raised the concern in writing.",
    ],
    "marsh": [
        "The delivery van could not reach the farm across the flooded marsh.",
        "Marshmallows were the child's usual reward at home, the mother said.",
        "Salt marsh surrounds the travellers' site, and the dental van could not park there.",
        "The toddler was found at the edge of the marsh with an empty bottle of paracetamol.",
        "The caravan on the marsh had no post box, so recall letters never arrived.",
        "Across the marsh the nearest pharmacy is an hour's walk.",
    ],
    "hill": [
        "The surgery is at the top of a steep hill, too much for the mother with the pram.",
        "Hill farms in the area lie outside the pharmacy delivery zone.",
        "Hill walking with the school was cancelled because the child could not see the path.",
        "The hearing aid was lost on the hill behind the school.",
        "Hillside flats have no lift, and the delivery driver refused to climb.",
        "Down the hill from the dental clinic is the hostel where the family stays.",
    ],
    "wood": [
        "Wooden tongue depressors were used for the examination.",
        "The child had bitten on a piece of wood and chipped an incisor.",
        "A wood splinter was removed from the eyelid at eye casualty.",
        "Wood smoke in the caravan irritated the child's eyes, the optometrist noted.",
        "Dead wood on the recall list: 400 patients not seen in years.",
        "The chair's wood-effect armrest was where the child hid the tablets.",
    ],
    "stone": [
        "The girl had lost a stone since the last dental visit.",
        "A stone thrown at the pharmacy window shattered the glass.",
        "Kidney stones were the reason given for the codeine requests.",
        "The dental lab poured a stone model of the upper arch.",
        "Stone models and photographs were sent with the referral.",
        "The surgery is a stone's throw from the flat, yet no child was registered.",
    ],
    "bell": [
        "The pharmacy door bell was rung at 08:55, before opening.",
        "Nobody answered the bell at the recall visit.",
        "Bell's palsy was the father's explanation for the drooping eye.",
        "The bell on the dental reception desk went unanswered during lunch.",
        "Bells were used in the distraction test for the baby's hearing.",
        "The aid whistles like a bell when it falls out of the ear, the teacher said.",
    ],
    "brown": [
        "Brown staining covered the upper front teeth.",
        "Brown paper bags held a week of dispensed doses, one for each day.",
        "A brown glass bottle of methadone was found in the child's bedroom.",
        "The child's eyes are brown, and no squint was found on cover test.",
        "Brownish fluid drained from the ear canal.",
        "The dentist described the lesions as soft and brown, with cavitation.",
    ],
    "green": [
        "Green discharge from both ears had been present for weeks.",
        "The green FP10 had been altered in a different pen.",
        "Green stain on the upper incisors was noted at the check-up.",
        "Green: no concerns (school nurse hearing screen result).",
        "The colour vision test showed the boy confuses red and green.",
        "A green light on the hearing aid showed it was switched on.",
    ],
    "lamb": [
        "Lamb was the only food the child would chew, the foster carer said.",
        "Lambing season kept the parents on the farm, and every appointment in March was missed.",
        "A toy lamb was held through the whole hearing test.",
        "Meek as a lamb in the dental chair, the boy became distressed when the father came in.",
        "In the toy test the child confused lamb and man at 40 dB.",
        "A lamb's-wool blanket was laid over the dental chair for sensory reasons.",
    ],
    "fox": [
        "A fox had ripped open the bag of dental waste left outside the clinic.",
        "The child's fox soft toy went into theatre with her.",
        "Foxgloves grow by the back door, and the toddler had been seen eating the flowers.",
        "The frames chosen were orange, the colour of a fox, the child said.",
        "A fox on the road was the reason the delivery driver gave for the late drop.",
        "The fox sticker chart for brushing was never filled in.",
    ],
    "banks": [
        "Food banks in the town do not stock toothpaste, the family support worker said.",
        "The river burst its banks and the clinic was closed for a week.",
        "Banks of lockers at the pharmacy let patients collect without speaking to staff.",
        "Toothbrush banks run by the school supplied the family for a year.",
        "Banks had stopped the mother's card, so the private prescription went unpaid.",
        "Hearing aid batteries are kept in banks of numbered drawers at the clinic.",
    ],
}

SEVENTYSIXTH_UNLISTED = [
    "{U}, the locum pharmacist, signed the CD register that day.",
    "Dr {U}, consultant in paediatric dentistry, listed the child for GA.",
    "The methadone was collected by {U}, who gave an address in {T}.",
    "Mrs {U} at the opticians in {T} sent the recall letters.",
    "The audiology department at {T} discharged the child in the spring.",
    "Prescriber: {U} (independent prescriber, {T} Health Centre)",
    "Supervised by: {U}\tWitness: counter staff",
    "The friend who came in for the pill with her, {U}, was also 14.",
    '"{U} said I had to take it in front of him," the girl told the pharmacist.',
    "The child's uncle, {U}, brought the boy to the dental access centre in {T}.",
    "Recall letters went to an old address in {T} for two years.",
    "Checked by: {U} | Role: accuracy checking technician",
    "The orthodontic practice in {T} wrote twice, and a man called {U} replied for the family.",
    "{U} from the hearing aid charity said the aids had been sold online.",
    "A partner known as {U} was listed on the repeat collection log.",
    "St {U}'s Hospital audiology department made the referral to the CDS.",
]
