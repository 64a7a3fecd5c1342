from cms.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each pytest-xdist worker ("gw0", "gw1", …) keeps its files apart from the others'.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
MEDIA_ROOT = VAR_DIR / f"test-media-{_WORKER}"  # noqa: F405
MONITORING_UPLOAD_ROOT = VAR_DIR / f"test-import-uploads-{_WORKER}"  # noqa: F405
# Dataset versions' download files, which imports in tests write, stay in memory.
STORAGES = {
    **STORAGES,  # noqa: F405
    "opendata": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
# Browser tests load the admin's own static files from the finders, not a manifest.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Live-server threads must not keep connections open, or PostgreSQL refuses to drop
# the test database at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# On SQLite the test database is a file of its own per test run (not SQLite's
# in-memory default), so tests can run commands against it in other processes, as
# the import's fault and concurrency tests do.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")  # noqa: F405
    }
# Import jobs run at once inside the request; tests of the real queue switch back.
TASKS = {
    **TASKS,  # noqa: F405
    "imports": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["imports", "files"],
    },
}
# Other tests download freely and leave streamed responses unread; the tests of
# the download limits set their own.
DOWNLOAD_RATE_LIMIT = "100000/min"
DOWNLOAD_CONCURRENCY_LIMIT = 1000
