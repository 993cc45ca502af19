"""Note-concept quality on the labelled chronology sentences (dev and held-out splits).

Prints, per split: concept precision / recall (micro), per-concept counts, context-label
accuracy (per label, micro over label decisions, and strict per mention), body-region
accuracy, the concept confusion table and the context confusion tables, as Markdown.
With --errors, also every disagreement as JSON lines.

Usage: PYTHONPATH=src python bench/notes/evaluate_labelled.py [dev|heldout|all] [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from labelled_eval import CONTEXT_LABELS, SPLITS, Score, evaluate


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _confusion(counts: Counter[tuple[str, str]]) -> str:
    gold = sorted({g for g, _ in counts})
    pred = sorted({p for _, p in counts})
    rows = [[g] + [str(counts.get((g, p), "")) for p in pred] for g in gold]
    return _table(["gold \\ predicted", *pred], rows)


def report(split: str, n: int, score: Score) -> str:
    parts = [f"### {split} ({n} sentences)", ""]
    parts.append(
        _table(
            ["measure", "value", "target"],
            [
                ["concept precision", f"{score.precision():.3f}", ">= 0.90"],
                ["concept recall", f"{score.recall():.3f}", ">= 0.95"],
                [
                    "context accuracy (label decisions)",
                    f"{score.context_accuracy():.3f}",
                    ">= 0.93",
                ],
                [
                    "context accuracy (all 4 labels right)",
                    f"{score.strict_context_accuracy():.3f}",
                    "",
                ],
                *[
                    [f"  {name} accuracy", f"{value:.3f}", ""]
                    for name, value in score.per_label_accuracy().items()
                ],
                ["body-region sets exactly right", f"{score.site_accuracy():.3f}", ""],
            ],
        )
    )
    concepts = sorted(set(score.tp) | set(score.fp) | set(score.fn))
    parts += ["", "Per concept:", ""]
    parts.append(
        _table(
            ["concept", "tp", "fp", "fn"],
            [[c, str(score.tp[c]), str(score.fp[c]), str(score.fn[c])] for c in concepts],
        )
    )
    off_diagonal = Counter({k: v for k, v in score.confusion.items() if k[0] != k[1]})
    parts += ["", "Concept confusion (errors only; diagonal = the tp column above):", ""]
    parts.append(_confusion(off_diagonal) if off_diagonal else "(none)")
    for name in CONTEXT_LABELS:
        parts += ["", f"Context confusion, {name} (paired mentions):", ""]
        parts.append(_confusion(score.context_confusion[name]))
    return "\n".join(parts)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split_names = list(SPLITS) if not args or args[0] == "all" else [args[0]]
    for split in split_names:
        items, score = evaluate(split)
        print(report(split, len(items), score))
        print()
        if "--errors" in sys.argv:
            for error in score.errors:
                print(json.dumps(error))


if __name__ == "__main__":
    main()
