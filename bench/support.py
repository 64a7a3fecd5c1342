"""Shared set-up for benchmarks that run inside Django."""

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


@contextlib.contextmanager
def throwaway_database(keep: str = ""):
    """Sets Django up and yields its connection to a fresh test_… database, which
    is dropped afterwards; the configured database is never touched. With
    ``keep``, the database is named after it and kept, and a later run with the
    same ``keep`` reuses what it holds."""
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    from django.db import connection

    if keep:
        connection.settings_dict["TEST"]["NAME"] = (
            str(ROOT / "var" / f"bench-{keep}.sqlite3")
            if connection.vendor == "sqlite"
            else f"test_bench_{keep}"
        )
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=bool(keep))
    try:
        yield connection
    finally:
        if not keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def run_per_backend(script: str, backend: str, *args: str) -> dict:
    """Runs ``script --child *args`` on ``backend`` ("sqlite", "postgresql" or
    "postgresql-nodict", the latter two at 127.0.0.1:5432 as user postgres, the
    last with the Czech dictionary switched off) and returns the JSON that the
    child prints on its last line. The child works in a throwaway database
    (``test_`` + the name of BENCH_DATABASE_URL, by default
    ``bydleni_bench_<script>``), so runs that choose their own names do not
    collide."""
    database = os.environ.get("BENCH_DATABASE_URL") or (
        f"postgres://postgres@127.0.0.1:5432/bydleni_bench_{Path(script).stem}"
    )
    environments = {
        "sqlite": {"DATABASE_URL": ""},
        "postgresql": {"DATABASE_URL": database},
        "postgresql-nodict": {
            "DATABASE_URL": database,
            "CZECH_SEARCH_DICTIONARY": "off",
        },
    }
    child = subprocess.run(
        [sys.executable, script, "--child", *args],
        env={**os.environ, **environments[backend]},
        capture_output=True,
        text=True,
    )
    if child.returncode:
        raise SystemExit(f"{backend} run failed:\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def start_gunicorn(
    port: int,
    environment: dict,
    workers: int = 2,
    config: str = "",
    log: Path | None = None,
) -> subprocess.Popen:
    """Serves cms.wsgi with gunicorn on 127.0.0.1:``port`` and waits until the home
    page answers; ``config`` names a gunicorn configuration file (such as the
    documented deploy/gunicorn.conf.py), whose settings the bind, the workers and
    the log level given here override; with ``log``, what the processes log goes
    to that file."""
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "cms.wsgi",
            *(["--config", config] if config else []),
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **environment},
        stderr=log.open("w") if log else None,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


# Every client of a benchmark comes from 127.0.0.1, which the per-client limits
# would count as one visitor: these raise them so the load is what it would be from
# many visitors.
MANY_CLIENTS = {
    "API_RATE_LIMIT": "100000000/min",
    "DOWNLOAD_RATE_LIMIT": "100000000/min",
    "DOWNLOAD_VOLUME_LIMIT": "1000000GB/hour",
    "DOWNLOAD_CONCURRENCY_LIMIT": "100000",
}


class ServedSite:
    """The site as the page benchmarks serve it: production settings on its own
    PostgreSQL database at 127.0.0.1:5432 (user postgres)."""

    server = "postgres://postgres@127.0.0.1:5432"

    def __init__(self, database: str, **environment: str):
        self.database = database
        self.environment = {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"{self.server}/{database}",
            **environment,
        }

    def run(self, *args: str, **options) -> subprocess.CompletedProcess:
        return subprocess.run(
            args,
            cwd=ROOT,
            env={**os.environ, **self.environment},
            check=True,
            **options,
        )

    def manage(self, *args: str, **options) -> subprocess.CompletedProcess:
        return self.run(sys.executable, "manage.py", *args, **options)

    def orp_codes(self) -> list[str]:
        script = (
            "from monitoring.models import Territory; print(','.join("
            "Territory.objects.filter(kind='orp').values_list('code', flat=True)))"
        )
        output = self.manage(
            "shell", "--no-imports", "-c", script, capture_output=True, text=True
        )
        return output.stdout.strip().splitlines()[-1].split(",")

    def prepare(self, *, fresh: bool) -> None:
        """A fresh database with the demo (or the existing one, migrated) and the
        collected static files."""
        if shutil.which("wrk") is None:
            raise SystemExit("wrk is missing: apt-get install wrk")
        if fresh:
            postgres = f"{self.server}/postgres"
            drop = f"DROP DATABASE IF EXISTS {self.database}"
            self.run("psql", postgres, "-qc", drop)
            self.run("psql", postgres, "-qc", f"CREATE DATABASE {self.database}")
        self.manage("migrate", "--no-input", "-v0")
        if fresh:
            self.manage("load_demo")
        self.manage("collectstatic", "--no-input", "-v0")


def to_ms(text: str) -> float:
    """wrk's latency ("850.12us", "3.41ms", "1.02s") in milliseconds."""
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url: str, seconds: int, connections: int = 8) -> dict:
    """Requests per second, p50 and p99 (ms) of ``url`` under ``wrk`` with two
    threads (one with a single connection); stops on any error answer."""
    output = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "60s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"{url} answered with errors:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)[1]),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)[1]),
    }
