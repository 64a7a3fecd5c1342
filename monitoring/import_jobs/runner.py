"""What the two background jobs do: check an upload (a dry run that stores counts,
a preview and any problems) and write it after confirmation.

A job that is refused, fails or is written removes its uploaded file. Every
outcome is recorded on the ImportJob; a crash ends in the failed state, and as the
import writes in one transaction, nothing of the file stays in the database."""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from monitoring.import_jobs.preview import readable_preview
from monitoring.import_jobs.progress import ProgressFile
from monitoring.importers.ethos import ImportResult, import_ethos
from monitoring.importers.indicators import import_indicators
from monitoring.importers.problems import ImportRefused
from monitoring.models import ImportJob, ImportJobState, ImportKind
from monitoring.uploads import discard_upload, stored_upload

logger = logging.getLogger(__name__)

IMPORTERS = {ImportKind.ETHOS: import_ethos, ImportKind.INDICATORS: import_indicators}


def _claim(job_id: int, expected: str, running: str) -> ImportJob | None:
    """Moves the job from ``expected`` to ``running``; None when another worker
    has it or the editor cancelled it meanwhile."""
    claimed = ImportJob.objects.filter(pk=job_id, state=expected).update(state=running)
    return ImportJob.objects.get(pk=job_id) if claimed else None


def _finish(job: ImportJob, state: str, **fields) -> None:
    discard_upload(job.upload_token)
    for name, value in fields.items():
        setattr(job, name, value)
    job.state = state
    job.finished_at = timezone.now()
    job.save()


def _refuse(job: ImportJob, refused: ImportRefused) -> None:
    """Keeps the first problems (the import keeps no more) and their total."""
    problems = [
        {"message": p.message, "row": p.row, "column": p.column}
        for p in refused.problems[: settings.MONITORING_IMPORT_MAX_PROBLEMS]
    ]
    _finish(
        job,
        ImportJobState.REFUSED,
        problems=problems,
        problem_count=refused.total,
    )


def _fail(job: ImportJob, message: str) -> None:
    _finish(job, ImportJobState.FAILED, message=message)


def _import(job: ImportJob, *, dry_run: bool, progress=None) -> ImportResult | None:
    """Runs the import; on refusal records it and returns None."""
    path = stored_upload(job.upload_token)
    if path is None:
        _fail(job, _("Nahraný soubor už není k dispozici. Nahrajte ho prosím znovu."))
        return None
    try:
        return IMPORTERS[job.kind](
            path,
            dataset_name=job.dataset_name,
            filename=job.filename,
            source_url=job.source_url,
            region=job.region,
            user=job.user,
            dry_run=dry_run,
            progress=progress,
        )
    except ImportRefused as refused:
        _refuse(job, refused)
    return None


@contextmanager
def _failing_on_crash(job: ImportJob):
    """Whatever breaks while a job runs ends it as failed, with a Czech message."""
    try:
        yield
    except Exception:
        logger.exception("Import job %s crashed", job.pk)
        _fail(
            job,
            _(
                "Import se nepodařil kvůli chybě na serveru; nic z něj nebylo "
                "uloženo. Zkuste to prosím znovu, nebo se obraťte na správce portálu."
            ),
        )


def _store_counts(job: ImportJob, result: ImportResult) -> None:
    job.created_count = result.created
    job.updated_count = result.updated
    job.unchanged_count = result.unchanged


def _check(job: ImportJob) -> None:
    result = _import(job, dry_run=True)
    if result is None:
        return
    _store_counts(job, result)
    job.rows_total = result.rows
    job.preview = readable_preview(result.preview, job.kind)
    job.state = ImportJobState.READY
    job.save()


def _write(job: ImportJob) -> None:
    result = _import(job, dry_run=False, progress=ProgressFile(job.upload_token))
    if result is None:
        return
    _store_counts(job, result)
    written = result.created + result.updated
    _finish(job, ImportJobState.DONE, rows_done=written, rows_total=written)


def check(job_id: int) -> None:
    """Dry run of a queued job: counts, a preview and any problems."""
    job = _claim(job_id, ImportJobState.QUEUED, ImportJobState.CHECKING)
    if job is not None:
        with _failing_on_crash(job):
            _check(job)


def write(job_id: int) -> None:
    """Writes a confirmed job."""
    job = _claim(job_id, ImportJobState.CONFIRMED, ImportJobState.WRITING)
    if job is not None:
        with _failing_on_crash(job):
            _write(job)
