"""Fifty-seventh sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1435 lines, then printed with sed -n in three ranges, lines 1-400, 400-800 and 800-1435,
rather than with cat; not imported), for the format: the {P}, {U} and {T} placeholders (a person
template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space and line breaks stripped,
ends in a full stop, so a name after "Name:", "cc:", "Re:", a pipe, a slash, a bracket or a quote
mark keeps the case it was given), the word-names and the other name lists (plain given names,
street trees, the syllables of invented surnames and towns, the first names it gives unlisted
people), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way
it marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, so "will," gets no span, "bill" for William when there is no "will ", and "rob"
for Robert); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare
name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other title is
put before {U} or {P}, and a dispensing label never prints "MR" or "MS" before the placeholder),
and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder and
joins templates with a single space, so no literal brace appears in any sentence here and the line
breaks of labels, stickers, chart entries and letter heads are written into a template as "\\n".
The first 45 lines (the headers) of the fifty-third, fifty-fourth, fifty-fifth and fifty-sixth
families, read with head -45 in one shell loop, and nothing else of them; none of those modules
was imported. The [tool.ruff] table of pyproject.toml, printed with sed up to the heading of the
next table, for the line length (100). The absence of this file was tested with test -e and the
presence of .venv/bin/ruff with test -x; no directory was listed, and the fifty-eighth family,
being written at the same time, was not looked at. A throwaway checker in /tmp parsed this file
alone (with ast) to confirm each ordinary span's first match and the absence of listed substrings.
The generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan" and the like) are kept out of every sentence here as whole words, from general knowledge, so a
first-aid box is never a kit, food is never iron-rich and a grandmother is never a nan. Words that
merely contain a word-name, a plain given name or a street tree are kept out of every sentence but
the ones written for that word, which matters in this genre more than most: a dispensing label is a
"label" but never "labelled" (which holds "bell"), a wetting child has no "bladder" (which holds
"alder"), there is no "antimicrobial", "aerobic", "probiotic" or "Diprobase" (which hold "rob"), no
"problem", "probably" or "probation", no "epidemic", "pandemic" or "academic" (which hold "demi"),
no "chamber" for the spacer, no "birthmark", "marked", "remark" or "market", no "milestone" or
"smiles", no "risky", "enjoy", "jacket", "chill", "belly" but the one written for "bell", no
"wholly", "privy", "disgrace", "faithfully", "prosecution" or "arose", and eye colour is never
recorded. The person and unlisted templates carry no "will", "may", "bill" or "summer" at all, so
nothing in them is promised in the future tense, a letter is dated in any month but the fifth, and a
term of untreated head lice is just "a term". In the ordinary sentences an inflection or compound
that holds the word ("hoped", "Hopes", "hopeful", "Marked", "Rosehip", "Billing", "Bills",
"Joyriding", "dawned", "robbed", "Robbery", "Robbing", "Frankly", "Marshland", "Hillside",
"Woodland", "Wooden", "stones", "Belly", "Brownies", "Lambing", "Foxes") is let stand where it is
the first match, and no other word-name appears in a sentence written for one word.

Styles. A child's everyday health outside hospital: the personal child health record (the red book)
with its growth-chart and centile lines, health visitor entries and the 1-year and 27-month reviews;
the child health information system's immunisation status and "was not brought" letters; dental
charts, community dental service lists and dental neglect flags; pharmacy dispensing labels with the
dose and repeat prescription slips; community paediatrics, audiology, orthoptic and optometry
letters with "Re:" and "cc:" lines; school nursing (the height and weight programme, drop-ins,
vision screening, referral forms); the 0-19 service's telephone and text contacts; a GP's coded
entries in a SNOMED-like style with pipes and bracketed semantic tags; and NHS App messages in lower
case without apostrophes, with a lower-case pharmacy log line beside them. Names are joined as these
records join them: after "Name:", "Patient:" or "Parent/carer:", on a line of their own between a
drug and its directions or above a centile, after a prescription number and before the drug in
capitals, before a dose, inside a reference code between slashes, between pipes (the closing one
glued on) beside a concept number, in square brackets before a coded finding, glued to a colon, a
semicolon or a slash, beside an NHS-style number from the 999 test range, a batch number, a
date or a clock time, in possessives (the red book, the toothbrush), in headings in capitals, in
quoted speech and quoted questions, in a text to a parent, after "Dear Parent/Carer of", after "cc:"
and set against a younger brother in the same entry. Unlisted people are the pharmacist, the
orthoptist, the dental therapist, the school nurse, a neighbour who brings a child to clinic without
consent and a consultant after "Dr"; unlisted places are the towns of clinics, branches and health
centres, of a dentist never attended and of a surgery the family left.
"""

FIFTYSEVENTH_PERSON_SENTENCES = [
    "PERSONAL CHILD HEALTH RECORD\nName: {P}\nNHS No: 999 204 7718\nGP: see front sheet.",
    "{P} \u2013 weight 14.2kg (25th centile), height 96cm (9th\u201325th); plotted in red book.",
    "Growth chart entry 18/03/2025: {P}, 11.8kg, crossing down from the 50th to the 9th centile.",
    "{P}\n0.4th centile for weight; referred to community paediatrics for faltering growth.",
    "Imms history for {P}: 6-in-1 x3 given; MMR1 given 13/01/2025; pre-school booster not given.",
    "WAS NOT BROUGHT \u2013 {P} \u2013 12-month immunisations, second missed appointment.",
    "Dear Parent/Carer of {P}, your child was not brought to the immunisation clinic on 04/02/25.",
    "Parent/carer: {P}\nRelationship: mother\nConsent for MenB and PCV: verbal, by phone.",
    "AMOXICILLIN 250mg/5ml oral suspension\n{P}\nGive 5ml three times a day for 7 days. Shake the "
    "bottle well.",
    "{P} 2.5ml twice daily \u2013 CETIRIZINE 5mg/5ml \u2013 dispensed 21/01/2025.",
    "Repeat slip: {P} / Salbutamol 100mcg inhaler / 2 puffs when required / last issued 09/12/24.",
    "Rx 0048812 {P} PARACETAMOL 120mg/5ml 200ml \u2013 handed to a 14-year-old, ID not checked.",
    "Dental chart: {P}, 6 yrs, caries in 8 teeth, two abscesses; parent declined fluoride varnish.",
    "{P}'s toothbrush had never been used, the dental nurse was told by an older sibling.",
    "Community dental service: {P} listed for extractions under general anaesthetic, third "
    "cancellation.",
    "Audiology letter\nRe: {P}\nTympanometry flat (type B) both ears; review with ENT in 3 months."
    "\ncc: GP, parent",
    "cc: {P} (parent)\ncc: School nurse, 0\u201319 team",
    "Orthoptic clinic \u2013 {P} did not attend for the third time; patching not started.",
    "Optometry: {P} needs glasses for reading, +3.50 both eyes; the family say they cannot pay "
    "for frames.",
    "NCMP 2024/25 (Reception) \u2013 {P}: height 109.4cm, weight 24.9kg, BMI 98th centile, letter "
    "sent home.",
    "Height and weight programme letter returned unopened, addressed to the parent/carer of {P}.",
    'School nurse drop-in, 13:10: {P} came in alone asking for "something for toothache".',
    "Vision screening (Year R): {P} failed left eye at 0.3 logMAR; referred to orthoptics.",
    "0\u201319 contact: phone call to {P}; no answer, voicemail left, text sent via the NHS App.",
    'NHS App message from {P}: "cant make tues, kids got chickenpox, can we rebook"',
    "GP coded entry: Child not brought to appointment (situation) \u2013 {P} \u2013 12/11/2024 "
    "\u2013 third this year.",
    "SNOMED 9017760000104 | {P}| Child not brought to appointment (situation)",
    "[{P}] Safeguarding concern (finding) \u2013 alert added to the record by the practice lead.",
    "Patient: {P}  DOB: see header  Allergies: penicillin (rash).",
    "{P}'s red book has not been seen since the 8-week check; the mother says it is lost.",
    "Red book entry (health visitor): {P} \u2013 1-year review, walks with support, no words yet.",
    '"{P} hasn\'t seen a dentist since she was three," the foster carer told the school nurse.',
    "Entry copied from the GP summary: {P}; eczema, asthma, recurrent ear infections, two A&E "
    "attendances.",
    "prescription collected: {P}, 1 x MELATONIN 2mg tablets, 30",
    "Community paediatrics clinic letter\nRe: {P}\nSeen with mum; weight below the 0.4th centile, "
    "bloods requested.",
    "{P} was weighed by the school nurse in socks and vest; new bruising to both shins was noted.",
    "Sticker on the vaccination record: {P} / 999 318 6642 / Batch KX7793.",
    "DNA x3 (dental), {P}, discharged to the GP with a dental neglect flag.",
    "Pharmacy note: {P} asked for the methadone and the child's antibiotics in the same bag.",
    "Hearing aids issued to {P} in October; neither aid was in when seen at nursery.",
    "Immunisation status (0\u201319 audit):\n{P} \u2013 INCOMPLETE\nMMR2 overdue, 4-in-1 overdue.",
    "Medication review, {P}: Movicol one sachet daily, adherence poor, soiling continues.",
    "{P}, 07:45, at the pharmacy counter asking for Calpol without any money.",
    "Ear, nose and throat waiting list: {P} (grommets), position 212.",
    "Health visitor's note: {P} and the baby seen; the baby's centile line has dropped twice.",
    "Emollient prescribed for {P} has not been collected since January.",
    "School nursing referral form \u2013 Name of child: {P} \u2013 Reason: head lice, untreated "
    "for a term, and hunger.",
    "Lost to follow-up: {P}, moved out of area before the 27-month review.",
    "The optometrist wrote to {P} twice about the broken glasses; neither letter was answered.",
    "Pharmacy label \u2013 {P}\nTake ONE 5ml spoonful three times a day\nKeep out of the reach and "
    "sight of children",
    '"Has {P} had the nasal flu spray?" \u2013 no record found on the child health system.',
    "Text to {P}: Your child's dental appointment on 06/03/2025 at 09:30 was missed. Reply 1 to "
    "rebook.",
    "Centile check: {P}, head circumference 98th, weight 2nd \u2013 discussed with the GP, no "
    "action recorded.",
    "Ref CHIS/0457/{P}/IMMS \u2013 reminder letter 2 sent, no reply.",
    "Vaccines given today to the younger brother only; those for {P} were declined at the door.",
]

FIFTYSEVENTH_ORDINARY = {
    "hope": [
        "Hope was expressed at the dental review that the remaining teeth could be saved.",
        "The school nurse had hoped to see the child at the drop-in, but nobody came.",
        "Hopes of catching up on the missed vaccines faded when the family moved again.",
        "The audiologist held out little hope that the hearing would improve without grommets.",
        "There is hope that the new glasses are worn now the frames fit properly.",
        "Hope, the paediatrician wrote, lies in regular meals and a weekly weight.",
        "The GP was hopeful that the eczema would settle with regular emollient.",
    ],
    "grace": [
        "Grace periods do not apply to uncollected prescriptions; the pharmacy returns them.",
        "The practice gave the family a week's grace before removing them from the list.",
        "Saying grace before tea was part of the routine at the foster home, the nurse noted.",
        "She took the dentist's advice with good grace and booked the extractions.",
        "A further month's grace was allowed before the dental practice closed the file.",
        '"By the grace of God the inhaler was in her bag," the teacher said.',
    ],
    "mark": [
        "Mark each dose on the chart, the pharmacist told the grandmother.",
        "A bruise-like mark on the gum was noted at the dental check.",
        "Marked weight loss since the last school measurement was recorded by the nurse.",
        "The growth chart had a pencil mark at 9.2kg, but no date beside it.",
        "The health visitor made a mark on the red book page where the next check was due.",
        "The nurse was asked to mark the vision result as incomplete.",
    ],
    "rose": [
        "The child's temperature rose to 39.4 overnight and the out-of-hours GP prescribed "
        "antibiotics.",
        "Rose-pink gums were seen once the plaque had been cleared.",
        "Weight rose steadily after free school meals were started.",
        "Missed appointments rose from two to seven in the year.",
        "Rosehip syrup was the only medicine the grandmother trusted.",
        "The number of children with decay rose across the estate, the dental survey found.",
    ],
    "may": [
        "May immunisation clinics were cancelled, and the catch-up was never offered.",
        "In May the school nurse measured the whole of Reception.",
        "The child may need glasses, the screening letter said.",
        "Parents may ask the health visitor for a copy of the red book entry.",
        "On 9 May the dentist wrote to the GP about untreated decay.",
        "Tablets may be crushed and mixed with a spoonful of yoghurt.",
        "May 2024: flu spray given in school, consent by form.",
    ],
    "will": [
        "The dental practice will not see the child again without a parent present.",
        "The pharmacist will only hand controlled drugs to a named adult.",
        "Staff will weigh the child each Monday until the paediatric review.",
        "The GP's letter says the practice will review the asthma plan in March.",
        "A will left the grandmother's savings to the children, the foster carer said.",
        "The girl was held down against her will for the fluoride varnish.",
        "Who will take the child to audiology was never agreed.",
    ],
    "william": [
        "The nurse will see the boy at the next drop-in.",
        "Staff will ring the family the day before each clinic.",
        "A will found among the papers named the aunt as guardian.",
        "The dental bill for the private treatment had not been paid.",
        "A bill for the replacement glasses arrived at the school by mistake.",
        "Bills for the private hearing test were left unpaid.",
    ],
    "bill": [
        "A bill for the replacement glasses arrived at the school by mistake.",
        "The dental bill for the private treatment had not been paid.",
        "Bills for the private hearing test were left unpaid.",
        "The optician did not bill the family for the second pair of frames.",
        "The phone bill was in arrears, so texts from the 0\u201319 team went unread.",
        "Billing codes on the GP record showed vaccines claimed but never given.",
    ],
    "amber": [
        "Amber on the school nurse's triage meant a contact within ten working days.",
        "The child health system flagged the record amber after two missed vaccines.",
        "An amber alert sat on the dental record for three years.",
        "AMBER \u2013 review in four weeks, the community paediatrician wrote.",
        "The medicine came in an amber glass bottle with a child-resistant cap.",
        "Amber teething necklaces are not advised, the health visitor reminded the mother.",
    ],
    "sky": [
        "The child drew a grey sky over the house in the school nurse's session.",
        "Sky-blue paper was used for the first missed-appointment letter.",
        "The family's Sky package was paid for while the broken glasses went unrepaired.",
        "Under a dark sky the mother took the baby on two buses to the clinic.",
        "Sky and sea were all the child would draw while waiting for the dentist.",
        "Blood sugars went sky-high after the missed doses, the paediatrician wrote.",
    ],
    "faith": [
        "Faith in the practice had gone after the missed diagnosis, the father said.",
        "Faith: Christian (recorded on the registration form).",
        "The family's faith group paid for the child's glasses.",
        "The health visitor acted in good faith when she shared the growth chart.",
        "Faith leaders were asked to share the measles catch-up message.",
        "Too much faith was placed in the mother's report that the vaccines were done.",
    ],
    "holly": [
        "Holly berries were found in the toddler's mouth; the pharmacist advised calling 111.",
        "The scratches on both arms were from a holly hedge, the mother said.",
        "A sprig of holly was taped to the school nurse's door in December.",
        "Holly leaves had scratched the child's cheek, according to the GP entry.",
        "Scratches from the holly bush were cleaned and dressed at the pharmacy.",
        "Holly and tinsel decorated the dental waiting room.",
    ],
    "ruby": [
        "Ruby-red cheeks were put down to teething, the health visitor wrote.",
        "The lips were ruby red and cracked when the school nurse saw the child.",
        "A ruby-coloured syrup had been given instead of the prescribed one.",
        "Ruby wedding plans took the grandparents away on the day of the dental appointment.",
        "A ruby stud was removed from the child's ear canal at the GP surgery.",
        "The rash on the back was ruby in colour and did not fade under a glass.",
    ],
    "daisy": [
        "Daisy Room is where the 0\u201319 team runs its baby clinic.",
        "The child picked a daisy for the school nurse on the way back from the screening.",
        "The baby's vest had a daisy print and was heavily stained.",
        "A daisy sticker was given for sitting still through the vision test.",
        "Daisy chains were being made on the field while the class waited for the flu spray.",
        "The reception class is called Daisy, and the nurse screened all thirty.",
    ],
    "summer": [
        "Summer birthdays meant the child was the youngest at the height and weight check.",
        "Over the summer the inhaler ran out and was not renewed.",
        "Summer holidays broke the run of dental appointments.",
        "The summer term vision screening was missed because of absence.",
        "By late summer the baby had dropped from the 50th to the 9th centile.",
        "Summer-born and small, the boy sat below the 2nd centile for height.",
    ],
    "joy": [
        "Joy at the new glasses was obvious; the child read every sign on the way out.",
        "The mother described the baby as her pride and joy at the 6-8 week check.",
        "There was little joy in the play, the community paediatrician observed.",
        "Joyriding convictions were on the partner's record, shared with the GP.",
        "The child's joy at hearing clearly after the grommets was noted by the audiologist.",
        "Joy, fear and anger faces were used in the school nurse's session.",
    ],
    "dawn": [
        "Dawn feeds were being left to the 12-year-old, the health visitor was told.",
        "At dawn the out-of-hours doctor saw the child for the ear infection.",
        "The baby had been crying since dawn when the pharmacist saw the mother.",
        "It dawned on the school nurse that the child had worn the same socks all week.",
        "From dusk to dawn the toddler was without the prescribed inhaler.",
        "Dawn was breaking when the ambulance took the child to hospital.",
    ],
    "ivy": [
        "Ivy had grown over the window of the room where the children slept.",
        "Ivy berries were eaten by the toddler, and 111 was called.",
        "The back fence, thick with ivy, hid the garden from the road.",
        "The child's rash was put down to ivy in the garden.",
        "Ivy-covered flats on the estate had damp that worsened the asthma.",
        "Poison ivy is not native here, the pharmacist told the worried father.",
    ],
    "jack": [
        "A Union Jack plaster was on the child's knee, over an untreated wound.",
        "Jack-in-the-box toys were used to test the toddler's hearing.",
        "The car jack in the hallway had cut the toddler's foot, the GP recorded.",
        "The jack plug on the hearing aid charger was broken.",
        "Older boys would jack phones from younger pupils, the school nurse heard.",
        "A jack of all trades, the partner claimed to have fixed the child's glasses himself.",
    ],
    "robert": [
        "The boy was robbed of his inhaler and phone on the way home from school.",
        "Robbery charges against the older brother meant he missed the dental appointment.",
        "Older youths would rob younger children of their dinner money, the school nurse heard.",
        "He admitted trying to rob the pharmacy of codeine.",
        "Robbing the gas meter had left the flat without heating, the health visitor wrote.",
        "The chemist had been robbed twice, so methadone was now kept in a safe.",
    ],
    "frank": [
        "Frank discussion with the mother about the toddler's teeth was recorded by the dentist.",
        "The paediatrician was frank: the weight loss was not medical.",
        "Frankly, the red book had not been filled in since the birth.",
        "A frank letter from the audiologist set out the cost of missed clinics.",
        "The teenager was frank with the school nurse about skipping meals.",
        "The GP gave a frank account of the child's missed immunisations to the review.",
    ],
    "miles": [
        "The orthoptic clinic is eleven miles away, with no direct bus.",
        "Miles from the nearest pharmacy, the family relied on the GP dispensary.",
        "The community dental clinic is three miles from the estate.",
        "The mother walked two miles with the pram to reach the baby clinic.",
        "The accounts of the burn were miles apart, the GP noted.",
        "Miles of unlit lane lay between the farmhouse and the surgery.",
    ],
    "dean": [
        "The dean of the dental school wrote to apologise for the lost referral.",
        "The assistant dean for student welfare referred the young mother to the GP.",
        "A letter from the dean confirmed the student nurse's placement was paused.",
        "The rural dean offered the family a room while the flat was treated for damp.",
        "The Dean's office passed the concern to the university health centre.",
        "The medical school dean chaired the panel on the trainee's conduct.",
    ],
    "marsh": [
        "The caravan sat on marsh land with no running water, the health visitor noted.",
        "Marsh mosquitoes had left bites all over the toddler's legs.",
        "Marshland behind the site flooded, and the family missed the 1-year review.",
        "The boy was found near the marsh after dark without his inhaler.",
        "The road across the marsh was closed, so the dental appointment was missed.",
        "The child drew the marsh and the sea wall in the school nurse's session.",
    ],
    "hill": [
        "The flat is at the top of a steep hill, hard to manage with a double buggy.",
        "Hill walking was suggested by the school nurse for the boy's weight.",
        "The surgery is down the hill from the estate, a twenty-minute walk.",
        "Up the hill from the school is the pharmacy that holds the repeat slips.",
        "The pram ran down the hill and tipped, and the baby grazed her head.",
        "Hillside houses on the estate had the worst damp in the survey.",
    ],
    "wood": [
        "Wood smoke from an open fire was linked to the asthma by the GP.",
        "A splinter of wood was removed from the child's palm at the pharmacy.",
        "Woodland behind the school is where the pupils go to vape, the school nurse heard.",
        "The wood burner had no guard, and the toddler had a burn to the hand.",
        "Bits of wood and broken toys covered the floor of the bedroom.",
        "Wooden spoons were used to give the medicine, so the dose was never measured.",
    ],
    "stone": [
        "The teenager had lost a stone since the last school nurse contact.",
        "Stone floors made the cottage cold, and the baby's chest was worse in winter.",
        "A kidney stone kept the mother in hospital, and nobody took the child to clinic.",
        "Weight in stones and pounds was all the mother could give; the nurse converted it.",
        "The bath water was stone cold, the child told the school nurse.",
        "Stone-faced, the boy sat through the dental check without a word.",
    ],
    "bell": [
        "The door bell was broken, so the health visitor knocked and left a card.",
        "A bell-shaped curve, the paediatrician said, shows where most children sit.",
        "The bell for lunch went and the child hid from the school nurse.",
        "Nobody answered the bell at the 0\u201319 team's second attempt.",
        "Belly pain was the reason for most of the drop-in visits.",
        "A bell on the pharmacy counter summoned the pharmacist.",
    ],
    "brown": [
        "Brown staining on the front teeth was recorded as early decay.",
        "The baby's bottle held brown, sweetened tea, the health visitor observed.",
        "Brown medicine bottles from three pharmacies were found in the bedroom.",
        "A brown envelope from the dental hospital lay unopened on the mat.",
        "The bruise had faded to brown by the time the school nurse saw it.",
        "Brownies on Tuesday nights was where the girl's hearing aid went missing.",
    ],
    "green": [
        "Green mould was growing on the wall above the cot.",
        "A green prescription bag was left at the pharmacy for three weeks.",
        "Green: no concerns, on the school nurse's traffic-light triage.",
        "The child's green lunchbox was empty at every check.",
        "A green discharge from the ear was noted by the GP.",
        "The green card from the pharmacy showed the dates the medicine was collected.",
    ],
    "lamb": [
        "Lamb and potatoes was the only meal the child would eat, the foster carer said.",
        "A toy lamb lay in the cot with loose blankets, and the health visitor advised removing "
        "both.",
        "Lambing season kept the father on the farm, so the 2-year review was missed.",
        "The child's hearing was checked with a toy lamb that squeaked.",
        "A lamb's-wool fleece under the baby was against safe sleep advice.",
        "Gentle as a lamb at the dentist, the girl was said to scream at home.",
    ],
    "fox": [
        "A fox had torn open the clinical waste bag left outside the flat.",
        "The child was frightened of the fox in the yard and would not play outside.",
        "Fox bites are rare, the GP told the father, but the wound needed antibiotics.",
        "The child's favourite toy, a fox, went into the dental chair with her.",
        "Foxes in the bins had scattered the used needles, the health visitor reported.",
        "A fox sticker was added to the vision screening card.",
    ],
    "banks": [
        "Food banks supplied most of the family's meals that winter, the school nurse learned.",
        "Banks and pharmacies were shut over the holiday weekend, so the antibiotics ran out.",
        "The canal banks are where the older boy smoked, he told the drop-in.",
        "The river burst its banks and the baby clinic was moved to the library.",
        "Nappy banks at the children's centre were used every week.",
        "Debts to two banks were listed in the early help assessment.",
    ],
}

FIFTYSEVENTH_UNLISTED = [
    "Dr {U}, community paediatrician, saw the child at the {T} clinic.",
    "Dispensed by {U} (pharmacist) at the {T} branch.",
    "Mrs {U}, the school nurse, ran the drop-in on Thursdays.",
    "cc: Dr {U}, consultant audiologist",
    "Orthoptist: {U}\nClinic: {T} Health Centre",
    "The family registered with a dentist in {T} but never attended.",
    "St {U}'s Community Dental Clinic sent the third letter.",
    "The child was brought to the vaccination clinic by {U}, a neighbour, without written consent.",
    "Prescription collected by {U} (signature on the back of the form).",
    '"{U} from the pharmacy rang about the unused inhalers," the mother told the GP.',
    "Letter from {U}, optometrist, {T}: glasses ordered, not collected.",
    "Seen at the walk-in centre in {T} by {U}, advanced nurse practitioner.",
    "Immunisations were given at a surgery in {T} before the family moved.",
    "{U}, the dental therapist, had raised the neglect concern in 2023.",
    "School nurse: {U}\nBase: {T} Clinic\nCaseload: 1,900 pupils",
    "Text from {U} via the NHS App: the child is now living with her in {T}.",
]
