"""Fifty-sixth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1431 lines, then printed with cat piped to head for lines 1-400 and with sed -n for lines
400-800 and 800-1431; not imported), for the format: the {P}, {U} and {T} placeholders (a person
template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space and line breaks stripped,
ends in a full stop, so a name after "Dear", "re", a bracket, a quote mark, a slash or a reference
number keeps the case it was given), the word-names and the other name lists (plain given names,
street trees, the syllables of invented surnames and towns, the first names it gives unlisted
people), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it
gives {U} (a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St",
and a bare surname after the exact string "Dr {U}", so no other title, "Cllr" included, is put
before {U} or {P}), and that `_Builder.sentence` takes every "{" in a template as the opening of a
placeholder and joins templates with a single space, so no literal brace appears in any sentence
here and the line breaks of letter heads, headings and quoted e-mail chains are written into a
template as "\\n". The first 45 lines (the headers) of the fifty-first, fifty-second, fifty-third
and fifty-fourth families, read with head -45 in one shell loop, and nothing else of them; none of
those modules was imported. The [tool.ruff] table of pyproject.toml, printed with sed up to the
heading of the next table, for the line length (100). The absence of this file was tested with ls
and the presence of .venv/bin/ruff with test -x; no directory was listed, and the fifty-fifth
family, being written at the same time, was not looked at.
The generator's nickname function was neither read nor called: common short forms of its given names
("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan" and the like) are kept out of every sentence here as whole words, from general knowledge.
Words that merely contain a word-name, a plain given name or a street tree are kept out of every
sentence but the ones written for that word, and the town hall is full of them: "Member of
Parliament" (which holds "liam") is always "MP" or "House of Commons", the council never meets in a
"chamber" but in a committee room, there is no "mayor", letters end "Yours sincerely" and never
"faithfully", a complaint never "arose", a response is never "robust", a failing is never a
"problem", nothing is "marked" private, "probably", "maybe", "willing", "billing", "marketing",
"academic", "pandemic", "liberty" (which holds "bert"), "kitchen" and "Christmas" appear nowhere,
and the person and unlisted templates carry no "will", "may" or "bill" at all, so a councillor is
"to chase", a name is "to be redacted" and a duty manager asks "Can someone call ... back today?".
In the ordinary sentences an inflection or compound that holds the word ("Hopes", "Marked",
"uphill", "Hijack", "robbed", "Robbing", "robbery", "Joyriding", "Carjacking", "Frankly", "franked",
"dawned", "Marshland", "woods", "Wooden", "bells", "doorbell", "Brownfield", "Lambing", "Foxes",
"bills") is let stand where it is the first match, and no ordinary sentence holds a second
word-name.

Styles. The case seen from the town hall and the complaints system. Person templates are written as
the records of a family's complaint at stages 1, 2 and 3 (acknowledgements, investigation reports
with numbered complaint points and findings, a review panel's outcome letter), the Local Government
and Social Care Ombudsman's decision, where the complainant is "Mrs X" and her child "Y" but the
real name slips through beside the letter or beside a "[name removed]" note, a ward councillor's
casework log and an MP's letter "on behalf of my constituent" with a House of Commons reference, a
Freedom of Information refusal and a subject access request log, a scrutiny committee's agenda,
exempt-item notice and minutes (attendee lists, public speakers, councillors known by initials, a
declared interest, RESOLVED clauses), a lead member briefing, a press office holding statement with
reactive lines and a Q and A, a Director of Children's Services' letter of apology, a judicial
review letter before claim, and an Ofsted monitoring visit letter in draft. Names sit in "Our ref:"
and "Your ref:" lines and "Re:" headings, glued to complaint and case numbers with hyphens and
slashes, beside dates and sums of money, in lists split by semicolons, alone on a heading line
between line breaks, after "Dear" with a comma or none, in brackets after "Mrs X", in single and
double quotes, after a lower-case "re" in a briefing note and "fw:" in an e-mail subject, inside
quoted e-mail chains with "> " at the start of each line, in numbered action lists and as
possessives. Ordinary sentences use each word-name where a complaints officer, clerk, press officer
or MP's caseworker would meet it. Unlisted templates name advocates, caseworkers, neighbours, a GP,
a reporter, a solicitor, a great-aunt, a church and the towns and wards the family moved between.
"""

FIFTYSIXTH_PERSON_SENTENCES = [
    # Stage 1, 2 and 3 complaint records.
    "Our ref: CS/CMP/26/0417 {P}\nYour ref: LGSCO 25 009 114",
    "Re: Stage 1 complaint - {P} (CMP-0417)",
    "CMP-0417-{P}: acknowledged within three working days, response due 2 October 2026.",
    "Dear {P},\nThank you for your e-mail of 14 September about the support your family has had.",
    "I am sorry that {P} felt the social worker did not listen to her.",
    "Complaint point 3: {P} says that the child in need plan was never shared with the school.",
    "Finding: upheld. The council accepts that calls from {P} to the duty desk went unanswered "
    "for nine days.",
    "Stage 2 investigation report\nComplainant: {P}\nAdjudicating officer: Assistant Director, "
    "Safeguarding",
    "The Stage 3 panel heard from {P}, who attended with an advocate, and from two officers.",
    "STAGE 3 REVIEW PANEL\n{P}\nOutcome letter, 19 January 2027",
    "{P}/CMP/0417 - response overdue by 23 working days.",
    "14/10/2026 {P} phoned the complaints team, upset, asking for a manager to call back.",
    "Remedy paid to {P} on 12/01/2027 (\u00a3750, BACS ref 99213).",
    "Complainants: {P}; the maternal grandmother; the family's advocate from the children's "
    "rights service.",
    # The Ombudsman's decision.
    "Summary: Mrs X complains the council failed to act on her concerns about her son, Y ({P}).",
    "Mrs X [name removed] told us {P} was left without a social worker from March to August.",
    "The complainant, whom we call Mrs X, is the mother of Y. [Officer's note: {P} not yet "
    "anonymised - check para 14.]",
    "Final decision on complaint 25 009 114 ({P}): there was fault causing injustice.",
    "We recommended the council apologise to {P} and pay \u00a3500 for the distress caused.",
    "The Ombudsman does not name the people involved, but the draft sent to the council gave "
    "{P}'s name in full.",
    # Councillor casework and the MP's letter.
    "Dear Councillor,\nThank you for raising the case of {P} on behalf of the family.",
    "Ward casework - {P} - housing and children's services - Cllr RD to chase.",
    "Actions from Saturday's surgery: 1. Call {P}. 2. E-mail the Director. 3. Diary a follow-up.",
    "I write on behalf of my constituent, {P}, who has asked me to take up her complaint.",
    "House of Commons, London SW1A 0AA\nOur ref: ZA41873/{P}",
    "An MP's letter about {P} arrived the same day as the Ombudsman's draft decision.",
    "Thank you for your letter dated 2 September on behalf of {P}, whose name you asked us to keep "
    "out of the minutes.",
    # Freedom of Information and subject access.
    "Freedom of Information request FOI-26-3391: the e-mail from {P} is withheld under "
    "section 40(2).",
    "Subject access request SAR-26-118\nData subject: {P}\nDate received: 02/06/2026",
    "Page 47 of the bundle: third-party name ({P}) to be redacted before release.",
    "Records located: 1,214 pages about {P}, of which 388 contain third-party data.",
    "Name left in at para 31 ('{P}') - redact before the response goes out.",
    # Scrutiny committee report and minutes.
    "Overview and Scrutiny Committee, item 6: Ombudsman's report on the case of {P}.",
    "Attendees: Cllr HT (Chair), Cllr AO, Cllr RD; officers; {P} (public speaker, item 5).",
    "Cllr HT asked why {P}'s complaint had taken eleven months to reach Stage 3.",
    "RESOLVED: (1) that the Committee notes the Ombudsman's findings in respect of {P}; (2) that "
    "a further report come back in March.",
    "Cllr AO declared a personal interest as a neighbour of {P}.",
    "Exempt item: the report names {P} and is not for publication (paragraph 2, Schedule 12A).",
    # Lead member briefing and press office.
    "Lead Member briefing - CONFIDENTIAL\nIssue: LGSCO finding of fault against the council ({P}).",
    "Briefing note for Cllr AO re {P} - not for circulation.",
    "Holding statement: \"We are aware of the concerns raised by {P}'s family and are looking "
    'into them."',
    "Reactive line if asked about {P}: we cannot comment on individual children.",
    "Q: Did the council fail {P}?\nA: We have apologised to the family and accepted the "
    "Ombudsman's findings.",
    "Press enquiry from the Evening Post: a journalist asking whether {P} is still on a plan.",
    '"{P} was left in limbo for a year," the councillor told the committee.',
    # Director's letter, pre-action letter, Ofsted.
    "Dear {P}\nI am writing as Director of Children's Services to apologise to you personally.",
    "Letter before claim: the proposed claimant is {P}, acting by her litigation friend.",
    "The proposed defendant's failure to assess {P} under section 17 is unlawful.",
    "Details of the matter being challenged: the decision of 3 March 2026 to close the case of "
    "{P}.",
    "Inspectors sampled 28 children's records, including that of {P}, during the visit.",
    "Monitoring visit letter, para 9 (draft): {P} waited five months for an assessment.",
    # Quoted e-mail chains.
    "> From: Complaints Team\n> Sent: 14 October 2026 09:12\n> Subject: RE: {P} - stage 2",
    "> On 13 Oct 2026, the duty manager wrote:\n> Can someone call {P} back today?",
    "fw: complaint {P} - urgent - pls log",
]

FIFTYSIXTH_ORDINARY = {
    "hope": [
        "We hope this response resolves your complaint at Stage 1.",
        "Hope was not enough, the scrutiny chair said: the committee wanted dates.",
        "The complainant wrote that she had given up hope of an apology.",
        "Hopes of an early settlement faded when the letter before claim arrived.",
        "RESOLVED: that the Committee records its hope that the action plan is delivered by March.",
        "I hope you find this reply helpful; please contact the complaints team if not.",
        "The holding statement expressed the hope that lessons had been learned.",
    ],
    "grace": [
        "The Ombudsman allowed a period of grace for the council to comment on the draft.",
        "A further week's grace was agreed before the Stage 2 report was due.",
        "The Director accepted the criticism with good grace at the scrutiny meeting.",
        "Grace periods for council tax arrears were extended while the complaint was open.",
        '"We have been given no grace at all," the family\'s advocate told the panel.',
        "Grace-and-favour flats above the town hall were let to staff in the 1970s.",
    ],
    "mark": [
        "The Ombudsman's decision is a mark of how far the service fell short.",
        "Mark the e-mail 'Official - Sensitive' before sending it to the MP's office.",
        "The complaint reached the twelve-month mark without a Stage 2 response.",
        "Marked improvement in complaint response times was reported to the committee.",
        "A question mark remains over whether the remedy was paid in full.",
        "Each redaction is to be checked with a mark in the margin of the bundle.",
    ],
    "rose": [
        "Complaints about children's social care rose by a third in the year to March.",
        "The number of Stage 2 escalations rose again in the second quarter.",
        "A councillor rose to ask why the family had waited so long.",
        "Spending on agency social workers rose above budget for the third year.",
        "Tempers rose in the committee room when the Ombudsman's letter was read out.",
        "Rose-tinted, one member called the service's self-assessment.",
        "Ofsted noted that caseloads rose sharply after two team managers left.",
    ],
    "may": [
        "You may ask the Ombudsman to look at your complaint if you remain unhappy.",
        "The Stage 3 panel met on 19 May and upheld two of the five complaints.",
        "May's scrutiny meeting was adjourned after the press asked to film.",
        "Information may be withheld where its release would identify a third party.",
        "By May the council had still not paid the remedy it agreed.",
        "The letter before claim warned that the family may seek judicial review.",
        "Minutes of the May meeting record the lead member's apology.",
    ],
    "will": [
        "The council will write to the family with an apology within ten working days.",
        "Will the Director meet the family? The councillor asked twice.",
        "An officer will contact your constituent to arrange a meeting.",
        "The complainant felt her will had been overruled at every stage.",
        "There was no political will to publish the review in full, the journalist claimed.",
        "We will respond to your request for information within twenty working days.",
        "Ofsted will return for a further monitoring visit in the spring.",
    ],
    "william": [
        "The council will write to the family with an apology within ten working days.",
        "There was no political will to publish the review in full, the journalist claimed.",
        "An officer will contact your constituent to arrange a meeting.",
        "The family's legal bill was met by the council as part of the settlement.",
        "A bill for the independent chair of the Stage 3 panel was queried by scrutiny.",
        "Council tax bills were put on hold while the complaint was investigated.",
    ],
    "bill": [
        "The family's legal bill was met by the council as part of the settlement.",
        "A bill for the independent chair of the Stage 3 panel was queried by scrutiny.",
        "Council tax bills were put on hold while the complaint was investigated.",
        "The MP asked why the family had been sent a bill for the respite care.",
        "The briefing set out what the new schools bill meant for home education.",
        "An itemised bill from the interpreter was disclosed under the Freedom of Information Act.",
    ],
    "amber": [
        "The complaint was rated amber on the corporate risk register.",
        "Amber ratings in the Ofsted action plan were reviewed at every scrutiny meeting.",
        "The press office put the story at amber: likely to run locally, for a day or two.",
        "An amber flag on the case system warned staff that the family had complained.",
        "Progress on recommendation 4 was RAG-rated amber in the lead member briefing.",
        "Amber was the honest rating, the Director admitted, not the one in the report.",
    ],
    "sky": [
        "Sky News asked the press office for a statement on the Ombudsman's report.",
        "The sky was already dark when the councillor's surgery ended.",
        "Blue-sky thinking was not what the family wanted, the MP wrote.",
        "Costs went sky-high after the judicial review claim was lodged.",
        "A camera crew from Sky filmed outside the civic centre.",
        "Under a grey sky the family handed in their petition on the town hall steps.",
    ],
    "faith": [
        "The council acted in good faith when it withheld the names, the FOI response said.",
        "Faith in the complaints process had gone, the mother told her MP.",
        "Local faith leaders were invited to the scrutiny committee's listening session.",
        "The family's faith was recorded in the subject access bundle without their consent.",
        "Faith groups in the ward wrote in support of the family.",
        "Bad faith was alleged in the letter before claim, a charge the council denied.",
    ],
    "holly": [
        "Holly wreaths hung on the town hall doors when the Ombudsman's report was published.",
        "A sprig of holly decorated the reception desk at the civic centre in December.",
        "The casework note mentions the holly hedge the family wanted cut back.",
        "Holly bushes outside the council offices hid the side entrance from the press.",
        "A complaint about a holly tree over the footpath was logged as a separate matter.",
        "Holly berries were printed on the card the Director sent with the apology.",
    ],
    "ruby": [
        "The ruby anniversary of the town hall fell in the same week as the Ofsted visit.",
        "Ruby-red ink was used on the draft to flag names still to be redacted.",
        "A ruby brooch was among the items the family said had gone missing in the move.",
        "Ruby wedding celebrations kept two committee members away from the meeting.",
        "The chain of office, set with a single ruby, was worn at the civic reception.",
        "The ruby lapel pin worn by the Director was the subject of a press photograph.",
    ],
    "daisy": [
        "The Daisy Room at the family hub was used for the Stage 3 meeting.",
        "A daisy chain made by the youngest child was handed to the councillor at the surgery.",
        "The family's complaint form had a daisy doodled in the margin.",
        "Upsy Daisy stickers covered the folder the family brought to the panel.",
        "Fresh as a daisy, the Director insisted, despite the late finish of the committee.",
        "The nursery's daisy group is named on page 212 of the disclosure.",
    ],
    "summer": [
        "Over the summer the complaint sat unanswered in a shared inbox.",
        "Summer recess delayed the MP's follow-up letter by six weeks.",
        "The Ombudsman's draft decision arrived in late summer.",
        "Summer holiday provision was one of the issues raised at Stage 2.",
        "By the summer of 2026 the council had paid the remedy.",
        "The scrutiny committee does not meet in the summer months.",
        "Summer-born children made up half of the sample the inspectors read.",
    ],
    "joy": [
        "There was little joy for the family in the Stage 2 outcome.",
        "Joy at the Ombudsman's finding was tempered by the delay, the mother told the paper.",
        "The councillor said the apology had brought the family no joy.",
        "Reporters got no joy from the press office, which issued only the holding statement.",
        "Joy, relief and anger were the words the family used in their feedback.",
        "Joyriding by the older boy is mentioned in the subject access papers.",
    ],
    "dawn": [
        "The budget debate ran until nearly dawn, and the complaints item was deferred.",
        "Dawn was breaking when the letter before claim was finally sent by e-mail.",
        "It dawned on officers that the complaint had never been logged.",
        "From dawn the family waited outside the civic centre to hand in their petition.",
        "The dawn of a new complaints system was promised in the lead member briefing.",
        "Dawn raids by police were not a matter for the council, the reactive lines said.",
    ],
    "ivy": [
        "Ivy covers the front of the old town hall where the committee meets.",
        "The complaint included photographs of ivy growing through the bedroom window.",
        "Ivy-clad walls at the family hub were cleared after the inspection.",
        "Councillors said ivy was blocking the CCTV camera at the rear entrance.",
        "The disrepair list attached to the MP's letter included damp, mould and ivy.",
        "Poison ivy, one member called the leaked e-mail chain.",
    ],
    "jack": [
        "A jack-in-the-box approach to policy, the opposition leader called it.",
        "Union Jack bunting still hung in the reception when the family arrived.",
        "Hijack is not too strong a word, the MP wrote: officers took over the meeting.",
        "Jack-knifed lorries closed the ring road and the panel started an hour late.",
        "The council was accused of being a jack of all trades and master of none.",
        "Carjacking charges against the partner are noted in the police disclosure.",
    ],
    "robert": [
        "Delay did not rob the family of their right to go to the Ombudsman, the council argued.",
        "The mother said the process had robbed her children of a year.",
        "Robbing one budget to fund another, a member said of the remedy payment.",
        "The councillor accused the cuts of robbing the front door team of experience.",
        "Robbed of a proper apology, the family turned to the press.",
        "The boy was charged with robbery, the subject access papers show.",
    ],
    "frank": [
        "The Director gave a frank account of the failures to the scrutiny committee.",
        "Frankly, the response at Stage 1 was not good enough, the Ombudsman found.",
        "In a frank exchange, the MP told the lead member the family had been let down.",
        "The letter was franked on 3 October but did not arrive until the 19th.",
        "Frank discussion in the private session is not recorded in the public minutes.",
        "To be frank, nobody owned the complaint, the independent investigator wrote.",
    ],
    "miles": [
        "The family live eleven miles from the civic centre and have no car.",
        "Miles of red tape stood between the family and an answer, the councillor said.",
        "The placement was sixty miles away, which the Stage 2 report found unreasonable.",
        "The two accounts of the meeting were miles apart.",
        "The Ombudsman noted the mother walked three miles to the family hub.",
        "Contact meant a round trip of ninety miles every week, the MP wrote.",
    ],
    "dean": [
        "The dean of the law school chaired the independent Stage 3 panel.",
        "The rural dean wrote to the council in support of the family.",
        "A letter from the university dean confirmed the young person's place was held open.",
        "The Dean's office at the college sent the attendance records the investigator asked for.",
        "The cathedral dean hosted the listening event after the Ofsted report.",
        "A former dean of the nursing school sat as the independent person on the panel.",
    ],
    "marsh": [
        "The marsh behind the estate is the subject of a separate complaint about fly-tipping.",
        "Marshland to the east of the town was suggested for the new family hub.",
        "The family's caravan was parked on the marsh, the Stage 2 report noted.",
        "Salt marsh flooding cut the family off twice last winter, the MP wrote.",
        "The children were found playing on the marsh, the subject access papers show.",
        "The ward covers the marsh villages and the old docks.",
    ],
    "hill": [
        "The family hub is at the top of a steep hill with no bus route.",
        "Hill farms in the ward were hit by the cuts to rural transport, the councillor said.",
        "Up the hill from the town hall is the office of the family's solicitors.",
        "The family lived in the tower blocks on the hill before the move.",
        "Not a hill to die on, the press officer advised about the leaked e-mail.",
        "Progress has been an uphill struggle, the lead member briefing admitted.",
    ],
    "wood": [
        "Wood panelling lines the committee room where scrutiny meets.",
        "The family complained that a wood burner had been removed without notice.",
        "The boy was found in the wood behind the school, the subject access papers show.",
        "Not out of the woods yet, the lead member said of the Ofsted letter.",
        "Wooden benches outside the civic centre were where the family waited.",
        "Offcuts of wood were nailed over the broken window for three months, the complaint said.",
    ],
    "stone": [
        "The foundation stone of the civic centre was laid in 1968.",
        "The child had lost a stone in weight, the complaint said.",
        "Stone steps up to the town hall made access hard for the mother's wheelchair.",
        "No stone left unturned was the phrase the press office wanted to avoid.",
        "The council's reply was stone-walling, the MP told the local paper.",
        "A stone was thrown through the window of the family hub after the story ran.",
    ],
    "bell": [
        "The bell rang for the start of the council meeting at seven.",
        "Nobody answered the bell at the side entrance of the civic centre, the family said.",
        "The MP left to vote when the division bell sounded.",
        "Alarm bells should have rung at Stage 1, the Ombudsman found.",
        "A doorbell camera recorded the social worker's visit, the complaint said.",
        "The school bell had gone before anyone collected the child, the investigator found.",
    ],
    "brown": [
        "A brown envelope with the Ombudsman's decision was left unopened for a week.",
        "Brown water from the taps was one of the housing complaints in the MP's letter.",
        "The papers arrived in brown archive boxes, unindexed.",
        "Brownfield land near the estate was proposed for the family hub.",
        "Damp had left brown stains across the bedroom ceiling, the photographs show.",
        "The subject access bundle came in a brown folder tied with string.",
    ],
    "green": [
        "The green light for publication came from the lead member.",
        "The new social worker was green, the Stage 2 report noted, and poorly supervised.",
        "Green space near the flat was the first casework item the councillor took up.",
        "The Green group on the council asked for the Ofsted letter to be debated.",
        "Green ink on the draft shows the lawyer's redactions.",
        "Recommendations rated green were removed from the tracker.",
    ],
    "lamb": [
        "Lamb was on the menu at the civic dinner held the night the report came out.",
        "The lead member went like a lamb into the committee, one opposition member said.",
        "A lamb's-wool blanket was among the items the family said were lost.",
        "Lambing season kept the father on the farm and away from the Stage 3 meeting.",
        "The toy lamb the child carried is mentioned in three of the disclosed records.",
        "The family kept a pet lamb, which the housing officer said breached the tenancy.",
    ],
    "fox": [
        "A fox had torn open the rubbish sacks outside the flat, the complaint said.",
        "Fox cubs under the portable building delayed the repairs at the family hub.",
        "The councillor called the press strategy a case of the fox guarding the henhouse.",
        "Foxes had got into the bins at the family hub, the caretaker noted.",
        "The child's toy fox was left behind when the family moved, the subject access papers "
        "show.",
        "Fox hunting was not a matter for the scrutiny committee, the chair ruled.",
    ],
    "banks": [
        "Food banks in the ward had supported the family for a year, the MP wrote.",
        "The river burst its banks and the family were moved to a rest centre.",
        "The children were seen on the canal banks late at night, the disclosed records show.",
        "Clothing banks outside the civic centre were where the mother got the children's coats.",
        "Two banks and a payday lender were listed in the financial assessment sent to the family.",
        "Banks of filing cabinets had to be searched by hand for the subject access request.",
    ],
}

FIFTYSIXTH_UNLISTED = [
    "The family's advocate, {U}, attended the Stage 3 panel with them.",
    "Copied to: {U} (caseworker to the MP).",
    "Mrs {U}, a neighbour, wrote in support of the complaint.",
    "Dr {U}, the family's GP, supplied a letter for the Stage 2 investigation.",
    "The family have since moved to {T}, outside the council's area.",
    "Independent investigator: {U}\nIndependent person: a retired head teacher",
    "The complaint was first raised at a ward surgery in {T} library.",
    "Press enquiry from {U}, a freelance reporter, about the Ombudsman's decision.",
    '"{U} told us the social worker never came," the MP\'s letter says.',
    "The subject access bundle included a letter from {U}, the children's great-aunt in {T}.",
    "The councillor for {T} ward raised the case at Cabinet question time.",
    "Witness statement of {U} (family friend) exhibited to the letter before claim.",
    "The family first met the councillor in St {U}'s church hall.",
    "Section 40(2) applied to the name of {U}, a third party, on pages 12 to 19.",
    "The family's solicitor, {U} of a firm in {T}, sent the letter before claim.",
    "Minutes: Cllr AO thanked {U} for speaking on behalf of the family.",
]
