"""The labelled chronology sentences meet the quality targets of issue 4.

Targets: concept precision >= 0.90, recall >= 0.95, context-label accuracy >= 0.93, on the
development split and on the held-out split (bench/notes/README.md).
"""

from __future__ import annotations

import pytest
from labelled_eval import evaluate  # type: ignore[import-not-found]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_labelled_split_meets_targets(split: str) -> None:
    items, score = evaluate(split)
    assert len(items) >= 100
    assert score.precision() >= 0.90, score.errors
    assert score.recall() >= 0.95, score.errors
    assert score.context_accuracy() >= 0.93, score.errors


def test_labelled_set_has_at_least_300_sentences() -> None:
    assert sum(len(evaluate(split)[0]) for split in ("dev", "heldout")) >= 300
