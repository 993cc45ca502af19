"""Sixty-eighth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1459 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges, lines 1-400, 400-800, 800-1200 and 1200-1459, the two middle ranges at 401
lines each because their ends overlap by one line, a line over the 400 the brief allowed; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first, a
title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname), the
capital it gives a lower-case name that opens a template (only when nothing stands before the
placeholder and the text before it, with trailing white space and line breaks stripped, ends in a
full stop, so a name after "I,", "Re:", "Dear", a pipe, a tab, a colon, a paragraph number or a
quote mark keeps the case it was given), the word-names and the other name lists (plain given
names, street trees and suffixes, the words of nursery names, the syllables of invented surnames
and towns, the first names it gives unlisted people and its fallback surname), the keys of
FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them) and the number of its
sentences per key, which `_ordinary_for` draws from the later sets, and the way it marks an
ordinary span (the first case-insensitive substring match of the word, "will " with its trailing
space, "bill" for William when there is no "will ", and "rob" for Robert); the forms it gives {U}
(a first name, a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare
surname after the exact string "Dr {U}", so no other title or role, "Ms", "Counsel", "Judge",
"HHJ" and "Uncle" included, is put directly before {U} or {P}), and that `_Builder.sentence` takes
every "{" in a template as the opening of a placeholder and joins templates with a single space,
so no literal brace appears in any sentence here and the lines and columns of a form, a letter
heading and a table of contact sessions are written into a template as "\\n", "\\t" and pipes.
The first 45 lines (the headers) of the sixty-third, sixty-fourth, sixty-fifth and sixty-sixth
families, read with head -45 in one shell loop, and nothing else of them; none of those modules
was imported. The absence of this file was tested with test -e and the presence of
.venv/bin/ruff with test -x, in one command; no directory was listed, git was not run, no README,
word list, test or source module and not the benchmark runner was opened, and the sixty-seventh
family, being written at the same time, was not looked at. A throwaway checker in /tmp parsed this
file alone (with ast, importing nothing of the project; the name lists it checks against were
copied by hand from the printed corpus.py) for stray braces and placeholders, for a title before
{P} or {U}, for the count of sentences per key, for each ordinary span falling on the start of the
intended word (it repeats the generator's first-substring rule), for a second match of the word
in the same sentence, for line lengths and non-ASCII characters, and for the substrings below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "nate", "jay", "liz", "meg", "kay", "lee",
"beth", "chris", "tony", "rick", "dick", "cal", "bert", "jon", "jo", "ty", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"nan", "ellie", "katie", "libby", "betty", "kitty" and the like) are kept out of every sentence
here as whole words, from general knowledge, so a grandmother is never "nan" and a barrister never
a "con". Words that merely contain a word-name, a plain given name, a street tree, a nursery word
or an unlisted first name are kept out of every sentence but the ones written for that word, and
family court papers are full of them: no order here "prohibits steps", no hearing is held "in
chambers", no letter is signed "Yours faithfully", no allegation is made "wholly" or found
"risky", no service is "probation", no charge is "prosecuted", nothing is a "problem", a
"milestone", a "remark" or "maybe", nobody "enjoys" contact or "smiles" at a parent, no child
wears a "jacket", a "kitchen" is never named and "Christmas" is never the holiday; the future
is written "is to" or "shall", never "will", outside the sentences for "will" and "william".

Styles. Papers in private law proceedings about a child's safety, from the first safeguarding
checks to the final order: the heading of an application and of a position statement in capitals
("IN THE MATTER OF ... (A CHILD)"), a statement of truth and a numbered witness statement in the
first person ("I, ..., am the Applicant"), numbered paragraphs of a section 7 report and of the
children's guardian's analysis, a Cafcass safeguarding letter and its police and local authority
checks, the child's own words in double quotes, a mediator's MIAM notes and exemption, solicitors'
letters ("We act for", "Our client,", "Please confirm by return", a "Re:" line and "Dear"), the
recitals and directions of an order, contact centre session notes with time stamps, handover
entries and a row of a table of sessions with pipes, and form fields split across lines with
"\\n" and tabs. Names stand as the applicant and respondent, in apposition after a relationship
("the paternal grandmother, ..."), in attendee lists, after "between ... and", before "(the
child's older brother, 15)", and followed by -s verbs, past verbs, "is to", "shall" and "has".
Ordinary uses put each word where a family court writer would meet it: months in dates and
half-terms ("May half-term"), the legal "will" and "bill" of fees and costs, traffic-light ratings
("AMBER:"), inflections ("hoped", "marked", "Frankly", "lambing", "wooden", "robbed", "dawned"),
idioms ("good grace", "a stone's throw", "pride and joy", "miles apart", "the green light",
"jack of all trades") and the child's play at the contact centre, each at the start of a sentence
and within it.
"""

SIXTYEIGHTH_PERSON_SENTENCES = [
    "IN THE MATTER OF THE CHILDREN ACT 1989 AND IN THE MATTER OF {P} (A CHILD)",
    "POSITION STATEMENT ON BEHALF OF THE RESPONDENT, {P}, FOR THE FHDRA ON 9 OCTOBER",
    "CHILD ARRANGEMENTS ORDER\nApplicant: {P}\nRespondent: the father",
    "1. I, {P}, am the Applicant in these proceedings and the mother of the child concerned.",
    "Statement of truth: I, {P}, believe that the facts stated in this statement are true.",
    "Cafcass has completed safeguarding checks with the police and the local authority on {P}.",
    "Police checks: {P} has a caution for common assault (2019) and no convictions.",
    "Local authority checks: {P} was known to children's services as a child in need in 2021.",
    "In the safeguarding telephone interview {P} raised concerns about alcohol at handovers.",
    "4.3 {P} told me that she does not feel safe when the father has been drinking.",
    "5.1 When I met {P} at school, she drew her two houses and put a sad face on one of them.",
    "6.2 {P} has been consistent in what she has told me, the school and the GP.",
    '"I want to see Daddy but not at his flat," {P} told the Family Court Adviser.',
    '"{P} shouts at Mummy on the phone," the child said during the wishes and feelings work.',
    "Session 4 | Sat 14/06 | 10:00-12:00 | {P} | On time; handover calm; no concerns.",
    "Session 5 | Sat 21/06 | 10:00-12:00 | {P} | Did not attend; no call to the centre.",
    "Handover: {P} brought the child to the front entrance at 09:55 and left by 10:05.",
    "10:40 {P} offered the child a snack and asked about school; the child answered briefly.",
    "11:15 The supervisor stepped in when {P} began to talk about the court case with the child.",
    "The contact supervisor recorded that {P} whispered to the child at the end of the session.",
    "Supported contact: {P} and the paternal grandmother attended; staff observed from the door.",
    "The child ran to {P} on arrival and held on for some time before going into the play room.",
    "Parent attending: {P}\nRelationship to child: father\nLevel of contact: supervised",
    "Applicant: {P}\tRespondent: see C100, section 2\tChild: see C100, section 1",
    "The children's guardian has considered the position of {P} with care.",
    "In my analysis the risk from {P} is not yet understood by the other parent.",
    "{P} accepts that the relationship ended with an incident in the hallway in March.",
    "{P} denies the allegations in the Scott schedule in their entirety.",
    "{P} seeks an order that the child lives with her and spends time with the father.",
    "{P} is prepared to undertake a domestic abuse perpetrator programme if directed.",
    "{P} has not seen the child since the incident on 2 March and asks for indirect contact.",
    "{P} did not attend a MIAM; the exemption claimed on the C100 is domestic abuse.",
    "MIAM notes: {P} was seen separately; screening identified fear of the other parent.",
    "We act for {P} in connection with the arrangements for the parties' son.",
    "Our client, {P}, is concerned that your client has moved a new partner into the home.",
    "We are instructed that {P} collected the child from school without notice on Friday.",
    "Please confirm by return whether {P} agrees to contact taking place at the centre.",
    "Re: {P} - child arrangements - without prejudice save as to costs",
    "Dear {P},\nThank you for taking part in the safeguarding telephone interview on Tuesday.",
    "The paternal grandmother, {P}, is put forward as a supervisor for contact in the community.",
    "The half-sibling, {P}, was present at two of the sessions and played well with the child.",
    "Recommendation: the child to live with {P} and spend alternate weekends with the father.",
    "The FHDRA was adjourned because {P} had not filed the C1A.",
    "At the hearing on 18 July {P} appeared in person and asked for an interpreter.",
    "The order records that {P} shall not remove the child from the care of the applicant.",
    "{P} (the child's older brother, 15) has asked to meet the judge.",
    "{P} was visibly upset at the end of the session and cried at the window.",
    "Cafcass spoke to {P} by telephone on 3 September; the call lasted 40 minutes.",
    "Parties: {P} (applicant mother), in person; the respondent father, by counsel.",
    "{P} made a C100 application on 12 January for a child arrangements order.",
    "The section 7 report recommends that {P} has supervised contact for a further three months.",
    "Contact between the child and {P} is to be supervised at the centre for six sessions.",
    "Present at the session: the child, {P}, one supervisor (notes taken throughout).",
    "{P} arrived 25 minutes late and smelled of alcohol; the session did not go ahead.",
    "THE FATHER'S POSITION\n{P} does not accept that the child is frightened of him.",
]

SIXTYEIGHTH_ORDINARY = {
    "hope": [
        "Hope is expressed in the mother's statement that contact can move into the community.",
        "The guardian holds out no real hope of the parents agreeing without a hearing.",
        "It is hoped that the parents can attend a Separated Parents Information Programme.",
        "Hopefully, the father writes, the court can see that he has changed.",
        "The child said she hopes to see her dad on her birthday.",
        "1.4 The applicant's hope is for a shared care arrangement in due course.",
        "The mediator noted that both parents spoke of their hope of keeping the child out of it.",
    ],
    "grace": [
        "The father accepted the outcome with good grace and thanked the supervisor.",
        "A period of grace of 14 days was allowed for the respondent to file his statement.",
        "By the grace of God nobody was hurt, the mother says in her statement.",
        "Grace before meals is said at the paternal grandparents' home, and the child joins in.",
        "The judge allowed a short grace period for the C1A to be filed.",
        "It was a saving grace that the grandmother was present at the handover.",
    ],
    "mark": [
        "A red mark on the child's cheek was noted at handover and photographed by staff.",
        "Mark the envelope private and confidential, the court office advised.",
        "The father was marked as absent on the attendance register for the session.",
        "The session marked the first time in a year the child had seen her father.",
        "Exhibit AB3 is a photograph of the mark on the child's forearm.",
        "Marks on the upper arm were reported by the mother after the overnight stay.",
    ],
    "rose": [
        "Tension rose at the handover when the father asked about the mother's new partner.",
        "The number of missed sessions rose from one to four between June and October.",
        "Rose-tinted is how the guardian describes the mother's account of the relationship.",
        "The child rose early on contact days, the mother said, and was dressed by seven.",
        "Voices rose in the corridor outside the courtroom and security were called.",
        "A single rose was left on the mother's car, which she took to be from the respondent.",
        "Costs rose sharply once the matter was listed for a fact-finding hearing.",
    ],
    "may": [
        "The application was issued in May and listed for an FHDRA six weeks later.",
        "The court may make a section 91(14) order if applications continue.",
        "May half-term contact is to be shared equally between the parents.",
        "By 20 May the father had attended only two of six supervised sessions.",
        "The parties may agree a different handover point in writing.",
        "Cafcass letter dated 3 May 2025 (safeguarding checks complete).",
    ],
    "will": [
        "The mother will bring the child to the centre for 10:00 each Saturday.",
        "Will the father agree to a drug test? His solicitors have not replied.",
        "The child was taken to the father's home against her will on 5 April.",
        "The grandmother's will is the subject of separate proceedings and is not relevant here.",
        "Nothing in this order will prevent the parties agreeing additional time.",
        "The mother said that by the end she had no will of her own in the relationship.",
    ],
    "william": [
        "The father will pay the contact centre fees, the order records.",
        "The child was taken to the father's home against her will on 5 April.",
        "A bill for the contact centre fees was sent to both parties.",
        "Legal aid does not cover the bill for the drug and alcohol testing.",
        "Will this arrangement work in the school holidays? The order is silent.",
        "Bills for the mediation sessions were split equally between the parents.",
    ],
    "bill": [
        "The bill for the hair strand test was paid by the father's parents.",
        "Bills from the contact centre are sent monthly to the paying party.",
        "The mother's phone bill shows over two hundred calls from the respondent in one week.",
        "The centre bills each parent \u00a345 per session, payable in advance.",
        "An unpaid bill for the mediation was raised in correspondence.",
        "Billing for supervised contact stopped when the order expired.",
    ],
    "amber": [
        "Amber was the rating given on the local authority's risk tool after the referral.",
        "The centre's traffic light system placed the family at amber after the incident.",
        "An amber flag was put on the file so that staff read the notes before each session.",
        "AMBER: handovers to take place indoors with two staff present.",
        "The child wore an amber necklace, a present from the father, to every session.",
        "Police graded the call amber and officers arrived forty minutes later.",
    ],
    "sky": [
        "The child drew a house with a yellow sun and a blue sky at her father's.",
        "The father spent part of the session watching football on Sky on his phone.",
        "Under a grey sky the handover took place in the car park of the shopping centre.",
        "The child told the guardian that her bedroom at Dad's is painted sky blue.",
        "Sky-high legal costs had left the mother unable to instruct solicitors.",
        "Promising the child the sky, the mother said, was the father's way of winning her over.",
    ],
    "faith": [
        "Faith is important to the mother, who wishes the child to attend church on Sundays.",
        "The father's faith community has offered a hall for supported contact.",
        "Faith schools in the area were considered in the specific issue application.",
        "The parents are of different faith backgrounds and disagree about the child's upbringing.",
        "Both parents were reminded to act in good faith in mediation.",
        "The mother lost faith in Cafcass after the first letter was sent to the wrong address.",
    ],
    "holly": [
        "The child had scratches on her legs from the holly hedge in the father's garden, he says.",
        "Holly berries were on the table in the contact room in December.",
        "A holly bush by the centre's gate hides the entrance from the road.",
        "The child brought a card with holly on the front for her father.",
        "Sprigs of holly decorated the waiting area at the family court in December.",
        "Cutting back holly in the garden, the father left the shears where the child could reach.",
    ],
    "ruby": [
        "A ruby ring belonging to the paternal grandmother is at the centre of the dispute.",
        "The child's cheeks were ruby red when she came in from the garden, the notes record.",
        "Ruby-coloured juice had been spilt down the child's coat at handover.",
        "The grandparents' ruby wedding party was the last occasion the whole family met.",
        "The child's favourite shoes are ruby slippers from the dressing-up box at the centre.",
        "A ruby pendant given by the father was taken away by the mother, the child said.",
    ],
    "daisy": [
        "The child made a daisy chain in the centre's garden and gave it to her mother.",
        "Daisy Room is the smaller contact room, used for babies and toddlers.",
        "The baby arrived in a daisy-print sleepsuit and was changed by the father.",
        "The child picked a daisy from the lawn and put it in her father's pocket.",
        "The mother describes the child as 'fresh as a daisy' after weekends with the father.",
        "The drawing shows a daisy in a pot and two people holding hands.",
    ],
    "summer": [
        "Summer holidays are to be divided equally, with two weeks in a block for each parent.",
        "Over the summer the father's contact moved from supervised to supported.",
        "The summer term report shows the child's attendance fell after the separation.",
        "Summer 2024 was the first time the child had stayed overnight at her father's flat.",
        "The children's guardian recommends a review before the summer holidays.",
        "A summer fete at school was the scene of the argument between the parents.",
    ],
    "joy": [
        "The child's joy at seeing her father was obvious to the supervisor.",
        "Joy, sadness and worry faces were used in the wishes and feelings work.",
        "There was no joy in the handovers, which were tense and silent.",
        "The paternal grandmother describes the child as her pride and joy.",
        "The mother says the pregnancy brought her no joy because of the abuse.",
        "Joyriding convictions on the father's record date from his teens.",
    ],
    "dawn": [
        "Dawn raids by the police at the father's address are referred to in the disclosure.",
        "The father arrived at dawn and banged on the door, the mother's statement says.",
        "It dawned on the supervisor that the child had been coached about what to say.",
        "Before dawn on 14 February the mother left the home with the child for a refuge.",
        "Dawn was breaking when the police returned the child to the mother's care.",
        "From dusk till dawn the messages continued, the mother says.",
    ],
    "ivy": [
        "Ivy covers the front of the grandparents' cottage, where the father proposes to live.",
        "The child was seen picking ivy leaves from the centre's fence.",
        "The garden at the father's house is overgrown with ivy and nettles.",
        "Ivy-clad walls and a locked gate make the family centre hard to find.",
        "The child's drawing showed a house covered in ivy with no door.",
        "Pulling ivy off the shed with his father is what the boy said he liked best.",
    ],
    "jack": [
        "A car jack was left in the footwell where the child sits, the mother's statement says.",
        "The father describes himself as a jack of all trades, with no fixed income.",
        "A Union Jack flag hangs in the child's bedroom at the father's house.",
        "The father says he had to jack in his job to attend the supervised sessions.",
        "Jack-in-the-box toys in the contact room frightened the toddler.",
        "The car was up on a jack in the drive when the child arrived, and she was kept away.",
    ],
    "robert": [
        "The father was convicted at 19 of trying to rob a petrol station.",
        "Robbery is among the offences on the new partner's record, the police disclosure shows.",
        "The mother says the father would rob her purse when he ran out of money.",
        "He was robbed of his phone on the way to the centre, the father told staff.",
        "A charge of robbery against the father was dropped in 2020.",
        "The older child told the guardian that boys at school rob younger pupils of lunch money.",
    ],
    "frank": [
        "The father was frank about his drug use in the safeguarding interview.",
        "Frank and open discussion is needed between the parents, the mediator said.",
        "Frankly, neither parent has kept to the agreed arrangements.",
        "In a frank letter to the court the child asked to live with her father.",
        "The guardian is frank that the recommendation is finely balanced.",
        "The mother gave a frank account of the last incident, including her own part in it.",
    ],
    "miles": [
        "The father lives 40 miles from the school, which limits midweek contact.",
        "Miles apart on every issue, the parents could not agree even the handover point.",
        "The contact centre is six miles from the mother's home and she has no car.",
        "Travelling 200 miles each way for supervised contact is not sustainable, the father says.",
        "The round trip to the centre comes to about 30 miles.",
        "The child sometimes walks two miles home from school alone, the father alleges.",
    ],
    "dean": [
        "The dean of the college confirmed the father's attendance on his course.",
        "A letter from the cathedral dean speaks well of the father's character.",
        "The mother works in the dean's office at the university and cannot change her hours.",
        "The rural dean has offered the church hall for supported contact on Sundays.",
        "Dean of students at the university confirmed the mother's timetable in writing.",
        "The faculty dean was asked by the mother's solicitors to confirm her shift pattern.",
    ],
    "marsh": [
        "The father's cottage is reached by a track across the marsh, with no street lights.",
        "Marsh land behind the grandparents' house is unfenced, which worries the mother.",
        "The child said she goes bird-watching on the marsh with her dad.",
        "Marshland paths flood in winter, so the father proposes to collect the child by car.",
        "The salt marsh by the caravan site is where the father took the child without permission.",
        "A walk on the marsh was the father's idea for the first community contact.",
    ],
    "hill": [
        "The father's flat is at the top of a steep hill, too far for the child to walk.",
        "Up the hill from the centre is the bus stop where handovers now take place.",
        "Hill walking with the paternal uncle was one of the child's favourite activities.",
        "The child was found at the bottom of the hill, having run from the father's car.",
        "Hillside flats on the estate are where the respondent now lives.",
        "Over the hill and far away is how the child described the father's new home.",
    ],
    "wood": [
        "The play room floor is wood, and the toddler fell and bumped his head.",
        "Wood from the broken door was produced as an exhibit at the fact-finding hearing.",
        "The father took the child into the wood behind the centre without telling staff.",
        "A wood burner with no guard is in the father's living room, the mother is concerned.",
        "Woodland walks are proposed by the father for community contact.",
        "The child's wooden toy train was left behind at the father's flat.",
    ],
    "stone": [
        "The child has put on half a stone since moving to her mother's care.",
        "Stone walls make the cottage cold and damp, the mother says.",
        "A stone was thrown at the mother's window the night after the hearing.",
        "The father's house is a stone's throw from the school.",
        "The father has lost a stone, which he puts down to giving up drink.",
        "Stone-faced throughout, the father did not speak to the child at handover.",
    ],
    "bell": [
        "The bell rang at 10:00 and the father was let in through the secure door.",
        "Nobody answered the bell when the mother brought the child for handover.",
        "Bell-ringing practice at the church on Thursdays is something the father shares with her.",
        "The school bell goes at 15:15 and the father is to collect from the gate.",
        "A bell on the door of the contact room tells staff when anyone leaves.",
        "The mother says the father rang the door bell again and again at 2am.",
    ],
    "brown": [
        "The child arrived in a brown coat that was too small for her, the supervisor noted.",
        "Brown envelopes from the court were left unopened, the father admits.",
        "The bruise had turned brown by the time the child was seen by the GP.",
        "A brown teddy bear goes with the child between the two homes.",
        "Brown bread sandwiches made by the father were the child's favourite part of the session.",
        "Her hair was dyed brown without the father's consent, which he raises in his statement.",
    ],
    "green": [
        "Green was the colour the child chose for her happy feelings in the session.",
        "The village green is proposed by the father as a handover point.",
        "The local authority rated the referral green and took no further action.",
        "Green mould in the child's bedroom at the father's flat is shown in the photographs.",
        "The court gave the green light to staying contact from September.",
        "A green folder of school reports was brought by the father to the hearing.",
    ],
    "lamb": [
        "The father works on a farm and cannot attend contact during lambing.",
        "Lambing season means the father proposes weekday evenings from March to April.",
        "A toy lamb goes everywhere with the toddler, including to the contact centre.",
        "The child said she helped bottle-feed a lamb at her grandfather's farm.",
        "Roast lamb was cooked for the child's birthday at the paternal grandparents' house.",
        "The father was as gentle as a lamb during the sessions, the supervisor wrote.",
    ],
    "fox": [
        "A fox in the centre's garden caught the child's eye at the window.",
        "The child's comfort toy, a knitted fox, was left at the father's flat.",
        "Fox cubs were living under the shed at the father's house, he told the child.",
        "Foxes had torn open the bin bags outside the mother's flat, his photographs show.",
        "The child drew a fox chasing a rabbit and said it was her dad.",
        "A fox ran across the car park during the handover and the toddler screamed.",
    ],
    "banks": [
        "The father's debts to two banks are set out in his statement of means.",
        "The river burst its banks and the handover was moved to the police station.",
        "Food banks have been used by the mother since the father stopped paying maintenance.",
        "The child was seen playing alone on the canal banks during the father's time with her.",
        "Banks would not open an account for the father, who has no fixed address.",
        "Grassy banks beside the car park were used for handovers in the warmer months.",
    ],
}

SIXTYEIGHTH_UNLISTED = [
    "The mother's new partner, {U}, has not yet been the subject of police checks.",
    "Contact is to take place at the family centre in {T} on alternate Saturdays.",
    "Dr {U}, the child's GP, wrote a letter in support of the application.",
    "Mrs {U}, a volunteer at the contact centre, supervised the second half of the session.",
    "The father now lives with {U} in a two-bedroom flat in {T}.",
    '"{U} is nice to me but I don\'t like it when he shouts," the child said.',
    "A friend of the father, {U}, came to the handover uninvited and was asked to leave.",
    "The mediator, {U}, signed the form on the basis that mediation was not suitable.",
    "The paternal uncle, {U}, has offered to supervise contact at his home in {T}.",
    "Police disclosure refers to an incident involving {U} outside a pub in {T}.",
    "The child goes to an after-school club run by {U} on Wednesdays.",
    "Counsel for the father, {U}, invited the court to list a fact-finding hearing.",
    "The family moved from {T} to be nearer the maternal grandparents.",
    "The mother has been staying at a refuge outside {T} since October.",
    "Handovers are to take place at the police station in {T}, with {U} as go-between.",
    "We have today received a letter from {U}, who now acts for the respondent.",
]
