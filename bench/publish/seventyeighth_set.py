"""Seventy-eighth sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1291 lines, in a command that also tried ls on the path of this file, to see that it did
not exist yet, and on the scratch folder in /tmp; then printed with sed -n in four ranges that do
not overlap, lines 1-400, 401-800, 801-1200 and 1201-1291; it was not imported), and the
[tool.ruff] table of pyproject.toml, printed with sed from its heading to the heading of the next
table, for the line length, 100. From corpus.py: the {P}, {U} and {T} placeholders (a person
template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and
a nickname of more than two letters), the capital it gives a lower-case name that opens a
template (only when nothing stands before the placeholder and the text before it, stripped of
trailing white space, ends in a full stop, so a name after "Dear", "cc:", "To:", a pipe, a tab, a
bracket or a line break keeps the case it was given), the word-names and the other name lists
(plain given names, street trees and suffixes, the words of nursery names, the syllables of
invented surnames and towns, the first names it gives unlisted people and its fallback surname),
the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the
number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert, so every "will"
here is followed by a space, "miles" and "banks" are written in full, and no "supermarket",
"prosecution", "chambers", "risky", "problem", "probation", "wholly", "milestone" or "Churchill"
appears anywhere in this file's sentences); the forms it gives {U} (a first name, a surname, both,
or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact string
"Dr {U}", so no other title or role, "Coroner", "Reviewer", "Chair", "DS" and "Cllr" included, is
put directly before {U} or {P}, though review paperwork often prints one), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the fields of
a notification form, a memo heading, a tracker row and a letter are written into a template as
"\\n", "\\t", pipes and square brackets. The first 45 lines (the headers) of the sixty-eighth,
sixty-ninth, seventieth and seventy-first families, read with head -45 in one shell loop, and
nothing else of them; none of those modules was imported. Those headers give corpus.py as 1459 to
1471 lines long, and the copy read here has 1291; only the copy read here was relied on. The
presence of .venv/bin/ruff was tested with test -x, in the same command as a test -e that this
file was still absent; no directory was listed, git was not run, no README, word list, test or
source module and not the benchmark runner was opened, and no other family being written at the
same time was looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing
nothing of the project; the name lists it checks against were copied by hand from the printed
corpus.py) for stray braces and placeholders, for a title or role directly before {P} or {U}, for
the count of templates and of sentences per key, for each ordinary span (it repeats the
generator's first-substring rule, "will " and the "bill" fallback included, and prints every span
with its context so that each could be seen to fall on the intended word), for a second match of
the word in the same sentence, for other word-names, plain given names and the unlisted people's
first names as substrings anywhere in person, unlisted and ordinary sentences, for line lengths
and non-ASCII characters, and for the short forms below; it was run once on a deliberately faulty
copy in /tmp to see that it catches what it should; ruff check and ruff format were then run
on this file alone. The generator's nickname function was neither read nor called: common short
forms of its given names ("kit", "rich", "bet", "con", "ant", "nat", "lee", "jo", "ty", "cal",
"jon", "nan", "tay", "fay", "mae", "lea", "ric" and "ro" as whole words; "kay", "jay", "bob",
"meg", "daz", "jim", "chan", "shan", "nate", "beth",
"chris", "tony", "rick", "dick", "bert", "kate", "kath", "cath", "billy", "bobby", "robbie",
"robin", "rosie", "gracie", "maisie", "frankie", "fran", "jackie", "ally", "tally", "telly",
"ellie", "katie", "libby", "betty", "kitty", "eliza", "elsie", "lisa", "bess", "john", "jonny",
"willie", "wills", "liam", "jodi", "stace", "kayla", "leigh", "anne", "annie", "skye", "faye" and
the like as parts of words too) are kept out of every sentence here, from general knowledge, so
no adverb ends in "-ally", nothing is "planned", "designated", "okay" or a "change", and the
word-name of an ordinary sentence is the only one it holds ("Frank" itself contains "fran").

Styles. The genre is the review's own paperwork, not the case record it reviews: the serious
incident notification to the national panel (form fields with tabs and line breaks, an upper-case
box), the rapid review record and its decision, the terms of reference with their scoping period
and key lines of enquiry (numbered questions with a name in them), agency chronology requests and
covering letters (a "Re:" line, a memo heading, a nil return, a distribution list with a name
alone on a line), the practitioner learning event notes (attendee lists with roles in brackets,
sticky-note quotations, a breakout question), the independent reviewer's meetings with the family
(present lists, quoted words, Q and A pairs), comments on the draft report (a comments table with
pipes, tracked changes, a bracketed redaction flag), the action plan tracker (rows with pipes and
tabs, owners and status), the publication and parallel-proceedings decisions (the trial, the
inquest, the police SIO, legal advice) and letters to the family about publication ("Dear",
"To:", "cc:", the name in a clause between commas). Names open lines and sentences, follow
labels, colons, tabs, pipes and brackets, sit inside quotation marks and questions, take a
possessive, come after "and", "with", "to" and "of", and carry a role after a comma. The ordinary
uses put each word-name where this paperwork meets it: dates and due dates ("May"), the RAG
column ("Amber", "AMBER", "Green"), protective markings and watermarks ("Marking", "Watermark"),
"will" as a modal and a noun, in a question and inside "Goodwill", bills and billing, "Robbery"
in a parallel-proceedings schedule, idioms ("miles apart", "set in stone", "alarm bells", "the
green light", "out of the woods", "uphill", "hijacked", "dawned on") and room, class and form
labels.
"""

SEVENTYEIGHTH_PERSON_SENTENCES = [
    "Serious incident notification\nChild's name: {P}\nDate of incident: 14/03/2026",
    "Notification form, section 2 (the child)\tName: {P}\tAge at incident: 22 months",
    "SUBJECT OF THE NOTIFICATION: {P}\nSTATUS AT THE TIME: CHILD PROTECTION PLAN (NEGLECT)",
    "| Subject of the review | {P} | Looked after: no | Plan: CP (neglect) |",
    "Rapid review - decision\nThe case of {P} meets the criteria for a local child safeguarding"
    " practice review.",
    "The rapid review considered whether the harm to {P} was serious and whether abuse or neglect"
    " was known or suspected.",
    "Decision: proceed to a local review. Reason: the injuries to {P} raise questions about"
    " multi-agency working across two local authorities.",
    "Scoping period: from the pre-birth assessment of {P} (June 2024) to the date of notification.",
    "Terms of reference, 3.1: How did agencies understand the lived experience of {P}?",
    "Key line of enquiry 4 - Was the voice of {P} heard at the child protection conferences?",
    "Agencies are asked to provide a chronology of their contact with {P} from 01/06/2024 to"
    " 14/03/2026.",
    "Re: Chronology request - {P} (date of birth on file)",
    "Please find enclosed our agency chronology and analysis for {P}, as requested in your letter"
    " of 2 April.",
    "Dear Review Manager,\n\nOur records hold no contact with {P} during the scoping period; a nil"
    " return is enclosed.",
    "Chronology entry 37: GP telephone consultation with {P} about sleep (not coded as"
    " safeguarding).",
    "Practitioner learning event - breakout group 2\nFacilitator's question: what did each of you"
    " know about {P}?",
    "Practitioners said that {P} was 'always polite' at the door, which made it harder to"
    " challenge.",
    'Sticky note, wall 3: "Nobody asked {P} who else lived there."',
    "Learning event attendees: duty team manager, school nurse, {P} (health visiting), police"
    " public protection unit.",
    "Present: independent reviewer; business manager; {P}; advocate (at the family's request).",
    "The reviewer met {P} at the grandmother's home, with an interpreter, on 19 September 2026.",
    "{P} asked that the report say the family had asked for help more than once.",
    '{P}: "Why did nobody ring me back?"',
    "The reviewer asked {P} what would have made a difference; the answer was a worker who stayed.",
    "Family's view (section 6): {P} feels the family were judged on the state of the flat.",
    "Comments on draft v3, para 4.12 - {P} is described as 'non-engaging'; the family ask that"
    " this be removed.",
    "| 4.7 | Should {P} be referred to as Child Q throughout? | Author: yes, agreed |",
    "Tracked comment (Health): the midwife saw {P} on 12 occasions, not 10.",
    "Action 6 | Make sure the voice of {P} informs the training offer | Lead: LSCP | Status:"
    " complete |",
    "Action plan tracker\tRef 2.3\tOwner: named nurse\tNotes: learning from the review of {P}"
    " shared at team briefings",
    "Publication decision: the report is to be published with {P} referred to as 'Child T'.",
    "Parallel proceedings: the criminal trial of {P} is listed for January 2027, so publication"
    " is deferred.",
    "The police SIO asked that the reviewer not speak to {P} until a witness statement had been"
    " taken.",
    "Legal advice (privileged): sharing the draft with {P} before the verdict is not advised.",
    "Dear {P},\nThank you for meeting the reviewer in October.",
    "We are writing to let you know, {P}, that the report is due to be published on 3 February"
    " 2027.",
    "cc: {P} (by hand, via the family liaison officer)",
    "To: {P}\nFrom: Independent Chair, Safeguarding Children Partnership\nSubject: publication"
    " date",
    "Subject: local review - draft for factual accuracy - {P} (OFFICIAL-SENSITIVE)",
    "Notification to the national panel was made within five working days of the incident"
    " involving {P}.",
    "Was {P} known to children's social care at the time of the incident? Yes, as a child in need.",
    "The national panel's letter agreed that the learning about {P} was of wider interest.",
    "Agency: Community Health\tAuthor: named nurse\tPerson: {P}\tContacts in period: 23",
    "{P} - no records held (nil return from the ambulance service).",
    "[{P}] - redact before circulation",
    "Chronology gap: nothing was recorded about {P} between the discharge letter and the first"
    " home visit.",
    "The independent reviewer's second meeting was with {P} alone, at the family's wish.",
    "Feedback from {P}'s family on the draft: it reads as if they were to blame.",
    "Q7. Did any practitioner speak to {P} about the new partner?\nA7. Once, at the six-week"
    " check.",
    '"{P} is the one who should have been heard," the grandmother told the reviewer.',
    "Actions agreed at the rapid review:\n1. Request chronologies.\n2. Seek the views of {P}."
    "\n3. Inform the coroner.",
    "Family liaison: contact with {P} is through the police FLO, not direct.",
    "Signed:\t{P}, health visitor\tDate: 21/10/2026",
    "Distribution list:\n{P}\nBusiness manager\nNational panel secretariat",
]

SEVENTYEIGHTH_ORDINARY = {
    "hope": [
        "Hope for the family was not the same thing as a plan, the rapid review concluded.",
        "The mother said she had hoped the review would explain why nobody came back.",
        "Section 8: Hopes and worries of the family (in their own words).",
        "We hope this letter reaches you before the report is published.",
        "The learning event ended on a hopeful note, with each agency naming one action of its"
        " own.",
        "Practitioners described a hope-for-the-best culture at the front door.",
    ],
    "grace": [
        "A period of grace was agreed with agencies whose chronologies were late.",
        "The reviewer thanked the grandmother for the grace with which she spoke about the"
        " professionals.",
        "Grace-period extensions to the action plan need the independent chair's sign-off.",
        "The father accepted the delay to publication with better grace than expected.",
        '"There but for the grace of God," one practitioner wrote on the feedback form.',
        "The graceful way the family handled the inquest was noted by the coroner's officer.",
    ],
    "mark": [
        "Mark each chronology entry that was not shared with another agency.",
        "Agency authors were asked to mark the entries they considered significant in bold.",
        "The notification marked the first time the partnership had used the new form.",
        "Watermark: DRAFT - NOT FOR CIRCULATION",
        "Protective marking: OFFICIAL-SENSITIVE (personal data of the family).",
        "The draft overstepped the mark in its comments on the mother's parenting, the family"
        " said.",
        "Page 14 has a question mark in the margin beside the timeline of the injuries.",
    ],
    "rose": [
        "Referrals to the front door rose by a third during the scoping period.",
        "Concerns about the draft rose after the family saw the section on housing.",
        "Rose-tinted accounts of the home in the agency chronologies were challenged by the"
        " reviewer.",
        "The number of open actions rose from four to eleven after the second tracker update.",
        "A single white rose was placed on the table at the start of the family meeting.",
        "Tempers rose when the draft was read aloud to the father.",
    ],
    "may": [
        "May 2026: rapid review held and the decision sent to the national panel.",
        "The report may be published in redacted form if the trial goes ahead.",
        "Agencies may not share the draft beyond the named authors.",
        "Chronologies are requested for the period 1 June 2024 to 31 May 2026.",
        "You may wish to have a friend or advocate with you when the reviewer visits.",
        "Due date: end of May (extended once, at the request of the police).",
        "It may help to read the summary first, the letter to the family suggested.",
    ],
    "will": [
        "Will the family be told before the local press? The father asked this twice.",
        "The review will not apportion blame, the terms of reference state.",
        "A copy of the final report will be sent to you a week before publication.",
        "Goodwill between agencies could not stand in for a shared plan, the reviewer wrote.",
        "Where there is a will to share information, the review found, the systems allow it.",
        "The national panel will receive the final report and the partnership's response.",
    ],
    "william": [
        "The family will be given the report in person, not by post.",
        "Interpreter costs will be met by the partnership.",
        "The bill for the independent reviewer's time was split between the three statutory"
        " partners.",
        "Billing for the venue of the learning event went to the police budget.",
        "Agencies said they will review the action plan at each quarterly meeting.",
        "An unpaid gas bill was among the papers the father gave the reviewer.",
    ],
    "bill": [
        "The gas bill in the chronology was the only sign that the flat had been empty for weeks.",
        "Billing records from the energy supplier were requested by the police, not the review.",
        "Bill of costs: the independent reviewer's invoice is attached for the business manager.",
        "The father showed the reviewer a hospital parking bill from the night of the incident.",
        "The Children's Wellbeing Bill was cited in the national panel's response.",
        "Who should foot the bill for the family's travel to the meeting was left to the business"
        " manager.",
    ],
    "amber": [
        "Amber: action started but behind schedule (tracker key).",
        "Six actions are rated amber at the March update.",
        "The RAG column shows AMBER for the health actions and red for the rest.",
        "Amber-rated actions are reported to the executive every quarter.",
        "The rapid review asked why the referral had been rated amber rather than red.",
        "An amber alert on the GP system had not been seen by the locum.",
    ],
    "sky": [
        "Sky-high caseloads in the locality team were raised at the learning event.",
        "The family meeting was held outside, under a grey sky, at the father's request.",
        "Blue-sky thinking was not what the family wanted from the action plan, the advocate said.",
        "The child's drawing of a purple sky is reproduced, with consent, in the family's section.",
        "Sky News contacted the press office on the day the report was published.",
        "Skylights in the flat were the only source of daylight, the housing chronology records.",
    ],
    "faith": [
        "Faith: none recorded (notification form, section 2).",
        "The family lost faith in the review when the first draft arrived without warning.",
        "Agencies acted in good faith but without a shared understanding of the risk.",
        "Faith leaders were invited to the learning event but did not attend.",
        "The reviewer met the family at their faith centre, which they chose as neutral ground.",
        "Faith-based organisations are included in action 11 on community awareness.",
    ],
    "holly": [
        "A holly wreath was on the door when the reviewer visited in December.",
        "Holly berries are mentioned in the chronology as a possible cause of the rash.",
        "The family asked for a sprig of holly to be left on the table at the final meeting.",
        "The garden, overgrown with holly, could not be seen from the street.",
        "Holly-leaf scratches on the arms were accepted by the paediatrician as accidental.",
        "Sprigs of holly decorated the church hall where the learning event was held.",
    ],
    "ruby": [
        "Ruby-red swelling on the gums was recorded at the dental visit.",
        "The grandparents' ruby wedding party was the last time the family were all together.",
        "A ruby ring belonging to the grandmother was returned by the police after the trial.",
        "Ruby Class is the nursery class named in the education chronology.",
        "The colour-coded chronology used ruby for health entries and grey for education.",
        "A ruby-coloured patch on the neck is the detail the family asked the report to leave out.",
    ],
    "daisy": [
        "Daisy chains appear in the family's photographs of the last holiday together.",
        "The mother remembered the child picking a daisy on the walk to nursery.",
        "Daisy Room (ground floor) was booked for the practitioner learning event.",
        "The daisy-print blanket was kept by the family after the hospital returned it.",
        "A pressed daisy was enclosed with the grandmother's comments on the draft.",
        "The reviewer was given a drawing of a daisy to keep, signed by the older sister.",
    ],
    "summer": [
        "Summer holidays fall inside the scoping period, and no agency saw the child for six"
        " weeks.",
        "Over the summer of 2025 the family moved twice.",
        "The learning event was postponed until late summer because of the trial.",
        "Summer-born children are over-represented in the partnership's recent reviews.",
        "SUMMER TERM: the school chronology records no concerns.",
        "A summer-house in the garden was where the older children slept, the grandmother said.",
    ],
    "joy": [
        "Joy at the birth was the grandmother's first memory, and she asked for it to be included.",
        "There was no joy in the home, a practitioner wrote on the feedback form.",
        "The family took no joy in the publication, the letter acknowledged.",
        "Joyriding by the older brother appears in the police chronology.",
        "The child's pride and joy, a scooter, is mentioned in the father's statement.",
        "Moments of joy in the child's life are recorded in section 3, at the family's request.",
    ],
    "dawn": [
        "Dawn raid: the police chronology records a warrant executed at 06:10.",
        "It dawned on the review team that no agency had the father's current address.",
        "Calls to the out-of-hours service came between midnight and dawn.",
        "Dawn had broken by the time the ambulance crew arrived, according to the notification.",
        "At dawn the mother found the baby cold, the coroner's officer told the review.",
        "A new dawn for the partnership was the phrase in the foreword that the family disliked.",
    ],
    "ivy": [
        "Ivy covered the front windows, so the flat was in darkness, the housing chronology notes.",
        "The ivy on the back wall had been cut away by the time the reviewer visited.",
        "Ivy-clad cottages on the lane were described in the draft, which could identify the"
        " family.",
        "Poison ivy was listed by mistake in the allergy section of the health chronology.",
        "The reviewer was shown the ivy the child used to climb over the garden wall.",
        "IVY LEAF ROOM (nursery) is where the child was last seen by staff.",
    ],
    "jack": [
        "The car jack recovered from the flat is listed in the police exhibits schedule.",
        "A jack-knifed lorry delayed the reviewer on the way to the family meeting.",
        "Jack of all trades, the partner worked for cash on building sites, the chronology says.",
        "The father felt the learning event had been hijacked by one agency's account.",
        "A Union Jack flag hung in the window, and the draft used it to describe the house.",
        "The jack plug on the baby monitor had been pulled out, the police found.",
    ],
    "robert": [
        "Robbery charges against the partner are listed in the parallel-proceedings schedule.",
        "The older brother was accused of trying to rob a delivery driver, the police said.",
        "Robbing the gas meter was how the family got through the winter, the father told the"
        " reviewer.",
        "The trial for the robbery was listed for the same week as the inquest.",
        "The family felt that publication would rob them of their privacy.",
        "A robbed post office in the town is the reason the father's name is already public.",
    ],
    "frank": [
        "Frank discussion at the learning event led to the first honest account of caseloads.",
        "The father was frank about his drinking when he met the reviewer.",
        "Frankly, agencies did not know who was living at the flat, one manager wrote.",
        "In a frank letter to the national panel, the chair accepted the notification was late.",
        "To be frank, the action plan has not yet altered practice, the tracker notes.",
        "Frank feedback on the draft from the police was welcomed by the author.",
    ],
    "miles": [
        "The family meeting was held forty miles away, at the grandmother's flat.",
        "Miles apart: the police and health chronologies disagree on the time of the call.",
        "The reviewer drove 120 miles to meet the father in prison.",
        "Travel: 36 miles, claimed at the partnership's mileage rate.",
        "The refuge was many miles from the school, so the school was never told of the move.",
        "The action plan is still miles from complete, the family's advocate said.",
    ],
    "dean": [
        "The dean of the medical school attended the learning event as an observer.",
        "A letter from the dean confirmed the student nurse had been on placement with the team.",
        "The rural dean offered the church hall for the family meeting.",
        "Dean of Students (university): no records held, nil return enclosed.",
        "The associate dean for practice learning asked to use the report in teaching.",
        "The dean of the minster wrote to the family after the inquest.",
    ],
    "marsh": [
        "Marsh ground behind the caravan site is where the child was found.",
        "The draft described the marsh in enough detail to identify the site, the police said.",
        "Marshland around the village is mentioned in the terms of reference only as context.",
        "The reviewer walked along the marsh with the father, at his request.",
        "Salt marsh flooding cut off the lane for two days in the scoping period.",
        "A photograph of the marsh at low tide is on the cover of the family's statement.",
    ],
    "hill": [
        "The flat is on a steep hill, which the draft gives as the reason the pram was left"
        " outside.",
        "Uphill struggle was how the health visiting lead described recruitment.",
        "Hillside estates in the locality team's area have the highest caseloads.",
        "The police station at the top of the hill is where the learning event was held.",
        "Over the hill and out of sight, the father's caravan was not known to any agency.",
        "The hill farm where the father worked is named in the police chronology only.",
    ],
    "wood": [
        "Wood smoke filled the flat, the fire service chronology records.",
        "The draft was wooden, the family said, and did not sound like their child.",
        "Woodland paths near the estate were searched when the child went missing.",
        "Not out of the woods yet: the tracker shows four actions still open.",
        "A length of wood was seized by the police and is an exhibit in the trial.",
        "Touch wood, one practitioner said, nothing like this has happened since.",
    ],
    "stone": [
        "Stone steps at the front of the flats are mentioned in the ambulance crew's account.",
        "The mother had lost a stone in the months before the incident, the GP chronology notes.",
        "Stone-faced, the father listened to the summary of findings without speaking.",
        "Leave no stone unturned was the phrase in the foreword that the family objected to.",
        "The action plan is not set in stone, the business manager told the national panel.",
        "A stone's throw from the school, the flat was never visited by the attendance officer.",
    ],
    "bell": [
        "The door bell was broken, so the health visitor's knock went unanswered.",
        "Bell-ringing at the church next door was the family's reason for moving the meeting.",
        "Alarm bells should have rung at the second unexplained injury, the rapid review found.",
        "The school bell rang as the police arrived, the head teacher recalled.",
        "The reviewer rang the bell three times before the father came to the door.",
        "A bell on the pram was among the items the family asked to have returned.",
    ],
    "brown": [
        "Brown envelopes from the partnership were left unopened, the family told the reviewer.",
        "Brownfield land behind the estate is where the search began.",
        "A brown teddy went with the child to hospital and is in the family's photograph.",
        "The bruise was described as brown and yellow in the paediatric report.",
        "Brown-bag lunch sessions are how action 4 on learning is being delivered.",
        "The water in the bath was brown, the ambulance crew said.",
    ],
    "green": [
        "Green on the tracker means the action is complete and evidenced.",
        "The father met the reviewer on the village green, not at the house.",
        "Green-ink comments on the draft came from the health authors.",
        "The newly qualified worker was described as green by her own manager.",
        "A green folder of letters was handed to the reviewer by the grandmother.",
        "The national panel gave the green light to a local review on 2 June 2026.",
    ],
    "lamb": [
        "Lamb stew was cooking when the police arrived, the chronology records.",
        "The toy lamb in the cot was noted in the scene photographs.",
        "Lambing season kept the father on the farm, and he missed the first family meeting.",
        "Meek as a lamb at school, the older brother was said to be violent at home.",
        "A knitted lamb was placed on the table at the grandmother's request.",
        "The family kept a pet lamb, and the draft's mention of it could identify them.",
    ],
    "fox": [
        "A fox had torn open the bin bags outside the flat, the housing chronology notes.",
        "Foxes in the garden were the father's explanation for the scratches.",
        "Fox Cubs (playgroup) is named in the early years chronology.",
        "The child's favourite toy, a fox, is in the photograph the family supplied.",
        "Foxgloves grew beside the path where the toddler was found.",
        "The father said the noise that night was a fox, not a child crying.",
    ],
    "banks": [
        "The river burst its banks in the scoping period, and the family went to a rest centre.",
        "Food banks in the area were asked whether the family had used them.",
        "Banks were asked by the police for the father's statements; the review did not see them.",
        "The canal banks are where the older brother met the adults named by the police.",
        "Clothing banks at the community centre supplied the baby's clothes.",
        "The child was rescued from the sand banks by the coastguard.",
    ],
}

SEVENTYEIGHTH_UNLISTED = [
    "The rapid review was chaired by {U}, head of service for the partnership in {T}.",
    "Independent reviewer: {U} (appointed 02/05/2026)",
    "Dr {U}, the named doctor for safeguarding, gave a view on how the fractures were caused.",
    "Mrs {U}, a neighbour, told the reviewer the family had arrived from {T} without furniture.",
    "The family's solicitor, {U}, asked for the draft to be shared before the hearing.",
    "The chronology from {T} Children's Services arrived after the deadline.",
    "Letter to {U}, coroner for the {T} area, about the timing of publication.",
    "{U} said the family had lived in a hostel in {T} before the move.",
    "Comment from {U} (education): please add that the school made two referrals.",
    "The learning event was held at the {T} fire station and facilitated by {U}.",
    "St {U}'s church hall in {T} was offered as a venue for the family meeting.",
    "The family asked that {U}, a friend who supported them at the inquest, be present.",
    "Notification sent by {U}, LSCP business manager, at 16:05.",
    "| Action 9 | Owner: {U} | Due: 31/03/2027 | Status: on track |",
    "The press officer, {U}, drafted the holding statement for the {T} local paper.",
    "Witness statement taken from {U} in {T}; disclosure to the reviewer refused pending trial.",
]
