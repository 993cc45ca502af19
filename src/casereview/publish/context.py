"""Does "Hope" here name a person of the case, or is it the ordinary word?

Names such as Hope, Grace, Mark, Rose, Will, May or Marsh are also English words. Redacting
every "hope" wrecks the report ("there is [name]"); keeping every "Hope" leaks the child.
The rule below reads the words around the match, as a careful human editor would:

* a title before it ("Ms Marsh"), a possessive after it ("Hope's"), or another name of the
  case beside it ("Hope Okafor") -> a name;
* written in lower case -> the ordinary word;
* a month beside a number ("22 May", "May 2016") -> the month, but not beside a clock time
  ("14:20 May collected by ...");
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
    giving an instruction ("Mark any new injury", "Mark my words");
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

The rule is measured in bench/publish (ordinary words kept, names redacted), on three
sentence sets; see its README for what was seen before each change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from functools import cache

from casereview.publish.lexicon import is_past_tense, word_classes
from casereview.publish.tokens import Token, is_sentence_start
from casereview.publish.wordlists import (
    allowed_capitalised,
    common_words,
    month_words,
    predicate_words,
    word_names,
)

__all__ = ["Decision", "decide", "is_ambiguous"]


class Decision(Enum):
    NAME = "name"
    WEAK_NAME = "weak name"  # redacted, and listed for a person to check
    WORD = "word"
    UNSURE = "unsure"


TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "master", "baby", "aunty", "auntie"})
DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "some", "any", "no", "every", "each"}
    | {"much", "more", "less", "little", "great", "his", "her", "their", "our", "my"}
    | {"your", "its", "such", "real", "false", "new", "good", "bad", "big", "small"}
)
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
PERSON_VERBS = frozenset(
    {
        "absent",
        "admits",
        "admitted",
        "agreed",
        "agrees",
        "alleged",
        "alleges",
        "answered",
        "answers",
        "appeared",
        "appears",
        "arrested",
        "arrived",
        "arrives",
        "asked",
        "asks",
        "assessed",
        "ate",
        "attended",
        "attends",
        "became",
        "becomes",
        "born",
        "brought",
        "called",
        "calls",
        "came",
        "collected",
        "comes",
        "confirmed",
        "confirms",
        "continued",
        "continues",
        "could",
        "cried",
        "cries",
        "declined",
        "declines",
        "denied",
        "denies",
        "described",
        "describes",
        "did",
        "didn",
        "discharged",
        "disclosed",
        "discloses",
        "discussed",
        "does",
        "dropped",
        "eats",
        "examined",
        "explained",
        "explains",
        "found",
        "gave",
        "gives",
        "goes",
        "herself",
        "himself",
        "hit",
        "immunised",
        "interviewed",
        "kicked",
        "known",
        "leaves",
        "left",
        "lived",
        "lives",
        "made",
        "makes",
        "measured",
        "messaged",
        "missed",
        "misses",
        "missing",
        "moved",
        "moves",
        "needed",
        "needs",
        "not",
        "noted",
        "phoned",
        "placed",
        "played",
        "plays",
        "present",
        "presented",
        "presents",
        "pushed",
        "ran",
        "rang",
        "referred",
        "refused",
        "refuses",
        "registered",
        "remained",
        "remains",
        "removed",
        "replied",
        "replies",
        "reported",
        "reports",
        "returned",
        "returns",
        "reviewed",
        "said",
        "says",
        "screamed",
        "seemed",
        "seems",
        "seen",
        "shouted",
        "showed",
        "shows",
        "sleeps",
        "slept",
        "smacked",
        "speaks",
        "spoke",
        "spoken",
        "started",
        "starts",
        "stated",
        "states",
        "stayed",
        "stays",
        "taken",
        "takes",
        "tells",
        "texted",
        "told",
        "took",
        "vaccinated",
        "visited",
        "visits",
        "wanted",
        "wants",
        "weighed",
        "went",
        "who",
        "woke",
        "would",
        "writes",
        "wrote",
    }
)
AUXILIARIES = frozenset({"was", "is", "has", "had"})
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# What may stand between a month and its day or year ("22 May", "22-May-16", "May, 2016");
# not a bracket or a colon ("(2) May to be referred", "May: 14 weeks").
DATE_JOINERS = frozenset({"", "-", "/", ","})
# A day of the month or a year beside a month ("3rd May", "May 2016"); not an age ("May 14y").
_DAY_OR_YEAR = re.compile(r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?|\d{4}|'?\d{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# After a sentence-start "Will"/"May", a subject: a question or a wish ("Will this plan keep
# her safe?", "May I remind ..."). After a name that is a verb, a quantifier or possessive
# opens its object: an instruction ("Mark any new injury", "Mark my words").
QUESTION_SUBJECTS = frozenset(
    {"the", "this", "that", "these", "those", "i", "you", "we", "they", "he", "she", "it"}
    | {"there", "a", "an", "all", "any", "anyone", "everyone"}
)
IMPERATIVE_OBJECTS = frozenset({"any", "all", "every", "each", "my", "your", "our"})
FINITE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "does", "did"})
# "Hope should be seen", "Grace must not have contact": a modal reads like was/is once "be"
# follows ("Hope must not be lost"), otherwise its verb is something the subject does.
MODALS = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must"})
# -ing words that are nouns, not a participle the name performs ("Summer meeting").
ING_NOUNS = frozenset(
    {"during", "nothing", "something", "anything", "everything", "evening", "morning"}
    | {"thing", "things", "spring", "string", "ceiling", "wedding", "building", "clothing"}
    | {"bedding", "housing", "funding", "meeting", "training", "feeling", "feelings"}
)
# Skipped between the auxiliary and its predicate ("Hope is not a plan").
PREDICATE_ADVERBS = frozenset(
    {"not", "also", "still", "now", "clearly", "already", "always", "often", "never"}
    | {"again", "only", "very", "quite", "rather", "increasingly", "particularly"}
)
# Open a noun phrase after was/is ("a difficult month", "the child's favourite colour").
PHRASE_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "another", "her", "his", "their", "its", "our", "my"}
)
# End a noun phrase before any head noun was found: the predicate is something else.
PHRASE_BREAKS = PHRASE_DETERMINERS | frozenset(
    {"in", "on", "at", "to", "for", "of", "with", "from", "by", "and", "or", "but"}
    | {"who", "which", "that", "when", "where", "as", "was", "is", "were", "had", "has"}
)
_ENTRY_LABEL = re.compile(r"[ \t]*(?::|[-–—][ \t])")
_APPOSITION = re.compile(
    r"\s*(?:\(|,\s*(?:aged|age|who|then|now|born|whose|a|an|the|her|his)\b)", re.IGNORECASE
)
# A hyphen and a lower-case letter on the same line: a compound word, not a name split
# across a line ("Ho-\npe") nor a double-barrelled name ("Hope-Marsh").
_HYPHEN_COMPOUND = re.compile(r"-[a-z]")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)


def is_ambiguous(token: str) -> bool:
    """True when a name token is also an ordinary English word."""
    return token in word_names() or token in common_words()


def _after_title(gap: str, title: Token) -> bool:
    """ "Ms Hope", "Mr. Marsh"; not "...woke the baby. Frank concerns were raised"."""
    if gap.strip() == "":
        return True
    return gap.strip() == "." and title.norm in {"mr", "mrs", "ms", "mx", "dr"}


def _is_capitalised(raw: str) -> bool:
    return raw[:1].isupper()


def _gap(text: str, tokens: list[Token], i: int) -> str:
    """What stands between token i and the next one, spaces removed."""
    return text[tokens[i].end : tokens[i + 1].start].strip()


def _skip_adverbs(text: str, tokens: list[Token], k: int) -> int:
    while (
        k < len(tokens) and tokens[k].norm in PREDICATE_ADVERBS and _gap(text, tokens, k - 1) == ""
    ):
        k += 1
    return k


def _thing_predicate(text: str, tokens: list[Token], aux: int) -> bool:
    """True when what follows "Hope was/is/has/had" can be said of a thing but of no person.

    Read the predicate, not the word: "Hope was expressed", "Joy was evident", "May was a
    difficult month", "Hope is the key theme of the plan". A person cannot be expressed,
    evident, a month or a theme, so the word-name there is the ordinary word. Anything
    else ("Hope was seen", "Grace had a bruise", "Joy was missing") is left to the caller.
    """
    words = predicate_words()
    copula = tokens[aux].norm in {"was", "is", "were", "are", "be"}
    k = _skip_adverbs(text, tokens, aux + 1)
    if (
        not copula
        and k < len(tokens)
        and tokens[k].norm == "been"
        and _gap(text, tokens, k - 1) == ""
    ):
        copula = True  # "May had been a difficult month": read as "was"
        k = _skip_adverbs(text, tokens, k + 1)
    if k >= len(tokens) or _gap(text, tokens, k - 1) != "":
        return False
    word = tokens[k].norm
    if not copula:
        return word in words["thing_verbs"]  # "had expired"; "had closed" could be a person's act
    if word in words["thing_predicates"]:
        return True
    return word in PHRASE_DETERMINERS and _thing_noun_phrase(text, tokens, k + 1)


def _thing_noun_phrase(text: str, tokens: list[Token], k: int) -> bool:
    """A noun phrase whose head is a stretch of time or an idea: "a difficult month for"."""
    words = predicate_words()
    heads = words["time_nouns"] | words["idea_nouns"]
    modifiers = 0
    while k < len(tokens) and modifiers < 3:
        if _gap(text, tokens, k - 1) not in {"", "-"}:
            return False
        tok = tokens[k]
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].norm == "s"
            and _gap(text, tokens, k) in {"'", "’"}
        ):
            k += 2  # a possessor ("the child's favourite colour") is not the head
            continue
        if tok.norm in heads:
            return _ends_phrase(text, tokens, k)
        if tok.norm in PHRASE_BREAKS:
            return False
        modifiers += 1
        k += 1
    return False


def _ends_phrase(text: str, tokens: list[Token], k: int) -> bool:
    """The head noun ends the predicate: "a hard month." / "month for" / not "a week old"."""
    if k + 1 >= len(tokens):
        return True
    gap = _gap(text, tokens, k)
    if gap:
        return gap[:1] in {".", ",", ";", "!", "?"}
    follower = tokens[k + 1].norm
    if follower == "of" and k + 2 < len(tokens) and tokens[k + 2].norm == "age":
        return False  # "a week of age" is a person's age
    return follower in predicate_words()["head_followers"]


def _spaces_only(text: str, tokens: list[Token], k: int) -> bool:
    """Only spaces or a hyphen between token k and the next one ("step-father")."""
    return _gap(text, tokens, k) in {"", "-"}


def _bare_common_word(text: str, tok: Token) -> bool:
    """A lower-case noun or adjective with no determiner, no pronoun and no person in it:
    "and" joins like with like, so the word-name before it is a thing too."""
    raw = text[tok.start : tok.end]
    words = predicate_words()
    if not raw.islower() or raw in DETERMINERS or raw in PERSON_VERBS:
        return False
    if raw in words["coordination_pronouns"] or raw in words["person_noun_openers"]:
        return False
    if raw in words["person_nouns"] or raw in words["person_owned_nouns"]:
        return False
    if raw in words["function_words"]:
        return False
    classes = word_classes(raw)
    return bool(classes & {"NOUN", "ADJ"}) and "ADV" not in classes


def _coordinate(
    text: str, tokens: list[Token], k: int, is_case_name: Callable[[str], bool]
) -> Decision | None:
    """What the word after "and" (token k) says of the word-name before "and".

    NAME when it is person-like: a capitalised word, a name of the case that is no ordinary
    word (in lower case "mark" is the word, as everywhere else), a pronoun, a title,
    or a relation or role noun after at most one opener and one modifier ("Mark", "she",
    "her brother", "the social worker", "two friends", "mum"). WEAK_NAME for a possessive
    pronoun before anything else ("Grace and her bruises"): a person's, so redact and list.
    None otherwise ("Frank and honest conversations"): "and" is no evidence either way.
    """
    if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip():
        return None
    tok = tokens[k]
    words = predicate_words()
    if (
        _is_capitalised(text[tok.start : tok.end])
        or (is_case_name(tok.norm) and not is_ambiguous(tok.norm))
        or tok.norm in TITLES
        or tok.norm in words["coordination_pronouns"]
    ):
        return Decision.NAME
    j = k + 1 if tok.norm in words["person_noun_openers"] or tok.norm.isdigit() else k

    def word_at(j: int) -> str:
        joined = j < len(tokens) and (j == k or _spaces_only(text, tokens, j - 1))
        return tokens[j].norm if joined else ""

    if word_at(j) in words["person_noun_modifiers"]:
        j += 1
    if word_at(j) in words["person_nouns"]:
        return Decision.NAME
    if tok.norm in {"her", "his", "their"}:
        return Decision.WEAK_NAME
    if _bare_common_word(text, tok):
        return Decision.WORD  # "Frank and honest conversations", "Holly and tinsel"
    return None


@cache
def _phrases(section: str) -> frozenset[tuple[str, ...]]:
    """The entries of a months.txt section as word tuples ("half-term" -> ("half", "term"))."""
    return frozenset(tuple(entry.replace("-", " ").split()) for entry in month_words()[section])


def _phrase_at(text: str, tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """The lower-case words of `phrase` start at token k, joined by spaces or hyphens."""
    for m, word in enumerate(phrase):
        j = k + m
        if (
            j >= len(tokens)
            or tokens[j].norm != word
            or (m and not _spaces_only(text, tokens, j - 1))
        ):
            return False
        if not text[tokens[j].start : tokens[j].end].islower():
            return False
    return True


def _time_before(text: str, tokens: list[Token], i: int) -> str | None:
    """What the words before month-word i say: "time" ("in May", "by early May", "the end of
    May"), "person-in" ("confided in May", "a change in May": a person fits as well as the
    month), or None (nothing, or a person phrase: "at last May", "the late May")."""
    if i == 0 or not _spaces_only(text, tokens, i - 1):
        return None
    words = month_words()
    prev = tokens[i - 1]
    before = tokens[i - 2] if i >= 2 and _gap(text, tokens, i - 2) == "" else None
    if before is not None and (before.norm, prev.norm) in _phrases("not_time_before"):
        return None
    if prev.norm == "of":
        return "time" if before is not None and before.norm in words["period_parts"] else None
    if prev.norm not in words["temporal_before"]:
        return None
    if prev.norm == "in" and before is not None and before.norm in words["person_in_heads"]:
        return "person-in"
    return "time"


def _month_noun_after(text: str, tokens: list[Token], i: int) -> bool:
    """A time noun straight after month-word i: "May half-term", "the May review was ..."."""
    k = i + 1
    if k >= len(tokens) or _gap(text, tokens, i) != "":
        return False
    if any(_phrase_at(text, tokens, k, phrase) for phrase in _phrases("month_nouns")):
        return True
    words = month_words()
    if not _phrase_at(text, tokens, k, (tokens[k].norm,)):
        return False
    if tokens[k].norm not in words["month_event_nouns"]:
        return False
    # "review", "meeting", "visit" are also what a person does ("helped May review her
    # plan"): the noun must end the phrase or be the subject of what follows.
    if k + 1 >= len(tokens):
        return True
    gap = _gap(text, tokens, k)
    if gap:
        return gap[:1] in {".", ",", ";", ":", "!", "?", ")"}
    return tokens[k + 1].norm in words["event_noun_followers"]


def _person_after_month(
    text: str, tokens: list[Token], i: int, clause: bool, is_case_name: Callable[[str], bool]
) -> bool:
    """True when the word after month-word i reads it as a person.

    A capitalised word ("in May Brown's flat"), a person-verb ("in May said"), or "and" with
    a person-like word after it ("since May and her mother moved in"). After a word that can
    open a clause (`clause`: since, until, last, next), anything that is not on the
    `after_clause_month` list is read as the person's verb ("since May saw the video").
    """
    k = i + 1
    if k >= len(tokens) or _gap(text, tokens, i) != "":
        return False  # "in May.", "in May, Hope said": the time phrase has ended
    nxt = tokens[k]
    if nxt.norm == "and":
        then = tokens[k + 1] if k + 1 < len(tokens) else None
        if then is not None and (then.norm in month_words()["months"] or then.norm[:1].isdigit()):
            return False  # "in May and June", "in May and 2021"
        return _coordinate(text, tokens, k + 1, is_case_name) in {
            Decision.NAME,
            Decision.WEAK_NAME,
        }
    if _is_capitalised(text[nxt.start : nxt.end]) or nxt.norm in PERSON_VERBS:
        return True
    return clause and nxt.norm not in month_words()["after_clause_month"]


def _month_reading(
    text: str, tokens: list[Token], i: int, at_start: bool, is_case_name: Callable[[str], bool]
) -> Decision | None:
    """The month when a time word comes before it or a time noun after it; None to go on."""
    if _month_noun_after(text, tokens, i):
        return Decision.WORD  # "May half-term", "the late May bank holiday"
    # "mid-May": a hyphen counts as a sentence start elsewhere, but not inside a word.
    hyphenated = i > 0 and text[tokens[i - 1].end : tokens[i].start] == "-"
    before = _time_before(text, tokens, i) if hyphenated or not at_start else None
    if before is None:
        return None
    if before == "person-in":
        return Decision.WEAK_NAME  # "a change in May": the month or the person
    clause = tokens[i - 1].norm in month_words()["clause_openers"]
    if _person_after_month(text, tokens, i, clause, is_case_name):
        return Decision.WEAK_NAME  # "since May moved in", "in May said"
    return Decision.WORD


def _is_past_tense(text: str, tok: Token) -> bool:
    """A regular past-tense verb ("mentioned", "looked"): its subject acts, as a person does."""
    raw = text[tok.start : tok.end]
    return raw.islower() and len(raw) >= 5 and raw.endswith("ed") and not raw.endswith("eed")


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
    k = _skip_adverbs(text, tokens, modal + 1)
    if (
        k < len(tokens)
        and tokens[k].norm == "be"
        and _gap(text, tokens, k - 1) == ""
        and _thing_predicate(text, tokens, k)
    ):
        return Decision.WORD
    return Decision.WEAK_NAME


def _count_follows(text: str, tokens: list[Token], k: int) -> bool:
    """Number k starts a count ("3 of 6 sessions"), not a day ("May 3")."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].norm == "of"
        and tokens[k + 2].norm.isdigit()
        and _gap(text, tokens, k) == ""
    )


def _is_clock_time(text: str, tok: Token) -> bool:
    """The minutes of a time ("14:20"): "14:20 May collected by ..." is no date."""
    return bool(re.search(r"\d{1,2}[:.]\d{2}$", text[max(0, tok.start - 3) : tok.end]))


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
        or _is_past_tense(text, tok)
        or _is_participle(text, tok)
    )


def _is_participle(text: str, tok: Token) -> bool:
    """A present participle ("arriving", "crying"): its subject acts, as a person does."""
    raw = text[tok.start : tok.end]
    return raw.islower() and len(raw) >= 5 and raw.endswith("ing") and raw not in ING_NOUNS


def _finite_verb(text: str, tokens: list[Token], k: int) -> bool:
    """Token k, joined to the one before by a space, is a finite verb: an auxiliary or
    modal ("were", "had", "will") or a simple past ("lined", "led")."""
    if k >= len(tokens) or _gap(text, tokens, k - 1) != "":
        return False
    raw = text[tokens[k].start : tokens[k].end]
    return raw.islower() and (raw in FINITE_AUXILIARIES or raw in MODALS or is_past_tense(raw))


def _common_noun(text: str, tok: Token) -> bool:
    """A lower-case word that can be a noun, cannot be an adverb ("today"), and is not a
    person, a relation or something a record puts after a child's name with the apostrophe
    left out ("Grace mum rang", "Mark attendance was 71 %")."""
    raw = text[tok.start : tok.end]
    if not raw.islower() or raw in PERSON_VERBS:
        return False
    words = predicate_words()
    if raw in words["person_nouns"] or raw in words["person_owned_nouns"]:
        return False
    if raw in words["function_words"]:
        return False
    classes = word_classes(raw)
    return "NOUN" in classes and "ADV" not in classes


def _modifier(text: str, tok: Token) -> bool:
    """A lower-case adjective that is no adverb: "Ruby red marks", "Faith based support"."""
    raw = text[tok.start : tok.end]
    classes = word_classes(raw)
    if raw in predicate_words()["function_words"]:
        return False
    return raw.islower() and "ADJ" in classes and "ADV" not in classes


SUBJECT_PREPOSITIONS = frozenset({"for", "in", "at", "about", "from", "with", "among"})


def _subject_of_thing_predicate(text: str, tokens: list[Token], k: int) -> bool:
    """ "Hope for the future was expressed": a prepositional phrase of a few words, nothing
    but spaces between them, and then was/is with a predicate no person takes (the same
    reading as "Hope was expressed"). The phrase belongs to the word-name's noun phrase."""
    if k >= len(tokens) or tokens[k].norm not in SUBJECT_PREPOSITIONS:
        return False
    for j in range(k + 1, min(k + 7, len(tokens))):
        if _gap(text, tokens, j - 1) not in {"", "-"}:
            return False
        if tokens[j].norm in AUXILIARIES or tokens[j].norm == "were":
            return _thing_predicate(text, tokens, j)
        if tokens[j].norm in PERSON_VERBS or _is_capitalised(text[tokens[j].start : tokens[j].end]):
            return False
    return False


def _heading_compound(text: str, tokens: list[Token], k: int) -> bool:
    """In a heading in capitals, the compound-noun reading of the words in lower case:
    "BILL PAYMENTS MISSED" reads as "bill payments missed" does ("HOPE SEEN ALONE" does
    not: "seen" is no noun)."""
    lowered = text.lower()
    if len(lowered) != len(text) or k >= len(tokens):
        return False
    if not text[tokens[k].start : tokens[k].end].isupper():
        return False
    return _noun_phrase_subject(lowered, tokens, k)


def _question_or_instruction(text: str, tok: Token, nxt: Token) -> bool:
    """ "Will the mother ...?" / "May I ..." (a modal asking), "Mark any new injury" (a verb
    instructing): the word-name is the verb, and the next word its subject or object."""
    written = text[nxt.start : nxt.end]
    if not written.islower() and written != "I":
        return False
    if tok.norm in MODALS:
        return nxt.norm in QUESTION_SUBJECTS
    return "VERB" in word_classes(tok.norm) and nxt.norm in IMPERATIVE_OBJECTS


def _plural_noun_only(word: str) -> bool:
    """A plural that can only be a noun ("periods", "envelopes"; not "keeps", "chains")."""
    return word_classes(word) == {"NOUN"} and word.endswith("s") and not word.endswith("ss")


def _noun_phrase_subject(text: str, tokens: list[Token], k: int) -> bool:
    """The sentence-start word-name modifies a noun that is the subject of the verb after
    it: "Rose petals were found", "Ruby red marks were seen", "Holly bushes lined the path",
    "Hill walking was suggested". A name followed by a common noun and a finite verb is no
    English ("Rose tends to ...", "Hope quiet and watchful" have no such shape).
    """
    if k >= len(tokens):
        return False
    if _is_participle(text, tokens[k]):
        # A gerund subject ("Hill walking was suggested"); "being", "having" are the
        # person's own auxiliaries ("Grace being looked after").
        return tokens[k].norm not in {"being", "having"} and _finite_verb(text, tokens, k + 1)
    if _common_noun(text, tokens[k]) and _plural_noun_only(tokens[k].norm):
        return True  # "Grace periods for rent arrears", "Brown envelopes from the council"
    for j in range(k, min(k + 3, len(tokens))):
        if j > k and _gap(text, tokens, j - 1) not in {"", "-"}:
            return False
        if not _common_noun(text, tokens[j]) and not (j < k + 2 and _modifier(text, tokens[j])):
            return False
        if _common_noun(text, tokens[j]) and _finite_verb(text, tokens, j + 1):
            return True
    return False


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
    # A word in the previous sentence governs nothing here ("... very little. Daisy is").
    prev_close = prev is not None and len(gap_before) <= 1 and gap_before not in {".", "!", "?"}
    next_close = nxt is not None and len(text[tokens[last].end : nxt.start].strip()) <= 1
    if raw.isupper() and len(raw) > 1 and tok.norm in allowed_capitalised():
        return Decision.WORD  # an acronym such as "ED" or "MAY" in a form heading
    if prev is not None and prev.norm in TITLES and _after_title(text[prev.end : tok.start], prev):
        return Decision.NAME
    possessive = bool(_POSSESSIVE.match(text, tokens[last].end))
    if neighbour_is_name or (possessive and _is_capitalised(raw)):
        return Decision.NAME
    if not _is_capitalised(raw):
        return Decision.WORD
    if _HYPHEN_COMPOUND.match(text, tokens[last].end):
        return Decision.WORD  # one word with what follows: "Mark-making", "Jack-knifed"
    gap_after = text[tokens[last].end : nxt.start].strip() if nxt is not None else ""
    if tok.norm in month_words()["months"] and (
        (
            prev is not None
            and gap_before in DATE_JOINERS
            and _DAY_OR_YEAR.fullmatch(prev.norm)
            and not _is_clock_time(text, prev)
        )
        or (
            nxt is not None
            and gap_after in DATE_JOINERS
            and _DAY_OR_YEAR.fullmatch(nxt.norm)
            and (gap_after != "," or len(nxt.norm) == 4)  # "May, 2016"; not "May, 15, was"
            and not _count_follows(text, tokens, last + 1)
        )
    ):
        return Decision.WORD
    if tok.norm in SEASONS and nxt is not None and next_close and _YEAR.fullmatch(nxt.norm):
        return Decision.WORD  # "Summer 2021 saw three moves"
    if nxt is not None and next_close and nxt.norm in GROUP_NOUNS:
        return Decision.NAME  # "the Marsh family", "the Hope household"
    if prev is not None and prev_close and prev.norm in DETERMINERS:
        return Decision.WORD
    if raw.isupper() and len(raw) > 1:
        if _heading_compound(text, tokens, last + 1):
            return Decision.WORD  # "BILL PAYMENTS MISSED", "GRACE PERIOD EXPIRED"
        return Decision.WEAK_NAME  # a heading in capitals: no case signal at all
    if (
        text[tok.start - 1 : tok.start] == "("
        and text[tokens[last].end : tokens[last].end + 1] == ")"
    ):
        return Decision.NAME  # "Child seen (Grace)"
    at_start = is_sentence_start(text, tok.start, lines_are_items=lines_are_items)
    if first == last and tok.norm in month_words()["months"]:
        month = _month_reading(text, tokens, first, at_start, is_case_name)
        if month is not None:
            return month  # "in May", "May half-term"; "since May moved in" is weak
    if not at_start:
        return Decision.NAME
    if nxt is not None and next_close and nxt.norm in AUXILIARIES:
        if _gap(text, tokens, last) == "" and _thing_predicate(text, tokens, last + 1):
            return Decision.WORD  # "Hope was expressed", "May was a difficult month"
        return Decision.WEAK_NAME  # "Hope was seen", or a predicate that cannot tell
    if nxt is not None and next_close and nxt.norm in PERSON_VERBS:
        return Decision.NAME
    if nxt is not None and _gap(text, tokens, last) == "":
        if nxt.norm == "of" or _noun_phrase_subject(text, tokens, last + 1):
            return Decision.WORD  # "Rose petals were found", "Dean of students at ..."
        if _subject_of_thing_predicate(text, tokens, last + 1):
            return Decision.WORD  # "Hope for the future was expressed"
        if _question_or_instruction(text, tok, nxt):
            return Decision.WORD  # "Will this plan keep her safe?", "Mark any new injury"
        modal = _modal_reading(text, tokens, last + 1)
        if modal is not None:
            return modal
        if _acts_as_a_person(text, nxt):
            return Decision.WEAK_NAME  # "Grace mentioned", "Grace arriving", "Grace asleep"
    coordinate = None
    if nxt is not None and next_close and nxt.norm == "and":
        coordinate = _coordinate(text, tokens, last + 2, is_case_name)
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
