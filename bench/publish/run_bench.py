"""Leak corpus benchmark for redaction: zero listed leaks, unlisted recall, precision.

    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 [--heldout|--fresh]
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --blind
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --final
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixth
    ... one flag per numbered family of corpus.NUMBERED_SETS, to the last:
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightysixth

Prints the figures recorded in bench/publish/README.md and every miss category.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import SENTENCE_SETS, Document, Span, make_document

from casereview.publish import Redactor, build_glossary, build_identity_list
from casereview.publish.leakcheck import scan_text
from casereview.publish.patterns import pattern_detector

TITLES = {"mr", "ms", "mrs", "miss"}
WORD = re.compile(r"[^\W_]+")


def _words(text: str, span: Span) -> list[tuple[int, int]]:
    out = []
    for m in WORD.finditer(text, span.start, span.end):
        word = m.group().lower()
        if word in TITLES or (word == "s" and text[m.start() - 1] in "'’"):
            continue
        out.append((m.start(), m.end()))
    return out


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _following(text: str, end: int, words: int = 3) -> str:
    """The next few words after a span, to sort misses into categories by context."""
    return " ".join(WORD.findall(text, end, min(len(text), end + 60))[:words])


def evaluate(doc: Document, stats: dict[str, Counter[str]]) -> None:
    glossary = build_glossary(doc.people, doc.places)
    ids = build_identity_list(doc.people, doc.places, glossary)
    result = Redactor(ids, patterns=pattern_detector()).redact(doc.text)
    reps = [(r.start, r.end) for r in result.replacements]
    flagged_starts = {f.start for f in result.flagged}
    truth = [(s.start, s.end) for s in doc.spans if s.kind in {"listed", "unlisted"}]
    for span in doc.spans:
        if span.kind == "listed":
            stats["listed"][span.detail] += 1
            if any(not _covered(a, b, reps) for a, b in _words(doc.text, span)):
                stats["listed_leak"][span.detail] += 1
                stats["listed_leak_context"][
                    f"{span.detail}: <name> {_following(doc.text, span.end)}"
                ] += 1
                if any(span.start <= f < span.end for f in flagged_starts):
                    stats["listed_leak_flagged"][span.detail] += 1
                else:
                    stats["listed_leak_unflagged_context"][
                        f"{doc.text[span.start : span.end]!r} {_following(doc.text, span.end)}"
                    ] += 1
        elif span.kind == "unlisted":
            stats["unlisted"][span.detail] += 1
            if any(
                not _covered(a, b, reps) and a not in flagged_starts
                for a, b in _words(doc.text, span)
            ):
                stats["unlisted_miss"][span.detail] += 1
                stats["unlisted_miss_context"][
                    f"{doc.text[span.start : span.end]} {_following(doc.text, span.end)}"
                ] += 1
        elif span.kind == "ordinary":
            stats["ordinary"][span.detail] += 1
            if _overlaps(span.start, span.end, reps):
                stats["ordinary_redacted"][span.detail] += 1
                stats["ordinary_redacted_context"][
                    f"{doc.text[span.start : span.end]} {_following(doc.text, span.end)}"
                ] += 1
                if span.start in flagged_starts:
                    stats["ordinary_redacted_flagged"][span.detail] += 1
    for r in result.replacements:
        stats["replacements"][r.source] += 1
        if not _overlaps(r.start, r.end, truth):
            word = doc.text[r.start : r.end].replace("\n", " ")
            stats["over_redaction"][
                f"{r.source} {r.key if r.source == 'pattern' else 'name'}: {word}"
            ] += 1
    residual, _ = scan_text(result.text, ids)
    stats["residual"]["leak check hits after redaction"] += len(residual)
    stats["flagged"]["flagged words"] += len(result.flagged)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    which = parser.add_mutually_exclusive_group()
    # One flag per sentence set of corpus.SENTENCE_SETS ("held-out" is --heldout).
    for name in SENTENCE_SETS:
        if name != "development":
            which.add_argument(
                f"--{name.replace('-', '')}",
                dest="sets",
                action="store_const",
                const=name,
                help=f"the {name} sentence sets (see bench/publish/README.md)",
            )
    args = parser.parse_args()
    sets = args.sets or "development"
    pattern_detector()
    stats: dict[str, Counter[str]] = {
        k: Counter()
        for k in (
            "listed",
            "listed_leak",
            "listed_leak_context",
            "listed_leak_flagged",
            "listed_leak_unflagged_context",
            "ordinary_redacted_flagged",
            "unlisted",
            "unlisted_miss",
            "unlisted_miss_context",
            "ordinary",
            "ordinary_redacted",
            "ordinary_redacted_context",
            "replacements",
            "over_redaction",
            "residual",
            "flagged",
        )
    }
    times = []
    chars = 0
    for i in range(args.docs):
        doc = make_document(args.seed * 100_000 + i, sentences=sets)
        chars += len(doc.text)
        t0 = time.perf_counter()
        evaluate(doc, stats)
        times.append(time.perf_counter() - t0)
    listed = sum(stats["listed"].values())
    leaks = sum(stats["listed_leak"].values())
    unlisted = sum(stats["unlisted"].values())
    missed = sum(stats["unlisted_miss"].values())
    ordinary = sum(stats["ordinary"].values())
    ord_red = sum(stats["ordinary_redacted"].values())
    reps = sum(stats["replacements"].values())
    over = sum(stats["over_redaction"].values())
    print(
        f"documents: {args.docs} (seed {args.seed}, {sets} sentences), "
        f"{chars / args.docs:.0f} chars each"
    )
    print(f"listed identifier occurrences: {listed}; leaked: {leaks} ({leaks / listed:.4%})")
    print(f"  of the leaked, listed for a person to check: {stats['listed_leak_flagged'].total()}")
    print(
        f"unlisted names: {unlisted}; redacted or flagged: {unlisted - missed} "
        f"(recall {(unlisted - missed) / unlisted:.4f})"
    )
    print(f"replacements: {reps}; over-redactions: {over}; precision {(reps - over) / reps:.4f}")
    print(
        f"ordinary-word uses of case names: {ordinary}; kept: {ordinary - ord_red} "
        f"({(ordinary - ord_red) / ordinary:.4f})"
    )
    print(
        "  of the redacted ordinary words, listed for a person to check: "
        f"{stats['ordinary_redacted_flagged'].total()}"
    )
    print(f"residual leak-check hits in redacted text: {stats['residual'].total()}")
    print(f"flagged words per document: {stats['flagged'].total() / args.docs:.1f}")
    print(f"median time per document: {statistics.median(times) * 1000:.1f} ms")
    for name in (
        "listed_leak",
        "listed_leak_context",
        "listed_leak_unflagged_context",
        "unlisted_miss",
        "unlisted_miss_context",
        "ordinary_redacted",
        "ordinary_redacted_context",
        "over_redaction",
    ):
        print(f"\n{name}:")
        for key, n in stats[name].most_common(25):
            print(f"  {n:5d}  {key}")


if __name__ == "__main__":
    main()
