"""A real worker process killed with SIGKILL in the middle of a check leaves its
job running; the next worker to start marks it failed, settles its queue record
and keeps the file, and the job can then be retried."""

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from monitoring.import_jobs import actions
from monitoring.models import ImportJobState
from monitoring.reference import load_reference_data
from monitoring.uploads import stored_upload
from tests.monitoring.import_queue import DATABASE_QUEUE, database_url, run_worker
from tests.monitoring.import_worker_child import HELD

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
pytestmark = pytest.mark.django_db(transaction=True)


def worker(upload_root: Path, *mode: str) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 (our own module, fixed arguments)
        [
            sys.executable,
            "-m",
            "tests.monitoring.import_worker_child",
            str(upload_root),
            *mode,
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": database_url(),
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_once_held(process: subprocess.Popen) -> int:
    output, deadline = b"", time.monotonic() + 120
    while HELD.encode() not in output:
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(
                f"the worker did not reach the check: {process.stderr.read()!r}"
            )
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            output += os.read(process.stdout.fileno(), 4096)
    process.send_signal(signal.SIGKILL)
    return process.wait()


def test_a_job_whose_worker_was_killed_fails_when_a_worker_starts(
    settings, tmp_path, django_user_model
):
    settings.MONITORING_UPLOAD_ROOT = upload_root = tmp_path / "import-uploads"
    load_reference_data()
    editor = django_user_model.objects.create_superuser("spravce")
    content = (DATA / "ethos_english_headers.csv").read_bytes()
    with override_settings(TASKS=DATABASE_QUEUE):
        job = actions.start(
            editor,
            SimpleUploadedFile("ethos.csv", content),
            dataset_name="Liberec 2022",
            source_url="",
            region=None,
        )

    assert kill_once_held(worker(upload_root, "held")) == -signal.SIGKILL
    job.refresh_from_db()
    assert job.state == ImportJobState.CHECKING  # what a dead worker leaves

    restarted = worker(upload_root)
    _out, err = restarted.communicate(timeout=120)

    assert restarted.returncode == 0, err
    job.refresh_from_db()
    assert job.state == ImportJobState.FAILED
    assert "Nic z importu nebylo uloženo" in job.message
    record = DBTaskResult.objects.get(pk=job.task_id)
    assert record.status == TaskResultStatus.FAILED
    assert stored_upload(job.upload_token) is not None

    with override_settings(TASKS=DATABASE_QUEUE):
        assert actions.retry(job)
        run_worker()
    job.refresh_from_db()
    assert job.state == ImportJobState.READY
