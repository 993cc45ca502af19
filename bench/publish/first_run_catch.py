"""Would the run-in reading have caught a sentence set's first-run leaks?

A set's first run was on the rules of the commit that added the set. This script has two
steps, because the two sides need different versions of the code:

    # 1. In a checkout of the commit that added the set (its first-run rules):
    git worktree add /tmp/first-run <commit that added bench/publish/<set>_set.py>
    cd /tmp/first-run && PYTHONPATH=src python /path/to/main/bench/publish/first_run_catch.py \\
        dump eighteenth /tmp/eighteenth.json
    # 2. Here, on the current rules:
    PYTHONPATH=src python bench/publish/first_run_catch.py check eighteenth /tmp/eighteenth.json

`dump` writes each leaked listed occurrence (as run_bench.py counts a leak: a word of it not
inside a replacement) with the document's number and a hash of its text. `check` rebuilds
each document, refuses if its text changed, and counts the leaks whose every leaked word the
run-in reading (casereview.publish.run_in) finds. Nothing personal is involved: the corpus is
synthetic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd() / "bench" / "publish"))

from corpus import make_document

from casereview.publish.glossary import build_glossary
from casereview.publish.identity import build_identity_list

SEED = 7


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def dump(name: str, out: Path, docs: int) -> None:
    from run_bench import _covered, _words

    from casereview.publish.patterns import pattern_detector
    from casereview.publish.redact import Redactor

    detector = pattern_detector()
    rows: list[dict[str, Any]] = []
    for i in range(docs):
        doc = make_document(SEED * 100_000 + i, sentences=name)
        ids = build_identity_list(doc.people, doc.places, build_glossary(doc.people, doc.places))
        result = Redactor(ids, patterns=detector).redact(doc.text)
        reps = [(r.start, r.end) for r in result.replacements]
        flagged = {f.start for f in result.flagged}
        for span in doc.spans:
            if span.kind != "listed":
                continue
            leaked = [(a, b) for a, b in _words(doc.text, span) if not _covered(a, b, reps)]
            if leaked:
                rows.append(
                    {
                        "doc": i,
                        "digest": _digest(doc.text),
                        "words": leaked,
                        "listed": any(span.start <= f < span.end for f in flagged),
                    }
                )
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{name}: {len(rows)} leaked occurrences written to {out}")


def check(name: str, rows_path: Path) -> None:
    from casereview.publish.run_in import find_run_in

    rows = json.loads(rows_path.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    for row in rows:
        doc = make_document(SEED * 100_000 + row["doc"], sentences=name)
        if _digest(doc.text) != row["digest"]:
            raise SystemExit(f"document {row['doc']} of the {name} set has changed since the dump")
        ids = build_identity_list(doc.people, doc.places, build_glossary(doc.people, doc.places))
        hits = [(h.start, h.end) for h in find_run_in(doc.text, ids)]
        caught = all(any(s < b and a < e for s, e in hits) for a, b in row["words"])
        counts["leaked"] += 1
        counts["caught by the run-in reading"] += caught
        counts["listed at the first run"] += row["listed"]
        counts["caught or listed"] += caught or row["listed"]
    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("dump", "check"))
    parser.add_argument("set")
    parser.add_argument("path", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.set, args.path, args.docs)
    else:
        check(args.set, args.path)


if __name__ == "__main__":
    main()
