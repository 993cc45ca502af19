"""The one place where DuckDB and Spark differ.

Everything else (comparisons, blocking rules, training, clustering) is declared once.
Here: how a Splink database API is created, how the prepared records are handed to it, and
how it is shut down. Spark is an optional extra (``casereview[spark]``); asking for it
without pyspark installed raises ``BackendUnavailableError`` with the install command.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from casereview.linkage.errors import BackendUnavailableError

__all__ = ["Backend", "BackendSession", "open_backend"]

Backend = Literal["duckdb", "spark"]

_ARRAY_COLUMNS = ("given_keys", "given_all", "family_parts")
_INT_COLUMNS = ("dob_y", "dob_m", "dob_d")


@dataclass
class BackendSession:
    """A Splink database API with the prepared records registered as one table."""

    name: Backend
    db_api: Any
    table: Any


def _duckdb(prepared: pd.DataFrame) -> Iterator[BackendSession]:
    import duckdb
    from splink import DuckDBAPI

    connection = duckdb.connect(":memory:")
    # Let DuckDB spill to a private temporary folder rather than hold every intermediate
    # table in memory (or litter the working directory).
    spill = tempfile.TemporaryDirectory(prefix="casereview-duckdb-")
    connection.execute("SET preserve_insertion_order = false")
    memory = os.environ.get("CASEREVIEW_DUCKDB_MEMORY_LIMIT", "1536MB")
    connection.execute(f"SET memory_limit = '{memory}'")
    connection.execute(f"SET temp_directory = '{spill.name}'")
    threads = os.environ.get("CASEREVIEW_DUCKDB_THREADS")
    if threads:
        connection.execute(f"SET threads = {int(threads)}")
    try:
        db_api = DuckDBAPI(connection)
        # Arrow holds a million records in a fraction of the memory of Python objects.
        arrow = _to_arrow(prepared)
        del prepared  # the caller decides whether the pandas copy lives on
        table = db_api.register(arrow, dataset_display_name="person_records")
        yield BackendSession("duckdb", db_api, table)
    finally:
        connection.close()
        spill.cleanup()


def _to_arrow(prepared: pd.DataFrame) -> Any:
    import pyarrow as pa

    fields = []
    for column in prepared.columns:
        if column in _ARRAY_COLUMNS:
            kind: Any = pa.list_(pa.string())
        elif column in _INT_COLUMNS:
            kind = pa.int32()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    return pa.Table.from_pandas(prepared, schema=pa.schema(fields), preserve_index=False)


def _spark_schema() -> Any:
    from pyspark.sql import types as t

    fields = []
    from casereview.linkage.prepare import PREPARED_COLUMNS

    for column in PREPARED_COLUMNS:
        if column in _ARRAY_COLUMNS:
            kind: Any = t.ArrayType(t.StringType())
        elif column in _INT_COLUMNS:
            kind = t.IntegerType()
        else:
            kind = t.StringType()
        fields.append(t.StructField(column, kind, nullable=True))
    return t.StructType(fields)


def _spark(prepared: pd.DataFrame) -> Iterator[BackendSession]:
    try:
        from pyspark.sql import SparkSession
        from splink.backends.spark import SparkAPI, similarity_jar_location
    except ImportError as error:
        raise BackendUnavailableError(
            "The Spark backend needs pyspark, which is not installed; install the extra "
            "with `pip install 'casereview[spark]'` (Java 17 is required), or use "
            "--backend duckdb."
        ) from error
    checkpoints = tempfile.mkdtemp(prefix="casereview-spark-")
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("casereview-linkage")
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setCheckpointDir(checkpoints)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        rows = prepared.astype("object").where(prepared.notna(), None)
        records = [
            tuple(
                int(v) if c in _INT_COLUMNS and v is not None else v
                for c, v in zip(rows.columns, row, strict=True)
            )
            for row in rows.itertuples(index=False, name=None)
        ]
        frame = spark.createDataFrame(records, schema=_spark_schema())
        db_api = SparkAPI(  # type: ignore[no-untyped-call]
            spark_session=spark, break_lineage_method="persist"
        )
        table = db_api.register(frame, dataset_display_name="person_records")
        yield BackendSession("spark", db_api, table)
    finally:
        spark.catalog.clearCache()


@contextmanager
def open_backend(name: Backend, prepared: pd.DataFrame) -> Iterator[BackendSession]:
    """Open ``name`` with ``prepared`` registered; closed (or cache cleared) on exit."""
    if name == "duckdb":
        yield from _duckdb(prepared)
    elif name == "spark":
        yield from _spark(prepared)
    else:
        raise BackendUnavailableError(
            f"Unknown linkage backend {name!r}; choose 'duckdb' or 'spark'."
        )
