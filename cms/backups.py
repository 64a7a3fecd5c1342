"""Consistent database backups while the site runs (README, "Operations").

SQLite through its online backup API, PostgreSQL through ``pg_dump`` in its custom
format. Each backup is written under a temporary name, checked, then renamed, so a
file named like a backup is always a complete one. Backups hold password hashes and
sessions: the files are readable by their owner only (0600), from the first byte of
the temporary file on, in a directory created 0700.
"""

import os
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.db import connections
from django.utils import timezone

PRIVATE_FILE = 0o600
PRIVATE_DIRECTORY = 0o700


class BackupError(Exception):
    pass


def backup_database(directory: Path, alias: str = "default") -> Path:
    """Backs up the database ``alias`` into ``directory``; returns the new file."""
    connection = connections[alias]
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    try:
        directory.mkdir(parents=True)
        directory.chmod(PRIVATE_DIRECTORY)  # an existing directory keeps its mode
    except FileExistsError:
        pass
    if connection.vendor == "sqlite":
        return _finish(directory / f"db-{stamp}.sqlite3", _sqlite_backup, connection)
    if connection.vendor == "postgresql":
        return _finish(directory / f"db-{stamp}.dump", _pg_dump, connection)
    raise BackupError(f"Databázi {connection.vendor} neumím zálohovat.")


def prune_backups(directory: Path, keep: int) -> list[Path]:
    """Deletes all but the ``keep`` newest backups in ``directory``."""
    backups = sorted(
        [*directory.glob("db-*.sqlite3"), *directory.glob("db-*.dump")],
        key=lambda path: path.name[3:],
        reverse=True,
    )
    for old in backups[keep:]:
        old.unlink()
    return backups[keep:]


def _finish(target: Path, write, connection) -> Path:
    partial = target.with_name(target.name + ".part")
    try:
        # Created empty and private before anything is written into it; SQLite
        # gives its journal the database file's mode, pg_dump writes into our file.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        partial.chmod(PRIVATE_FILE)  # whatever the umask
        write(connection, partial)
        partial.rename(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _sqlite_backup(connection, target: Path) -> None:
    """Copies the live database page by page; writers may go on meanwhile."""
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"Kopie SQLite neprošla kontrolou integrity: {result}")


def libpq_environment(settings_dict: dict) -> dict[str, str]:
    """The connection settings as libpq's variables, so no password is on a command
    line that other users of the machine could read."""
    names = {
        "HOST": "PGHOST",
        "PORT": "PGPORT",
        "USER": "PGUSER",
        "PASSWORD": "PGPASSWORD",
        "NAME": "PGDATABASE",
    }
    environment = {**os.environ}
    for key, variable in names.items():
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    return environment


def _pg_dump(connection, target: Path) -> None:
    environment = libpq_environment(connection.settings_dict)
    # Into the private file we created (pg_dump --file would create its own with
    # the umask's mode were it missing).
    with target.open("wb") as output:
        _run(["pg_dump", "--format=custom"], environment, stdout=output)
    # Reads the whole archive as a restore would (into /dev/null): a truncated or
    # damaged file fails here.
    _run(["pg_restore", "--file=/dev/null", str(target)], environment)


def _run(command: list[str], environment: dict[str, str], stdout=None) -> None:
    try:
        subprocess.run(  # noqa: S603
            command,
            env=environment,
            check=True,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} chybí (Debian: apt-get install postgresql-client)."
        ) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} selhal: {error.stderr.strip()}") from error
