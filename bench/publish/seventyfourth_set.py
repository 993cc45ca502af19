"""Seventy-fourth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with wc
-l, 1487 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml from
its heading to the heading of the next table, for the line length, 100; then printed with sed -n in
four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1487; it was not
imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P}
alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text already written, stripped of trailing white space and line breaks, is empty or ends in a
full stop, so a name after "NAME:", "RE:", a tab, a pipe or a quote mark keeps the case it was
given), the word-names and the other name lists (plain given names, street trees and suffixes, the
words of nursery names, the syllables of invented surnames and towns, the first names it gives
unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert, so every "will" here has a space after it, "miles" and "banks" are
written in full, and no "probe", "problem", "microbiology", "wardrobe", "milestone", "smiles",
"chamber", "risky", "enjoy", "jacket", "belly", "chill", "arose", "roseola", "wholly", "marshal" or
"remarked" stands in any sentence here); the forms it gives {U} (a first name, a surname, both, or
"Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr
{U}", so no other title, rank or role, "PC", "DC", "Sister", "Nurse" and "Nanny" included, is put
directly before {U} or {P}, though exhibit labels and statements often print one), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the fields of a
label, a request form, a radiology header, a continuity log and a table of injuries are written
into a template as "\\t", "\\n" and pipes. The first 45 lines (the headers) of the sixty-ninth,
seventieth, seventy-first and seventy-second families, read with head -45 in one shell loop, and
nothing else of them; none of those modules was imported. The absence of this file was tested with
test -e and the presence of .venv/bin/ruff with test -x, in one command; no directory was listed,
git was not run, no README, word list, test or source module and not the benchmark runner was
opened, and the seventy-third family, being written at the same time, was not looked at. A
throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the project; the
name lists it checks against were copied by hand from the printed corpus.py) for stray braces and
placeholders, for a title before {P} or {U}, for the keys and the count of sentences per key, for
each ordinary span falling on the start of the intended word (it repeats the generator's
first-substring rule), for a second match of the word in the same sentence, for any other
word-name, plain given name, street tree, nursery word or unlisted first name anywhere in a
sentence, for a capitalised street suffix, for line lengths and for non-ASCII characters; it was
tried once on a deliberately faulty scratch copy to see that it catches what it should. The
generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo", "ty",
"cal", "jon", "nan", "kat", "daz" and "jim" as whole words; "nate", "beth", "chris", "tony",
"rick", "dick", "bert", "kate", "kath", "billy", "bobby", "robbie", "robin", "rosie", "gracie",
"maisie", "frankie", "jackie", "tally", "telly", "ellie", "katie", "libby", "betty", "kitty",
"eliza", "jonny" and "willie" as parts of words too, so no "accidentally", "neonate", "laminate",
"rickets" or "Christian") are kept out of every sentence here.

Styles. The papers of the medical and forensic evidence in a suspected abuse case, as they record
the people of the case. Person templates put the name in a "NAME:" field followed by a tab and a
hospital number; under a "Surname, forename(s):" label; on the second line of an upper-case report
heading ("CHILD PROTECTION MEDICAL REPORT", "SKELETAL SURVEY"), a lab request form and a letter to
a radiologist ("RE:"); on exhibit labels and seals with officers' initials, exhibit references
(DK/3, HD/5, LM/2) and bag seal numbers; as the donor of a reference or hair sample; as the owner
of a seized item; in a photograph log with a scale and colour chart; in a body map key and a table
row of injuries between pipes; on a line of its own before a numbered finding; in brackets after a
scan ("CT head (...):"); in a continuity log ending "Subject:"; in attendee lists and action logs
of a forensic strategy meeting; in the expert's summary and the paediatrician's opinion on the
explanation ("the account given by ... does not explain"); in verbatim and reported explanations in
quotation marks; with a role in brackets ("(mother)", "(partner)") or after a comma; in consent and
ID-band checks; in statement and interview entries; and once as a label before a family history and
once in a question. Ordinary uses put each word-name where such papers meet it: medical terms
("frank blood", "ruby-red petechiae", "amber-coloured urine", "green-top tube", "brown
discolouration"), bite and pen marks and body map keys, months and the modal "may", "will" in
directions and a seized will, bills and a billhook, amber glass bottles and a teething necklace,
scene, soil and fibre evidence (marsh mud, ivy, holly, a fox hair, lambswool, wood splinters, a
stone floor, canal banks, a hill), faith recorded on a form, a deanery and a postgraduate dean, a
door bell camera, a dawn raid, a car jack, a robbery put forward as an explanation, the miles
exhibits travel, form labels ("Hope:", "May:", "Faith:", "Joy:"), idioms ("miles apart", "no joy",
"good grace", "green light") and inflections ("Marks", "Hopes", "Frankly", "dawned", "Wooden",
"Joysticks", "Billing", "Robbery", "lambing", "Deanery", "hillside", "Marshland"). Unlisted
templates name a second-opinion radiologist, an ophthalmologist, a defence expert, a childminder, a
neighbour, a babysitter, a family friend, a medical photographer and a laboratory analyst and
receptionist, and the towns of a police property store, a forensic laboratory, a trauma centre and
a general hospital.
"""

SEVENTYFOURTH_PERSON_SENTENCES = [
    "NAME: {P}\tHOSP NO: RX4471920\tWARD: children's assessment unit",
    "Surname, forename(s): {P}\nRelationship to child: as recorded on the referral",
    "CHILD PROTECTION MEDICAL REPORT\nSubject: {P}\nReferral source: police, section 47",
    "Examination of {P} began at 15:10 in the presence of the allocated social worker.",
    "Exhibit DK/3 - swab, left cheek, taken from {P} - bag seal 00481326 - sealed DK 21:42.",
    "Label: DNA reference sample (buccal), donor {P}, taken by the FME at 21:05.",
    "Item 2: sleepsuit, white, staining at the collar; seized from the cot; owner {P}.",
    "Body map, page 2 of 3 (posterior view), completed for {P} by the examining registrar.",
    "Photo 14 of 31: {P}, left buttock, with ABFO No. 2 scale and colour chart in frame.",
    "Clinical photographs of {P} were taken by the medical photographer, images 1 to 23.",
    "SKELETAL SURVEY\nPatient: {P}\nClinical details: ?NAI, bruising to the right pinna",
    "Radiology report - {P} - healing posterior rib fractures, left 6th to 8th, with callus.",
    "CT head ({P}): thin left-sided subdural collection; no skull fracture identified.",
    "Retinal examination of {P} by the paediatric ophthalmologist showed no haemorrhages.",
    "Bloods for {P}: FBC, clotting screen, bone profile, vitamin D and PTH, sent at 17:30.",
    "Urine toxicology, {P}: cocaine metabolite detected, confirmed by the reference laboratory.",
    "Hair strand test (3 x 1cm segments), donor {P}: cannabis detected in all segments.",
    "Lab request form\nPatient: {P}\nSpecimen: blood, EDTA\nChain of custody form attached: yes",
    "Continuity: bag handed over by {P} at 14:35, seal intact, to the exhibits officer.",
    "{P}\nLeft forearm: two parallel linear bruises with central sparing, 4cm apart.",
    "Injury 4 | {P} | left upper arm | three oval bruises, 1.0 to 1.5cm, blue-purple",
    'Explanation (verbatim, {P}): "She must have caught her arm in the cot bars."',
    '"{P} was on the bed and just rolled off onto the floor," the father told the triage nurse.',
    "{P} said the burn happened when the toddler grabbed the hair straighteners from the bed.",
    "According to {P}, the baby had been unsettled for two days and off her feeds.",
    "{P} (mother) noticed the swelling on waking and gave paracetamol at 06:00.",
    "{P} (partner) was alone with the baby between 13:00 and 17:30 on the day in question.",
    "{P}, the maternal grandmother, gave an account that matched the mother's in every detail.",
    "Consent for photography signed by {P}, who holds parental responsibility.",
    "{P} declined consent for photographs of the back, and this was respected.",
    "{P} refused a repeat skeletal survey at 11 days, and the local authority sought legal advice.",
    "In my opinion the account given by {P} does not explain the pattern of bruising seen.",
    "The fracture of the right femur in {P} is unlikely to have been caused by a fall from a sofa.",
    "Expert summary: I have been asked to comment on the injuries sustained by {P} in March 2026.",
    "The paediatrician's opinion was shared with {P} in the relatives' room, a nurse present.",
    "Forensic strategy meeting\nAttendees: DS (chair), named doctor, {P}, social worker",
    "Action 3: obtain the GP and health visiting records for {P} from birth (owner: DC).",
    "Timeline of carers for {P} in the 72 hours before presentation, compiled by the police.",
    "MG11 statement of {P}; exhibits produced: RJ/1 to RJ/4.",
    "Interview under caution: {P} gave a prepared statement and made no further comment.",
    "Fingernail scrapings from {P} were taken by the FME and sealed as exhibit HD/5.",
    "{P} demonstrated with a doll how the baby was being held when she went floppy.",
    "{P} had attended ED twice before with minor head injuries (see attendance summary).",
    "Sibling examination - {P}, aged 4 - no fresh injuries; healed scars on both knees.",
    "Health visiting record: entries by {P} on 4 and 18 February describe no bruising.",
    "Continuity log\n21:40 exhibit sealed\n22:05 handed to DC\nSubject: {P}",
    "TO: consultant radiologist\nRE: {P}\nQuery: metaphyseal lesions, both tibiae?",
    "ID band checked against the referral: {P}, hospital number and date of birth correct.",
    "{P} was told of the findings by the consultant, with the social worker present.",
    "Mobile phone belonging to {P} seized as exhibit LM/2, seal 44019823, signed LM 02:14.",
    "The DNA on the strap of the bouncer chair could not exclude {P} as a contributor.",
    "Was {P} asked about the earlier bruise to the ear? The medical report is silent.",
    "{P}: no known bleeding disorder in the family, no easy bruising, no prior fractures.",
]

SEVENTYFOURTH_ORDINARY = {
    "hope": [
        "Hope of a full DNA profile rests on the swab taken from the cup.",
        "The laboratory held out hope that a partial profile could be recovered from the sleeve.",
        "The radiologist saw no hope of dating the rib fractures to within a week.",
        "Hope: that the repeat survey at 11 days settles the question of the metaphyseal lesion.",
        "In the hope of preserving trace evidence, the clothing was bagged before the examination.",
        "Hopes of agreeing the timing between the experts faded at the meeting.",
        "We hope to report the toxicology within ten working days, the laboratory wrote.",
    ],
    "grace": [
        "No grace period is allowed for the late submission of exhibits under the contract.",
        "The consultant conceded the point with good grace under cross-examination.",
        "A week's grace was given to the defence expert to file the addendum report.",
        "Grace was being said at the table, the foster carer recalled, when the child flinched.",
        '"By the grace of God the skull was not fractured," the grandmother said.',
        "Counsel asked for, and was refused, a further day's grace to read the radiology.",
    ],
    "mark": [
        "Mark each exhibit bag with the officer's initials and the time of sealing.",
        "A curved mark on the left cheek matched the outline of an adult hand, in her opinion.",
        "Marks on the inner upper arms were photographed with a scale and a colour chart.",
        "Body map key: X = mark of uncertain cause; O = bruise; / = abrasion.",
        "By the two-week mark periosteal new bone was clear on the repeat films.",
        "Bite mark: oval, 3.5cm across; the distance between the canines suggests an adult.",
        "A pen mark had been drawn round the bruise on the skin so that its spread could be seen.",
    ],
    "rose": [
        "The temperature rose to 38.9 overnight, and the blood cultures were repeated.",
        "Rose-coloured staining on the pillowcase was sent for a presumptive blood test.",
        "Creatine kinase rose sharply on day two, in keeping with muscle injury.",
        "The count of bruises rose from four to eleven between the two examinations.",
        "Her heart rate rose to 180 when the partner came into the bay.",
        "Concern rose when the retinal findings were reported.",
        "A cutting from the rose bush by the gate was taken for comparison with the scratches.",
    ],
    "may": [
        "May 2026: repeat skeletal survey, no new fractures seen.",
        "The bruising may have come from a firm grip, but a fall could not be excluded.",
        "On 3 May the exhibits were collected from the hospital by the exhibits officer.",
        "In May the defence instructed its own paediatric radiologist.",
        "Fractures of this kind may take two to three weeks to show callus.",
        "May: repeat survey; June: experts' meeting; July: final hearing (as directed).",
        "A low vitamin D level may explain part of the picture, but not the rib fractures.",
    ],
    "will": [
        "The laboratory will not test the swabs until the submission form is signed.",
        "The second set of photographs will be taken after 48 hours to see how the bruises evolve.",
        "The child was not examined against her will at any point, the report records.",
        "The expert will give evidence by video link on the second day of the hearing.",
        "Who will sign the continuity log became a dispute between the two forces.",
        "The grandfather's will was among the papers seized from the flat.",
        "Results will follow by secure e-mail, the toxicology laboratory said.",
    ],
    "william": [
        "The hospital will keep the original images; copies go to each expert on disc.",
        "Against his will the father gave a DNA sample after being charged.",
        "The bill for the second radiology opinion was shared between the parties.",
        "Neither parent will be present when the child is examined, the strategy meeting decided.",
        "A hospital bill from a clinic abroad showed an earlier fracture had been treated there.",
        "Billing for the expert's report was capped at the legal aid rate.",
    ],
    "bill": [
        "The bill for the urgent toxicology was queried by the finance team.",
        "Billing codes on the ED record show the child was triaged as a minor injury.",
        "A billhook from the shed was seized and examined for blood.",
        "The expert's bill exceeded the estimate approved by the court.",
        "Hospital bills from a private clinic showed an earlier fracture was treated abroad.",
        "An unpaid gas bill in the hallway bore the partner's fingerprint, the lab reported.",
    ],
    "amber": [
        "Amber beads from a teething necklace were removed from the baby's neck in ED.",
        "The safeguarding flag on the ED system was set to amber after the second attendance.",
        "The toxicology samples were kept in amber glass bottles, out of the light.",
        "Amber-coloured urine in the nappy was sent for myoglobin.",
        "Rated amber at the forensic strategy meeting: a further medical opinion is needed.",
        "An amber street lamp outside made the colours in the scene photographs unreliable.",
    ],
    "sky": [
        "The sky-blue sleepsuit worn on arrival was seized and bagged.",
        "Scene photographs taken under an overcast sky show the patio was wet.",
        "Sky viewing records were checked against the partner's account of watching football.",
        "The child drew a sky full of black birds during the session with the psychologist.",
        "Under a clear sky the temperature fell to minus four, the Met Office confirmed.",
        "Sky-high carboxyhaemoglobin levels were found in both children after the fire.",
        "The sky was light by the time the forensic team left the address.",
    ],
    "faith": [
        "Faith: Muslim; no objection to examination or photographs by a female doctor.",
        "The experts accepted the parents' account in good faith until the second fracture.",
        "Faith in the timings was low, as the phone clock ran eleven minutes slow.",
        "The mother's faith forbids examination by a male doctor, so a female registrar was found.",
        "The court placed more faith in the treating clinicians than in the retained expert.",
        "Faith-based objections to the skeletal survey were discussed and resolved.",
        "Faith leaders were not told about the examination, at the mother's request.",
    ],
    "holly": [
        "Scratches on the shins were put down by the mother to the holly hedge at the front.",
        "Holly leaves caught in the child's hair were bagged as a separate exhibit.",
        "The small punctures could be holly scratches, as claimed, the paediatrician thought.",
        "A sprig of holly on the front door shows in the December scene photographs.",
        "Holly berries were found in the toddler's vomit in the car.",
        "Cuts from a holly bush do not explain a tramline bruise, the report says.",
    ],
    "ruby": [
        "Ruby-red petechiae were seen on the face and neck above the collar line.",
        "Ruby-coloured staining on the carpet gave a positive presumptive test for blood.",
        "The lips were ruby red, and carbon monoxide poisoning was considered.",
        "The mother's ruby earring was found in the cot and seized.",
        "A ruby ring worn by the partner was examined for blood around its setting.",
        "Ruby wedding photographs from the grandparents' party dated an earlier bruise.",
    ],
    "daisy": [
        "A daisy-print sleepsuit was seized from the laundry basket.",
        "The sandal's plastic daisy was compared with the patterned bruise on the thigh.",
        "The child picked a daisy from the hospital garden after the examination.",
        "The teething toy, a rubber daisy, was seized and swabbed for saliva.",
        "Bruises in a row, like a daisy chain, were seen on the upper arm.",
        "Daisy-chained extension leads in the flat were noted by the fire investigator.",
    ],
    "summer": [
        "Summer clothing in January: the child arrived in a vest and shorts, triage recorded.",
        "Over the summer the repeat skeletal survey was delayed by staff shortages.",
        "Summer 2025: spiral fracture of the left humerus, accepted as accidental at the time.",
        "During the summer holidays the bruising was first seen by the childminder.",
        "Sunburn from a day out in the summer heat was put forward as the cause of the blisters.",
        "The late summer light made the colour of the bruises in the photographs unreliable.",
        "A summer-born baby, she was seven months old when the fractures were found.",
    ],
    "joy": [
        "Joy at the baby's recovery was tempered by the radiologist's findings.",
        "The foster carer described the baby's joy at bath time, with no flinching.",
        "There was no joy in getting the ED records released without a court order.",
        "Joysticks and a games console were seized from the bedroom for download.",
        "The mother showed no joy or warmth toward the baby during the examination.",
        "A joyride in a stolen car ended in the crash that injured both boys.",
        "Joy: one of the feelings cards the paediatrician used to help the child talk about pain.",
    ],
    "dawn": [
        "Dawn raid: the warrant was executed at 06:10 and the partner's clothing was seized.",
        "At dawn the garden was photographed again in daylight.",
        "The injuries were said to have happened before dawn, while the baby was being fed.",
        "Dawn feeds were done by the partner, according to the mother's account.",
        "It dawned on the registrar that the same hospital number had been used twice.",
        "From dusk to dawn the child was alone with the father, the phone data showed.",
    ],
    "ivy": [
        "Ivy leaves caught in the clothing supported the account of a fall in the garden.",
        "The wall the child was said to have fallen from was covered in ivy.",
        "Poison ivy does not grow wild here, the dermatologist noted, so that explanation failed.",
        "Ivy-covered railings at the back of the property were examined for fibres.",
        "Sap from ivy can cause a contact rash, and this was considered in the differential.",
        "Ivy had been cut back from the window by the time the scene was examined.",
    ],
    "jack": [
        "A car jack was seized from the boot and examined for blood and hair.",
        "The jack handle was considered as the implement behind the linear bruise.",
        "Jack-knifed on the trolley, the child would not let the doctor feel her abdomen.",
        "Union Jack shorts were the only clothing recovered from the bathroom.",
        "The phone jack in the hallway had been pulled out of the wall.",
        "A jack plug from the games console was found under the cot mattress.",
    ],
    "robert": [
        "The partner said he was robbed on the way home, hence the blood on his trainers.",
        "The father blamed a robbery for his injuries, but the bruising pattern did not fit.",
        "He was interviewed about the robbery and the child's injuries separately.",
        "The robber's blood on the broken glass was matched to a man with no link to the family.",
        "Robbery at knifepoint was the partner's account of the cut to his hand.",
        "Officers believed the phone had been robbed from a teenager in the park.",
    ],
    "frank": [
        "Frank blood in the nappy prompted an urgent surgical opinion.",
        "The consultant was frank that the fracture could not be dated precisely.",
        "Frank haematuria on arrival led to an abdominal CT.",
        "In a frank exchange at the strategy meeting, police said exhibits had been mishandled.",
        "Frankly, the explanation offered does not fit the injury, the expert concluded.",
        "The retinal haemorrhages were frank and extended to the periphery.",
        "A frank discussion of the findings with both parents took place in the quiet room.",
    ],
    "miles": [
        "The specimens travelled forty miles to the reference laboratory in a cool box.",
        "The parents' accounts of the fall were miles apart.",
        "The nearest specialist centre is sixty miles away, so the CT was reported remotely.",
        "The exhibits officer drove 120 miles to collect the sealed bag from the other force.",
        "Miles from the nearest hospital, the family did not seek help until the morning.",
        "Phone data put the partner's car 30 miles from the flat at the time of the injury.",
    ],
    "dean": [
        "The postgraduate dean was told of the registrar's error in the report.",
        "A letter from the dean of the medical school confirmed the expert's university post.",
        "The associate dean for training reviewed the supervision of the junior doctor.",
        "Deanery guidance says a consultant must countersign child protection reports by trainees.",
        "The rural dean gave a character reference for the father.",
        "The dean of the cathedral, where the family had been staying, gave a statement.",
    ],
    "marsh": [
        "The child was found on the marsh below the sea wall, cold and wet through.",
        "Marsh mud on the trainers was sampled for comparison with the scene.",
        "The marsh behind the estate was searched by the dog team for discarded clothing.",
        "Soil from the salt marsh was found in the tread of the partner's boots.",
        "Marshland reeds were found tangled in the pushchair wheels.",
        "Water from the marsh pool was sampled in case the child had been immersed.",
    ],
    "hill": [
        "The pushchair was said to have tipped over on the hill outside the flat.",
        "Hill walking was the explanation given for the blisters on both heels.",
        "At the top of the hill the scene tape was put across the footpath.",
        "A camera on the hillside captured the car at 23:14.",
        "The child fell down a grassy hill at the park, the grandmother said.",
        "Up the hill from the house, officers found the discarded sleepsuit in a bin.",
    ],
    "wood": [
        "A length of wood with paint on one end was seized from under the bed.",
        "Splinters of wood were removed from the child's palm and kept as an exhibit.",
        "Wood shavings from the hamster cage were found in the cot.",
        "Wooden spoon: the mother accepted using one, but not on the child's legs.",
        "The wood burner in the lounge had no guard, which fitted the pattern of the burn.",
        "The wood floor of the landing was photographed to show the drop to the hall.",
    ],
    "stone": [
        "The baby weighed under a stone at seven months, below the 0.4th centile.",
        "A stone floor in the kitchen was the surface the child was said to have fallen onto.",
        "The father had lost a stone since his arrest, the custody nurse recorded.",
        "A kidney stone was excluded as the cause of the blood in the urine.",
        "Stone-faced, the partner listened to the findings without asking a question.",
        "Stone flags in the yard were photographed where the fall was said to have happened.",
    ],
    "bell": [
        "The call bell in the cubicle was pressed by the mother at 02:10.",
        "The door bell camera recorded the partner leaving at 07:42.",
        "Nobody answered the bell when officers first called at the flat.",
        "A bell from a cat collar was removed from the toddler's airway in ED.",
        "The bell for visiting hours rang as the examination began.",
        "The bell on the front gate was meant to warn the mother if the toddler got out.",
    ],
    "brown": [
        "Brown discolouration in the older bruises does not allow them to be aged reliably.",
        "A brown paper sack was used for the wet clothing, which was later air-dried.",
        "Brown staining on the vest gave a negative presumptive test for blood.",
        "Clothing exhibits go into brown paper bags, sealed with tamper-evident tape.",
        "Brown fluid in the baby's bottle was sent for toxicology.",
        "The bruise was yellow-brown at the edges and blue at its centre.",
    ],
    "green": [
        "Green staining on the knees was consistent with grass, not bruising.",
        "The green-top tube was used for the chemistry samples.",
        "A green tinge to the bruise was photographed but not aged, in line with current guidance.",
        "Green labels are used for exhibits from the second scene.",
        "The strategy meeting gave the green light for the repeat skeletal survey.",
        "Green bile in the vomit raised the question of a bowel injury.",
    ],
    "lamb": [
        "A toy lamb in the cot was seized and swabbed for saliva.",
        "A lambswool fleece in the pram carried fibres like those from the car seat.",
        "It was lambing season, so the father was working nights on the farm.",
        "Meek as a lamb, the child allowed every photograph to be taken.",
        "Rings used on lambs' tails were considered as the cause of the groove round the finger.",
        "Lamb stew on the child's top explained some of the staining.",
    ],
    "fox": [
        "Fox bites were suggested by the father, but the wound pattern was human.",
        "A fox had scattered the bin where the clothes had been dumped.",
        "Fox hair was identified on the blanket by the fibre examiner.",
        "A foxglove leaf was found in the toddler's mouth, and a digoxin level was sent.",
        "Foxing on the old photographs made them hard to compare with the new set.",
        "The fox on the child's pyjamas lined up with the patterned bruise on her chest.",
    ],
    "banks": [
        "The child was found on the canal banks in the early hours.",
        "Banks supplied card records placing the partner at a cash machine at 21:03.",
        "The river had burst its banks, and the search for the clothing was stopped.",
        "Steep banks either side of the footpath made the pushchair account plausible.",
        "Blood banks at two hospitals supplied the platelets needed before surgery.",
        "Grass banks by the play area were measured for the height of the fall.",
    ],
}

SEVENTYFOURTH_UNLISTED = [
    "Dr {U}, consultant paediatric radiologist, gave the second opinion on the skeletal survey.",
    "Exhibits were booked into the property store at {T} police station at 23:50.",
    "The bag was opened at the laboratory by {U}, who recorded that the seal was intact.",
    "Mrs {U}, the childminder, gave a statement about a bruise she saw on the Friday.",
    "{U}, a neighbour, heard a thud and then screaming at about 22:00.",
    "Swabs went by courier to the forensic provider's laboratory in {T}.",
    "Continuity: exhibit received by {U}, laboratory reception, 09:12, seal intact.",
    "The defence instructed {U}, an independent paediatrician, who disagreed on the timing.",
    "The child was transferred to the major trauma centre in {T} for neurosurgical review.",
    "Dr {U} examined both retinae under dilation and found no haemorrhages.",
    "A man known as {U} had also looked after the baby that weekend, police found.",
    "Photographs taken at {T} General by {U}, medical photographer, were produced as exhibits.",
    '"{U} was babysitting that night," the mother said in interview.',
    "Analyst: {U} | Case ref: FS-26-1142 | Result: full DNA profile obtained",
    "{U}, a family friend, drove the child to the emergency department in {T}.",
    "Earlier admission records are held at St {U}'s Hospital in {T}.",
]
