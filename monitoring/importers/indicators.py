"""Imports a table of data indicators: read and validate every row a chunk at a
time → write all in one transaction as the dataset's next version, or nothing when
any row is wrong."""

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pandas as pd
from django.utils.translation import gettext

from monitoring.dataset_versions import (
    VersionCounts,
    file_sha256,
    next_version_number,
    record_version,
)
from monitoring.importers.access import (
    allowed_territory_ids,
    check_dataset_rights,
    territory_ids_by_code,
)
from monitoring.importers.chunked import validated_rows
from monitoring.importers.ethos import ImportResult
from monitoring.importers.indicator_validation import (
    KEY,
    IndicatorSpec,
    indicator_rules,
)
from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.importers.serial import dataset_transaction
from monitoring.importers.validation import Lookups
from monitoring.models import (
    DataIndicator,
    Dataset,
    IndicatorValue,
    Region,
    SupersededIndicatorValue,
)
from monitoring.versioning import bump_data_version

Progress = Callable[[int, int], None]
BATCH = 2_000


def indicator_specs() -> dict[str, IndicatorSpec]:
    """Lower-case code → spec of every data indicator."""
    return {
        code.lower(): IndicatorSpec(pk, code, unit, places, negative)
        for pk, code, unit, places, negative in DataIndicator.objects.values_list(
            "pk", "code", "unit", "decimal_places", "allows_negative"
        )
    }


def _refuse_ethos_dataset(dataset: Dataset | None) -> None:
    if dataset is not None and dataset.observations.exists():
        raise ImportRefused(
            [
                ImportProblem(
                    gettext(
                        "Datová sada „%(name)s“ obsahuje data ETHOS; datové "
                        "ukazatele nahrajte do jiné sady."
                    )
                    % {"name": dataset.name}
                )
            ]
        )


def _existing(dataset: Dataset | None) -> dict[tuple, IndicatorValue]:
    if dataset is None:
        return {}
    return {
        (value.territory_id, value.period, value.indicator_id): value
        for value in dataset.indicator_values.all()
    }


def _key(row) -> tuple:
    return (int(row.territory_id), row.period, int(row.indicator_id))


def _compare(rows: pd.DataFrame, existing: dict) -> pd.DataFrame:
    """Adds a 'state' column (new, changed or same) and the stored value's id."""
    states, ids = [], []
    for row in rows.itertuples(index=False):
        stored = existing.get(_key(row))
        ids.append(stored.pk if stored else None)
        if stored is None:
            states.append("new")
        elif (stored.value, stored.note, stored.period_is_year) != (
            row.value,
            row.note,
            row.period_is_year,
        ):
            states.append("changed")
        else:
            states.append("same")
    return rows.assign(state=states, id=ids)


def _write(
    dataset: Dataset,
    compared: pd.DataFrame,
    existing: dict,
    number: int,
    progress: Progress | None,
) -> None:
    """Creates new values and updates changed ones as version ``number``, keeping
    what they replace; a value whose number changed is marked revised."""
    created, updated, replaced = [], [], []
    for row in compared[compared["state"] != "same"].itertuples(index=False):
        key = _key(row)
        stored = existing.get(key)
        if stored is None:
            created.append(
                IndicatorValue(
                    dataset=dataset,
                    territory_id=key[0],
                    period=row.period,
                    indicator_id=key[2],
                    period_is_year=row.period_is_year,
                    value=row.value,
                    note=row.note,
                    version=number,
                )
            )
            continue
        replaced.append(SupersededIndicatorValue.of(stored, number))
        stored.revised = stored.revised or stored.value != row.value
        stored.value, stored.note = row.value, row.note
        stored.period_is_year, stored.version = row.period_is_year, number
        updated.append(stored)
    SupersededIndicatorValue.objects.bulk_create(replaced, batch_size=BATCH)
    IndicatorValue.objects.bulk_create(created, batch_size=BATCH)
    IndicatorValue.objects.bulk_update(
        updated,
        ["value", "note", "period_is_year", "version", "revised"],
        batch_size=BATCH,
    )
    if progress:
        progress(len(created) + len(updated), len(created) + len(updated))


def _name_of(source: Path | BinaryIO, filename: str | None) -> str:
    if filename:
        return filename
    if isinstance(source, Path):
        return source.name
    return Path(getattr(source, "name", "") or "").name


def import_indicators(
    source: Path | BinaryIO,
    *,
    dataset_name: str,
    filename: str | None = None,
    source_url: str = "",
    region: Region | None = None,
    user=None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Imports the table into the named dataset (created when new), as
    ``import_ethos`` does: ``user`` applies the region policy (None: an operator on
    the command line); ImportRefused carries every problem and nothing is written."""
    dataset = Dataset.objects.filter(name=dataset_name).first()
    check_dataset_rights(dataset, region, user, dataset_name=dataset_name)
    _refuse_ethos_dataset(dataset)
    lookups = Lookups(territory_ids_by_code(), {}, allowed_territory_ids(user))
    rows = validated_rows(source, filename, indicator_rules(lookups, indicator_specs()))
    if dry_run:
        return ImportResult.of(
            dataset_name, _compare(rows, _existing(dataset)), dry_run, KEY
        )
    with dataset_transaction(dataset_name):
        dataset = Dataset.objects.filter(name=dataset_name).first()
        # It may be new since, or its name taken by another region's upload.
        check_dataset_rights(dataset, region, user, dataset_name=dataset_name)
        _refuse_ethos_dataset(dataset)
        existing = _existing(dataset)
        compared = _compare(rows, existing)
        result = ImportResult.of(dataset_name, compared, dry_run, KEY)
        dataset = dataset or Dataset.objects.create(name=dataset_name, region=region)
        if source_url:
            dataset.source_url = source_url
            dataset.save(update_fields=["source_url"])
        result.version = next_version_number(dataset)
        _write(dataset, compared, existing, result.version, progress)
        record_version(
            dataset,
            user,
            _name_of(source, filename),
            file_sha256(source),
            VersionCounts(result.created, result.updated, result.unchanged),
            number=result.version,
        )
        bump_data_version()
    return result
