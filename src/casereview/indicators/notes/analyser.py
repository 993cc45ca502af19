"""Find safeguarding concepts and their context in chronology notes, with spaCy rules.

Why rules and not a trained model: a reviewer must be able to see why a note was read as "a
bruise on the ear of a baby who is not mobile", and the answer must be the same next year.
A blank spaCy English pipeline (tokenizer only, nothing downloaded) feeds phrase and token
matchers built from the rule data files; the ConText algorithm (context.py) then decides
negation, history, hypotheticals and whom each mention is about.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from casereview.indicators.notes.context import (
    Person,
    Target,
    Terminator,
    Trigger,
    apply_context,
    nearest_person,
)
from casereview.indicators.notes.mentions import (
    BodySite,
    ConceptMention,
    ModifierTrigger,
    NoteAnalysis,
)
from casereview.indicators.notes.rules import ConceptRule, NoteRules, load_note_rules

__all__ = ["NoteAnalyser", "analyse_note", "analyse_notes", "default_analyser"]

#: A body site is attached to the nearest injury mention of its sentence, if that mention is
#: at most this many tokens away ("bruise noted today on the left side of the neck").
_MAX_SITE_DISTANCE = 12
#: Prepositions that tie a body site to the injury named before it ("bruise on the cheek").
_PREPOSITIONS = frozenset(
    {
        "on",
        "to",
        "over",
        "around",
        "behind",
        "across",
        "of",
        "at",
        "under",
        "below",
        "above",
        "near",
        "along",
        "in",
        "between",
        "beneath",
        "inside",
        "onto",
        "upon",
        "within",
    }
)
_PREPOSITION_LOOKBACK = 4
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_DASHES = frozenset({"-", "–", "—"})

_CONCEPT, _CONCEPT_PSEUDO, _SITE, _SITE_PSEUDO = "C", "CP", "S", "SP"
_MODIFIER, _CONTEXT_PSEUDO, _TERMINATOR, _PERSON = "M", "MP", "T", "P"
_FORCED = "F"
_TARGET_RULE = ConceptRule(
    id="target",
    label="Given span",
    kind="injury",
    experiencer_source="triggers",
    experiencer_default="child",
    implies=(),
    phrases=(),
    patterns=(),
    values=(),
)


@dataclass(frozen=True, slots=True)
class _Key:
    """What a matcher key means: a bucket and an index or value within it."""

    bucket: str
    index: int = -1
    value: str | None = None


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    key: _Key


def _longest_first(matches: Iterable[_Match]) -> list[_Match]:
    """Keep the longest of overlapping matches (then the earliest); same-span matches all stay.

    Why: "bruise-like birthmark" must beat "bruise", and "no history of" must beat
    "history of"; but one span may carry two rules (a trigger in both directions).
    """
    spans: dict[tuple[int, int], list[_Match]] = {}
    for match in matches:
        spans.setdefault((match.start, match.end), []).append(match)
    taken: set[int] = set()
    kept: list[_Match] = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if any(token in taken for token in range(start, end)):
            continue
        taken.update(range(start, end))
        kept.extend(spans[(start, end)])
    kept.sort(key=lambda match: (match.start, match.end))
    return kept


class NoteAnalyser:
    """Analyses note texts with one set of note rules.

    Build one and reuse it: building compiles every phrase of the rules (tens of ms).
    """

    def __init__(self, rules: NoteRules | None = None) -> None:
        self.rules = rules if rules is not None else load_note_rules()
        self._nlp = spacy.blank("en")
        self._phrases = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._matcher = Matcher(self._nlp.vocab)
        self._keys: dict[int, _Key] = {}
        self._triggers = tuple(
            (
                rule.category,
                rule.value,
                rule.direction,
                rule.max_scope,
                rule.max_targets,
                rule.kinds,
            )
            for rule in self.rules.modifiers
        )
        self._regions = {region.id: region for region in self.rules.regions}
        self._compile()

    # ---- building the matchers ----------------------------------------------------------

    def _add(
        self,
        key: _Key,
        phrases: Sequence[str],
        patterns: Sequence[Sequence[dict[str, object]]] = (),
    ) -> None:
        name = f"{key.bucket}|{key.index}|{key.value or ''}"
        self._keys[self._nlp.vocab.strings.add(name)] = key
        if phrases:
            self._phrases.add(name, [self._nlp.make_doc(phrase) for phrase in phrases])
        if patterns:
            self._matcher.add(name, [list(pattern) for pattern in patterns])

    def _compile(self) -> None:
        rules = self.rules
        for index, concept in enumerate(rules.concepts):
            self._add(_Key(_CONCEPT, index), concept.phrases, concept.patterns)
            for value, phrases in concept.values:
                self._add(_Key(_CONCEPT, index, value), phrases)
        self._add(_Key(_CONCEPT_PSEUDO), rules.concept_pseudo)
        for index, site in enumerate(rules.sites):
            self._add(_Key(_SITE, index), site.phrases)
        self._add(_Key(_SITE_PSEUDO), rules.site_pseudo)
        for index, modifier in enumerate(rules.modifiers):
            self._add(_Key(_MODIFIER, index), modifier.phrases, modifier.patterns)
        self._add(_Key(_CONTEXT_PSEUDO), rules.context_pseudo, rules.context_pseudo_patterns)
        for category, phrases in rules.terminators:
            self._add(_Key(_TERMINATOR, value=category), phrases)
        for value, phrases in rules.persons:
            self._add(_Key(_PERSON, value=value), phrases)

    # ---- public API -----------------------------------------------------------------------

    def analyse(self, text: str) -> NoteAnalysis:
        """Analyse one note text."""
        normalised, offsets = _normalise_spaces(_check_text(text))
        return _remap(self._analyse_doc(self._nlp.make_doc(normalised)), text, offsets)

    def analyse_many(
        self, texts: Iterable[str], *, batch_size: int = 512
    ) -> Iterator[NoteAnalysis]:
        """Analyse many note texts lazily, in order (spaCy's batched `pipe`)."""
        pending: deque[tuple[str, list[int] | None]] = deque()

        def normalised_texts() -> Iterator[str]:
            for text in texts:
                normalised, offsets = _normalise_spaces(_check_text(text))
                pending.append((text, offsets))
                yield normalised

        for doc in self._nlp.pipe(normalised_texts(), batch_size=batch_size):
            original, offsets = pending.popleft()
            yield _remap(self._analyse_doc(doc), original, offsets)

    # ---- analysis -------------------------------------------------------------------------

    def context_of_spans(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[ConceptMention, ...]:
        """ConText labels for given character spans of `text`, instead of found concepts.

        Why: to judge a phrase the concept lexicon does not know (a rule engine's own term,
        or the conditions of the NegEx test set) with the same modifier rules. Each span
        becomes a mention of concept "target" (kind "injury"); spans outside the text or
        not on token boundaries are widened to whole tokens.
        """
        normalised, offsets = _normalise_spaces(_check_text(text))
        doc = self._nlp.make_doc(normalised)
        forced: list[_Match] = []
        for start, end in spans:
            if offsets is not None:
                start = bisect_right(offsets, start) - 1
                end = bisect_right(offsets, end - 1)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                raise ValueError(
                    f"span ({start}, {end}) is not inside the text of length {len(text)}"
                )
            forced.append(_Match(span.start, span.end, _Key(_FORCED)))
        return _remap(self._analyse_doc(doc, forced), text, offsets).mentions

    def _concept_rule(self, match: _Match) -> ConceptRule:
        if match.key.bucket == _FORCED:
            return _TARGET_RULE
        return self.rules.concepts[match.key.index]

    def _analyse_doc(self, doc: Doc, forced: list[_Match] | None = None) -> NoteAnalysis:
        if len(doc) == 0:
            return NoteAnalysis(mentions=(), rules_version=self.rules.version)
        buckets: dict[str, list[_Match]] = {}
        raw = [*self._phrases(doc), *self._matcher(doc)]
        for match_id, start, end in raw:
            key = self._keys[match_id]
            buckets.setdefault(key.bucket, []).append(_Match(start, end, key))

        if forced is not None:
            concepts = sorted(forced, key=lambda match: (match.start, match.end))
        else:
            concepts = [
                match
                for match in _longest_first(
                    buckets.get(_CONCEPT, []) + buckets.get(_CONCEPT_PSEUDO, [])
                )
                if match.key.bucket == _CONCEPT
            ]
            concepts = _one_per_span(concepts)
        if not concepts:
            return NoteAnalysis(mentions=(), rules_version=self.rules.version)
        sites = [
            match
            for match in _longest_first(buckets.get(_SITE, []) + buckets.get(_SITE_PSEUDO, []))
            if match.key.bucket == _SITE
        ]
        inside_concept: set[int] = set()
        for match in concepts:
            inside_concept.update(range(match.start, match.end))
        modifiers = [
            match
            for match in _longest_first(
                buckets.get(_MODIFIER, []) + buckets.get(_CONTEXT_PSEUDO, [])
            )
            if match.key.bucket == _MODIFIER
            and not all(token in inside_concept for token in range(match.start, match.end))
        ]
        terminators = [
            Terminator(match.start, match.end, match.key.value or "all")
            for match in buckets.get(_TERMINATOR, [])
        ]
        sentences, dashes = _sentences_and_dashes(doc)
        terminators.extend(Terminator(i, i + 1, "all") for i in dashes)
        for category, kinds in self.rules.terminating_kinds:
            terminators.extend(
                Terminator(match.start, match.end, category)
                for match in concepts
                if self._concept_rule(match).kind in kinds
            )
        persons = [
            Person(match.start, match.end, match.key.value or "other")
            for match in _longest_first(buckets.get(_PERSON, []))
        ]

        mentions: list[ConceptMention] = []
        for sentence in sentences:
            mentions.extend(
                self._sentence_mentions(
                    doc,
                    sentence,
                    [m for m in concepts if sentence[0] <= m.start < sentence[1]],
                    [m for m in modifiers if sentence[0] <= m.start < sentence[1]],
                    [t for t in terminators if sentence[0] <= t.start < sentence[1]],
                    [p for p in persons if sentence[0] <= p.start < sentence[1]],
                    [s for s in sites if sentence[0] <= s.start < sentence[1]],
                )
            )
        return NoteAnalysis(mentions=tuple(mentions), rules_version=self.rules.version)

    def _sentence_mentions(
        self,
        doc: Doc,
        sentence: tuple[int, int],
        concepts: list[_Match],
        modifiers: list[_Match],
        terminators: list[Terminator],
        persons: list[Person],
        sites: list[_Match],
    ) -> list[ConceptMention]:
        if not concepts:
            return []
        targets = [Target(m.start, m.end, self._concept_rule(m).kind) for m in concepts]
        triggers = []
        for match in modifiers:
            category, value, direction, max_scope, max_targets, kinds = self._triggers[
                match.key.index
            ]
            triggers.append(
                Trigger(
                    match.start,
                    match.end,
                    category,
                    value,
                    direction,
                    max_scope,
                    max_targets,
                    kinds,
                )
            )
        results = apply_context(targets, triggers, terminators, persons, sentence)
        attached = self._attach_sites(doc, concepts, targets, sites, terminators)
        sentence_start = doc[sentence[0]].idx
        last = doc[sentence[1] - 1]
        sentence_end = last.idx + len(last.text)

        mentions: list[ConceptMention] = []
        for index, (match, target, result) in enumerate(
            zip(concepts, targets, results, strict=True)
        ):
            concept = self._concept_rule(match)
            modifiers_used: list[ModifierTrigger] = []
            for category, trigger_indices in (
                ("negated", result.negated),
                ("historical", result.historical),
                ("hypothetical", result.hypothetical),
            ):
                modifiers_used.extend(
                    _modifier(doc, category, None, triggers[i].start, triggers[i].end)
                    for i in trigger_indices
                )
            experiencer = concept.experiencer_default
            if concept.experiencer_source == "triggers" and result.experiencer is not None:
                trigger_index, experiencer = result.experiencer
                trigger = triggers[trigger_index]
                modifiers_used.append(
                    _modifier(doc, "experiencer", experiencer, trigger.start, trigger.end)
                )
            elif concept.experiencer_source == "persons":
                person = nearest_person(target, persons)
                if person is not None:
                    experiencer = person.value
                    modifiers_used.append(
                        _modifier(doc, "experiencer", experiencer, person.start, person.end)
                    )
            start_char = doc[match.start].idx
            end_token = doc[match.end - 1]
            end_char = end_token.idx + len(end_token.text)
            mentions.append(
                ConceptMention(
                    concept=concept.id,
                    kind=concept.kind,
                    start=start_char,
                    end=end_char,
                    text=doc[match.start : match.end].text,
                    sentence_start=sentence_start,
                    sentence_end=sentence_end,
                    implies=concept.implies,
                    value=match.key.value,
                    body_sites=attached[index],
                    negated=bool(result.negated),
                    historical=bool(result.historical),
                    hypothetical=bool(result.hypothetical),
                    experiencer=experiencer,
                    modifiers=tuple(sorted(modifiers_used, key=lambda m: (m.start, m.category))),
                )
            )
        return mentions

    def _attach_sites(
        self,
        doc: Doc,
        concepts: list[_Match],
        targets: list[Target],
        sites: list[_Match],
        terminators: list[Terminator],
    ) -> list[tuple[BodySite, ...]]:
        """Give each body site to the nearest injury mention of its clause.

        A site after a preposition ("bruise on the cheek") belongs to a mention before it; a
        site without one ("left cheek bruising", "scalp swelling") may belong to the mention
        after it. Sites never cross a terminator ("Abdomen soft; no bruising").
        """
        attached: list[list[BodySite]] = [[] for _ in targets]
        stops = [t.start for t in terminators if t.category == "all"]
        concept_tokens = {i for t in targets for i in range(t.start, t.end)}
        for site_match in sites:
            after_preposition = _after_preposition(doc, site_match.start, concept_tokens)
            best: int | None = None
            best_key: tuple[int, int] | None = None
            for index, target in enumerate(targets):
                if target.kind != "injury":
                    continue
                if target.start <= site_match.start and site_match.end <= target.end:
                    if not self._concept_rule(concepts[index]).inner_sites:
                        continue
                    key = (0, 0)
                elif target.end <= site_match.start:
                    key = (site_match.start - target.end, 0)
                    lo, hi = target.end, site_match.start
                elif site_match.end <= target.start and not after_preposition:
                    key = (target.start - site_match.end, 1)
                    lo, hi = site_match.end, target.start
                else:
                    continue
                if key[0] > _MAX_SITE_DISTANCE:
                    continue
                if key[0] > 0 and any(lo <= stop < hi for stop in stops):
                    continue
                if best_key is None or key < best_key:
                    best, best_key = index, key
            if best is None:
                continue
            site = self.rules.sites[site_match.key.index]
            start_char = doc[site_match.start].idx
            end_token = doc[site_match.end - 1]
            end_char = end_token.idx + len(end_token.text)
            for region_id in site.regions:
                attached[best].append(
                    BodySite(
                        site=site.id,
                        region=region_id,
                        ten4facesp=self._regions[region_id].ten4facesp,
                        start=start_char,
                        end=end_char,
                        text=doc[site_match.start : site_match.end].text,
                    )
                )
        return [tuple(sites_of_target) for sites_of_target in attached]


def _after_preposition(doc: Doc, start: int, concept_tokens: set[int]) -> bool:
    """True if a preposition comes shortly before token `start` ("on the left cheek")."""
    for i in range(start - 1, max(-1, start - 1 - _PREPOSITION_LOOKBACK), -1):
        token = doc[i]
        if i in concept_tokens or token.is_punct:
            return False
        if token.lower_ in _PREPOSITIONS:
            return True
    return False


def _one_per_span(matches: list[_Match]) -> list[_Match]:
    """Two concept rules matching the same words: keep the first declared (deterministic)."""
    seen: dict[tuple[int, int], _Match] = {}
    for match in matches:
        span = (match.start, match.end)
        current = seen.get(span)
        if current is None or (match.key.index, match.key.value or "") < (
            current.key.index,
            current.key.value or "",
        ):
            seen[span] = match
    return sorted(seen.values(), key=lambda match: match.start)


def _modifier(doc: Doc, category: str, value: str | None, start: int, end: int) -> ModifierTrigger:
    start_char = doc[start].idx
    end_token = doc[end - 1]
    end_char = end_token.idx + len(end_token.text)
    return ModifierTrigger(category, value, start_char, end_char, doc[start:end].text)


def _sentences_and_dashes(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentences as token ranges, and the positions of spaced dashes (" - "), in one pass.

    Sentences split after . ! ? and at line breaks. Why not spaCy's sentencizer: chronology
    notes are often one line per fact without a full stop, and a line break must end a
    ConText scope. A dash with spaces on both sides separates clauses like a semicolon.
    """
    sentences: list[tuple[int, int]] = []
    dashes: list[int] = []
    start = 0
    previous_space = False
    for token in doc:
        text = token.text
        if text in _SENTENCE_ENDS or (token.is_space and "\n" in text):
            sentences.append((start, token.i + 1))
            start = token.i + 1
        elif text in _DASHES and previous_space and token.whitespace_:
            dashes.append(token.i)
        previous_space = bool(token.whitespace_)
    if start < len(doc):
        sentences.append((start, len(doc)))
    return sentences, dashes


def _normalise_spaces(text: str) -> tuple[str, list[int] | None]:
    """Collapse runs of spaces and tabs to one space, keeping a map back to the original.

    Why: copied notes often carry double spaces, which would split "no  bruising" into
    three tokens and stop phrase matches. Offsets reported to callers stay those of the
    original text (see `_remap`).
    """
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text, None
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        is_space = char in " \t\u00a0"
        if is_space and previous_space:
            continue
        chars.append(" " if is_space else char)
        offsets.append(index)
        previous_space = is_space
    offsets.append(len(text))
    return "".join(chars), offsets


def _remap(analysis: NoteAnalysis, original: str, offsets: list[int] | None) -> NoteAnalysis:
    """Move character offsets from the normalised text back to the original text."""
    if offsets is None:
        return analysis

    def span(start: int, end: int) -> tuple[int, int]:
        return offsets[start], offsets[end - 1] + 1 if end > start else offsets[start]

    mentions = []
    for mention in analysis.mentions:
        start, end = span(mention.start, mention.end)
        sentence_start, sentence_end = span(mention.sentence_start, mention.sentence_end)
        sites = []
        for site in mention.body_sites:
            s_start, s_end = span(site.start, site.end)
            sites.append(replace(site, start=s_start, end=s_end, text=original[s_start:s_end]))
        modifiers = []
        for modifier in mention.modifiers:
            m_start, m_end = span(modifier.start, modifier.end)
            modifiers.append(
                replace(modifier, start=m_start, end=m_end, text=original[m_start:m_end])
            )
        mentions.append(
            replace(
                mention,
                start=start,
                end=end,
                text=original[start:end],
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                body_sites=tuple(sites),
                modifiers=tuple(modifiers),
            )
        )
    return replace(analysis, mentions=tuple(mentions))


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"note analysis needs text (str), got {type(text).__name__}; "
            "pass the event's description, or '' when it has none"
        )
    return text


@lru_cache(maxsize=1)
def default_analyser() -> NoteAnalyser:
    """The analyser with the built-in rules, built once per process."""
    return NoteAnalyser()


def analyse_note(text: str) -> NoteAnalysis:
    """Analyse one chronology note (an event's description) with the built-in rules."""
    return default_analyser().analyse(text)


def analyse_notes(texts: Iterable[str], *, batch_size: int = 512) -> Iterator[NoteAnalysis]:
    """Analyse many notes lazily and in order with the built-in rules (fast batch path)."""
    return default_analyser().analyse_many(texts, batch_size=batch_size)
