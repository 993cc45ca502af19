"""Fast bulk inserts for imports: ids allocated up front, rows sent as driver parameters.

Compiling an INSERT once and handing the driver plain tuples is several times faster than
letting SQLAlchemy build and return parameters row by row, which matters for returns of a
million events. Ids are allocated before the insert so that related rows (event_people) can be
written without reading ids back: on PostgreSQL from the table's sequence, on SQLite from the
maximum id inside the import's transaction (SQLite allows one writer at a time and the import
holds the write lock). PostgreSQL receives the rows with COPY.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

__all__ = ["allocate_ids", "insert_rows"]


def allocate_ids(conn: Connection, table: Table, count: int) -> list[int]:
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        sequence = f"{table.name}_id_seq"
        rows = conn.execute(
            text("SELECT nextval(CAST(:seq AS regclass)) FROM generate_series(1, :n)"),
            {"seq": sequence, "n": count},
        )
        return [int(r[0]) for r in rows]
    top = conn.execute(select(func.max(table.c.id))).scalar()
    first = int(top or 0) + 1
    return list(range(first, first + count))


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT many rows given as tuples in `columns` order.

    Values go through each column type's own bind processor, so what is stored is exactly what
    an ordinary SQLAlchemy insert would store (e.g. SQLite's text form of times).
    """
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _copy_rows(conn, table, columns, rows)
        return
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    active = [
        (index, processor)
        for index, name in enumerate(columns)
        if (processor := table.c[name].type._cached_bind_processor(dialect)) is not None
    ]
    converted: list[Sequence[Any]] = list(rows)
    if active:
        converted = []
        for row in rows:
            values = list(row)
            for index, processor in active:
                if values[index] is not None:
                    values[index] = processor(values[index])
            converted.append(values)
    positions = compiled.positiontup
    params: list[Any]
    if positions is not None and list(positions) == list(columns):
        params = [tuple(row) for row in converted]
    elif positions is not None:  # positional paramstyle in another order
        order = [columns.index(name) for name in positions]
        params = [tuple(row[i] for i in order) for row in converted]
    else:
        params = [dict(zip(columns, row, strict=True)) for row in converted]
    conn.exec_driver_sql(str(compiled), params)


def _copy_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """PostgreSQL's COPY through psycopg 3: the fastest way in, in the same transaction."""
    driver_connection: Any = conn.connection.driver_connection
    names = ", ".join(f'"{name}"' for name in columns)
    with (
        driver_connection.cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
    ):
        for row in rows:
            copy.write_row(row)
