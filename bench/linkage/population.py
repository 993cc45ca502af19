"""Synthetic population benchmark: cluster F1, time, peak memory, confusion by relationship.

    PYTHONPATH=src python bench/linkage/population.py --records 100000

Generation runs in a child process and writes parquet to bench/out/; the measured process
reads it and links it (reading is counted as import and excluded from the time; peak memory
is the measured process's maximum resident set size, reading included).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from metrics import pairwise_scores  # noqa: E402

OUT = HERE.parent / "out"


def generate_files(n: int, seed: int) -> tuple[Path, Path]:
    OUT.mkdir(exist_ok=True)
    records = OUT / f"population_{n}_{seed}_records.parquet"
    persons = OUT / f"population_{n}_{seed}_persons.parquet"
    if not records.exists():
        code = (
            f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
            "from synthetic import generate\n"
            f"pop = generate({n}, seed={seed})\n"
            f"pop.records.to_parquet({str(records)!r}); pop.persons.to_parquet({str(persons)!r})\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)
    return records, persons


def relationship(a: dict[str, object], b: dict[str, object]) -> str:
    if a["household"] != b["household"]:
        return "different households"
    if a["kind"] == "child" and b["kind"] == "child":
        return "twins" if a["twin"] is not None and a["twin"] == b["twin"] else "siblings"
    if a["kind"] != b["kind"]:
        return "parent/child"
    return "parents (partners)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backend", default="duckdb")
    args = parser.parse_args()
    records_path, persons_path = generate_files(args.records, args.seed)

    from casereview.linkage import link_records

    records = pd.read_parquet(records_path)
    persons = pd.read_parquet(persons_path)
    truth = dict(zip(records["record_id"], records["person_key"], strict=True))
    inputs = records.drop(columns=["person_key"])
    del records

    start = time.perf_counter()
    result = link_records(inputs, backend=args.backend)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    predicted = dict(zip(result.clusters["record_id"], result.clusters["person_id"], strict=True))
    scores = pairwise_scores(predicted, truth)

    # Confusion by relationship: wrongly merged person pairs, and missed pairs by reason.
    info = persons.set_index("person_key").to_dict("index")
    merged: Counter[str] = Counter()
    by_cluster: dict[str, set[str]] = {}
    for record, person in predicted.items():
        by_cluster.setdefault(person, set()).add(truth[record])
    for keys in by_cluster.values():
        if len(keys) > 1:
            ordered = sorted(keys)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    merged[relationship(info[a], info[b])] += 1
    clusters_of_person: dict[str, set[str]] = {}
    for record, person in predicted.items():
        clusters_of_person.setdefault(truth[record], set()).add(person)
    split_persons = sum(1 for v in clusters_of_person.values() if len(v) > 1)
    report = {
        "records": len(inputs),
        "persons_true": len(set(truth.values())),
        "persons_found": len(by_cluster),
        "seconds": round(elapsed, 1),
        "timings": {k: round(v, 1) for k, v in result.timings.items()},
        "peak_rss_mb": round(peak_mb),
        "precision": round(scores["precision"], 4),
        "recall": round(scores["recall"], 4),
        "f1": round(scores["f1"], 4),
        "wrongly_merged_person_pairs": dict(merged),
        "persons_split": split_persons,
        "bands": dict(result.band_counts),
        "trained": result.trained,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
