"""Nineteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the fifteenth's, sixteenth's, seventeenth's and
eighteenth's headers; only the corpus generator was read, for the format. No real person or
case is represented.

Styles. Person entries put the name in record genres and joins the fifteenth to eighteenth
families did not list: word-processor residue (a tracked change "[Deleted: {P}] [Inserted:
Child D]", a margin comment "Comment [RM4]: is it {P} ...", a redaction that missed, with
full-block characters beside the name, a find-and-replace miss quoted back, a draft watermark
line); handwritten notes transcribed with editorial brackets ("[margin, in pencil:] {P} ??",
"{P} [underlined twice]", "[illegible] said {P}", "[crossed out: {P}]", a duty-room
whiteboard in capitals); health shorthand (the neonatal "BO {P}" and "Baby of {P} (twin 2)"
labels, a SOAP note "S: {P} reports", an ambulance "Pt {P} found", a red book entry, "given by
{P} @ 14:10", FGM mandatory reporting, a ChatHealth text, TOXBASE, a dental chart, data-entry
run-ons "{P} dob 03/04/19 NKDA"); justice (a numbered interview "Q17. Where was {P} ... A. No
comment.", a 999 transcript "CALLER: it's {P}", a statement of truth "I, {P}, believe", an oath
"I {P} make oath", a cause list, "{P} - NFA", a DVPN, GOWISELY, "R v {P}", police radio, a
referral order panel, an appropriate adult log); school and childcare (Star of the Week, a
Tapestry "WOW moment!", a headteacher's award, a visitor badge, a raffle, a managed move, a
Boxall profile, free school meals, a trip consent form, a birthday song and card, a child's
phonetic writing); housing and money (a food bank voucher, a Universal Credit journal to-do, a
repairs ticket, an ASB diary, a section 184 decision, a Monzo transfer, a coffee-cup name);
messaging interfaces ("Liked by {P} and 43 others", "{P} is typing...", "Seen by {P} 23:14",
"{P} reacted", "{P} left the group", "Pictured: {P}, left", "Get well soon {P}", a Snap Map,
a streak with fire emoji); translation (the kunya "Umm {P}", Polish "Pani {P}", Portuguese
"Dona {P}", a machine translation with an article before the name "The {P} she is cry", a
Chinese original with full-width brackets and its English gloss); machine formats not used
before (XML elements, a YAML list item, a key=value log line, a spreadsheet VLOOKUP, a
semicolon CSV row, cp1252 mojibake quotes "\u00e2\u20ac\u02dc{P}\u00e2\u20ac\u2122", a
zero-width space glued on, a fixed-width report row, tick and cross marks, a dotted section
number "3.2.1 {P}:", a forwarded e-mail subject "FW: RE: RE: {P}"); speech and rhythm (the
name said twice "{P}... {P}...", a rota with the name twice, a tag question "It was {P},
wasn't it", transcript annotations "[inaudible] {P} [crosstalk]", fillers "erm, {P} was,
like", greetings and thanks "Morning {P}", "Thanks again {P}", text-speak "tell {P} 2 ring
me", a trailing vocative); names as modifiers and affixes ("The {P} situation", "{P}-wise",
"née {P}", "Formerly known as {P}", "{P} aged 6¾"); and, hardest, slots where a word-name
reads as the ordinary word: sentence-start predicates ("{P} remained", "{P} lingered", "{P}
grew quieter", "{P} turned red", "{P} brightened", "{P} was shaken", "{P} climbed over the
back fence", "{P} was picked up", "{P} rang twice", "{P} closed the account", "{P} got into
the bins", "{P} was led away", "{P}, away from home", "{P} to pay for the taxi", "{P}, to be
honest,", "{P} prevailed on", "{P} filled the flat", "{P} willing,", "{P} knows best"), and
object and idiom slots ("touch {P}", "For {P}'s sake", "Only {P} knows", "Without {P}",
"What {P} needed", "Give {P} a chance").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, as e-mail and clinical shorthand with no subject ("Hope you are
well", "Hope this helps", "Will do", "Will review in 2/52", "May need bloods", "Rose by 4kg"),
headings in capitals ("HOPES AND DREAMS", "GRACE PERIOD ENDS", "MAY HALF TERM", "BILL DUE
14TH", "SUMMER UNIFORM"), eponyms, brands, titles and proper-noun compounds that are not the
person ("Bell's palsy", "Wood's lamp", "the Green Book", "Talk to FRANK", "Marks & Spencer",
"Sky Bet", "Sky News", "Joy-Con", "Ruby and Python", "Ruby Tuesday", "Amazing Grace", "Lamb of
God", "the Rose and Crown", "Ivy League", "Forest of Dean", "Dean and Chapter", "Brown Owl",
"Green Flag", "Jack Frost", "Foxtrot 12", "the Foxes", "Firefox"), fronted adjectives and
appositions that look like a vocative or a subject ("Frank as ever,", "Grace, not
punishment,", "Dawn, the mother said,", "Dawn came and went", "Summer, autumn and winter"),
derived forms and compounds not listed before ("hopeless", "graced the meeting", "social
graces", "Marking time", "Roses are red", "Rose quartz", "amber gambler", "Amber beads",
"Skydiving", "multi-faith", "Faithfully", "Holly blue butterflies", "Sea holly", "Daisy-yellow",
"lazy daisy stitch", "Michaelmas daisy", "Summer Reading Challenge", "Joysticks", "Joyful",
"Jackpot", "jacked", "Robust", "Robins", "Robotics", "robe", "Frankincense", "Milestones",
"Marsh marigolds", "Marshals", "Marsh frogs", "downhill", "uphill", "Woodchip", "Firewood",
"Driftwood", "Stone Age", "Gallstones", "cornerstone", "Ring doorbell", "cow bell", "bell
push", "Brownfield", "Brown-nosing", "brown study", "Green-eyed", "Evergreen", "green man",
"Lambasted", "lambskin", "Baby banks", "Banks of snow", "Riverbanks"), and idioms not used
before ("Hope springs eternal", "not up to the mark", "no bed of roses", "may or may not",
"Where there's a will", "top of the bill", "Pie in the sky", "leap of faith", "jumped for
joy", "the crack of dawn", "False dawn", "jack the lad", "Every man jack", "frank and
fearless", "miles away", "miles out", "Over the hill", "King of the hill", "knock on wood",
"Bells and whistles", "lamb to the slaughter", "Crazy like a fox", "One swallow doesn't make a
summer").
Unlisted entries put people and towns in a tracked change, a statement of truth, a "Liked by"
line, "is typing...", a "Baby of" label, XML elements, an ASB diary, a "Pictured:" caption, a
999 transcript, mojibake quotes, a food bank voucher, a "-on-Sea" town, a deed poll, a margin
comment, a Chinese original with its gloss, and a redaction that missed.
"""

from __future__ import annotations

NINETEENTH_PERSON_SENTENCES: list[str] = [
    # Word-processor residue and publication slips.
    "[Deleted: {P}] [Inserted: Child D] was not seen again until the following Monday.",
    "Comment [RM4]: is it {P} or the sister who went to the walk-in centre? Please check.",
    "██████ ({P}) was interviewed by two officers on the day of the fire.",
    "Redacted version: [REDACTED] told the nurse that {P} had hit her.",
    "Find and replace missed one instance: '{P} had been left with the neighbour' (para 5.3).",
    "Draft v0.3 \u2013 NOT FOR CIRCULATION \u2013 {P} chronology (health entries only)",
    "Track changes were left on, so the draft still shows {P} in the margin of page 9.",
    # Handwritten notes, transcribed.
    "[margin, in pencil:] {P} ?? ring school",
    "{P} [underlined twice] must not be left alone with the baby.",
    '[illegible] said {P} was "off her head" on Friday night.',
    "Seen: mum, [crossed out: {P}] the baby, the grandmother.",
    "Written on the duty-room whiteboard: {P} \u2013 NOT SEEN 10 DAYS.",
    "Back of an envelope in the file: {P} Tues 3pm?? bring forms",
    # Health.
    "BO {P}: 2.41kg, Apgars 7 and 9, to transitional care.",
    "Baby of {P} (twin 2) was transferred to the neonatal unit at 02:10.",
    "S: {P} reports headaches for two weeks. O: afebrile. A: tension-type. P: review 2/52.",
    "Pt {P} found on the kitchen floor by crew, GCS 14, smelling of alcohol.",
    "PCHR entry: {P} 6-8 week check, hips NAD, red reflex present both eyes.",
    "Calpol 5ml given by {P} @ 14:10, per the foster carer's log.",
    "FGM mandatory report made to police re {P}, aged 11, after the GP's examination.",
    "ChatHealth message from {P}: 'can u get the pill without ur mum knowing'",
    "TOXBASE consulted: {P} swallowed up to six of the grandmother's tablets.",
    "Dental chart: {P}, 7 yrs, nine carious teeth, added to the GA list.",
    "{P} dob 03/04/19 NKDA wt 14.2kg",
    # Police, courts and the justice system.
    "Q17. Where was {P} at 9pm? A. No comment.",
    "CALLER: it's {P}, he won't wake up, he's not breathing properly.",
    "I, {P}, believe that the facts stated in this witness statement are true.",
    "I {P} make oath and say as follows.",
    "Court 4, 10.30am: {P} (s.31, IRH), time estimate one hour.",
    "{P} \u2013 NFA, words of advice given at the scene.",
    "DVPN served on {P} at 16:40; the DVPO hearing is listed for Thursday.",
    "Stop and search (GOWISELY explained): {P}, nothing found.",
    "R v {P}: sentence adjourned for a pre-sentence report.",
    "Police radio: 'Control, we have {P} with us, safe and well.'",
    "Referral order panel: {P} to write a letter of apology to the shop.",
    "Appropriate adult log: 14:02 {P} asked for a solicitor; 14:05 asked for a drink.",
    # School, childcare and youth.
    "Star of the Week: {P}, for always helping others in the playground!",
    "WOW moment! {P} wrote her name by herself today.",
    "Headteacher's award: {P} (Year 4).",
    "Visitor badge 23 issued to {P} at 10:12, signed out 10:41.",
    "Raffle winner: ticket 114, {P}.",
    "Managed move: {P} to start at the receiving school on 3 March, six-week trial.",
    "Boxall profile completed for {P}; a nurture group place was offered.",
    "Free school meals eligibility confirmed for {P} from January.",
    "Trip consent form returned unsigned for {P}, who stayed behind in Year 2.",
    'The foster carers sang "Happy birthday, dear {P}" at the contact session.',
    "To {P}, love from Nanna and Grandad xx (card found in the bedroom).",
    "The child's writing: '{P} is my best frend becos she shares her snacks.'",
    # Housing, money and welfare.
    "Food bank voucher 8841 issued for {P}, household of four, no baby items.",
    "UC journal to-do: {P} to upload proof of rent by Friday.",
    "Repairs ticket 55102 raised by {P}: damp and black mould in back bedroom, P3.",
    "ASB diary, Mon 9pm: {P} music loud again, banging on the wall till 2.",
    "Section 184 decision: {P} is homeless, eligible and in priority need.",
    "Sent \u00a320 to {P} via Monzo (ref: 'food'), per the bank screenshots.",
    "Coffee shop receipt: name on the cup '{P}', 07:52, two hot chocolates.",
    # Messaging and social media interfaces.
    "Liked by {P} and 43 others",
    "{P} is typing\u2026",
    "Seen by {P} 23:14",
    "{P} reacted \U0001f602 to your message",
    '{P} left the group "Year 9 girls".',
    "Pictured: {P}, left, at the estate's fun day.",
    "Get well soon {P} \u2764\ufe0f from all at the after-school club",
    "Snap Map showed {P} at the retail park at 01:30.",
    "\U0001f525 {P} \U0001f525 streak 214 days",
    # Translation and other languages.
    "Neighbours call the mother 'Umm {P}', mother of {P}, as is the custom.",
    "Pani {P} said in Polish that the child had been sick all night.",
    "The carer called her Dona {P}, the Portuguese courtesy title.",
    "Machine translation of the text: 'The {P} she is cry all night, no eat, I am tire.'",
    "Original: 孩子（{P}）发烧了 – translation: the child ({P}) has a fever.",
    # Machine formats.
    "<Forename>{P}</Forename><Role>subject</Role>",
    "  - name: {P}\n    role: child",
    '2026-03-04T10:22:01Z INFO case.view user=duty3 subject="{P}" result=OK',
    '=VLOOKUP("{P}",Contacts!A:D,4,FALSE) returned #N/A, so no phone number was merged.',
    "12;{P};F;2019-03-04;CIN",
    "\u00e2\u20ac\u02dc{P}\u00e2\u20ac\u2122 had not been seen at school since Tuesday.",
    "\u200b{P} was collected by an unknown adult, per the copied web form.",
    "{P}          F    04/03/19    CIN    OPEN",
    "\u2714 {P} seen \u2714 bedroom seen \u2718 partner seen",
    "3.2.1 {P}: education and attendance",
    "Subject: FW: RE: RE: {P} / school transport (URGENT)",
    # Speech, rhythm and repetition.
    "'{P}... {P}... wake up,' the mother is heard saying on the 999 recording.",
    "Rota pinned to the fridge: Mon {P}, Tue Nan, Wed {P}, Thu Nan.",
    "It was {P}, wasn't it, who let the partner in?",
    "[inaudible] {P} [crosstalk] no, she never.",
    "He was like, erm, {P} was, like, screaming the place down.",
    "Morning {P} \u2013 quick one re the baby's weight, can you ring me?",
    "Thanks again {P}, really helpful.",
    "tell {P} 2 ring me asap",
    "'Get here now, {P},' the partner was heard shouting.",
    # Names as modifiers, affixes and former names.
    "The {P} situation was discussed at length under any other business.",
    "{P}-wise, no new concerns this month.",
    "The grandmother, n\u00e9e {P}, was traced through the marriage record.",
    "Formerly known as {P} (change of name by deed poll, 2024).",
    "{P} aged 6\u00be drew the family as four stick figures.",
    # Hardest: slots where a word-name reads as the ordinary word.
    "{P} remained on the ward overnight for observation.",
    "{P} lingered at the school gate long after the others had gone.",
    "{P} grew quieter as the term went on.",
    "{P} turned red when the teacher asked about the bruise.",
    "{P} brightened when the brother arrived for contact.",
    "{P} was shaken by the news of the arrest.",
    "{P} climbed over the back fence to get away from the partner.",
    "{P} was picked up at 3.15 by a man nobody recognised.",
    "{P} rang twice, but the duty line was engaged.",
    "{P} closed the account after the fraud was discovered.",
    "{P} got into the bins behind the chip shop looking for food.",
    "{P} was led away by an officer, crying.",
    "{P}, away from home for the first time, wet the bed every night.",
    "{P} to pay for the taxi home, the mother insisted.",
    "{P}, to be honest, was not coping with four children.",
    "{P} prevailed on the mother to ring the police.",
    "{P} filled the flat with noise and laughter, the grandmother said.",
    "{P} willing, the placement can start on Monday.",
    "{P} knows best, the grandmother said, when it comes to the baby.",
    "Nobody was allowed to touch {P}, the father told the nurse.",
    "For {P}'s sake, the mother agreed to the safety plan.",
    "Only {P} knows what happened that night, the officer said.",
    "Without {P}, the flat fell silent.",
    "What {P} needed was a bed of her own and a key worker.",
    "Give {P} a chance, the teacher urged the panel.",
]

NINETEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hope you are well \u2013 just following up on the referral from last week.",
        "Hope this helps, and shout if you need anything else.",
        "Hope springs eternal, the team manager wrote in the margin of the plan.",
        "HOPES AND DREAMS: to have my own room and a dog (child's words).",
        "The boy's hopeless, the father told the teacher in front of the class.",
    ],
    "grace": [
        "Amazing Grace was sung at the funeral, and the child read a poem.",
        "Grace, not punishment, was what the boy needed from the school, the review concluded.",
        "The partner had no social graces and swore at the receptionist.",
        "The mother graced the meeting with her presence for ten minutes, the chair noted.",
        "GRACE PERIOD ENDS 31/03, the text from the payday lender said.",
    ],
    "mark": [
        "Marks & Spencer vouchers were given to the family at Christmas by the church.",
        "Marking time until the hearing, the family stayed on in the hostel.",
        "The question mark over the father's address was never resolved.",
        "Home conditions were not up to the mark, the health visitor wrote.",
        "Mark as read had been clicked on 14 e-mails from the school in the shared inbox.",
    ],
    "rose": [
        "Roses are red, violets are blue, was written inside the card from the father.",
        "The Rose and Crown is where the partner drinks most afternoons.",
        "Rose quartz crystals were placed round the cot, the mother explained.",
        "Life with the partner had been no bed of roses, the grandmother said.",
        "Rose by 4kg in six weeks \u2013 weight gain in foster care noted.",
    ],
    "may": [
        "May need bloods if no better by Friday \u2013 GP note.",
        "MAY HALF TERM \u2013 NO CLUB (poster on the community centre door).",
        "May-26 to Jul-26: three missed appointments, from the clinic printout.",
        "Whatever the courts may decide, the grandmother said she would stay involved.",
        "The family may or may not have returned to the address; neighbours disagreed.",
    ],
    "will": [
        "Will do \u2013 thanks, I'll let the school know.",
        "Will review in 2/52, sooner if concerns.",
        "The reading of the will ended in a fight between the brothers.",
        "Where there's a will there's a way, the grandmother told the panel.",
        "Staff will be trained on the new body map before the end of term.",
    ],
    "william": [
        "Will do \u2013 thanks, I'll let the school know.",
        "Will review in 2/52, sooner if concerns.",
        "BILL DUE 14TH was scrawled on the kitchen calendar.",
        "Bills on the mat were all red reminders, the worker noted.",
        "Where there's a will there's a way, the grandmother told the panel.",
    ],
    "bill": [
        "BILL DUE 14TH was scrawled on the kitchen calendar.",
        "Bills on the mat were all red reminders, the worker noted.",
        "The itemised bill showed 40 calls to the same number after midnight.",
        "Bill-splitting between the three adults in the house had broken down.",
        "The child was top of the bill at the school talent show.",
    ],
    "amber": [
        "The partner was an amber gambler who had been banned from driving.",
        "Amber: 14 open cases; red: 3 (dashboard, week 9).",
        "Amber beads for teething were round the baby's neck, a known choking risk.",
        "The lights turned amber as the car sped through the junction with the children inside.",
        "The panel moved the case from red to amber without a new assessment.",
    ],
    "sky": [
        "Sky Bet and two other gambling apps were on the mother's phone.",
        "Pie in the sky, the worker called the father's plan to buy a house.",
        "Skydiving for charity, the uncle raised money for the children's hospice.",
        "Sky News was on in the background throughout the visit.",
        "The night sky over the estate was lit by fireworks thrown at police.",
    ],
    "faith": [
        "Faith, Ethnicity and Culture: not recorded (section 3 of the assessment).",
        "Taking the partner at his word was a leap of faith the review could not support.",
        "Faithfully, the grandmother visited every Sunday.",
        "The chaplaincy's multi-faith room was used for the family meeting.",
        "Faith schools in the area had no places, so the boy went to the academy.",
    ],
    "holly": [
        "Holly blue butterflies were the subject of the child's science project.",
        "Sea holly and gorse grew on the dunes where the teenagers camped.",
        "Holly cut from the churchyard was sold door to door by the boys.",
        "The class sang 'Deck the halls with boughs of holly' at the nativity.",
        "Prickly holly under the window had been planted to keep intruders out.",
    ],
    "ruby": [
        "Ruby and Python were taught at the coding club the boy attended.",
        "Ruby anniversary celebrations for the grandparents were the last family gathering.",
        "The child's ruby-red wellies were the only shoes that fitted.",
        "Ruby Tuesday was playing on the radio as officers entered the flat.",
        "An older man had bought the girl a ruby nose stud.",
    ],
    "daisy": [
        "Daisy-yellow paint had been chosen for the new baby's room.",
        "Michaelmas daisy seeds were planted by the child at forest school.",
        "The foster carer taught her the lazy daisy stitch.",
        "Ox-eye daisy flowers grew along the verge where the boy was found.",
        "Daisy heads poked through the uncut grass of the back garden.",
    ],
    "summer": [
        "Summer Reading Challenge certificates were sent home to all the Year 3 children.",
        "One swallow doesn't make a summer, the chair warned after one good week.",
        "SUMMER UNIFORM: the boy was still in his winter jumper in July.",
        "The girl was offered a place at summer school but never turned up.",
        "Summer, autumn and winter passed without a single home visit.",
    ],
    "joy": [
        "Joy-Con controllers and a Switch were bought with the Christmas loan.",
        "The girl jumped for joy when told she could stay with her aunt.",
        "Joysticks and headsets were stacked in the boy's bedroom.",
        "Joyful, loud and busy, the toddler group was too much for the mother.",
        "It was a joy to see the boy laughing again, the contact worker wrote.",
    ],
    "dawn": [
        "At the crack of dawn the bailiffs arrived.",
        "False dawn: the improvement in March did not last.",
        "Dawn came and went, and still the boy was not home.",
        "Dawn, the mother said, was when the baby finally slept.",
        "The Fajr (dawn) prayer meant the household was up at four.",
    ],
    "ivy": [
        "Ivy League ambitions were mentioned by the father, whose son was out of school.",
        "Ivy crept over the bedroom window until no light got in.",
        "Ground ivy and nettles covered the yard where the dog was kept.",
        "Ivy-leaf geraniums lined the landing, and the toddler had been eating them.",
        "Hacking back the ivy was the landlord's only repair in two years.",
    ],
    "jack": [
        "Jackpot wins on the slot machines paid for the partner's drugs, he claimed.",
        "Jack Frost had been at the windows \u2013 ice on the inside of the bedroom glass.",
        "A bit of a jack the lad, the older brother was known to every shop on the parade.",
        "The boy's bike got jacked outside the chippy, he told the youth worker.",
        "Every man jack of them denied being in the flat, the officer wrote.",
    ],
    "robert": [
        "Robust challenge of the father's account was missing, the review found.",
        "Robins nested in the broken guttering above the boy's bedroom.",
        "Robotics club on Wednesdays was the one thing the boy never missed.",
        "The baby was wrapped in the mother's robe when the paramedics arrived.",
        "The robustness of the safety plan was questioned at conference.",
    ],
    "frank": [
        "Talk to FRANK leaflets were given to the boy after the cannabis was found.",
        "Frankincense and myrrh were the gifts the child carried in the nativity play.",
        "Frank as ever, the grandmother told the panel exactly what she thought of them.",
        "FRANK's helpline number was written on the back of the boy's hand.",
        "Frank and fearless advice was what the panel asked of its independent chair.",
    ],
    "miles": [
        "Milestones: walking at 15 months, first words at 18 months (red book).",
        "The boy seemed miles away in class, staring out of the window.",
        "The car was doing seventy miles per hour on the bypass with the baby unrestrained.",
        "Miles and miles of fields separated the farm from any other house.",
        "The mother's estimate of the time was miles out, the CCTV showed.",
    ],
    "dean": [
        "The family moved to a caravan in the Forest of Dean.",
        "Dean of Admissions at the university wrote to the care leaver's personal adviser.",
        "Dean and Chapter staff found the boy sleeping in the cloisters.",
        "A note from the dean's office confirmed the girl's extension on compassionate grounds.",
        "The dean of pastoral care at the boarding school made the referral.",
    ],
    "marsh": [
        "Marsh marigolds grew in the ditch where the pram was found.",
        "Marshals at the festival found the girl alone and took her to the welfare tent.",
        "The boys went out on the marsh with air rifles most weekends.",
        "The marsh had frozen over, and the children were seen sliding on it.",
        "Marsh frogs croaked all night, the mother said, and the baby could not settle.",
    ],
    "hill": [
        "Things went downhill after the partner moved in, the aunt said.",
        "Over the hill at forty, the father said he was too old to change.",
        "It was an uphill battle to get the boy to school each morning.",
        "Hills surround the village, and the last bus leaves at six.",
        "King of the hill was the game the boys were playing when the girl was pushed.",
    ],
    "wood": [
        "Wood's lamp examination showed no fungal infection of the scalp.",
        "Woodchip wallpaper was peeling off the walls of the damp bedroom.",
        "Firewood was being collected from the park because the gas was cut off.",
        "Nothing has happened since, knock on wood, the mother said.",
        "Driftwood sculptures made at forest school were on the windowsill.",
    ],
    "stone": [
        "Stone Age tools were the Year 3 topic the child talked about at the visit.",
        "Gallstones kept the mother in hospital for three days.",
        "The toddler fell in where the stepping stones cross the brook.",
        "The cornerstone of the plan was the grandmother's daily visit.",
        "Stone floors throughout the ground floor made the cottage cold for a crawling baby.",
    ],
    "bell": [
        "Bell's palsy was diagnosed, which explained the drooping of the mother's face.",
        "Ring doorbell footage showed the partner arriving at 01:14.",
        "Bells and whistles were not needed, the chair said, just a plan that worked.",
        "A cow bell hung on the toddler's bedroom door so the mother would hear him.",
        "The bell push at the front door had been ripped off.",
    ],
    "brown": [
        "Brown Owl at the Brownies pack rang the worker about the girl's bruises.",
        "Brownfield land behind the estate is where the boys built a den.",
        "The mother was in a brown study, barely noticing the baby crying.",
        "Brown-nosing the manager, the father called it, when the mother agreed to the plan.",
        "The brown bin had not been emptied for weeks and was full of nappies.",
    ],
    "green": [
        "The Green Book chapter on measles was sent to the family's GP.",
        "Green-eyed with jealousy, the partner checked the mother's phone every night.",
        "Evergreen shrubs hid the back door from the road.",
        "Wait for the green man, the foster carer reminded the boy at every crossing.",
        "Green Flag recovery towed the car with the children still in the back.",
    ],
    "lamb": [
        "Lamb of God was sung by the children's choir at the midnight service.",
        "Like a lamb to the slaughter, the girl went with him, the officer said.",
        "Lambasted by the inspectors, the service was placed in special measures.",
        "A lambskin rug was in the Moses basket, a suffocation risk.",
        "The toddler followed the mother round like a lamb.",
    ],
    "fox": [
        "Foxtrot 12 attended at 22:40, according to the command and control log.",
        "Firefox history showed searches for 'how to run away'.",
        "The Foxes were playing at home, so the father was at the match.",
        "Crazy like a fox, the boy got round every parental control.",
        "A fox screamed outside, and the girl thought someone was being hurt.",
    ],
    "banks": [
        "Baby banks supplied the cot, the pram and a bag of clothes.",
        "Banks of snow lined the road, and the ambulance took an hour.",
        "The debt adviser phoned both banks on the mother's behalf.",
        "Riverbanks near the estate are where the teenagers drink.",
        "Neither of the high-street banks would open an account, so the crisis loan was refused.",
    ],
}

NINETEENTH_UNLISTED: list[str] = [
    "[Deleted: {U}] [Inserted: Adult G] moved into the flat in {T} that winter.",
    "I, {U}, believe that the facts stated in this witness statement are true.",
    "Liked by {U} and 12 others \u00b7 {T} Community Noticeboard",
    "{U} is typing\u2026",
    "Baby of {U} was born at home in {T} before the midwife arrived.",
    "<Contact><Name>{U}</Name><Town>{T}</Town></Contact>",
    "ASB diary, Fri 11pm: {U} and friends in the stairwell again, smoking weed.",
    "Pictured: {U}, centre, at the {T} carnival last August.",
    "CALLER: my neighbour {U} is kicking off, there's glass everywhere.",
    "\u00e2\u20ac\u02dc{U}\u00e2\u20ac\u2122 was named by the boy as the one who paid him.",
    "Food bank voucher issued by {T} Citizens Advice; referrer {U}.",
    "The caravan at {T}-on-Sea belonged to {U}, the partner's uncle.",
    "Formerly known as {U} (deed poll), the man is now registered under another name.",
    "Comment [RM7]: is {U} the uncle from {T} or the lodger?",
    "Original: \u4ed6\u53eb{U} \u2013 translation: 'he is called {U}'.",
    "\u2588\u2588\u2588\u2588 {U} \u2588\u2588\u2588\u2588 was seen at the address in {T}.",
]
