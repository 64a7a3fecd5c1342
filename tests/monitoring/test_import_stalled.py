"""Import jobs whose worker died: a running job beats, a job whose heartbeat is
stale (or whose worker process is gone when a worker starts) is failed with a
Czech reason on its page, in the list, by the cron command and by the starting
worker, and its editor can retry or cancel it."""

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from monitoring.import_jobs import actions, runner
from monitoring.import_jobs.heartbeat import (
    Heartbeat,
    beat,
    check_heartbeat_timeout,
    seconds_since_beat,
)
from monitoring.import_jobs.tasks import check_import
from monitoring.models import ImportJob, ImportJobState, Observation, Region
from monitoring.uploads import heartbeat_path, store_upload, stored_upload
from tests.monitoring.import_queue import DATABASE_QUEUE

DATA = Path(__file__).resolve().parent.parent / "data"
REASON = "Proces, který import zpracovával, se zastavil"
STALE_SECONDS = 120  # past the default timeout of 60 s


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"
    return settings.MONITORING_UPLOAD_ROOT


def running_job(user, state=ImportJobState.CHECKING, *, beat_age=0, **fields):
    """A job a worker holds, with a real ETHOS file and a heartbeat ``beat_age``
    seconds old."""
    content = (DATA / "ethos_english_headers.csv").read_bytes()
    token = store_upload(SimpleUploadedFile("ethos.csv", content))
    job = ImportJob.objects.create(
        user=user,
        dataset_name="Liberec 2022",
        filename="ethos.csv",
        upload_token=token,
        state=state,
        region=Region.objects.get(code="CZ051"),  # the uploader's, as the admin sets
        **fields,
    )
    beat(token)
    then = time.time() - beat_age
    os.utime(heartbeat_path(token), (then, then))
    return job


def job_url(job, action="") -> str:
    return f"/admin/monitoring/importy/{job.pk}/{action}"


def dead_pid() -> int:
    process = subprocess.Popen(["true"])  # noqa: S607 (a harmless program)
    process.wait()
    return process.pid


def test_a_running_job_beats_until_it_ends(settings):
    settings.MONITORING_IMPORT_HEARTBEAT_SECONDS = 0.05
    token = store_upload(SimpleUploadedFile("a.csv", b"..."))

    with Heartbeat(token):
        os.utime(heartbeat_path(token), (0, 0))
        time.sleep(0.3)
        age = seconds_since_beat(token)

    assert age < 5
    assert seconds_since_beat(token) is None  # the file is gone with the job


def test_a_timeout_within_two_beats_is_a_configuration_error(settings):
    assert check_heartbeat_timeout(None) == []

    settings.MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS = 15

    assert [error.id for error in check_heartbeat_timeout(None)] == ["monitoring.E002"]


def test_the_job_page_fails_a_job_whose_heartbeat_is_stale(
    client, editors, upload_root
):
    job = running_job(editors["own"], beat_age=STALE_SECONDS)
    client.force_login(editors["own"])

    html = client.get(job_url(job)).content.decode()

    job.refresh_from_db()
    assert job.state == ImportJobState.FAILED
    assert job.message.startswith(REASON)
    assert "Nic z importu nebylo uloženo. Zkuste to prosím znovu." in html
    assert 'http-equiv="refresh"' not in html
    assert "Spustit import znovu" in html
    assert "Zrušit import" in html
    # The file stays for the retry; the heartbeat note goes.
    assert list(upload_root.iterdir()) == [upload_root / job.upload_token]


def test_the_job_list_shows_a_dead_job_as_failed_and_a_live_one_as_running(
    client, editors
):
    dead = running_job(editors["own"], beat_age=STALE_SECONDS)
    alive = running_job(editors["own"], ImportJobState.WRITING, beat_age=5)
    client.force_login(editors["own"])

    listed = client.get("/admin/monitoring/nahrat-ethos/").context["recent_jobs"]

    states = {job.pk: job.state for job in listed}
    assert states == {dead.pk: ImportJobState.FAILED, alive.pk: ImportJobState.WRITING}
    dead.refresh_from_db()
    assert dead.state == ImportJobState.FAILED


def test_the_command_fails_only_jobs_whose_heartbeat_is_stale(editors):
    dead = running_job(editors["own"], ImportJobState.WRITING, beat_age=STALE_SECONDS)
    alive = running_job(editors["own"], beat_age=5)
    waiting = running_job(editors["own"], ImportJobState.READY, beat_age=86_400)
    out = []

    call_command("fail_stalled_imports", stdout=type("Out", (), {"write": out.append}))

    states = dict(ImportJob.objects.values_list("pk", "state"))
    assert states == {
        dead.pk: ImportJobState.FAILED,
        alive.pk: ImportJobState.CHECKING,
        waiting.pk: ImportJobState.READY,
    }
    assert "Ukončen 1 import, jehož zpracování se zastavilo." in "".join(out)


def test_a_starting_worker_fails_the_jobs_of_a_worker_that_died(editors, monkeypatch):
    # Between tasks the worker closes connections it takes for stale; inside the
    # test's transaction that would close the test's own.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    host = socket.gethostname()
    with override_settings(TASKS=DATABASE_QUEUE):
        # Its heartbeat is fresh: the worker died seconds before the restart.
        dead = running_job(editors["own"], worker=f"{host}:{dead_pid()}")
        record = DBTaskResult.objects.get(pk=check_import.enqueue(dead.pk).id)
        record.claim("the-dead-worker")
        ImportJob.objects.filter(pk=dead.pk).update(task_id=record.pk)
        alive = running_job(editors["own"], worker=f"{host}:{os.getppid()}")
        elsewhere = running_job(editors["own"], worker="another-machine:1")

        call_command("import_worker", "--batch", "--no-startup-delay", verbosity=0)

    states = dict(ImportJob.objects.values_list("pk", "state"))
    assert states == {
        dead.pk: ImportJobState.FAILED,
        alive.pk: ImportJobState.CHECKING,
        elsewhere.pk: ImportJobState.CHECKING,
    }
    record.refresh_from_db()
    assert record.status == TaskResultStatus.FAILED
    assert record.exception_class_path.endswith("stalled.WorkerLost")


def test_retry_checks_a_job_again_and_it_can_then_be_written(client, editors):
    job = running_job(editors["own"], beat_age=STALE_SECONDS)
    client.force_login(editors["own"])

    retried = client.post(job_url(job, "znovu/"), follow=True)

    job.refresh_from_db()
    assert job.state == ImportJobState.READY  # the tests' queue runs it at once
    assert "Řádků: 2 – nových: 2" in retried.content.decode()
    client.post(job_url(job, "potvrdit/"))
    job.refresh_from_db()
    assert job.state == ImportJobState.DONE
    assert Observation.objects.count() == 2


def test_retry_of_a_confirmed_job_writes_it_again(client, editors, upload_root):
    job = running_job(
        editors["own"],
        ImportJobState.WRITING,
        beat_age=STALE_SECONDS,
        created_count=2,
        updated_count=0,
        unchanged_count=0,
    )
    client.force_login(editors["own"])

    client.post(job_url(job, "znovu/"))

    job.refresh_from_db()
    assert (job.state, job.rows_done, job.message) == (ImportJobState.DONE, 2, "")
    assert Observation.objects.count() == 2
    assert list(upload_root.iterdir()) == []


def test_retry_needs_post_and_a_failed_job_with_its_file(client, editors):
    job = running_job(editors["own"], ImportJobState.READY)
    client.force_login(editors["own"])

    got = client.get(job_url(job, "znovu/"))
    posted = client.post(job_url(job, "znovu/"), follow=True)

    assert got.status_code == 405
    assert "Tento import už nelze spustit znovu." in posted.content.decode()
    job.refresh_from_db()
    assert job.state == ImportJobState.READY


def test_cancelling_a_stale_running_job_removes_its_upload(
    client, editors, upload_root
):
    job = running_job(editors["own"], ImportJobState.WRITING, beat_age=STALE_SECONDS)
    client.force_login(editors["own"])

    page = client.post(job_url(job, "zrusit/"), follow=True)

    job.refresh_from_db()
    assert job.state == ImportJobState.CANCELLED
    assert "Import byl zrušen a nahraný soubor smazán." in page.content.decode()
    assert list(upload_root.iterdir()) == []


def test_a_live_write_cannot_be_cancelled(client, editors):
    job = running_job(editors["own"], ImportJobState.WRITING, beat_age=5)
    client.force_login(editors["own"])

    page = client.post(job_url(job, "zrusit/"), follow=True)

    job.refresh_from_db()
    assert job.state == ImportJobState.WRITING
    assert "Tento import už nelze zrušit." in page.content.decode()
    assert stored_upload(job.upload_token) is not None


def test_a_check_cancelled_while_it_runs_keeps_the_cancellation(
    editors, monkeypatch, upload_root
):
    job = running_job(editors["own"], ImportJobState.QUEUED)

    def preview_after_the_editor_cancelled(rows, kind):
        actions.cancel(ImportJob.objects.get(pk=job.pk))
        return []

    monkeypatch.setattr(runner, "readable_preview", preview_after_the_editor_cancelled)

    check_import.enqueue(job.pk)

    job.refresh_from_db()
    assert job.state == ImportJobState.CANCELLED
    assert list(upload_root.iterdir()) == []


def test_another_regions_editor_cannot_retry_or_cancel_a_job(client, editors):
    job = running_job(editors["own"], beat_age=STALE_SECONDS)
    client.force_login(editors["other"])

    retried = client.post(job_url(job, "znovu/"))
    cancelled = client.post(job_url(job, "zrusit/"))

    assert (retried.status_code, cancelled.status_code) == (404, 404)
    job.refresh_from_db()
    assert job.state == ImportJobState.CHECKING  # not even looked at
    assert stored_upload(job.upload_token) is not None


def test_a_national_editor_may_cancel_a_regional_editors_dead_job(client, editors):
    job = running_job(editors["own"], beat_age=STALE_SECONDS)
    client.force_login(editors["national"])

    client.post(job_url(job, "zrusit/"))

    job.refresh_from_db()
    assert job.state == ImportJobState.CANCELLED
