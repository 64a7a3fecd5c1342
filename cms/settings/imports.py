"""Background import jobs (django-tasks) and where uploaded import files wait.

Star-imported by ``base``; see README.md, "Import jobs", and .env.example.
"""

import os
from pathlib import Path

_BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Wagtail's own tasks keep running at once in the process that makes them; ETHOS
# imports go to a database queue that `manage.py import_worker` (db_worker for
# the backend "imports") works off, so no web worker parses an uploaded file; the
# queue "files" writes each dataset version's downloads (opendata.tasks). The
# queue lives in the project's database: no Redis or broker is needed.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["imports", "files"],
    },
}

# Uploaded import files wait here between the upload and the job that writes them:
# outside MEDIA_ROOT, so no URL ever serves them.
MONITORING_UPLOAD_ROOT = Path(
    os.environ.get("MONITORING_UPLOAD_ROOT") or _BASE_DIR / "var" / "import-uploads"
)
# Abandoned uploads older than this are removed by `manage.py clear_import_uploads`.
MONITORING_UPLOAD_MAX_AGE_HOURS = int(
    os.environ.get("MONITORING_UPLOAD_MAX_AGE_HOURS", "24")
)
# A running import job touches a heartbeat file beside its upload this often; a
# job whose heartbeat is older than the timeout is taken for dead (its worker was
# killed) and marked failed. See README.md, "Import jobs".
MONITORING_IMPORT_HEARTBEAT_SECONDS = float(
    os.environ.get("MONITORING_IMPORT_HEARTBEAT_SECONDS", "10")
)
MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS = float(
    os.environ.get("MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS", "60")
)
