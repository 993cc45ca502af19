"""Negation on the public NegEx test set (Chapman et al.), as a regression check.

For each sentence, the target condition is located in the sentence (first case-insensitive
occurrence) and judged by the casereview ConText modifier rules (`context_of_spans`), with no
rule written for this data set. Gold "Negated" is the positive class; "Affirmed" and
"Possible" are not negated. Sentences whose condition does not occur verbatim are counted
and skipped.

Usage: PYTHONPATH=src python bench/notes/evaluate_negex.py [--show-errors]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from casereview.indicators.notes import NoteAnalyser

DATA = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "benchmarks"
    / "negex"
    / ("rsAnnotations-1-120-random.txt")
)


def find_data() -> Path:
    for candidate in (
        DATA,
        Path("/work/shared/benchmarks/negex/rsAnnotations-1-120-random.txt"),
        Path(__file__).resolve().parents[2]
        / ".."
        / "shared"
        / "benchmarks"
        / "negex"
        / "rsAnnotations-1-120-random.txt",
    ):
        if candidate.exists():
            return candidate
    raise SystemExit("NegEx test set not found: expected ../shared/benchmarks/negex/")


def main() -> None:
    show = "--show-errors" in sys.argv
    analyser = NoteAnalyser()
    tp = fp = fn = tn = skipped = 0
    errors: list[dict[str, str]] = []
    with find_data().open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    for row in rows[1:]:
        if len(row) < 4:
            continue
        condition, sentence, gold = row[1].strip(), row[2], row[3].strip().lower()
        start = sentence.lower().find(condition.lower())
        if not condition or start < 0:
            skipped += 1
            continue
        mention = analyser.context_of_spans(sentence, [(start, start + len(condition))])[0]
        gold_negated = gold == "negated"
        if mention.negated and gold_negated:
            tp += 1
        elif mention.negated:
            fp += 1
            errors.append({"kind": "FP", "condition": condition, "sentence": sentence})
        elif gold_negated:
            fn += 1
            errors.append({"kind": "FN", "condition": condition, "sentence": sentence})
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "sentences": tp + fp + fn + tn,
        "skipped_condition_not_found": skipped,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round((tp + tn) / max(1, tp + fp + fn + tn), 4),
    }
    print(json.dumps(result, indent=2))
    if show:
        for error in errors:
            print(json.dumps(error))


if __name__ == "__main__":
    main()
