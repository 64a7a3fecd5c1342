"""What the two background jobs do: check an upload (a dry run that stores counts,
a preview and any problems) and write it after confirmation.

A job that is refused, fails or is written removes its uploaded file. Every
outcome is recorded on the ImportJob; a crash ends in the failed state, and as the
import writes in one transaction, nothing of the file stays in the database. While
a step runs it beats (heartbeat.py), so a job whose worker died is found
(stalled.py); an outcome is recorded only if the job is still this step's."""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from monitoring.import_jobs.heartbeat import Heartbeat, beat, worker_identity
from monitoring.import_jobs.preview import readable_preview
from monitoring.import_jobs.progress import ProgressFile
from monitoring.importers.ethos import ImportResult, import_ethos
from monitoring.importers.indicators import import_indicators
from monitoring.importers.problems import ImportRefused
from monitoring.models import ImportJob, ImportJobState, ImportKind
from monitoring.uploads import discard_upload, stored_upload

logger = logging.getLogger(__name__)

IMPORTERS = {ImportKind.ETHOS: import_ethos, ImportKind.INDICATORS: import_indicators}


def _claim(job_id: int, expected: str, running: str, task_id: str) -> ImportJob | None:
    """Moves the job from ``expected`` to ``running`` under this worker's name;
    None when another worker has it or the editor cancelled it meanwhile. It
    beats first, so nobody sees it running without a fresh heartbeat."""
    job = ImportJob.objects.filter(pk=job_id, state=expected).first()
    if job is None:
        return None
    beat(job.upload_token)
    claimed = ImportJob.objects.filter(pk=job_id, state=expected).update(
        state=running, worker=worker_identity(), task_id=task_id
    )
    return ImportJob.objects.get(pk=job_id) if claimed else None


def _record(job: ImportJob, **fields) -> bool:
    """Stores the step's outcome, unless the job stopped being this step's
    meanwhile (cancelled, or given up for dead); returns whether it did."""
    mine = ImportJob.objects.filter(pk=job.pk, state=job.state, task_id=job.task_id)
    if not mine.update(**fields):
        return False
    for name, value in fields.items():
        setattr(job, name, value)
    return True


def _finish(job: ImportJob, state: str, **fields) -> None:
    if _record(job, state=state, finished_at=timezone.now(), **fields):
        discard_upload(job.upload_token)


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


def _counts(result: ImportResult) -> dict:
    return {
        "created_count": result.created,
        "updated_count": result.updated,
        "unchanged_count": result.unchanged,
    }


def _check(job: ImportJob) -> None:
    result = _import(job, dry_run=True)
    if result is None:
        return
    _record(
        job,
        **_counts(result),
        rows_total=result.rows,
        preview=readable_preview(result.preview, job.kind),
        state=ImportJobState.READY,
    )


def _write(job: ImportJob) -> None:
    result = _import(job, dry_run=False, progress=ProgressFile(job.upload_token))
    if result is None:
        return
    written = result.created + result.updated
    _finish(
        job,
        ImportJobState.DONE,
        **_counts(result),
        rows_done=written,
        rows_total=written,
    )


def _run(job: ImportJob | None, step) -> None:
    if job is not None:
        with Heartbeat(job.upload_token), _failing_on_crash(job):
            step(job)


def check(job_id: int, task_id: str) -> None:
    """Dry run of a queued job: counts, a preview and any problems."""
    _run(
        _claim(job_id, ImportJobState.QUEUED, ImportJobState.CHECKING, task_id), _check
    )


def write(job_id: int, task_id: str) -> None:
    """Writes a confirmed job."""
    _run(
        _claim(job_id, ImportJobState.CONFIRMED, ImportJobState.WRITING, task_id),
        _write,
    )
