"""An import process killed mid-write leaves the database as it was: the command
runs in a process of its own against the test database and gets SIGKILL as soon
as it reports its first written batch."""

import csv
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from monitoring.importers.ethos import import_ethos
from monitoring.importers.writer import BATCH
from monitoring.models import Dataset, Observation, Territory
from monitoring.reference import load_reference_data
from monitoring.versioning import current_data_version
from tests.monitoring.import_queue import database_url

DATA = Path(__file__).resolve().parent.parent / "data"
DATASET = "Krajská data"
ROWS = BATCH * 2 + 5_000  # three batches: the kill lands after the first
pytestmark = pytest.mark.django_db(transaction=True)


def write_large_table(path: Path) -> None:
    codes = list(Territory.objects.filter(kind="orp").values_list("code", flat=True))
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(
            ["kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"]
        )
        written = 0
        for month in range(1, 10_000):
            for code in codes:
                for category in range(1, 14):
                    for measure in ("osoby", "domacnosti", "deti"):
                        period = f"{2000 + month // 12}-{month % 12 + 1:02d}-01"
                        writer.writerow([code, period, category, measure, month % 90])
                        written += 1
                        if written == ROWS:
                            return


def snapshot() -> tuple:
    rows = set(
        Observation.objects.values_list(
            "dataset__name", "territory_id", "period", "category_id", "measure", "value"
        )
    )
    return rows, list(Dataset.objects.values_list("name", flat=True))


def run_until_first_batch(path: Path) -> int:
    """Starts the import with a terminal on stderr (so it draws its progress) and
    kills it once the first batch is written; returns its exit status."""
    terminal, child_side = pty.openpty()
    process = subprocess.Popen(  # noqa: S603 (our own arguments)
        [sys.executable, "manage.py", "import_ethos", str(path), "--dataset", DATASET],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DATABASE_URL": database_url(),
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        },
        stdout=subprocess.DEVNULL,
        stderr=child_side,
    )
    os.close(child_side)
    output, deadline = b"", time.monotonic() + 300
    try:
        while f"{BATCH}/{ROWS}".encode() not in output:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the import did not report a batch: {output!r}")
            ready, _, _ = select.select([terminal], [], [], 1)
            if ready:
                output += os.read(terminal, 4096)
        process.send_signal(signal.SIGKILL)
        return process.wait()
    finally:
        os.close(terminal)


def test_killing_the_import_mid_write_changes_nothing(tmp_path):
    load_reference_data()
    import_ethos(DATA / "ethos_utf8_bom.csv", dataset_name=DATASET)
    before, version = snapshot(), current_data_version()
    path = tmp_path / "velky.csv"
    write_large_table(path)

    status = run_until_first_batch(path)

    assert status == -signal.SIGKILL
    assert snapshot() == before
    assert current_data_version() == version


def test_killing_an_import_that_creates_a_dataset_leaves_no_dataset(tmp_path):
    load_reference_data()
    path = tmp_path / "velky.csv"
    write_large_table(path)

    status = run_until_first_batch(path)

    assert status == -signal.SIGKILL
    assert snapshot() == (set(), [])
