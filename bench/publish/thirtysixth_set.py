"""Thirty-sixth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full, for the format: the {P},
{U} and {T} placeholders, the name forms the generator fills in (full name, given name, an
initial with and without a stop, a possessive, upper and lower case, a line break between the
parts of the name or a hyphenated break inside the given name, surname first, a title and
surname for adults, and a nickname), the capital it gives a lower-case name that opens a
template, the word-names and the keys of its ORDINARY dicts (the thirty-three keys of the fresh
set, with "will" among them), the number of sentences the fresh set has for each word (which
`_ordinary_for` draws from the later sets), and the way it marks an ordinary span (the first
case-insensitive substring match of the word, "will " with its space, "bill" for William when
there is no "will ", and "rob" for Robert); the forms it gives {U} (a first name, a surname,
both, or "Mr" and a surname, and a bare name after "Mrs", "St" or "Dr"), that a brace in a
template always opens a placeholder, and how the thirty-fourth family's three exports are
imported and wired into SENTENCE_SETS. The first 45 lines (the headers) of the thirty-first,
thirty-second, thirty-third and thirty-fourth families, and nothing else of them; none of those
modules was imported. The file names in bench/publish and at the top of the project (and in
.venv/bin, to find ruff), and `git status --short`, which listed nothing. corpus.py was read,
not imported, and the generator's nickname function was neither read nor called: common short
forms of its given names ("kit", "rich", "bet", "con", "ant", "bob" and the like) are kept out
of every sentence here from general knowledge. A throwaway check, run from the command line and
saved to no file, applied the marking rule as read in corpus.py to this family's own sentences,
looked for stray word-names and placeholder mistakes, and ran the import check in the brief;
ruff check and ruff format were run on this file only. Nothing under src/ or tests/, no README,
no other part of any sentence family, the thirty-fifth family not at all, no word list, no
run_bench.py and no git history was read, and the benchmark was not run. No real person, case,
judgment, court centre, school or place is represented: every name of the case is filled in by
the generator's placeholders, case numbers and neutral citations are written with zeros or left
incomplete, and the firms, chambers, panels and services described are generic or invented; the
statutes, rules, forms, schemes and public bodies named (the Family Court, the Crown Court,
Cafcass, the CPS, the First-tier Tribunal) are public ones, there only for the words they
contain.

Styles. Legal and quasi-legal paper in England and Wales, where the earlier headers were
written in records, reviews, everyday screens and speech. Family court care proceedings: the
court bundle index with sections A to I and page ranges run up against the name ("[C45]",
"C15-C29", "F1-F40"), the C110A with its parts and respondent numbers, position statements of
the local authority, the parents and the Children's Guardian, threshold documents and
schedules of findings sought ("Finding 4:"), responses to threshold, judgments with a neutral
citation line, "Re" headings and the anonymity notice, case management orders with "UPON" and
"AND UPON" recitals, "IT IS ORDERED THAT" and numbered paragraphs, penal notices, PAMS
parenting assessments, letters of instruction with numbered questions, expert reports with a
statement of truth, hair strand results, Cafcass safeguarding letters, viability and special
guardianship assessments, and family time logs kept under an order. Criminal paper: MG3, MG5,
MG6 and MG11 forms and the witness statement declaration, custody records, charge sheets, CPS
review notes and the Full Code Test, indictments with counts and particulars, pre-sentence
reports, victim personal statements, bail conditions, Crown Court daily lists and sentencing
remarks spoken to the defendant by name. Elsewhere: a coroner's Record of Inquest with its
boxes and a Regulation 28 report, a SEND tribunal decision, housing review and benefit appeal
letters headed "RE:", a solicitor's attendance note with units, a legal aid certificate, a
Domestic Violence Disclosure Scheme record, and a non-molestation order with its notice to
the respondent. Names sit in headings and citations, in capitals after "RE:" and "IN THE
MATTER OF", in "the mother, ..., " appositions, in party lists "(2)" and "R2=", in quoted
evidence and Q and A, with pronouns after them, and glued to brackets, slashes and numbering.
Ordinary uses put each word-name in the same legal voice and in more than one sense (the court
"may", a period of "grace", a "mark" on the balance of probabilities, a "will" and what the
court "will" do, a "bill" of costs, the court "rose"), at the start of a sentence and within
it, with inflections ("Marked", "Robbery", "Billing", "Frankly") and fixed phrases ("stone's
throw", "miles apart", "pride and joy", "green light").
"""

THIRTYSIXTH_PERSON_SENTENCES = [
    # Court bundle index.
    "Section C: Statements. C1-C14 Statement of the mother, {P}, dated 3 March 2026.",
    "C15-C29 Second statement of {P} (response to threshold), dated 17 April 2026.",
    "E88-E93 Letter of instruction to the psychologist in respect of {P}.",
    "F1-F40 Cognitive and psychological assessment of {P}, filed 2 June 2026.",
    "H12-H61 Family time records, {P}, sessions 1 to 19.",
    "Section I: Disclosure. I1-I63 Police disclosure relating to {P}.",
    "B7 Case management order (third), joining {P} as the fourth respondent.",
    "A3 Chronology (local authority), with entries concerning {P} highlighted in yellow.",
    "See statement of {P}[C17-C24] at paragraph 12.",
    "G4 Medical records of {P} (GP), pages 1 to 38, redacted by consent.",
    # C110A.
    "C110A, section 2: Respondent 1 - {P}, mother, date of birth withheld.",
    "Form C110A, part 4 (other persons to be given notice): {P}.",
    "Child 2: {P} - female - living with the maternal aunt under a section 20 agreement.",
    "Reason for the application: {P} sustained a fracture of the left femur with no "
    "accepted explanation.",
    "Does {P} need an interpreter? No. Does {P} have a litigation friend? Yes.",
    "Parties: (1) the local authority; (2){P}; (3) the father; (4) the child, through the "
    "Children's Guardian.",
    "1.{P} (the mother) - first respondent - represented.",
    "R2={P}; R3=father (not yet served).",
    # Position statements.
    "POSITION STATEMENT ON BEHALF OF THE MOTHER, {P}",
    "The local authority's position is that {P} cannot safely return to the care of either parent.",
    "{P} accepts findings 1 to 3 but disputes findings 4 and 5.",
    "It is submitted on behalf of {P} that the parenting assessment was not adapted to her "
    "learning needs.",
    "The Guardian supports the plan for {P} to remain with the paternal grandparents until "
    "the final hearing.",
    "{P} seeks a further four weeks to file evidence of abstinence from alcohol.",
    "{P} does not oppose an interim care order but reserves her position on threshold.",
    "The father, {P}, did not attend and was not represented.",
    "Counsel for {P} invited the court to list a two-day fact-finding hearing.",
    "The Children's Guardian has met {P} twice, once at school and once at the foster home.",
    "On behalf of {P} it is said that the delay in filing was caused by the legal aid application.",
    # Threshold and findings.
    "Finding 4: On or about 12 January 2026 {P} shook the baby, causing subdural bleeding.",
    "Finding 7: {P} failed to protect the children from the father's violence.",
    "Finding 2 (not pursued): that {P} used cannabis in the presence of the children.",
    "{P} has exposed the child to domestic abuse [C45; I17-I19].",
    "The relevant date is the date on which {P} was taken into police protection.",
    "Response of {P} to Finding 6: not accepted; the bruise was caused by a fall from the sofa.",
    "Schedule of findings, row 3 - Perpetrator: {P}. Evidence: [E12], [F7].",
    "Admitted in part: {P} accepts that she left the children alone on one occasion.",
    "The pool of possible perpetrators is limited to the mother and {P}.",
    "At the relevant date {P} was suffering, or was likely to suffer, significant harm.",
    # Judgments.
    "Neutral Citation Number: [2026] EWFC 000 - Case No: ZE26C00000 - IN THE MATTER OF {P}",
    "Re {P} (A Child) (Fact-Finding: Non-Accidental Injury)",
    "This judgment concerns {P}, who is now two years old.",
    "I shall refer to the child as {P}, which is not her real name.",
    "I found {P} to be an honest but unreliable witness.",
    "{P} gave evidence over the course of a day and a half. She was composed throughout.",
    "In cross-examination {P} accepted that the account she gave to the paediatrician was untrue.",
    "I reject the evidence of {P} on this point.",
    "The Guardian's analysis of the welfare checklist as it applies to {P} is careful and "
    "thorough.",
    "IMPORTANT NOTICE: the anonymity of {P} and members of the family must be strictly preserved.",
    "Having considered the whole of the evidence, I am satisfied on the balance of "
    "probabilities that {P} caused the injuries.",
    "For those reasons I make a care order and a placement order in respect of {P}.",
    "The father's evidence about {P} was, in parts, simply not credible.",
    "{P} struck me as a young woman who has been badly let down by the adults around her.",
    "I have not heard from {P} directly, but I have read his letter to the judge [C88].",
    # Case management orders.
    "UPON the court noting that {P} is a protected party and acts by her litigation friend",
    "AND UPON the father, {P}, agreeing to undertake hair strand testing",
    "IT IS ORDERED THAT: 1. {P} is joined as the third respondent.",
    "2. {P} shall file and serve a statement by 4pm on 8 January 2027.",
    "3. The local authority shall disclose the police records relating to {P} to all parties.",
    "4. Permission is granted to {P} to rely on the report of the independent social worker.",
    "Recital (d): {P} has been advised to seek independent legal advice about the special "
    "guardianship assessment.",
    "WARNING: if you, {P}, do not comply with this order you could be held in contempt of court.",
    "Dated 14/10/2026. Served on {P} by first class post and by e-mail.",
    "[{P}] - the bracketed names in the draft order were not completed before sealing.",
    "ITEM 7 - {P} - adjourned to 4 December 2026, time estimate two hours.",
    # PAMS and parenting assessments.
    "PAMS knowledge questionnaire: {P} scored in the high priority range on home safety.",
    "{P} was observed preparing a bottle without sterilising the teat (PAMS observation 3).",
    "In the parenting assessment {P} understood routines but struggled to offer emotional warmth.",
    "Assessor's conclusion: {P} would need a high level of support to parent safely.",
    "{P} engaged with all eleven sessions and completed the homework tasks with her advocate.",
    # Experts.
    "You are instructed to assess {P} and to answer the questions in Schedule 1.",
    "Question 5: Does {P} have a diagnosable mental health condition and, if so, what "
    "treatment is recommended?",
    "The skeletal survey of {P} showed two healing rib fractures (report at [F22]).",
    "I interviewed {P} on two occasions, each lasting about three hours.",
    "In my opinion {P} meets the criteria for an emotionally unstable personality disorder.",
    "I confirm that I have made clear which facts and matters in this report about {P} are "
    "within my own knowledge.",
    "Hair strand test results for {P} (segments 1 to 3): cocaine positive at a low level.",
    "The paediatrician examined {P} on 9 February 2026 in the presence of the foster carer.",
    # Cafcass.
    "Cafcass safeguarding letter - Applicant: {P}. Respondent: the mother.",
    "Police checks on {P} returned two call-outs to the address for domestic incidents.",
    "Local authority checks: {P} is not currently known to children's services.",
    "In a telephone interview {P} raised concerns about the father's drinking.",
    "Cafcass recommends a section 7 report before contact between the child and {P} is progressed.",
    # Viability and special guardianship.
    "Viability assessment of {P} (maternal grandmother) - outcome: positive, proceed to full "
    "assessment.",
    "{P} has a historic caution for shoplifting, which she disclosed at the first visit.",
    "Special guardianship support plan: {P} to receive an allowance, reviewed each year.",
    "The assessing social worker considers that {P} can put the child's needs before her own.",
    "{P}, aged 61, lives in a three-bedroom house with her second husband.",
    "{P} was ruled out at the viability stage because of her partner's convictions.",
    # Family time logs.
    "Family time log, session 14: {P} arrived ten minutes early and brought a snack.",
    "{P} became upset when the session ended and was reminded not to discuss the proceedings.",
    "Supervisor's note: {P} spoke to the child in a language the supervisor did not understand.",
    "Session cancelled - {P} did not confirm by 9am as the order requires.",
    "14:02 {P} gave the child a cuddle; 14:10 nappy change completed by {P} with prompts.",
    # Police MG forms and custody.
    "MG11 Witness Statement. Statement of: {P}. Age if under 18: 15. Occupation: student.",
    "This statement (consisting of 3 pages each signed by me) is true to the best of my "
    "knowledge and belief. Signed: {P}",
    "I, {P}, understand that this statement could be used in evidence.",
    "MG3 Report to Crown Prosecutor for a charging decision - Suspect: {P}.",
    "MG5 case summary: on the evening in question {P} went to the address and forced entry.",
    "Key evidence: the account of {P} in her ABE interview (exhibit AB/1).",
    "MG6 schedule: previous convictions of {P} - 3 convictions for 5 offences.",
    "Arrested: {P}. Time of arrest 23:14. Necessity: to protect a child.",
    "In interview {P} gave a prepared statement and thereafter answered no comment.",
    "Custody record: {P} - detained for interview - appropriate adult requested.",
    # Charge, CPS, indictment.
    "CHARGE: {P} - on 02/08/2026 you assaulted the child, thereby occasioning actual bodily harm.",
    "{P} was charged at 03:40 and remanded in custody to appear before the magistrates.",
    "CPS review note: the evidence against {P} meets the evidential stage of the Full Code Test.",
    "Consider special measures for {P}: screens and pre-recorded cross-examination.",
    "Reviewing lawyer: the public interest requires a prosecution of {P}.",
    "Disclosure: third-party material from the school relating to {P} to be requested.",
    "INDICTMENT. THE KING v {P}. Count 1: cruelty to a person under sixteen.",
    "Count 2: causing or allowing a child to suffer serious physical harm. Particulars: {P}, "
    "between 1 March and 30 April 2026, ...",
    "Count 3 (alternative to Count 2): {P}, being a person who had frequent contact with the "
    "child, ...",
    "{P} pleaded not guilty to Counts 1 and 2 and guilty to Count 3.",
    "THE KING -v- {P} (Defendant)",
    # Pre-sentence report and victim personal statement.
    "Pre-sentence report: {P}. Section 2: offence analysis.",
    "{P} told me that she now understands the impact of her actions on the children.",
    "Risk of serious harm: {P} is assessed as posing a high risk to children.",
    "I propose that {P} be made subject to a community order with a rehabilitation activity "
    "requirement.",
    "{P} has complied with the conditions of bail for eleven months.",
    "Victim personal statement of {P}, made under the Victims' Code.",
    '"Since that night I can\'t sleep," {P} wrote in her victim personal statement.',
    "I, {P}, want the court to know how this has affected my children.",
    # Bail and listings.
    "Bail conditions: {P} not to contact, directly or indirectly, any prosecution witness.",
    "{P} to live and sleep each night at the bail address; curfew 19:00 to 07:00, tagged.",
    "Not to enter the exclusion zone shown on the map attached (served on {P} at court).",
    "Crown Court daily list - Court 4 - 10:30 - T20260000 - {P} - trial (day 3).",
    "Not before 2pm: {P} (sentence), in custody.",
    "Mention: {P} - plea and trial preparation hearing.",
    # Sentencing remarks.
    "{P}, please stand.",
    "{P}, you are 34 years old and of previous good character.",
    "The aggravating features in the case of {P} are the age of the child and the length of "
    "the cruelty.",
    "Taking account of the guilty plea, the sentence for {P} is one of four years' imprisonment.",
    "I make a restraining order on conviction prohibiting {P} from contacting the "
    "children's mother.",
    "You, {P}, stood by while your partner hurt a baby who could not protect herself.",
    # Coroner.
    "RECORD OF INQUEST. 1. Name of the deceased (if known): {P}",
    "Box 3: {P} died at home on 4 February 2026 after being found unresponsive in an adult bed.",
    "Box 4: Conclusion of the coroner as to the death of {P}: narrative.",
    "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS - following the inquest touching the "
    "death of {P}.",
    "The evidence at the inquest into the death of {P} revealed matters giving rise to concern.",
    "{P}, the child's mother, gave evidence through an intermediary.",
    "Interested persons: {P} (father), the local authority, the NHS trust.",
    # SEND tribunal.
    "First-tier Tribunal (Special Educational Needs and Disability). Appellant: {P}. "
    "Respondent: the Council.",
    "The Tribunal orders that Section F of the EHC plan for {P} be amended as follows.",
    "We found the evidence of {P} about the child's sensory needs compelling.",
    "{P} appeared in person, supported by a friend from a parent carer forum.",
    # Housing and benefits.
    "Our client, {P}, requests a review under section 202 of the Housing Act 1996.",
    "Mandatory reconsideration request - Claimant: {P} - National Insurance number withheld.",
    "{P} was found intentionally homeless; we say that decision is flawed.",
    "Dear Sir or Madam, RE: {P} - PIP APPEAL - SC000/26/00000",
    "RE: {P} (DOB withheld) - HOUSING REVIEW - URGENT",
    # Attendance note and legal aid.
    "Attendance note: attending {P} at court, 45 minutes. Advised on the interim care plan.",
    "Client {P} instructs that she has separated from the father and moved into a refuge.",
    "Telephone attendance - {P} - 6 units. Client distressed; explained the next steps.",
    "Advised {P} that the court is likely to make the order if she does not attend for drug "
    "testing.",
    "Legal Aid certificate: client {P}; Special Children Act proceedings; non-means, non-merits.",
    "Cost limitation on the certificate for {P}: £25,000.",
    # Clare's Law.
    "DVDS disclosure record - Right to Ask - Applicant: {P}.",
    "Disclosure made in person to {P} at the police station on 19/09/2026, with an IDVA present.",
    "{P} was told that the subject has previous convictions for violence against two former "
    "partners.",
    "{P} signed the confidentiality undertaking and was given a copy of the safety plan.",
    # Non-molestation order.
    "NON-MOLESTATION ORDER. Family Law Act 1996, section 42. The Respondent: {P}",
    "IMPORTANT NOTICE TO THE RESPONDENT {P}: You must obey this order.",
    "{P} must not use or threaten violence against the applicant.",
    "{P} is forbidden to go within 100 metres of the applicant's home.",
    "Return date: the court has fixed a hearing at which {P} can attend and make representations.",
    # Quoted evidence and pronouns.
    "'I never touched her,' {P} told the arresting officers.",
    "Q. Did you see {P} that evening? A. No, not until the morning.",
    "Asked by the judge whether she understood, {P} said: 'Yes, I think so.'",
    "In a text message to the father {P} wrote: 'if u tell them im leaving u'.",
    "{P} was cross-examined at length. She maintained her account throughout.",
    "{P} attended by video link; his connection dropped twice.",
    "Exhibit JK/3: photographs of the bedroom used by {P}.",
    "Dated: 12/11/2026 - Signed: .......... ({P})",
    "{P}/mother - excused attendance at the directions hearing.",
]

THIRTYSIXTH_ORDINARY = {
    "hope": [
        "The mother's hope is that the court might adjourn the final hearing for a further "
        "assessment.",
        "Hope alone cannot justify further delay, the judge observed.",
        "Counsel expressed the hope that the parties could agree a consent order.",
        "Paragraph 41: there is no realistic hope of rehabilitation within the child's timescales.",
        "The Guardian is hopeful that contact can progress to unsupervised sessions.",
        "In her victim personal statement the grandmother wrote that she had lost all hope "
        "of justice.",
        "Hope, the author of the report noted, is not a risk management plan.",
        "Section 5 of the application records the applicant's hope of a placement with relatives.",
    ],
    "grace": [
        "The landlord's solicitors allowed a further 14 days' grace before issuing possession "
        "proceedings.",
        "A grace period for payment of the costs order was agreed at the door of the court.",
        "Saying grace before meals is part of the foster family's routine, the care plan notes.",
        "The father accepted the court's findings with some grace, his counsel said.",
        "Grace and dignity were shown by the grandmother throughout the inquest.",
        "No days of grace apply to the filing deadline in paragraph 6 of the order.",
        "The benefit appeal succeeded because the claimant was within the grace period for "
        "reporting the change.",
    ],
    "mark": [
        "On the balance of probabilities, the mark on the child's cheek was caused by a slap.",
        "Please mark the envelope 'Private and Confidential - Family Court'.",
        "The expert described a linear mark 3cm long on the left thigh [F14].",
        "Exhibit 4 bore a bite mark consistent with an adult's teeth.",
        "Marked deterioration in the mother's presentation was noted between the two hearings.",
        "The case reached the 26-week mark with the final hearing still unlisted.",
        "The judge asked the clerk to mark the bundle as read.",
    ],
    "rose": [
        "The court rose at 4.15pm and the hearing resumed the next morning.",
        "Rent arrears rose to £3,140 before the notice seeking possession was served.",
        "The child's heart rate rose sharply during the interview, the intermediary reported.",
        "When the verdict was given, the defendant rose and shouted at the jury.",
        "Rose-tinted accounts of the relationship were rejected by the judge.",
        "The number of missed sessions rose from two to nine over the autumn.",
        "A single rose was left on the applicant's car in breach of the order.",
    ],
    "may": [
        "The court may make a care order only if it is satisfied that the threshold criteria "
        "are met.",
        "On 14 May 2026 the local authority issued its application.",
        "May the Tribunal direct that the hearing be held in private, the representative asked.",
        "The hearing was adjourned to May for an addendum report.",
        "Any party may apply to vary or discharge this order on 72 hours' notice.",
        "The offence may be tried on indictment or summarily.",
        "A notice of acting was filed in early May.",
    ],
    "will": [
        "The grandmother's will left the house in trust for the children.",
        "The court will not tolerate further non-compliance with directions.",
        "Against her will the child was taken to the father's address, the officer stated.",
        "The local authority will file its final evidence by 4pm on Friday.",
        "Where there's a will there's a way, the mother told the assessor.",
        "A grant of representation in respect of the will had not been made by the date of "
        "the inquest.",
        "Free will and coercive control were considered at length in the fact-finding judgment.",
    ],
    "william": [
        "The court will hand down judgment in writing next week.",
        "A statutory will was approved for the protected party by the Court of Protection.",
        "The unpaid electricity bill was exhibited to the mother's statement [C33].",
        "The firm's bill of costs was assessed on the standard basis.",
        "Parties will exchange skeleton arguments three days before the hearing.",
        "The council tax bill had been sent to the former address.",
        "Nobody will explain the delay to the family, the complaint says.",
    ],
    "bill": [
        "An itemised bill from the private investigator was attached to the costs schedule.",
        "The phone bill showed 212 calls to the applicant in breach of the order.",
        "Bills for gas and electricity were in the partner's name, the housing officer found.",
        "The Bill received Royal Assent before the hearing, but the section was not yet in force.",
        "The council intends to bill the tenant for the damage to the front door.",
        "Billing records from the mobile network were served as unused material.",
        "A water bill addressed to the father placed him at the property in March.",
    ],
    "amber": [
        "The risk assessment was rated amber at the MARAC.",
        "Amber flags on the court file signal a vulnerable witness.",
        "The defendant drove through an amber light, the collision investigator said.",
        "AMBER: review within 28 days (local authority RAG rating).",
        "The necklace was amber beads on a leather cord, the exhibits officer recorded.",
        "An amber alert was added to the child's education record.",
        "Amber-rated cases on the duty list are allocated within five working days.",
    ],
    "sky": [
        "The sky was still light when the officers arrived, according to the incident log.",
        "Sky-high legal costs were given as the reason the father acted in person.",
        "The defendant's Sky subscription was listed as an outgoing on the means form.",
        "Under a clear sky the visibility at the junction was good, the expert concluded.",
        "The child's drawing showed a house with a black sky and no door.",
        "A sky-blue cardigan was produced as Exhibit 9.",
        "The sky had clouded over by the time of the second 999 call.",
    ],
    "faith": [
        "The local authority acted in good faith when it accommodated the child under section 20.",
        "Faith: Christian (Pentecostal); the care plan records the child's religious needs.",
        "The mother has lost faith in the police, she told the Cafcass officer.",
        "The child attends a faith school, which the EHC plan names in Section I.",
        "The judge placed little faith in the father's assurances about his drinking.",
        "Bad faith was alleged against the housing officer but not pursued at the review.",
        "Faith groups provided character references for the defendant.",
    ],
    "holly": [
        "Holly bushes beside the path are shown in the photographs at [I22].",
        "The child said the scratches came from the holly in the school hedge.",
        "A sprig of holly was on the door of the contact centre at the December session.",
        "Holly berries had been eaten by the toddler, according to the A&E record.",
        "The coroner viewed photographs of the holly hedge at the boundary of the garden.",
        "A holly wreath was left at the roadside memorial.",
        "The defendant hid in a holly thicket behind the garages.",
    ],
    "ruby": [
        "A ruby ring was among the items listed on the charge sheet for the burglary.",
        "Ruby-red swelling was seen behind both ears in the photographs [F9].",
        "The grandparents' ruby wedding anniversary fell on the day of the hearing.",
        "The stolen property included a ruby pendant valued at £400.",
        "Ruby wine stains were on the carpet in the police photographs.",
        "The baby's cheeks were ruby from the cold when found, the paramedic said.",
        "A ruby-coloured birthmark on the neck was noted in the skeletal survey request.",
    ],
    "daisy": [
        "The child's bedroom had daisy-print curtains, the contact supervisor noted.",
        "Daisy Class, the reception class, is the placement named in the EHC plan.",
        "The toddler was picking daisy heads in the garden during the visit.",
        "The baby's vest was daisy-patterned and heavily stained (Exhibit PJ/4).",
        "A daisy chain made at family time was given to the mother at the end of the session.",
        "The nursery's daisy room is where the child was collected on the day in question.",
        "Fresh as a daisy, the defendant told officers, despite drinking all night.",
    ],
    "summer": [
        "Over the summer the mother completed a domestic abuse programme.",
        "Summer holidays brought an increase in police call-outs, the chronology shows.",
        "The final hearing was listed for the first week of the summer vacation.",
        "Summer 2026: the family were placed in bed and breakfast accommodation.",
        "The offences were committed in the summer of 2025.",
        "The summer term report was appended to the Tribunal bundle.",
        "A summer-born child, she was among the youngest in her year, the SEND panel heard.",
    ],
    "joy": [
        "The contact supervisor recorded the child's obvious joy at seeing her brother.",
        "Joy and relief were expressed by the grandmother when the order was made.",
        "The defendant took the car on a joyride and crashed it at the roundabout.",
        "There was little joy in the home, the Guardian concluded.",
        "Joyriding offences appeared on the father's list of previous convictions.",
        "The birth should have been a time of joy, the victim personal statement says.",
        "The baby was described as the grandparents' pride and joy.",
    ],
    "dawn": [
        "Officers executed the warrant at dawn on 3 March.",
        "Dawn raids were authorised by the superintendent.",
        "It dawned on the officer that the child had been alone all weekend.",
        "From dusk to dawn the defendant is to remain at the bail address.",
        "Dawn was breaking when the child was found on the seafront.",
        "The applicant was woken before dawn by the respondent banging on the door.",
        "A new dawn for the family, the Guardian wrote, depends on the mother's abstinence.",
    ],
    "ivy": [
        "Ivy covered the rear wall, hiding the broken window from the road.",
        "The photographs at [I40] show ivy growing through the bedroom window frame.",
        "Ivy-clad garages behind the estate were the scene of the offence.",
        "The child was seen eating ivy berries in the garden.",
        "Ivy had pulled the guttering away, and the disrepair claim succeeded.",
        "The fence was thick with ivy, the scene examiner noted.",
        "Ivy leaves were found in the baby's mouth, the paramedic's statement says.",
    ],
    "jack": [
        "A car jack was recovered from the kitchen and sealed as Exhibit DR/2.",
        "The defendant used a jack handle to smash the windscreen.",
        "Police said the older youths would jack cars to order.",
        "A Union Jack flag hung across the bedroom window.",
        "Jack-knifed lorries delayed the prison van, and the hearing started late.",
        "The respondent, a jack of all trades, worked cash in hand.",
        "A jack plug had been ripped out of the landline socket, the officer observed.",
    ],
    "robert": [
        "The defendant planned to rob the shop with two others, the prosecution say.",
        "Robbery is an indictable-only offence.",
        "He admitted that he had tried to rob a pensioner at a cash machine.",
        "Count 1 alleges robbery of a mobile telephone from a child.",
        "Older youths would rob the younger boys of their bikes.",
        "Robbing the gas meter was the reason the supply was cut off.",
        "The youth court heard that the boys intended to rob the delivery driver.",
    ],
    "frank": [
        "The mother was frank about her relapse when cross-examined.",
        "Frank admissions in interview were credited in the sentencing remarks.",
        "In a frank exchange, the judge told the father his conduct was unacceptable.",
        "To be frank, the local authority's evidence was filed too late.",
        "The pre-sentence report gives a frank account of the defendant's drug use.",
        "Frankly, the court expected better compliance.",
        "The grandmother gave frank evidence about her own childhood.",
    ],
    "miles": [
        "The placement is 85 miles from the mother's home.",
        "The bail address is six miles outside the exclusion zone.",
        "Miles of unlit road separated the farmhouse from the nearest bus stop.",
        "The parents' accounts of the evening were miles apart, the judge found.",
        "Travelling 40 miles each way to family time was not sustainable, the grandmother said.",
        "The defendant drove twelve miles while disqualified.",
        "The expert calculated that the vehicle had covered 300 miles that weekend.",
    ],
    "dean": [
        "The dean of the law faculty provided a character reference.",
        "A letter from the dean confirmed the student had suspended her studies.",
        "The rural dean offered the family emergency accommodation.",
        "The Dean of Students referred the matter to the university's safeguarding lead.",
        "The defendant was a former assistant dean at the college.",
        "The cathedral dean gave evidence about the night shelter.",
        "Dean's office records were disclosed under a third-party order.",
    ],
    "marsh": [
        "The body was found on the marsh below the sea wall.",
        "Marsh ground behind the caravan site floods each winter.",
        "The scene of the offence was a track across the marsh.",
        "The search team covered the salt marsh at low tide.",
        "The travellers' site sits on reclaimed marsh at the edge of the town.",
        "The boys were found near the marsh after dark.",
        "Marshland paths near the estate are unlit and isolated.",
    ],
    "hill": [
        "The child's house is at the top of a steep hill.",
        "The camera on the hill captured the vehicle at 02:10.",
        "The collision occurred as the car came over the brow of a hill.",
        "Hill walking was given as the defendant's alibi.",
        "Down the hill from the school is the hostel where the father lives.",
        "The respondent lives on the other side of the hill, about a mile away.",
        "The pram rolled down the hill while the mother was on her phone, the witness said.",
    ],
    "wood": [
        "A piece of wood with nails in it was recovered from the hallway.",
        "Wood had been nailed over the broken window.",
        "The wood burner had no fireguard, the fire service report records.",
        "The teenager was found in the wood behind the canal.",
        "Woodland behind the school was searched by the dog unit.",
        "Splintered wood around the lock showed the door had been forced.",
        "The defendant claimed the weapon was a wood chisel he used for work.",
    ],
    "stone": [
        "She had lost a stone in weight since the proceedings began.",
        "A stone was thrown through the applicant's window.",
        "The flat is a stone's throw from the respondent's address.",
        "Stone steps led down to the basement flat.",
        "The defendant sat stone-faced as the verdict was read.",
        "Kidney stone treatment delayed the mother's attendance at the hearing.",
        "The bath water was stone cold, the child told the ABE interviewer.",
    ],
    "bell": [
        "Nobody answered the bell, so the process server left the papers in the porch.",
        "The bell camera at the front door recorded the respondent at 02:14.",
        "The school bell had rung before anyone came to collect the child.",
        "The usher rang the bell to signal the jury's return.",
        "A bell on the gate alerted the mother when the toddler got out.",
        "The call bell in the cell was not answered for 20 minutes.",
        "Bell ringing practice at the church was the father's only regular commitment.",
    ],
    "brown": [
        "Brown envelopes from the court were left unopened on the mat.",
        "The bruise had faded to a yellowish brown by the time it was photographed.",
        "Brown staining on the mattress was photographed by the scenes of crime officer.",
        "A brown paper bag containing cannabis was found under the sofa.",
        "The suspect was described as wearing a brown hooded top.",
        "The water from the kitchen tap ran brown, the disrepair claim states.",
        "Brownies on Thursday evenings is the only club the girl attends.",
    ],
    "green": [
        "The panel gave the green light to a full special guardianship assessment.",
        "Green mould was visible on the bedroom ceiling in the photographs.",
        "The car was a green hatchback, the witness said.",
        "Green: no current concerns (the school's own rating).",
        "The respondent was told not to enter the village green outside the applicant's house.",
        "A relatively green advocate, counsel was in her first year of practice.",
        "The green bin was full of empty cider cans.",
    ],
    "lamb": [
        "The foster carer cooked lamb for Sunday lunch, which the child refused.",
        "Lambing season kept the father on the farm for most of the spring.",
        "The child's toy lamb went with her into foster care.",
        "Gentle as a lamb at school, the boy was said to be violent at home.",
        "The defendant stole lamb joints from the supermarket, the charge sheet records.",
        "A lamb's-wool blanket was in the cot where the baby was found.",
        "The family kept a pet lamb on the smallholding.",
    ],
    "fox": [
        "A fox had torn open the rubbish bags outside the flat.",
        "The child was frightened of the fox that came into the yard at night.",
        "Fox hunting was the father's explanation for keeping the shotgun.",
        "Foxgloves grew beside the unfenced pond, the coroner heard.",
        "The child's favourite toy, a fox, was left at the father's flat.",
        "A dead fox on the road outside the house upset the children.",
        "The scene log records that a fox disturbed the cordon overnight.",
    ],
    "banks": [
        "The family relied on food banks throughout the proceedings.",
        "The river burst its banks and the family were evacuated.",
        "Banks were served with production orders for the defendant's accounts.",
        "The boys were seen on the canal banks late at night.",
        "Debts to two banks were listed in the means assessment.",
        "Clothing banks in the supermarket car park were the source of the children's clothes.",
        "The judge directed that banks disclose statements for the period 2024 to 2026.",
    ],
}

THIRTYSIXTH_UNLISTED = [
    "Statement of {U}, neighbour, taken at 14:00 on the day of the arrest.",
    "Dr {U}, consultant paediatrician, provided the report at [E30].",
    "Mrs {U}, the maternal great-aunt, was assessed negatively as a special guardian.",
    "The case was transferred to the Family Court sitting at {T}.",
    "The father had been living with {U} in {T} since the spring.",
    "{U} of counsel appeared for the father.",
    "The independent social worker, {U}, filed her report a week late.",
    "{U}, the mother's former partner, is the subject of the disclosure.",
    "Witness: {U} (taxi driver). Statement at [I12].",
    "The defendant was arrested at an address in {T}.",
    "Dr {U} (radiologist) reported on the skeletal survey.",
    "The children were baptised at St {U}'s church.",
    "The inquest was held at the coroner's court in {T}.",
    "Mrs {U} acted as the intermediary for the mother.",
    "The letter was copied to {U}, the Independent Reviewing Officer.",
    "The bail address is with {U}, a cousin, in {T}.",
    "Solicitor for the mother: {U}, solicitor advocate.",
    "The Children's Guardian, {U}, visited the child at the foster placement.",
    "MG11 taken from {U}, who was in the flat upstairs.",
    "The applicant now lives in a refuge outside {T}.",
    "{U} was identified by the child as the man who hurt her mother.",
    "Character reference: {U}, a youth worker who has known the defendant for ten years.",
    "The probation officer who wrote the report, {U}, was not available on the day.",
    "Dr {U}, consultant psychiatrist, was jointly instructed under Part 25.",
    "The proposed special guardian, {U}, withdrew after the viability assessment.",
    "Present: the District Judge; {U} (local authority advocate); the Guardian.",
    "Attendance at the offices of {U} & Co, solicitors, {T}.",
    "The disclosure concerned {U}, who has convictions in {T} and elsewhere.",
    "'It was {U} who told me to lie,' the witness said in re-examination.",
    "Mrs {U}, the foster carer, kept a daily diary, exhibited at [H70].",
    "{U}, the contact supervisor, gave evidence by video link.",
    "The offences took place at a flat in {T} between March and June.",
    "The SENCo, {U}, gave evidence to the Tribunal about the provision available.",
    "The deceased had been staying with {U} in {T} for the fortnight before the death.",
    "A housing officer, {U}, made the original decision.",
    "The respondent's mother, {U}, offered a bail address.",
    "The children attended a holiday club run by St {U}'s parish.",
    "{U} (co-defendant) pleaded guilty at the first hearing.",
    "Dr {U} gave evidence that the fractures were between 10 and 21 days old.",
    "Papers were served on {U}, the paternal uncle, at his home in {T}.",
    "The IDVA, {U}, attended the disclosure meeting.",
    "The pre-sentence report was prepared by {U} of the probation service in {T}.",
    "Mrs {U}, the neighbour, heard screaming through the wall at about midnight.",
    "The Tribunal heard from {U}, an educational psychologist.",
    "{U} v the Council: the review was upheld in part.",
]
