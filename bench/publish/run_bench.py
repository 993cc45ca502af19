"""Leak corpus benchmark for redaction: zero listed leaks, unlisted recall, precision.

    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 [--heldout|--fresh]
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --blind
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --final
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --ninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --tenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eleventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twelfth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fourteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fifteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventeenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eighteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --nineteenth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --twentyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --thirtyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fortyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --fiftyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --sixtyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyfifth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventysixth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyseventh
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyeighth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --seventyninth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightieth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightyfirst
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightysecond
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightythird
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightyfourth
    PYTHONPATH=src python bench/publish/run_bench.py --docs 1000 --seed 7 --eightyfifth
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
