"""Notes per second of the batch note analysis on one core (median of several runs).

Corpus: 20,000 synthetic notes, each one to three sentences drawn (fixed seed) from the
labelled sentences, so about 2 sentences / 25 words per note, like a chronology description.
The process is pinned to one CPU; the analyser is built (and warmed) before timing. Both the
wall-clock rate and the rate per CPU second of this process are printed: on a shared machine
the second is the fair one-core figure.

Usage: PYTHONPATH=src python bench/notes/measure_speed.py [--runs 5] [--notes 20000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time

from labelled_eval import SPLITS, load_items

from casereview.indicators.notes import analyse_notes, default_analyser


def corpus(size: int) -> list[str]:
    sentences = [item.text for split in SPLITS.values() for item in load_items(split)]
    rng = random.Random(20261126)
    return [" ".join(rng.choices(sentences, k=rng.randint(1, 3))) for _ in range(size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=20000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    notes = corpus(args.notes)
    default_analyser()
    for _ in analyse_notes(notes[:500]):
        pass
    rates = []
    cpu_rates = []
    mentions = 0
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        mentions = sum(len(analysis.mentions) for analysis in analyse_notes(notes))
        rates.append(len(notes) / (time.perf_counter() - start))
        cpu_rates.append(len(notes) / (time.process_time() - cpu_start))
    words = sum(len(note.split()) for note in notes) / len(notes)
    print(
        f"python {platform.python_version()}, one core, {len(notes)} notes, {words:.1f} words/note"
    )
    print(f"mentions found per run: {mentions}")
    print("runs (notes/s): " + ", ".join(f"{rate:,.0f}" for rate in rates))
    print(f"median notes/s (wall clock): {statistics.median(rates):,.0f}")
    print("runs (notes per CPU second): " + ", ".join(f"{rate:,.0f}" for rate in cpu_rates))
    print(f"median notes per CPU second: {statistics.median(cpu_rates):,.0f}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
