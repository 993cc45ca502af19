"""Benchmark of `casereview status` through the services on a real SQLite database: N
synthetic reviews (LCSPRs advanced to the final report, a third with a trial holding
publication, three actions each), then the board's weekly view computed from the database.

Run: PYTHONPATH=src python bench/review/bench_status.py [--reviews N] [--repeats R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from casereview.services.action_plans import add_action, add_recommendation
from casereview.services.clock import advance_review, board_status
from casereview.services.proceedings import add_proceeding
from casereview.services.reviews import create_review
from casereview.store.database import open_database

STAGES = ("notification", "rapid_review", "decision", "terms_of_reference",
          "reviewer_appointed", "returns_requested", "returns_received", "panel_meeting",
          "draft", "factual_accuracy", "final_report")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviews", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        t0 = time.perf_counter()
        for n in range(args.reviews):
            ref = f"B-{n:04d}"
            aware = dt.date(2019, 1, 7) + dt.timedelta(days=5 * n)
            create_review(db, ref=ref, review_type="lcspr", aware_date=aware, actor="bench")
            for i, stage in enumerate(STAGES):
                advance_review(db, ref=ref, stage=stage, on=aware + dt.timedelta(days=3 + 9 * i),
                               actor="bench")  # fmt: skip
            if n % 3 == 0:
                add_proceeding(db, ref=ref, kind="trial", start=aware + dt.timedelta(days=60),
                               holds_publication=True, actor="bench")  # fmt: skip
            rec = add_recommendation(db, ref=ref, text="Share notices", agencies=["Police"],
                                     actor="bench")  # fmt: skip
            for k in range(3):
                add_action(db, ref=ref, recommendation=rec, owner_agency="Police",
                           description="Act", due=aware + dt.timedelta(days=200 + 30 * k),
                           actor="bench")  # fmt: skip
        setup = time.perf_counter() - t0
        runs = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            lines = board_status(db, as_of=dt.date(2026, 11, 26))
            runs.append(time.perf_counter() - t0)
        assert len(lines) == args.reviews
        db.dispose()
    print(f"setup of {args.reviews} reviews through the services: {setup:.1f} s")
    print(
        f"status of {args.reviews} reviews from SQLite: median "
        f"{statistics.median(runs) * 1000:.0f} ms over {args.repeats} repeats"
    )


if __name__ == "__main__":
    main()
