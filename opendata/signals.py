"""When a dataset's published rows change, its files are written again: a new
version (any importer, the registers, RPSS) queues the job once committed; a
change in the admin to a row or to the dataset (``record_changed``), which makes
no version, first withdraws the stored files, so no download serves stale data.

No receiver listens to the deletion of rows: one would stop Django deleting an
import's removed rows in bulk."""

from django.db import transaction
from django.db.models.signals import post_save

from monitoring.models import Dataset, DatasetVersion, IndicatorValue, Observation
from monitoring.versioning import record_changed


def _queue(dataset_id: int, *, force: bool) -> None:
    from opendata.tasks import build_dataset_files

    build_dataset_files.enqueue(dataset_id, force)


def version_recorded(sender, instance, created, **kwargs) -> None:
    if created:
        dataset_id = instance.dataset_id
        transaction.on_commit(lambda: _queue(dataset_id, force=False))


def record_edited(sender, instance, **kwargs) -> None:
    """Read at once: a record about to be deleted loses its key."""
    if sender is Dataset:
        dataset_id, slug = instance.pk, instance.slug
    elif sender in (Observation, IndicatorValue):
        dataset_id, slug = instance.dataset_id, ""
    else:
        return  # not in the files (a region, an assessment, a version's note …)

    def rebuild():
        from opendata.version_files import forget_files, remove_folder

        if not Dataset.objects.filter(pk=dataset_id).exists():
            if slug:
                remove_folder(slug)  # deleted, with its file records
            return
        forget_files(dataset_id)
        _queue(dataset_id, force=True)

    transaction.on_commit(rebuild)


def connect() -> None:
    post_save.connect(
        version_recorded, sender=DatasetVersion, dispatch_uid="opendata-version-files"
    )
    record_changed.connect(record_edited, dispatch_uid="opendata-record-files")
