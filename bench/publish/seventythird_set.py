"""Seventy-third sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1487 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1487; it was not
imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled with {P}
alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full name, given
name, an initial with and without a stop, a possessive, upper and lower case, a line break between
the parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the capital it
gives a lower-case name that opens a template (only when nothing stands before the placeholder and
the text already written, with trailing white space and line breaks stripped, is empty or ends in a
full stop, so a name after a tab, a pipe, a colon, "Re the" or a list number keeps the case it was
given), the word-names and the other name lists (plain given names, street trees and suffixes, the
words of nursery names, the syllables of invented surnames and towns, the first names it gives
unlisted people and its fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will",
"william" and "robert" among them) and the number of its sentences per key, which `_ordinary_for`
draws from the later sets, and the way it marks an ordinary span (the first case-insensitive
substring match of the word, "will " with its trailing space, "bill" for William when there is no
"will ", and "rob" for Robert, so every "will" here has a space after it, "miles" and "banks" are
written in full, and no "probation", "problem", "probably", "remark", "chamber", "smiles", "enjoy",
"chill" or "milestone" stands before the word a sentence is meant to find); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title or role, "TM", "SW", "IRO" and "Cllr"
included, is put directly before {U} or {P}), and that `_Builder.sentence` takes every "{" in a
template as the opening of a placeholder and joins templates with a single space, so no literal
brace appears in any sentence here and the columns of a caseload list or an allocation sheet are
written into a template as pipes, "\\t" and "\\n". The first 45 lines (the headers) of the
sixty-ninth, seventieth, seventy-first and seventy-second families, read with head -45 in one shell
loop, and nothing else of them; none of those modules was imported. The absence of this file was
tested with test -e and the presence of .venv/bin/ruff with test -x, in one command; no directory
was listed; git was run once, by slip, as a "git status --short" piped to "head -0" at the very end,
so its output was thrown away unseen, and not otherwise; no README, word list, test or source module
and not the benchmark runner was opened, and the seventy-fourth family, being written at the same
time, was not looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing
nothing of the project; the name lists it checks against were copied by hand from the printed
corpus.py) for stray braces and placeholders, for a title before {P} or {U}, for the count of
sentences per key, for each ordinary span falling on the start of the intended word (it repeats the
generator's first-substring rule), for a second match of the word in the same sentence, for any
other word-name (as the start of a word, so "willing", "maybe", "jacket" and "belly" too), plain
given name, street tree, capitalised street suffix, nursery word, unlisted first name, invented
surname or town built from the generator's syllables, and common short form of a given name ("kit",
"nan", "con", "jo", "lee", "ant" and the like as whole words; "chris", "nate", "tally", "bert",
"rick" and the like inside words, so no "Christmas", "designated", "mentally", "liberty" or "brick")
anywhere in a sentence, for line lengths and for non-ASCII characters; it was tried once on a
deliberately faulty scratch file to see that it catches what it should, and it printed every
ordinary sentence with its span in brackets, which were read through. The generator's nickname
function was neither read nor called.

Styles. The practitioners' side of a case, in the papers a review team is handed about the
workers rather than the family: a social worker's supervision record (dated headings, actions
numbered "(1)", "(2)", "(3)", reflective questions, the worker's feelings explored); a team
manager's case discussion and management-oversight entries ("MO 02/06 -", "TM decision:", "TM
note:", the name between dashes); caseload and allocation lists, with case numbers, LCS and MASH
references and IDs beside names, pipes and tab-separated columns, a numbered caseload written
across line breaks, RAG letters and words ("RAG R", "RAG red"), Y/N compliance columns, and
status changes in short-hand ("CIN -> CP 14/05"); audit, dip-sample and moderation findings;
practice observations of a home visit and of contact; a worker's reflective log in the first
person ("I did not see ... on that visit"); the worker's account to the review and what was said
at the practitioner event; handover and transfer summaries written when a worker leaves
("Outstanding on ...:", "Handover (leaving 30/09):"); agency staffing reports, exit interviews
and an ASYE review. The name of the case stands as a family label ("Re the ... family", "The ...
children", "Family name on the system:"), beside a reference number, in a list of household
members, in recording short-hand ("SW visited ... @ home", "HV unable to see ... x3, NBA", "... +
M + ptnr", "Disc w/ TM re ..."), after a tab or a pipe, and at the start of an entry. Ordinary
uses put each word-name where such papers put it: RAG ratings and tracker colours ("RAG: amber",
"AMBER -", "GREEN - no actions."), audit marks and grades, staffing figures that rose, agency
bills, supervision in May, handover advice about the marsh path and the hill up to the hostel,
what the worker saw on an observed visit, idioms of a tired team ("pie in the sky", "a jack of
all trades", "out of the woods", "a stone's throw", "alarm bells", "miles apart", "the green
light"), at the start of a sentence and inside it, with inflections ("Marked", "Billing",
"Robbery", "Lambing", "Stonewalling", "Frankly", "Hopefully", "Foxes"). Unlisted people are the
other workers, managers, auditors, reviewers and educators named in such papers, and the towns
are where teams and offices moved.
"""

SEVENTYTHIRD_PERSON_SENTENCES = [
    "Supervision 14/03: {P} discussed; worker feels stuck and unsure what the plan is for.",
    "Case discussion - {P} - drift identified, statutory visits overdue by three weeks.",
    "Reflective question for the worker: what is a day like for {P} in that house?",
    "Worker's feelings about {P} explored; she described dreading the Thursday visits.",
    "Management oversight: I have read the assessment on {P} and agree an ICPC is needed.",
    "MO 02/06 - {P} - strategy discussion to be convened today, s47 threshold met.",
    "TM decision: {P} to step down to early help, subject to the school agreeing to lead.",
    "Caseload as at 31/01:\n1. {P} - CP (neglect) - RAG R\n2. ref 40213 - CIN - RAG G",
    "Allocation list | {P} | CIN | unallocated since 04/09 | awaiting worker",
    "{P}\tCP\tneglect\tlast visit 12/01\tR",
    "Case no. 2231907: {P}, transferred from the assessment team on 11/10.",
    "LCS ref 48812 ({P}) - closed in error and reopened on the same day.",
    "{P} (ID 556031): visits in timescale N; supervision in timescale Y; plan up to date N.",
    "Audit finding: the voice of {P} is absent from the last three assessments.",
    "Dip sample item 7 ({P}) - no management oversight recorded at the point of closure.",
    "Moderation: auditor and worker agreed that the plan for {P} had no timescales.",
    "The file for {P} holds no genogram and nothing on the father's side of the family.",
    "Practice observation, home visit: {P} let the worker in and showed her round the flat.",
    "Observed: the worker asked {P} open questions and gave time for the answers.",
    "Reflective log, week 12 - I keep coming back to {P} and whether I missed something.",
    "I did not see {P} on that visit, and I should have insisted.",
    "Looking back, I took what {P} told me at face value.",
    "At the practitioner event the worker recalled {P} as always polite and plausible.",
    "In her account to the review, the worker said {P} frightened her, so she visited in pairs.",
    "Practitioners remembered {P} as a child who was easy to overlook in a crowded household.",
    "Handover note - {P}: key issues are attendance, mental health and the partner's whereabouts.",
    "Handover (leaving 30/09): {P} has not yet been told that I am going.",
    "Please make sure {P} meets the new worker before the core group on the 14th.",
    "Outstanding on {P}: genogram, updated chronology, letter to GP.",
    "Staffing report Q3: {P} had four changes of social worker in twelve months.",
    "{P} was allocated to an agency worker who left after six weeks.",
    "Of the 23 children on the unallocated list, {P} had waited longest (41 days).",
    "Family name on the system: {P} (sibling group of three, one file per child).",
    "Re the {P} family - see supervision of 08/02 for the agreed actions.",
    "The {P} children were discussed together, so the baby's needs were lost, the audit found.",
    "SW visited {P} @ home; ch seen & spoken to alone; bedroom seen; no concerns re food.",
    "HV unable to see {P} x3, NBA to clinic, info shared with SW by email.",
    "Home: {P} + M + ptnr; ptnr left the room when SW arrived.",
    "Disc w/ TM re {P} - agreed to convene strategy.",
    "Children in the household: {P}; half-sibling (2 yrs); unborn baby (EDD 03/04).",
    "RAG red - {P} - not seen for 28 days.",
    "Worker: AW (agency). Child: {P}. Last seen: 03/11. Next due: 13/11.",
    "QA: the chronology for {P} stops in March, when the previous worker left.",
    "Supervision actions: (1) see {P} alone; (2) update the plan; (3) book the core group.",
    "Paternal grandparents ({P}) not on the network map and never contacted.",
    "{P} was on my caseload for 14 months and I saw them, at most, once a month.",
    "I found {P} hard to reach and, honestly, I put off returning the calls.",
    "TM note: I share the worker's worry about {P}; escalated to the service manager today.",
    "Transfer summary - {P} - reason for transfer: worker leaving the authority.",
    "Exit interview: the worker named {P} as the case that made her decide to leave.",
    "ASYE review: the newly qualified worker held {P} without a co-worker, against policy.",
    "Locum's last day 22/12; {P} reallocated to the team manager in the interim.",
    "Contact observation: {P} arrived 20 min late and left early, apologising to the supervisor.",
    "{P}: CIN -> CP 14/05, CP -> CIN 09/11, closed 02/03.",
    "MASH ref 90116 / {P} / sibling ref 90117.",
]

SEVENTYTHIRD_ORDINARY = {
    "hope": [
        "Hope is not a plan, the team manager wrote beside the worker's case summary.",
        "Supervision template, 'hopes' box: that the baby stays at home with the mother.",
        "The worker said she had lost hope in the plan long before the case was closed.",
        "Hopefully the new manager brings some stability, one worker wrote in the staff survey.",
        "Agency staff were taken on in the hope of bringing caseloads down to twenty.",
        "Worries, strengths and hopes: the three columns of the form were left blank.",
        "The learning event ended on a note of cautious hope about the new duty model.",
    ],
    "grace": [
        "The auditor allowed a month's grace before the file was audited again.",
        "Grace periods for late supervision records were ended by the new head of service.",
        "A week's grace was given for the outstanding case notes to be typed up.",
        "She left the team with good grace, despite how the restructure had been handled.",
        "The team manager took the complaint with grace and apologised to the family.",
        "Only by the grace of a cancelled hearing did the worker have time to visit that week.",
    ],
    "mark": [
        "Mark the referral urgent on the allocation board, the duty manager told the team.",
        "Marked improvement in recording since the last audit cycle (from 40 to 75 per cent).",
        "The audit tool gives a mark out of four for each domain of practice.",
        "The case note was marked 'sensitive' and kept out of the subject access copy.",
        "The six-week mark passed without an initial visit being recorded.",
        "Question marks remain about the quality of management oversight on the file.",
        "Supervision frequency fell well below the mark set in the practice standards.",
    ],
    "rose": [
        "Caseloads rose to twenty-eight per worker over the autumn.",
        "Agency spend rose sharply after three permanent staff left in one month.",
        "The number of children on plans rose by a third in the year, the staffing report says.",
        "Sickness absence rose through the winter, leaving two posts uncovered.",
        "The team manager rose to the challenge, her appraisal recorded.",
        "A rose-tinted view of the father's progress was challenged in supervision.",
        "Complaints rose after the duty line moved to the call centre.",
    ],
    "may": [
        "May supervision was cancelled because the team manager was in court all week.",
        "Audit sample, May 2024: twelve files read, four graded good.",
        "The worker may need a reduced caseload on her return from sick leave.",
        "From 6 May the case was held on the duty team's list.",
        "Staffing in May fell to five permanent workers against eleven posts.",
        "Cases may be reallocated without the family being told, the review found.",
        "The exit interview in May recorded workload as the reason for leaving.",
    ],
    "will": [
        "Will the new worker meet the children before the core group? Not recorded.",
        "The manager's will to keep experienced staff was plain to the inspectors.",
        "Staff will need protected time for recording, the service manager agreed.",
        "Against her will the worker was moved to the assessment team.",
        "The will and the skill were both there, the practice lead said of the team.",
        "A lack of will to challenge the police was noted in the audit.",
        "The agency worker will leave at the end of the month, so a handover is needed.",
    ],
    "william": [
        "Will the new worker meet the children before the core group? Not recorded.",
        "Staff will need protected time for recording, the service manager agreed.",
        "Against her will the worker was moved to the assessment team.",
        "The agency's bill for locum cover ran to six figures in the year.",
        "Agency bills were signed off by the head of service each month.",
        "A bill for the emergency locksmith was charged to the team's budget.",
    ],
    "bill": [
        "The agency's bill for locum cover ran to six figures in the year.",
        "Agency bills were signed off by the head of service each month.",
        "A bill for the emergency locksmith was charged to the team's budget.",
        "The worker paid a taxi bill herself to get the children to the placement.",
        "Billing for interpreter time was missing from the case file.",
        "The unpaid gas bill was raised in supervision as a sign of financial control.",
        "Top of the bill at the team day was the new recording policy.",
    ],
    "amber": [
        "RAG: amber - visits in timescale but the plan has not been reviewed.",
        "Amber on the caseload tracker means a visit is due within five working days.",
        "The audit graded the file amber for management oversight.",
        "AMBER - supervision overdue by two weeks.",
        "Amber-rated cases are discussed at the weekly team huddle.",
        "The dashboard slipped from amber to red as staff left.",
        "Twelve cases on the list were flagged amber at the start of the quarter.",
    ],
    "sky": [
        "Sky-high caseloads were the main reason given for leaving in the exit interviews.",
        "The sky was dark by the time the worker finished her last visit of the day.",
        "Blue-sky thinking at the away day produced no change to allocation.",
        "The observer noted a Sky dish and a large television in an otherwise bare flat.",
        "Under a grey sky the team walked from the office to the family court.",
        "Pie in the sky, the team manager called the new caseload target.",
    ],
    "faith": [
        "The worker had faith in the mother's commitment, which the auditor questioned.",
        "Faith: Catholic (recorded on the case summary but never explored).",
        "The challenge from the IRO was made in good faith, the audit said.",
        "Faith groups were not invited to the practitioner event.",
        "Staff had lost faith in the duty system after three referrals went unanswered.",
        "The reviewer found too much faith placed in the parents' self-reported progress.",
        "A faith leader was named on the network map but never contacted.",
    ],
    "holly": [
        "Holly wreaths hung on the office door at the December team meeting.",
        "The worker scratched her hand on a holly hedge looking for a way in at the back.",
        "Holly and tinsel decorated the contact room when the session was observed.",
        "A holly bush by the gate hid the front door from the pavement.",
        "Sprigs of holly stood in a jar on the kitchen table, the practice observer recorded.",
        "The family centre calls its contact suite the holly room.",
    ],
    "ruby": [
        "A ruby ring was logged in the property record when the child came into care.",
        "Ruby-coloured staining on the carpet was noted at the observed visit.",
        "The child wore ruby slippers to every contact, the supervisor recalled.",
        "The service reached its ruby anniversary in the week of the inspection.",
        "A ruby glass paperweight on the manager's desk was the child's favourite thing to hold.",
        "The teenager's ruby-red hair dye was mentioned in every case note that month.",
    ],
    "daisy": [
        "Daisy-chain referrals, passed from one team to the next, were a theme of the audit.",
        "The contact room has daisy wallpaper, the practice observer noted.",
        "The child picked a daisy for the worker at the end of the observed visit.",
        "Fresh as a daisy, the agency worker said after her first week.",
        "The nursery's daisy group takes the youngest children, the handover note explains.",
        "A daisy chain of emails between managers delayed the decision by a fortnight.",
    ],
    "summer": [
        "Summer leave left the team with two workers covering thirty cases.",
        "Over the summer three newly qualified workers joined the team.",
        "The summer audit found recording in timescale on only half the files.",
        "Summer 2023: no supervision recorded for the worker for nine weeks.",
        "School holidays in the summer meant nobody from education came to the core group.",
        "Late summer saw the case transferred to the long-term team.",
    ],
    "joy": [
        "Joy was rare in the team that winter, one worker told the review.",
        "The worker described the child's joy at seeing her brother during contact.",
        "Joy, worry and anger were the feelings the worker named in her reflective log.",
        "Supervision was meant to hold the joys of the job as well as the worries.",
        "The team's one joy that year was the adoption of three siblings together.",
        "The grandmother spoke with real joy about the baby at the observed visit.",
    ],
    "dawn": [
        "Dawn visits by police were planned without the social worker being told.",
        "The worker was on call until dawn and still expected in the office at nine.",
        "It dawned on the auditor that nobody had seen the baby for six weeks.",
        "At dawn the emergency duty worker handed the case back to the day team.",
        "Officers executed the warrant at dawn; the social worker arrived at eight.",
        "From dusk to dawn one worker covered out-of-hours for the whole county.",
    ],
    "ivy": [
        "Ivy had grown over the front windows, making it hard to see in, the observer noted.",
        "The ivy on the back fence hid the gap the children used to get out.",
        "Ivy-covered walls of the old office let the rain in every storm.",
        "The worker pushed past ivy and brambles to reach the back door.",
        "A pot of ivy on the windowsill was the only plant in the flat.",
        "Poison ivy was the worker's private name for the case in her reflective log.",
    ],
    "jack": [
        "A jack of all trades, the duty worker covered assessments, court and visits that week.",
        "The car jack in the hallway was listed as a possible weapon in the risk assessment.",
        "A Union Jack hung in the front window at the observed visit.",
        "With her car up on a jack at the garage, the worker made the visit by taxi.",
        "A jackknifed lorry on the motorway made the worker late for the core group.",
        "The worker had to jack in the afternoon's visits when the hearing overran.",
    ],
    "robert": [
        "Robbery charges against the partner were unknown to the worker until the trial.",
        "Staff said the restructure would rob the team of its most experienced people.",
        "The older brother was arrested for robbing a phone shop, the youth justice worker said.",
        "Caseload pressure robs workers of time to reflect, the principal social worker wrote.",
        "The worker's car was robbed outside the family home during a visit.",
        "Robbed of supervision time by the court timetable, the worker fell behind.",
    ],
    "frank": [
        "Frank conversations about the worker's own anxiety were recorded in supervision.",
        "The team manager was frank about the state of the service at the practitioner event.",
        "To be frank, the plan was never reviewed, the auditor wrote.",
        "Frankly, the handover note was three lines long.",
        "A frank exchange between the IRO and the team manager ended in formal escalation.",
        "The worker gave a frank account to the review of the visits she did not make.",
    ],
    "miles": [
        "The worker drove 140 miles in one day to see the children in their placements.",
        "Miles claimed for visits did not match the visits recorded, the audit found.",
        "The placement is sixty miles from the family home.",
        "The new office is four miles from the estate where most of the caseload lives.",
        "Miles from the rest of the team, the remote worker felt unsupported, she told the review.",
        "The worker's account and the case notes are miles apart on what was said.",
    ],
    "dean": [
        "The dean of the social work school asked for feedback on the student's placement.",
        "A letter from the dean confirmed the student had left the course.",
        "The assistant dean sat on the practice learning panel.",
        "The rural dean offered the church hall for the team's away day.",
        "The course dean was told that the student's placement had ended early.",
        "Concerns about the student were passed to the dean by the practice educator.",
    ],
    "marsh": [
        "The caravan is parked out by the marsh, the handover note says, and is hard to find.",
        "Marsh land behind the estate floods each winter, cutting off the only path to the house.",
        "The pool car got stuck on the marsh track and the visit was missed.",
        "The boys were found on the salt marsh after dark, the duty record says.",
        "A marsh path is the quickest way from the bus stop, the handover note advises.",
        "Marshland around the farm made the lone working risk assessment a priority.",
    ],
    "hill": [
        "The hostel is at the top of a steep hill, a long walk from the nearest bus stop.",
        "The worker parked at the bottom of the hill and walked up with the interpreter.",
        "Hillside flats on the estate are visited in pairs after dark, per lone working policy.",
        "The office moved up the hill to the civic centre in March.",
        "Hill-walking with the teenager was used for direct work in the spring.",
        "The team manager said she was over the hill after twenty years of duty rotas.",
    ],
    "wood": [
        "The observer noted bare wood floors and no heating in the back bedroom.",
        "The family centre garden has a wood cabin used for direct work.",
        "Not out of the woods yet, the team manager wrote beside the step-down request.",
        "A stack of wood blocked the back door, a fire risk the worker raised with housing.",
        "The children were found in the wood behind the school.",
        "Wooden toys in the contact room were replaced after the infection control audit.",
    ],
    "stone": [
        "The worker said she had lost a stone in the year she held the case.",
        "Stone-cold tea and no heating: the observer's note on home conditions.",
        "A stone thrown through the office window led to a review of lone working.",
        "The family home is a stone cottage at the end of a farm track.",
        "Stonewalling by the father was given in the audit as a reason visits failed.",
        "The flat is a stone's throw from the office, yet visits were still missed.",
    ],
    "bell": [
        "Nobody answered the bell, so the worker left a card and tried the neighbour.",
        "Alarm bells should have rung, the auditor wrote, when the third referral came in.",
        "The fire bell cleared the building halfway through the core group.",
        "The worker rang the bell three times; a dog barked inside.",
        "The school bell went before the worker had finished speaking to the child.",
        "The bell at the family centre is answered by reception, not by the contact supervisor.",
    ],
    "brown": [
        "Brown paper files from the old system were scanned before the audit.",
        "The worker noticed brown staining on the mattress in the back bedroom.",
        "Supervision was often a brown-bag lunch at the desk, the worker told the review.",
        "A brown envelope of case papers was left on a train and reported as a data breach.",
        "The bruise had turned brown by the time it was photographed.",
        "Brown mould round the window was photographed for the housing officer.",
    ],
    "green": [
        "Green on the tracker: visits, supervision and plan all in timescale.",
        "RAG: green - stable, step-down planned at the next review.",
        "The newly qualified worker was still green, the team manager said, and too new for CP.",
        "The practice observation rated the visit green in every domain.",
        "A green folder held the paper records from before the new system.",
        "The service manager gave the green light to a pre-proceedings meeting.",
        "GREEN - no actions.",
    ],
    "lamb": [
        "Lamb stew was on the stove at the observed visit.",
        "Like a lamb to the slaughter, the worker said of her first court hearing alone.",
        "The family keep a pet lamb in the yard, the handover note says.",
        "Lambing season takes the father to the farm, so evening visits work best.",
        "The child held a knitted lamb through the whole visit.",
        "A lamb casserole from the family centre was the children's only hot meal that day.",
    ],
    "fox": [
        "The worker saw a fox in the garden as she left the house late in the evening.",
        "The child's drawing of a fox was scanned into the file.",
        "The worker described the partner as sly as a fox in her reflective log.",
        "A toy fox from the contact room went home with the child.",
        "Fox mess on the path and torn bin bags were noted at the visit.",
        "Foxes had got into the bins behind the office, the facilities report says.",
    ],
    "banks": [
        "Food banks in the area are listed in the handover note for the new worker.",
        "The river banks flooded and the worker could not reach the farm.",
        "Banks of desks in the open-plan office left no private space for supervision.",
        "The audit tool draws on banks of standard questions.",
        "Baby banks supplied the cot and pram, the handover note says.",
        "Banks were asked by police to freeze the partner's accounts.",
    ],
}

SEVENTYTHIRD_UNLISTED = [
    "Case transferred from {U} (agency, left 30/06) to the long-term team.",
    "Supervisor: {U}. Worker: agency locum, start date 04/03.",
    "{U}, the previous team manager, signed off the closure without a visit.",
    "Handover received from {U}, who moved to the fostering team in {T}.",
    "The worker had trained alongside {U} at the university in {T}.",
    "Dr {U}, the named doctor for safeguarding, attended the learning event.",
    "Mrs {U}, the practice educator, observed the home visit.",
    "The audit was completed by {U} from the quality assurance unit.",
    "The team moved from the old office in {T} to a hot-desking hub.",
    "{U} covered the duty rota alone for a week in August.",
    "Independent reviewer: {U}. Panel met in {T} on 14/10.",
    "The independent reviewing officer, {U}, escalated the case twice.",
    "A family friend, {U}, was never checked, the audit found.",
    "Practice observed by {U} (principal social worker).",
    "Agency workers from {T} were brought in to cover the vacancies.",
    "Exit interview held with {U}, who is moving to a post in {T}.",
]
