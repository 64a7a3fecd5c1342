"""What the admin does with an import job: start it from an upload, confirm it
after the check, retry it after its worker died, or cancel it."""

import os
from contextlib import suppress

from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from monitoring.import_jobs.tasks import check_import, write_import
from monitoring.models import ImportJob, ImportJobState, ImportKind, Region
from monitoring.uploads import discard_upload, store_upload, stored_upload

# A running check may be cancelled (its outcome is then dropped); a running write
# may not, as it commits at its end whatever the job says.
CANCELLABLE_STATES = (
    ImportJobState.QUEUED,
    ImportJobState.CHECKING,
    ImportJobState.READY,
    ImportJobState.CONFIRMED,
    ImportJobState.FAILED,
)


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


def _rows_to_write(job: ImportJob) -> int:
    return (job.created_count or 0) + (job.updated_count or 0)


def confirm(job: ImportJob) -> bool:
    """Queues the write of a checked job; False when it is not waiting for it."""
    confirmed = ImportJob.objects.filter(pk=job.pk, state=ImportJobState.READY).update(
        state=ImportJobState.CONFIRMED, rows_done=0, rows_total=_rows_to_write(job)
    )
    if confirmed:
        write_import.enqueue(job.pk)
    return bool(confirmed)


def can_retry(job: ImportJob) -> bool:
    """A failed job whose file is still there (its worker died) can run again."""
    return job.state == ImportJobState.FAILED and bool(stored_upload(job.upload_token))


def can_cancel(job: ImportJob) -> bool:
    if job.state == ImportJobState.FAILED:
        return can_retry(job)
    return job.state in CANCELLABLE_STATES


def retry(job: ImportJob) -> bool:
    """Queues a failed job again: its write if the editor had confirmed the
    checked file (the write checks it again anyway), else its check. False when
    it cannot be retried."""
    if not can_retry(job):
        return False
    checked = job.created_count is not None
    retried = ImportJob.objects.filter(pk=job.pk, state=ImportJobState.FAILED).update(
        state=ImportJobState.CONFIRMED if checked else ImportJobState.QUEUED,
        rows_done=0,
        rows_total=_rows_to_write(job) if checked else None,
        message="",
        finished_at=None,
    )
    if not retried:
        return False
    # The clean-up of abandoned uploads counts the file's age from the retry.
    with suppress(OSError, TypeError):
        os.utime(stored_upload(job.upload_token))
    (write_import if checked else check_import).enqueue(job.pk)
    return True


def cancel(job: ImportJob) -> bool:
    """Drops a job that is not done, and its file; False when it cannot be."""
    if not can_cancel(job):
        return False
    cancelled = ImportJob.objects.filter(pk=job.pk, state=job.state).update(
        state=ImportJobState.CANCELLED, finished_at=timezone.now()
    )
    if cancelled:
        discard_upload(job.upload_token)
    return bool(cancelled)
