"""Seventieth sentence family for the synthetic leak corpus, written blind on 27/11/2026.

What was read. The corpus generator, bench/publish/corpus.py, in full (its length counted with
wc -l, 1467 lines, in the same command as a sed print of the [tool.ruff] table of pyproject.toml
from its heading to the heading of the next table, for the line length, 100; then printed with
sed -n in four ranges that do not overlap, lines 1-400, 401-800, 801-1200 and 1201-1467; it was
not imported), for the format: the {P}, {U} and {T} placeholders (a person template is filled
with {P} alone, an unlisted one with {U} and {T}), the name forms the generator fills in (full
name, given name, an initial with and without a stop, a possessive, upper and lower case, a line
break between the parts of the name or a hyphenated break inside the given name, surname first,
a title and surname for adults, where the generator itself adds "Ms" or "Mr", and a nickname),
the capital it gives a lower-case name that opens a template (only when nothing stands before the
placeholder and the text before it ends in a full stop or a line break, so a name after a
statement code, a pipe, a tab, a colon or "Dear" keeps the case it was given), the word-names and
the other name lists (plain given names, street trees and suffixes, the words of nursery names,
the syllables of invented surnames and towns, the first names it gives unlisted people and its
fallback surname), the keys of FRESH_ORDINARY (thirty-three, "will", "william" and "robert" among
them) and the number of its sentences per key, which `_ordinary_for` draws from the later sets,
and the way it marks an ordinary span (the first case-insensitive substring match of the word,
"will " with its trailing space, "bill" for William when there is no "will ", and "rob" for
Robert, so "miles" and "banks" are always written in full); the forms it gives {U} (a first name,
a surname, both, or "Mr" and a surname, a bare name after "Mrs" or "St", and a bare surname after
the exact string "Dr {U}", so no other title, "Miss", "Mstr" and "MR" included, is put directly
before {U} or {P}, though bank records often print one), and that `_Builder.sentence` takes every
"{" in a template as the opening of a placeholder and joins templates with a single space, so no
literal brace appears in any sentence here and the columns and lines of a statement, a payee list
or an app notification are written into a template as runs of spaces, pipes, "\\t" and "\\n".
The first 45 lines (the headers) of the sixty-fifth, sixty-sixth, sixty-seventh and sixty-eighth
families, read with head -45 in one shell loop, and nothing else of them; none of those modules
was imported. The absence of this file was tested with test -e and the presence of
.venv/bin/ruff with test -x, in one command that also worked out with Python's datetime the
weekday of the one dated notification below; no directory was listed, git was not run, no
README, word list, test or source module and not the benchmark runner was opened, and the
sixty-ninth family, being written at the same time, was not looked at. A throwaway checker in
/tmp parsed this file alone (with ast, importing nothing of the project; the name lists it checks
against were copied by hand from the printed corpus.py) for stray braces and placeholders, for a
title before {P} or {U}, for the count of sentences per key, for each ordinary span falling on the
start of the intended word (it repeats the generator's first-substring rule), for a second match
of the word in the same sentence, for line lengths and non-ASCII characters, and for the
substrings below.
The generator's nickname function was neither read nor called: common short forms of its given
names ("kit", "rich", "bet", "bob", "con", "ant", "nat", "jay", "liz", "meg", "kay", "lee", "jo",
"ty", "cal", "jon", "nan", "kat" and "daz" as whole words; "nate", "beth", "chris", "tony", "rick",
"dick", "bert", "kate", "kath", "billy", "bobby", "robbie", "robin", "rosie", "gracie", "maisie",
"frankie", "jackie", "tally", "telly", "ellie", "katie", "libby", "betty", "kitty", "eliza",
"lizzie", "jonny" and "willie" as parts of words too) are kept out of every sentence here, from
general knowledge, so a grandmother signs a gift message "Gran", December is "XMAS" as it is in a
payment reference, and no gambling stake is called a bet. Words that merely contain a word-name, a
plain given name, a street tree, a nursery word or an unlisted first name are kept out of every
sentence but the ones written for that word, and the money world is full of them: there is no
supermarket or market (mark), no whisky (sky), no chamber (amber), no enjoyment (joy), no wholly
(holly), no chilled goods (hill), no hazelnuts (hazel), no stepson (steps), no academic year
(demi), no problem, probation or wardrobe (rob), no donation (nate), no willing payer (will), no
billed account (bill) and no digitally or totally (tally). Every merchant, lender and app is
invented (QUIDPOD, GAMEVAULT, PIXELPLAY, EVERGAS), but for the broadcaster in "SKY DIGITAL", met
as an ordinary word as in the fresh set, and the state benefits named by their public names; no
real child, family or case is named.

Styles. Bank and card statement lines in capitals, with date, transaction code (FPS, BACS, SO,
DD, BP, TFR, CARD), payee and amount separated by runs of spaces, the name as payer or payee, cut
short by the 18-character reference field ("CHILD SUPPOR"), or run straight into a word or a
number ("{P}BDAY", "{P}2016"); a payee list in an app separated by pipes and one by semicolons;
an account header in tab-separated columns; a phone notification over three lines. Online orders
and receipts: a delivery name, a click-and-collect slip, a till receipt in pipes, gift messages
quoted with the name inside ("Happy 10th birthday {P}, ... Love from Gran"). Gaming, gift-card
and pocket money app records: console purchases at night, codes redeemed, a child's request in
the app quoted. Loan and debt letters: "Dear {P},", a final demand in capitals with dashes, a
loan agreement in pipes, a notice of enforcement. Child maintenance and benefit schedules: paying
parent, missed payment dates, Child Benefit and Universal Credit paid to the wrong person.
Financial abuse and coercive control: a financial investigator's summary and notes, a timeline
entry, what the mother told the debt adviser, and a review finding. Names open a sentence with
"had", "was", "told" and a bracketed role, follow "FROM", "TO", "payee", "customer", "borrower"
and "paying parent", and stand before a comma, a semicolon, a pipe, a tab and a line break. The
ordinary uses put each word-name where such records do: in capitals on a statement or a receipt
line ("MAY 2025 STATEMENT", "SKY DIGITAL", "GREEN ENERGY TARIFF", "AMBER RISK", "JACKPOT SPINS",
"LAMB MINCE"), opening a sentence, mid-sentence, as inflections and compounds that begin with the
word ("Marked", "Billing", "Robbery", "Franked", "Joyriding", "Lambing", "Marshmallows",
"Greenhouse", "Deanery", "Brownies"), in idioms ("no joy", "good faith", "stone's throw",
"sky-high", "daisy-chain lending", "a lamb to the slaughter") and with months written out.
"""

SEVENTIETH_PERSON_SENTENCES = [
    "FPS CREDIT 03/11  FROM {P}  REF CHILD MAINT NOV  \u00a385.00",
    "SO  {P}  CHILD SUPPOR  \u00a360.00  (reference cut off by the bank at 18 characters)",
    "Standing order set up 14/02: payee {P} | ref POCKET MONEY WKLY | \u00a310.00 | every Friday",
    "12 OCT  TFR TO {P}  MOBILE BANKING  \u00a3200.00  ref: sorry x",
    "BACS CREDIT  REF: {P}BDAY  \u00a350.00",
    "DD 01/12  QUIDPOD POCKET MONEY  REF {P}2016  \u00a315.00",
    "BP 14DEC  {P} XMAS  \u00a340.00",
    "TRANSFER FROM {P} ISA  \u00a32,000.00  REF: LOAN BACK",
    "Ref shown as '{P} RENT ARR', the rest lost to the 18-character limit.",
    "Payee list on the mother's app: Landlord | {P} | Evergas | Water | Council Tax",
    "Payees: {P}; EVERGAS; COUNCIL; QUIDPOD; MOBILE.",
    "Account holder: {P}\tSort code 40-11-62\tAccount 00912877",
    "{P}\n\u00a3120.00 SENT\nThu 4 Sep 18:02",
    "Online order 4471-2290: deliver to {P}, leave in porch if out.",
    "Gift message: Happy 10th birthday {P}, spend it wisely! Love from Gran and Grandad x",
    "Gift message: {P} - sorry I missed your party, here is something for the game. Dad",
    "Delivery name on the parcel was {P}, although the account holder was the partner.",
    "Order history: 'Gaming headset, black' sent to {P} at the grandparents' address.",
    "Click-and-collect order ready for {P} at the customer services desk.",
    "Receipt no. 0044187 | Cashier: 07 | Refund to {P} | \u00a329.99",
    "Receipt: 1 x school shoes, 1 x coat, customer {P}, paid cash.",
    "GAMEVAULT*GIFT CARD  \u00a350.00  bought on the account of {P} (aged 11) at 02:14.",
    "The console account registered to {P} showed 31 purchases of in-game currency in a weekend.",
    "Gift card code redeemed by {P} on 24/12 at 23:58 (value \u00a3100).",
    "CARD 27/10  PIXELPLAY*DIGITAL  \u00a379.99  (profile: {P})",
    "QUIDPOD card: {P} spent \u00a312.40 at a newsagent at 23:50.",
    "Parental controls on the pocket money app showed that {P} had no spending limit set.",
    "Screenshot from the pocket money app: 'Request from {P}: \u00a35 for lunch pls'",
    "Card ending 4402, in the name of {P}, was used at a cash machine in another county.",
    "Cash withdrawals on the card of {P} were all made near the partner's flat.",
    "Transfers from {P} to the partner's account came to \u00a33,460 between June and September.",
    "Money sent to {P} from the mother's phone came to \u00a3900; none of it came back.",
    "Financial investigator's summary: {P} controlled all household income from March onwards.",
    "{P} had taken out three short-term loans in the mother's name, the investigator found.",
    "Investigator's note: a savings account in the name of {P} was used to hide income.",
    "Interview with the financial investigator: {P} said the partner took her card every payday.",
    "{P} was given \u00a320 a week for food and had to produce receipts for every item.",
    "{P} had no access to online banking; the password had been changed by the partner.",
    "{P} told the debt adviser that the catalogue account was opened without her knowledge.",
    "{P} (card holder) reported the card lost; the partner had been using it for months.",
    "Financial abuse timeline, week 6: {P} made to hand over the Child Benefit in cash.",
    "Loan agreement no. 88120457 | borrower: {P} | guarantor: none | APR 1,294%",
    "Dear {P}, we have not received your payment of \u00a342.50 due on 1st October.",
    "FINAL DEMAND - {P} - ACCOUNT 00731928 - BALANCE \u00a31,208.16",
    "Loan letter, paragraph 3: {P} is jointly and severally liable for the debt.",
    "The notice of enforcement was addressed to {P} at the old flat.",
    "Child maintenance schedule: paying parent {P}; Collect and Pay; \u00a348.20 weekly.",
    "Missed payments (paying parent: {P}): 14 Aug, 21 Aug, 4 Sep, 11 Sep.",
    "Payment schedule: Child Benefit paid to {P} every four weeks on a Monday.",
    "The benefit claim lists {P} as a dependant although the child lived with the father.",
    "Universal Credit of \u00a3611.42 went into an account held by {P}, not the claimant.",
    "The review found no record that {P} was ever asked about money at an assessment.",
]

SEVENTIETH_ORDINARY = {
    "hope": [
        "Hope of clearing the catalogue debt by Easter was, the adviser wrote, unrealistic.",
        "The mother said she had no hope of paying the arrears on \u00a390 a week.",
        "Hopes of a repayment plan ended when the lender sold the debt to a collection agency.",
        "Statement note in the mother's pencil: 'hope this clears before Friday'.",
        "The investigator held out no hope that the money could be recovered.",
        "Hopefully, the mother texted, the refund would come through before the rent was due.",
        "The debt letter ended: 'We hope to resolve this matter without going to court.'",
    ],
    "grace": [
        "A grace period of 14 days applies before a late payment fee is charged.",
        "GRACE PERIOD ENDS 28/02 - MINIMUM PAYMENT \u00a325.00 DUE",
        "The lender granted a month's grace after the debt adviser wrote in.",
        "The partner had a social grace that hid the control, the aunt said.",
        "Interest-free grace on the overdraft was withdrawn in the autumn.",
        "Saying grace before meals went on, though the cupboards were often empty.",
    ],
    "mark": [
        "Mark-up on the doorstep loan came to more than double the sum borrowed.",
        "The bank's fraud team put a marker on the account after the third disputed payment.",
        "Cheques in the drawer had been marked 'refer to drawer' by the bank.",
        "A pencil mark beside each transaction showed what the partner had queried.",
        "Scorch marks on the meter cupboard suggested it had been tampered with.",
        "The investigator asked the bank to mark every transfer to the partner for review.",
        "The benefit letter was marked 'second reminder' in red.",
    ],
    "rose": [
        "Spending on takeaways rose to \u00a3600 a month once the partner moved in.",
        "Arrears rose steadily from the spring onwards.",
        "The overdraft rose past its limit on the day the benefit was due.",
        "ROSE GOLD PHONE CASE x1  \u00a314.99  (order 7712-004)",
        "Roses costing \u00a335 appear on the card statement the day after the assault.",
        "Interest charges rose by a third when the introductory rate ended.",
        "The maintenance calculation rose after the father's income was reassessed.",
    ],
    "may": [
        "MAY 2025 STATEMENT - PAGE 2 OF 4",
        "By May the catalogue debt had passed \u00a32,000.",
        "The lender may add further charges if the account is passed to a collector.",
        "Payments due on 1 May, 1 June and 1 July were all returned unpaid.",
        "May was the month the partner opened a second credit card in the mother's name.",
        "Maybe, the child said, the money on the game had come from her own savings.",
        "Child maintenance (May): nil received; arrears notice sent by the service.",
    ],
    "will": [
        "The bank will refund unauthorised payments only if they are reported within 13 months.",
        "Will the card be cancelled? the mother asked at the branch counter.",
        "A copy of the grandfather's will showed a legacy of \u00a35,000 to each grandchild.",
        "Against her will the mother signed the loan agreement, she told the investigator.",
        "Where there's a will there's a way, the partner told the bank when his card was declined.",
        "WILL WRITING SERVICE  DD  \u00a39.99",
        "Payments will continue to be taken on the 28th unless the mandate is cancelled.",
    ],
    "william": [
        "The gas bill had been put in the child's name when she was six.",
        "Bills arrived in the partner's name, though he paid none of them.",
        "The court will be told that the loan was taken out under duress.",
        "BILL PAYMENT TO EVERGAS  REF 00418273  \u00a360.00",
        "Free will was hard to see in a household where every penny was checked.",
        "Itemised phone bills showed calls to premium-rate numbers at night.",
        "The lender will write again in 14 days if no payment is received.",
    ],
    "bill": [
        "A water bill of \u00a3412 was found unopened in the kitchen drawer.",
        "BILL PAY  COUNCIL TAX  \u00a3118.00  RETURNED",
        "The partner insisted on seeing every bill before the mother was allowed to pay it.",
        "Billing for the phone contract continued after the handset had been sold.",
        "Phone bills ran to \u00a3190 a month on a contract in the fourteen-year-old's name.",
        "Bill-splitting apps were used to make the mother pay half of the partner's debts.",
        "An itemised bill from the hotel was among the papers seized.",
    ],
    "amber": [
        "Amber alerts were raised by the bank's vulnerability team on two occasions.",
        "The credit file was flagged amber after two missed payments.",
        "AMBER RISK - ACCOUNT REVIEW DUE",
        "An amber necklace, \u00a389, was bought on the card the morning after the incident.",
        "Amber-rated referrals from the bank go to a specialist team within five days.",
        "Fraud screening: amber (manual check), payment released after 24 hours.",
    ],
    "sky": [
        "SKY DIGITAL  DD  \u00a354.00  UNPAID",
        "Sky-high interest on the doorstep loan meant the balance never fell.",
        "Sky TV was kept on although the electricity meter was often empty.",
        "The child bought sky-blue trainers with the gift card.",
        "Under a grey sky the mother queued at the food bank with the baby.",
        "Sky lanterns and fireworks were on the online order for 5 November.",
    ],
    "faith": [
        "The mother signed the guarantee in good faith, believing it was a tenancy form.",
        "Faith in the bank was lost when the fraud claim was refused.",
        "Faith groups paid the first month's rent at the refuge.",
        "FAITH SCHOOL UNIFORM SHOP  \u00a364.50",
        "Bad faith, the investigator concluded, was shown by the partner's account of the loans.",
        "The lender relied on faith rather than checks when it approved the third loan.",
    ],
    "holly": [
        "Holly wreaths and tinsel were on the receipt from the garden centre.",
        "A holly-print gift bag and wrapping paper came to \u00a34.20.",
        "Holly berries decorated the card the grandmother sent with \u00a320 inside.",
        "Sprigs of holly were among the items on the shop receipt for 23 December.",
        "Holly-patterned pyjamas, age 7-8, were the only item for the child on the order.",
        "The branch was decked with holly when the mother asked about the overdraft.",
    ],
    "ruby": [
        "A ruby ring was pawned for \u00a360 two days before the rent was due.",
        "RUBY ANNIVERSARY CARD x1  \u00a33.50",
        "The grandparents' ruby wedding money, \u00a3400, was taken from the drawer.",
        "Ruby-red nail varnish was on the receipt found in the child's bag.",
        "The pawn ticket described 'one ruby pendant, 9ct gold'.",
        "Ruby-coloured gift card packaging was found in the bin.",
    ],
    "daisy": [
        "Daisy-chain lending, each loan paying off the last, ran for eleven months.",
        "DAISY PRINT DRESS AGE 5  \u00a312.00  REFUNDED",
        "A daisy sticker covered the PIN written on the back of the card.",
        "The child's savings tin, painted with a daisy, was found empty.",
        "Daisy-patterned wellingtons were returned for a refund of \u00a318.",
        "The pawnbroker listed a silver daisy brooch among the items handed in.",
    ],
    "summer": [
        "Summer holiday club fees of \u00a380 were paid by the school's hardship fund.",
        "SUMMER SALE ORDER 55120 - 3 ITEMS - DELIVERED",
        "Over the summer the catalogue balance doubled.",
        "The summer uniform grant was paid to the partner's account, not the mother's.",
        "Summer 2024 statements show no food shopping for six weeks.",
        "Spending on the game peaked in the summer, while the child was home alone.",
        "In late summer the first payday loan was taken out.",
    ],
    "joy": [
        "Joy at the windfall lasted a day; the partner took the money the same evening.",
        "The mother took no joy from the new car, which was on finance in her name.",
        "JOYPAD CONTROLLER x2  \u00a359.98  (order 30451)",
        "Joyriding damage to a hire car led to a \u00a31,400 claim against the partner.",
        "The child's joy at the pocket money app turned to fear once the partner checked it.",
        "There was no joy from the lender, the debt adviser wrote: the complaint was rejected.",
    ],
    "dawn": [
        "Transfers went out between midnight and dawn, when the mother was asleep.",
        "Dawn raids by the financial investigation unit recovered \u00a38,000 in cash.",
        "It dawned on the mother only later that the loan was in her name.",
        "DAWN TO DUSK CAFE  \u00a34.60",
        "By dawn the card had been used at four cash machines.",
        "At dawn the bailiffs arrived to remove the car.",
    ],
    "ivy": [
        "Ivy had grown over the meter box, and the reading had been estimated for a year.",
        "An ivy plant in a pot, \u00a36, was the only gift on the receipt.",
        "The landlord's letter blamed ivy on the wall for the damp and kept the deposit.",
        "Ivy-covered walls hid the broken windows at the back.",
        "The local branch, an ivy-clad building, had closed in the spring.",
        "Ivy leaves blocked the letterbox, so the debt letters piled up in the porch.",
    ],
    "jack": [
        "JACKPOT SPINS x50  \u00a310.00  (slot app, child's account)",
        "A car jack and tools were sold to a pawnbroker for \u00a325.",
        "Jackets from the online order were returned; the refund went to the partner.",
        "Jacked-up prices at the corner shop, the only one open late, ate into the benefit.",
        "The partner would jack up the rent he charged the mother for his spare room.",
        "A headphone jack adapter, \u00a38.99, was the first purchase on the new card.",
    ],
    "robert": [
        "The older boy was accused of robbing a younger child of a gift card.",
        "Robbery of the cash box at the youth club was reported in March.",
        "Loan sharks rob families twice, the investigator wrote: once lending, once collecting.",
        "He was convicted of robbing a post office in 2019.",
        "The mother felt robbed when the partner emptied her savings account.",
        "Robbed of her benefit each payday, the mother relied on the food bank.",
    ],
    "frank": [
        "Franked envelopes from the lender were found unopened behind the sofa.",
        "The debt adviser was frank: the arrears could not be cleared without help.",
        "In a frank interview the partner admitted using the child's savings.",
        "Frankly, the lending checks were not done, the ombudsman found.",
        "A frank letter from the bank set out the losses in full.",
        "The grandmother was frank about lending the couple \u00a33,000 she never got back.",
    ],
    "miles": [
        "Air miles from the partner's credit card paid for a holiday he took alone.",
        "The cash machine used was six miles from the flat.",
        "Fuel receipts showed 300 miles driven in the mother's car while she was in hospital.",
        "Miles from a bank branch, the mother relied on a post office counter.",
        "The refuge was forty miles away, so the old bus pass was no use.",
        "Loyalty miles worth \u00a3120 were cashed in by the partner.",
    ],
    "dean": [
        "The dean of the college approved a hardship payment of \u00a3300.",
        "A letter from the dean confirmed the student loan had been suspended.",
        "Payments from the college's hardship fund need the dean's signature.",
        "Deanery funds paid for one night of emergency accommodation for the family.",
        "The assistant dean for finance wrote to the father about unpaid fees.",
        "The dean was told the student was sending most of his loan to his mother's partner.",
    ],
    "marsh": [
        "Marshmallows and sweets made up most of the order charged to the child's card.",
        "The caravan on the marsh had been bought with cash, the investigator found.",
        "Marsh land sold by the grandfather raised \u00a340,000, most of it paid to the partner.",
        "MARSHMALLOW PACK x6  \u00a36.00",
        "The salt marsh car park machine took \u00a34 from the card every weekend.",
        "A plot of marsh grazing was listed as an asset in the father's statement of means.",
    ],
    "hill": [
        "The loan shark lived up the hill from the school, parents said.",
        "Hill walking gear worth \u00a3600 was bought on the mother's card for the partner.",
        "HILLTOP GARAGE  FUEL  \u00a340.00",
        "The cash machine at the bottom of the hill was used eleven times in a week.",
        "Hill farm subsidy payments went into the father's account each spring.",
        "The car, bought on finance, was found abandoned on a hill road.",
    ],
    "wood": [
        "Wood pellets for the stove were bought on a buy-now-pay-later account.",
        "A wood-burning stove costing \u00a31,200 went on the grandmother's credit card.",
        "Wood sold door to door was the partner's only declared income.",
        "WOODCRAFT SUPPLIES  \u00a388.40",
        "The wooden money box in the child's room was empty.",
        "Wood chip and fencing were on the receipt, though the family rent a flat.",
    ],
    "stone": [
        "The mother had lost a stone in weight since the partner took control of the money.",
        "Stone cladding for the partner's house was paid for with the grandparents' savings.",
        "The partner pawned a diamond ring; the stone was later found to be glass.",
        "STONE BAKED PIZZA x3  \u00a36.00",
        "Stonework repairs to the grandfather's cottage were invoiced but never carried out.",
        "The flat is a stone's throw from the pawnbroker's.",
    ],
    "bell": [
        "The partner fitted a video bell at the front door, \u00a3129, to watch who visited.",
        "BELL TENT 4M  \u00a3189.00  (returned)",
        "Nobody answered the bell when the bailiffs called.",
        "Bell-bottom jeans x2 were on the order, sent to the grandmother's address.",
        "A bicycle bell, \u00a34.99, was the only thing on the receipt bought for the child.",
        "The shop bell rang each time the mother came in to pawn something.",
    ],
    "brown": [
        "Brown envelopes from the bailiffs were hidden in the airing cupboard.",
        "BROWN LEATHER WALLET  \u00a335.00",
        "A brown paper bag of cash, about \u00a32,000, was found in the car.",
        "Brownies fees of \u00a330 a term went unpaid after the autumn.",
        "The mother's handwriting on a brown card listed every debt.",
        "Receipts in a brown shoebox were handed to the investigator.",
    ],
    "green": [
        "GREEN ENERGY TARIFF  DD  \u00a382.00",
        "Green shoots of recovery in the finances vanished when the partner returned.",
        "The investigator highlighted transfers to the partner in green.",
        "A green bin bag of unopened post was handed to the debt adviser.",
        "Greenhouse and garden furniture were bought on the mother's catalogue account.",
        "The light on the card reader turned green, and the payment went through.",
    ],
    "lamb": [
        "Leg of lamb, \u00a312.50, appears on the receipt for the day of the party.",
        "LAMB MINCE 500G  \u00a33.20",
        "The father's income came from selling lambs at auction.",
        "Lambing work paid cash in hand each spring, the investigator noted.",
        "Lambswool jumpers bought on the card were returned for a refund.",
        "Like a lamb to the slaughter, the grandmother said, her daughter signed every loan.",
    ],
    "fox": [
        "A fox costume, \u00a319.99, was bought with the child's gift card.",
        "FOX PLUSH TOY  \u00a312.00  GIFT WRAPPED",
        "Foxes had torn open the bin bags of shredded bank statements.",
        "The partner was as cunning as a fox with money, the grandmother said.",
        "A fox-fur collar coat on the order cost \u00a3240.",
        "A fox had got into the shed where the stolen bicycles were kept.",
    ],
    "banks": [
        "Banks are expected to spot signs of financial abuse, the review notes.",
        "The food banks in the town gave the family 14 parcels in a year.",
        "Two banks refused to open an account for the mother without photo ID.",
        "Payday lenders and high-street banks both lent to the partner in the mother's name.",
        "The river banks near the estate were where the stolen cards were dumped.",
        "Clothes banks in the car park were the source of most of the children's clothes.",
    ],
}

SEVENTIETH_UNLISTED = [
    "Payee added 02:11: {U}, sort code 30-94-17, reference GIFT.",
    "A third party, {U}, received \u00a31,250 from the mother's account in four transfers.",
    "Cash withdrawals were made at a machine in {T}, where {U} lives.",
    "The catalogue account was opened using the address of {U} in {T}.",
    "Dr {U} wrote to the bank supporting a refund on grounds of coercion.",
    "Mrs {U}, the landlady, was paid in cash and gave no receipts.",
    "ORDER 66014  SHIP TO: {U}, 4 Quay Flats, {T}",
    "Gift card codes were sold on to {U} at half their face value.",
    "The loan was guaranteed by {U}, a friend of the partner who had never met the mother.",
    "STANDING ORDER TO {U}  \u00a340.00 WEEKLY  REF RENT",
    "The financial investigator traced the money to a business run by {U} in {T}.",
    "Parcels addressed to {U} kept arriving at the family's flat.",
    "A money transfer to {U} was stopped by the bank's fraud team.",
    "The car was registered to {U}, though the mother paid the finance.",
    "Receipts from a jeweller in {T} were found in the partner's wallet.",
    "'Send it to {U},' the partner texted the mother, with an account number.",
]
