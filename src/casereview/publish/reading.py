"""The words the context rule reads around a name that is also a word, and small readers
of tokens shared by its parts (context.py, evidence.py, month_reading.py).

`Decision` is what the rule concludes for one occurrence. The word sets here are closed
classes of English (titles, determiners, auxiliaries, modals) and the verbs that make their
subject a person; the longer lists a reviewer may want to change are data
(data/predicates.txt, data/months.txt).
"""

from __future__ import annotations

from enum import Enum

from casereview.publish.tokens import Token
from casereview.publish.wordlists import common_words, word_names

__all__ = [
    "AUXILIARIES",
    "DETERMINERS",
    "FINITE_AUXILIARIES",
    "MODALS",
    "PERSON_VERBS",
    "PHRASE_BREAKS",
    "PHRASE_DETERMINERS",
    "TITLES",
    "Decision",
    "between",
    "is_ambiguous",
    "is_capitalised",
    "is_participle",
    "looks_past_tense",
    "skip_adverbs",
    "spaces_only",
]


class Decision(Enum):
    NAME = "name"
    WEAK_NAME = "weak name"  # redacted, and listed for a person to check
    WORD = "word"
    UNSURE = "unsure"


TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "master", "baby", "aunty", "auntie"})
# Titles that are nouns too: "Baby Banks" is a person, "Baby banks supplied a cot" a thing.
NOUN_TITLES = frozenset({"baby", "master"})
# Ranks and titles of the armed forces, clergy and police: a capitalised word-name after
# one is a name ("Cpl Frank", "Revd Grace", "DS Mark"); a small one is not ("the Sgt will
# call", "the pastor may visit"), since these are written as nouns too.
RANK_TITLES = frozenset(
    {"cpl", "lcpl", "pte", "spr", "gnr", "sgt", "ssgt", "lt", "capt", "maj", "rfn", "tpr"}
    | {"cfn", "bdr", "rev", "revd", "fr", "pastor", "imam", "rabbi", "padre", "prof"}
    | {"pc", "dc", "ds", "dci", "dcs", "insp", "supt", "cllr", "councillor"}
)


DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "some", "any", "no", "every", "each"}
    | {"much", "more", "less", "little", "great", "his", "her", "their", "our", "my"}
    | {"your", "its", "such", "real", "false", "new", "good", "bad", "big", "small"}
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


def is_ambiguous(token: str) -> bool:
    """True when a name token is also an ordinary English word."""
    return token in word_names() or token in common_words()


def is_capitalised(raw: str) -> bool:
    return raw[:1].isupper()


def between(text: str, tokens: list[Token], i: int) -> str:
    """What stands between token i and the next one, spaces removed."""
    return text[tokens[i].end : tokens[i + 1].start].strip()


def skip_adverbs(text: str, tokens: list[Token], k: int) -> int:
    while (
        k < len(tokens)
        and tokens[k].norm in PREDICATE_ADVERBS
        and between(text, tokens, k - 1) == ""
    ):
        k += 1
    return k


def spaces_only(text: str, tokens: list[Token], k: int) -> bool:
    """Only spaces or a hyphen between token k and the next one ("step-father")."""
    return between(text, tokens, k) in {"", "-"}


def is_participle(text: str, tok: Token) -> bool:
    """A present participle ("arriving", "crying"): its subject acts, as a person does."""
    raw = text[tok.start : tok.end]
    return raw.islower() and len(raw) >= 5 and raw.endswith("ing") and raw not in ING_NOUNS


def looks_past_tense(text: str, tok: Token) -> bool:
    """A regular past-tense verb ("mentioned", "looked"): its subject acts, as a person does."""
    raw = text[tok.start : tok.end]
    return raw.islower() and len(raw) >= 5 and raw.endswith("ed") and not raw.endswith("eed")
