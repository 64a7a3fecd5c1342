"""What the admin does with an import job: start it from an upload, confirm or
cancel it after the check."""

from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from monitoring.import_jobs.tasks import check_import, write_import
from monitoring.models import ImportJob, ImportJobState, ImportKind, Region
from monitoring.uploads import discard_upload, store_upload


def start(
    user,
    upload: UploadedFile,
    *,
    dataset_name: str,
    source_url: str,
    region: Region,
    kind: str = ImportKind.ETHOS,
) -> ImportJob:
    """Stores the file, records the job and queues its check."""
    job = ImportJob.objects.create(
        kind=kind,
        user=user,
        region=region,
        dataset_name=dataset_name,
        source_url=source_url,
        filename=upload.name,
        upload_token=store_upload(upload),
    )
    check_import.enqueue(job.pk)
    return job


def confirm(job: ImportJob) -> bool:
    """Queues the write of a checked job; False when it is not waiting for it."""
    rows = (job.created_count or 0) + (job.updated_count or 0)
    confirmed = ImportJob.objects.filter(pk=job.pk, state=ImportJobState.READY).update(
        state=ImportJobState.CONFIRMED, rows_done=0, rows_total=rows
    )
    if confirmed:
        write_import.enqueue(job.pk)
    return bool(confirmed)


def cancel(job: ImportJob) -> bool:
    """Drops a checked job that waits for confirmation, and its file."""
    cancelled = ImportJob.objects.filter(pk=job.pk, state=ImportJobState.READY).update(
        state=ImportJobState.CANCELLED, finished_at=timezone.now()
    )
    if cancelled:
        discard_upload(job.upload_token)
    return bool(cancelled)
