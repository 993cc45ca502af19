"""Train the stored model used for reviews too small to train on.

    PYTHONPATH=src python bench/linkage/train_default_model.py [--records 100000]

Trains on the seeded synthetic population (never on real people) and writes
src/casereview/linkage/default_model.json (m and u per comparison level, and the prior of
that population, which small reviews replace by their own estimate).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import generate  # noqa: E402

from casereview.linkage import link_records  # noqa: E402

TARGET = HERE.parents[1] / "src" / "casereview" / "linkage" / "default_model.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    population = generate(args.records, seed=args.seed)
    inputs = population.records.drop(columns=["person_key"])
    inputs = inputs.astype(object).where(inputs.notna(), None)
    result = link_records(inputs)
    assert result.trained and result.parameters is not None
    TARGET.write_text(result.parameters.to_json() + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
