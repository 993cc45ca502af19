"""Pairwise precision, recall and F1 of clusters against true entities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def pairwise_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, float]:
    """P/R/F1 of the record pairs put in one cluster, against pairs of one true entity.

    Counting uses the contingency table of (cluster, entity), so 1M records are cheap.
    """
    joint: Counter[tuple[str, str]] = Counter()
    for record, cluster in predicted.items():
        joint[(cluster, truth[record])] += 1
    by_cluster: Counter[str] = Counter(predicted.values())
    by_entity: Counter[str] = Counter(truth[r] for r in predicted)

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    tp = sum(pairs(n) for n in joint.values())
    predicted_pairs = sum(pairs(n) for n in by_cluster.values())
    true_pairs = sum(pairs(n) for n in by_entity.values())
    precision = tp / predicted_pairs if predicted_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": float(true_pairs),
        "predicted_pairs": float(predicted_pairs),
        "true_positive_pairs": float(tp),
    }
