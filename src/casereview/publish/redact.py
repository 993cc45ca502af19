"""Redaction of free text: event descriptions, findings, the reviewer's narrative.

Order matters. First the review's own identity data (every form of every name, dates of
birth, NHS and phone numbers, postcodes, e-mails, addresses, places), replaced by the
glossary label ("Child A", "the primary school"), because the review knows who the family
are. Then Presidio patterns for what the review does not list ("[postcode]", "[phone
number]"). Then the capitalised words that remain are listed for a person to check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from casereview.publish import mojibake
from casereview.publish.finder import find_identifiers
from casereview.publish.flagging import (
    KEPT_CASE_WORD,
    FlaggedWord,
    flag_words,
    with_next_words,
)
from casereview.publish.identity import IdentityList
from casereview.publish.kept import KeptPhrases
from casereview.publish.patterns import PatternDetector, PatternHit, pattern_detector
from casereview.publish.tokens import is_sentence_start

__all__ = ["RedactionResult", "Redactor", "Replacement"]


@dataclass(frozen=True)
class Replacement:
    """One replaced span of the original text. `key` names the identifier or pattern type."""

    start: int
    end: int
    label: str
    source: str  # "identity" or "pattern"
    key: str


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text, what was replaced, and the words a person should check."""

    text: str
    replacements: tuple[Replacement, ...]
    flagged: tuple[FlaggedWord, ...]
    unsure: tuple[Replacement, ...] = ()


#: Presidio's anonymizer applies the replacements; each gets its own entity type so that two
#: adjacent replacements with different labels are never merged.
_ANONYMIZER = AnonymizerEngine()  # type: ignore[no-untyped-call]


def _label_at(text: str, start: int, end: int, label: str) -> str:
    """The label as it stands in the sentence: "The family home" at a sentence start, and a
    space on a side where the name ran into a letter or digit ("andKayleighat" -> "and
    Child A at", "May2" -> "Sibling 3 2", never "Sibling 32")."""
    if label.startswith("the ") and is_sentence_start(text, start):
        label = "The" + label[3:]
    if start > 0 and _word_char(text[start - 1]) and _word_char(label[:1]):
        label = " " + label
    if (
        end < len(text)
        and _word_char(text[end])
        and _word_char(label[-1:])
        and not mojibake.starts_at(text, end)
    ):
        label = label + " "
    return label


def _word_char(c: str) -> bool:
    return c.isalpha() or c.isdecimal()  # not a footnote's superscript ("Kayleigh¹")


class Redactor:
    """Redacts texts against one review's identity list (build once, use for every text)."""

    def __init__(
        self,
        identities: IdentityList,
        *,
        patterns: PatternDetector | None = None,
        use_patterns: bool = True,
        extra_allowed: Iterable[str] = (),
        kept_phrases: Iterable[str] = (),
    ) -> None:
        self.identities = identities
        self._kept = KeptPhrases.of(kept_phrases)
        self._patterns = (patterns or pattern_detector()) if use_patterns else None
        allowed = set(extra_allowed)
        for label in identities.glossary.labels:
            allowed.update(w.strip("[]'’s") for w in label.split())
        self._allowed = frozenset(w for w in allowed if w)

    def redact(self, text: str) -> RedactionResult:
        """Redact one text."""
        pattern_hits = self._patterns.find(text) if self._patterns else []
        return self._apply(text, pattern_hits)

    def redact_many(self, texts: Sequence[str]) -> list[RedactionResult]:
        """Redact many texts (chronology rows): one Presidio pass over all of them."""
        if self._patterns is not None:
            pattern_hits = self._patterns.find_many(texts)
        else:
            pattern_hits = [[] for _ in texts]
        return [self._apply(text, hits) for text, hits in zip(texts, pattern_hits, strict=True)]

    def _apply(self, text: str, pattern_hits: list[PatternHit]) -> RedactionResult:
        # Mojibake is read back once, with every offset unchanged ("ZoÃ«" is Zoë), for the
        # finder and the flagged words alike; the output keeps the text as it came.
        repaired = mojibake.repair(text)
        hits = find_identifiers(repaired, self.identities, kept=self._kept)
        chosen: list[Replacement] = []
        unsure: list[Replacement] = []
        weak = [h for h in hits if h.weak]
        for hit in hits:
            rep = Replacement(
                hit.start, hit.end, hit.identifier.label, "identity", hit.identifier.key
            )
            (chosen if hit.certain else unsure).append(rep)
        taken = sorted((r.start, r.end) for r in chosen)
        for ph in sorted(pattern_hits, key=lambda p: (p.start, -(p.end - p.start))):
            if _overlaps(taken, ph.start, ph.end):
                continue
            chosen.append(Replacement(ph.start, ph.end, ph.label, "pattern", ph.entity))
            taken.append((ph.start, ph.end))
            taken.sort()
        chosen.sort(key=lambda r: r.start)
        redacted = (
            text
            if not chosen
            else _ANONYMIZER.anonymize(
                text,
                [AnonymizerResult(f"R{i}", r.start, r.end, 1.0) for i, r in enumerate(chosen)],
                {
                    f"R{i}": OperatorConfig(
                        "replace", {"new_value": _label_at(text, r.start, r.end, r.label)}
                    )
                    for i, r in enumerate(chosen)
                },
            ).text
        )
        flagged = [
            f
            for f in flag_words(
                repaired,
                taken,
                self._allowed,
                case_words=self.identities.word_names,
                already=frozenset(r.start for r in unsure),
            )
            if f.reason != KEPT_CASE_WORD or not self._kept.covers(repaired, f.start)
        ]
        for rep in unsure:
            flagged.append(
                FlaggedWord(text[rep.start : rep.end], "possible name of the case", rep.start)
            )
        for hit in weak:
            flagged.append(
                FlaggedWord(
                    with_next_words(text, hit.start, hit.end),
                    "redacted as a name: check it is not an ordinary word",
                    hit.start,
                )
            )
        flagged.sort(key=lambda f: f.start)
        return RedactionResult(redacted, tuple(chosen), tuple(flagged), tuple(unsure))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
