"""Twentieth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

Written without reading the rules, their word lists, the benchmark, its results or its README,
or any other sentence family file beyond the sixteenth's, seventeenth's, eighteenth's and
nineteenth's headers (and a glance at the shape of the nineteenth's exports); only the corpus
generator was read, for the format. No real person or case is represented: every name is filled
in by the generator, and the services, venues and acronyms named here are generic or invented.

Styles. Person entries put the name in record genres and joins the sixteenth to nineteenth
families did not list: accessibility formats (screen-reader speech "heading level 2, {P}, link,
visited", image alt text, a Braille label in Unicode cells with its print line, a transcriber's
note, a large-print letter heading, a BSL interpreter's gloss with a fingerspelled name glued
on "fs-{P}", audio description, a Makaton sign name, auto-captions with "[Music]" and
"[Applause]"); dictation with spoken punctuation left in ("{P} comma aged four comma", "open
bracket {P} close bracket") and voice-assistant commands ("Alexa, call {P}", "Hey Siri, text
{P}"); post and fax (a fax cover sheet, "RETURN TO SENDER - {P} NOT KNOWN AT THIS ADDRESS", an
envelope marked private, a Royal Mail redirection, an intercom buzzer label); court and
coroner (order recitals "AND UPON {P} attending", a penal notice in capitals, a Scott schedule
allegation, an inquest "touching the death of", an exhibit label with initials and a slash, a
defined term in curly quotes, an "/s/" e-signature, DocuSign, a Child Abduction Warning Notice,
a non-molestation order); probation, benefits and registries (a licence condition, an EM
curfew breach, nDelius, the Child Maintenance Service "paying parent", a benefits appointee, a
V5C registered keeper, a prepayment meter account holder, an NRM decision, NRPF, a Clare's Law
disclosure, LADO); health labels and systems (a pharmacy dispensing label, a ward bed board, an
HL7 PID segment with carets glued on "{P}^^^^", the clinical age notation "{P} (4/12)", a
hearing aid label, "Was Not Brought", CP-IS, a church prayer list); school and childhood (a
one-page profile, a seating plan, a SEND transport manifest, the elective home education
register, a homework diary, player of the match, a library record, a spelling test); the
child's own writing and life story work (three wishes, a worry monster, a worry-box note with
the apostrophe-less possessive "{P}s house", a life story book, a later-life letter, a letter
to Santa, kisses glued on "{P}xx", "I HATE {P}!!!!!", "My hero is {P}"); social media and
gaming (a hashtag with the name glued on "#JusticeFor{P}", "RIP {P}" with an emoji, a Discord
tag "{P}#0412", a Reddit "u/{P}", WhatsApp strikethrough "~{P}~", a Slack "@{P}" mention, a
fundraiser, a TikTok "POV:", BBCode "[b]{P}[/b]"); machine formats not used before (an LDAP
"cn={P},ou=...", a passport MRZ "P<GBR{P}<<<<", PDF metadata "/Author ({P})", tab-separated
export, RTF control words "\\par {P}\\par", a pivot table "Row Labels:", a list repr "['{P}',
'mum']", a filter 'Name contains "{P}"', an Outlook recall, "[EXTERNAL] {P} shared a file",
"{P} has accepted this meeting"); languages (the honorific suffixes "{P}-ji" and "{P} Hanim",
the Spanish article "la {P}", German low-high quotes, Japanese corner brackets "「{P}」");
joins and typography ("Mum/{P}", "{P}+baby", a plural "two {P}s", a right single quote
possessive, "Re:{P}" with no space, "Auntie" with a no-break space, "Nanny {P}", "Sister {P}"
and "Brother {P}" from church, an arrow bullet); police (body-worn video time codes, a crime
report "Victim (V1): {P}", a MISPER grading, a stop and search record); minutes ("Apologies:",
an action log row, "Matters arising:", "AOB:"); and, hardest, slots where a word-name reads as
the ordinary word: sentence-start predicates that suit a plant, a season, a bill or a feeling
("{P} blossomed at the new school", "{P} wilted under questioning", "{P} was in the garden,
tangled up in the washing line", "{P} came down the hill", "{P} was marked absent", "{P} was
left on the doorstep", "{P} will do", "{P} or no {P}", "Let {P} be", "In {P} we trust").
Ordinary entries put each word-name at the start of a sentence or line in about half of them and
mid-sentence in the rest, as brands, titles, venues and invented acronyms that look like a
person ("HOPE Project", "Hope Street Surgery", "Ruby House", "the Ruby Lounge", "Dawn Ward",
"Marsh Lane Community Centre", "Mrs Brown's Boys", "Reverend Green", "Fantastic Mr Fox", "Ode to
Joy", "The Holly and the Ivy", "Hollyoaks", "Daisy Duck", "DAISY", "Lambrini", "Lamborghini",
"Skype", "Sky Q", "the Old Bill", "Billy no-mates", "the Fox and Hounds", "HILL FARM", "Amber
Alert"), food labels and notices in capitals ("MAY CONTAIN NUTS", "BILL PAID IN FULL", "HOLLY
BERRIES - POISONOUS", "BELL NOT WORKING - PLEASE KNOCK"), sentence starts that read like a
subject ("Stoned, the partner", "Dawn is the only quiet time", "Ivy was thick over the back
gate", "Ruby is the birthstone", "Joy was in short supply"), verbs and derived forms not listed
before ("banks on", "franked", "Franker", "earmarked", "Birthmark", "Hillbilly", "molehill",
"Outfoxed", "Foxy", "hijacked", "Flapjack", "jackboot", "jack up", "Killjoy", "Overjoyed",
"Summersaults", "Saltmarsh", "Marshy", "Interfaith", "Faithful", "Hollyhocks", "Rosehip", "Rose
gold", "Mayhem", "Bluebells", "Dumbbells", "Hash browns", "Brownie points", "Green Cross Code",
"Greengrocer", "Plywood", "Sandalwood", "Wood-effect", "Robing room", "Round robin", "cops and
robbers", "banksman", "Bottle banks", "sub-dean", "Deans", "goodwill", "Will power", "no-hoper",
"Some hope!", "Your Grace", "disgrace", "Skyrocketed", "Blue-sky thinking", "Skyline"), and
idioms not used before ("a glimmer of hope", "airs and graces", "saving grace", "quick off the
mark", "On your marks", "rose to the challenge", "Everything's coming up roses", "ill will", "at
will", "fit the bill", "amber nectar", "took it on faith", "an article of faith", "tears of
joy", "Can't see the wood for the trees", "No stone was left unturned", "Stone the crows",
"stepping stones", "rang a bell", "Like a lamb", "making a mountain out of a molehill", "Miles
of red tape", "Robbed of her childhood").
Unlisted entries put people and towns in a Scott schedule, an LDAP name, an HL7 segment, a fax
header, a Discord server, an exhibit label, an inquest, a BSL gloss, a V5C, a licence exclusion
zone, an "RIP" post, a life story book, a voice-assistant command, screen-reader speech, a
postmark, dictation with spoken punctuation and a motorway services pick-up.
"""

from __future__ import annotations

TWENTIETH_PERSON_SENTENCES: list[str] = [
    # Accessibility formats: screen readers, alt text, Braille, large print, BSL, captions.
    "Screen reader output: heading level 2, {P}, link, visited.",
    'Image alt text: "Photograph of {P} holding a swimming certificate, smiling."',
    "The screen reader announced the table row as: {P}, button, collapsed, 3 of 9.",
    "\u2820\u281d\u2801\u280d\u2811\u2812 {P} (Braille label on the memory box, print underneath)",
    "Transcriber's note: the Braille copy sent to the grandmother spells out {P} on page 3.",
    "LARGE PRINT \u2013 18 point \u2013 Letter for {P} about the meeting on Tuesday",
    "BSL interpreter's gloss: ME WORRY fs-{P} HOME ALONE, NIGHT.",
    "Audio description: {P} turns away from the camera and pulls her hood up.",
    "Makaton: {P}'s sign name is two taps on the chin.",
    "Auto-captions on the boy's video: [Music] hi guys it's {P} [Applause]",
    # Dictation with spoken punctuation, and voice assistants.
    "Dictated: new paragraph {P} comma aged four comma was seen at home full stop",
    "Visit to open bracket {P} close bracket no concerns full stop new line",
    "Alexa, call {P}, the boy kept saying, though the speaker was not connected.",
    "The phone's history showed: 'Hey Siri, text {P} I'm at the park'.",
    # Post, fax and front doors.
    "FAX COVER SHEET \u2013 RE: {P} \u2013 PAGES (INCL. THIS ONE): 4",
    "RETURN TO SENDER \u2013 {P} NOT KNOWN AT THIS ADDRESS",
    "Private & Confidential \u2013 to be opened by the addressee only \u2013 {P}",
    "A Royal Mail redirection in the name of {P} ran out in June.",
    "The name on the buzzer for Flat 3 still read {P}, long after the move.",
    # Court orders, Scott schedules, inquests, exhibits, signatures.
    "AND UPON {P} attending in person and not being represented",
    "IF YOU, {P}, DO NOT COMPLY WITH THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT",
    "Scott schedule, allegation 4: {P} pushed the mother into the door frame. Response: denied.",
    "Inquest touching the death of {P}: the coroner adjourned for a further report.",
    "Exhibit KT/3: pink mobile phone belonging to {P}, seized from the bedroom.",
    "{P} (\u201cthe Mother\u201d) and the partner (\u201cthe Father\u201d) share counsel.",
    "Signed: /s/ {P}",
    "Envelope completed and e-signed by {P} via DocuSign at 21:14.",
    "A Child Abduction Warning Notice was served on the partner in respect of {P}.",
    "Non-molestation order: the Respondent must not contact {P} directly or indirectly.",
    # Probation, benefits, registries and utilities.
    "Licence condition 7: not to approach or contact {P} without prior approval.",
    "EM curfew breach: {P} out of the address 23:41\u201300:17, no reasonable excuse given.",
    "nDelius contact log \u2013 {P} reported on time, presented as calm.",
    "Child Maintenance Service: paying parent {P}, receiving parent the grandmother.",
    "Appointee for benefits: {P} (since the mother's admission).",
    "Registered keeper (V5C): {P}, at an address in another county.",
    "Account holder: {P} \u2013 prepayment meter, emergency credit used.",
    "NRM referral for {P}: positive reasonable grounds decision received.",
    "NRPF: {P} has no recourse to public funds, so section 17 support was agreed.",
    "A Clare's Law disclosure was made to {P} about the partner's history.",
    "LADO consulted: allegation against a person in a position of trust, {P}.",
    # Health labels and systems.
    "Dispensing label: Paracetamol 120mg/5ml oral suspension \u2013 {P} \u2013 5ml 4 times a day",
    "Bed board, Ward 7: Bay 3 Bed 2 \u2013 {P} \u2013 NBM from 00:00, falls risk",
    "PID|1||^^^NHS||{P}^^^^||20190403|F",
    "{P} (4/12) seen with mum in clinic, weight on the 9th centile.",
    "A hearing aid (left) labelled {P} was handed in to the school office.",
    "Was Not Brought (WNB): {P}, second time this quarter.",
    "CP-IS flag viewed at the walk-in centre for {P} at 19:02.",
    "Prayer list this Sunday: please remember {P}, in hospital again.",
    # School and childhood.
    "One-page profile \u2013 What people like and admire about {P}: kind, funny, good at football.",
    "How best to support {P}: give warnings before changes, keep instructions short.",
    "Seating plan, 5B: {P} next to the window, away from the door.",
    "SEND transport manifest: pick-up 07:50, {P}, passenger assistant required.",
    "EHE register: {P} taken off the school roll, parents to home educate.",
    "Homework diary signed \u2018{P}\u2019 in what looks like the child's own hand.",
    "Player of the match: {P} (U11s), for never giving up.",
    "Library record: {P} has six overdue books and a fine of \u00a32.40.",
    "Spelling test, Friday: {P} 4/10, teacher's comment 'keep practising'.",
    # The child's own writing, and life story work.
    "Three wishes: 1. a dog 2. for {P} to stop shouting 3. a bunk bed.",
    "My worry monster is scared of {P} when he comes home late.",
    "Worry box note: i dont want to go to {P}s house this weekend",
    "Life story book, page 2: This is {P}. She carried you in her tummy for nine months.",
    "Later life letter: When you were very small, {P} used to sing to you every night.",
    "Dear Santa, please bring {P} a new phone because hers got smashed.",
    "The card on the flowers said only: love from {P}xx",
    "I HATE {P}!!!!! (written on the back of the bedroom door)",
    "My hero is {P} because she makes my packed lunch every day.",
    # Social media, gaming and chat formatting.
    "#JusticeFor{P} was trending locally within hours of the arrest.",
    "RIP {P} \U0001f494 forever in our hearts, the post said.",
    "Discord: {P}#0412 sent the boy a friend request at 02:10.",
    "u/{P} posted in a forum about running away from home.",
    "WhatsApp, in strikethrough: ~{P}~ is not coming, mum said no.",
    "@{P} can you pick up the 2pm duty call? (Slack, #duty-team)",
    "Fundraiser: help {P} and the kids after the fire \u2013 \u00a31,240 raised of \u00a33,000.",
    "TikTok caption: POV: {P} finds out you told the teacher \U0001f480",
    "[b]{P}[/b] has been banned from the forum for posting the address.",
    # Machine formats not used before.
    "cn={P},ou=Children,ou=Social Care,dc=council,dc=local",
    "P<GBR{P}<<<<<<<<<<<<<<<<<<<<<<<<",
    "/Author ({P}) /Creator (Microsoft Word) \u2013 from the PDF's document properties",
    "CHILD\t{P}\tYR4\tFSM\tY",
    "\\par {P}\\par Seen at home.\\par",
    "Row Labels: {P} (Count of Contacts: 14)",
    "['{P}', 'mum', 'baby', 'dog']",
    'Filter applied: Name contains "{P}" \u2013 3 records found.',
    "{P} would like to recall the message \u201cRE: strategy meeting\u201d.",
    "[EXTERNAL] {P} shared a file with you: chronology_v2.docx",
    "{P} has accepted this meeting. No response required.",
    # Languages and translation.
    "Interpreter: the grandmother calls her {P}-ji, as a mark of respect.",
    "Turkish, translated by the son: {P} Han\u0131m did not come to parents' evening.",
    "Spanish transcript: la {P} no estaba en casa \u2013 \u201cshe was not at home\u201d.",
    "German original: Die Mutter sagte: \u201e{P} war krank.\u201c",
    "Japanese original: \u300c{P}\u300d\u306f\u3069\u3053\uff1f (Where is {P}?)",
    # Joins and typography.
    "Mum/{P} to attend the core group on the 14th; dad not invited.",
    "{P}+baby seen in the foyer of the refuge.",
    "There are two {P}s in the class, so she is known by her surname.",
    "{P}\u2019s coat was soaking wet and she had no socks on.",
    "Re:{P} \u2013 urgent, please call before 4",
    "Auntie\u00a0{P} has had the kids every weekend since Easter.",
    "Nanny {P} picks up on Wednesdays and does tea.",
    "Sister {P}, from the congregation, brought round a meal.",
    "Brother {P} leads the youth group at the chapel on Fridays.",
    "\u2794 {P} \u2013 seen, no concerns",
    # Police.
    "BWV 14:03:22 \u2013 {P}: get off me, I haven't done nothing.",
    "Victim (V1): {P}. Suspect (S1): the partner. Offence: ABH.",
    "MISPER grading: medium \u2013 {P}, last seen at the bus station.",
    "Stop and search record: {P}, searched under s23 MDA, nothing found.",
    # Minutes and action logs.
    "Apologies: {P} (unwell), the GP (clinic).",
    "ACTION 7 \u2013 owner {P} \u2013 due 14/02 \u2013 status: not started",
    "Matters arising: {P} to chase the housing officer \u2013 done.",
    "AOB: {P} is leaving the team at Christmas.",
    # Hardest: slots where the name reads as the ordinary word.
    "{P} blossomed at the new school.",
    "{P} wilted under questioning, the officer noted.",
    "{P} was in the garden, tangled up in the washing line.",
    "{P} came down the hill on a scooter with no helmet.",
    "{P} was marked absent for the third Monday running.",
    "{P} was left on the doorstep with a note.",
    "{P} will do, the mother said, when asked who could babysit.",
    "{P} or no {P}, the plan goes ahead, the chair said.",
    "Let {P} be, the grandmother told the worker.",
    "In {P} we trust, the mother wrote on the birthday card.",
    "{P} sank into the sofa and would not speak.",
    "{P} shone at the nativity play.",
]

TWENTIETH_ORDINARY: dict[str, list[str]] = {
    "hope": [
        "Some hope! the mother said when asked if the landlord would do the repairs.",
        "HOPE Project (Helping Our Parents Engage): referral accepted 12/03.",
        "A glimmer of hope came when the father agreed to the assessment.",
        "Hope Street Surgery is where the family were registered before the move.",
        "The teacher called him a no-hoper in front of the whole class.",
    ],
    "grace": [
        "Airs and graces were not something the grandmother had time for.",
        "Her one saving grace, the report said, was the bond with the baby.",
        "The letter to the bishop began 'Your Grace' and asked for help with the rent.",
        "The headteacher described the fight as a disgrace to the school.",
        "Grace under pressure is not what the mother showed at the hearing.",
    ],
    "mark": [
        "Marks out of ten for the home conditions: the mother gave herself a seven.",
        "Quick off the mark, the school nurse made the referral the same morning.",
        "The placement had been earmarked for a sibling group.",
        "Birthmark (congenital dermal melanocytosis) recorded at the 6-week check, not a bruise.",
        '"On your marks!" was the last thing heard before the fall at sports day.',
    ],
    "rose": [
        "Rose gold phone cases were among the stolen items in the boy's bag.",
        "Rosehip syrup was given to the baby, the grandmother admitted.",
        "The child rose to the challenge of a new school halfway through the year.",
        "Everything's coming up roses, the partner said sarcastically when challenged.",
        "Rose-scented candles were burning next to the cot.",
    ],
    "may": [
        "MAY CONTAIN NUTS was printed on the snack the nursery gave the allergic child.",
        "Mayhem followed when the partner arrived at the contact centre.",
        "May blossom lined the lane to the farmhouse where the family were staying.",
        "The May bank holiday weekend saw two call-outs to the flat.",
        "It may well be that the bruise was accidental, the paediatrician wrote.",
    ],
    "will": [
        "Ill will between the two families went back years.",
        "The boy came and went at will and nobody stopped him.",
        "A goodwill payment of fifty pounds was made by the landlord.",
        "Will power alone would not keep the mother off the drink, the GP warned.",
        "Whoever will take the children at weekends is yet to be agreed.",
    ],
    "william": [
        "Ill will between the two families went back years.",
        "The boy came and went at will and nobody stopped him.",
        "A goodwill payment of fifty pounds was made by the landlord.",
        "The Old Bill came round twice that week, the neighbour said.",
        "Billy no-mates, the girl called herself in her diary.",
    ],
    "bill": [
        "The Old Bill came round twice that week, the neighbour said.",
        "Billy no-mates, the girl called herself in her diary.",
        "The kinship placement fitted the bill, the panel agreed.",
        "The itemised phone bill showed calls to the partner at 3am.",
        "BILL PAID IN FULL was stamped across the enforcement agent's letter.",
    ],
    "amber": [
        "An Amber Alert-style appeal for the missing girl went out on local radio.",
        "Amber nectar, the father called the lager he drank from breakfast onwards.",
        "The amber light on the smoke alarm blinked all through the visit.",
        "Ambers and reds on the dashboard were all cases with missed visits.",
        "The child's eyes are amber-brown, the foster carer wrote on the About Me sheet.",
    ],
    "sky": [
        "Skype calls with the grandmother in Poland were the child's only contact with her.",
        "Blue-sky thinking was asked for at the panel, but no new options emerged.",
        "Rent skyrocketed after the landlord sold the block.",
        "The Sky Q box had been sold, the mother said, to pay for nappies.",
        "The skyline from the 14th floor was the first thing the child drew.",
    ],
    "faith": [
        "Interfaith week at school included a visit to the gurdwara.",
        "Faithful to the partner to the end, the mother refused to give a statement.",
        "An article of faith for the team was that every child is seen alone.",
        "People of all faiths and none are welcome at the drop-in.",
        "The worker took the mother's account on faith and did not check it.",
    ],
    "holly": [
        "The Holly and the Ivy was sung at the nativity while the father shouted outside.",
        "Hollyhocks grew taller than the child in the overgrown front garden.",
        "Holly-leaf scratches, the mother insisted, not fingernail marks.",
        "Hollyoaks was on in the background throughout the visit.",
        "HOLLY BERRIES \u2013 POISONOUS \u2013 KEEP OUT OF REACH, read the nursery's plant list.",
    ],
    "ruby": [
        "Ruby House won the merit cup for the second year running.",
        "Their ruby anniversary party was where the grandfather first met the partner.",
        "Ruby is the birthstone for July, the child told the worker, showing her necklace.",
        "The Ruby Lounge, a bar in town, is where the girl was seen with older men.",
        "The mother's ruby engagement ring was pawned for sixty pounds.",
    ],
    "daisy": [
        "Daisy-chained extension leads in the bedroom were a fire risk, the fire officer said.",
        "A small daisy tattoo on the girl's ankle had been done at a party, she said.",
        "Daisy Duck stickers covered the child's bedroom door.",
        "DAISY (the domestic abuse service for young people) offered the girl six sessions.",
        "Ox-eye daisy seeds were planted by the class in the school garden.",
    ],
    "summer": [
        "Summersaults on the trampoline were how the boy broke his arm, the mother said.",
        "Summer school for Year 6 was offered but not taken up.",
        "High summer, and the flat had no windows that opened.",
        "Summertime opening hours meant the children's centre closed at four.",
        "One summer's day in 2019 the boy was found wandering on the dual carriageway.",
    ],
    "joy": [
        "Killjoy, the girl called the foster carer for enforcing the curfew.",
        "Ode to Joy was the piece the boy played at the school concert.",
        "Overjoyed at the news, the grandmother agreed to the assessment.",
        "Tears of joy at the family time session were noted by the guardian.",
        "Joy was in short supply in that house, the grandmother said.",
    ],
    "dawn": [
        "Dawn chorus woke the baby at four every morning, the mother said.",
        "Dawn is the only quiet time in the flat, the mother said.",
        "The baby was moved to Dawn Ward, the neonatal step-down unit.",
        "It was not until dawn that the girl came home.",
        "A pre-dawn arrest was planned so that the children would be asleep.",
    ],
    "ivy": [
        "Ivy-leaf geraniums hung in baskets by the door of the refuge.",
        "Ivy was thick over the back gate, so nobody could see in.",
        "The Holly and the Ivy was the carol the child chose for the assembly.",
        "Ivy roots had pushed through the bathroom wall, letting in the damp.",
        "Boston ivy turned red over the school's front wall in October.",
    ],
    "jack": [
        "Flapjack and squash were all the boy ate at the holiday club.",
        "The girl's Instagram account was hijacked and used to send threats.",
        "Jack-o'-lantern carving at the after-school club ended with a cut finger.",
        "The landlord tried to jack up the rent after the repairs.",
        "Jackboot tactics, the father called the police's approach.",
    ],
    "robert": [
        "Round robin e-mails to all agencies went unanswered.",
        "Cops and robbers was the game the boys were playing when the window broke.",
        "An armed robbery at the post office led to the partner's recall to prison.",
        "Robbed of her childhood, the girl had cared for her mother since she was eight.",
        "Robing room talk between counsel produced the draft order.",
    ],
    "frank": [
        "The letter was franked by the council's post room on the 3rd but arrived on the 10th.",
        "Frankfurters and chips were the children's tea every night that week.",
        "To be perfectly frank, the plan has failed, the IRO wrote.",
        "A frank admission of the injury came from the partner only at the hearing.",
        "Franker than most, the grandmother listed every incident she had seen.",
    ],
    "miles": [
        "Miles per hour: the car was doing 70 in a 30 zone with the children in the back.",
        "The boy was found forty miles away, in a services car park.",
        "Miles of red tape stood between the family and a transfer.",
        "For miles around, the flat was the only one with a light on.",
        "The foster home is 12 miles (19 km) from the school.",
    ],
    "dean": [
        "Deans of the three colleges met the police about the students.",
        "The sub-dean of the medical school signed the fitness-to-study letter.",
        "DEAN OF STUDENTS (WELLBEING) was copied into the e-mail.",
        "The dean's office closed for the summer, so nobody saw the student's e-mail.",
        "An associate dean for equality chaired the student's appeal.",
    ],
    "marsh": [
        "Saltmarsh at the estuary is where the girl's phone last connected.",
        "Marshy ground by the allotments was where the boys built a den.",
        "Marsh Lane Community Centre hosts the stay-and-play on Mondays.",
        "The marshes were searched by the dog unit overnight.",
        "The caravan park backs onto a marsh that floods at high tide.",
    ],
    "hill": [
        "Hill starts were what the father was practising when police stopped the car.",
        "Making a mountain out of a molehill, the partner said of the bruise.",
        "Hillbilly, the boys at school called him because of his accent.",
        "The hilltop play park has no lighting after dark.",
        "HILL FARM \u2013 PRIVATE \u2013 NO ACCESS was painted on the gate where the car was left.",
    ],
    "wood": [
        "Can't see the wood for the trees, the reviewer said of the 300-page chronology.",
        "Wood-effect laminate had been laid straight over the damp floor.",
        "Plywood boards covered the windows after the raid.",
        "Sandalwood oil was burnt constantly in the bedroom, the foster carer noted.",
        "Woodwork was the only lesson the boy never missed.",
    ],
    "stone": [
        "Stoned, the partner could not say where the baby was.",
        "No stone was left unturned, the police told the family, in the search for the girl.",
        "Stepping stones across the stream were where the child slipped.",
        "Stone the crows, the grandfather said when he saw the state of the kitchen.",
        "The toddler choked on a plum stone and was taken to A&E by ambulance.",
    ],
    "bell": [
        "The name rang a bell with the duty worker, who checked the archive.",
        "Bluebells were picked in the wood where the children were found.",
        "Dumbbells and a weights bench took up most of the children's bedroom.",
        "Bell-curve grading put the boy in the bottom tenth of his year.",
        "BELL NOT WORKING \u2013 PLEASE KNOCK was taped to the front door.",
    ],
    "brown": [
        "Hash browns and energy drinks were the boy's breakfast most days.",
        "Brownie points were earned, the girl said, by keeping quiet about the partner.",
        "Mrs Brown's Boys was on the television throughout the visit.",
        "A brown-bag lunch scheme at the school fed twenty children.",
        "Browning round the edges of the burn suggested it was several days old.",
    ],
    "green": [
        "Green Cross Code lessons were repeated after the near miss outside school.",
        "Playing Cluedo, the boy always chose Reverend Green.",
        "Greengrocer's deliveries from the charity stopped in March.",
        "Green fingers ran in the family, and the allotment was the father's escape.",
        "The girl's hair had been dyed a vivid green by the older girls.",
    ],
    "lamb": [
        "Lambrini bottles were found under the girl's bed.",
        "Like a lamb, the boy followed the older lads everywhere.",
        "Lamborghini posters covered the bedroom wall.",
        "Lamb's fry and onions was the grandfather's Saturday meal.",
        "The ewe rejected her lamb, and the boy bottle-fed it on the farm placement.",
    ],
    "fox": [
        "Fantastic Mr Fox was the book the child chose to read with the foster carer.",
        "Outfoxed by the older boys, the youth worker lost track of the girl.",
        "Foxy, the older men called her in messages, the police found.",
        "The Fox and Hounds is where the partner was drinking that afternoon.",
        "A fox screaming at night terrified the child, who thought someone was being hurt.",
    ],
    "banks": [
        "The plan banks on the grandmother being well enough to help.",
        "Bottle banks behind the supermarket are where the older boys meet.",
        "High-street banks no longer have a branch in the town.",
        "Banks of the reservoir were fenced after the drowning.",
        "He worked as a banksman on a building site, cash in hand.",
    ],
}

TWENTIETH_UNLISTED: list[str] = [
    "Scott schedule, allegation 9: {U} gave the girl alcohol in {T}. Response: not admitted.",
    "cn={U},ou=Adults,ou={T} Hub,dc=council,dc=local",
    "PID|1||^^^NHS||{U}^^^^||19880211|M|||^^{T}",
    "FAX \u2013 FROM: {U}, {T} Police Station \u2013 PAGES: 3",
    "Discord user {U} (server: {T} Gaming) messaged the boy after midnight.",
    "Exhibit RD/2: letter from {U}, found in the girl's bedroom.",
    "Inquest touching the death of {U}, held at {T} Coroner's Court.",
    "BSL gloss: fs-{U} CAR, DRIVE {T}, ME SCARED.",
    "Registered keeper (V5C): {U}, of an address in {T}.",
    "Licence condition: exclusion zone covering {T} town centre; no contact with {U}.",
    "RIP {U} \U0001f494 fly high, the {T} lads wrote under the photo.",
    "Life story book: This is {U}, your first foster carer, in the garden at {T}.",
    "Alexa, call {U}, the boy said, but the speaker was not connected.",
    "Screen reader output: link, {U}, {T} Family Hub, visited.",
    "Postmarked {T}, the card was signed only 'from {U}'.",
    "Dictated: spoke to {U} comma the neighbour comma about the noise full stop",
    "The girl was picked up at {T} services on the motorway by a man she called {U}.",
]
