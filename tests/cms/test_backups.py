"""A backup restores into a fresh database with the same pages, observations and
assessments (the README's "Operations" commands)."""

import datetime
import os
import sqlite3
import stat
import subprocess
from contextlib import closing
from pathlib import Path

import psycopg2
import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from cms.backups import libpq_environment, prune_backups
from monitoring.importers.ethos import import_ethos
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Indicator,
    Observation,
    Region,
)
from tests.conftest import _Discard

DATA = Path(__file__).resolve().parent.parent / "data"

# Committed data, so another connection (pg_dump) sees it; serialized rollback
# restores the rows migrations create (Wagtail's locale) after earlier flushes.
committed_data = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KEY_TABLES = {
    "wagtailcore_page": Page,
    "monitoring_observation": Observation,
    "monitoring_assessment": Assessment,
}


@pytest.fixture
def demo_data(tree):
    """Pages, observations and assessments."""
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání 2022")
    indicator = Indicator.objects.order_by("code").first()
    for region in Region.objects.all():
        Assessment.objects.create(
            region=region,
            indicator=indicator,
            date=datetime.date(2026, 1, 1),
            status=AssessmentStatus.values[0],
        )
    counts = {table: model.objects.count() for table, model in KEY_TABLES.items()}
    assert all(counts.values()), counts
    return counts


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """Files and directories would be world-readable unless created private."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.fixture
def partial_modes(monkeypatch):
    """The mode of each temporary file when it is renamed to the backup's name."""
    modes = []
    rename = Path.rename

    def recording_rename(self, target):
        modes.append(mode(self))
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", recording_rename)
    return modes


def backup(directory: Path) -> Path:
    call_command("backup_database", str(directory), stdout=_Discard())
    (created,) = [path for path in directory.iterdir() if path.name.startswith("db-")]
    assert not list(directory.glob("*.part"))
    return created


@committed_data
def test_backups_are_readable_by_their_owner_only(open_umask, partial_modes, tmp_path):
    """They hold password hashes and sessions."""
    directory = tmp_path / "zalohy"

    created = backup(directory)

    assert mode(directory) == 0o700
    assert partial_modes == [0o600]
    assert mode(created) == 0o600
    assert not list(directory.glob("*-journal"))


@committed_data
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite backup")
def test_sqlite_backup_restores_into_a_fresh_file_database(demo_data, tmp_path):
    created = backup(tmp_path / "zalohy")

    restored = tmp_path / "obnovena.sqlite3"
    # What the README says: the online backup API copies the backup into place.
    with (
        closing(sqlite3.connect(created)) as source,
        closing(sqlite3.connect(restored)) as target,
    ):
        source.backup(target)
    with closing(sqlite3.connect(restored)) as database:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = {
            table: database.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in KEY_TABLES
        }
    assert counts == demo_data


@committed_data
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL backup: runs when DATABASE_URL points at PostgreSQL",
)
def test_postgresql_dump_restores_into_a_fresh_database(demo_data, tmp_path):
    created = backup(tmp_path / "zalohy")
    settings_dict = connection.settings_dict
    fresh = f"{settings_dict['NAME']}_obnova"
    environment = libpq_environment(settings_dict)

    def psql(sql: str) -> None:
        subprocess.run(  # noqa: S603
            ["psql", "--dbname=postgres", "--quiet", "--command", sql],  # noqa: S607
            env=environment,
            check=True,
        )

    psql(f"DROP DATABASE IF EXISTS {fresh} WITH (FORCE)")
    psql(f"CREATE DATABASE {fresh}")
    try:
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--exit-on-error",
                f"--dbname={fresh}",
                str(created),
            ],
            env=environment,
            check=True,
            capture_output=True,
        )
        with (
            closing(
                psycopg2.connect(
                    dbname=fresh,
                    host=settings_dict["HOST"] or None,
                    port=settings_dict["PORT"] or None,
                    user=settings_dict["USER"] or None,
                    password=settings_dict["PASSWORD"] or None,
                )
            ) as restored,
            restored.cursor() as cursor,
        ):
            counts = {}
            for table in KEY_TABLES:
                cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
                counts[table] = cursor.fetchone()[0]
    finally:
        psql(f"DROP DATABASE IF EXISTS {fresh} WITH (FORCE)")

    assert counts == demo_data


def test_keep_removes_the_oldest_backups_only(tmp_path):
    for stamp in ("20261124-020000", "20261125-020000", "20261126-020000"):
        (tmp_path / f"db-{stamp}.sqlite3").write_bytes(b"")
    (tmp_path / "jiny-soubor.txt").write_text("zůstane")

    removed = prune_backups(tmp_path, keep=2)

    assert [path.name for path in removed] == ["db-20261124-020000.sqlite3"]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "db-20261125-020000.sqlite3",
        "db-20261126-020000.sqlite3",
        "jiny-soubor.txt",
    ]
