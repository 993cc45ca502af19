"""Sixteenth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the twelfth's, thirteenth's, fourteenth's and
fifteenth's headers; only the corpus generator was read, for the format. No real person or
case is represented.

Styles. Person entries put the name in record genres and joins the twelfth to fifteenth
families did not list: a children's home (Reg 40 notification, Reg 44 visitor, night log),
the Philomena Protocol and a return home interview; a school MyConcern log split by single
right-pointing angle quotes, ParentMail, a sports-day result ("1st {P}"), a team sheet ("No. 7
{P}"), attendance marks with slashes and backslashes, a child-missing-education referral and a
club welfare officer, scout leader and madrasa note; a custody record, PNC aliases ("AKA {P}"),
"gave her name as", a county-lines deal line named after the person ("the '{P}' line"), a
dealer's tick list with a glued minus sign ("{P} -£40"), a tattoo, graffiti ("{P} woz ere"),
a BTP sighting, a hotel check-in and the censored threat "****ing {P}"; a court bundle index
with double spaces, a judgment paragraph sign ("¶41 {P}'s"), legalese ("a male, one {P}", "the
said {P}", "namely {P}", "(i.e. {P})", "{P} et al."), "(sic)" and "(no relation)"; subtitle
(SRT) cues with arrows, a Teams transcript, "joined the meeting (audio only)", a WhatsApp
"added {P}", an audit trail, a case-system step with pipes, an auto-reply, "FAO", "c/o" and
"pp"; Markdown bold ("**{P}**"), HTML entities run onto the name ("&nbsp;{P}&nbsp;&amp;"), a
barcode in asterisks ("*{P}*"), a gamertag with underscores, underlined form blanks
("__{P}______"), dot leaders in a contents page, check boxes, box-drawing table rows and a
genogram tree branch ("└── {P}"); PDF artefacts (superscript footnote numbers glued to the
name, a footnote line, a form feed after a running header, a byte-order mark before a CSV row,
right-to-left marks round the name in a translated Arabic message); a Welsh-English bilingual
form, a heading in capitals, a review chapter title ("Learning from {P}") and "A day in the
life of {P}"; a fire-service Safe and Well visit, NHS 111, a radiology request, a play
specialist, a sleep diary, post-nominals ("{P} RGN SCPHN"), Home Office screening, a
wristband, a baptism register, an adoption panel, Fraser guidelines, a prison visit booking, a
MARAC line, AssetPlus, circles of closeness, a duplicate record, council tax, a search history
in lower case, faith-based abuse and "Miss {P} from church"; and slots where the name reads as
an ordinary word ("full of {P}", "But for {P}", "beyond {P}", "{P} aside", "{P} included",
"{P} permitting", "All {P} wanted", "Thank God for {P}", "of all people", "post-{P}", "goes
by {P}", "{P} Snr", "Lil {P}", "Team {P}").
Ordinary entries put each word-name at the start of a sentence or line in about half of them
and mid-sentence in the rest, in the same new genres (children's home logs, MyConcern RAG,
custody, county lines and tick lists, BTP descriptions, a hotel, fire service, NHS 111,
radiology, sleep diaries, Section 7, scouts, football club, madrasa and church), as nouns,
verbs, modals, adjectives and derived forms ("Hope box", "Grace and favour", "Graceful",
"Marker pen", "Rose-pink", "Rosettes", "Maybe", "Billing", "Billboards",
"Billed as", "Amber-tinted", "Sky-blue", "Skylight", "Skyscraper", "Faith healing", "Holly
berries", "Ruby slippers", "Daisy-shaped", "Summers", "Joypads", "Dawn patrol", "Ivy-clad",
"Poison ivy", "Jackhammer", "Jacks", "Robbery", "Frankness", "Dean of the chapel", "rural
dean", "Marshland", "Hill sprints", "Woodworking", "Wood glue", "Stone-throwing",
"Stonewalling", "Bell-ringing", "Bellboy", "Brownish", "Greenery", "Lamb curry", "Fox-proof",
"Banks' fraud teams", "grassy banks"), with idioms not used before ("falling from grace",
"breach of faith", "lost faith", "gentle as a lamb", "too green", "a frank talk").
Unlisted entries put people and towns in a box-drawing table row, PNC aliases, a county line,
an FAO line, an SRT cue, a tick list, "c/o", "a male, one", graffiti, a tattoo, a Welsh-English
form, a search history and a genogram branch.
"""

from __future__ import annotations

SIXTEENTH_PERSON_SENTENCES: list[str] = [
    "Reg 40 notification to Ofsted: {P} held by two staff in the lounge at 21:10 for 4 minutes.",
    "The Reg 44 visitor spoke with {P}, who said the night staff were 'alright, mostly'.",
    "Night log 03:00 - {P} checked x3, breathing, facing the wall, door ajar.",
    "Philomena Protocol form updated: {P} usually heads for the retail park or bus station.",
    "Return home interview offered to {P} by the advocate; refused at the door, accepted by text.",
    "MyConcern #30712 › Student: {P} › Category: Neglect › Assigned: DSL",
    "Custody record: detained person {P}; appropriate adult requested; cell J4; no food taken.",
    "PNC aliases: AKA {P}; AKA 'Lil T'; a second date of birth one year out.",
    "Stopped at the coach station, the girl first gave her name as {P}, then stopped talking.",
    "Handset ending 449 advertises as the '{P}' line, per the bulk text seen by officers.",
    "Tick list in the shoebox: {P} -£40, crossed through, then 'PAID?'",
    "Distinguishing marks: tattoo '{P}' in script on the inside of the left wrist.",
    "'{P} woz ere 2026' had been scratched into the window of the bus shelter.",
    "C14  Statement of {P}  dated 02.10.26  C88–C97",
    "00:02:14,380 --> 00:02:17,020\n{P} keeps saying she wants to go home.",
    "Duty Manager  0:14:52\nSo {P}, if I've got this right, was in the car the whole time?",
    "Audit trail: record of {P} viewed at 14:02:11 by a user with no role in the case.",
    "Step: Child and Family Assessment | Subject: {P} | Status: overdue (41 days)",
    "**{P}** was seen alone in the bedroom; see body map for the marks on the back.",
    "Seen at home:&nbsp;{P}&nbsp;&amp; baby, both clean, flat warm.",
    "As {P}¹⁴ later told the review, nobody had ever asked about the cold.",
    "¹⁷ Conversation with {P} at the family home, September 2026.",
    "OFFICIAL-SENSITIVE   Page 9 of 40\f{P} was not seen by any agency that month.",
    "\ufeff{P},2019-03-14,F,White British,CP plan (neglect)",
    "Safe and Well visit (fire service): alarm fitted in {P}'s room; hoarding rated 6 of 9.",
    "NHS 111 call: the caller, {P}, rang off when asked if the baby was breathing normally.",
    "Circles of closeness: inner circle 'me, {P}, the cat'; outer circle 'school, police'.",
    "{P} RGN SCPHN (HV), 0-19 Public Health Nursing",
    "All post for the children now goes c/o {P} at the grandmother's flat.",
    "FAO {P} – please see attached re the baby's weight, urgent.",
    "Signed pp {P} (on leave) by the team manager, 03/11.",
    "Present in the flat was a male, one {P}, who declined to give a date of birth.",
    "At about 22:00 the said {P} returned and was verbally abusive to officers.",
    "The referral form names the child as '{P}' (sic) and gives no date of birth.",
    "Another pupil in Year 5 is also called {P} (no relation); the records were mixed up.",
    "She now goes by {P} and has asked school to use it on the register.",
    "{P} Snr, the paternal grandfather, was not known to any agency.",
    "'It all went wrong post-{P},' the mother said of the end of the relationship.",
    "Nan said the house felt full of {P} again once the baby came home.",
    "But for {P}, nobody would have known the baby was in the flat.",
    "Responsibility went beyond {P}; every agency had a part, the review concludes.",
    "Learning from {P}: what practitioners told us",
    "A day in the life of {P}, pieced together from the school and nursery records",
    "Parish baptism register: {P}, 3 June; godparents named as two neighbours.",
    "Specimen label printed as *{P}* before the spelling was corrected on the ward.",
    "Duplicate record found: {P} (DUP) merged into the main file on 04/11.",
    "☒ {P} present  ☐ mother present  ☐ partner present",
    "│ {P} │ 7 │ F │ CP plan │ school: yes │",
    "└── {P} (b. 2019), lives with the maternal aunt",
    "Sports day, Year 2 sack race: 1st {P}, who was then collected early by the partner.",
    "HMP visit booking: adult visitor the grandmother; child visitor {P} (6); Thu 14:00.",
    "MARAC 26/114: victim {P}, DASH 17, actions to the IDVA and housing.",
    "AssetPlus, own view: {P} says 'I only hold it for them, I don't sell.'",
    "Home Office screening: name recorded as {P}, spelt from the boy's own handwriting.",
    "Wristband read '{P}', but the date of birth on it was the sibling's.",
    "Known on the estate as 'Lil {P}', he runs for the older boys after school.",
    "Message read: 'ur dead ****ing {P}' from a withheld number.",
    "The adult who bought the vodka, namely {P}, has not been charged.",
    "The carer (i.e. {P}) signed the safety plan on the kitchen table.",
    "Team sheet for Saturday: No. 7 {P}; the coach saw bruising at half-time.",
    "Relatives wore 'Team {P}' T-shirts in the public gallery.",
    "Auto-reply: I am on leave until 2 December; for urgent matters contact {P}.",
    "Register, week 3: {P}  / \\ N N L O - no reason given.",
    "{P} aside, no one in the household could drive.",
    "{P} included, the whole household was sleeping in one bedroom.",
    "{P} permitting, the visit goes ahead on Friday at 4.",
    "All {P} wanted was a bed of her own, the foster carer said.",
    "{P}, of all people, was the one who rang 999.",
    "Thank God for {P}, the childminder told the review.",
    "{P} et al. (the older boys) were seen near the canal again.",
    "[10:42] {P} joined the meeting (audio only)",
    "WhatsApp: 'Mum added {P}' - the group was named 'family ❤️'.",
    "Fit note issued to {P}: not fit for work, 4 weeks, low mood.",
    "Council tax single-person discount claimed by {P}, though the partner lived there.",
    "CME referral: {P} believed to have left the country; destination unknown.",
    "CLINICAL DETAILS: ?NAI. {P} fell from sofa per mum. REPORT: healing fracture, R 7th rib.",
    "Sleep diary, night 4: {P} up at 01:00, 03:30 and 05:15; mum asleep on the sofa.",
    "The pastor described {P} as 'troubled by a spirit' and prayed over her for an hour.",
    "Club welfare officer: {P} seen getting into a coach's car after training.",
    "Hotel check-in: room 214 booked by an adult male; {P} on reception CCTV at 23:05.",
    "BTP: {P} found by the track near the station, no ticket, no phone.",
    "Search history on the laptop: 'can social services take {P} if i move'",
    "Message (Arabic, translated): the sender signs off \u200f{P}\u200f at the end.",
    "Child's name: __{P}______ DOB: __/__/____",
    "3. Hearing {P} .................... 14",
    "Enw'r plentyn / Child's name: {P}",
    "WHAT {P} TOLD US",
    "xX_{P}_Xx was the gamertag the man used to message her.",
    "Miss {P} from church has the children on Sunday afternoons.",
    "¶41 {P}'s evidence on this point was, I find, truthful.",
    "Scout leader log: {P} arrived without a coat and ate most of the camp snacks.",
    "Play specialist: {P} used the doll to show where 'the hitting' happened.",
]

SIXTEENTH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Hope box: residential staff helped her fill a shoebox with things that calm her.",
        "Hopefully the Section 7 report will be filed before the hearing, the clerk wrote.",
        "On the circles sheet she put 'nobody' in the middle and said she had no hope.",
        "Search history: 'is there any hope of getting my kids back if i stop drinking'",
        "MARAC actions were agreed in the hope that the IDVA could make contact first.",
    ],
    "grace": [
        "Grace and favour tenancy: the flat came with the father's job on the estate.",
        "Grace, said before tea at the children's home, was optional, staff explained.",
        "The landlord gave a month's grace before starting possession proceedings.",
        "Graceful on the ice, the girl had stopped going to skating club since March.",
        "The pastor spoke of 'falling from grace' when describing the child's behaviour.",
    ],
    "mark": [
        "Mark-up on the radiology request: healing fracture, right seventh rib, 2-4 weeks.",
        "Marker pen on the bedroom wall read 'I hate it here', the night log says.",
        "Hi-vis vests marked 'STAFF' were used by the youths to get into the festival.",
        "Marks scratched into the desk in the custody interview room were tallies of days.",
        "The sleep diary showed a marked drop in night waking once the baby had a cot.",
    ],
    "rose": [
        "Rose-pink bruising on the inner thigh was noted by the play specialist.",
        "Rosettes from the pony club were pinned over the bed in the residential unit.",
        "Her temperature rose to 38.4 and she was sent home from sports day.",
        "Tensions rose in the custody suite when the appropriate adult was delayed.",
        "Arrests for shoplifting rose after the county line moved into the area.",
    ],
    "may": [
        "May bank holiday: the madrasa was closed and the boy was not seen for four days.",
        "Maybe, the girl told the Reg 44 visitor, she would like to see her brother again.",
        "Fit note: the mother may be fit for work with adjustments from January.",
        "The scout leader said the boy may have been sleeping in the hut.",
        "May's council tax instalment was missed and the arrears went to a liability order.",
    ],
    "will": [
        "Will she be safe there? the girl asked the Reg 44 visitor about the new placement.",
        "Will someone ring me back? was the last thing the caller said to NHS 111.",
        "The fit note says she will be reviewed by the GP in four weeks.",
        "Staff will check on the boy every 15 minutes overnight, the care plan says.",
        "The guardian will file her analysis two days before the final hearing.",
    ],
    "william": [
        "Will the placement hold? The IRO put the question plainly at the midway review.",
        "The council will take the arrears from the benefit payment each month.",
        "Billing errors left the family owing £900 to the water company.",
        "A hotel bill for two nights was found in the 15-year-old's bag.",
        "The scout camp bill was paid in cash by an adult no one recognised.",
    ],
    "bill": [
        "Bill of costs: the solicitor's fees were queried at the end of the proceedings.",
        "Billboards near the school advertised the helpline the girl later rang.",
        "The phone bill showed 212 calls to a single number over the month.",
        "A final bill from the energy supplier was pinned to the fridge with a magnet.",
        "Billed as a youth club, the flat above the takeaway was used to groom children.",
    ],
    "amber": [
        "Amber on the MyConcern triage: no immediate action, DSL to review on Monday.",
        "Amber-tinted glasses were the only thing the boy could describe about the man.",
        "The fire service rated the flat amber for hoarding and fire loading.",
        "The MARAC coordinator downgraded the case to amber after the arrest.",
        "Urine was dark amber, the NHS 111 adviser noted, and there were two wet nappies.",
    ],
    "sky": [
        "Sky-blue hoodie, grey joggers and black sliders, per the BTP description.",
        "Skylight in the loft bedroom could not be opened; the fire service flagged it.",
        "The child's drawing showed a red sky over the house and 'mum' in a tiny box.",
        "Sky over the scout camp was clear; the boy said it was his first night outdoors.",
        "Skyscraper drawings covered her bedroom wall in the residential unit.",
    ],
    "faith": [
        "Faith-based abuse was considered after the pastor called the child possessed.",
        "Faith healing sessions at the church were attended by the mother every week.",
        "The Section 7 report notes the father's faith and his wish for church on Sundays.",
        "The mother said she had lost faith in the MARAC after the third incident.",
        "A breach of faith, the girl called it, when the worker shared what she had said.",
    ],
    "holly": [
        "Holly wreaths were on sale at the school fair where the boy was last seen.",
        "Holly berries were found in the toddler's mouth, NHS 111 was told.",
        "A holly leaf was stuck to the baby's sleepsuit when she arrived at ED.",
        "The scouts collected holly for the church on the Saturday before Christmas.",
        "Scratches on both shins were put down to a holly hedge by the school gate.",
    ],
    "ruby": [
        "Ruby-red lipstick was on the girl's face when she was found at the hotel.",
        "Ruby slippers were her costume for World Book Day, the class teacher said.",
        "Ruby anniversary party at the grandparents' was the last time the families met.",
        "A ruby stud earring was logged in her property at the custody desk.",
        "The cut on her lip was ruby red and still bleeding at the walk-in centre.",
    ],
    "daisy": [
        "Daisy stickers marked the nights she had stayed dry on the bedtime chart.",
        "Daisy-shaped hair clips were in the bag left at the bus station.",
        "The girl made a daisy chain for the guardian during the visit in the park.",
        "On the sports field the girls sat picking daisy heads through the PE lesson.",
        "The baby's sleepsuit had a daisy pattern and was soaked through.",
    ],
    "summer": [
        "Summer camp with the football club was paid for by a man the parents did not know.",
        "Summers were spent at the paternal grandmother's caravan, the Section 7 report says.",
        "The madrasa closes over the summer, so nobody outside the home saw the boy.",
        "Late-summer heat made the top-floor flat unbearable, the fire service noted.",
        "Summer reading challenge certificate: the only thing on her wall.",
    ],
    "joy": [
        "Joy, the girl wrote on her circles sheet, is 'when nobody shouts'.",
        "Joypads and a new console appeared in the bedroom within a week.",
        "There was joy on both sides when the siblings met at the contact centre.",
        "The youth worker saw a kind of joy in him at the football club.",
        "She said the baby was her 'only joy' in a text to the health visitor.",
    ],
    "dawn": [
        "Dawn patrol by the BTP found two teenagers asleep in the station toilets.",
        "Dawn came up before the girl was returned from the hotel.",
        "The sleep diary shows the baby awake from 3 a.m. until dawn most nights.",
        "Officers executed the warrant at dawn and found the boy in the loft.",
        "Dawn walk planned by the scouts ended when the boy left early.",
    ],
    "ivy": [
        "Ivy grew through the window frame of the bedroom, the fire officer noted.",
        "Ivy-clad walls hid the CCTV camera at the back of the house.",
        "Poison ivy was blamed by the mother for the rash, though the GP doubted it.",
        "The garden was thick with ivy and the shed door would not shut.",
        "A sprig of ivy was tucked behind her ear in the photo from the hotel.",
    ],
    "jack": [
        "Jackhammer noise from the roadworks kept the baby awake, the mother said.",
        "Jacks and a bouncy ball were the only toys in the bedroom.",
        "A car jack had been used to force the back door, the burglary report says.",
        "He had the car up on a jack on the drive when officers arrived.",
        "The youths tried to jack a moped outside the chicken shop.",
    ],
    "robert": [
        "Robbery of a mobile phone was the index offence on the AssetPlus.",
        "Robbing the corner shop was the boy's idea, the older youth told officers.",
        "They made him rob a delivery rider to clear the debt on the tick list.",
        "The girl said she was told to rob the hotel minibar and bring the money back.",
        "Two men tried to rob the boy of his trainers at the station, BTP said.",
    ],
    "frank": [
        "Frank and open is how the Reg 44 visitor describes the staff with her.",
        "Frankness from the father surprised the guardian at the second visit.",
        "The madrasa teacher was frank about the boy's absences.",
        "The Section 7 officer had a frank talk with both parents about the row.",
        "In frank terms, the GP said the fit note was no answer to the housing.",
    ],
    "miles": [
        "Miles travelled by the school taxi each day: 42, there and back.",
        "Miles of railway line were searched by BTP before the girl was found.",
        "The hotel was 30 miles from the children's home.",
        "The football club is ten miles away, and the coach drove him both ways.",
        "She walked four miles at night to get back to the residential unit.",
    ],
    "dean": [
        "Deanery synod minutes recorded the vicar's concern about the family.",
        "Dean of the chapel at the university was told of the student's disclosure.",
        "The rural dean was asked to visit the family after the deliverance service.",
        "The college's dean for pastoral care arranged a room for the care leaver.",
        "The dean signed the safeguarding policy for the cathedral choir school.",
    ],
    "marsh": [
        "Marshland behind the caravan park is where the boys had a den.",
        "Marsh ground near the estuary was searched by the coastguard.",
        "The search team walked the marsh with dogs until dark.",
        "BTP found the boy on the line where it crosses the marsh.",
        "The dog walker found the bag in reeds at the marsh edge.",
    ],
    "hill": [
        "Hills behind the town were where the runners met the van.",
        "Hill sprints at football training were too much for him, the coach said.",
        "The boy said the men made him wait on the hill above the park.",
        "Officers followed the car up the hill to the hotel.",
        "The scouts' hike up the hill ended when she refused to go on.",
    ],
    "wood": [
        "Woodworking club at the secure unit was the one thing he looked forward to.",
        "Wood glue had been sniffed, staff at the residential unit suspected.",
        "The boy had been sleeping in the wood behind the retail park.",
        "A piece of wood was wedged under the bedroom door handle from the inside.",
        "Search teams found a den in the wood with sleeping bags and cans.",
    ],
    "stone": [
        "Stone-throwing at buses was on the AssetPlus as a previous concern.",
        "Stonewalling by the father frustrated the Section 7 officer.",
        "He had put on a stone at the residential unit, which staff saw as a good sign.",
        "A stone had been thrown through the window of the flat, the fire officer saw.",
        "The custody nurse noted a kidney stone in his history.",
    ],
    "bell": [
        "Bell-ringing practice at the church was where the girl met the man.",
        "Bellboy at the hotel called police when the girl asked him for help.",
        "The night bell at the residential unit was rung at 02:10 by police.",
        "The boy rang the school bell as a dare and was excluded for a day.",
        "The bell went for break and the child hid in the toilets.",
    ],
    "brown": [
        "Brown hair, scraped back, and a grey tracksuit, per the BTP description.",
        "Brownish fluid on the sheets was photographed by the officer.",
        "The mother's urine was brown and she was vomiting, NHS 111 recorded.",
        "A brown envelope of cash was in the boy's school bag.",
        "The bruise had gone brown at the edges by the time of the CP medical.",
    ],
    "green": [
        "Green on the MyConcern triage meant the DSL would review within a week.",
        "Greenery in the garden had been cut back for the search.",
        "The football club's green kit was in the hotel bathroom.",
        "The fire service gave the smoke alarm a green light after testing.",
        "He was too green to read the signs, the review says of the student social worker.",
    ],
    "lamb": [
        "Lamb curry was the meal the residential staff made for his birthday.",
        "Lambs were being born in the field where the boy was found.",
        "The girl took a toy lamb to every contact with her mother.",
        "The foster carer said he was 'gentle as a lamb' with the baby.",
        "The farm work meant the father was out at night with the lambs.",
    ],
    "fox": [
        "Fox urine smell in the hallway was mentioned by the fire officer.",
        "Fox-proof fencing round the chicken run had been cut, the farmer told police.",
        "The boy said a fox had got into the tent on the scout camp.",
        "CCTV at the station showed a fox on the platform, then the girl.",
        "The baby woke screaming at a fox barking outside, the sleep diary notes.",
    ],
    "banks": [
        "Banks of the canal were searched by the dive team.",
        "Banks' fraud teams flagged money going from the girl's account to a man.",
        "The boy was found sleeping on the canal banks under the bridge.",
        "The mother used two food banks and a baby bank in the same week.",
        "Grassy banks by the motorway slip road were where the runners met.",
    ],
}

SIXTEENTH_UNLISTED: list[str] = [
    "│ {U} │ 34 │ M │ lodger │ no checks │",
    "PNC aliases: AKA {U}; AKA 'Lil D'.",
    "Handset ending 118 is the '{U}' line, running from {T}.",
    "FAO {U}, Reg 44 visitor – report attached.",
    "00:04:10,200 --> 00:04:12,900\nHe said {U} took us to {T} in the van.",
    "Tick list in the shoebox: {U} -£60.",
    "Post for the boy goes c/o {U} at a flat in {T}.",
    "Present in the car was a male, one {U}, of no fixed abode.",
    "'{U} woz ere' was sprayed on the underpass in {T}.",
    "Tattoo on the man's neck reads '{U}', a name the girl did not recognise.",
    "Enw / Name: {U}   Tref / Town: {T}",
    "Search history: 'trains to {T} tonight'",
    "└── {U} (half-brother, lives in {T})",
]
