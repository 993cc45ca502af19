"""Twenty-fourth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the twentieth's, twenty-first's, twenty-second's and
twenty-third's headers (their first 45 lines); only the corpus generator was read, for the
format, with the sizes of the twentieth to twenty-third families' exports counted (not their
text); run_bench.py was read only as far as its module docstring and the lines that turn
SENTENCE_SETS into flags, and pyproject.toml only for the ruff settings. No real person or case
is represented: every name is filled in by the generator, and the forms, tools, services,
meetings and agencies described are generic or invented; the hymns, idioms, brands and tools
mentioned are public ones, there only for the words they contain.

Styles. Person entries put the name in the investigative and administrative genres the
twentieth to twenty-third families did not list: Achieving Best Evidence and PACE interview
transcripts ("Q. Who else lives at your house? A. Mum, me and {P}.", "IO:"/"W:" speaker labels,
stage directions "[points to the figure marked {P}]", "[00:14:32]" time stamps, ground rules, a
"no comment" reply); 999 calls and police command-and-control logs ("CAD 1473 21:52 RP is {P},",
"Operator: Is {P} breathing?", a silent-call prompt, "OIC to obtain statement from {P}", a PPN,
bail conditions, a DASH question); MASH research notes and referral forms (per-agency checks,
consent overridden, "Referrer's relationship to {P}:", duplicate records merged with the name
twice, previous contacts); e-mail chains ("On Tue, 4 Mar 2025 at 09:12, {P} wrote:", nested
quote marks "> >", a forwarded-message block across lines, "Sent on behalf of", "cc:", a
disclaimer, an out-of-office); Word drafts with tracked changes and comment bubbles ("Comment
[RV4]: Do we need to name {P} here?", "Deleted: {P}", a formatting note glued on after the name
"{P}[Formatted: Highlight]", "TO DO - check DOB for {P}!!"); a parent's diary typed from
handwriting with transcription conventions ("[?{P}]", "{P} [underlined twice]", "{P} [sic]",
"[word illegible]"); naming records (a deed poll recital "I, {P}, ... absolutely and entirely
renounce", "Formerly known as", birth registration, a christening card); the name on a child's
things (a name tape, a nursery peg label, birthday-cake icing in capitals, a gift tag, a drinks
bottle, a sticker chart, a charity gift-appeal tag, a game username with digits glued on);
education plans (EHCP Section A, a PEP attendance list, pupil premium plus, an attendance code);
direct-work tools (a Signs of Safety danger statement and scaling, the Three Houses, a safety
network, an ecomap, words and pictures); deaths and memorials (an order of service, "In loving
memory of {P}", CDOP Form B, "The late {P}", a balloon release); residential care (a Regulation
44 visit, a return home interview, a numbered missing episode, a restraint record); adoption and
permanence (a Child Permanence Report, letterbox contact, a matching panel, a special
guardianship assessment); solicitors' letters and the court list ("We act for {P}", "Our client,
{P}, instructs us", "Cause list, Court 3, 10:30: Re {P} (A Child)", "Without prejudice"); money
(a section 17 voucher, a payment reference in capitals, a Household Support Fund award);
screenshots and phone content described in words ("[Screenshot 3 of 7: Instagram story posted
by {P}, 23 views]", Snap Map, a renamed group chat, a voice note, a Marketplace listing, story
viewers); honorifics and kinship terms not used before ("Pani {P}", "Signora {P}", "Ma chère
{P}", "{P} Khala", "{P} Baji"); newborn and infant health (red book, blood spot, hearing screen,
immunisations); a Word table flattened one cell to a line, with the name alone on its line
between "Parent" and "Yes"; the name in straight and curly quotes as a street name ("known on
the estate as '{P}'"); the name used attributively ("The {P} referral", "{P} contact cancelled",
"the {P} incident", "{P} junior"); and, hardest, slots where a word-name reads as the ordinary
word: after prepositions and verbs that suit a month, a season, a feeling, a bill or a plant
("Nobody gave up on {P}", "put all her trust in {P}", "Until {P} was discharged", "Changes in
{P}", "before {P} woke", "Arguments over {P}", "Referral made by {P}") and before predicates
those words take ("{P} came and went", "{P} broke down", "{P} was cut off", "{P} is due at the
clinic", "{P} was flagged to the MASH", "{P} was settled", "{P} passed the message on", "{P} was
kept on hold").
Ordinary entries put each word-name in the same genres, at the start of a line, after a colon or
a speaker label, in capitals and inside compounds and idioms where it could be read as a name:
e-mail openers and replies ("> Hope you are well.", "Will do - thanks", "Will someone please
confirm"), interview ground rules and questions ("Will you promise to tell the truth today?",
"Q. You may stop me at any time", "Q. Did they rob you?", "Q. I'm going to be frank with you"),
the 999 operator's "May I take your name?", log slang ("Tried mum x3 - no joy.", "The Old Bill
were round again", "Jacked up on something"), a police call sign ("Foxtrot 21 on scene"), review
idioms ("Alarm bells should have rung", "Can't see the wood for the trees", "a clean bill of
health", "Be that as it may", "Uphill battle", "Stonewalled", "miles better"), funerals
("Amazing Grace was played", "Lamb of God was sung", "Headstone"), eponyms and brands ("Bell's
palsy", "Marks & Spencer vouchers", "The Green Book", "Sky Kids", "A Jack Russell"), infant
health ("Milestones (ASQ-3)", "Birthmark:", "Amber teething necklace"), compounds that open with
or hide the word ("Skylight", "Hollyhocks", "Summerhouse", "Joystick", "Killjoy", "Hijacked",
"Franked 03/03", "Interfaith", "Outfoxed", "Marshmallows", "Lambswool", "Woodchip", "doorbell"),
headings and labels in capitals ("MAY HALF TERM", "AMBER - MONITOR", "GRACE PERIOD ENDS",
"BILLS (UNPAID):", "ROBBERY - OIC", "MILES TRAVELLED:", "GREEN - NO FURTHER ACTION", "BANKS
(ACCOUNTS HELD):"), form fields ("Faith / religion (Section A):", "Bill payer:", "Hope: 4/10"),
and a child's quoted answers ("A. Sky blue, like my school jumper."). Unlisted entries put the
people and places the identity list does not know in the same genres.
"""

TWENTYFOURTH_PERSON_SENTENCES = [
    # Achieving Best Evidence and PACE interview transcripts.
    "Q. Who else lives at your house? A. Mum, me and {P}.",
    "INT: And what did {P} do then? W: [inaudible] ... went out the back.",
    "IO: You said {P} was in the kitchen. Is that right? W: (nods)",
    "[00:14:32] W: {P} said not to tell. [long pause]",
    "Q. Tell me everything about the time {P} came in your room. A. I don't want to.",
    "Q. Is {P} a grown-up or a child? A. A grown-up. Big.",
    "[Child points to the figure marked {P} on the drawing and turns it over]",
    "Ground rules explained; the child corrected how {P} was written on the whiteboard.",
    "Asked under caution whether {P} was present at the flat, the suspect said 'no comment'.",
    "The witness drew {P} with no mouth and wrote 'scary' underneath.",
    # 999 calls and command-and-control logs.
    "CAD 1473 21:52 RP is {P}, states partner kicking the door in, call dropped.",
    "Operator: Is {P} breathing? Caller: I don't know, I don't know.",
    "Silent 999 call; prompt used; female then heard to say '{P}, stop, please'.",
    "Log update 22:07 - units on scene, {P} detained under s.136 and taken to the suite.",
    "OIC to obtain a statement from {P} re the 02:00 disturbance.",
    "Grade 1 response. Location given by {P} as the stairwell, third floor.",
    "PPN submitted re {P} (domestic, medium risk), shared with the MASH next morning.",
    "Bail conditions: not to contact {P} directly or indirectly.",
    "DASH Q5: Is {P} pregnant or has she recently had a baby? Answer: Yes (8 weeks).",
    # MASH research notes and referral forms.
    "MASH research (Health): {P} - no open episodes; last seen by the GP 11/2023.",
    "Name of person referred: {P}    Known to Children's Services? Y / N / Not known",
    "Agency checks - Education: {P} on roll, 84% attendance, no CME history.",
    "Consent to share obtained from {P}? No - overridden (risk of significant harm).",
    "Referrer's relationship to {P}: class teacher (2 years).",
    "Duplicate record found: {P} (ID 40112) merged into {P} (ID 40877).",
    "Previous contacts for {P}: 6 (2019-2024), all NFA at the front door.",
    "Threshold: level 3. Reason: {P} presents with escalating self-harm.",
    # E-mail chains.
    "On Tue, 4 Mar 2025 at 09:12, {P} wrote:",
    "> > {P} has not been in since Monday, can someone check?",
    "---------- Forwarded message ---------\nFrom: school office\nSubject: FW: {P} - attendance",
    "Sent on behalf of {P} by the team administrator.",
    "Please can you add {P} to the invite for Thursday? Thanks.",
    "cc: {P}; DSL; SENCo",
    "This e-mail and any attachments are intended for {P} only.",
    "Out of office: back 14th April. For anything urgent about {P}, please call the duty desk.",
    # Drafts with tracked changes and comments.
    "Comment [RV4]: Do we need to name {P} here? Suggest 'the sibling'.",
    "Deleted: {P} Inserted: the older child",
    "Draft v0.3 - the section on {P} still to be checked against the health chronology.",
    "{P}[Formatted: Highlight] was not invited to the meeting.",
    "Reviewer's note (remove before publication): confirm {P} has seen this paragraph.",
    "TO DO - check DOB for {P}!!",
    # A parent's diary typed from handwriting.
    "Mum's diary, Sat: {P} kicked off again [word illegible] took the baby to Nans.",
    "[?{P}] came round about 8 [rest of line torn off].",
    "{P} [underlined twice] NOT to come to the house.",
    "Wed - rang {P} - no ans - rang again - no ans.",
    "{P} [sic] was written on the back of the envelope in pencil.",
    "Gas man came. {P} hid upstairs. Felt sick all day.",
    # Naming records.
    "By this deed I, {P}, of no fixed abode, absolutely and entirely renounce my former name.",
    "Formerly known as {P} (change of name by deed poll, 2022).",
    "Birth registered by the mother alone; no father named; child registered as {P}.",
    "Christening card: 'To {P} on your special day, God bless'.",
    # The name on a child's things.
    "Name tape sewn into the school jumper read {P}.",
    "Peg label at nursery: {P} (with a ladybird sticker).",
    "HAPPY 5TH BIRTHDAY {P} was iced on the cake the father brought to contact.",
    "Gift tag: 'To {P}, love from Nanny and Grandad xxx'.",
    "The drinks bottle had {P} written on it in marker pen.",
    "Sticker chart: 7 stars for {P} this week, 2 for the baby.",
    "Christmas gift appeal tag: {P}, age 6, likes dinosaurs and slime.",
    "The game username {P}2014xx was used to message the girl after midnight.",
    # Education plans.
    "Section A: All about {P} - what people like and admire.",
    "Aspirations, in the words of {P}: 'be a vet or work with horses'.",
    "PEP meeting: designated teacher, Virtual School, carer and {P} (for part).",
    "Pupil premium plus was spent on a laptop and tutoring for {P}.",
    "Attendance code U (late after registers closed) x4 for {P} this half term.",
    # Direct-work tools.
    "Danger statement: we are worried that {P} could be hurt if the adults fight again.",
    "Scaling: {P} put the family at 3 out of 10 (0 = not safe at all, 10 = totally safe).",
    "House of Worries: 'Dad shouting at {P}'.",
    "House of Good Things: playing Uno with {P}.",
    "Safety network: grandmother, neighbour at no. 14, {P}.",
    "Ecomap: a thick line from the child to {P}, a broken line to the father.",
    "Words and pictures drawn up with {P} at the kitchen table.",
    # Deaths and memorials.
    "Order of service: A celebration of the life of {P}.",
    "In loving memory of {P}, taken too soon.",
    "CDOP Form B submitted for {P} by the designated doctor.",
    "The late {P} had been known to adult mental health services.",
    "Balloon release for {P} at the park on what would have been a 10th birthday.",
    # Residential care.
    "Reg 44 visit: spoke to {P} in the games room for 20 minutes.",
    "Return home interview offered to {P} within 72 hours; declined.",
    "Missing episode 7: {P} left via the fire door at 23:10.",
    "Incident report: restraint used on {P} (2 staff, seated hold, 4 minutes).",
    "Young person's feedback form completed by {P}: 'staff are ok'.",
    # Adoption and permanence.
    "Child Permanence Report: {P} is described by the foster carer as a giggler.",
    "Letterbox: annual letter from {P} received and checked before forwarding.",
    "The matching panel recommended that {P} be placed with the prospective adopters.",
    "Special guardianship assessment of {P} (paternal aunt) - positive.",
    # Solicitors' letters and the court list.
    "Cause list, Court 3, 10:30: Re {P} (A Child) - CMH, 1 hour.",
    "We act for {P} in the care proceedings and write further to your letter.",
    "Our client, {P}, instructs us that no one told her about the meeting.",
    "Without prejudice save as to costs - contact proposal for {P}.",
    # Money.
    "Section 17 payment: £40 supermarket voucher issued to {P} (authorised by TM).",
    "Payment reference: FOR {P} SCHOOL SHOES",
    "Household Support Fund award to {P}, energy top-up of £150.",
    # Screenshots and phone content described in words.
    "[Screenshot 3 of 7: Instagram story posted by {P}, 23 views]",
    "Snap Map placed {P} at a retail park in the early hours.",
    "The group chat was renamed 'get {P}' the night before the assault.",
    "Voice note (0:42) from {P}: crying, says she can't do this anymore.",
    "Marketplace listing by {P}: pram, 'used once', £60.",
    "Story viewers included {P} and two accounts nobody could identify.",
    # Honorifics and kinship terms.
    "Pani {P} was interviewed with a Polish interpreter.",
    "Signora {P} speaks little English; her son interprets at appointments.",
    "The grandmother's letter from France begins 'Ma chère {P}'.",
    "{P} Khala looks after the children when the mother works nights.",
    "The younger ones call the eldest girl {P} Baji.",
    # Infant health.
    "Red book: weights plotted for {P} up to 9 months, then nothing.",
    "Newborn blood spot repeated for {P} (insufficient sample).",
    "Newborn hearing screen: {P} - clear response both ears.",
    "Immunisations: {P} 12-month jabs outstanding (not brought x2).",
    # A Word table flattened one cell to a line.
    "Name\nRole\nAttended\n{P}\nParent\nYes",
    # Quotes and attributive uses.
    "Known on the estate as '{P}', the boy ran drugs for older men.",
    "The child kept repeating \u201c{P}\u201d and pointing at the door.",
    "The {P} referral was closed without a visit.",
    "{P} contact cancelled - no transport.",
    "Everyone called it the {P} incident after that.",
    "{P} junior was at the address; the father was not.",
    "STRATEGY DISCUSSION - {P} - 14/03/2025 - OFFICIAL SENSITIVE",
    # Slots where a word-name reads as the ordinary word.
    "Nobody gave up on {P}.",
    "The mother put all her trust in {P}.",
    "{P} came and went without anyone asking why.",
    "{P} broke down when the decision was read out.",
    "{P} was cut off from friends after the move.",
    "{P} is due at the clinic on Friday.",
    "{P} was flagged to the MASH twice in one week.",
    "{P} passed the message on to the school.",
    "Until {P} was discharged, the baby stayed with the grandmother.",
    "Changes in {P} were picked up first by the dinner staff.",
    "The partner left before {P} woke.",
    "Referral made by {P} on the Friday afternoon.",
    "Arguments over {P} got worse after Christmas.",
    "{P} was settled within a fortnight of the move.",
    "{P} was kept on hold for forty minutes by the housing line.",
]

TWENTYFOURTH_ORDINARY = {
    "hope": [
        "> Hope you are well. Just checking whether the core group is still on for Thursday.",
        "Q. What do you hope happens now? A. Go back to my mum's.",
        "Hopes and wishes (EHCP Section A): to be a vet, to have a dog.",
        "Hope: 4/10 on the mother's own scale, down from 7 in March.",
        "Comment [KL3]: Hope this reads better - I have softened the wording on the father.",
    ],
    "grace": [
        "Amazing Grace was played as the coffin was carried in.",
        "Grace period: 5 working days for PEP returns before the Virtual School chases.",
        "Her saving grace, the IRO noted, was the bond with her older brother.",
        "Q. What happens at teatime? A. We say grace and then we eat.",
        "GRACE PERIOD ENDS 31/03 - arrears to be cleared or notice served.",
    ],
    "mark": [
        "Q. Can you mark on the drawing where it hurt? A. (draws on the tummy)",
        "Marked PRIVATE AND CONFIDENTIAL - ADDRESSEE ONLY.",
        "Birthmark: congenital dermal melanocytosis over the sacrum, noted at the newborn check.",
        "Marks & Spencer vouchers (£50) were bought with the section 17 payment.",
        "Mark as read: the school's e-mail was never opened, the audit trail shows.",
    ],
    "rose": [
        "Rose-gold phone case, cracked, recovered from the stairwell (exhibit 3).",
        "The child rose from the chair and walked out of the interview room at 10:42.",
        "Single white rose on each seat, as the order of service asked.",
        "Arrears rose from £312 to £1,046 between the two support fund awards.",
        "The water in the cellar rose after the storm and the family moved upstairs.",
    ],
    "may": [
        "Operator: May I take your name? Caller: I'd rather not say.",
        "MAY HALF TERM - no school contact for 9 days (see risk plan).",
        "Be that as it may, the decision to close the case was not revisited.",
        "Diary, Thurs 9 May: gas run out again, borrowed a tenner.",
        "Q. You may stop me at any time, OK? A. OK.",
    ],
    "will": [
        "Will you promise to tell the truth today? (ground rules, 10:03)",
        "Will do - thanks for flagging. I'll pick it up with the DSL.",
        "Last will and testament of the maternal grandmother, leaving the flat to the children.",
        "There was no ill will between the carers and the birth family, the report said.",
        "WILL NEED AN INTERPRETER (Polish) - FLAG ON FILE.",
    ],
    "william": [
        "Will someone please confirm who is taking the minutes? - sent 08:14",
        "Bill of costs lodged by the mother's solicitors under the legal aid certificate.",
        "The Old Bill were round again last night, the boy told his youth worker.",
        "The child's wishes: 'I will go to Nan's on Saturdays'.",
        "BILLS (UNPAID): water, council tax, TV licence - see financial assessment.",
    ],
    "bill": [
        "Bill of costs lodged by the mother's solicitors under the legal aid certificate.",
        "The Old Bill were round again last night, the boy told his youth worker.",
        "A clean bill of health from the paediatrician was wrongly taken as reassurance.",
        "BILLS (UNPAID): water, council tax, TV licence - see financial assessment.",
        "Bill payer: grandmother (electricity); the meter is in her name.",
    ],
    "amber": [
        "Amber teething necklace removed and safe sleep advice repeated.",
        "AMBER - MONITOR: refer back if a further incident within 28 days.",
        "Filtering alert (amber): searches for self-harm terms on the school laptop at 23:40.",
        "RAG status: amber across education and health.",
        "Amber-coloured fluid in the baby's bottle was sent for testing.",
    ],
    "sky": [
        "Sky Kids on the tablet was the only supervision, the older girl said.",
        "Skylight in the loft room was the only window; no fire escape.",
        "Q. What colour was the car? A. Sky blue, like my school jumper.",
        "The sky's the limit, the PEP says, if attendance stays above 90%.",
        "Pie in the sky, the father called the contact plan, and walked out.",
    ],
    "faith": [
        "Faith / religion (Section A): Church of England, not practising.",
        "In good faith, the school accepted the mother's account of the absence.",
        "A leap of faith, the chair acknowledged, was needed to return the children home.",
        "Faith leader (imam) attended the funeral and spoke to the family after.",
        "Interfaith chaplaincy at the hospital offered a blessing for the baby.",
    ],
    "holly": [
        "Holly wreath on the front door at the December visit; lights on, nobody answered.",
        "Scratches on both shins - 'from the holly hedge', the child said.",
        "Hollyhocks in the front garden had been the grandfather's pride.",
        "Holly berries collected for the nursery's Christmas display were a choking risk.",
        "Order of service: a sprig of holly on the front cover, the date underneath.",
    ],
    "ruby": [
        "Ruby anniversary party at the grandparents' (40 years) - the father turned up drunk.",
        "Ear: ruby-red and hot to touch; otitis externa diagnosed.",
        "RUBY WEDDING - the card on the mantelpiece was the only decoration.",
        "The ruby in the grandmother's ring was pawned, the pawn ticket shows.",
        "Ruby slippers were her favourite shoes, the foster carer wrote in the life story book.",
    ],
    "daisy": [
        "Carer said 'oops-a-daisy' and picked the toddler up; no injury.",
        "Daisy-chained extension leads ran from the kitchen to the bedroom.",
        "Fresh as a daisy, the mother said on the doorstep at 7am; the worker smelt alcohol.",
        "Daisy print dress, size 2-3, donated by the baby bank.",
        "Daisy-chain bracelet from the nursery was in her coat pocket at the medical.",
    ],
    "summer": [
        "SUMMER TERM REVIEW - attendance 79%, 3 suspensions.",
        "Summer-born, the child started reception at four years and one week.",
        "Summerhouse in the garden was where the older boys slept, the carer admitted.",
        "Summer Reading Challenge certificate was pinned to the fridge.",
        "Indian summer, the health visitor noted, and the baby was overdressed in a snowsuit.",
    ],
    "joy": [
        "Tried mum x3 - no joy. Left VM.",
        "Joystick from the games console was used to hit the younger brother, police were told.",
        "Killjoy, the boy called the residential worker who confiscated his phone.",
        "The birth of the baby should have been a joy, the mother said, but she felt nothing.",
        "Joy, relief and anger were all in the room when the judgment was read out.",
    ],
    "dawn": [
        "CAD update 06:02: dawn warrant executed, three adults arrested.",
        "It's only just dawned on me what he was doing, the mother told the interviewer.",
        "Up at the crack of dawn, baby screaming, no milk left.",
        "Dawn chorus woke the children in the tent; the family had camped since the eviction.",
        "Before dawn on the Sunday, the girl messaged the helpline.",
    ],
    "ivy": [
        "Ivy-covered fence at the back had been pulled down to make a gap to the alley.",
        "Aspiration: to study at an Ivy League university (PEP, Year 11).",
        "English ivy had grown in through the bathroom window frame.",
        "Ivy leaves were stuck to the child's coat, as if he had been lying in the hedge.",
        "The grave was overgrown with ivy by the time of the anniversary visit.",
    ],
    "jack": [
        "A Jack Russell belonging to the lodger bit the toddler on the cheek.",
        "Jacket potato and beans at tea, ate well (carer's log).",
        "Hijacked: the girl's Instagram account was used to message her friends.",
        "Jack-in-the-box toy given at contact; the baby was frightened by it.",
        "Jacked up on something, the neighbour said of the partner on the 999 call.",
    ],
    "robert": [
        "Robbed at knifepoint of his phone and trainers on the way home.",
        "Q. Did they rob you? A. They took my vape and my money.",
        "ROBBERY - OIC to update the YOT worker.",
        "The older boys were robbing younger children of their bus passes.",
        "Street robbery: CAD 2219, two suspects, victim aged 13.",
    ],
    "frank": [
        "Franked 03/03: the letter was posted two days before the hearing.",
        "Frankly, the visit was a tick-box exercise, the practitioner told the reviewer.",
        "Frank and fearless challenge was absent from the core group, the review found.",
        "Frankincense and myrrh - the child was a wise man in the nativity, the photo shows.",
        "Q. I'm going to be frank with you, OK? A. OK.",
    ],
    "miles": [
        "Milestones (ASQ-3): gross motor delayed; fine motor and communication on track.",
        "Miles away, the teacher wrote - daydreaming, not answering to her name.",
        "MILES TRAVELLED: 212 (mileage claim for contact supervision).",
        "The mother walked two miles with the baby in the rain to reach the refuge.",
        "The carers' house was miles better than the hostel, the boy said.",
    ],
    "dean": [
        "Dean of Students at the university confirmed the care leaver's bursary.",
        "DEAN'S OFFICE - FITNESS TO PRACTISE (student social worker).",
        "The cathedral dean took the funeral and visited the family afterwards.",
        "The sub-dean at the medical school was told of the student's arrest.",
        "Deanery training records showed the GP had completed level 3 safeguarding.",
    ],
    "marsh": [
        "Marshmallows were toasted on the fire pit at contact; the father supervised.",
        "Salt marsh behind the caravan park floods at high tide; the boys were found there.",
        "MARSH - DO NOT ENTER signs were on the path the children used.",
        "The body of the dog was found in the marsh drain, the warden said.",
        "Marsh harriers nest on the reserve where the youth group volunteers.",
    ],
    "hill": [
        "Uphill battle, the mother called getting a diagnosis for her son.",
        "Hill start on the first lesson, the care leaver told his PA proudly.",
        "The father said staff were making a mountain out of a molehill.",
        "Over the hill now, the grandmother joked, but she would take the baby.",
        "Down the hill from the school the older boys wait in cars.",
    ],
    "wood": [
        "Can't see the wood for the trees: the chronology runs to 400 entries.",
        "Touch wood, the mother said, the partner has not been back.",
        "Woodchip wallpaper peeling, black mould behind it.",
        "Out of the woodwork came three relatives offering to care for the baby.",
        "Not out of the woods yet, the paediatrician told the family.",
    ],
    "stone": [
        "Stonewalled: no comment to every question in the interview under caution.",
        "Stepping stone to independence, the semi-independent placement was called.",
        "Weight: 7 stone 2 (child's own report), BMI not recorded.",
        "Headstone for the baby was paid for by the church.",
        "STONE FLOOR, NO CARPET, NO HEATING (housing inspection).",
    ],
    "bell": [
        "Alarm bells should have rung when the third child came in with a head injury.",
        "Bell's palsy was diagnosed in the mother in February; she could not drive.",
        "Ring doorbell footage shows the girl leaving at 02:14.",
        "The name rang a bell with the officer, who checked the system.",
        "Bells and whistles were not needed, the reviewer concluded; a phone call was.",
    ],
    "brown": [
        "Hash browns and a fizzy drink for breakfast, the child said.",
        "Browned off with the lot of you, the father shouted, and hung up.",
        "BROWN BREAD, BEANS, TINNED FISH (food parcel list).",
        "Brown-nosing the workers, the partner called the mother's engagement.",
        "Dark brown staining around the toilet and on the bath panel.",
    ],
    "green": [
        "The Green Book (immunisation guidance) was not followed for the catch-up schedule.",
        "Green-eyed with jealousy, the father checked the mother's phone every night.",
        "GREEN - NO FURTHER ACTION (education RAG).",
        "Greenhouse at the back: glass broken, the toddler's hand was cut on it.",
        "The lad's still green, the youth offending worker said of the new volunteer.",
    ],
    "lamb": [
        "Lamb of God was sung at the funeral mass.",
        "Like a lamb to the slaughter, the boy said of being sent back to the unit.",
        "Lambswool cardigan in the cot, removed at the visit (safe sleep).",
        "Mutton dressed as lamb, the partner sneered at the mother, in front of the children.",
        "LAMB, RICE AND PEAS - Sunday tea at the carers' (child ate well).",
    ],
    "fox": [
        "Foxtrot 21 on scene at 22:14; door forced.",
        "Outfoxed the night staff, the boy bragged, by leaving through the laundry window.",
        "FOX IN THE BINS AGAIN (carer's log, 02:30) - child woke screaming.",
        "A knitted fox from the interview suite toy box was given to the child to keep.",
        "Sly as a fox, the grandmother said of the partner.",
    ],
    "banks": [
        "Baby banks in the borough supplied the cot, the pram and the car seat.",
        "Banks of monitors in the control room showed the girl on three cameras.",
        "Food banks: 6 referrals in 12 months (voucher log).",
        "BANKS (ACCOUNTS HELD): none - paid in cash by the employer.",
        "The river broke its banks and the family's ground floor flat flooded.",
    ],
}

TWENTYFOURTH_UNLISTED = [
    "Q. Who is {U}? A. Mum's friend. Sleeps over sometimes.",
    "CAD 0911: RP {U}, neighbour, reports screaming from the flat above.",
    "MASH research (Police): {U} - PNC trace, 2 convictions (ABH 2016, possession 2019).",
    "> On Monday, {U} wrote: can we move the core group to the afternoon?",
    "Comment [AB1]: Is {U} the same man as the lodger in 2021?",
    "Mum's diary: {U} round again, stayed till 3.",
    "The partner's deed poll showed that he was formerly known as {U}.",
    "The order of service lists {U} as giving the eulogy.",
    "Snap Map: the account belonged to {U}, 19, from {T}.",
    "The family stayed at a bed and breakfast in {T} for six weeks.",
    "The funeral was held at St {U}'s, {T}.",
    "Mrs {U}, the dinner lady, noticed the child taking food home.",
    "Dr {U}, the designated doctor, chaired the CDOP meeting.",
    "Voice note from {U}: 'she's not here, stop calling'.",
    "Payment reference: {U} RENT",
    "Ecomap: a zigzag (conflict) line to {U}, the father's brother.",
    "Q. Did {U} ever stay over? A. Loads.",
    "Special guardianship assessment of {U} (maternal great-aunt) in {T} - negative.",
    "The MARAC referral named {U} as the perpetrator.",
    "Letterbox contact: the birth grandmother, {U}, writes each December.",
    "The boys were moved to a children's home near {T} after the arrest.",
    "cc: {U} (IRO); team manager",
    "Name\nRole\nAttended\n{U}\nFamily friend\nNo",
    "The court list also showed a private law case for {U}, heard in {T}.",
]
