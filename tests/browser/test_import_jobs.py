"""An editor uploads an ETHOS file in a real browser; jobs wait in the real database
queue until a worker takes them, and the job's page refreshes itself on its own."""

from pathlib import Path

import pytest

from monitoring.models import ImportJob, ImportJobState, Observation
from monitoring.reference import load_reference_data
from tests.browser.conftest import SCREENSHOT_DIR, axe_violations, log_in
from tests.monitoring.import_queue import DATABASE_QUEUE, run_worker

DATA = Path(__file__).resolve().parents[1] / "data"


def screenshot(page, name: str) -> None:
    """Saved for people to look at (git-ignored)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT_DIR / f"{name}.png", full_page=True)


@pytest.fixture
def import_site(site, settings, tmp_path, django_user_model):
    settings.TASKS = DATABASE_QUEUE
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"
    load_reference_data()
    django_user_model.objects.create_superuser("spravce", password="spravce-heslo")
    return site


def test_upload_waits_for_the_worker_and_the_page_follows_by_itself(
    page, import_site, settings
):
    log_in(page, import_site, "spravce", "spravce-heslo")
    page.goto(import_site + "/admin/monitoring/nahrat-ethos/")
    page.get_by_label("Název nové datové sady").fill("Liberec 2022")
    page.get_by_label("Soubor s daty").set_input_files(
        DATA / "ethos_english_headers.csv"
    )
    page.get_by_role("button", name="Zkontrolovat soubor").click()

    page.get_by_text("Soubor čeká ve frontě na kontrolu…").wait_for()
    screenshot(page, "import-queued")
    run_worker()
    # No reload by the test: the page refreshes itself.
    page.get_by_role("heading", name="Náhled importu do sady „Liberec 2022“").wait_for()
    assert page.get_by_text("Řádků: 2 – nových: 2").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "import-preview")

    page.get_by_role("button", name="Potvrdit a uložit").click()
    page.get_by_text("Import čeká ve frontě na zápis…").wait_for()
    run_worker()
    page.get_by_text("Data jsou uložena do sady „Liberec 2022“").wait_for()
    screenshot(page, "import-done")

    assert ImportJob.objects.get().state == ImportJobState.DONE
    assert Observation.objects.count() == 2
    assert list(Path(settings.MONITORING_UPLOAD_ROOT).iterdir()) == []
    assert page.console_errors == []
