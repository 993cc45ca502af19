"""Benchmark of the statutory clock: how long the board's weekly `status` view takes to compute
the deadlines of many reviews, and the one-off cost of loading the timescales file.

Run: PYTHONPATH=src python bench/review/bench_clock.py [--reviews N] [--repeats R]
Synthetic facts only (no personal data): random review types, awareness dates 2014-2025,
histories advanced a random number of stages, a third with a publication-holding trial.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from casereview.review.clock import ReviewFacts, compute_deadlines
from casereview.review.proceedings import Proceeding, ProceedingKind
from casereview.review.stages import TRANSITIONS, ReviewType, Stage, StageChange
from casereview.review.timescales import load_timescales


def synthetic_reviews(count: int, seed: int = 5) -> list[ReviewFacts]:
    rng = random.Random(seed)
    reviews: list[ReviewFacts] = []
    for _ in range(count):
        aware = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(0, 12 * 365))
        if aware < dt.date(2018, 6, 29):
            review_type = ReviewType.SCR
        else:
            review_type = rng.choice([ReviewType.RAPID, ReviewType.LCSPR])
        table = TRANSITIONS[review_type]
        stage, day = Stage.AWARE, aware
        history: list[StageChange] = []
        for _ in range(rng.randrange(0, 12)):
            options = [s for s in table[stage] if s is not Stage.CLOSED] or list(table[stage])
            if not options:
                break
            stage = rng.choice(options)
            day += dt.timedelta(days=rng.randrange(1, 30))
            history.append(StageChange(stage, day))
        proceedings: tuple[Proceeding, ...] = ()
        if rng.random() < 0.33:
            start = aware + dt.timedelta(days=rng.randrange(30, 200))
            end = start + dt.timedelta(days=rng.randrange(30, 400)) if rng.random() < 0.6 else None
            proceedings = (Proceeding(ProceedingKind.TRIAL, start, end, True),)
        reviews.append(ReviewFacts(review_type, aware, history=tuple(history),
                                   proceedings=proceedings))  # fmt: skip
    return reviews


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    from pathlib import Path

    path = Path(__file__).parents[2] / "src/casereview/review/rules/timescales.yaml"
    loads = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        timescales = load_timescales(path)
        loads.append(time.perf_counter() - t0)
    reviews = synthetic_reviews(args.reviews)
    as_of = dt.date(2026, 11, 26)
    runs = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for facts in reviews:
            compute_deadlines(facts, as_of, timescales=timescales)
        runs.append(time.perf_counter() - t0)
    median = statistics.median(runs)
    print(f"timescales load: median {statistics.median(loads) * 1000:.1f} ms")
    print(
        f"deadlines of {args.reviews} reviews: median {median * 1000:.0f} ms "
        f"({median / args.reviews * 1e6:.0f} us per review), {args.repeats} repeats"
    )


if __name__ == "__main__":
    main()
