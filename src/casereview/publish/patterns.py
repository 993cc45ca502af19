"""Pattern detection of identifiers the review does not list, with Presidio.

The identity list catches what the review knows; patterns catch the rest: any NHS number
(checksum-valid), UK postcode, UK phone number, e-mail address, a date given as a date of
birth, a street address, a named school, nursery, surgery or hospital. Presidio runs with a
blank spaCy English pipeline (tokeniser only) so that nothing is ever downloaded; the UK
recognisers it lacks are added here as pattern recognisers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    NhsRecognizer,
    PhoneRecognizer,
    UkPostcodeRecognizer,
)

from casereview.publish.dates import find_dates
from casereview.publish.wordlists import predicate_words

__all__ = ["PatternDetector", "PatternHit", "pattern_detector"]

LABELS = {
    "UK_NHS": "[NHS number]",
    "UK_POSTCODE": "[postcode]",
    "PHONE_NUMBER": "[phone number]",
    "EMAIL_ADDRESS": "[e-mail address]",
    "DATE_OF_BIRTH": "[date of birth]",
    "STREET_ADDRESS": "[address]",
    "UK_STREET": "[street]",
}

_CASE_SENSITIVE = re.DOTALL | re.MULTILINE
_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|Court|Gardens|Place|"
    r"Terrace|Grove|Walk|Mews|Row|Square|Rise|View|Parade|Hill|Green|Park|Estate)"
)
_CAP = r"[A-Z][a-zA-Z'’\-]+"
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "its",
        "no",
        "any",
        "every",
        "one",
        "same",
        "each",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "by",
        "with",
        "and",
        "or",
        "but",
        "primary",
        "secondary",
        "infant",
        "junior",
        "high",
        "special",
        "local",
        "church",
        "health",
        "medical",
        "children's",
        "childrens",
        "day",
        "community",
        "general",
    ]
)
_PLACE_SUFFIX = (
    r"(?:Primary School|Primary Academy|Infant School|Infants School|Junior School|"
    r"High School|Secondary School|Academy|Day Nursery|Nursery|Pre-?[Ss]chool|"
    r"Children's Centre|Childrens Centre|Medical Centre|Health Centre|Surgery|"
    r"Medical Practice|Hospital|School|College)"
)


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine on `spacy.blank("en")`: tokens only, no model download."""

    def load(self) -> None:
        self.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokens only: no lemmas or keywords (only the disabled context enhancer reads them,
        and computing them was a fifth of the redaction time of a long report)."""
        doc = self.nlp[language](text)  # type: ignore[index]
        return NlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[],
            nlp_engine=self,
            language=language,
        )


class _NoContextEnhancer(ContextAwareEnhancer):
    """Scores are not used (every match is replaced), and Presidio's lemma enhancer is
    quadratic in the text length: a 300-page report took minutes. Skip it."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class _NotAllGenericRecognizer(PatternRecognizer):
    """A capitalised-words pattern that needs at least one distinctive (non-generic) word."""

    def validate_result(self, pattern_text: str) -> bool | None:
        words = re.findall(r"[A-Za-z'’]+", pattern_text)
        return bool(words) and words[0].lower() not in _NOT_NAMES


# Kinds of school or hospital, not names of one: "the Virtual School" (every council's, for
# children in care), "Forest School", "Sunday School", "a Grammar School", "Summer School".
_PLACE_KINDS = frozenset(
    [
        "virtual",
        "forest",
        "sunday",
        "summer",
        "grammar",
        "free",
        "boarding",
        "independent",
        "residential",
        "mainstream",
        "maternity",
        "dental",
        "nursing",
        "approved",  # an approved school: what the old files call a reform school
    ]
)
_PLACE_GENERIC = (
    frozenset(re.findall(r"[a-z']+", _PLACE_SUFFIX.lower())) | _NOT_NAMES | _PLACE_KINDS
)


class _StreetRecognizer(_NotAllGenericRecognizer):
    """A street named without a number: not a court or a park of some kind ("the Family
    Court", "the Juvenile Court"). A name before the kind keeps it a place to redact
    ("Sandybay Holiday Park", and "Leeds Crown Court" with it)."""

    def validate_result(self, pattern_text: str) -> bool | None:
        words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", pattern_text)]
        things = predicate_words()["thing_before_court_or_park"]
        if len(words) > 1 and all(w in things for w in words[:-1]):
            return False
        return super().validate_result(pattern_text)


class _PlaceRecognizer(_NotAllGenericRecognizer):
    """A named school, nursery, surgery or hospital: one word at least must be a name."""

    def validate_result(self, pattern_text: str) -> bool | None:
        words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", pattern_text)]
        return (
            bool(words)
            and words[0] not in _NOT_NAMES
            and any(w not in _PLACE_GENERIC for w in words)
        )


class _EmailRecognizer(PatternRecognizer):
    """E-mail addresses; Presidio's own validates domains with tldextract, which goes online."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="EmailOffline",
            patterns=[Pattern("email", r"\b[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+\b", 0.9)],
        )


class _DateOfBirthRecognizer(LocalRecognizer):
    """A date written next to "DOB", "date of birth" or "born": that date is a birth date."""

    _CUE = re.compile(
        r"(?:\bd\.?o\.?b\b\.?|date\s+of\s+birth|\bborn(?:\s+on)?|\bbirthday)[\s:\-(]*",
        re.IGNORECASE,
    )

    def __init__(self) -> None:
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name="DateOfBirthCue")

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        cue_ends = [m.end() for m in self._CUE.finditer(text)]
        if not cue_ends:
            return []
        for found in find_dates(text):
            if any(0 <= found.start - end <= 3 for end in cue_ends):
                results.append(RecognizerResult("DATE_OF_BIRTH", found.start, found.end, 0.9))
        return results


def _recognisers() -> list[EntityRecognizer]:
    return [
        NhsRecognizer(),
        UkPostcodeRecognizer(),
        PhoneRecognizer(supported_regions=("GB",), leniency=1),
        _EmailRecognizer(),
        PatternRecognizer(
            supported_entity="PHONE_NUMBER",
            name="UkPhoneLayout",
            patterns=[
                Pattern(
                    "UK number layout",
                    r"(?<![\d\w])(?:\+44[ \-]?(?:\(0\)[ \-]?)?|\(?0)[1-9]\d{1,3}\)?(?:[ \-]?\d){6,8}(?!\d)",  # noqa: E501
                    0.6,
                )
            ],
        ),
        _DateOfBirthRecognizer(),
        _NotAllGenericRecognizer(
            supported_entity="STREET_ADDRESS",
            name="UkStreetAddress",
            patterns=[
                Pattern(
                    "number and street",
                    rf"\b(?:Flat\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}{_STREET}\b",
                    0.8,
                )
            ],
            global_regex_flags=_CASE_SENSITIVE,
        ),
        _StreetRecognizer(
            supported_entity="UK_STREET",
            name="UkStreetName",
            patterns=[Pattern("street name", rf"\b(?:{_CAP}\s+){{1,2}}{_STREET}\b", 0.6)],
            global_regex_flags=_CASE_SENSITIVE,
        ),
        _PlaceRecognizer(
            supported_entity="UK_PLACE",
            name="UkNamedPlace",
            patterns=[Pattern("named place", rf"\b(?:{_CAP}\s+){{1,4}}{_PLACE_SUFFIX}\b", 0.7)],
            global_regex_flags=_CASE_SENSITIVE,
        ),
    ]


def place_label(text: str) -> str:
    low = text.lower()
    if "nursery" in low or ("pre" in low and "school" in low):
        return "[nursery]"
    if any(w in low for w in ("surgery", "medical", "health centre", "practice")):
        return "[GP practice]"
    if "hospital" in low:
        return "[hospital]"
    if "children" in low and "centre" in low:
        return "[children's centre]"
    return "[school]"


@dataclass(frozen=True)
class PatternHit:
    """A pattern match: span, Presidio entity type and the replacement label."""

    start: int
    end: int
    entity: str
    label: str


class PatternDetector:
    """Presidio analyzer over the UK recognisers, built once and reused."""

    def __init__(self) -> None:
        engine = BlankSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
        engine.load()
        registry = RecognizerRegistry(recognizers=_recognisers(), supported_languages=["en"])
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=engine,
            supported_languages=["en"],
            context_aware_enhancer=_NoContextEnhancer(),
        )

    def find(self, text: str) -> list[PatternHit]:
        """Pattern matches in `text`, strongest first where they overlap."""
        if not text.strip():
            return []
        results = self._analyzer.analyze(text=text, language="en", score_threshold=0.0)
        hits = []
        for r in sorted(results, key=lambda r: (r.start, -(r.end - r.start), -r.score)):
            label = (
                place_label(text[r.start : r.end])
                if r.entity_type == "UK_PLACE"
                else LABELS.get(r.entity_type, "[redacted]")
            )
            hits.append(PatternHit(r.start, r.end, r.entity_type, label))
        return hits

    def find_many(self, texts: Sequence[str]) -> list[list[PatternHit]]:
        """Pattern matches for many short texts in one analyzer pass (joined, then split)."""
        sep = "\n\n\u2063\n\n"
        out: list[list[PatternHit]] = [[] for _ in texts]
        batch: list[int] = []
        size = 0

        def flush() -> None:
            nonlocal batch, size
            if not batch:
                return
            offsets = []
            pos = 0
            for idx in batch:
                offsets.append(pos)
                pos += len(texts[idx]) + len(sep)
            joined = sep.join(texts[idx] for idx in batch)
            for hit in self.find(joined):
                k = _locate(offsets, hit.start)
                base = offsets[k]
                if hit.end - base <= len(texts[batch[k]]):
                    out[batch[k]].append(
                        PatternHit(hit.start - base, hit.end - base, hit.entity, hit.label)
                    )
            batch, size = [], 0

        for i, text in enumerate(texts):
            batch.append(i)
            size += len(text)
            if size > 50_000:
                flush()
        flush()
        return out


def _locate(offsets: list[int], position: int) -> int:
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if offsets[mid] <= position:
            lo = mid
        else:
            hi = mid - 1
    return lo


@cache
def pattern_detector() -> PatternDetector:
    """The shared detector (building Presidio's analyzer takes about a second)."""
    return PatternDetector()
