"""Sixty-seventh sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1459 lines, then printed with sed -n in four ranges, lines 1-400, 401-800, 801-1200 and
1201-1459; not imported), for the format: the {P}, {U} and {T} placeholders (a person template is
filled with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in
(full name, given name, an initial with and without a stop, a possessive, upper and lower case, a
line break between the parts of the name or a hyphenated break inside the given name, surname
first, a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a
nickname), the capital it gives a lower-case name that opens a template (only when nothing stands
before the placeholder and the text before it, with trailing white space and line breaks stripped,
ends in a full stop, so a name after a pipe, a tab, a colon, a breadcrumb arrow, an ID, an
underscore or an angle bracket keeps the case it was given), the word-names and the other name
lists (plain given names, street trees and suffixes, the words of nursery names, the syllables of
invented surnames and towns, the first names it gives unlisted people and its fallback surname),
the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the
number of its sentences per key, which `_ordinary_for` draws from the later sets, and the way it
marks an ordinary span (the first case-insensitive substring match of the word, "will " with its
trailing space, "bill" for William when there is no "will ", and "rob" for Robert, so "miles" and
"banks" are always written in full and "Mileage" is never used for "miles"); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title, rank or role, "Cllr", "PC" and "Revd"
included, is put directly before {U} or {P}), and that `_Builder.sentence` takes every "{" in a
template as the opening of a placeholder and joins templates with a single space, so no literal
brace appears in any sentence here: the mail-merge fields of a system letter are written with
guillemets (\\u00ab and \\u00bb), and the lines, columns and cells of a record header, an audit
export or a document's properties are written into a template as "\\n", "\\t" and pipes. The first
45 lines (the headers) of the sixty-third, sixty-fourth, sixty-fifth and sixty-sixth families,
read with head -45 in one shell loop, and nothing else of them; none of those modules was
imported. The [tool.ruff] table of pyproject.toml, printed with sed from its heading to the
heading of the next table in the same command as the wc -l, for the line length (100). The
absence of this file was tested with test -e and the presence of .venv/bin/ruff with test -x, and
the weekdays of a few dates used below were worked out with Python's datetime; no directory was
listed, git was not run, and the sixty-eighth family, being written at the same time, was not
looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing nothing of the
project; the name lists it checks against were copied by hand from the printed corpus.py) for
stray braces and placeholders, for a title before {P} or {U}, for the count of sentences per key,
for each ordinary span falling on the start of the intended word and the word occurring only once
in its sentence, for line lengths and non-ASCII characters, and for the substrings listed below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo",
"ty", "cal", "jon", "nan" and the like as whole words; "nate", "beth", "chris", "tony", "rick",
"dick", "bert", "kate", "kath", "billy", "bobby", "robbie", "robin", "rosie", "gracie", "maisie",
"frankie", "jackie", "tally", "telly", "ellie", "katie", "libby", "betty", "kitty", "eliza",
"jonny" and "willie" as parts of words too) are kept out of every sentence here, from general
knowledge. Words that merely contain a word-name, a plain given name, a street tree, a nursery word
or an unlisted first name are kept out of every sentence but the ones written for that word, and
the screens of a case management system are full of them: a notification is never "marked as
read" and a page never "bookmarked" outside the sentences for "mark", a form has no "Remarks" box,
a rating is never "risky", a worker is never "designated", "nominated" or "alternate", a record is
never "terminated", a service is never "probation" and a fault never a "problem", no dialog says
"Maybe later", the month of May appears in no date but the ones written for "may" (every other
date is numeric), a task never "will" do anything outside the sentences for "will" and "william",
a meeting room is never a "chamber", no browser is "Firefox", no jacket, whisky, milestone,
rebellion, chill or enjoyment appears, nothing is "totally" or "mentally" anything, no
person "steps" in and no business is "busy". No real product, person or place is named beyond a
web browser in a tab title and a broadcaster, a programming language and a rank of clergy used as
the ordinary words "sky", "ruby" and "dean"; user IDs, workstation names and record numbers are
invented.

Styles. The person templates are the words a case management system prints about a person when an
agency exports a record for a review: audit-trail and access-log rows (a time stamp, an action, a
screen, the name and a user ID, with pipes or tabs between the cells), break-glass and
restricted-record notices, workflow and task notifications (assigned, reassigned, overdue,
accepted), alerts and flags with a warning sign or in capitals, duplicate-record and merge notices
(matched, merged, undone), system letters with unfilled mail-merge fields, text-message reminders
and failed-delivery notices, error messages and validation warnings that quote the name, record
headers and page footers, a fixed-width print with dotted leaders, breadcrumb trails and browser
tab titles (one truncated with an ellipsis, one a label cut to length), search results and "did
you mean" prompts, caseload lists, the properties of exported documents (title, author, file
name with underscores, e-mail subject lines with RE: and FW:), and raw export rows in which a
record number runs straight into the name with no space. The name comes in every cell of such a
print: after a pipe, a tab, a colon, a breadcrumb arrow, an underscore, a bracket or an angle
bracket, before a semicolon or a closing quote, and at the start of a header line. The ordinary
sentences put each word-name where these screens and the notes typed into them would: a rating in
capitals ("AMBER", "GREEN"), a notification bell and a green tick, "Mark as read", a printed date
in May, an escalation that "will" happen, a utility bill uploaded as evidence, a broadcaster in an
income and outgoings table, a faith field, a printer called DAISY-2, summer time in an audit
footnote, a joystick, a dawn visit, an offence code, a frank case note, miles on a travel claim, a
dean's letter, a marsh in a flood alert, a weight in stone, food banks in a search, and the
checklists of home conditions (ivy, holly, a wood burner, a fox in the yard). The unlisted
templates give people and towns the system does not know: associated persons with no matching
record, police notifications, returned letters, out-of-area transfers, a visitor log, a
professional contact after "Dr", a church hall after "St" and a data-sharing audit entry.
"""

SIXTYSEVENTH_PERSON_SENTENCES = [
    "27/11/2026 09:14:07 | READ | Person Summary | {P} | user 40213 | DSK-0219",
    "Record accessed: {P} (ID 1048833) by user LA\\swk0412 at 14:22:51; reason code: CASE WORK.",
    "Audit: VIEW Chronology \u2013 {P} \u2013 18/11/2026 16:40 \u2013 user FDOOR03 (Front Door).",
    "AUDIT EXPORT\tEDIT\tCase note 55120\t{P}\t26/11/2026 11:02\tuser 30977",
    "Last viewed by you: 3 days ago | Last edited by: {P} | 25/11/2026 17:46",
    "Break-glass access to a restricted record ({P}) was logged and sent to the IG team.",
    "Task: Visit due | Subject: {P} | Assigned to: Locality Team East | Status: OVERDUE",
    "Notification: a new case note has been added to {P}. Click to open.",
    "Workflow step 'Strategy Discussion' started for {P} \u2013 due within 1 working day.",
    "Task reassigned: Review CIN plan ({P}) from Team 2 to Team 4 by the duty manager.",
    "You have been added as key worker for {P}. Accept or decline this allocation.",
    "\u26a0 ALERT \u2013 {P} \u2013 Child Protection Plan (neglect) active since 03/09/2026",
    "FLAG: Risk to staff \u2013 {P} \u2013 do not visit alone (added 12/03/2026)",
    "Restricted record: {P}. Access to this record is audited and reviewed monthly.",
    "Alert acknowledged for {P} by user 40213 at 08:31; no further action by the system.",
    "URGENT \u2013 CONFERENCE REQUIRED WITHIN 15 WORKING DAYS \u2013 {P}",
    "Duplicate records merged: {P} (ID 1048833) into master ID 1048829; 14 events moved.",
    "Possible duplicate: {P} matches 2 existing persons on surname and date of birth.",
    "Merge undone by the data quality team: {P} restored as a separate person (ID 2281047).",
    "Dear {P},\nThis is a reminder of your appointment on \u00abAppt_Date\u00bb.",
    "TXT REMINDER to {P}: appt Tue 01/12 10:30 at the family hub. Reply YES to confirm.",
    "SMS not delivered to {P} (number not recognised). Retry scheduled for 18:00.",
    "To the parent or carer of: {P}\n\u00abAddress_Line_1\u00bb\n\u00abPostcode\u00bb",
    "cc: {P} (by post, 2nd class); file copy saved to the electronic record.",
    "Error 409: {P} is already a member of this group and cannot be added twice.",
    "Validation warning: the date of birth entered for {P} is after the referral date.",
    "Cannot end this episode: {P} has 2 open tasks and 1 unsigned assessment.",
    "Save failed \u2013 field 'Known as' (max 30 characters) rejected the value '{P}'.",
    "Address lookup returned no match for {P}; enter the address manually.",
    "Session timed out while editing {P}. Unsaved changes have been lost.",
    "{P} | Person ID 1048833 | Child in Need | Allocated: Locality Team East",
    "Page 3 of 17 \u2013 {P} \u2013 OFFICIAL-SENSITIVE \u2013 Printed 27/11/2026 10:42",
    "CHILD: {P}    STATUS: OPEN    WORKER: UNALLOCATED    LAST VISIT: 19/11/2026",
    "Home \u203a Workflow \u203a Person \u203a {P} \u203a Assessments \u203a Single Assessment",
    "Chronology \u2013 {P} \u2013 Case Management \u2013 Microsoft Edge",
    "{P} - Documents (14) - Work Tray - Case Man\u2026",
    "Label preview: {P}~ (display name cut to 24 characters for the label printer)",
    "Search results (2 of 5): {P} \u2013 Adult \u2013 linked to 3 children \u2013 updated 14/10",
    "No exact match found. Did you mean {P}?",
    "3. {P} [household member] \u2013 since 06/2026 \u2013 police check requested",
    "Title: Core Group Minutes \u2013 {P}\nAuthor: SVC-EXPORT\nCreated: 2026-11-27T09:41:02Z",
    "File name: CIN_Plan_{P}_v4_FINAL.docx (exported 27/11/2026, 212 KB)",
    "Exported 27/11/2026 11:05 by user 40213 | Record: {P} | 47 pages | NOT REDACTED",
    "PersonID=2281047{P};Role=Member;Status=Active",
    "0001048833{P}    CHLD  OPEN  CP-N  19/11/2026",
    "Relationships \u203a {P} (linked by the system from the police notification)",
    "Signed electronically by {P} at 16:02 on 19/11/2026 (IP address logged).",
    "[SECURE] New message about {P} \u2013 log in to the portal to read it.",
    "Calendar: Core group \u2013 {P} \u2013 Wed 02/12/2026 14:00\u201315:30, Room 4",
    "My caseload | 12 | {P} | CP | Visit due 02/12/2026 | RAG: R",
    "Genogram node: {P} \u2013 4 links, 1 ended relationship (export of 27/11/2026).",
    "Consent form status for {P}: not returned (chased twice by automated letter).",
    "Name..........: {P}\nPerson ID.....: 1048833\nLegal status..: CIN",
    "<{P}> has been tagged in a case note by user 30977.",
    "Subject: RE: FW: Strategy outcome \u2013 {P} [OFFICIAL-SENSITIVE]",
]

SIXTYSEVENTH_ORDINARY = {
    "hope": [
        "Hope this helps - auto-reply from the duty inbox, sent 27/11/2026 08:02.",
        "Wishes and feelings (free text): hope to go back to the old school after the move.",
        "Validation message: 'I hope to' is not a measurable outcome; please reword.",
        "Auto-text inserted: We hope you found this appointment useful. Rate us 1-5 by text.",
        "Search for 'hope' returned 212 case notes; refine by date or author.",
        "Goal recorded: parent has hope and motivation to change (scaled 6/10).",
    ],
    "grace": [
        "Grace period for this task: 5 working days after the due date before it escalates.",
        "Password expires in 3 days; a grace period of 24 hours applies after expiry.",
        "Licence notice: the system is running in grace mode until the renewal is applied.",
        "Daily routine field: grace said before meals; no pork in the household.",
        "Grace days remaining on the overdue visit: 0. Escalated to team manager.",
        "Session grace timeout set to 10 minutes by the system administrator.",
    ],
    "mark": [
        "Mark as read, or open the case note to clear this notification.",
        "Marked as sensitive by the author; visible to the allocated team only.",
        "Body map saved: 1 mark recorded (left upper arm, 2cm, linear).",
        "Mark this task complete only when the visit has been recorded.",
        "Question 4 was left blank, so the assessment cannot be marked complete.",
        "Print preview: mark on page 2 where the scanned original was folded.",
    ],
    "rose": [
        "Open referrals rose from 41 to 57 across the team this quarter (dashboard, auto).",
        "Rose-coloured banner: this record is archived and read only.",
        "Average days to first visit rose to 6.2 in October (target 5).",
        "The count of overdue tasks rose overnight after the data migration.",
        "Referral volume rose by 18 per cent after the portal went live.",
        "Case note: the mother grows rose bushes in the yard; garden secure, gate locked.",
        "Alert count rose to 4 when the police notification was imported.",
    ],
    "may": [
        "Printed 14 May 2026 09:12 by user 40213 (page 1 of 6).",
        "May contain sensitive information. Do not forward outside the secure network.",
        "This record may be subject to a court order; check the legal tab before sharing.",
        "Review date: May 2027 (system default of six months from plan start).",
        "Task created 05-May-2026 08:55 (auto) - visit within 10 working days.",
        "Documents may take up to 30 seconds to open after the nightly export.",
        "Error: the date 31 May 2026 falls on a Sunday; choose a working day.",
    ],
    "will": [
        "This task will escalate to the team manager if not completed by 17:00.",
        "The system will log you out after 15 minutes of inactivity.",
        "Your changes will not be saved until you press Submit.",
        "Attachments larger than 10MB will be rejected by the portal.",
        "An automated reminder will be sent 48 hours before the appointment.",
        "Notice: the case management system will be unavailable on Sunday from 06:00 to 12:00.",
        "Last will and testament (scanned, 4 pages) uploaded to Documents by the legal team.",
    ],
    "william": [
        "This task will escalate to the team manager if not completed by 17:00.",
        "Your changes will not be saved until you press Submit.",
        "An automated reminder will be sent 48 hours before the appointment.",
        "Utility bill uploaded as proof of address (scan, 1 page).",
        "Document type 'Council tax bill' is not accepted as identity evidence.",
        "Field 'Bill payer' left blank on the housing referral form.",
        "Billing code for the interpreter: INT-04; invoice raised automatically.",
    ],
    "bill": [
        "Utility bill uploaded as proof of address (scan, 1 page).",
        "Document type 'Council tax bill' is not accepted as identity evidence.",
        "Field 'Bill payer' left blank on the housing referral form.",
        "Billing code for the interpreter: INT-04; invoice raised automatically.",
        "Mobile phone bill attached to the financial assessment (3 months).",
        "Bills and arrears section incomplete; the benefits check cannot be submitted.",
        "Scanned gas bill rejected: image resolution too low to read.",
    ],
    "amber": [
        "RAG status changed to AMBER by user 40213 (previously red).",
        "Amber flag: missed health appointments (2 in 3 months).",
        "Amber alerts are reviewed by a team manager within 10 working days.",
        "Dashboard tile turns amber when a visit is 5 days overdue.",
        "Threshold tool output: AMBER - refer to the early help hub.",
        "Colour key: red = urgent, amber = due this week, grey = not started.",
        "Amber-rated contacts awaiting screening: 14 (oldest 3 days).",
    ],
    "sky": [
        "Sky blue highlighting shows fields edited since the last save.",
        "Income and outgoings: Sky TV and broadband, \u00a345 per month.",
        "Direct debit to Sky cancelled at the family's request (budgeting support note).",
        "Theme setting: sky (light) - applies to this workstation only.",
        "Photo attachment: night sky through the bedroom window, taken by the young person.",
        "Outgoings field: Sky subscription listed twice; please correct before submitting.",
    ],
    "faith": [
        "Faith: Roman Catholic (self-declared; updated 12/03/2026).",
        "Faith or belief is mandatory for looked after children; record 'not known' if unknown.",
        "Religion or faith not recorded (blank in 3 of 4 linked records).",
        "Equality data: faith - prefers not to say.",
        "Shared in good faith under the data protection exemption for safeguarding.",
        "Faith group listed as a community support in the plan (Sunday meals).",
        "Report filter: faith = Muslim returned 3 records for this team.",
    ],
    "holly": [
        "Contact reason: holly berries possibly swallowed; advised by 111.",
        "Festive theme enabled: holly icon shown beside the logo until 06/01.",
        "Photo caption (auto): wreath with holly on a front door, ref IMG_2231.",
        "Hazard noted on the home safety checklist: holly hedge by the gate.",
        "Holly, tinsel and fairy lights in the front room (home visit template, free text).",
        "Garden check: holly bush by the sandpit has been cut back.",
    ],
    "ruby": [
        "Card for a ruby wedding anniversary scanned in error; please remove from Documents.",
        "Ruby-red banner indicates a restricted record.",
        "Property list (foster placement): 1 ruby ring, 1 watch, 2 phones.",
        "Colour picker value 'ruby' (#9B111E) saved for the child protection alert.",
        "Ruby gem update failed overnight; the nightly export is delayed by 2 hours.",
        "Lost property: ruby earring found in the contact room, logged 15:40.",
    ],
    "daisy": [
        "Daisy-chained reports: the export runs each sub-report in turn.",
        "Room name: daisy room (contact centre, ground floor) - booking confirmed.",
        "Photo caption: a daisy chain made during direct work, uploaded by the family worker.",
        "Daisy class (nursery) attendance import failed: 3 rows rejected.",
        "Printer DAISY-2 offline; print job held in the queue.",
        "Sleep suit with a daisy print (clothing list at the point of placement).",
    ],
    "summer": [
        "Summer time adjustment: audit times before 29/03/2026 are shown in GMT.",
        "Summer holiday closure: the contact centre is shut from 03/08 to 14/08.",
        "Term field: summer 2 (dropdown); attendance 81.4 per cent.",
        "Summer activities grant: application received, awaiting panel.",
        "Reminders paused over the summer break for school-based tasks.",
        "Summer-born flag: yes (derived from date of birth).",
        "Report period: summer term 2026; excludes pupils who left before the census.",
    ],
    "joy": [
        "Joy, worry and anger faces (direct work tool): child circled worry.",
        "Scaling question: joy at home, 2 of 10 (child's own rating).",
        "Free text: the baby brings the grandparents great joy.",
        "Joystick controls on the CCTV export are disabled for viewers.",
        "Emotion wheel selection saved: joy (first session), sadness (second).",
        "Feedback form: 'it was a joy to work with the team' (parent, anonymous).",
    ],
    "dawn": [
        "Dawn visit planned with police (warrant, 06:00); do not disclose to the family.",
        "Shift pattern: dawn to dusk cover by the emergency duty team at weekends.",
        "Log entry created at dawn by the overnight batch job (system user).",
        "Dawn raid outcome uploaded by police liaison; 2 adults arrested.",
        "Missing episode: returned at dawn, return interview task created.",
        "Free text: the baby had been awake from dawn and was hungry at the visit.",
    ],
    "ivy": [
        "Home conditions checklist: ivy over the rear window, no exit from bedroom 2.",
        "Photo caption: rear of the house, ivy across the back door.",
        "Ivy berries: poisons advice taken, no treatment needed (auto-logged call).",
        "Property condition: ivy has lifted the guttering; damp in bedroom 1.",
        "Ivy removal job raised with the housing repairs team, ref HR-2207.",
        "Free text: thick ivy hides the front door number, so visitors miss the flat.",
    ],
    "jack": [
        "Audio jack not detected; dictation disabled on this device.",
        "Headset jack unsupported: switch to USB to record the interview.",
        "Car jack listed as a possible weapon (police notification, imported 03:12).",
        "Network jack in interview room 2 is faulty; use Wi-Fi (IT ticket 55812).",
        "Jack-knifed lorry on the ring road: visits in the east patch rescheduled.",
        "Household items (free text): car jack and tools kept in the hall cupboard.",
    ],
    "robert": [
        "Offence code ROBBERY (personal property), imported from police; no outcome yet.",
        "Robbery flag added to the young person's record after the police notification.",
        "Intelligence: plan to rob a phone shop discussed in a group chat (police share).",
        "Category 'Robbed' selected on the return interview form (victim, not suspect).",
        "Free text: he said older boys rob younger ones of phones on the bus.",
        "Offence history: robbery (2025), theft (2024); youth justice contact open.",
        "Police log: attempted robbery at the shop; the young person a witness only.",
    ],
    "frank": [
        "Frank discussion with the parents about the legal threshold (case note title).",
        "Case note category: frank conversation / challenge.",
        "Frankly, the form is too long - parent feedback, collected by text.",
        "Free text: the father was frank about his cannabis use.",
        "Frank and open feedback requested in the practitioner survey (closes Friday).",
        "Supervision note: frank exchange about the drift in the plan.",
    ],
    "miles": [
        "Miles claimed: 14.6 (home visit and return).",
        "Travel log: 22 miles round trip, claim submitted for approval.",
        "Distance from placement to school: 11.2 miles (calculated by the system).",
        "Out-of-area flag: placement is more than 20 miles from the home address.",
        "Miles per visit exceed the team average; expense claim held for checking.",
        "Free text: the refuge is miles from the school, so the taxi continues.",
        "Route planner error: miles could not be calculated for this postcode.",
    ],
    "dean": [
        "Dean of students copied in (university welfare referral, ref UW-118).",
        "Letter from the dean confirming withdrawal from the course, uploaded 14:02.",
        "Role lookup: dean (faculty) - not a registered professional contact.",
        "Consent to share given by the dean's office at the college.",
        "The rural dean offered the church hall for the family group conference.",
        "External contact type 'Dean' added to the picklist by the system admin.",
    ],
    "marsh": [
        "Marsh land behind the site: flood warning pushed to team phones at 05:40.",
        "Location of incident: salt marsh near the sea wall (police grid ref attached).",
        "Hazard: unfenced marsh at the edge of the caravan site.",
        "Marshland footpath shut by the council, so the walking route to school changed.",
        "Free text: the boys were found on the marsh after dark, cold but unhurt.",
        "Search area (missing episode): marsh and river path, drone used.",
    ],
    "hill": [
        "Access note: the flat is at the top of a steep hill; no lift.",
        "Route warning: the hill road is shut in snow; allow extra time.",
        "Hillside estate alert: police operation in progress, visits paused until 16:00.",
        "Travel note: park at the bottom of the hill and walk up, no parking at the block.",
        "Free text: the child walks up the hill to school alone each morning.",
        "Hill walk recorded as a contact activity (direct work, 90 minutes).",
    ],
    "wood": [
        "Wood burner with no guard noted on the home safety checklist.",
        "Woodland walk logged as a contact activity.",
        "Free text: the back door was boarded with wood after the break-in.",
        "Incident location: the wood behind the school, reported by a dog walker.",
        "Fuel type (housing form): wood; no smoke alarm fitted.",
        "Photo caption: wood splinters in the door frame where it was forced.",
    ],
    "stone": [
        "Weight recorded in stone and pounds; the system converts to kilograms.",
        "Stone floors throughout, no carpets (housing condition survey).",
        "Validation: weight entered as 9 stone 4; please use kilograms.",
        "Free text: the young person has lost a stone since September.",
        "Stone-throwing incident at the bus shelter; police reference attached.",
        "Kidney stone admission (parent) triggered a short-break request.",
    ],
    "bell": [
        "Bell icon: you have 3 unread notifications.",
        "Click the bell to see tasks assigned to you today.",
        "Door bell not working, card left (visit outcome: no access).",
        "Notification sound (bell) muted on this device by the user.",
        "School bell times imported: 08:45 start, 15:15 finish.",
        "Bell-shaped icon missing after the update; raise an IT ticket if it does not return.",
    ],
    "brown": [
        "Brown staining on the mattress (home conditions checklist, photo 4).",
        "Brown bin not emptied for 3 weeks, per the housing officer's note.",
        "Colour coding: brown tab = legacy records migrated from the old system.",
        "Hair colour field: brown; eye colour field: blue (police description).",
        "Free text: the water from the tap ran brown; landlord informed.",
        "Activity list: Brownies on Tuesdays (uniformed group).",
    ],
    "green": [
        "Green tick: all mandatory fields complete.",
        "RAG status: GREEN - no current concerns (school return).",
        "Green light from legal to share the chronology with the review team.",
        "The green dot shows the worker is online in the chat pane.",
        "Free text: green mould on the ceiling of bedroom 2.",
        "Colour key: green = completed, red = overdue.",
    ],
    "lamb": [
        "Free text: the foster carer cooked lamb for Sunday lunch; the child ate well.",
        "Dietary note: no lamb or beef (family preference), halal only.",
        "Lambing season: father working away at the farm until April (contact schedule).",
        "Soft toy (lamb) packed with the child's belongings at placement.",
        "Lamb's-wool blanket in the cot removed on the advice of the health visitor.",
        "School meal choices imported: lamb curry x3 this week.",
    ],
    "fox": [
        "Fox droppings in the yard (home conditions checklist).",
        "Photo caption: fox-shaped cuddly toy, the child's comforter.",
        "Free text: a fox had ripped the bin bags open in the front garden.",
        "Fox cubs under the shed; pest control booked by the landlord.",
        "Story sack used in direct work: the fox and the hen.",
        "Fox-print pyjamas on the clothing list at the point of placement.",
    ],
    "banks": [
        "Food banks near this postcode: 3 results found.",
        "River banks flood alert received for the area of the home address.",
        "Banks and building societies searched; no account in the child's name.",
        "Free text: the boys meet on the canal banks after school.",
        "Clothing banks voucher issued via the family hub.",
        "Payment setup: banks accepting direct payment for foster carers listed below.",
        "Data source: banks (via DWP) - income verified 02/11/2026.",
    ],
}

SIXTYSEVENTH_UNLISTED = [
    "Associated person added by the system: {U} (no matching record) \u2013 address in {T}.",
    "Search results (1 of 1): {U} \u2013 not known to Children's Services \u2013 last address {T}.",
    "Household member not on the system: {U}. Create a new person record?",
    "Police notification imported: {U} arrested in {T}, 03:40; no children present.",
    "Letter returned undelivered from {T}: addressee {U} not known at this address.",
    "Duplicate check: {U} (date of birth not recorded) could not be matched; left unlinked.",
    "Out-of-area transfer: case received from {T} Children's Services, 14/11/2026.",
    "Professional contact: Dr {U}, community paediatrics \u2013 copied into the plan.",
    "Visitor log import: Mrs {U} signed in at the contact centre 10:05, signed out 11:00.",
    "Placement search: carer household in {T}, 23 minutes from school (system estimate).",
    "Alert: {U} has been linked to this record as a person posing risk. Review within 24 hours.",
    "Audit: record viewed by a worker from {T} Council under a data-sharing agreement.",
    "Text message from {U} (not a listed contact) forwarded to the duty inbox.",
    "Room booking: St {U}'s church hall, {T}, for the family group conference.",
    "Merge blocked: {U} is recorded as deceased on the master record.",
    "Emergency contact field: {U}, neighbour, {T} \u2013 unverified.",
]
