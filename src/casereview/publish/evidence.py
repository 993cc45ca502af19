"""Evidence from the words after a sentence-start name that is also a word.

At a sentence start the capital says nothing, so context.decide keeps the word only on
positive evidence of the ordinary word and otherwise redacts and lists it. The readings here
say what the following words show: a predicate no person takes ("Hope was expressed"), a
compound noun subject ("Rose petals were found"), a prepositional phrase before such a
predicate, a question or an instruction, and what "and" joins. The reasons and sources are
in context.py's docstring; word classes come from lexicon.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from casereview.publish.lexicon import is_past_tense, word_classes
from casereview.publish.reading import (
    AUXILIARIES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MODALS,
    PERSON_VERBS,
    PHRASE_BREAKS,
    PHRASE_DETERMINERS,
    TITLES,
    Decision,
    between,
    is_ambiguous,
    is_capitalised,
    is_participle,
    skip_adverbs,
    spaces_only,
)
from casereview.publish.tokens import Token
from casereview.publish.wordlists import predicate_words

__all__ = [
    "bare_common_word",
    "coordination",
    "heading_compound",
    "noun_phrase_subject",
    "question_or_instruction",
    "subject_of_thing_predicate",
    "thing_predicate",
]


SUBJECT_PREPOSITIONS = frozenset({"for", "in", "at", "about", "from", "with", "among"})


# After a sentence-start "Will"/"May", a subject: a question or a wish ("Will this plan keep
# her safe?", "May I remind ..."). After a name that is a verb, a quantifier or possessive
# opens its object: an instruction ("Mark any new injury", "Mark my words").
QUESTION_SUBJECTS = frozenset(
    {"the", "this", "that", "these", "those", "i", "you", "we", "they", "he", "she", "it"}
    | {"there", "a", "an", "all", "any", "anyone", "everyone"}
)


IMPERATIVE_OBJECTS = frozenset({"any", "all", "every", "each", "my", "your", "our"})
# "this"/"these" point at what is to hand, as an instruction does ("Mark this task
# complete"); "that woman" points away, at someone a speaker may be telling Mark about.
_NEAR_DEMONSTRATIVES = frozenset({"this", "these"})
# A clause's subject after "Hope" that is no person: "Hope you need to come home" speaks to
# Hope as readily as it wishes, so a person's pronoun gives no reading.
_CLAUSE_SUBJECTS = frozenset({"this", "that", "it"})
_POSSESSIVE_OBJECTS = frozenset({"my", "your", "our"})


def thing_predicate(text: str, tokens: list[Token], aux: int) -> bool:
    """True when what follows "Hope was/is/has/had" can be said of a thing but of no person.

    Read the predicate, not the word: "Hope was expressed", "Joy was evident", "May was a
    difficult month", "Hope is the key theme of the plan". A person cannot be expressed,
    evident, a month or a theme, so the word-name there is the ordinary word. Anything
    else ("Hope was seen", "Grace had a bruise", "Joy was missing") is left to the caller.
    """
    words = predicate_words()
    copula = tokens[aux].norm in {"was", "is", "were", "are", "be"}
    k = skip_adverbs(text, tokens, aux + 1)
    if (
        not copula
        and k < len(tokens)
        and tokens[k].norm == "been"
        and between(text, tokens, k - 1) == ""
    ):
        copula = True  # "May had been a difficult month": read as "was"
        k = skip_adverbs(text, tokens, k + 1)
    if k >= len(tokens) or between(text, tokens, k - 1) != "":
        return False
    word = tokens[k].norm
    if not copula:
        return word in words["thing_verbs"]  # "had expired"; "had closed" could be a person's act
    if word in words["thing_predicates"]:
        return True
    return word in PHRASE_DETERMINERS and thing_noun_phrase(text, tokens, k + 1)


def thing_noun_phrase(text: str, tokens: list[Token], k: int) -> bool:
    """A noun phrase whose head is a stretch of time or an idea: "a difficult month for"."""
    words = predicate_words()
    heads = words["time_nouns"] | words["idea_nouns"]
    modifiers = 0
    while k < len(tokens) and modifiers < 3:
        if between(text, tokens, k - 1) not in {"", "-"}:
            return False
        tok = tokens[k]
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].norm == "s"
            and between(text, tokens, k) in {"'", "’"}
        ):
            k += 2  # a possessor ("the child's favourite colour") is not the head
            continue
        if tok.norm in heads:
            return ends_phrase(text, tokens, k)
        if tok.norm in PHRASE_BREAKS:
            return False
        modifiers += 1
        k += 1
    return False


def ends_phrase(text: str, tokens: list[Token], k: int) -> bool:
    """The head noun ends the predicate: "a hard month." / "month for" / not "a week old"."""
    if k + 1 >= len(tokens):
        return True
    gap = between(text, tokens, k)
    if gap:
        return gap[:1] in {".", ",", ";", "!", "?"}
    follower = tokens[k + 1].norm
    if follower == "of" and k + 2 < len(tokens) and tokens[k + 2].norm == "age":
        return False  # "a week of age" is a person's age
    return follower in predicate_words()["head_followers"]


def bare_common_word(text: str, tok: Token) -> bool:
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


def coordination(
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
        is_capitalised(text[tok.start : tok.end])
        or (is_case_name(tok.norm) and not is_ambiguous(tok.norm))
        or tok.norm in TITLES
        or tok.norm in words["coordination_pronouns"]
    ):
        return Decision.NAME
    j = k + 1 if tok.norm in words["person_noun_openers"] or tok.norm.isdigit() else k

    def word_at(j: int) -> str:
        joined = j < len(tokens) and (j == k or spaces_only(text, tokens, j - 1))
        return tokens[j].norm if joined else ""

    if word_at(j) in words["person_noun_modifiers"]:
        j += 1
    if word_at(j) in words["person_nouns"]:
        return Decision.NAME
    if tok.norm in {"her", "his", "their"}:
        return Decision.WEAK_NAME
    if bare_common_word(text, tok):
        return Decision.WORD  # "Frank and honest conversations", "Holly and tinsel"
    return None


def is_finite_verb(text: str, tokens: list[Token], k: int) -> bool:
    """Token k, joined to the one before by a space, is a finite verb: an auxiliary or
    modal ("were", "had", "will") or a simple past ("lined", "led")."""
    if k >= len(tokens) or between(text, tokens, k - 1) != "":
        return False
    raw = text[tokens[k].start : tokens[k].end]
    return raw.islower() and (raw in FINITE_AUXILIARIES or raw in MODALS or is_past_tense(raw))


def is_common_noun(text: str, tok: Token) -> bool:
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


def is_modifier(text: str, tok: Token) -> bool:
    """A lower-case adjective that is no adverb: "Ruby red marks", "Faith based support"."""
    raw = text[tok.start : tok.end]
    classes = word_classes(raw)
    if raw in predicate_words()["function_words"]:
        return False
    return raw.islower() and "ADJ" in classes and "ADV" not in classes


def plural_noun_only(word: str) -> bool:
    """A plural that can only be a noun ("periods", "envelopes"; not "keeps", "chains")."""
    return word_classes(word) == {"NOUN"} and word.endswith("s") and not word.endswith("ss")


def noun_phrase_subject(text: str, tokens: list[Token], k: int) -> bool:
    """The sentence-start word-name modifies a noun that is the subject of the verb after
    it: "Rose petals were found", "Ruby red marks were seen", "Holly bushes lined the path",
    "Hill walking was suggested". A name followed by a common noun and a finite verb is no
    English ("Rose tends to ...", "Hope quiet and watchful" have no such shape).
    """
    if k >= len(tokens):
        return False
    if is_participle(text, tokens[k]):
        # A gerund subject ("Hill walking was suggested"); "being", "having" are the
        # person's own auxiliaries ("Grace being looked after").
        return tokens[k].norm not in {"being", "having"} and is_finite_verb(text, tokens, k + 1)
    if is_common_noun(text, tokens[k]) and plural_noun_only(tokens[k].norm):
        return True  # "Grace periods for rent arrears", "Brown envelopes from the council"
    for j in range(k, min(k + 3, len(tokens))):
        if j > k and between(text, tokens, j - 1) not in {"", "-"}:
            return False
        if not is_common_noun(text, tokens[j]) and not (j < k + 2 and is_modifier(text, tokens[j])):
            return False
        if is_common_noun(text, tokens[j]) and is_finite_verb(text, tokens, j + 1):
            return True
    return False


def subject_of_thing_predicate(text: str, tokens: list[Token], k: int) -> bool:
    """ "Hope for the future was expressed": a prepositional phrase of a few words, nothing
    but spaces between them, and then was/is with a predicate no person takes (the same
    reading as "Hope was expressed"). The phrase belongs to the word-name's noun phrase."""
    if k >= len(tokens) or tokens[k].norm not in SUBJECT_PREPOSITIONS:
        return False
    for j in range(k + 1, min(k + 7, len(tokens))):
        if between(text, tokens, j - 1) not in {"", "-"}:
            return False
        if tokens[j].norm in AUXILIARIES or tokens[j].norm == "were":
            return thing_predicate(text, tokens, j)
        if tokens[j].norm in PERSON_VERBS or is_capitalised(text[tokens[j].start : tokens[j].end]):
            return False
    return False


def heading_compound(text: str, tokens: list[Token], k: int) -> bool:
    """In a heading in capitals, the compound-noun reading of the words in lower case:
    "BILL PAYMENTS MISSED" reads as "bill payments missed" does ("HOPE SEEN ALONE" does
    not: "seen" is no noun)."""
    lowered = text.lower()
    if len(lowered) != len(text) or k >= len(tokens):
        return False
    if not text[tokens[k].start : tokens[k].end].isupper():
        return False
    return noun_phrase_subject(lowered, tokens, k)


# "May the elder, the younger not seen": a name with an epithet after it, set off by a
# comma or ending the clause, as "Pliny the Elder" is; not "May the eldest attend?".
_EPITHETS = frozenset({"elder", "eldest", "younger", "youngest", "older"})
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:.)]|\r?\n|$)")


def _epithet(text: str, nxt: Token, after: Token | None) -> bool:
    return (
        nxt.norm == "the"
        and after is not None
        and after.norm in _EPITHETS
        and bool(_CLAUSE_END.match(text, after.end))
    )


def question_or_instruction(text: str, tok: Token, nxt: Token, after: Token | None) -> bool:
    """ "Will the mother ...?" / "May I ..." (a modal asking), "Mark any new injury" (a verb
    instructing): the word-name is the verb, and the next word its subject or object. Not
    when the possessive opens a term of endearment (`after`): "Mark my darlin', come home"
    speaks to the person."""
    written = text[nxt.start : nxt.end]
    if not written.islower() and written != "I":
        return False
    if tok.norm in MODALS:
        return nxt.norm in QUESTION_SUBJECTS and not _epithet(text, nxt, after)
    if after is not None and after.norm in predicate_words()["endearments"]:
        possessed = text[after.end : after.end + 2] in {"'s", "’s"}
        if not possessed and nxt.norm in _POSSESSIVE_OBJECTS:
            return False
    if "VERB" not in word_classes(tok.norm):
        return False
    if nxt.norm in _NEAR_DEMONSTRATIVES or nxt.norm in _CLAUSE_SUBJECTS:
        return after is not None and _object_or_clause(text, tok, nxt, after)
    return nxt.norm in IMPERATIVE_OBJECTS


def _object_or_clause(text: str, verb: Token, nxt: Token, after: Token) -> bool:
    """After a verb that takes a clause, the clause's subject and verb, its own subject
    left out ("Hope this helps", "Hope it goes well": I hope ...). After any verb-name,
    "this"/"these" and a thing it acts on, not a stretch of time ("Mark this task
    complete", "Mark these files as read"; not "Mark this morning was quiet"), nor a verb
    ("Mark this hurts", said to Mark); not after "that"/"those" ("Mark that woman hit me")."""
    if not text[after.start : after.end].islower():
        return False
    words = predicate_words()
    classes = word_classes(after.norm)
    if (
        verb.norm in words["clause_verbs"]
        and nxt.norm in _CLAUSE_SUBJECTS
        and "VERB" in classes
        and after.norm not in FINITE_AUXILIARIES | MODALS  # "Hope this is ...": either
    ):
        return True
    if nxt.norm not in _NEAR_DEMONSTRATIVES:
        return False  # "Mark that woman hit me" speaks to Mark as readily
    if nxt.norm == "this" and "VERB" in classes and after.norm.endswith("s"):
        return False
    return "NOUN" in classes and after.norm not in words["instruction_time_words"]
