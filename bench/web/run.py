"""Benchmark of the web app: the merged chronology page of a 10,000-event review.

1. Builds a review of 8 agencies x 1,250 events (invented people) in a scratch SQLite file.
2. Starts `casereview serve` (one uvicorn process) on a free loopback port.
3. Server time: wrk, 2 threads, 20 connections, a fixed duration, each request a random page
   of the chronology table (full page render, with the audit write of the view); p50/p95/p99.
4. First render in the browser: headless chromium (Playwright) opens the chronology page,
   signed in; time to the first paint of the page and to the timeline drawn (10,000 points
   fetched from /api and laid out), median of several loads.

Run: PYTHONPATH=src python bench/web/run.py [--seconds 20] [--loads 7]
Needs wrk (apt-get install wrk) and chromium (apt-get install chromium). Loopback only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "foundation"))
from make_return import write

from casereview.services.accounts import create_user
from casereview.services.imports import ImportRequest, import_return
from casereview.services.reviews import create_review
from casereview.store.database import open_database

REF = "BENCH-10K"
AGENCIES = 8
EVENTS_EACH = 1250
LUA = """
math.randomseed(42)
request = function()
  local page = math.random(1, 200)
  return wrk.format("GET", "/reviews/BENCH-10K/chronology?page=" .. page)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build(folder: Path) -> tuple[str, str]:
    url = f"sqlite:///{folder / 'bench.db'}"
    db = open_database(url)
    create_review(db, ref=REF, title="Benchmark", review_type="lcspr", actor="bench")
    kinds = [
        "police",
        "GP",
        "school",
        "hospital",
        "health visiting",
        "housing",
        "nursery",
        "probation",
    ]
    for n in range(AGENCIES):
        people, events = write(folder / f"a{n}", 40, EVENTS_EACH, seed=n + 1)
        import_return(
            db,
            ImportRequest(
                review_ref=REF,
                agency=f"Agency {n + 1} ({kinds[n]})",
                agency_type=kinds[n],
                actor="bench",
                people=people,
                events=events,
            ),
        )
    password = secrets.token_urlsafe(12)
    create_user(db, username="bench", role="independent_reviewer", password=password, actor="bench")
    db.dispose()
    return url, password


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sign_in(base: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=30)
    page = client.get("/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token
    response = client.post(
        "/sign-in",
        data={"csrf_token": token.group(1), "username": "bench", "password": password},
    )
    assert response.status_code == 303, response.status_code
    return client


def browser_first_render(base: str, password: str, loads: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    paint, timeline = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{base}/sign-in")
        page.fill("#username", "bench")
        page.fill("#password", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/reviews")
        for _ in range(loads):
            start = time.perf_counter()
            page.goto(f"{base}/reviews/{REF}/chronology", wait_until="commit")
            page.wait_for_selector(".app-timeline__canvas svg")
            timeline.append((time.perf_counter() - start) * 1000)
            paint.append(
                page.evaluate(
                    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1"
                )
            )
        browser.close()
    return {
        "first_contentful_paint_ms_median": round(statistics.median(paint), 1),
        "timeline_drawn_ms_median": round(statistics.median(timeline), 1),
        "timeline_drawn_ms_max": round(max(timeline), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--loads", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")
    with tempfile.TemporaryDirectory(prefix="casereview-bench-web-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        url, password = build(folder)
        print(
            f"built a {AGENCIES * EVENTS_EACH}-event review in "
            f"{time.perf_counter() - started:.1f} s"
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(
            os.environ,
            CASEREVIEW_ENV="development",
            CASEREVIEW_DATABASE_URL=url,
            CASEREVIEW_SECRET_KEY=secrets.token_urlsafe(48),
        )
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "casereview.cli",
                "serve",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{base}/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            client = sign_in(base, password)
            t0 = time.perf_counter()
            first = client.get(f"/reviews/{REF}/chronology")
            cold_ms = (time.perf_counter() - t0) * 1000
            assert first.status_code == 200 and "10,000 entries" in first.text
            cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
            # Warm every worker's cache (new connections land on any worker).
            from concurrent.futures import ThreadPoolExecutor

            def warm(_: int) -> int:
                return httpx.get(
                    f"{base}/reviews/{REF}/chronology", headers={"Cookie": cookie}, timeout=30
                ).status_code

            with ThreadPoolExecutor(8) as pool:
                assert set(pool.map(warm, range(16))) == {200}
            script = folder / "pages.lua"
            script.write_text(LUA)
            out = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    "-c20",
                    f"-d{args.seconds}s",
                    "--timeout",
                    "10s",
                    "-H",
                    f"Cookie: {cookie}",
                    "-s",
                    str(script),
                    base,
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            numbers = next(line for line in out.splitlines() if line.startswith("RESULT"))
            requests, errors, p50, p95, p99, worst = numbers.split()[1:]
            render = browser_first_render(base, password, args.loads)
        finally:
            server.terminate()
            server.wait(10)
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_average_1min_after": round(os.getloadavg()[0], 1),
        "events": AGENCIES * EVENTS_EACH,
        "agencies": AGENCIES,
        "cold_first_request_ms": round(cold_ms, 1),
        "wrk_seconds": args.seconds,
        "concurrent_users": 20,
        "workers": args.workers,
        "requests": int(requests),
        "errors": int(errors),
        "requests_per_second": round(int(requests) / args.seconds, 1),
        "server_p50_ms": float(p50),
        "server_p95_ms": float(p95),
        "server_p99_ms": float(p99),
        "server_max_ms": float(worst),
        **render,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
