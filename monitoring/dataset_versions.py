"""Recording dataset versions: every import into a dataset, from any importer, calls
``record_version`` inside its write transaction."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.db.models import Max
from django.utils import timezone

from monitoring.models import Dataset, DatasetVersion

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class VersionCounts:
    """What an import did to the dataset's rows."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0


def file_sha256(source: Path | BinaryIO) -> str:
    """The SHA-256 of a file on disk or of a whole open binary file (left where it
    was)."""
    digest = hashlib.sha256()
    if isinstance(source, Path):
        with source.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()
    start = source.tell()
    source.seek(0)
    while chunk := source.read(CHUNK):
        digest.update(chunk)
    source.seek(start)
    return digest.hexdigest()


def author_name(user) -> str:
    """How the version log names who imported: full name, else the user name."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def next_version_number(dataset: Dataset) -> int:
    """The number the dataset's next version gets; call under the dataset's import
    lock (``monitoring.importers.serial``), inside the write transaction."""
    last = dataset.versions.aggregate(last=Max("number"))["last"]
    return (last or 0) + 1


def record_version(
    dataset: Dataset,
    user,
    filename: str,
    sha256: str,
    counts: VersionCounts,
    *,
    number: int | None = None,
) -> DatasetVersion:
    """Records an import as the dataset's next version and marks the dataset as
    updated now. ``number`` is the one ``next_version_number`` gave, when rows were
    already written under it; call inside the import's transaction."""
    now = timezone.now()
    version = DatasetVersion.objects.create(
        dataset=dataset,
        number=number or next_version_number(dataset),
        created_at=now,
        user=user,
        author=author_name(user),
        filename=filename[:255],
        sha256=sha256,
        rows_new=counts.new,
        rows_changed=counts.changed,
        rows_unchanged=counts.unchanged,
        rows_removed=counts.removed,
    )
    Dataset.objects.filter(pk=dataset.pk).update(last_imported_at=now)
    dataset.last_imported_at = now
    return version
