"""When a dataset's published rows change, its files are built again: a new
version (any importer, the registers, RPSS) queues the build once committed; an
edit in the admin that changes a row or the dataset's metadata without a new
version first withdraws the stored files, so no download serves stale data."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from monitoring.models import Dataset, DatasetVersion, IndicatorValue, Observation


def _queue(dataset_id: int, *, force: bool) -> None:
    from opendata.tasks import build_dataset_files

    build_dataset_files.enqueue(dataset_id, force)


def version_recorded(sender, instance, created, **kwargs) -> None:
    if created:
        dataset_id = instance.dataset_id
        transaction.on_commit(lambda: _queue(dataset_id, force=False))


def rows_edited(sender, instance, **kwargs) -> None:
    if kwargs.get("created") and sender is Dataset:
        return  # a new dataset has no rows yet
    dataset_id = instance.pk if sender is Dataset else instance.dataset_id
    slug = instance.slug if sender is Dataset else ""

    def rebuild():
        from opendata.version_files import forget_files, remove_folder

        if slug and not Dataset.objects.filter(pk=dataset_id).exists():
            remove_folder(slug)  # the dataset was deleted, with its file records
            return
        forget_files(dataset_id)
        _queue(dataset_id, force=True)

    transaction.on_commit(rebuild)


def connect() -> None:
    post_save.connect(
        version_recorded, sender=DatasetVersion, dispatch_uid="opendata-version-files"
    )
    for model in (Dataset, Observation, IndicatorValue):
        for signal in (post_save, post_delete):
            signal.connect(
                rows_edited,
                sender=model,
                dispatch_uid=f"opendata-files-{model._meta.label}",
            )
