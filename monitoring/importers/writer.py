"""Writes validated observations in bulk: COPY into a staging table and one upsert on
PostgreSQL, batched executemany upserts elsewhere. Both bypass the ORM's per-row
model instances, which would cost most of the import's time at national scale.
Values an import replaces are kept as superseded observations, written the same
way, so the dataset can be read as it stood at any version."""

import io
from collections.abc import Callable

import pandas as pd
from django.db import connection

from monitoring.models import Observation, SupersededObservation

BATCH = 100_000
ANALYZE_AFTER_ROWS = 10_000
KEY_COLUMNS = ["dataset_id", "territory_id", "period", "category_id", "measure"]
VALUE_COLUMNS = ["value", "note", "period_is_year", "version", "revised"]
COLUMNS = [*KEY_COLUMNS, *VALUE_COLUMNS]
SUPERSEDED_COLUMNS = [*COLUMNS, "superseded_in"]
Progress = Callable[[int, int], None]


def _upsert_sql(source: str) -> str:
    table = Observation._meta.db_table
    names = ", ".join(COLUMNS)
    updates = ", ".join(f"{column} = excluded.{column}" for column in VALUE_COLUMNS)
    return (
        f"INSERT INTO {table} ({names}) {source} "
        f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET {updates}"
    )


def _insert_sql(table: str, columns: list[str], source: str) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) {source}"


def _batches(rows: pd.DataFrame):
    for start in range(0, len(rows), BATCH):
        yield rows.iloc[start : start + BATCH]


def _copy(cursor, table: str, columns: list[str], rows: pd.DataFrame, progress):
    done = 0
    for batch in _batches(rows):
        buffer = io.StringIO()
        batch.to_csv(buffer, header=False, index=False)
        buffer.seek(0)
        cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN "
            "WITH (FORMAT csv, FORCE_NOT_NULL (note))",
            buffer,
        )
        done += len(batch)
        if progress:
            progress(done, len(rows))


def _upsert_postgresql(rows: pd.DataFrame, progress: Progress | None) -> None:
    staging = "monitoring_observation_staging"
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE {staging} ON COMMIT DROP AS "  # noqa: S608
            f"SELECT {', '.join(COLUMNS)} FROM {Observation._meta.db_table} "
            "WITH NO DATA"
        )
        _copy(cursor, staging, COLUMNS, rows, progress)
        # "WHERE true" keeps ON CONFLICT from parsing as part of the SELECT.
        select = f"SELECT {', '.join(COLUMNS)} FROM {staging} WHERE true"  # noqa: S608
        cursor.execute(_upsert_sql(select))
        # Dropped now too: inside an outer transaction the commit may be far off.
        cursor.execute(f"DROP TABLE {staging}")


def _executemany(sql: str, rows: pd.DataFrame, progress: Progress | None) -> None:
    done = 0
    with connection.cursor() as cursor:
        for batch in _batches(rows):
            cursor.executemany(sql, list(batch.itertuples(index=False, name=None)))
            done += len(batch)
            if progress:
                progress(done, len(rows))


def _placeholders(columns: list[str]) -> str:
    return f"VALUES ({', '.join(['%s'] * len(columns))})"


def _typed(rows: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    table = rows[columns].astype(
        {
            "territory_id": "int64",
            "category_id": "int64",
            "value": "int64",
            "version": "int64",
        }
    )
    table["period"] = table["period"].map(lambda date: date.isoformat())
    table["period_is_year"] = table["period_is_year"].astype(bool)
    table["revised"] = table["revised"].astype(bool)
    return table


def upsert_observations(
    dataset_id: int, rows: pd.DataFrame, progress: Progress | None = None
) -> None:
    """Inserts new and updates changed observations of the dataset; ``rows`` carry
    the version that writes them and whether each value is revised. Call inside
    the import's transaction."""
    if rows.empty:
        return
    table = _typed(rows.assign(dataset_id=dataset_id), COLUMNS)
    if connection.vendor == "postgresql":
        _upsert_postgresql(table, progress)
        _refresh_statistics(Observation, len(table))
    else:
        _executemany(_upsert_sql(_placeholders(COLUMNS)), table, progress)


def _refresh_statistics(model, rows: int) -> None:
    """After a large write the planner's row estimates are far off until
    autovacuum analyses the table: a million new rows estimated as a few thousand
    made it sort the whole dataset for one API page (6 s instead of 10 ms)."""
    if rows >= ANALYZE_AFTER_ROWS:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {model._meta.db_table}")


def keep_superseded(dataset_id: int, rows: pd.DataFrame, superseded_in: int) -> None:
    """Keeps the values the version ``superseded_in`` replaces or removes; ``rows``
    hold them as they were (value, note, period_is_year, version, revised)."""
    if rows.empty:
        return
    table = _typed(
        rows.assign(dataset_id=dataset_id, superseded_in=superseded_in),
        SUPERSEDED_COLUMNS,
    )
    target = SupersededObservation._meta.db_table
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            _copy(cursor, target, SUPERSEDED_COLUMNS, table, None)
        _refresh_statistics(SupersededObservation, len(table))
    else:
        sql = _insert_sql(target, SUPERSEDED_COLUMNS, _placeholders(SUPERSEDED_COLUMNS))
        _executemany(sql, table, None)
