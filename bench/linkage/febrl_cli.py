"""FEBRL through the real command line: returns imported, linked, people exported, scored.

    PYTHONPATH=src python bench/linkage/febrl_cli.py [--dataset febrl4]

Each FEBRL source becomes one agency's People CSV return (soc_sec_id dropped; an events
file with a header only), imported with `casereview import`, linked with `casereview link`,
exported with `casereview people`; pairwise precision/recall/F1 of the person ids.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from febrl import load, to_return_csv  # noqa: E402
from metrics import pairwise_scores  # noqa: E402


def cli(db: str, *args: str) -> str:
    command = [sys.executable, "-m", "casereview.cli", "--db", db, *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"casereview {' '.join(args[:2])} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", choices=["febrl3", "febrl4"], default="febrl4")
    args = parser.parse_args()
    records = load(args.dataset)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = f"sqlite:///{tmp / 'febrl.db'}"
        cli(db, "review", "create", "FEBRL", "--title", "FEBRL benchmark")
        events = tmp / "events.csv"
        events.write_text("event_ref,start_date,category,people,description,source\n")
        for agency, part in records.groupby("agency"):
            people = tmp / f"{agency}.csv"
            to_return_csv(part).to_csv(people, index=False)
            cli(db, "import", "FEBRL", "--agency", str(agency), "--agency-type", "other",
                "--people", str(people), "--events", str(events))  # fmt: skip
        start = time.perf_counter()
        output = cli(db, "link", "FEBRL")
        seconds = time.perf_counter() - start
        out = tmp / "people.csv"
        cli(db, "people", "FEBRL", "--format", "csv", "--out", str(out))
        with out.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    predicted = {f"{r['agency']}:{r['person_ref']}": r["person_id"] for r in rows}
    truth = {k: k.split(":", 1)[1].split("-")[1] for k in predicted}
    scores = pairwise_scores(predicted, truth)
    print(output)
    print(
        f"{args.dataset} via CLI: precision={scores['precision']:.4f} "
        f"recall={scores['recall']:.4f} f1={scores['f1']:.4f} link_seconds={seconds:.1f}"
    )


if __name__ == "__main__":
    main()
