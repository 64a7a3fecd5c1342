"""The queue's entry points; `manage.py db_worker --backend imports --queue-name
imports` runs them (tests run them at once, see cms.settings.test)."""

from django_tasks import task

from monitoring.import_jobs import runner

BACKEND = "imports"
QUEUE = "imports"


@task(backend=BACKEND, queue_name=QUEUE)
def check_import(job_id: int) -> None:
    runner.check(job_id)


@task(backend=BACKEND, queue_name=QUEUE)
def write_import(job_id: int) -> None:
    runner.write(job_id)
