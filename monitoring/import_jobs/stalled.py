"""Import jobs whose worker died: a job a worker holds (checking or writing) whose
heartbeat is older than MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS, or, when a
worker starts, whose worker process on this machine is gone, is marked failed
with a Czech reason. Nothing of it was saved (the write is one transaction), so
its upload is kept for a retry. Its queue record, which the database backend
would leave running for ever, is settled as failed too.

Checked when a worker starts (`manage.py import_worker`), when the admin shows a
job or the list of jobs, and by `manage.py fail_stalled_imports` from cron."""

import os
import socket
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks_db import DatabaseBackend

from monitoring.import_jobs.heartbeat import seconds_since_beat
from monitoring.import_jobs.tasks import check_import
from monitoring.models import ImportJob, ImportJobState
from monitoring.uploads import discard_notes


class WorkerLost(Exception):
    """Recorded on the queue record of a job whose worker died."""


def reason() -> str:
    return _(
        "Proces, který import zpracovával, se zastavil (například při restartu "
        "serveru). Nic z importu nebylo uloženo. Zkuste to prosím znovu."
    )


def _process_gone(worker: str) -> bool:
    """Whether the "host:pid" process is known to be gone: it ran on this machine
    and no process has its pid, or this starting worker has it (a restarted
    container numbers its processes the same way)."""
    host, _sep, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def is_dead(job: ImportJob, *, worker_starting: bool = False) -> bool:
    if job.state not in ImportJob.WORKING_STATES:
        return False
    age = seconds_since_beat(job.upload_token)
    if age is None or age > settings.MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS:
        return True
    return worker_starting and _process_gone(job.worker)


def _settle_queue_record(task_id: str) -> None:
    if not isinstance(check_import.get_backend(), DatabaseBackend):
        return
    try:
        uuid.UUID(task_id)
    except ValueError:
        return
    from django_tasks_db.models import DBTaskResult

    for record in DBTaskResult.objects.running().filter(pk=task_id):
        record.set_failed(WorkerLost(reason()))


def fail_if_dead(job: ImportJob, *, worker_starting: bool = False) -> bool:
    """Marks the job failed when its worker died; the object follows."""
    if not is_dead(job, worker_starting=worker_starting):
        return False
    now, message = timezone.now(), reason()
    failed = ImportJob.objects.filter(
        pk=job.pk, state=job.state, task_id=job.task_id
    ).update(state=ImportJobState.FAILED, finished_at=now, message=message)
    if not failed:  # it ended or was failed meanwhile
        job.refresh_from_db()
        return False
    discard_notes(job.upload_token)
    _settle_queue_record(job.task_id)
    job.state, job.finished_at, job.message = ImportJobState.FAILED, now, message
    return True


def fail_dead_jobs(
    jobs: Iterable[ImportJob] | None = None, *, worker_starting: bool = False
) -> int:
    """Fails the dead ones among ``jobs`` (default: every job a worker holds);
    returns how many. Costs a file check per working job, no query for others."""
    if jobs is None:
        jobs = ImportJob.objects.filter(state__in=ImportJob.WORKING_STATES)
    return sum(fail_if_dead(job, worker_starting=worker_starting) for job in jobs)


def summary(failed: int) -> str:
    """What the commands that look for dead jobs say they did."""
    return ngettext(
        "Ukončen %(count)s import, jehož zpracování se zastavilo.",
        "Ukončeno importů, jejichž zpracování se zastavilo: %(count)s.",
        failed,
    ) % {"count": failed}
