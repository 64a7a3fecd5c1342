"""Settings read the environment; each case runs in a fresh interpreter so the
environment is read from scratch."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.backends import search_backends_from_environment

PROJECT_DIR = Path(__file__).resolve().parents[2]
STRONG_SECRET_KEY = "k7$Qz!8mP2@wX9#vL4^tR6&yN1*bH3(jF5)gD0-sA2+eC7=uM9%iO4"


PROJECT_VARIABLES = {
    "DATABASE_URL",
    "SECRET_KEY",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "DEBUG",
    "ALLOWED_HOSTS",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PROJECT_VARIABLES}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_values(env: dict[str, str], *names: str) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, "
        "default=str))"
    )
    result = run_python(code, {"DJANGO_SETTINGS_MODULE": "cms.settings.dev", **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_default_database_is_sqlite_under_var_with_persistent_connections():
    databases = settings_values({}, "DATABASES")["DATABASES"]

    default = databases["default"]
    assert default["ENGINE"] == "django.db.backends.sqlite3"
    assert default["NAME"] == str(PROJECT_DIR / "var" / "db.sqlite3")
    assert default["CONN_MAX_AGE"] > 0


def test_the_sqlite_database_lets_pages_read_while_an_import_writes(tmp_path):
    code = (
        "import django; django.setup(); from django.db import connection; "
        "cursor = connection.cursor(); cursor.execute('PRAGMA journal_mode'); "
        "print(cursor.fetchone()[0])"
    )
    result = run_python(code, {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})

    assert result.stdout.strip() == "wal", result.stderr


def test_database_url_selects_postgresql():
    databases = settings_values(
        {"DATABASE_URL": "postgres://bydleni:heslo@db.example:5433/bydleni"},
        "DATABASES",
    )["DATABASES"]

    default = databases["default"]
    assert default["ENGINE"] == "django.db.backends.postgresql"
    assert (default["HOST"], default["PORT"], default["NAME"]) == (
        "db.example",
        5433,
        "bydleni",
    )


def test_redis_url_switches_the_cache_and_default_is_local_memory():
    with_redis = settings_values(
        {"REDIS_URL": "redis://127.0.0.1:6379/3", "REDIS_TIMEOUT": "0.2"},
        "CACHES",
        "DJANGO_REDIS_IGNORE_EXCEPTIONS",
    )
    without = settings_values({}, "CACHES")

    assert with_redis["CACHES"]["default"] == {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/3",
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.2,
            "CONNECTION_POOL_CLASS": "cms.redis_breaker.BreakerConnectionPool",
        },
    }
    # An unreachable Redis is a cache miss, not an error (tests/cms/test_redis_outage)
    assert with_redis["DJANGO_REDIS_IGNORE_EXCEPTIONS"] is True
    assert without["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_allowed_hosts_debug_and_media_root_come_from_the_environment(tmp_path):
    values = settings_values(
        {
            "ALLOWED_HOSTS": "bydleni.example, www.bydleni.example",
            "MEDIA_ROOT": str(tmp_path),
        },
        "ALLOWED_HOSTS",
        "MEDIA_ROOT",
    )

    assert values["ALLOWED_HOSTS"] == ["bydleni.example", "www.bydleni.example"]
    assert values["MEDIA_ROOT"] == str(tmp_path)


def test_elasticsearch_url_switches_wagtail_search(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "https://elastic:heslo@es.example:9200")

    backend = search_backends_from_environment()["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backend["URLS"] == ["https://elastic:heslo@es.example:9200"]


def test_without_elasticsearch_search_uses_the_database(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)

    assert search_backends_from_environment() == {
        "default": {"BACKEND": "search.backends.database"}
    }


def test_production_refuses_to_start_without_secret_key():
    result = run_python(
        "import django; django.setup()",
        {"DJANGO_SETTINGS_MODULE": "cms.settings.production"},
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize("debug", ["", "true"])
def test_production_passes_deploy_check(debug, tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": STRONG_SECRET_KEY,
        "ALLOWED_HOSTS": "bydleni.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DEBUG": debug,  # production ignores DEBUG from the environment
    }
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', "
        "'--fail-level', 'WARNING'])",
        env,
    )

    assert result.returncode == 0, result.stderr + result.stdout


def test_production_collects_static_files_with_the_manifest(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": STRONG_SECRET_KEY,
        "ALLOWED_HOSTS": "bydleni.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = run_python(
        "from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'collectstatic', '--no-input', "
        "'-v0'])",
        env,
    )

    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "vendor/vega/vega-embed.min.js" in manifest
    assert "css/site.css" in manifest
    assert "vendor/gov-design-system/fonts/roboto-regular.woff2" in manifest
