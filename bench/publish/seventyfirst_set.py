"""Seventy-first sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1471 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1471; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname),
the capital it gives a lower-case name that opens a template (only when nothing stands before
the placeholder and the text before it ends in a full stop), the word-names and the other name
lists (plain given names, street trees and suffixes, the words of nursery names, the syllables
of invented surnames and towns, the first names it gives unlisted people and its fallback
surname), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among them)
and the number of its sentences per key, which `_ordinary_for` draws from the later sets, and
the way it marks an ordinary span (the first case-insensitive substring match of the word,
"will " with its trailing space, "bill" for William when there is no "will ", and "rob" for
Robert, so every "will" here has a space after it, "miles" and "banks" are written in full, and
no "supermarket", "smiles", "risky", "enjoy", "problem" or "Churchill" stands before the word it
is meant to find); the forms it gives {U} (a first name, a surname, both, or "Mr" and a surname,
a bare name after "Mrs" or "St", and a bare surname after the exact string "Dr {U}", so no other
title or role, "Nurse", "Sister", "Mum" and "Auntie" included, is put directly before {U} or
{P}), and that `_Builder.sentence` takes every "{" in a template as the opening of a placeholder
and joins templates with a single space, so no literal brace appears in any sentence here and
the boxes of a safety plan, a handover list, a next-of-kin form and a table of scale scores are
written into a template as "\\n" and "\\t". The first 45 lines (the headers) of the
sixty-seventh, sixty-eighth, sixty-ninth and seventieth families, read with head -45 in one
shell loop, and nothing else of them; none of those modules was imported. The absence of this
file was tested with test -e and the presence of .venv/bin/ruff with test -x, in one command; no
directory was listed, git was not run, no README, word list, test or source module and not the
benchmark runner was opened, and the seventy-second family, being written at the same time, was
not looked at. A throwaway checker in /tmp parsed this file alone (with ast, importing nothing of
the project; the name lists it checks against were copied by hand from the printed corpus.py)
for stray braces and placeholders, for a title before {P} or {U}, for the count of sentences
per key, for each ordinary span falling on the start of the intended word (it repeats the
generator's first-substring rule), for a second match of the word in the same sentence, for
other word-names inside person, unlisted and ordinary sentences, for line lengths and non-ASCII
characters, and for the substrings below; it was tried once on a deliberately faulty scratch
file to see that it catches what it should. The generator's nickname function was neither read
nor called: common short forms of its given names ("kit", "rich", "bet", "bob", "con", "ant",
"nat", "jay", "liz", "meg", "kay", "lee", "jo", "ty", "cal", "jon", "nan", "kat" and "daz" as
whole words; "nate", "beth", "chris", "tony", "rick", "dick", "bert", "kate", "kath", "billy",
"bobby", "robbie", "robin", "rosie", "gracie", "maisie", "frankie", "jackie", "tally", "telly",
"ellie", "katie", "libby", "betty", "kitty", "eliza", "jonny", "willie", "lizzie" and "liam" as
parts of words too) are kept out of every sentence here, from general knowledge, so the winter
holiday is "December" or "the festive period" and nobody is "mentally" anything; no real child,
family, case, clinician or service user is named or described.

Styles. Young people's mental health as its services record it. Person templates put the name of
a young person, parent, step-parent, sibling or grandparent into a CAMHS referral line with a
time and an age in brackets, a GP-style "re" line and "?" query shorthand; after "YP (" and
"Mum (" and in "(self-rated by ...)" brackets; in choice and partnership appointment notes
("Partnership session 3 of 6"); before a colon and a dash ahead of scale scores (RCADS, GAD-7,
PHQ-9 with its item 9, CGAS, SRS, BMI, %mBMI and MEED flags); in a safety plan box and a
next-of-kin form written over several lines, a numbered ward handover list and a tab-separated
score table, where the name follows a colon, a tab or a line break; in quoted speech, single and
double, at the start and in the middle of the young person's own words; in text-service and
helpline summaries ("texter (...)"), triage outcomes, A&E liaison psychiatry and crisis team
visits, a tier 4 bed request, school counsellor and mental health support team notes, risk
formulations, consent lines and DNA letters, and in lists of who was present or copied in.
Ordinary uses put each word-name where such records meet it: at the start of a sentence and
inside one, as a form label ("Faith:", "Grace period:", "AMBER -", "Green zone"), in inflections
and compounds ("Marks", "Marked", "Hopelessness", "Joyless", "dawned", "jacked", "Robbery",
"Frankly", "Hillside", "Wooden", "Brownies", "Foxes", "Marshmallows", "Billing", "Bills"), in
idioms ("pride and joy", "fresh as a daisy", "touch wood", "a stone's throw", "alarm bells",
"green light", "jack of all trades", "miles apart"), in months and modals ("3 May", "may
benefit"), in weight in stone, RAG ratings, the safety plan's hope box and zones, and the Mental
Health Bill. Unlisted templates name friends, online contacts, an ex-partner, school staff, a
text-line volunteer, crisis nurses, a consultant ("Dr {U}"), a church ("St {U}'s") and the towns
of out-of-area beds, a previous home and a police find.
"""

SEVENTYFIRST_PERSON_SENTENCES = [
    "Referral received 09:12 from GP re {P} (15): low mood, cutting to thighs, ?restricting.",
    "YP ({P}) seen alone for the first half of the choice appointment, then with dad.",
    "{P} scored 38 on the RCADS depression subscale, in the clinical range.",
    "Triage call: spoke to {P} for 25 minutes; YP declined to come to the phone.",
    "MY SAFETY PLAN\nPeople I can talk to: {P}, the school counsellor, the text line\n"
    "Places that help: the library, my room with music on",
    '"{P} is the only one who actually gets it," YP said in session.',
    "Choice appointment 14:00 - {P} attended with both parents; three goals agreed.",
    "Partnership session 3 of 6: {P} rated the session 36/40 on the SRS.",
    "{P} denied current suicidal intent but described passive thoughts most days.",
    "{P} presented to ED at 02:10 following an overdose; paracetamol level taken at four hours.",
    "Liaison psychiatry r/v: {P} medically fit, mental state settled, for crisis team follow-up.",
    "Crisis team home visit - {P} calm and engaging, agreed with mum to lock away medication.",
    "Tier 4 bed request submitted for {P}; no general adolescent bed in region, national search.",
    "Handover:\n1. {P} - 15-min obs, NG feed due 18:00, bathroom escorted\n2. Bay 4 - settled",
    "{P}: BMI 14.2, %mBMI 74, HR 42 lying; MEED red flags, medical admission advised.",
    "Mum ({P}) reports YP has not eaten in front of the family since January.",
    "{P} texted the service at 23:47: 'i cant do this anymore'.",
    "Conversation summary - texter ({P}) de-escalated, safety plan reviewed, signposted to GP.",
    "Helpline call from {P}, the stepfather, asking how to get an urgent CAMHS appointment.",
    "{P} told the school counsellor that exams are the biggest worry this term.",
    "MHST practitioner saw {P} for session 4 of guided self-help for low mood.",
    "Goal 1, in the words of {P}: 'to go into school without having a panic attack'.",
    "{P} - GAD-7 17, PHQ-9 21 (item 9 scored 2); discussed with duty consultant.",
    "Risk formulation: {P} is at higher risk when intoxicated and after conflict at home.",
    "{P} and YP had argued by text on the evening of the overdose.",
    "Collateral from {P} (maternal grandmother), who has cared for YP at weekends since Easter.",
    "Consent: {P} agreed to information being shared with the school nurse and GP.",
    "{P} refused to be weighed; weight taken from last week's clinic reading.",
    "DNA x2 - letter sent to {P} offering one further appointment before discharge.",
    "{P} came to the eating disorder clinic with dad; blind weighing agreed with YP.",
    "{P} was admitted to the paediatric ward overnight for cardiac monitoring.",
    "Parent or carer present: {P}.",
    "Siblings: {P} (19, at university), and a brother aged 9.",
    "'{P} doesn't know about the cutting, please don't tell them,' YP asked.",
    "{P} rang the crisis line three times overnight, each call under five minutes.",
    "Next of kin: {P}\nRelationship: mother\nContact: via ward office only",
    "{P} could name two reasons for living: the dog and a younger sister.",
    "Mood today 3/10 (self-rated by {P}), down from 5 last session.",
    "{P} described the voices as 'more like my own thoughts, but louder'.",
    "{P} uses a distraction app when urges come, and logged four urges this week.",
    "{P} disengaged after the move to adult services was raised at the review.",
    "Discussed at MDT (Wed): {P} to step down to the MHST for anxiety work.",
    "{P} found YP in the bathroom and called 999.",
    "{P} stayed with YP on the paediatric ward overnight.",
    "Family: mother {P}, father not involved, maternal grandmother lives nearby.",
    "School counsellor, Tuesday: {P} tearful, talked mostly about the break-up.",
    "{P} was open about smoking cannabis most evenings to 'switch off'.",
    "Triage outcome: {P} - routine pathway; advice given on how to escalate.",
    "Ward round: {P} asked for leave for a family meal; granted with a nurse escort.",
    "Crisis plan copied to {P}, the GP, the school and the out-of-hours team.",
    "CGAS 35 on admission ({P}); 58 at discharge.",
    "{P} reports sleeping three to four hours a night since the assault.",
    "Name\tRCADS total\tT-score\n{P}\t72\t70+",
    "{P} wants the word 'anorexia' kept out of letters to school.",
    'YP said: "I only told {P} because they promised not to tell anyone."',
]

SEVENTYFIRST_ORDINARY = {
    "hope": [
        "Hope box: photos, a stress ball and letters from friends, made in session 2.",
        "Hopelessness was high on the Beck scale (14 out of 20).",
        "YP said she had no hope that anything would change.",
        "Hope, the worker noted, was returning: YP talked about college next year.",
        "There is realistic hope of step-down to outpatient care within a month.",
        "'I hope they don't make me go back to the ward,' YP wrote on the feedback form.",
        "Instilling hope is part of the first session in the DBT skills group.",
    ],
    "grace": [
        "A grace period of two weeks is given before a case is closed for non-attendance.",
        "YP handled the ward round with real grace, the nurse wrote.",
        "Saying grace before tea was a family custom YP found hard to sit through.",
        "Grace period: 14 days from the second missed appointment.",
        "'There but for the grace of God,' the father said after the overdose.",
        "He took the news of the admission with more grace than staff expected.",
    ],
    "mark": [
        "Marks seen on both forearms, superficial and healing, consistent with cutting.",
        "Mock exam marks had dropped sharply, which YP linked to poor sleep.",
        "Mark the safety plan as shared once a copy is given to the family.",
        "The three-month mark on the waiting list passed without contact.",
        "A red mark on the neck was noted in ED; YP denied any ligature.",
        "YP rated mood by drawing a mark on a line from 0 to 10.",
        "Marked weight loss (6kg in 8 weeks) prompted the urgent referral.",
    ],
    "rose": [
        "The RCADS anxiety score rose from 54 to 68 between assessments.",
        "YP rose at five to exercise before the rest of the family woke.",
        "Rose-tinted accounts from the parents did not fit what school described.",
        "Referrals to the crisis team rose by a third over the winter.",
        "YP's weight rose steadily once the meal plan was followed at home.",
        "A rose was tattooed on YP's wrist over old scars.",
        "Heart rate rose to 96 on standing, the ward doctor recorded.",
    ],
    "may": [
        "May half-term is often hard for YP, as it falls just before exams.",
        "Admitted 3 May; discharged to the community team on 24 June.",
        "YP may benefit from a referral to the neurodevelopmental pathway.",
        "In May the school counsellor first raised concerns about restricting.",
        "Symptoms may worsen around the anniversary of the grandfather's death.",
        "The crisis team may visit twice daily if risk rises over the weekend.",
        "By late May the BMI centile had recovered to the 25th.",
    ],
    "will": [
        "Duty clinician will ring YP back before 17:00.",
        "The ward will not hold a bed beyond 48 hours without confirmation.",
        "YP has a strong will to recover, the dietitian noted.",
        "Nobody will be told about the sessions without YP's agreement, unless there is risk.",
        "YP asked about writing a will in case something happened, which was explored.",
        "Free will and the pull of the illness were discussed in family therapy.",
    ],
    "william": [
        "Duty clinician will ring YP back before 17:00.",
        "The worker will chase the paediatric bloods on Monday.",
        "YP has a strong will to recover, the dietitian noted.",
        "A mobile phone bill of \u00a3340 had led to rows at home.",
        "Billing for the private assessment was queried by the parents.",
        "The Mental Health Bill was raised by the father, who had read about it online.",
        "The ward will review leave at Thursday's round.",
    ],
    "bill": [
        "A mobile phone bill of \u00a3340 had led to rows at home.",
        "Bills for the private therapist had become a worry for the mother.",
        "The Mental Health Bill was raised by the father, who had read about it online.",
        "The paediatrician gave YP a clean bill of health after the physical check.",
        "The council tax bill arrived in the same week as the discharge letter.",
        "Billing for the out-of-area bed falls to the commissioner, not the family.",
        "The gas bill is in YP's name at the supported lodgings.",
    ],
    "amber": [
        "RAG rating: amber (increased risk, no immediate plan).",
        "Amber on the triage tool means contact within 72 hours.",
        "The MEED checklist showed amber for heart rate and red for BMI.",
        "AMBER - discuss at daily huddle; safety plan to be updated.",
        "YP moved from red to amber on the ward's observation board.",
        "An amber flag on the school system prompts staff to check in at registration.",
    ],
    "sky": [
        "YP drew a grey sky over a small house in the 'my world' exercise.",
        "The sky was light by the time YP was seen by liaison psychiatry.",
        "Sky-blue walls in the new bedroom were YP's choice after the move.",
        "YP said looking at the night sky helped when thoughts raced.",
        "A sky lantern was released at the vigil for YP's friend.",
        "Sky Sports was the one thing YP and the brother watched together.",
    ],
    "faith": [
        "Faith: Pentecostal; the family pray together each evening.",
        "YP has lost faith in CAMHS after three changes of clinician.",
        "Faith leaders at the gurdwara have offered the family support.",
        "In good faith, the counsellor kept the disclosure confidential at first.",
        "The parents' faith in the meal plan wavered after the first weigh-in.",
        "YP attends a faith school and worries about staff finding out about her sexuality.",
    ],
    "holly": [
        "YP made a wreath of holly for the ward in December.",
        "A holly bush outside the unit is where YP went to smoke.",
        "Holly berries were in a bowl on the family's table at the December visit.",
        "Scratches on the legs came from holly in the garden, YP said.",
        "The art group made cards with holly and snow on them.",
        "Holly sprigs decorated the waiting room over the festive period.",
    ],
    "ruby": [
        "YP's grandparents had their ruby anniversary the week before the admission.",
        "A ruby ring from the late grandmother is YP's most treasured possession.",
        "Ruby-coloured lip gloss was among the items YP was caught shoplifting.",
        "YP's cheeks were ruby with the cold after the walk in the grounds.",
        "Ruby nail varnish covered bitten nails, the nurse noticed.",
        "The ruby earrings were a present for passing the first month on the ward.",
    ],
    "daisy": [
        "YP made a daisy chain on the lawn during escorted leave.",
        "Daisy-print pyjamas were brought in by the father.",
        "YP felt 'fresh as a daisy' after the first full night's sleep in weeks.",
        "A pressed daisy was kept in the back of YP's journal.",
        "Daisy room (family room) booked for the CPA meeting.",
        "The daisy sticker chart on the ward counts meals finished.",
    ],
    "summer": [
        "Summer holidays are a known risk period: no school routine, parents working.",
        "Over the summer YP lost 5kg and stopped seeing friends.",
        "Summer-born, YP is one of the youngest in the year group.",
        "The summer term brought GCSEs and a spike in panic attacks.",
        "Summer school at the college was suggested as a way to rebuild routine.",
        "By late summer YP was attending the day programme three days a week.",
    ],
    "joy": [
        "YP describes anhedonia: 'Nothing gives me joy any more, not even football.'",
        "Joy was visible when YP talked about the dog.",
        "There was little joy in meals, which had become a battleground at home.",
        "Joy, anger and fear were mapped on the body outline in session.",
        "The father described YP as the family's pride and joy.",
        "Joyless, flat and slowed, YP was assessed for depression.",
    ],
    "dawn": [
        "YP was awake until dawn most nights, scrolling on the phone.",
        "Dawn walks with the dog became part of the activity schedule.",
        "Before dawn, the crisis team received a second call from the house.",
        "It dawned on YP, in session, that the restricting began after the bullying.",
        "From dusk to dawn YP was on 1:1 observations.",
        "The police found YP at dawn in the park near the school.",
    ],
    "ivy": [
        "Ivy covers the wall around the ward's garden.",
        "YP said it felt like ivy growing over her, slowly taking over.",
        "A rash from the ivy in the garden was at first mistaken for self-harm.",
        "Ivy-covered windows made the bedroom dark all day.",
        "The art therapist used ivy leaves for printing in the group.",
        "Ivy and brambles had grown over the den where YP used to hide.",
    ],
    "jack": [
        "YP has jacked in the college course, mum reported.",
        "A jack-in-the-box was among the toys in the family therapy room.",
        "The car jack was used to smash the windscreen during the row, police said.",
        "Jack of all trades, the father worked away for most of YP's childhood.",
        "Headphones with a jack lead were removed from the room as a ligature risk.",
        "A Union Jack flag hung in the day unit for the sports day.",
    ],
    "robert": [
        "YP was robbed of her phone on the way home, which set off the panic attacks.",
        "Robbery charges against the older brother have added to the stress at home.",
        "The illness has robbed YP of a year of school, the consultant said.",
        "YP wrote on the goals sheet that anxiety 'robs me of everything'.",
        "A plan to rob the corner shop was mentioned by YP's friends in a group chat.",
        "Street robbery was the index offence in the youth justice referral.",
        "The father was in prison for robbery when YP was born.",
    ],
    "frank": [
        "A frank discussion about the risks of purging was held with YP and mum.",
        "Frankly, YP said, the app helps more than the sessions do.",
        "YP was frank about using alcohol to cope at weekends.",
        "To be frank, the wait for the neurodevelopmental pathway is over a year.",
        "Frank conversations about tier 4 options took place at the CPA review.",
        "The father gave a frank account of his own depression as a teenager.",
    ],
    "miles": [
        "The nearest adolescent bed was 140 miles from home.",
        "YP runs miles every day despite the weight loss, the parents said.",
        "Miles from friends at the out-of-area unit, YP became more withdrawn.",
        "The family drove 60 miles each way for visiting.",
        "Miles apart in their views, the parents were seen separately.",
        "Twenty miles on the exercise bike before breakfast was YP's routine.",
    ],
    "dean": [
        "The sixth-form dean referred YP after a disclosure in tutor time.",
        "Dean of students at the college is the named safeguarding contact.",
        "A letter from the dean confirmed YP's deferral of first-year exams.",
        "The rural dean visited the family after the death of YP's friend.",
        "The faculty dean agreed extenuating circumstances for YP's coursework.",
        "YP met the dean of the medical school about taking a year out.",
    ],
    "marsh": [
        "YP was found by police on the marsh path at 03:00.",
        "Marsh land behind the estate is where YP goes to be alone.",
        "The family walk on the salt marsh at weekends, which YP likes.",
        "Marshmallows were on the ward's snack list, which YP refused.",
        "A bird-watching trip to the marsh was set as a behavioural activation goal.",
        "Flooded marsh ground slowed the search team on the night YP went missing.",
    ],
    "hill": [
        "YP walked up the hill to the unit rather than take the bus.",
        "Hill walking with dad was one of YP's goals for the holidays.",
        "The school sits at the top of a steep hill, and YP was sometimes late.",
        "Hillside benches near the park were YP's place to calm down.",
        "The hill behind the house is where YP goes to ring friends in private.",
        "Over the hill from the estate is the college YP plans to attend.",
    ],
    "wood": [
        "A splinter of wood had been used to scratch the arm, YP said.",
        "YP goes to the woods behind the estate when things are too much at home.",
        "Woodwork sessions in the OT department suit YP well.",
        "The wood burner at home is where YP burnt the old diaries.",
        "Wooden cutlery has been used on the unit since the incident.",
        "Touch wood, the mother said, the last three weeks have been settled.",
    ],
    "stone": [
        "YP has lost nearly two stone since the autumn.",
        "Weight in stone and pounds was all the father knew; the dietitian converted it.",
        "Stone cold inside, YP said, was how it felt after the assault.",
        "A smooth stone in the pocket is one of YP's grounding objects.",
        "Stone steps at the side of the school are where YP sits at break.",
        "A stone's throw from the unit is the cafe used for exposure meals.",
    ],
    "bell": [
        "The bell for the end of lunch was a trigger for panic, YP said.",
        "Nobody answered the door bell on the crisis team's first visit.",
        "Bell-ringing practice at the church was YP's one regular activity.",
        "YP pressed the call bell at 02:30 asking to speak to a nurse.",
        "The school bell schedule was changed so YP could leave lessons early.",
        "Alarm bells rang for the counsellor when YP gave away her belongings.",
    ],
    "brown": [
        "Brown bread and butter was the only food YP would eat at school.",
        "Brownies was somewhere YP used to feel safe, the mother said.",
        "YP wore a brown hoodie with the sleeves pulled over the hands.",
        "Dried brown stains on the sheets were reported by the mother.",
        "The dog, a brown spaniel, is YP's main reason for getting up.",
        "Brown envelopes from CAMHS went unopened, the father admitted.",
    ],
    "green": [
        "Green on the RAG rating: routine follow-up only.",
        "Green zone of the safety plan: what I do when I'm feeling OK.",
        "YP wants to go to the college that's 'all glass and green space'.",
        "A green light was given for a trial of home leave.",
        "The green folder holds YP's meal plan and weight chart.",
        "YP went green and left the room when the weight was read out.",
    ],
    "lamb": [
        "Lamb was the only meat YP would eat, which was built into the meal plan.",
        "YP's toy lamb came onto the ward in the overnight bag.",
        "Like a lamb, the mother said, YP went along with the admission.",
        "Lambing season on the farm left the family little time for appointments.",
        "Roast lamb at Easter was the first family meal YP finished.",
        "The lamb's-wool jumper was baggy enough to hide the weight loss at school.",
    ],
    "fox": [
        "A fox in the garden woke YP most nights, adding to the poor sleep.",
        "YP drew a fox to stand for the 'sly' eating-disorder voice.",
        "Fox cubs under the shed were something YP and the brother watched together.",
        "Foxes were the subject of YP's art project, which the teacher praised.",
        "The fox soft toy has been with YP since infancy.",
        "A dead fox on the road to the appointment upset YP.",
    ],
    "banks": [
        "Food banks have been used by the family since the father lost his job.",
        "YP sits on the canal banks when overwhelmed, which the crisis team saw as a risk.",
        "Banks of the river were searched before YP was found at a friend's house.",
        "Banks were asked by the family to block YP's card after the online gambling.",
        "YP gave away most of her clothes at the clothing banks in the retail park.",
        "Grassy banks beside the sports field are where YP ate lunch alone.",
    ],
}

SEVENTYFIRST_UNLISTED = [
    "YP named {U}, a friend from college, as someone to text when things get bad.",
    "Dr {U}, consultant child and adolescent psychiatrist, reviewed YP on the ward.",
    "YP had been talking online to {U}, who said they were 17 and encouraged the cutting.",
    "A bed was found at an adolescent unit in {T}; transfer the next morning.",
    "Mrs {U}, head of year, has agreed a time-out card and a quiet room at lunch.",
    "Police are investigating images shared by {U}, an ex-partner of YP.",
    "'{U} said I should stop eating if I wanted to look like her,' YP reported.",
    "The family moved from {T} in the autumn; previous CAMHS records requested.",
    "Police found YP at the retail park in {T} at 01:30 with {U}, an older friend.",
    "Sessions are supervised by {U}, the MHST clinical lead.",
    "Text-line volunteer {U} escalated the conversation to the shift supervisor.",
    "YP goes to the youth group at St {U}'s on Thursdays and finds it helpful.",
    "Collateral from {U}, the school nurse, by phone at 11:40.",
    "An out-of-area bed in {T} would cut YP off from friends, the mother felt.",
    "Crisis team: {U} (band 6 nurse) and a support worker visited at 19:00.",
    "A private therapist, {U}, in {T} has seen YP fortnightly since last year.",
]
