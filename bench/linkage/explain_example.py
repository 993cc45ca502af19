"""Write the explanation of one household pair as text, PNG and HTML to bench/out/.

PYTHONPATH=src python bench/linkage/explain_example.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "unit" / "linkage"))

from casereview.linkage import explain_pair, link_records, waterfall_html, waterfall_png  # noqa: E402
from conftest import household_records  # noqa: E402


def main() -> None:
    out = HERE.parent / "out"
    out.mkdir(exist_ok=True)
    records, _truth = household_records()
    result = link_records(records)
    for n, (_index, row) in enumerate(result.pairs.head(3).iterrows()):
        explanation = explain_pair(row.to_dict(), result.model)
        print("\n".join(explanation.sentences()), end="\n\n")
        (out / f"waterfall_{n}.png").write_bytes(waterfall_png(explanation))
        (out / f"waterfall_{n}.html").write_text(waterfall_html(explanation), encoding="utf-8")


if __name__ == "__main__":
    main()
