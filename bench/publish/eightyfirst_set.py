"""Eighty-first sentence family for the synthetic leak corpus, written blind on 28/11/2026.

What was read. Apart from the brief (in /work/notes, printed with cat), the corpus generator,
bench/publish/corpus.py, in full (its length counted with wc -l, 1295 lines, in the same command
as a sed print of the [tool.ruff] table of pyproject.toml from its heading to the heading of the
next table, for the line length, 100, as an ls -d of the name .venv, which showed that the
directory was there without listing it, and as the mkdir of the scratch directory in /tmp; then
printed with sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and
1201-1295; it was not imported), for the format: the {P}, {U} and {T} placeholders (a person
template is filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator
fills in (full name, given name, an initial with and without a stop, a possessive, upper and lower
case, a line break between the parts of the name or a hyphenated break inside the given name,
surname first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text already written, with trailing white space and line breaks
stripped, is empty or ends in a full stop, so a name after "Dear", "cc:", "RE:", a tab, a pipe, a
bracket or a quote mark keeps the case it was given), the word-names and the other name lists
(plain given names, street trees and suffixes, the words of nursery names, the syllables of
invented surnames and towns, the first names it gives unlisted people and its fallback surname),
the keys of FRESH_ORDINARY (thirty-three, "will", "william", "bill" and "robert" among them) and
the number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way
it marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert, so every "will"
here has a space after it, no William sentence has both "will " and "bill", "miles" and "banks"
are written in full, and no "problem", "probably", "probation", "wardrobe", "remark", "market",
"chamber", "smiles", "milestone", "enjoy", "risky", "chill", "belly", "labelled", "arose",
"wholly", "marshal", "maybe", "willing" or "hijack" stands in any sentence here, though the genre
is full of "labelled", "wholly" and "chambers"); the forms it gives {U} (a first name, a surname,
both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after the exact
string "Dr {U}", so no other title or role, "DPO", "DC", "Cllr", "Solicitor" and "Caldicott
Guardian" included, is put directly before {U} or {P}: a field label with a colon, a pipe, a tab
or "by" stands there instead, and a role comes after the name and a comma), and that
`_Builder.sentence` takes every "{" in a template as the opening of a placeholder and joins
templates with a single space, so no literal brace appears in any sentence here and the columns of
a redaction log, a disclosure schedule, a retention schedule and a destruction certificate are
written into a template as pipes, "\\t" and "\\n". The printed corpus.py names the numbered
families up to "seventyeighth" in NUMBERED_SETS, so this module is not yet loaded by it; corpus.py
was left as it is. The first 45 lines (the headers) of the seventy-third, seventy-fourth,
seventy-fifth and seventy-sixth families, read with head -45 in one shell loop, and nothing else
of them; none of those modules was imported. The absence of this file was tested with test -e and
the presence of .venv/bin/ruff with test -x, in one command; no directory of the project was
listed, git was not run, no README, word list, test or source module and not the benchmark runner
was opened, and the families being written at the same time were not looked at.

What was checked, and how. A throwaway checker in /tmp/eightyfirst_work parsed this file alone
(with ast, importing nothing of the project; the name lists it checks against were copied by hand
from the printed corpus.py) for the three constants and nothing else, for the counts (52 to 56
person templates, 16 unlisted, 6 or 7 sentences for each of the thirty-three keys, no duplicates),
for stray braces and placeholders (it splits each template the way `_Builder.sentence` does), for
exactly one {P} in a person template and exactly one {U}, with at most one {T}, in an unlisted
one, for a title or role word before {P} or {U} (only "Mrs", "St" and "Dr" before {U} let
through), for each ordinary span falling where it is meant to (it repeats the generator's
first-substring rule, and finds no second match and no "will" inside a word), for any word-name,
"rob", plain given name, street tree, nursery word, unlisted first name or fallback surname
anywhere inside a word of any sentence (outside the one span of an ordinary sentence), for any of
the four hundred invented surnames and hundred towns the syllables make, as whole words, for a
capitalised street suffix, for line lengths and for non-ASCII characters. The generator's nickname
function was neither read nor called: common short forms of its given names were guessed and
kept out of every sentence, the short and word-like ones as whole words ("kit", "con", "ant",
"nat", "jo", "lee", "lea", "kay", "jay", "ty", "cal", "jon", "bob", "anne", "chan" and the like)
and the longer ones inside words too ("ally", "tally", "nate", "chris", "bert", "beth", "kate",
"rick", "rich", "telle", "talia", "liz" and the like), so no "formally", "usually",
"proportionate", "designated", "nominated", "Christmas", "liberty", "intellectual", "academic"
(which hides "demi") or "Parliament" (which hides "liam") stands here. The checker was tried once
on a deliberately faulty scratch copy to see that it catches what it should. Then ruff check and
ruff format were run on this file only. Nothing was committed.

Styles. Information governance and disclosure around a child safeguarding case: subject access
requests and their redaction logs, third-party information withheld, a data protection breach
report (a letter sent to the wrong address, a misdirected e-mail, confidential waste left out),
information-sharing agreements and their logs, Caldicott decisions and minutes, disclosure to the
family court and to the police under what staff still call section 29, retention and destruction
schedules and certificates, FOI requests about the case and their answers, and a complaint about
what was shared, with the ombudsman's and the ICO's letters. Person names stand in the data
subject field of a request form, in a heading over a line break, in the columns of a redaction log
or a disclosure schedule between pipes, after a tab in a destruction certificate, after "Dear",
"cc:" and "RE:", inside square brackets in a redaction log's quoted original text, inside quoted
speech, as a possessive, in a list of attendees among roles, before a role after a comma, at the
start of a line under a heading, and in questions ("Did ...", "Was ...", "Does ...", "Who told
..."). Ordinary uses put each word-name where a disclosure officer would meet it: in the modal
"may" of statute and response letters and the month, "will" as a verb, a noun and a testament,
"bill" as an invoice and as the Data Protection Bill, and idioms ("good faith", "with good grace",
"green light", "alarm bells", "miles apart", "out of the wood", "daisy-chain", "blue-sky",
"uphill"), inflections and compounds ("postmarked", "Watermarked", "Franked", "Foxed", "doorbell",
"cornerstone", "lambswool", "wooden", "dawned", "hoped", "Robbery"), colour ratings ("AMBER -",
"Green:"), form labels ("Faith:") and capitals at the start of a sentence.
"""

EIGHTYFIRST_PERSON_SENTENCES = [
    "Data subject: {P}\nRequest received: 03/02/2025\nStatutory deadline: 03/03/2025",
    "SAR ref IG/2025/0147 | {P} | one calendar month | extended by two months (complex)",
    "Redaction log, page 14, line 6: {P} - third party, withheld under Schedule 2, para 16.",
    "Third-party information withheld:\t{P}\t(no consent to disclose)",
    "The letter intended for {P} was posted to a previous address and opened by a neighbour.",
    "Breach report: an envelope addressed to {P} was delivered to the wrong house on the estate.",
    "{P}'s complaint is that health records were shared with the school without consent.",
    "Did {P} consent to the sharing of the chronology with the housing provider?",
    "Who told {P} that the police had been given a copy of the whole file?",
    "Section 29 request (Op KESTREL): details held on {P} sought for the prevention of crime.",
    "Attendees: IG manager, Caldicott Guardian, legal adviser, {P}, minute-taker.",
    "{P}, the requester, confirmed receipt of the bundle by e-mail on the Tuesday.",
    "Caldicott decision 2025/09: share with the GP the minimum necessary about {P}.",
    "Dear {P},\nThank you for your subject access request dated 12 January 2025.",
    "RE: SUBJECT ACCESS REQUEST - {P}",
    "cc: {P} (requester); case file",
    '"I never agreed to {P} seeing my statement," the complainant wrote.',
    "Under the sharing agreement, the school sent {P}'s attendance record to the police.",
    "Redactor's note: {P} named on pp. 3, 7 and 22; the mother's address redacted throughout.",
    "| 22/04/2025 | Court order received | {P} | bundle disclosed to all parties |",
    "Request from Cafcass for records relating to {P}: disclosed in full under the court order.",
    "Was {P} told before the records were sent to the family court?",
    "{P}\nSubject access: partial disclosure\nExemptions: third-party data, serious harm test",
    "Retention: the file on {P} is to be kept until the 25th birthday, then reviewed.",
    "Destruction certificate\tBox 114\t{P}\tshredded on site 14/07/2024",
    "FOI 2025-0311 asks whether any staff were disciplined over the death of {P}.",
    "The complaint from {P} about the disclosure was upheld in part at stage two.",
    "{P} asked for the redacted version to be checked again, as a sibling's name was legible.",
    "Consent form signed by {P} on 9 October 2024, permitting sharing with the CAMHS team.",
    "Police request (s.29 wording used in error): records of {P} between 2019 and 2021.",
    "Letter to {P} confirming that the ICO had closed its file with no further action.",
    "Name of the person whose data were disclosed in error: {P}.",
    'Original text: "[{P}] was present at the visit" - third party, redacted.',
    "Disclosure schedule, item 41: GP letter about {P} (withheld, health data, no GP consent).",
    "The misdirected e-mail, which held {P}'s date of birth, was recalled within 40 minutes.",
    "{P} (data subject) - identity checked against a passport and a utility invoice.",
    "Requester's relationship to {P}: mother, with parental responsibility.",
    "Does {P} have capacity to make the request in their own right? Assessed as yes (aged 13).",
    "Information sharing log\n14/02/2025 10:12 - {P} - shared with the police - Art 6(1)(e)",
    "ISA signatories: the council, the trust, the constabulary; data subjects include {P}.",
    "Records held on {P} span three systems: the case file, the health record and the EHM.",
    "No record of {P} was found on the archive index, so the search was widened.",
    "The ICO's letter quotes {P}'s complaint in full.",
    "Extract sent to the court, with {P}'s current address blacked out as directed.",
    "Response to FOI: we neither confirm nor deny whether we hold information about {P}.",
    "'{P} should never have been sent that report,' the DPO told the panel.",
    "Subject: Breach 2024/17 - envelope for {P} delivered next door",
    "Access to records (deceased): {P}, request from the personal representative.",
    "The redacted chronology still showed {P} in the header of every page.",
    "Signed by {P}, 02/12/2024, to confirm receipt of the disclosure bundle by hand.",
    "Notes of the Caldicott meeting: the case of {P} was discussed under item 3.",
    "{P}: repeat request within six months - is it manifestly excessive? Advice awaited.",
    "A copy of the police disclosure about {P} was found in an unlocked cabinet at the centre.",
    "{P} wants to know who accessed the record; the audit trail lists 14 users.",
    "SAR timeline:\nDay 1\t{P} request logged\nDay 30\tpartial response sent",
    "The foster carer had posted a photograph of {P} online, against the placement agreement.",
]

EIGHTYFIRST_ORDINARY = {
    "hope": [
        "I hope this response answers the points raised in your request.",
        "Hope of a full disclosure faded when the trust cited the serious harm exemption.",
        "Hopefully the corrected bundle reaches the court before the hearing on Friday.",
        "The mother said she had lost all hope of finding out who read her file.",
        "We had hoped to respond within the month, but there was too much third-party data.",
        "It is a vain hope that redaction software catches every name, the audit found.",
    ],
    "grace": [
        "A grace period of ten working days was agreed with the requester for the final batch.",
        "The trust accepted the ICO's findings with good grace and revised its redaction guidance.",
        "Grace periods under the retention schedule are not a licence to keep files for ever.",
        "The council fell from grace with the family after the letter went to the wrong house.",
        "Saying grace before meals is noted in the foster carer's diary, which the mother sought.",
        "The DPO had the grace to apologise in person at the complaint meeting.",
    ],
    "mark": [
        "The envelope was postmarked two days after the date on the breach notification.",
        "Mark each redaction with the exemption code in the margin, the guidance says.",
        "Pages marked OFFICIAL-SENSITIVE were sent to the court in a sealed envelope.",
        "A coffee mark obscured part of the consent form, so a fresh signature was sought.",
        "The third-party material was highlighted with a yellow marker before the final pass.",
        "Watermarked copies were issued to each party to trace any onward leak.",
        "The reviewer gave the disclosure process poor marks for timeliness.",
    ],
    "rose": [
        "Subject access requests to the department rose by a third after the review was published.",
        "Complaints rose sharply once the report appeared in the local press.",
        "The chair rose to read the Caldicott Guardian's statement into the minutes.",
        "Rose-tinted accounts of the information-sharing agreement ignored the missing annex.",
        "The number of misdirected letters rose from two to nine over the quarter.",
        "A rose was printed on the letterhead of the hospice whose records were requested.",
    ],
    "may": [
        "Information may be withheld where disclosure would be likely to cause serious harm.",
        "The requester may complain to the Information Commissioner if unhappy with the outcome.",
        "In May the council received three requests about the same case under the FOI Act.",
        "May 2024: the information-sharing agreement lapsed and was not renewed for six months.",
        "The court may direct that the local authority disclose the full social care record.",
        "You may ask for an internal review within 40 working days of this response.",
        "Police officers may request personal data to detect crime, but must be specific.",
    ],
    "will": [
        "We will send the remaining records by secure e-mail once the redactions are checked.",
        "The grandmother's will was among the papers disclosed to the court in error.",
        "Will the redacted version be sent to the father as well? The solicitor asked twice.",
        "The IG team will neither confirm nor deny whether it holds information on the child.",
        "Staff acted against the mother's will when they shared the referral with the school.",
        "A retention review will take place before any file is destroyed.",
    ],
    "william": [
        "The panel will decide whether the complaint about the disclosure is upheld.",
        "A copy of the father's will was found in an archive box due for destruction.",
        "Will the breach be reported to the ICO? The DPO decided within the day that it would.",
        "The legal bill for the disclosure hearing was met by the council.",
        "Billing records held by the care provider were outside the scope of the request.",
        "The teenager's notes were copied to the youth offending team against his will and wishes.",
    ],
    "bill": [
        "The bill for off-site storage of closed case files had not been paid since March.",
        "Billing details held by the utility company were requested by the police.",
        "An itemised bill from the copying contractor was attached to the FOI response.",
        "The Data Protection Bill was cited in an old version of the sharing agreement.",
        "A phone bill showing calls to the refuge was found in the disclosure bundle unredacted.",
        "Bills and payslips in the mother's file were not relevant to the request.",
    ],
    "amber": [
        "The breach was rated amber on the council's risk matrix.",
        "Amber: report to the DPO within 24 hours; no ICO notification unless the risk rises.",
        "An amber flag on the record warns staff that the address is confidential.",
        "The information-sharing agreement was given an amber status pending legal review.",
        "AMBER - third-party data present; second reviewer required before release.",
        "The traffic-light redaction tool showed amber for two pages of health visitor notes.",
    ],
    "sky": [
        "Sky-blue folders hold the records due for review under the retention schedule.",
        "A Sky subscription invoice was among the papers sent in error to the neighbour.",
        "The cost of the clean-up was sky-high, the finance report noted.",
        "The child's drawing of a black sky was withheld as part of the therapy record.",
        "Under an overcast sky the archive staff loaded the crates for shredding.",
        "Blue-sky thinking about shared data had ignored the law, the Caldicott Guardian said.",
    ],
    "faith": [
        "The worker shared the report in good faith, believing the father had consent.",
        "Faith in the council's handling of data was badly damaged by the breach.",
        "Faith: recorded as Catholic on the referral form; special category data.",
        "The mother's faith group had been sent a copy of the minutes, the complaint alleges.",
        "A faith leader asked for records under FOI; the request was redirected to subject access.",
        "Bad faith was not found, but the ombudsman criticised the delay.",
    ],
    "holly": [
        "A sprig of holly was the only thing left on the shelves after the records were moved.",
        "Holly-patterned wrapping was on the parcel that reached the wrong address in December.",
        "The foster carer's photograph shows a holly bush, which was all that was left unredacted.",
        "Holly berries appear in the child's drawing, disclosed with the therapy notes.",
        "The records office sits behind a holly hedge, and the delivery driver missed it.",
        "Scratches from a holly bush were recorded in the injury log that the police requested.",
    ],
    "ruby": [
        "Ruby-red stamps reading CONFIDENTIAL were pressed on every page.",
        "The mother's ruby ring was described in the theft report shared with the police.",
        "A ruby wedding card had been scanned into the case file and was disclosed.",
        "Ruby-coloured tabs divide the court bundle into sections.",
        "The requester's ruby earrings appear in a photograph held without a clear purpose.",
        "The shredder's ruby warning light showed a jam halfway through the destruction run.",
    ],
    "daisy": [
        "Daisy-chain forwarding of the e-mail meant it reached nine people with no need to see it.",
        "The nursery's daisy room logs were requested by the family's solicitor.",
        "A daisy sticker sealed the envelope that went to the wrong house.",
        "Daisy-print wallpaper is visible in the photographs disclosed to the court.",
        "The printers were daisy-chained, so the report printed on the wrong floor.",
        "The child's daisy drawing, kept in the therapy file, was released in full.",
    ],
    "summer": [
        "Over the summer the backlog of subject access requests doubled.",
        "Summer holidays delayed the school's response to the police request.",
        "The summer term attendance data were shared under the local agreement.",
        "Summer 2023 is the period covered by the FOI request.",
        "A summer student was given access to the case management system without training.",
        "The breach happened in late summer, when the regular post clerk was on leave.",
    ],
    "joy": [
        "There was no joy for the requester when the bundle arrived almost entirely redacted.",
        "Joy at getting the file soon turned to anger at what it said about the family.",
        "The child's joy at contact is recorded in notes the father now wants to see.",
        "Joyless reading, the mother called the chronology, but she was glad to have it.",
        "Joy-riding offences on the partner's record were disclosed under the section 29 request.",
        "The foster carer wrote of the child's joy at the new bike; the entry was not redacted.",
    ],
    "dawn": [
        "It dawned on the team that the spreadsheet held the names of every child on a plan.",
        "Dawn arrests followed the section 29 disclosure, the police later confirmed.",
        "Before dawn the night duty worker e-mailed the strategy notes to a personal address.",
        "The shredding contractor arrives at dawn on the first Monday of each month.",
        "A new dawn for data sharing was promised in the agreement's foreword.",
        "From dusk to dawn the laptop was left in an unlocked car.",
    ],
    "ivy": [
        "Ivy had grown over the window of the old records store, hiding the broken pane.",
        "The archive building is ivy-clad, and damp had got into the closed files.",
        "The photograph shows only a gate and some ivy, so it was released.",
        "The child's rash, said to be from poison ivy, is described in the health notes requested.",
        "Ivy leaves were stuck to the envelope that was returned by the neighbour.",
        "Clearing ivy from the storage unit revealed boxes of files past their destruction date.",
    ],
    "jack": [
        "A car jack was listed among the items seized, in the disclosure to the family court.",
        "The headphone jack on the dictation machine was faulty, so the minutes were typed late.",
        "Jack-of-all-trades staff in the small team handled both FOI and subject access.",
        "Union Jack bunting appears in the background of the photographs sent to the court.",
        "Attempts to jack up the fees for copies were stopped by the ICO guidance.",
        "The jackpot, the journalist called it, when the FOI response included staff names.",
    ],
    "robert": [
        "The section 29 request related to a robbery at a corner shop; the teenager was a suspect.",
        "Robbery charges were named in the police disclosure to the family court.",
        "The older boys would rob younger pupils of their phones, the school's log recorded.",
        "A laptop holding case notes was stolen in a street robbery, and the ICO was told.",
        "Robbed of a say in what was shared, the mother complained to the ombudsman.",
        "To withhold the records would rob the child of an account of their early life.",
    ],
    "frank": [
        "The DPO was frank about the failings in the redaction process.",
        "Frank and open disclosure is expected under the duty of candour.",
        "In a frank letter the council admitted that the report had gone to the wrong solicitor.",
        "Franked mail from the council reached the neighbour, who opened it.",
        "To be frank, the retention schedule had not been followed for years.",
        "The Caldicott Guardian gave a frank view: the police did not need the whole file.",
    ],
    "miles": [
        "The misdirected letter ended up forty miles away, at a namesake's address.",
        "The archive store is twelve miles from the office, so retrieval takes a week.",
        "Miles of shelving in the county archive hold closed children's files.",
        "The two accounts of what was shared were miles apart.",
        "The police officer drove sixty miles to collect the disclosure in person.",
        "The unencrypted stick was found three miles from the office, on a bus.",
    ],
    "dean": [
        "The dean of the medical school asked for records about a student on placement.",
        "A letter from the dean's office confirmed the student's fitness to practise hearing.",
        "The rural dean requested the safeguarding file held on the parish volunteer.",
        "Dean's list results were wrongly included in the education records disclosed.",
        "The cathedral dean was copied in on the e-mail in error.",
        "An assistant dean handled the university's response to the police request.",
    ],
    "marsh": [
        "The mobile archive unit is parked near the marsh and floods every winter.",
        "Marshland behind the records store was cited in the flood risk assessment.",
        "The boys were seen on the marsh, according to the police log disclosed to the court.",
        "Salt marsh surveys were the subject of a separate FOI request filed that week.",
        "The file gives the caravan site on the edge of the marsh as the family's last address.",
        "Tidal marsh paths are named in the witness statement, which was redacted.",
    ],
    "hill": [
        "The records centre is at the top of a hill, a long walk from the bus station.",
        "Hillside estates in the report were described so closely that families were identified.",
        "Over the hill from the school is the office where the breach happened.",
        "The request was an uphill task: nine agencies, three systems and no index.",
        "Hill farms in the district share data with the council under a separate agreement.",
        "The courier's van broke down on the hill, and the bundle arrived a day late.",
    ],
    "wood": [
        "The old files were kept in wooden crates in the basement.",
        "A wood-burning stove in the archive office was a fire risk to the paper records.",
        "The police found the child in the wood behind the estate, the disclosed log says.",
        "Woodwork classes at the school appear in the attendance data shared with the council.",
        "Not out of the wood yet, the DPO said, as two more pages had been sent in error.",
        "Offcuts of wood blocked the fire door to the records room, the inspection found.",
    ],
    "stone": [
        "The requester had lost a stone in weight, the GP letter said, and it was disclosed.",
        "Stone-cold silence from the council followed the first complaint.",
        "The records centre is a stone building with no damp control.",
        "The breach report is the cornerstone of the ICO's case against the trust.",
        "Stonewalling by the trust was alleged in the complaint about the SAR.",
        "A stone was thrown through the window of the flat after the address leaked.",
    ],
    "bell": [
        "Nobody answered the bell, so the courier left the bundle with a neighbour.",
        "The doorbell camera footage was requested by police under the crime exemption.",
        "Alarm bells should have rung when the e-mail auto-completed to an outside address.",
        "The bell at the records office was broken, and the requester waited outside.",
        "The school bell timings were part of the FOI response about CCTV coverage.",
        "Bell-ringing practice at the church is where the volunteer met the child, notes state.",
    ],
    "brown": [
        "Brown envelopes are used for outgoing post, with the return address on the back.",
        "A brown paper folder holding the original referral went missing in the office move.",
        "The photograph shows a brown sofa and nothing that could identify the family.",
        "Brown stains on the returned documents were noted in the breach report.",
        "The shredder sacks are brown, and the confidential waste sacks are white.",
        "Some pages had turned brown with age, and the scanner could not read them.",
    ],
    "green": [
        "Green: no personal data; safe to publish.",
        "The disclosure log uses green for released and red for withheld.",
        "Green-ink letters from the requester were copied to the complaints file.",
        "The panel gave the green light to share the report with the police.",
        "A newly qualified, rather green worker sent the letter without a second check.",
        "The village green is named in the statement, and that detail was redacted.",
    ],
    "lamb": [
        "Lambing season delayed the farmer's reply to the police request.",
        "The foster carer's diary mentions lamb stew at Sunday lunch, and nothing more.",
        "A toy lamb appears in the photographs sent to the court.",
        "Like a lamb to the slaughter, the junior officer was left to face the complainant.",
        "The child's lambswool blanket is listed in the property log.",
        "A pet lamb at the farm is mentioned in the placement notes the mother asked to see.",
    ],
    "fox": [
        "A fox had torn open the confidential waste sacks outside the office overnight.",
        "Fox cubs under the portable cabin delayed the move of the archive.",
        "The child's toy fox was returned with the rest of the property.",
        "Foxed pages in the old file were scanned at high resolution before destruction.",
        "A fox is drawn on the cover of the child's life-story book, which was disclosed in full.",
        "Fox hunting was given as the reason for the shotgun licence, in the police disclosure.",
    ],
    "banks": [
        "Banks asked the council to confirm the power of attorney before releasing statements.",
        "The river burst its banks and flooded the basement where closed files were stored.",
        "Food banks in the area were sent a list of families under an agreement that had lapsed.",
        "The canal banks are described in the police log, which was shared with the court.",
        "Data banks held by the health trust were searched for the request.",
        "Two banks were served with production orders, the disclosure to the family court shows.",
    ],
}

EIGHTYFIRST_UNLISTED = [
    "The letter meant for the mother was delivered to {U} in {T}, who shares the surname.",
    "Requester: {U}, a journalist based in {T}.",
    "Dr {U}, the Caldicott Guardian, approved the disclosure to the police.",
    "Mrs {U} from {T} returned the misdirected envelope unopened.",
    "A neighbour, {U}, posted screenshots of the report online.",
    "The solicitor acting for {U} asked for the unredacted chronology.",
    "Third-party consent was sought from {U}, whose statement appears on pages 8 to 12.",
    "The police request named {U} as a suspect living in {T}.",
    "{U} at the records centre in {T} signed the destruction certificate.",
    "FOI request from {U}: how many breaches did children's services report in 2024?",
    "| {U} | former partner | third party | withheld |",
    "Minutes taken by {U}, information governance officer, {T} office.",
    '"Why was my name given to {U}?" the complainant asked.',
    "The ombudsman's investigator, {U}, visited the council offices in {T}.",
    "St {U}'s Hospice in {T} asked for the child's records after the death.",
    "The e-mail was forwarded to {U}, a councillor for {T}, without redaction.",
]
