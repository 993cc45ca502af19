"""All indicator rules over 1,000,000 events of 50,000 children (issue 4 target: 60 s).

The events are synthetic: each child gets 20 events over two years drawn (fixed seed) from
the labelled sentences, with agencies, categories and shared-with values. Note analysis is
measured separately (see measure_speed.py and the README): here every distinct sentence is
analysed once and its analysis reused, so this times the rule engine itself. Wall-clock and
CPU time are both printed: on a shared machine the CPU time is the fair one-core figure.
One process, pinned to one core; children are processed one after another, as a regional
run would.

Usage: PYTHONPATH=src python bench/notes/measure_rules.py [--children 50000] [--per-child 20]
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import date, timedelta

from labelled_eval import SPLITS, load_items

from casereview.indicators import IndicatorEvent, load_rules, run_rules
from casereview.indicators.notes import analyse_notes
from casereview.model.age import age_at
from casereview.model.dates import ChronoDate

AGENCIES = [
    ("Health visiting", "health_visiting"),
    ("GP", "gp"),
    ("Hospital", "hospital"),
    ("Police", "police"),
    ("School", "school"),
    ("Nursery", "nursery"),
    ("Children's social care", "childrens_social_care"),
]
CATEGORIES = [
    "home_visit",
    "gp_consultation",
    "emergency_department",
    "police_incident",
    "referral",
    "was_not_brought",
    "case_closure",
    "information_shared",
    "strategy_discussion",
    "placement_end",
    "child_protection_plan_start",
    "other",
    "other",
    "other",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=50000)
    parser.add_argument("--per-child", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sentences = [item.text for split in SPLITS.values() for item in load_items(split)]
    analyses = dict(zip(sentences, analyse_notes(sentences), strict=True))
    rules = load_rules()
    rng = random.Random(4)
    total_events = findings = 0
    build = rules_time = rules_cpu = 0.0
    for child in range(args.children):
        start = time.perf_counter()
        born = date(2018, 1, 1) + timedelta(days=rng.randrange(2000))
        dob = ChronoDate.day(born)
        events = []
        for n in range(args.per_child):
            day = born + timedelta(days=rng.randrange(-120, 730))
            agency, kind = rng.choice(AGENCIES)
            text = rng.choice(sentences)
            events.append(
                IndicatorEvent(
                    event_id=child * 100 + n,
                    agency=agency,
                    agency_type=kind,
                    event_ref=f"E{n}",
                    day=day,
                    date_text=day.isoformat(),
                    category=rng.choice(CATEGORIES),
                    description=text,
                    action_outcome="",
                    shared_with=("childrens_social_care",) if rng.random() < 0.2 else (),
                    child_age=age_at(dob, ChronoDate.day(day)),
                    notes=analyses[text],
                    note_text=text,
                )
            )
        middle, cpu_middle = time.perf_counter(), time.process_time()
        findings += len(run_rules(events, person_id=f"C{child}", rules=rules))
        end, cpu_end = time.perf_counter(), time.process_time()
        build += middle - start
        rules_time += end - middle
        rules_cpu += cpu_end - cpu_middle
        total_events += len(events)
    print(f"children {args.children}, events {total_events:,}, findings {findings:,}")
    print(f"rules, wall clock: {rules_time:.1f} s ({total_events / rules_time:,.0f} events/s)")
    print(f"rules, CPU time of this process: {rules_cpu:.1f} s")
    print(f"building the synthetic events: {build:.1f} s (not part of the rules)")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
