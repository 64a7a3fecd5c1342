"""ETHOS uploads as background jobs: the admin flow with the tests' immediate task
backend, the real database queue and its worker, the progress page, the rights
on a job and what happens to the uploaded file."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django_tasks_db.management.commands import db_worker

from monitoring.import_jobs import runner
from monitoring.import_jobs.heartbeat import beat
from monitoring.import_jobs.progress import ProgressFile
from monitoring.models import Dataset, ImportJob, ImportJobState, Observation
from monitoring.uploads import store_upload
from tests.monitoring.import_queue import DATABASE_QUEUE, run_worker
from tests.monitoring.upload_fields import dataset_fields

DATA = Path(__file__).resolve().parent.parent / "data"
IMPORT_URL = "/admin/monitoring/nahrat-ethos/"
# Session, user, permissions and the Wagtail admin furniture included.
JOB_PAGE_QUERIES = 11
UPLOAD_PAGE_QUERIES = 12


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"
    return settings.MONITORING_UPLOAD_ROOT


def upload(client, name="ethos_english_headers.csv", dataset="Liberec 2022"):
    with (DATA / name).open("rb") as file:
        return client.post(
            IMPORT_URL,
            {**dataset_fields(dataset), "file": SimpleUploadedFile(name, file.read())},
            follow=True,
        )


def stored_files(root: Path) -> list[Path]:
    return list(root.iterdir()) if root.exists() else []


def confirm(client, job):
    return client.post(f"/admin/monitoring/importy/{job.pk}/potvrdit/", follow=True)


def test_upload_is_checked_by_a_job_and_written_after_confirmation(
    client, editors, upload_root
):
    client.force_login(editors["own"])

    checked = upload(client)

    job = checked.context["job"]
    html = checked.content.decode()
    assert checked.redirect_chain == [(f"/admin/monitoring/importy/{job.pk}/", 302)]
    assert job.state == ImportJobState.READY
    assert "Náhled importu do sady „Liberec 2022“" in html
    assert "Řádků: 2 – nových: 2" in html
    assert not Observation.objects.exists()
    assert len(stored_files(upload_root)) == 1

    done = confirm(client, job)

    job.refresh_from_db()
    assert job.state == ImportJobState.DONE
    assert (job.created_count, job.updated_count, job.rows_done) == (2, 0, 2)
    assert "Data jsou uložena do sady „Liberec 2022“: nových 2" in done.content.decode()
    assert Observation.objects.count() == 2
    assert Dataset.objects.get().region.code == "CZ051"
    assert stored_files(upload_root) == []


def test_refused_file_lists_its_problems_and_is_removed(client, editors, upload_root):
    client.force_login(editors["own"])

    response = upload(client, "bad_negative_value.csv")

    job = response.context["job"]
    html = response.content.decode()
    assert job.state == ImportJobState.REFUSED
    assert "Soubor nelze importovat, problémů: 1" in html
    assert "řádek 3, sloupec „hodnota“: Záporná hodnota „-3“" in html
    assert stored_files(upload_root) == []
    assert not Dataset.objects.exists()


def test_a_crash_mid_write_fails_the_job_and_writes_nothing(
    client, editors, upload_root, monkeypatch
):
    class CrashingProgress:
        """The writer calls it inside the import's transaction, after its first
        batch is written."""

        def __init__(self, token):
            pass

        def __call__(self, done, total):
            raise RuntimeError("the worker died")

    client.force_login(editors["own"])
    job = upload(client).context["job"]
    monkeypatch.setattr(runner, "ProgressFile", CrashingProgress)

    response = confirm(client, job)

    job.refresh_from_db()
    assert job.state == ImportJobState.FAILED
    assert "nic z něj nebylo uloženo" in response.content.decode()
    assert not Dataset.objects.exists()
    assert not Observation.objects.exists()
    assert stored_files(upload_root) == []


def test_a_crash_while_checking_fails_the_job_with_a_message(
    client, editors, upload_root, monkeypatch
):
    def broken_preview(rows):
        raise KeyError("territory_id")

    monkeypatch.setattr(runner, "readable_preview", broken_preview)
    client.force_login(editors["own"])

    response = upload(client)

    job = response.context["job"]
    assert job.state == ImportJobState.FAILED
    assert "Import se nepodařil kvůli chybě na serveru" in response.content.decode()
    assert 'http-equiv="refresh"' not in response.content.decode()
    assert stored_files(upload_root) == []


def test_cancelled_import_removes_the_file(client, editors, upload_root):
    client.force_login(editors["own"])
    job = upload(client).context["job"]

    client.post(f"/admin/monitoring/importy/{job.pk}/zrusit/")

    job.refresh_from_db()
    assert job.state == ImportJobState.CANCELLED
    assert stored_files(upload_root) == []
    assert confirm(client, job).status_code == 200
    assert not Observation.objects.exists()


def test_jobs_run_through_the_database_queue_and_its_worker(
    admin_client, reference_data, monkeypatch
):
    # Between jobs the worker closes connections it takes for stale; inside the
    # test's transaction that would close the test's own. The browser test runs
    # the worker on committed data with that in place.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with override_settings(TASKS=DATABASE_QUEUE):
        queued = upload(admin_client)
        job = queued.context["job"]
        assert job.state == ImportJobState.QUEUED
        assert "Soubor čeká ve frontě na kontrolu…" in queued.content.decode()
        assert '<meta http-equiv="refresh" content="2">' in queued.content.decode()

        run_worker()
        job.refresh_from_db()
        assert job.state == ImportJobState.READY

        confirm(admin_client, job)
        job.refresh_from_db()
        assert job.state == ImportJobState.CONFIRMED
        assert not Observation.objects.exists()

        run_worker()

    job.refresh_from_db()
    assert job.state == ImportJobState.DONE
    assert Observation.objects.count() == 2


def job_page(client, job) -> str:
    return client.get(f"/admin/monitoring/importy/{job.pk}/").content.decode()


def test_progress_page_says_the_file_is_being_checked_and_refreshes_itself(
    client, editors
):
    token = store_upload(SimpleUploadedFile("velky.csv", b"..."))
    job = ImportJob.objects.create(
        user=editors["own"],
        dataset_name="Liberec 2022",
        filename="velky.csv",
        upload_token=token,
        state=ImportJobState.CHECKING,
    )
    beat(token)  # as its worker does
    client.force_login(editors["own"])

    html = job_page(client, job)

    assert "Kontroluji soubor…" in html
    assert '<meta http-equiv="refresh" content="2">' in html
    assert "<script>" not in html  # the page refreshes without inline JavaScript


def test_progress_page_counts_the_rows_written_so_far(client, editors):
    token = store_upload(SimpleUploadedFile("velky.csv", b"..."))
    job = ImportJob.objects.create(
        user=editors["own"],
        dataset_name="Liberec 2022",
        filename="velky.csv",
        upload_token=token,
        state=ImportJobState.WRITING,
        rows_total=300_000,
    )
    beat(token)
    client.force_login(editors["own"])
    before = job_page(client, job)

    ProgressFile(token)(120_000, 300_000)  # as the writer reports a batch
    during = job_page(client, job)

    assert "Kontroluji soubor znovu a připravuji zápis…" in before
    assert "Zapsáno 120\xa0000 z 300\xa0000 řádků" in during
    assert '<progress max="300000" value="120000">' in during
    assert '<meta http-equiv="refresh" content="2">' in during


def test_finished_job_page_stops_refreshing(client, editors):
    client.force_login(editors["own"])
    job = upload(client, "bad_negative_value.csv").context["job"]

    html = client.get(f"/admin/monitoring/importy/{job.pk}/").content.decode()

    assert 'http-equiv="refresh"' not in html


def test_another_regions_editor_neither_sees_nor_confirms_a_job(client, editors):
    client.force_login(editors["own"])
    job = upload(client).context["job"]
    client.force_login(editors["other"])

    page = client.get(f"/admin/monitoring/importy/{job.pk}/")
    confirmed = client.post(f"/admin/monitoring/importy/{job.pk}/potvrdit/")
    cancelled = client.post(f"/admin/monitoring/importy/{job.pk}/zrusit/")
    listing = client.get(IMPORT_URL)

    assert (page.status_code, confirmed.status_code, cancelled.status_code) == (
        404,
        404,
        404,
    )
    assert list(listing.context["recent_jobs"]) == []
    job.refresh_from_db()
    assert job.state == ImportJobState.READY


def test_national_editor_sees_a_regional_job_but_cannot_confirm_it(client, editors):
    client.force_login(editors["own"])
    job = upload(client).context["job"]
    client.force_login(editors["national"])

    page = client.get(f"/admin/monitoring/importy/{job.pk}/")
    confirmed = client.post(f"/admin/monitoring/importy/{job.pk}/potvrdit/")

    assert page.status_code == 200
    assert "Potvrdit a uložit" not in page.content.decode()
    assert list(client.get(IMPORT_URL).context["recent_jobs"]) == [job]
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert (confirmed.status_code, confirmed.url) == (302, "/admin/")
    job.refresh_from_db()
    assert job.state == ImportJobState.READY


def test_confirmation_needs_post(client, editors):
    client.force_login(editors["own"])
    job = upload(client).context["job"]

    response = client.get(f"/admin/monitoring/importy/{job.pk}/potvrdit/")

    assert response.status_code == 405
    job.refresh_from_db()
    assert job.state == ImportJobState.READY


def test_job_and_upload_pages_run_a_fixed_number_of_queries(
    client, editors, django_assert_num_queries
):
    client.force_login(editors["national"])
    for number in range(3):
        ImportJob.objects.create(
            user=editors["own"], dataset_name=f"Sada {number}", filename="a.csv"
        )
    job = ImportJob.objects.first()

    with django_assert_num_queries(JOB_PAGE_QUERIES):
        client.get(f"/admin/monitoring/importy/{job.pk}/")
    with django_assert_num_queries(UPLOAD_PAGE_QUERIES):
        client.get(IMPORT_URL)
