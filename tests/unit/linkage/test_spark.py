"""The same linkage on Splink's Spark backend (local mode) gives the same persons."""

from __future__ import annotations

import importlib.util
import os

import pytest

from casereview.linkage import link_records

pytestmark = pytest.mark.spark


def _require_pyspark() -> None:
    if importlib.util.find_spec("pyspark") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the Spark test: install the extra casereview[spark]")
        pytest.skip("pyspark is not installed (pip install 'casereview[spark]')")


def _partition(result):
    groups: dict[str, set[str]] = {}
    for record_id, person_id in zip(
        result.clusters["record_id"], result.clusters["person_id"], strict=True
    ):
        groups.setdefault(person_id, set()).add(record_id)
    return sorted(sorted(g) for g in groups.values())


def test_spark_and_duckdb_give_the_same_persons(household):
    _require_pyspark()
    records, _truth = household
    duck = link_records(records, backend="duckdb")
    spark = link_records(records, backend="spark")
    assert _partition(spark) == _partition(duck)
    assert dict(spark.persons) == dict(duck.persons)
    merged = duck.pairs.merge(spark.pairs, on="pair_id", suffixes=("_duck", "_spark"))
    assert len(merged) == len(duck.pairs) == len(spark.pairs)
    assert (merged["band_duck"] == merged["band_spark"]).all()
    assert ((merged["match_weight_duck"] - merged["match_weight_spark"]).abs() < 1e-6).all()
