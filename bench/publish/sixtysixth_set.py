"""Sixty-sixth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1455 lines, then printed with sed -n in four ranges, lines 1-400, 400-800, 800-1200 and
1200-1455; the brief asked for ranges of at most 400 lines, and the two middle ranges, at 401
lines each because their ends overlap by one line, went over that by a line; it was not
imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P}
alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text before it, with trailing white space and line breaks stripped, ends in a full stop, so a
name after a log label, a pipe, "Re:", "Dear", a quote mark or a semicolon keeps the case it was
given), the word-names and the other name lists (plain given names, street trees and suffixes, the
words of nursery names, the syllables of invented surnames and towns, the first names it gives
unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname, both, or "Mr" and a
surname, a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no
other title, rank or role, "Officer", "Governor" and "Cellmate" included, is put before {U} or {P}),
and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder and
joins templates with a single space, so no literal brace appears in any sentence here and the
columns of a visitors' sheet are written into a template as pipes. The first 45 lines (the headers)
of the sixty-first, sixty-second, sixty-third and sixty-fourth families, read with head -45 in one
shell loop, and nothing else of them; none of those modules was imported. The [tool.ruff] table of
pyproject.toml, printed with sed from its heading to the heading of the next table in the same
command as the wc -l, for the line length (100). The absence of this file was tested with test -e
and the presence of .venv/bin/ruff with test -x; no directory was listed, git was not run, and the
sixty-fifth family, being written at the same time, was not looked at. A throwaway checker in /tmp
parsed this file alone (with ast, importing nothing of the project; the name lists it checks against
were copied by hand from the printed corpus.py) for stray braces and placeholders, for a title
before {P} or {U}, for the count of sentences per key, for each ordinary span falling on the start
of the intended word, for line lengths and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "nan",
"ellie", "katie", "libby", "betty", "kitty" and the like) are kept out of every sentence here as
whole words, from general knowledge, so a prisoner is never a "con" and a visitor never brings a
"kit". Words that merely contain a word-name, a plain given name, a street tree, a nursery word or
an unlisted first name are kept out of every sentence but the ones written for that word, and the
prison world is full of them: the service that supervises a licence is never named (it holds
"rob"), so the records speak of the "offender manager", the "COM" and the "POM"; nobody is
"prosecuted" (it holds "rose"), a court is never "in chambers", a risk is never "risky", a wing is
never "chilly", a visitor never "smiles" or "enjoys" a visit, nobody's partner has a "stepson"
(it holds "steps"), a course is never "academic" and no rule comes from "parliament", a hall is
never "busy" and a child never "little", a cell has no "wardrobe", a letter has no "remarks", a
visitor wears no "jacket", nobody "may" do anything outside the sentences for "may", nothing "will"
happen outside those for "will", and the cell "bell", the "green" visitor band and the "brown"
prison envelope appear only in their own sentences.

Styles. The prison side of a family's life as the records hold it. Person entries are written as
a prison reception line with a prison number after the name, a visiting order and a visits hall
booking, the child contact list and the child contact review, the public protection unit's note,
a PIN phone log line with a time stamp and a call length, a monitored-letter summary ("outgoing,
to ..."), an e-mail-a-prisoner entry, a security information report, an offender management unit
case note and a POM's case note, MAPPA minutes, a licence condition, an approved premises night
log, a recall entry, a visitors' sheet in pipe-separated columns, "Next of kin:" and "Listed
visitors:" lists, a letter's "Re:" line and its "Dear" opening, a note written on an envelope and
quoted, a school note and a health visitor's note about a child whose parent is in prison, and the
family's own account of the visits, with names opening a sentence (was/is/has/said/cried/wrote),
after a colon or a semicolon, before a dash, before a prison number in brackets, inside single
quotes in reported speech, in the middle of a list and before a full stop. Ordinary uses put each
word where a prison or family record would meet it: months and the modal ("May half-term", "may
apply for release on temporary licence"), "will" as the future, as a testament and as the
child's strong will, bills left in the prisoner's name, the amber rating of a child contact
review, a grey sky in a child's drawing, the multi-faith chaplaincy, holly in the visits hall in
December, a ruby wedding without the son, the daisy room at the visitors' centre, the summer
holidays, the pride and joy, dawn raids and "it dawned on", ivy on an old wall, a car jack in a
searched boot and "jacked in", robbery as the index offence, a frank letter, the miles to the
prison, a rural dean, the marsh the prison stands on, the hill to the gate, woodwork in the
workshop, a stone gained in custody and a stone's throw, the cell bell, brown envelopes, the green
light, lambing at an open prison, a fox on the path after an evening visit and food banks and a
river bursting its banks; words open a sentence, sit mid-sentence, take a capital after a dash
or a colon label, and appear inflected ("Hopes", "Marks", "Bills", "Joyriding", "Robbery",
"Frankly", "Bells", "Lambswool", "Foxgloves"). Unlisted entries name cellmates, co-defendants,
visitors' centre volunteers, a prison GP, a godmother, a pen friend and a release address in a
town, the prison itself as "HMP" before a town.
"""

SIXTYSIXTH_PERSON_SENTENCES = [
    "Prisoner: {P}, prison no. A4417KT, received on remand from the magistrates' court.",
    "Visiting order issued for Saturday 14:00, visits hall, table 12; lead visitor {P}.",
    "Approved contact list (child contact): {P} - letters only, pending the child contact review.",
    "PIN phone log 18:42: outgoing call to {P}, 9 min 50 sec, no concerns noted.",
    "Monitored letter summary, outgoing, to {P}: asks about school, encloses a drawing.",
    "{P} attended the family visit with the kinship carer and stayed for the full two hours.",
    "{P} was turned away at the gate because the ID brought did not match the booking.",
    "The child contact review panel read a letter from {P} before reaching its decision.",
    "{P} has written to the governor asking why the letters from home had stopped.",
    "{P} is on the approved visitors list but has not booked a visit since March.",
    "Secure video call with {P}, 30 minutes; the child held up a certificate from school.",
    "Licence condition 9: not to seek contact with {P}, directly or indirectly, without approval.",
    "{P} told the class teacher that Dad is 'at work' and sleeps there every night.",
    "OMU case note: {P} phoned to ask whether the release date had been confirmed.",
    "Health visitor contact: {P} tearful, says the baby has not yet met his father.",
    "Visitors booked, session 2 (14:00): {P}; one adult, one child under ten.",
    "Letter withheld: addressed to {P}, it asked for a message to be passed to a witness.",
    "{P} asked the chaplain to pass on a birthday card, which was checked and sent on.",
    "The public protection unit recorded {P} as a child the prisoner must not contact directly.",
    "Numbers approved for the PIN account: the grandmother's landline; {P} (mobile) refused.",
    "{P} said the visits hall was 'loud but nice' and that the officers were kind.",
    "At the family day {P} and the prisoner played a board game and ate lunch together.",
    "Re: {P} - request for a child contact review following sentence.",
    "Dear {P}, thank you for your letter of 4 October about the visits.",
    "The prison offender manager rang {P} to explain the home detention curfew assessment.",
    "{P} - not on approved visitors list; visit refused at the gate.",
    "Security information report: {P} named in a monitored call; no concerns identified.",
    "{P} (B7342QF) was transferred to a category C establishment on 9 June.",
    "{P} wrote every week from custody, and the grandmother read the letters aloud at bedtime.",
    "School note: {P} unsettled on Mondays after weekend visits; time offered with the mentor.",
    "In the family's own words, {P} found the searches upsetting but wanted to keep going.",
    "E-mail-a-prisoner message from {P}, printed and delivered on the wing the next morning.",
    "Recall to custody: {P} returned to prison on 22/08/2026 after breaching the curfew.",
    "Approved premises night log: {P} signed in at 20:54 and did not go out again.",
    "{P} is named as a victim of the index offence and is not to be contacted without approval.",
    "MAPPA level 2 meeting: {P} discussed under item 3 (contact arrangements).",
    "Written on the back of the envelope: 'For {P}, please give it her on her birthday.'",
    "The school shared a drawing of {P} behind a barred window, made in circle time.",
    "{P} cried when the visit ended and had to be carried out to the car park.",
    "Visits booking line, 09:12: {P} booked for 02/11; the child's birth certificate to be seen.",
    "{P} says the phone calls on Sunday evenings are the best part of the week.",
    "No concerns raised by {P} about the prisoner's manner during the video call.",
    "VISITORS | {P} | adult | ID seen | searched | no items retained",
    "{P}, released on licence in April, now lives at approved premises in another county.",
    "Case note (POM): spoke with {P}; contact with the children goes through social care first.",
    "Contact restriction letter sent to {P} setting out the decision and how to appeal it.",
    "Nobody was in for the new birth visit; a neighbour said {P} had gone to the prison.",
    "{P} told the officer at the gate: 'I just want them to see their dad.'",
    "Monitored call, 19:10: the prisoner and {P} argued about money; the prisoner ended the call.",
    "Prison number and name on the envelope did not match, so the letter from {P} was returned.",
    "Next of kin: {P} (tel. on file).",
    "Listed visitors: the grandmother; {P}; two children under twelve.",
    "Summary of letter from {P} to the prisoner: news of the baby; photographs not permitted.",
    "{P} asked the school not to tell the other children where Dad was.",
    "'Tell {P} I'm doing my courses,' the prisoner said at the end of the call.",
]

SIXTYSIXTH_ORDINARY = {
    "hope": [
        "Hope of a move to open conditions kept the father going through the winter.",
        "The child wrote 'I hope you come home soon' on the back of the visiting order.",
        "Hope: that video calls can restart before the child's birthday (mother's own words).",
        "The mother said she had lost all hope of the parole board agreeing to release.",
        "Hopes were raised, then dashed, when the home detention curfew was refused.",
        "There is cautious hope that the family sessions on the wing are helping.",
        "- Hope for the future rests on a settled release address being found.",
    ],
    "grace": [
        "The visits team allowed a week's grace to rebook the cancelled session.",
        "The grandmother took the search procedure with good grace, though the children cried.",
        "Grace before the meal was said by the chaplain at the family day.",
        "His fall from grace, the father wrote, was something to explain to his son when older.",
        "The landlord gave a period of grace on the rent while the mother's benefits were sorted.",
        "'By the grace of God he is still alive,' the mother said after the assault on the wing.",
    ],
    "mark": [
        "Mark each envelope with the prison number and full name, the visits leaflet advises.",
        "Letters marked as legal correspondence are opened only in the prisoner's presence.",
        "The father's first year in custody passed the halfway mark in October.",
        "A purple mark on the child's hand was the ultraviolet stamp from the visits hall.",
        "Marks out of ten for the visit, from the child: nine, because the crisps ran out.",
        "Staff were asked to mark the chronology wherever prison information had been received.",
    ],
    "rose": [
        "Tension rose on the wing after the lockdown, and visits were cut to one a fortnight.",
        "Monitored calls to the house rose sharply in the month before release.",
        "Rose-tinted letters from the prisoner described a life after release the mother doubted.",
        "A rose drawn in biro on the envelope was the only decoration the censors let through.",
        "The child's anxiety rose in the days before each visit, the school counsellor said.",
        "Rose bushes outside the visitors' centre were planted by men on the horticulture course.",
    ],
    "may": [
        "In May the father was moved to a category C prison further from home.",
        "May half-term was the first time the children saw him in the visits hall.",
        "The prisoner may apply for release on temporary licence after the next review.",
        "Visits may be suspended if a visitor is found with an unauthorised item.",
        "Between March and May the PIN phone account was empty, so no calls were made.",
        "The sentence plan review on 12 May agreed a referral to the family engagement worker.",
        "Licence conditions may be varied by the offender manager on application.",
    ],
    "will": [
        "The prisoner will be released on licence at the halfway point of the sentence.",
        "A will was drawn up by the grandfather before he died, naming the children.",
        "Will the father be allowed to attend the funeral? The governor is still deciding.",
        "Contact will be reviewed after the first three monitored calls.",
        "The child's strong will showed at the gate, where she refused to be searched.",
        "Staff will escort the child to the family room if the father is settled.",
    ],
    "william": [
        "The prisoner will be released on licence at the halfway point of the sentence.",
        "Will the father be allowed to attend the funeral? The governor is still deciding.",
        "Contact will be reviewed after the first three monitored calls.",
        "The phone bill had run up while the father was on remand, and the mother could not pay.",
        "Bills in the prisoner's name went unpaid after the arrest.",
        "The council tax bill was still in the father's name months after he was sentenced.",
    ],
    "bill": [
        "The phone bill had run up while the father was on remand, and the mother could not pay.",
        "Bills in the prisoner's name went unpaid after the arrest.",
        "The council tax bill was still in the father's name months after he was sentenced.",
        "A bill for the funeral arrived in the week the father was sentenced.",
        "The energy bill was paid by the family support worker from a hardship grant.",
        "Billed for the damage to the cell, the prisoner lost most of his wages for a month.",
    ],
    "amber": [
        "Amber: the visits hall log records a possible passing of an item, not seen on CCTV.",
        "The child contact review rated the risk amber and allowed supervised visits only.",
        "An amber flag on the prisoner's record meant every call was listened to live.",
        "AMBER rating at the MASH; passed to the locality team for assessment.",
        "The traffic-light chart on the school file had moved from red to amber.",
        "Amber lights over the gate flashed as the doors were unlocked for the visitors.",
    ],
    "sky": [
        "The child drew the prison under a grey sky, with one small window near the top.",
        "The mother cancelled the Sky subscription to pay for the train fares to visits.",
        "Under a clear sky the family waited forty minutes outside the gate.",
        "The boy looks at the sky at bedtime, he told the teacher, because his father can too.",
        "Sky-high travel costs meant the visits fell to one a month.",
        "The only view from the cell, the father wrote, was a square of sky above the yard.",
    ],
    "faith": [
        "Faith: Christian; the father attends the chapel on Sundays.",
        "The multi-faith chaplaincy team arranged a remembrance service for the grandmother.",
        "The mother had lost faith in the prison after two cancelled visits in a row.",
        "Faith in the father's promises was low, the grandmother admitted.",
        "Agencies placed too much faith in the release address without checking who lived there.",
        "The school acted in good faith when it forwarded the child's letter to the prison.",
        "The children attend a faith school near the grandmother's home.",
    ],
    "holly": [
        "Holly and tinsel decorated the visits hall for the December family day.",
        "The child cut her hand on the holly hedge outside the visitors' centre.",
        "A sprig of holly drawn on the card was the father's idea, the mother said.",
        "The grounds team had cut back the holly along the path to the gate.",
        "Holly berries in the craft pack were plastic, the family worker explained.",
        "A holly wreath hung on the door of the approved premises in December.",
    ],
    "ruby": [
        "The grandparents' ruby wedding party went ahead without their son, who sent a card.",
        "A ruby ring belonging to the mother was pawned to pay for the train fares.",
        "Ruby-red lipstick kisses on the letter were allowed through after checking.",
        "The baby's cheeks were ruby with the cold after the wait at the gate.",
        "A ruby pendant was among the property handed back to the father on release.",
        "The child chose a ruby-coloured pen to write to her father.",
    ],
    "daisy": [
        "The child picked a daisy from the verge and asked if she could give it to her father.",
        "Daisy-print pyjamas were sent in for the baby in the mother and baby unit.",
        "The under-fives room at the visitors' centre is called the daisy room.",
        "The father drew a daisy chain round the edge of every letter.",
        "Upsy Daisy stickers were allowed on the card after it had been checked.",
        "A daisy chain of extension leads powered the heaters in the visitors' portacabin.",
    ],
    "summer": [
        "Summer visits in the garden area were stopped when the staffing shortages began.",
        "Over the summer the father completed a parenting course on the wing.",
        "The summer holidays were the hardest, the mother said, with no school to keep order.",
        "By late summer the release date had been put back twice.",
        "Summer 2025: the father transferred to a prison nearer home.",
        "The summer fair at school was the first event the father attended after release.",
        "As a summer-born child, the girl had only just started reception when he was sentenced.",
    ],
    "joy": [
        "Joy was written all over the child's face when her father came into the hall.",
        "The grandmother described the new baby as her pride and joy.",
        "There was no joy in the house after the sentencing, the aunt said.",
        "Joy, fear and anger cards were used in the session about the father's imprisonment.",
        "The child's joy at hearing her father on the phone was obvious to the foster carer.",
        "Joyriding offences on the older brother's record were spent by the time of the review.",
    ],
    "dawn": [
        "Dawn raids by the police were how the children first learned of the arrest.",
        "At dawn on 5 March officers arrested the father at the family home.",
        "The prisoner was moved before dawn; the family found out when the visit was cancelled.",
        "Dawn had barely broken when the family set off on the four-hour drive to the prison.",
        "It dawned on the mother that the letters had stopped because they were being withheld.",
        "From dusk to dawn the father is to stay at the approved premises, under the curfew.",
    ],
    "ivy": [
        "Ivy covered the old wall of the prison, the child remembered.",
        "The ivy on the fence of the approved premises had been cut back for the cameras.",
        "Ivy-clad walls hid the visitors' centre from the road.",
        "The child drew ivy growing up the prison walls and a door with no handle.",
        "Ivy leaves and berries were in the nature collection the child made for her father.",
        "The garden at the bail hostel was overgrown with ivy and brambles.",
    ],
    "jack": [
        "A car jack was found in the boot during the search of the visitor's car.",
        "The father had jacked in his job at the car wash a month before the arrest.",
        "A Union Jack flag was taken from the cell during the search.",
        "Jack-knifed lorries on the motorway meant the family missed the whole visit.",
        "The prisoner described himself as a jack of all trades who wanted work on release.",
        "Jackdaws nested in the gutters above the visitors' entrance.",
    ],
    "robert": [
        "The father is serving six years for robbery, his first custodial sentence.",
        "The older brother was remanded after trying to rob a takeaway with two friends.",
        "He admitted robbing a delivery driver, the pre-sentence report said.",
        "Robbery and possession of a bladed article were the index offences.",
        "The cellmate tried to rob the father of his canteen, and a fight followed.",
        "The victims of the robbery lived on the same estate as the children.",
    ],
    "frank": [
        "The father was frank in the letter about why he had gone to prison.",
        "Frank conversations with the children about the sentence were advised by the school.",
        "Frankly, the release plan had not been shared with anyone in social care.",
        "In a frank call, the offender manager told the mother the address had been refused.",
        "To be frank, the grandmother said, the visits do the children more harm than good.",
        "The family engagement worker praised the mother's frank account of the abuse.",
    ],
    "miles": [
        "The prison is 140 miles from home, a round trip that takes most of a day.",
        "Miles of motorway and two buses stood between the children and the visits hall.",
        "The exclusion zone in the licence runs for two miles around the children's school.",
        "The father's account and the mother's were miles apart.",
        "The grandmother drove three hundred miles a month to keep the visits going.",
        "- Distance from approved premises to family home: 26 miles.",
    ],
    "dean": [
        "The rural dean visited the family after the arrest and offered the church hall.",
        "A letter from the dean of students confirmed the sister had paused her studies.",
        "The associate dean agreed a deferral for the student whose father was in custody.",
        "The cathedral dean led the service the father attended under escort.",
        "The dean at the sixth form college agreed extra time for the student after the trial.",
        "Deans of two faculties wrote in support of the father's studies in custody.",
    ],
    "marsh": [
        "The prison stands on reclaimed marsh at the edge of the estuary.",
        "Marsh roads to the prison flood in winter, and visits are often cancelled.",
        "The children walked along the marsh path from the bus stop to the gate.",
        "Marshland behind the approved premises is out of bounds under the curfew.",
        "The open prison backs onto the marsh, which the father could see from his room.",
        "Mist from the marsh made the early visit hard to find, the grandmother said.",
    ],
    "hill": [
        "The prison is at the top of a steep hill with no bus after four o'clock.",
        "Up the hill from the station is the visitors' centre, a long walk with a pushchair.",
        "Hill farms near the open prison give the men work on day release.",
        "The father walked up the hill to the approved premises each night to make the curfew.",
        "Hillside flats on the estate were where the co-defendant lived.",
        "The child's drawing showed a prison on a hill and a car going up it.",
    ],
    "wood": [
        "Wood from the prison workshop was used to make the child's toy box.",
        "The father's woodwork certificate was framed and given to the children.",
        "The approved premises are next to a wood the father is not to enter after dark.",
        "Bits of wood had been nailed over the window at the family home after the police raid.",
        "A wood-burning stove heated the grandmother's cottage, where the children now live.",
        "The boy was found drinking in the wood behind the school on the day of the sentencing.",
    ],
    "stone": [
        "The father had put on a stone in custody, the children noticed.",
        "Stone walls six metres high were the first thing the child drew after the visit.",
        "The mother lost almost a stone in the weeks after the trial.",
        "The visitors' centre is a stone's throw from the main gate.",
        "A stone was thrown at the family's window after the case was in the local paper.",
        "Stone-faced, the boy sat through the whole visit without speaking.",
    ],
    "bell": [
        "The cell bell was pressed twice overnight, the wing log records.",
        "Bells rang at the end of the visit, and the children were asked to stay seated.",
        "The bell at the approved premises door is answered by staff at all hours.",
        "Nobody answered the bell at the release address, so the offender manager left a card.",
        "The home-time bell had gone before anyone came to collect the child on visit day.",
        "A bell was fitted to the garden gate so the mother would hear if the toddler got out.",
    ],
    "brown": [
        "Brown envelopes from the court were left unopened on the mat after the arrest.",
        "The child's letter came back in a brown prison envelope with a note about the rules.",
        "The father wore a brown tracksuit on the first visit, which upset his daughter.",
        "A brown paper bag of photographs was handed in at the gate for checking.",
        "The bruise on the child's arm had faded to a yellowish brown by the day of the visit.",
        "Brown rice and vegetables were on the menu at the family day.",
    ],
    "green": [
        "Green is the band given to visitors with no security concerns.",
        "The child contact review gave the green light to supervised visits.",
        "A green bib is worn by each prisoner at family days, so staff can tell who is who.",
        "The chairs in the visits hall are green, the child said, and the prisoner's is blue.",
        "The worker was relatively green, in her first month in the prison family team.",
        "Green space near the approved premises falls inside the exclusion zone.",
    ],
    "lamb": [
        "Lamb stew was served at the family day, and the children ate every bit.",
        "The father worked with the sheep at the open prison during lambing season.",
        "The child's toy lamb was not allowed into the hall and was left in the locker.",
        "Gentle as a lamb with the baby, the grandmother said of her son.",
        "The father wrote about a lamb born on the prison farm.",
        "Lambswool jumpers sent in for the winter were returned under the property rules.",
    ],
    "fox": [
        "A fox crossed the path as the family left the evening visit.",
        "Fox cubs living under the portacabin were the child's favourite part of visiting.",
        "The father's letters always ended with a drawing of a fox.",
        "A fox had torn open the bin bags outside the family home.",
        "Foxgloves in the prison garden were cut down before the family day.",
        "The child's soft toy, a fox, was sent in but returned as unauthorised property.",
    ],
    "banks": [
        "The family relied on food banks in the months after the arrest.",
        "The river burst its banks, and the afternoon visits were cancelled.",
        "Banks refused the mother a loan while the father's debts were in joint names.",
        "The children were found playing on the canal banks near the approved premises.",
        "Clothing banks at the retail park were where the mother found a coat for the visit.",
        "Two banks wrote to the prisoner about arrears, and the mother forwarded the letters.",
    ],
}

SIXTYSIXTH_UNLISTED = [
    "The prisoner's cellmate, {U}, was moved off the wing after the search.",
    "The co-defendant, {U}, is held at HMP {T} and is on the non-contact list.",
    "Visits moved to HMP {T} after the father was recategorised.",
    "{U}, a friend of the family, drove the children to the prison each month.",
    "Dr {U}, the prison GP, reviewed the prisoner's medication on reception.",
    "Mrs {U}, a volunteer at the visitors' centre, sat with the children during the search.",
    "The approved premises are in {T}, an hour by bus from the children's school.",
    "A monitored call named {U} as someone holding money for the prisoner.",
    "The children's godmother, {U}, asked to be added to the approved visitors list.",
    "On release the prisoner planned to stay with {U} in {T}, which was not approved.",
    "Letters from {U}, a pen friend, were withheld pending checks.",
    "The family attend St {U}'s, whose vicar wrote in support of the contact application.",
    "{U} was seen outside the school gates on the day of release, the head teacher reported.",
    "'{U} says Dad is coming home soon,' the child told the teaching assistant.",
    "The prisoner's former partner, {U}, holds an order that covers the children's school.",
    "The release address in {T} was found to be next door to a primary school.",
]
