"""Imports an ETHOS table: read and validate every row a chunk at a time → write all
in one transaction, or nothing when any row is wrong."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd

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
from monitoring.importers.serial import dataset_transaction
from monitoring.importers.validation import KEY, Lookups, ethos_rules
from monitoring.importers.writer import keep_superseded, upsert_observations
from monitoring.models import Dataset, EthosCategory, Region
from monitoring.versioning import bump_data_version

Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    dataset_name: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    preview: list[dict] = field(default_factory=list)
    version: int | None = None  # the dataset version the import recorded

    @classmethod
    def of(
        cls,
        dataset_name: str,
        compared: pd.DataFrame,
        dry_run: bool,
        key: list[str],
        preview_rows: int = 20,
    ) -> "ImportResult":
        """The counts of a file compared with the dataset (its ``state`` column:
        new, changed, same) and a preview of its first rows by ``key``."""
        counts = compared["state"].value_counts()
        columns = [*key, "period_is_year", "value", "note", "state"]
        return cls(
            dataset_name=dataset_name,
            rows=len(compared),
            created=int(counts.get("new", 0)),
            updated=int(counts.get("changed", 0)),
            unchanged=int(counts.get("same", 0)),
            dry_run=dry_run,
            preview=compared.head(preview_rows)[columns].to_dict("records"),
        )


def _lookups(user) -> Lookups:
    category_ids = {
        code.upper(): pk for pk, code in EthosCategory.objects.values_list("pk", "code")
    }
    return Lookups(territory_ids_by_code(), category_ids, allowed_territory_ids(user))


def _existing(dataset: Dataset | None) -> pd.DataFrame:
    columns = [
        *KEY,
        "id",
        "old_value",
        "old_note",
        "old_is_year",
        "old_version",
        "old_revised",
    ]
    if dataset is None:
        return pd.DataFrame(columns=columns)
    values = dataset.observations.values_list(
        "territory_id",
        "period",
        "category_id",
        "measure",
        "id",
        "value",
        "note",
        "period_is_year",
        "version",
        "revised",
    )
    return pd.DataFrame.from_records(
        values.iterator(chunk_size=20_000), columns=columns
    )


def _compare(rows: pd.DataFrame, existing: pd.DataFrame) -> pd.DataFrame:
    """Adds a 'state' column: new, changed or same."""
    rows = rows.astype({"territory_id": "int64", "category_id": "int64"})
    existing = existing.astype({"territory_id": "int64", "category_id": "int64"})
    merged = rows.merge(existing, on=KEY, how="left")
    changed = (
        (merged["old_value"] != merged["value"])
        | (merged["old_note"] != merged["note"])
        | (merged["old_is_year"] != merged["period_is_year"])
    )
    merged["state"] = "same"
    merged.loc[changed, "state"] = "changed"
    merged.loc[merged["id"].isna(), "state"] = "new"
    return merged


def import_ethos(
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
    """Imports the table into the named dataset (created when new).

    ``user`` applies region-scoped rights (None: an operator on the command line).
    Raises ImportRefused with every problem; then nothing is written. Imports into
    one dataset run one at a time: the comparison with the stored rows and the
    write happen in one transaction under the dataset's lock (a dry run takes none).
    """
    check_dataset_rights(
        Dataset.objects.filter(name=dataset_name).first(),
        region,
        user,
        dataset_name=dataset_name,
    )
    rows = validated_rows(source, filename, ethos_rules(_lookups(user)))
    if dry_run:
        dataset = Dataset.objects.filter(name=dataset_name).first()
        return ImportResult.of(
            dataset_name, _compare(rows, _existing(dataset)), dry_run, KEY
        )
    with dataset_transaction(dataset_name):
        dataset = Dataset.objects.filter(name=dataset_name).first()
        # It may be new since, or its name taken by another region's upload.
        check_dataset_rights(dataset, region, user, dataset_name=dataset_name)
        compared = _compare(rows, _existing(dataset))
        result = ImportResult.of(dataset_name, compared, dry_run, KEY)
        dataset = dataset or Dataset.objects.create(name=dataset_name, region=region)
        if source_url:
            dataset.source_url = source_url
            dataset.save(update_fields=["source_url"])
        result.version = _write_version(dataset, compared, progress)
        record_version(
            dataset,
            user,
            filename or _name_of(source),
            file_sha256(source),
            VersionCounts(result.created, result.updated, result.unchanged),
            number=result.version,
        )
        bump_data_version()
    return result


def _name_of(source: Path | BinaryIO) -> str:
    if isinstance(source, Path):
        return source.name
    return Path(getattr(source, "name", "") or "").name


def _write_version(
    dataset: Dataset, compared: pd.DataFrame, progress: Progress | None
) -> int:
    """Writes new and changed rows as the dataset's next version, keeping the
    values they replace; returns the version's number."""
    number = next_version_number(dataset)
    changed = compared[compared["state"] == "changed"]
    keep_superseded(
        dataset.pk,
        changed[KEY].assign(
            value=changed["old_value"],
            note=changed["old_note"],
            period_is_year=changed["old_is_year"],
            version=changed["old_version"],
            revised=changed["old_revised"],
        ),
        number,
    )
    written = compared[compared["state"] != "same"]
    revised = (written["state"] == "changed") & (
        (written["old_value"] != written["value"]) | written["old_revised"].eq(True)
    )
    upsert_observations(
        dataset.pk, written.assign(version=number, revised=revised), progress
    )
    return number
