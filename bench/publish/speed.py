"""Speed: a report of about 300 pages with a 10,000-event chronology, redacted, rendered
(HTML, DOCX, PDF), the anonymised chronology written as XLSX, and every file leak-checked.

    PYTHONPATH=src python bench/publish/speed.py --runs 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pypdfium2 as pdfium
from corpus import FILLER, PERSON_SENTENCES, make_document
from openpyxl import Workbook

from casereview.publish import (
    Finding,
    InvolvementEntry,
    Period,
    Recommendation,
    Redactor,
    ReportContent,
    anonymise_report,
    build_identity_list,
    render,
    scan,
)
from casereview.publish.patterns import pattern_detector

AGENCIES = ["GP", "Health visiting", "Police", "Children's social care", "School", "Hospital"]


def build_content(
    rng: random.Random, events: int, narrative_paragraphs: int
) -> tuple[ReportContent, object]:
    doc = make_document(1)
    ids = build_identity_list(doc.people, doc.places)
    child = doc.people[0].records[0]
    names = [
        f"{child.given_names} {child.family_name}",
        str(child.given_names),
        "Ms " + str(child.family_name),
    ]

    def sentence() -> str:
        return rng.choice(PERSON_SENTENCES).replace("{P}", rng.choice(names))

    paragraphs = [
        " ".join([sentence(), rng.choice(FILLER), sentence(), rng.choice(FILLER), sentence()])
        for _ in range(narrative_paragraphs)
    ]
    periods = []
    per = events // 10
    for p in range(10):
        # Every entry's text is its own, as in a real chronology: a repeated text would let
        # any cache of the redaction or the leak check flatter the figures.
        entries = tuple(
            InvolvementEntry(
                f"{1 + (i % 28):02d}/{1 + p:02d}/2019",
                rng.choice(AGENCIES),
                f"{sentence()} Entry {p * per + i + 1}.",
            )
            for i in range(per)
        )
        periods.append(Period(f"Period {p + 1}", entries, paragraphs[p]))
    content = ReportContent(
        title="Local child safeguarding practice review",
        reference="BENCH-1",
        partnership="Synthetic Safeguarding Children Partnership",
        sections={
            "introduction": "\n\n".join(paragraphs[: narrative_paragraphs // 3]),
            "child_and_family": "\n\n".join(paragraphs[narrative_paragraphs // 3 :]),
        },
        periods=tuple(periods),
        findings=tuple(Finding(f"Finding {i}", paragraphs[i]) for i in range(8)),
        recommendations=tuple(Recommendation(str(i), "Audit referrals.") for i in range(1, 9)),
    )
    return content, ids


def run(events: int, paragraphs: int, out: Path) -> dict[str, float]:
    rng = random.Random(11)
    content, ids = build_content(rng, events, paragraphs)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    redactor = Redactor(ids, patterns=pattern_detector())  # type: ignore[arg-type]
    anonymised, _flagged = anonymise_report(content, redactor)
    timings["redact"] = time.perf_counter() - t0
    files = []
    for fmt in ("html", "docx", "pdf"):
        t = time.perf_counter()
        files.append(render(anonymised, fmt, out / f"report.{fmt}"))
        timings[f"render {fmt}"] = time.perf_counter() - t
    t = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Chronology")
    sheet.append(["When", "Agency", "What happened"])
    for period in anonymised.periods:
        for e in period.entries:
            sheet.append([e.when, e.agency, e.text])
    book.save(str(out / "chronology.xlsx"))
    files.append(out / "chronology.xlsx")
    timings["chronology xlsx"] = time.perf_counter() - t
    t = time.perf_counter()
    report = scan(files, ids)  # type: ignore[arg-type]
    timings["leak check"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    timings["cpu total"] = time.process_time() - cpu0
    with pdfium.PdfDocument(str(out / "report.pdf")) as pdf:
        timings["pages"] = len(pdf)
    timings["leaks"] = len(report.leaks)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--paragraphs", type=int, default=760)
    args = parser.parse_args()
    pattern_detector()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(run(args.events, args.paragraphs, Path(tmp)))
            print({k: round(v, 2) for k, v in results[-1].items()})
    print("median:", {k: round(statistics.median(r[k] for r in results), 2) for k in results[0]})


if __name__ == "__main__":
    main()
