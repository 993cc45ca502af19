"""Score the note analysis against the labelled chronology sentences.

Used by `evaluate_labelled.py` (the benchmark) and by tests/unit/notes (the targets).
Scoring unit: per sentence, the distinct (concept, negated, historical, hypothetical,
experiencer) tuples, so that "dirty clothes and hungry" counts once as affirmed neglect
whether an annotator or the rules see one mention or two. Mobility concepts carry their value
("mobility:not_mobile"). See README.md for the labelling guide.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from casereview.indicators.notes import NoteAnalysis, analyse_notes

DATA = Path(__file__).parent / "data"
SPLITS = {
    "dev": DATA / "labelled_dev.yaml",
    "heldout": DATA / "labelled_heldout.yaml",
    "fresh": DATA / "labelled_fresh.yaml",
}
REGIONS = frozenset(
    {
        "torso",
        "ear",
        "neck",
        "frenulum",
        "angle_of_jaw",
        "cheek",
        "eyelid",
        "sclera",
        "face",
        "head",
        "arm",
        "hand",
        "leg",
        "foot",
    }
)
CONTEXT_LABELS = ("negated", "historical", "hypothetical", "experiencer")
_DEFAULT_PARENT = {"domestic_abuse", "substance_misuse", "mental_ill_health"}


@dataclass(frozen=True)
class Label:
    """One labelled (or predicted) mention, collapsed to what is scored."""

    concept: str
    negated: bool
    historical: bool
    hypothetical: bool
    experiencer: str
    regions: frozenset[str] = field(default=frozenset(), compare=False)

    def context(self) -> tuple[bool, bool, bool, str]:
        return (self.negated, self.historical, self.hypothetical, self.experiencer)


@dataclass(frozen=True)
class Item:
    source: str
    text: str
    labels: tuple[Label, ...]


def parse_label(raw: str) -> Label:
    """Parse "CONCEPT [neg] [hist] [hyp] [exp=PERSON] [sites=R1,R2] [mob=VALUE]"."""
    words = raw.split()
    concept = words[0]
    flags = {"neg": False, "hist": False, "hyp": False}
    experiencer = "parent" if concept in _DEFAULT_PARENT else "child"
    regions: frozenset[str] = frozenset()
    for word in words[1:]:
        if word in flags:
            flags[word] = True
        elif word.startswith("exp="):
            experiencer = word[4:]
        elif word.startswith("sites="):
            regions = frozenset(word[6:].split(","))
        elif word.startswith("mob="):
            concept = f"{concept}:{word[4:]}"
        else:
            raise ValueError(f"unknown label word {word!r} in {raw!r}")
    return Label(concept, flags["neg"], flags["hist"], flags["hyp"], experiencer, regions)


def _rejoin(expect: Sequence[str]) -> list[str]:
    """Undo YAML's split of "sites=a,b" inside a flow list ([bruise sites=ear,neck])."""
    labels: list[str] = []
    for part in expect:
        part = str(part).strip()
        if labels and part in REGIONS and "sites=" in labels[-1]:
            labels[-1] += "," + part
        else:
            labels.append(part)
    return labels


def load_items(path: Path) -> list[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Item(
            str(entry["source"]),
            str(entry["text"]),
            tuple(parse_label(x) for x in _rejoin(entry["expect"])),
        )
        for entry in raw
    ]


def predicted_labels(analysis: NoteAnalysis) -> tuple[Label, ...]:
    return tuple(
        Label(
            m.concept if m.value is None else f"{m.concept}:{m.value}",
            m.negated,
            m.historical,
            m.hypothetical,
            m.experiencer,
            m.regions(),
        )
        for m in analysis.mentions
    )


def _collapse(labels: Iterable[Label]) -> list[Label]:
    merged: dict[Label, frozenset[str]] = {}
    for label in labels:
        merged[label] = merged.get(label, frozenset()) | label.regions
    return [
        Label(k.concept, k.negated, k.historical, k.hypothetical, k.experiencer, regions)
        for k, regions in merged.items()
    ]


def _agreement(a: Label, b: Label) -> int:
    return sum(x == y for x, y in zip(a.context(), b.context(), strict=True))


def _pair(gold: Sequence[Label], pred: Sequence[Label]) -> list[tuple[Label, Label]]:
    """Pair gold and predicted labels of one concept, maximising context agreement."""
    if len(gold) <= len(pred):
        best = max(
            itertools.permutations(pred, len(gold)),
            key=lambda perm: sum(_agreement(g, p) for g, p in zip(gold, perm, strict=True)),
        )
        return list(zip(gold, best, strict=True))
    best_g = max(
        itertools.permutations(gold, len(pred)),
        key=lambda perm: sum(_agreement(g, p) for g, p in zip(perm, pred, strict=True)),
    )
    return list(zip(best_g, pred, strict=True))


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    context_confusion: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {name: Counter() for name in CONTEXT_LABELS}
    )
    pairs: int = 0
    pairs_all_correct: int = 0
    label_decisions: int = 0
    label_correct: int = 0
    site_pairs: int = 0
    site_correct: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def precision(self) -> float:
        tp, fp = sum(self.tp.values()), sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self) -> float:
        tp, fn = sum(self.tp.values()), sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0

    def context_accuracy(self) -> float:
        """Share of context label decisions (4 per paired mention) that are right."""
        return self.label_correct / self.label_decisions if self.label_decisions else 1.0

    def strict_context_accuracy(self) -> float:
        """Share of paired mentions whose four context labels are all right."""
        return self.pairs_all_correct / self.pairs if self.pairs else 1.0

    def per_label_accuracy(self) -> dict[str, float]:
        return {
            name: (
                sum(n for (g, p), n in counts.items() if g == p) / sum(counts.values())
                if counts
                else 1.0
            )
            for name, counts in self.context_confusion.items()
        }

    def site_accuracy(self) -> float:
        return self.site_correct / self.site_pairs if self.site_pairs else 1.0


def score(items: Sequence[Item], analyses: Sequence[NoteAnalysis]) -> Score:
    result = Score()
    for item, analysis in zip(items, analyses, strict=True):
        gold = _collapse(item.labels)
        pred = _collapse(predicted_labels(analysis))
        unmatched_gold: list[str] = []
        unmatched_pred: list[str] = []
        for concept in sorted(
            {label.concept for label in gold} | {label.concept for label in pred}
        ):
            g = [label for label in gold if label.concept == concept]
            p = [label for label in pred if label.concept == concept]
            pairs = _pair(g, p) if g and p else []
            result.tp[concept] += len(pairs)
            result.fp[concept] += len(p) - len(pairs)
            result.fn[concept] += len(g) - len(pairs)
            unmatched_gold += [concept] * (len(g) - len(pairs))
            unmatched_pred += [concept] * (len(p) - len(pairs))
            for gold_label, pred_label in pairs:
                result.confusion[(concept, concept)] += 1
                result.pairs += 1
                right = [
                    x == y for x, y in zip(gold_label.context(), pred_label.context(), strict=True)
                ]
                result.label_decisions += len(right)
                result.label_correct += sum(right)
                result.pairs_all_correct += all(right)
                for name, g_value, p_value in zip(
                    CONTEXT_LABELS, gold_label.context(), pred_label.context(), strict=True
                ):
                    result.context_confusion[name][(str(g_value), str(p_value))] += 1
                if gold_label.regions or pred_label.regions:
                    result.site_pairs += 1
                    result.site_correct += gold_label.regions == pred_label.regions
                if not all(right) or gold_label.regions != pred_label.regions:
                    result.errors.append(
                        {
                            "text": item.text,
                            "kind": "context",
                            "gold": _show(gold_label),
                            "pred": _show(pred_label),
                        }
                    )
        for g_concept, p_concept in itertools.zip_longest(unmatched_gold, unmatched_pred):
            result.confusion[(g_concept or "(none)", p_concept or "(none)")] += 1
        if unmatched_gold or unmatched_pred:
            result.errors.append(
                {
                    "text": item.text,
                    "kind": "concept",
                    "missed": unmatched_gold,
                    "spurious": unmatched_pred,
                }
            )
    return result


def _show(label: Label) -> str:
    flags = [n for n, v in zip(("neg", "hist", "hyp"), label.context()[:3], strict=True) if v]
    sites = ",".join(sorted(label.regions))
    return " ".join(
        [label.concept, *flags, f"exp={label.experiencer}"] + ([f"sites={sites}"] if sites else [])
    )


def evaluate(split: str) -> tuple[list[Item], Score]:
    items = load_items(SPLITS[split])
    analyses = list(analyse_notes(item.text for item in items))
    return items, score(items, analyses)
