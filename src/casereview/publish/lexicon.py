"""What kind of English word this is: noun, verb, adjective, adverb, past tense.

The context rule (context.py) reads the words after a name that is also a word ("Rose petals
were found" against "Rose tends to minimise"). Which word classes a word can belong to comes
from lemminflect's English lexicon (Jascob; built from the Specialist Lexicon and the
Automatically Generated Inflection Database), which ships inside the wheel: nothing is
downloaded. Closed-class words (of, the, from) have no entry and come back empty.
"""

from __future__ import annotations

from functools import cache, lru_cache

from lemminflect import getAllInflections, getAllLemmas

from casereview.publish.wordlists import common_words, known_given_names, known_surnames

__all__ = ["is_known_word", "is_past_tense", "word_classes"]


@cache
def word_classes(word: str) -> frozenset[str]:
    """The universal POS tags the word can have ("petals" -> {NOUN}; "keeps" -> {NOUN, VERB})."""
    return frozenset(getAllLemmas(word.lower()))


@cache
def is_past_tense(word: str) -> bool:
    """The word is the simple past of some verb ("lined", "led", "rang", "lay")."""
    low = word.lower()
    return any(
        low in getAllInflections(lemma, upos="VERB").get("VBD", ())
        for lemma in getAllLemmas(low, upos="VERB").get("VERB", ())
    )


@lru_cache(maxsize=65536)
def is_known_word(norm: str) -> bool:
    """An English word in any inflection, or a known given or family name (folded form)."""
    return (
        norm in common_words()
        or norm in known_given_names()
        or norm in known_surnames()
        or bool(word_classes(norm))
    )
