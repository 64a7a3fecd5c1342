"""Each dataset version's downloads (CSV, XLSX, the Frictionless data package),
written once by a background job into temporary files (bounded memory: rows are
read in chunks and written as they come) and stored through Django's storage API
(``STORAGES["opendata"]``: local disk by default, S3-compatible object storage
with django-storages). The web workers then serve files instead of reading every
row for every download.

A version's files replace the previous version's, which serve until then (a few
seconds to minutes after the import) and are removed once replaced."""

import hashlib
import logging
import tempfile
from pathlib import Path

from django.core.files import File
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from monitoring.models import Dataset
from monitoring.queries import dataset_entry
from monitoring.versioning import bump_data_version
from opendata import outputs
from opendata.models import FileKind, PublishedFile

STORAGE = "opendata"
FOLDER = "datasets"
HASH_CHUNK = 1024 * 1024
logger = logging.getLogger(__name__)


def file_storage():
    return storages[STORAGE]


def latest_version(dataset: Dataset) -> int:
    """The dataset's latest version number; 0 before its first."""
    return dataset.versions.aggregate(last=Max("number"))["last"] or 0


def build_files(dataset_id: int, *, force: bool = False) -> list[PublishedFile]:
    """Writes and stores the dataset's files for its latest version, unless they
    are stored already (``force`` builds them again, as after an edit that moved
    no version). Returns the files now published; none when the dataset is gone
    or a newer version arrived meanwhile (its own job builds those)."""
    dataset = Dataset.objects.filter(pk=dataset_id).first()
    if dataset is None:
        return []
    number = latest_version(dataset)
    stored = list(dataset.published_files.filter(version_number=number))
    if not force and len(stored) == len(FileKind):
        return stored
    entry = dataset_entry(dataset.slug)
    if entry is None:  # deleted meanwhile
        return []
    selection = outputs.whole_dataset(entry)
    names = []
    with tempfile.TemporaryDirectory(prefix="opendata-") as directory:
        folder = Path(directory)
        csv_path = folder / "data.csv"
        with csv_path.open("wb") as stream:
            outputs.write_csv(selection, stream)
        xlsx_path = folder / "data.xlsx"
        with xlsx_path.open("wb") as stream:
            outputs.write_xlsx(entry, selection, stream)
        package_path = folder / "data.zip"
        with package_path.open("wb") as stream:
            outputs.write_package(entry, csv_path, stream, number)
        for kind, path in (
            (FileKind.CSV, csv_path),
            (FileKind.XLSX, xlsx_path),
            (FileKind.PACKAGE, package_path),
        ):
            names.append(_store(dataset, number, kind, path))
    return _publish(dataset, number, names)


def _store(dataset: Dataset, number: int, kind: str, path: Path) -> PublishedFile:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    sha256 = digest.hexdigest()
    wanted = f"{FOLDER}/{dataset.slug}/{dataset.slug}-v{number}-{sha256[:12]}.{kind}"
    with path.open("rb") as stream:
        name = file_storage().save(wanted, File(stream))
    return PublishedFile(
        dataset=dataset,
        kind=kind,
        version_number=number,
        name=name,
        size=path.stat().st_size,
        sha256=sha256,
        built_at=timezone.now(),
    )


def _publish(dataset: Dataset, number: int, files: list[PublishedFile]):
    """Swaps the new files in, if the version is still the latest. A dataset's
    first files move the data version, so pages and DCAT records cached under it
    list every format; later ones replace files that were offered already."""
    with transaction.atomic():
        Dataset.objects.select_for_update().filter(pk=dataset.pk).first()
        if latest_version(dataset) != number:
            _remove([f.name for f in files])
            return []
        old = list(dataset.published_files.values_list("name", flat=True))
        dataset.published_files.all().delete()
        PublishedFile.objects.bulk_create(files)
        if not old:  # formats too large to make in the request are offered now
            bump_data_version()
        kept = {f.name for f in files}
        transaction.on_commit(lambda: _remove([n for n in old if n not in kept]))
    return files


def _remove(names: list[str]) -> None:
    storage = file_storage()
    for name in names:
        storage.delete(name)


def forget_files(dataset_id: int) -> None:
    """After an edit that changed the dataset without a new version: its stored
    files no longer serve (downloads read the database) until rebuilt."""
    names = list(
        PublishedFile.objects.filter(dataset_id=dataset_id).values_list(
            "name", flat=True
        )
    )
    PublishedFile.objects.filter(dataset_id=dataset_id).delete()
    _remove(names)


def remove_folder(slug: str) -> None:
    """Removes a deleted dataset's stored files."""
    storage = file_storage()
    folder = f"{FOLDER}/{slug}"
    try:
        names = storage.listdir(folder)[1]
    except FileNotFoundError:
        return
    _remove([f"{folder}/{name}" for name in names])


def remove_unpublished() -> int:
    """Removes stored files no record publishes (a dataset deleted, a build
    interrupted); returns how many."""
    storage = file_storage()
    published = set(PublishedFile.objects.values_list("name", flat=True))
    removed = 0
    try:
        folders, _files = storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    for folder in folders:
        for name in storage.listdir(f"{FOLDER}/{folder}")[1]:
            path = f"{FOLDER}/{folder}/{name}"
            if path not in published:
                storage.delete(path)
                removed += 1
    return removed
