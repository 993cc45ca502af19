"""Benchmark of the foundation: a 1,000,000-event return imported into SQLite and PostgreSQL,
the merged chronology exported, and a 10,000-event review exported to XLSX.

Each import runs the real CLI in a child process so that wall time and peak memory (max RSS)
are those a user would see. Usage:

    .venv/bin/python bench/foundation/run.py [--events 1000000] [--people 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_return import write  # noqa: E402

CLI = [sys.executable, "-m", "casereview.cli"]
PG_SERVER = os.environ.get(
    "CASEREVIEW_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and the child's peak memory in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(CLI + args, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def import_and_export(url: str, people: Path, events: Path, out: Path) -> dict[str, float]:
    subprocess.run(
        [*CLI, "--db", url, "review", "create", "BENCH"], check=True, stdout=subprocess.DEVNULL
    )
    seconds, peak = run(
        [
            "--db",
            url,
            "import",
            "BENCH",
            "--agency",
            "Bench GP",
            "--agency-type",
            "GP",
            "--people",
            str(people),
            "--events",
            str(events),
        ]
    )
    export_seconds, export_peak = run(
        ["--db", url, "chronology", "BENCH", "--format", "csv", "--out", str(out)]
    )
    return {
        "import_s": round(seconds, 1),
        "import_peak_mb": round(peak),
        "export_csv_s": round(export_seconds, 1),
        "export_peak_mb": round(export_peak),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="casereview-bench-"))
    people, events = write(work / "big", args.people, args.events)
    results: dict[str, object] = {
        "events": args.events,
        "people": args.people,
        "machine": f"{platform.machine()} {os.cpu_count()} cpu",
        "python": platform.python_version(),
    }
    sqlite_url = f"sqlite:///{work / 'bench.db'}"
    results["sqlite"] = import_and_export(sqlite_url, people, events, work / "big.csv")
    if not args.skip_postgres:
        name = f"casereview_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = PG_SERVER.rsplit("/", 1)[0] + "/" + name
            results["postgresql"] = import_and_export(url, people, events, work / "big-pg.csv")
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    small_people, small_events = write(work / "small", 500, 10_000, seed=11)
    small_url = f"sqlite:///{work / 'small.db'}"
    subprocess.run(
        [*CLI, "--db", small_url, "review", "create", "SMALL"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            *CLI,
            "--db",
            small_url,
            "import",
            "SMALL",
            "--agency",
            "GP",
            "--agency-type",
            "GP",
            "--people",
            str(small_people),
            "--events",
            str(small_events),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    timings = []
    for _ in range(args.repeat):
        seconds, _peak = run(
            [
                "--db",
                small_url,
                "chronology",
                "SMALL",
                "--format",
                "xlsx",
                "--out",
                str(work / "small.xlsx"),
            ]
        )
        timings.append(seconds)
    results["xlsx_10k_export_s_median"] = round(statistics.median(timings), 2)
    results["xlsx_10k_export_s_all"] = [round(t, 2) for t in timings]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
