"""Run indicator rules over a child's merged chronology and explain every finding.

Decision support: a finding names the rule, the evidence events (agency + event reference),
the words in the notes that triggered it, a sentence saying why, and the guidance it cites.
No scores. The same events and the same rule and note-rule versions give the same findings
(sorted deterministically).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from casereview.errors import ConfigurationError
from casereview.indicators.facts import IndicatorEvent
from casereview.indicators.notes import ConceptMention
from casereview.indicators.rulebook import Rule, RuleSet, load_rules

__all__ = ["CHECKS", "Draft", "Evidence", "Finding", "TriggerWords", "register_check", "run_rules"]


@dataclass(frozen=True)
class TriggerWords:
    """Words of an evidence note that triggered a finding (character offsets in its text)."""

    concept: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """One evidence event of a finding."""

    event_id: int
    agency: str
    agency_type: str
    event_ref: str
    day: date
    date_text: str
    words: tuple[TriggerWords, ...] = ()
    note: str = ""

    def key(self) -> str:
        return f"{self.agency}:{self.event_ref}"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dictionary (stored with the finding)."""
        return {
            "event_id": self.event_id,
            "agency": self.agency,
            "agency_type": self.agency_type,
            "event_ref": self.event_ref,
            "day": self.day.isoformat(),
            "date_text": self.date_text,
            "note": self.note,
            "words": [
                {"concept": w.concept, "text": w.text, "start": w.start, "end": w.end}
                for w in self.words
            ],
        }

    def highlighted(self) -> list[tuple[str, str | None]]:
        """The note cut into (text, label) pieces; label is the concept or modifier of
        trigger words, None for plain text. For a UI or an HTML export."""
        pieces: list[tuple[str, str | None]] = []
        position = 0
        for word in self.words:
            if word.start < position:
                continue
            pieces.append((self.note[position : word.start], None))
            pieces.append((self.note[word.start : word.end], word.concept))
            position = word.end
        pieces.append((self.note[position:], None))
        return [piece for piece in pieces if piece[0]]


@dataclass(frozen=True)
class Finding:
    """A rule's hit on specific evidence, with the sentence that explains it."""

    rule_id: str
    title: str
    severity: str
    person_id: str
    evidence: tuple[Evidence, ...]
    explanation: str
    reference: str
    rules_version: str
    notes_version: str

    def evidence_text(self) -> str:
        """Evidence as `agency:event_ref` items separated by `;` (the CSV notation)."""
        return ";".join(item.key() for item in self.evidence)


@dataclass(frozen=True)
class Draft:
    """What a check returns: the evidence events, the words that matter, and why."""

    events: tuple[IndicatorEvent, ...]
    why: str
    mentions: tuple[tuple[IndicatorEvent, ConceptMention], ...] = field(default=())


Check = Callable[[Rule, Sequence[IndicatorEvent]], list[Draft]]
#: Named checks that rule files refer to (`check:`). Built-ins are registered by checks.py.
CHECKS: dict[str, Check] = {}


def register_check(name: str) -> Callable[[Check], Check]:
    """Decorator: make a check function available to rule files under `name`."""

    def register(function: Check) -> Check:
        CHECKS[name] = function
        return function

    return register


def _evidence(draft: Draft) -> tuple[Evidence, ...]:
    words: dict[int, list[TriggerWords]] = {}
    for event, mention in draft.mentions:
        words.setdefault(event.event_id, []).append(
            TriggerWords(mention.concept, mention.text, mention.start, mention.end)
        )
        for modifier in mention.modifiers:
            words[event.event_id].append(
                TriggerWords(modifier.category, modifier.text, modifier.start, modifier.end)
            )
    return tuple(
        Evidence(
            event.event_id,
            event.agency,
            event.agency_type,
            event.event_ref,
            event.day,
            event.date_text,
            tuple(sorted(set(words.get(event.event_id, [])), key=lambda w: (w.start, w.end))),
            event.note_text,
        )
        for event in sorted(draft.events, key=lambda e: (e.day, e.agency, e.event_ref))
    )


def run_rules(
    events: Iterable[IndicatorEvent],
    *,
    person_id: str,
    rules: RuleSet | None = None,
    only: Sequence[str] = (),
) -> list[Finding]:
    """Every finding of every rule (or of the rules in `only`) over one child's events."""
    from casereview.indicators import checks  # noqa: F401  (registers the built-in checks)

    ruleset = rules if rules is not None else load_rules()
    ordered = sorted(events, key=lambda e: (e.day, e.agency, e.event_ref, e.event_id))
    notes_version = ordered[0].notes.rules_version if ordered else ""
    findings: list[Finding] = []
    for rule in ruleset.rules:
        if only and rule.id not in only:
            continue
        check = CHECKS.get(rule.check)
        if check is None:
            raise ConfigurationError(
                f"{rule.file}: check {rule.check!r} is not known; known checks: "
                f"{', '.join(sorted(CHECKS))}"
            )
        drafts: list[Draft] = check(rule, ordered)
        for draft in drafts:
            anchor = min(event.day for event in draft.events)
            if not rule.applies_on(anchor):
                continue
            findings.append(_finding(rule, draft, person_id, ruleset.version, notes_version))
    findings.sort(key=lambda f: (f.evidence[0].day, f.rule_id, f.evidence_text()))
    return findings


def _finding(
    rule: Rule, draft: Draft, person_id: str, rules_version: str, notes_version: str
) -> Finding:
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        severity=rule.severity,
        person_id=person_id,
        evidence=_evidence(draft),
        explanation=draft.why,
        reference=rule.reference(),
        rules_version=rules_version,
        notes_version=notes_version,
    )
