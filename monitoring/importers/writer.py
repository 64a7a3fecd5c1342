"""Writes validated observations in bulk: COPY into a staging table and one upsert on
PostgreSQL, batched executemany upserts elsewhere. Both bypass the ORM's per-row
model instances, which would cost most of the import's time at national scale."""

import io
from collections.abc import Callable

import pandas as pd
from django.db import connection

from monitoring.models import Observation

BATCH = 100_000
KEY_COLUMNS = ["dataset_id", "territory_id", "period", "category_id", "measure"]
VALUE_COLUMNS = ["value", "note", "period_is_year"]
COLUMNS = [*KEY_COLUMNS, *VALUE_COLUMNS]
Progress = Callable[[int, int], None]


def _upsert_sql(source: str) -> str:
    table = Observation._meta.db_table
    names = ", ".join(COLUMNS)
    updates = ", ".join(f"{column} = excluded.{column}" for column in VALUE_COLUMNS)
    return (
        f"INSERT INTO {table} ({names}) {source} "
        f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET {updates}"
    )


def _batches(rows: pd.DataFrame):
    for start in range(0, len(rows), BATCH):
        yield rows.iloc[start : start + BATCH]


def _write_postgresql(rows: pd.DataFrame, progress: Progress | None) -> None:
    staging = "monitoring_observation_staging"
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE {staging} ON COMMIT DROP AS "  # noqa: S608
            f"SELECT {', '.join(COLUMNS)} FROM {Observation._meta.db_table} "
            "WITH NO DATA"
        )
        done = 0
        for batch in _batches(rows):
            buffer = io.StringIO()
            batch.to_csv(buffer, header=False, index=False)
            buffer.seek(0)
            cursor.copy_expert(
                f"COPY {staging} ({', '.join(COLUMNS)}) FROM STDIN "
                "WITH (FORMAT csv, FORCE_NOT_NULL (note))",
                buffer,
            )
            done += len(batch)
            if progress:
                progress(done, len(rows))
        # "WHERE true" keeps ON CONFLICT from parsing as part of the SELECT.
        select = f"SELECT {', '.join(COLUMNS)} FROM {staging} WHERE true"  # noqa: S608
        cursor.execute(_upsert_sql(select))
        # Dropped now too: inside an outer transaction the commit may be far off.
        cursor.execute(f"DROP TABLE {staging}")


def _write_generic(rows: pd.DataFrame, progress: Progress | None) -> None:
    placeholders = ", ".join(["%s"] * len(COLUMNS))
    sql = _upsert_sql(f"VALUES ({placeholders})")
    done = 0
    with connection.cursor() as cursor:
        for batch in _batches(rows):
            cursor.executemany(sql, list(batch.itertuples(index=False, name=None)))
            done += len(batch)
            if progress:
                progress(done, len(rows))


def upsert_observations(
    dataset_id: int, rows: pd.DataFrame, progress: Progress | None = None
) -> None:
    """Inserts new and updates changed observations of the dataset; call inside the
    import's transaction."""
    if rows.empty:
        return
    table = rows.assign(dataset_id=dataset_id)[COLUMNS].astype(
        {"territory_id": "int64", "category_id": "int64", "value": "int64"}
    )
    table["period"] = table["period"].map(lambda date: date.isoformat())
    table["period_is_year"] = table["period_is_year"].astype(bool)
    if connection.vendor == "postgresql":
        _write_postgresql(table, progress)
    else:
        _write_generic(table, progress)
