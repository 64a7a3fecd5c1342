"""Two imports into one dataset at the same time, in two OS processes against a real
database (a SQLite file, or the PostgreSQL test database): the final rows equal
exactly one of the two files, and creating a new dataset twice at once is safe."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.db import connection

from monitoring.importers.ethos import import_ethos
from monitoring.importers.serial import dataset_lock_key
from monitoring.models import Territory
from monitoring.reference import load_reference_data

ROOT = Path(__file__).resolve().parents[2]
BUSY = "Do této datové sady právě nahrává data někdo jiný, zkuste to za chvíli."
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def share(tmp_path):
    """Returns the URL of a database other processes can open, holding the
    reference data and whatever the test wrote before asking for it."""
    load_reference_data()

    def url() -> str:
        if connection.vendor == "sqlite":
            path = tmp_path / "shared.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(path) as copy:
                connection.connection.backup(copy)
            return f"sqlite:///{path}"
        params = connection.settings_dict
        password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
        host = params["HOST"] or "127.0.0.1"
        return (
            f"postgres://{params['USER']}{password}@{host}:{params['PORT'] or 5432}"
            f"/{params['NAME']}"
        )

    return url


def child(database_url: str, *arguments: str) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
    }
    return subprocess.Popen(  # noqa: S603 (our own module, fixed arguments)
        [sys.executable, "-m", "tests.monitoring.concurrent_import", *arguments],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored(database_url: str, dataset: str) -> dict:
    out, err = child(database_url, "dump", dataset).communicate(timeout=120)
    assert out, err
    return json.loads(out)


def write_table(path: Path, keys: list[tuple], value_of) -> list:
    lines = ["kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota"]
    lines += [
        f"{code};2024;{category};osoby;{value_of(number)}"
        for number, (code, category) in enumerate(keys)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted(
        [code, category, "osoby", value_of(number)]
        for number, (code, category) in enumerate(keys)
    )


@pytest.fixture
def keys() -> list[tuple]:
    codes = Territory.objects.filter(kind="orp").values_list("code", flat=True)
    return [(code, str(category)) for code in codes for category in range(1, 14)]


def run_both(database_url, tmp_path, dataset, files) -> dict:
    folder = tmp_path / "barrier"
    folder.mkdir()
    processes = {
        name: child(database_url, "import", str(folder), name, str(path), dataset)
        for name, path in files.items()
    }
    for name, process in processes.items():
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name} crashed:\n{err}"
    return {
        name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        for name in files
    }


def assert_serialized(outcomes: dict) -> tuple[str, str]:
    """Both ran at once, and the later one compared only after the earlier one
    finished; returns (first, second)."""
    first, second = sorted(outcomes, key=lambda name: outcomes[name]["compared"])
    assert outcomes[second]["asked_for_lock"] < outcomes[first]["finished"]
    assert outcomes[second]["compared"] >= outcomes[first]["finished"] - 0.5
    return first, second


def test_two_concurrent_imports_leave_exactly_the_later_file(share, tmp_path, keys):
    dataset = "Souběžný import"
    half = len(keys) // 2
    write_table(tmp_path / "base.csv", keys, lambda number: 10)
    import_ethos(tmp_path / "base.csv", dataset_name=dataset)
    database_url = share()
    expected = {
        "a": write_table(tmp_path / "a.csv", keys, lambda number: 20),
        "b": write_table(
            tmp_path / "b.csv", keys, lambda number: 10 if number < half else 30
        ),
    }

    outcomes = run_both(
        database_url,
        tmp_path,
        dataset,
        {name: tmp_path / f"{name}.csv" for name in expected},
    )

    first, second = assert_serialized(outcomes)
    final = stored(database_url, dataset)
    assert final["values"] == expected[second]
    assert all(outcome["status"] == 0 for outcome in outcomes.values())
    # The later import compared against the earlier one's rows: every row differs.
    assert f"změněných: {len(keys)}," in outcomes[second]["out"]
    changed_by_first = len(keys) if first == "a" else len(keys) - half
    assert f"změněných: {changed_by_first}," in outcomes[first]["out"]


def test_two_imports_creating_the_same_dataset_at_once_make_one(share, tmp_path, keys):
    dataset = "Nová souběžná sada"
    database_url = share()
    expected = {
        "a": write_table(tmp_path / "a.csv", keys, lambda number: 1),
        "b": write_table(tmp_path / "b.csv", keys, lambda number: 2),
    }

    outcomes = run_both(
        database_url,
        tmp_path,
        dataset,
        {name: tmp_path / f"{name}.csv" for name in expected},
    )

    final = stored(database_url, dataset)
    assert final["datasets"] == 1
    succeeded = [name for name, outcome in outcomes.items() if outcome["status"] == 0]
    for name in set(outcomes) - set(succeeded):
        assert BUSY in outcomes[name]["err"]
    assert final["values"] in [expected[name] for name in succeeded]
    if len(succeeded) == 2:
        _, second = assert_serialized(outcomes)
        assert final["values"] == expected[second]


def test_an_import_waiting_too_long_for_the_lock_is_refused_and_writes_nothing(
    share, tmp_path, keys, monkeypatch
):
    dataset = "Zamčená sada"
    database_url = share()
    write_table(tmp_path / "a.csv", keys[:10], lambda number: 5)
    monkeypatch.setenv("MONITORING_IMPORT_LOCK_WAIT_SECONDS", "0.5")
    holder = hold_lock(database_url, dataset)
    try:
        outcomes_folder = tmp_path / "barrier"
        outcomes_folder.mkdir()
        process = child(
            database_url,
            "import",
            str(outcomes_folder),
            "a",
            str(tmp_path / "a.csv"),
            dataset,
        )
        _, err = process.communicate(timeout=120)
    finally:
        holder.close()

    assert process.returncode == 0, err
    outcome = json.loads((outcomes_folder / "a.json").read_text(encoding="utf-8"))
    assert outcome["status"] == 1
    assert BUSY in outcome["err"]
    assert stored(database_url, dataset) == {"datasets": 0, "values": []}


def hold_lock(database_url: str, dataset: str):
    """Another writer holding the dataset's lock: SQLite's write lock, or the
    PostgreSQL advisory lock of the dataset's name."""
    if database_url.startswith("sqlite:"):
        holder = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        holder.execute("BEGIN IMMEDIATE")
        return holder
    params = connection.get_connection_params()
    holder = psycopg2.connect(**params)
    holder.autocommit = True
    with holder.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [dataset_lock_key(dataset)])
    return holder
