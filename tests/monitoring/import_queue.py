"""The real database queue for import jobs (and the dataset files each import's
version gets), for tests that run it instead of the tests' immediate task
backend."""

from django.db import connection
from django_tasks_db.management.commands.db_worker import Worker

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["imports", "files"],
    },
}


def run_worker() -> None:
    """Works off the queue the way `manage.py db_worker --batch` does."""
    Worker(
        queue_names=["imports", "files"],
        interval=0,
        batch=True,
        backend_name="imports",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def database_url() -> str:
    """The test database, as another process reaches it."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
