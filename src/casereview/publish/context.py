"""Does "Hope" here name a person of the case, or is it the ordinary word?

Names such as Hope, Grace, Mark, Rose, Will, May or Marsh are also English words. Redacting
every "hope" wrecks the report ("there is [name]"); keeping every "Hope" leaks the child.
The rule below reads the words around the match, as a careful human editor would:

* a title before it ("Ms Marsh"), a possessive after it ("Hope's"), or another name of the
  case beside it ("Hope Okafor") -> a name;
* written in lower case -> the ordinary word;
* a month beside a number ("22 May", "May 2016") -> the month;
* a determiner or possessive pronoun before it ("a mark", "her hope") -> the ordinary word;
* capitalised in mid-sentence -> a name;
* capitalised at the start of a sentence -> a name when a person-verb or an apposition
  follows ("Hope said", "Will attended", "Hope, aged four,"), otherwise unsure: kept, and
  listed for a person to check.

The rule is measured in bench/publish (ordinary words kept, names redacted).
"""

from __future__ import annotations

import re
from enum import Enum

from casereview.publish.tokens import Token, is_sentence_start
from casereview.publish.wordlists import allowed_capitalised, common_words, word_names

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
MONTHS = frozenset({"may", "june", "april", "august", "march"})
PERSON_VERBS = frozenset(
    {
        "absent",
        "admits",
        "admitted",
        "agreed",
        "agrees",
        "alleged",
        "alleges",
        "and",
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
_ENTRY_LABEL = re.compile(r"[ \t]*(?::|[-–—][ \t])")
_APPOSITION = re.compile(
    r"\s*(?:\(|,\s*(?:aged|age|who|then|now|born|whose|a|an|the|her|his)\b)", re.IGNORECASE
)
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


def decide(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    neighbour_is_name: bool,
    *,
    lines_are_items: bool = False,
) -> Decision:
    """Decide for the match spanning tokens[first..last] whose tokens are all ambiguous."""
    tok = tokens[first]
    raw = text[tok.start : tok.end]
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    prev_close = prev is not None and len(text[prev.end : tok.start].strip()) <= 1
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
    if tok.norm in MONTHS and (
        (prev is not None and prev_close and prev.norm[:1].isdigit())
        or (nxt is not None and next_close and nxt.norm[:1].isdigit())
    ):
        return Decision.WORD
    if nxt is not None and next_close and nxt.norm in GROUP_NOUNS:
        return Decision.NAME  # "the Marsh family", "the Hope household"
    if prev is not None and prev_close and prev.norm in DETERMINERS:
        return Decision.WORD
    if raw.isupper() and len(raw) > 1:
        return Decision.UNSURE  # a heading in capitals: no case signal at all
    if (
        text[tok.start - 1 : tok.start] == "("
        and text[tokens[last].end : tokens[last].end + 1] == ")"
    ):
        return Decision.NAME  # "Child seen (Grace)"
    if not is_sentence_start(text, tok.start, lines_are_items=lines_are_items):
        return Decision.NAME
    if nxt is not None and next_close and nxt.norm in AUXILIARIES:
        return Decision.WEAK_NAME  # "Hope was seen" or "Hope was expressed"
    if nxt is not None and next_close and nxt.norm in PERSON_VERBS:
        return Decision.NAME
    if _ENTRY_LABEL.match(text, tokens[last].end):
        return Decision.NAME  # a record entry about the person: "Grace: seen alone"
    if _APPOSITION.match(text, tokens[last].end):
        return Decision.NAME  # "Hope, aged four, ..." / "Hope (known as ...)"
    return Decision.UNSURE
