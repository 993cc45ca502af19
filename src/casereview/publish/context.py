"""Does "Hope" here name a person of the case, or is it the ordinary word?

Names such as Hope, Grace, Mark, Rose, Will, May or Marsh are also English words. Redacting
every "hope" wrecks the report ("there is [name]"); keeping every "Hope" leaks the child.
The rule below reads the words around the match, as a careful human editor would:

* a title before it ("Ms Marsh"), a possessive after it ("Hope's"), or another name of the
  case beside it ("Hope Okafor") -> a name;
* written in lower case -> the ordinary word;
* a month beside a number ("22 May", "May 2016") -> the month, but not beside a clock time
  ("14:20 May collected by ..."); joined to one by an underscore, as a file name is written
  ("minutes_May_2021"), or before two digits that can be no day ("May 64") -> weak: the
  date, or the person's file or count;
* a determiner or possessive pronoun before it ("a mark", "her hope") -> the ordinary word;
* a month-word ("May", "June") after a word of time or before a time noun ("in May", "May
  half-term") -> the month, unless a person signal follows it (below);
* capitalised in mid-sentence -> a name;
* a hyphen and a lower-case letter after it ("Mark-making", "Grace-and-favour") -> one
  word with what follows, the ordinary word;
* a season before a year ("Summer 2021 saw three moves") -> the season;
* capitalised at the start of a sentence, where the capital says nothing. Here the word is
  kept only on positive evidence of the ordinary word; without it, it is redacted and listed
  for checking ("weak"): a checker can restore an ordinary word, but nobody can take back a
  name once published. The evidence:
  - followed by was/is/has/had -> read the predicate (below): the ordinary word when no
    person could be its subject, otherwise weak;
  - a compound noun subject: the word-name, at most two modifiers, a common noun and a
    finite verb ("Rose petals were found", "Ruby red marks were seen", "Holly bushes lined
    the path", "Hill walking was suggested"), or a plural that can only be a noun ("Grace
    periods for rent"). Which words can be nouns, verbs, adjectives or adverbs comes from
    lemminflect's English lexicon (lexicon.py). Never a person, a relation or a noun a
    record puts after a child's name with the apostrophe left out ("Grace attendance was
    71 %", `person_owned_nouns`), nor "being"/"having" ("Grace being looked after");
  - "of" ("Dean of students"), or a short prepositional phrase and then a predicate no
    person takes ("Hope for the future was expressed");
  - a modal-name asking a question ("Will the mother ...?", "May I ...") or a verb-name
    giving an instruction ("Mark any new injury", "Mark my words", "Mark this task
    complete"; not "Mark this morning"), or a verb taking a clause with its subject left out
    ("Hope this helps");
  - "and" before a bare noun or adjective: "and" joins like with like ("Frank and honest
    conversations", "Grace and dignity");
  - followed by a person-verb or an apposition ("Hope said", "Will attended", "Hope, aged
    four,") -> a name; by a regular past-tense verb or a person's state with the verb left
    out ("Grace mentioned ...", "Home visit: Grace asleep") -> weak;
  - followed by a modal ("Grace should be seen", "Mark must not have contact") -> weak,
    unless "be" and a predicate no person takes follow ("Hope can be expressed");
  - followed by "to" + verb, a present participle, or a present-tense verb of a person's
    daily life on `person_present_verbs` ("Grace to remain with her aunt", "Grace arriving
    late", "Mark keeps wetting the bed") -> weak (these came from an unseen set's leaks:
    zero leaks first, and the checker sees every one);
  - followed by "and": a name when what follows "and" is itself person-like (below);
  - otherwise weak: redacted and listed ("Hope quiet and watchful", "Grace tends to
    minimise", "Frank concerns about ..." alike). Until the sixth sentence set this was
    "unsure: kept and listed", and every unseen set leaked through it (bench/publish).

Coordination. "and" joins like with like, so "Hope and Mark attended" makes Hope a person
because Mark is one; "Frank and honest conversations" joins two adjectives and says nothing
of a person. What follows "and" is person-like when it is capitalised, a name of the case
that is no ordinary word, a pronoun (she, they, I...), a title, or a relation or role noun
after at most one opener and one modifier ("her brother", "the social worker", "two friends",
"mum"): then the word-name is a name. A possessive pronoun before anything else ("Grace and
her bruises") makes it weak (redacted and listed). Otherwise the "and" is no evidence and the
rule goes on as if it were not there; a bare noun or adjective after "and" ("Frank and
honest conversations") is evidence of the ordinary word. The lists (`coordination_pronouns`,
`person_noun_openers`, `person_noun_modifiers`, `person_nouns`) are in data/predicates.txt.

Month-words. English puts a month after prepositions and determiners of time ("in May",
"during May", "since May", "until May", "throughout May", "by early May", "mid-May", "last
May", "next May", "the end of May") and before nouns it dates ("May half-term", "the early May
bank holiday", "the May review was ..."); a person is rarely the object of "during" or
"throughout", and never the end of anything. So a month-word there is the month. The lists
are data (data/months.txt); the person signals are read first and are not weakened:

* a possessive, a title or another name of the case beside it is a name, as everywhere;
* with, to, for, from, by, after are not words of time here, because a person is as often
  their object ("spoke to May", "looked after May"): those stay a name, as before;
* "at last May", "the late May", "the last May saw": a person phrase, not time;
* a time noun that is also a verb ("review", "meeting", "visit", "hearing") counts only when
  it ends the phrase or is followed by was/is/of... ("helped May review her plan" and
  "concerns about May meeting her father" stay names);
* "in" after a word whose "in" takes a person ("confided in May", "a change in May", "took
  in May") -> weak: both readings fit, so redact and list;
* a capitalised word, a person-verb, or "and" with a person-like word straight after the
  month-word ("in May said", "since May and her mother") -> weak; after since/until/till/
  last/next, which also open clauses, any word but a few that start a new clause or extend
  the time ("since May the", "since May of") reads as the person's verb ("since May saw
  the video") -> weak.

Weak rather than name where the time word and the person signal conflict: the word is
redacted either way, and listing it tells the checker that the month may have been lost.

Reading the predicate. A predicate restricts what its subject can be (a "selectional
restriction": Chomsky, Aspects of the Theory of Syntax, 1965, ch. 2): people are seen,
arrested, upset, a quiet child; ideas are expressed or evident; a month is not a person.
With a copula ("was", "is", "had been") the complement is said *of* the subject (an
ascriptive predicative complement: Huddleston and Pullum, The Cambridge Grammar of the
English Language, 2002, ch. 4), so:

* "Hope was expressed", "Joy was evident", "Summer was spent": the word after was/is is on
  the `thing_predicates` list (data/predicates.txt) -> the ordinary word;
* "May was a difficult month for ...", "Hope is the key theme of ...": a noun phrase whose
  head is a stretch of time or an idea (`time_nouns`, `idea_nouns`) and ends the predicate
  (a sentence end, a comma, or for/of/when/that/which/where) -> the ordinary word. The
  head must end the phrase because time nouns also measure people: "a week old", "a week
  of age", "a week in hospital", "a year behind" stay redacted;
* has/had with no "been" makes the subject the one who acts or has ("Grace had a bruise",
  "Banks had closed the account"), which a person can almost always be: only the few verbs
  on `thing_verbs` ("had expired") give the ordinary word.

Everything else ("Joy was missing", "Faith is important", "Ivy had grown") fits a person
and a thing alike, and stays as before: redacted and listed for checking. The word lists
are data, kept short on purpose; a word goes on them only if no case record would say it of
a person. Evidence from elsewhere in the document ("hope" used as a word two lines up) is
not used: it says nothing about this occurrence.

The rule is measured in bench/publish (ordinary words kept, names redacted), on eight
sentence sets, five of them written blind; see its README for what was seen before each
change.

Where the parts live: `decide` is here; the shared word classes and token readers in
reading.py; the evidence read after a sentence-start name (predicates, compounds, "and",
questions) in evidence.py; month-words in month_reading.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from casereview.publish.evidence import (
    coordination,
    heading_compound,
    noun_phrase_subject,
    question_or_instruction,
    subject_of_thing_predicate,
    thing_predicate,
)
from casereview.publish.lexicon import is_known_word, word_classes
from casereview.publish.month_reading import (
    DAY,
    DAY_OR_YEAR,
    SEASONS,
    YEAR,
    count_follows,
    date_joined,
    is_clock_time,
    month_reading,
)
from casereview.publish.reading import (
    AUXILIARIES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MODALS,
    NOUN_TITLES,
    PERSON_VERBS,
    RANK_TITLES,
    TITLES,
    Decision,
    between,
    is_ambiguous,
    is_capitalised,
    is_participle,
    looks_past_tense,
    skip_adverbs,
)
from casereview.publish.tokens import LINE_HYPHEN, Token, is_sentence_start
from casereview.publish.wordlists import (
    allowed_capitalised,
    common_words,
    month_words,
    name_words,
    predicate_words,
)

__all__ = ["Decision", "decide", "is_ambiguous", "title_is_a_noun"]


GROUP_NOUNS = frozenset(
    [
        "family",
        "families",
        "household",
        "households",
        "children",
        "siblings",
        "parents",
        "home",
        "residence",
        "boys",
        "girls",
        "twins",
    ]
)
_ENTRY_LABEL = re.compile(r"[ \t]*(?::|[-–—][ \t])")
_APPOSITION = re.compile(
    r"\s*(?:\(|,\s*(?:aged|age|who|then|now|born|whose|a|an|the|her|his)\b)", re.IGNORECASE
)
# A hyphen and a lower-case letter on the same line: a compound word, not a name split
# across a line ("Ho-\npe") nor a double-barrelled name ("Hope-Marsh").
_HYPHEN_COMPOUND = re.compile(r"-[a-z]")
_LINE_BROKEN_WORD = re.compile(rf"{LINE_HYPHEN}([a-z]+)")
_QUOTES_OR_NOTHING = frozenset({"", "'", "‘", '"', "“"})
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
# A clitic run into the word ("Miles've been mates", "Rose'd said"): only a person's name
# takes one; the ordinary words do not.
# "the Marshs' door", "Banks' flat": an apostrophe after a final s, no letter after it.
_PLURAL_POSSESSIVE = re.compile(r"['’](?![^\W\d_])")
NAME_SUFFIXES = frozenset(["snr", "jnr", "sr", "jr", "senior", "junior"])
_CLITIC = re.compile(r"['’](?:ve|ll|d|re|m)\b", re.IGNORECASE)
# A number after these numbers the thing ("page 2 May ...", "section 47 May ..."): no day.
_NUMBERED_NOUNS = frozenset(
    [
        "page",
        "pages",
        "p",
        "pp",
        "section",
        "para",
        "paragraph",
        "appendix",
        "item",
        "no",
        "number",
        "year",
        "room",
        "bed",
        "ward",
        "version",
        "step",
        "stage",
        "level",
        "tier",
        "question",
        "q",
        # Places and labels a ward, a court or a report numbers: "Rm 6 May P1 4cm", "Cot 12
        # May - Finnegan 4", "Count 2 May Lamb": the number belongs to the noun, not a date.
        "rm",
        "cot",
        "bay",
        "cubicle",
        "flat",
        "floor",
        "unit",
        "cell",
        "wing",
        "class",
        "group",
        "exhibit",
        "chapter",
        "ch",
        "count",
        "finding",
        "recommendation",
        "figure",
        "fig",
        "table",
        "row",
        "line",
        "box",
        "annex",
        "annexe",
        "gen",  # a genogram's generation: "GEN 2 May Holby"
        "generation",
    ]
)
# A tab or a line break between a number and a month is a cell or line edge, not a date.
_CELL_EDGE = re.compile(r"[\t\n]")
_COURT_OR_PARK = frozenset({"court", "park"})
# What follows an author's name in a note, never a date: "May, op. cit.", "May, ibid."
_CITED_AUTHOR = re.compile(r"[,.]?\s*(?:op\.?\s*cit|loc\.?\s*cit|ibid)\b", re.IGNORECASE)


def _heading_as_sentence(
    text: str, tokens: list[Token], first: int, is_case_name: Callable[[str], bool]
) -> str | None:
    """The run of words in capitals around tokens[first] written as a sentence ("HOPE AND
    ASPIRATIONS: the girl ..." -> "Hope and aspirations: the girl ..."), the rest of the
    text unchanged, so that the evidence read after a sentence-start name can be read
    there too; None where lower case would move the offsets or hide another name.
    """

    def joined_capitals(k: int) -> bool:
        """tokens[k] is in capitals, on the same line as tokens[k - 1]."""
        return text[tokens[k].start : tokens[k].end].isupper() and (
            "\n" not in text[tokens[k - 1].end : tokens[k].start]
        )

    a = first
    while a > 0 and joined_capitals(a) and text[tokens[a - 1].start : tokens[a - 1].end].isupper():
        a -= 1
    b = first
    while b + 1 < len(tokens) and joined_capitals(b + 1):
        b += 1
    if any(is_case_name(tokens[k].norm) for k in range(a, b + 1) if k != first):
        return None  # "MARK AND HOPE SEEN": lower case would hide the second name
    start, end = tokens[a].start, tokens[b].end
    lowered = text[start:end].lower()
    if len(lowered) != end - start:
        return None
    at = tokens[first].start - start
    lowered = lowered[:at] + lowered[at].upper() + lowered[at + 1 :]
    return text[:start] + lowered + text[end:]


# The determiners that make a month-word the month ("this May", "every May"); after the
# others it is a person as readily ("our May were nobbut a bairn", "little May was asleep").
_MONTH_DETERMINERS = frozenset({"this", "these", "the", "every", "each"})

# A capitalised word-name after one of these is a person as readily as a thing ("our Grace
# school report", "her Ruby necklace"): redacted and listed, never kept.
_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their"})
# Before a word-name, determiners that take a person as readily as a thing ("little" an
# endearment: "Little Bill runs rings round them").
_PERSON_DETERMINERS = _POSSESSIVES | {"little"}


def _describes(text: str, tok: Token) -> bool:
    """After a word-name and a hyphen, a participle or an adjective makes one word of the
    two ("Mark-making", "Rose-tinted", "Sky-blue"), as does a short closed-class word
    ("Grace-and-favour", "Jack-in-the-box", "Mark-up"); a bare noun may make a pet name, and
    a short word that is no English word may be an honorific ("Grace-ji", "Hope-chan")."""
    raw = text[tok.start : tok.end]
    classes = word_classes(raw)
    return (
        is_participle(text, tok)
        or looks_past_tense(text, tok)
        or "ADJ" in classes
        or (
            len(raw) <= 4
            and "NOUN" not in classes
            and "VERB" not in classes
            and (tok.norm in common_words() or len(raw) == 1)  # "Jack-o'-lantern"
        )
    )


def _name_follows_in_capitals(text: str, tokens: list[Token], last: int) -> bool:
    """In capitals, the next word may be a family name: "HOPE MASON WAS SEEN" is no
    compound noun read in lower case ("hope mason"), as "BILL PAYMENTS MISSED" is."""
    if last + 1 >= len(tokens) or between(text, tokens, last) != "":
        return False
    nxt = tokens[last + 1]
    return text[nxt.start : nxt.end].isupper() and nxt.norm in name_words()


def _names_a_thing(text: str, tokens: list[Token], last: int) -> bool:
    """After a determiner, a capitalised word-name names a thing when a common noun in
    lower case follows it straight away: "a Sky box", "the Amber rating". Without one
    ("'doing a Ruby'.", "when you get this Daisy is typing"), or before a capitalised word
    ("the Ivy Suite", "the Holly Room" named after a child), it may be a person's name."""
    if (
        last + 1 >= len(tokens)
        or between(text, tokens, last) not in {"", "-"}
        or _line_break_after(text, tokens, last)  # "To my May\nmy heart": a card's lines
    ):
        return False
    nxt = tokens[last + 1]
    raw = text[nxt.start : nxt.end]
    if nxt.norm in NAME_SUFFIXES or (
        raw.islower() and nxt.norm in predicate_words()["person_owned_nouns"]
    ):
        return False  # "Frank Snr", "the Grace situation"; not "the Hope Room"
    if raw[:1].isupper():
        # "the Ivy Suite", or a room, fund or law named after the child ("the Holly Room",
        # "the Grace Fund"): redacted and listed, for the checker to keep a nursery's room.
        return False
    return (
        raw.islower()
        and ("NOUN" in word_classes(raw) or "ADJ" in word_classes(raw))
        and nxt.norm not in PERSON_VERBS
        and nxt.norm not in AUXILIARIES
        and nxt.norm not in predicate_words()["person_states"]  # "found little May asleep"
        and nxt.norm not in predicate_words()["coordination_pronouns"]  # "the Hope she is"
        and nxt.norm not in predicate_words()["function_words"]  # "my May so much"
    )


def _numbered_subject(text: str, number: Token, nxt: Token | None, next_close: bool) -> bool:
    """A number opening a sentence or a field before a month-word that a finite verb or a
    person's verb follows: a footnote's or a count's number before a person ("23 May has
    seen this paragraph", "Contacts in period: 23 May asked that ...") as readily as a date
    as the subject ("1 May was a bank holiday"): redacted and listed. After a word ("the
    panel on 14 May agreed") the date is read as the date."""
    return (
        nxt is not None
        and next_close
        and (nxt.norm in FINITE_AUXILIARIES or nxt.norm in PERSON_VERBS)
        and is_sentence_start(text, number.start)
    )


def _person_after_month(text: str, nxt: Token) -> bool:
    """After "the May": a capitalised word ("the May Room"), a pronoun ("the May she is
    cry") or a noun a record puts after a child's name ("the May situation") may make it a
    person as readily as the month ("the May she turned five"): redacted and listed."""
    words = predicate_words()
    return (
        is_capitalised(text[nxt.start : nxt.end])
        or nxt.norm in words["coordination_pronouns"]
        or (
            nxt.norm in words["person_owned_nouns"]
            # "the May review", "the May visit": an event of the month as readily
            and nxt.norm not in month_words()["month_event_nouns"]
        )
        or nxt.norm in FINITE_AUXILIARIES  # "the May was thriving", as "May was" opening one
    )


def _after_title(gap: str, title: Token) -> bool:
    """ "Ms Hope", "Mr. Marsh"; not "...woke the baby. Frank concerns were raised"."""
    if gap.strip() == "":
        return True
    return gap.strip() == "." and title.norm in {"mr", "mrs", "ms", "mx", "dr"}


def title_is_a_noun(text: str, tokens: list[Token], title: int) -> bool:
    """Before a word-name in lower case, a title that is the noun: in lower case after a
    determiner ("the baby may have been overlaid"), or a noun title capitalised ("Baby banks
    supplied a cot"); not "Baby May", nor "baby may" in a note written in lower case."""
    raw = text[tokens[title].start : tokens[title].end]
    if raw[:1].isupper():
        return tokens[title].norm in NOUN_TITLES
    return (
        title > 0
        and tokens[title - 1].norm in DETERMINERS
        and between(text, tokens, title - 1) == ""
    )


def _code_number(text: str, number: Token) -> bool:
    """The number is run into a code's letters, straight or after a hyphen ("CP2",
    "DSL-14"): it numbers the code, not a day."""
    before = text[number.start - 1 : number.start] if number.start > 0 else ""
    return before.isalpha() or (
        before == "-" and text[number.start - 2 : number.start - 1].isalpha()
    )


def _line_break_after(text: str, tokens: list[Token], i: int) -> bool:
    """A line ends between token i and the next one."""
    return "\n" in text[tokens[i].end : tokens[i + 1].start]


def _modal_reading(text: str, tokens: list[Token], modal: int) -> Decision | None:
    """After "Hope should/must/will ...": the ordinary word when "be" and a thing's
    predicate follow ("Hope must not be lost"... only if that predicate is a thing's), a
    weak name otherwise ("Grace should be seen", "Grace must not have contact"); None when
    the next word is no modal."""
    if (
        tokens[modal].norm not in MODALS
        or not text[tokens[modal].start : tokens[modal].end].islower()
    ):
        return None
    k = skip_adverbs(text, tokens, modal + 1)
    if (
        k < len(tokens)
        and tokens[k].norm == "be"
        and between(text, tokens, k - 1) == ""
        and thing_predicate(text, tokens, k)
    ):
        return Decision.WORD
    return Decision.WEAK_NAME


def _acts_as_a_person(text: str, tok: Token) -> bool:
    """What straight after a sentence-start name says the name's bearer acts or is in a
    state, as a person is: a past-tense verb ("Grace mentioned"), "to" + verb ("Grace to
    remain at home"), a participle ("Grace arriving"), a person's present-tense verb ("Mark
    keeps ...") or a person's state with the verb left out ("Home visit: Grace asleep")."""
    words = predicate_words()
    return (
        tok.norm == "to"
        or tok.norm in words["person_states"]
        or tok.norm in words["person_present_verbs"]
        or looks_past_tense(text, tok)
        or is_participle(text, tok)
    )


def _date_or_person(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A month-word that reads as a date as readily as a person, to be redacted and listed
    so the checker can restore the date: joined to a day or a year by an underscore, as file
    names are written ("minutes_May_2021", "12_May"; "May_2021_plan" may be the child's
    plan), or before two digits that can be no day ("May 64": a year, or May's count in a
    table)."""
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if prev is not None and text[prev.end : prev.end + 1] == "_" and DAY.fullmatch(prev.norm):
        return True
    if nxt is None:
        return False
    if text[nxt.start - 1 : nxt.start] == "_" and DAY_OR_YEAR.fullmatch(nxt.norm):
        return True
    return (
        len(nxt.norm) == 2
        and nxt.norm.isdigit()
        and date_joined(text, tokens[last].end, nxt.start)
        and not count_follows(text, tokens, last + 1)
    )


def decide(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    neighbour_is_name: bool,
    *,
    lines_are_items: bool = False,
    is_case_name: Callable[[str], bool] = lambda norm: False,
) -> Decision:
    """Decide for the match spanning tokens[first..last] whose tokens are all ambiguous.

    `is_case_name` says whether a (folded) word is on its own a name of the case: it makes
    "Hope and mark attended" a name as "Hope and Mark attended" is.
    """
    tok = tokens[first]
    raw = text[tok.start : tok.end]
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    gap_before = text[prev.end : tok.start].strip() if prev is not None else ""
    next_close = nxt is not None and len(text[tokens[last].end : nxt.start].strip()) <= 1
    if raw.isupper() and len(raw) > 1 and tok.norm in allowed_capitalised():
        return Decision.WORD  # an acronym such as "ED" or "MAY" in a form heading
    if (
        prev is not None
        and prev.norm in TITLES
        and _after_title(text[prev.end : tok.start], prev)
        and (is_capitalised(raw) or not title_is_a_noun(text, tokens, first - 1))
    ):
        return Decision.NAME
    if (
        prev is not None
        and prev.norm in RANK_TITLES
        and is_capitalised(raw)
        and _after_title(text[prev.end : tok.start], prev)
    ):
        return Decision.NAME  # "Cpl Frank", "Revd Grace"; not "the Sgt will call"
    if (
        tok.norm in _COURT_OR_PARK
        and prev is not None
        and gap_before == ""
        and prev.norm in predicate_words()["thing_before_court_or_park"]
    ):
        return Decision.WORD  # "the Family Court's order", "Crown Court", "a Car Park"
    end = tokens[last].end
    possessive = bool(
        _POSSESSIVE.match(text, end)
        or _CLITIC.match(text, end)
        or (text[end - 1 : end] in {"s", "S"} and _PLURAL_POSSESSIVE.match(text, end))
    )
    if neighbour_is_name or (possessive and is_capitalised(raw)):
        return Decision.NAME
    if not is_capitalised(raw):
        return Decision.WORD
    broken = _LINE_BROKEN_WORD.match(text, tokens[last].end)
    if broken and first == last and is_known_word(tok.norm + broken.group(1).lower()):
        return Decision.WORD  # "Hope-\nfully": one word broken at the end of a line
    if _HYPHEN_COMPOUND.match(text, tokens[last].end):
        if nxt is not None and nxt.norm in predicate_words()["name_compound_heads"]:
            return Decision.WEAK_NAME  # "Ruby-related concerns": a name or a thing
        if nxt is not None and not _describes(text, nxt):
            return Decision.WEAK_NAME  # "love you Hope-bear": a pet name as readily
        return Decision.WORD  # one word with what follows: "Mark-making", "Jack-knifed"
    day_before = (
        tok.norm in month_words()["months"]
        and prev is not None
        and date_joined(text, prev.end, tok.start)
        and DAY.fullmatch(prev.norm) is not None
        and not _code_number(text, prev)  # "CP2 May", "DSL-14 May": a code
        and not (prev.start > 0 and text[prev.start - 1] in "+\u2212\u00b1")  # "+1 May": points
        and not _CELL_EDGE.search(text, prev.end, tok.start)
        and not (first > 1 and tokens[first - 2].norm in _NUMBERED_NOUNS)
        and not is_clock_time(text, prev)
    )
    if day_before and prev is not None and _numbered_subject(text, prev, nxt, next_close):
        return Decision.WEAK_NAME  # "23 May has seen this paragraph": a footnote's number
    if day_before and _CITED_AUTHOR.match(text, tokens[last].end):
        return Decision.WEAK_NAME  # "14 May, op. cit., p. 3": a note's number and an author
    if day_before and first > 1 and tokens[first - 2].norm == "happy":
        return Decision.WEAK_NAME  # "Happy 6th May, love you": a birthday, not a date
    if tok.norm in month_words()["months"] and (
        day_before
        or (
            nxt is not None
            and date_joined(text, tokens[last].end, nxt.start)
            and DAY_OR_YEAR.fullmatch(nxt.norm)
            and not _CELL_EDGE.search(text, tokens[last].end, nxt.start)
            and not count_follows(text, tokens, last + 1)
        )
    ):
        return Decision.WORD
    if tok.norm in month_words()["months"] and _date_or_person(text, tokens, first, last):
        return Decision.WEAK_NAME  # "minutes_May_2021.docx", "May 64": a date, or May's
    if (
        tok.norm in SEASONS
        and nxt is not None
        and date_joined(text, tokens[last].end, nxt.start)
        and YEAR.fullmatch(nxt.norm)
    ):
        return Decision.WORD  # "Summer 2021 saw three moves"; not "and Summer, 2024 to 2026"
    if nxt is not None and next_close and nxt.norm in GROUP_NOUNS:
        return Decision.NAME  # "the Marsh family", "the Hope household"
    if nxt is not None and nxt.norm in NAME_SUFFIXES and between(text, tokens, last) in {"", ","}:
        return Decision.NAME  # "Frank Snr was present", "Mark Jnr"
    if prev is not None and gap_before in _QUOTES_OR_NOTHING and prev.norm in DETERMINERS:
        if prev.norm == "its":
            return Decision.WEAK_NAME  # "hiya its Rose ring me back": "it's" typed without '
        if prev.norm in _PERSON_DETERMINERS and tok.norm not in month_words()["months"]:
            return Decision.WEAK_NAME  # "our Grace school report", "my Hope", "Little Bill"
        quoted = gap_before != "" and text[tokens[last].end : tokens[last].end + 1] in "'’\"”"
        if not quoted and (
            _names_a_thing(text, tokens, last)
            or (
                tok.norm in month_words()["months"]
                and prev.norm in _MONTH_DETERMINERS
                and not (nxt is not None and next_close and _person_after_month(text, nxt))
            )
        ):
            return Decision.WORD  # "a Sky box", "this May"; not "the 'May' line"
        # "'doing a Ruby'.", "when you get this Daisy is typing", "our May were nobbut a bairn"
        return Decision.WEAK_NAME
    if raw.isupper() and len(raw) > 1:
        if _name_follows_in_capitals(text, tokens, last):
            return Decision.WEAK_NAME  # "HOPE MASON WAS SEEN", "MARK BAKER ARRESTED"
        if heading_compound(text, tokens, last + 1):
            return Decision.WORD  # "BILL PAYMENTS MISSED", "GRACE PERIOD EXPIRED"
        as_sentence = _heading_as_sentence(text, tokens, first, is_case_name)
        if as_sentence is not None and (
            decide(as_sentence, tokens, first, last, False, is_case_name=is_case_name)
            is Decision.WORD
        ):
            return Decision.WORD  # "HOPE AND ASPIRATIONS" reads as "Hope and aspirations"
        return Decision.WEAK_NAME  # a heading in capitals: no case signal at all
    if (
        text[tok.start - 1 : tok.start] == "("
        and text[tokens[last].end : tokens[last].end + 1] == ")"
    ):
        return Decision.NAME  # "Child seen (Grace)"
    at_start = is_sentence_start(text, tok.start, lines_are_items=lines_are_items)
    if first == last and tok.norm in month_words()["months"]:
        month = month_reading(text, tokens, first, at_start, is_case_name)
        if month is not None:
            return month  # "in May", "May half-term"; "since May moved in" is weak
    if not at_start:
        return Decision.NAME
    if nxt is not None and next_close and nxt.norm in AUXILIARIES:
        if between(text, tokens, last) == "" and thing_predicate(text, tokens, last + 1):
            return Decision.WORD  # "Hope was expressed", "May was a difficult month"
        return Decision.WEAK_NAME  # "Hope was seen", or a predicate that cannot tell
    if nxt is not None and next_close and nxt.norm in PERSON_VERBS:
        return Decision.NAME
    # Only on one line: "Chaperone:\nMark\nlicence checked" is a field's value, not the
    # compound "Mark licence" ("Rose petals were found").
    if (
        nxt is not None
        and between(text, tokens, last) == ""
        and not _line_break_after(text, tokens, last)
    ):
        written = text[nxt.start : nxt.end]
        # A modal first: "can", "will", "may", "must" are nouns too, and "Mark can read"
        # is no compound subject ("Rose petals were found") but the person who can.
        modal = _modal_reading(text, tokens, last + 1)
        if modal is not None:
            return modal
        if written == "of" or noun_phrase_subject(text, tokens, last + 1):
            return Decision.WORD  # "Rose petals were found", "Dean of students at ..."
        if subject_of_thing_predicate(text, tokens, last + 1):
            return Decision.WORD  # "Hope for the future was expressed"
        after = tokens[last + 2] if last + 2 < len(tokens) else None
        if question_or_instruction(text, tok, nxt, after):
            return Decision.WORD  # "Will this plan keep her safe?", "Mark any new injury"
        if _acts_as_a_person(text, nxt):
            return Decision.WEAK_NAME  # "Grace mentioned", "Grace arriving", "Grace asleep"
    coordinate = None
    if nxt is not None and next_close and nxt.norm == "and":
        coordinate = coordination(text, tokens, last + 2, is_case_name)
        if coordinate in {Decision.NAME, Decision.WORD}:
            return coordinate  # "Hope and Mark attended"; "Frank and honest conversations"
    if _ENTRY_LABEL.match(text, tokens[last].end):
        return Decision.NAME  # a record entry about the person: "Grace: seen alone"
    if _APPOSITION.match(text, tokens[last].end):
        return Decision.NAME  # "Hope, aged four, ..." / "Hope (known as ...)"
    if coordinate is Decision.WEAK_NAME:
        return Decision.WEAK_NAME  # "Grace and her bruises were photographed"
    # Nothing says the ordinary word: redact and list. A checker restores an ordinary word
    # ("Frank and honest conversations were held"); nobody can take back a published name.
    return Decision.WEAK_NAME
