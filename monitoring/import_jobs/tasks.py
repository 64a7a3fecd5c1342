"""The queue's entry points; `manage.py db_worker --backend imports --queue-name
imports` runs them (tests run them at once, see cms.settings.test).

The runner (and with it pandas) is imported when a job runs, not here: the admin
imports this module to queue jobs, and the web workers should not carry pandas."""

from django_tasks import task

BACKEND = "imports"
QUEUE = "imports"


@task(backend=BACKEND, queue_name=QUEUE)
def check_import(job_id: int) -> None:
    from monitoring.import_jobs import runner

    runner.check(job_id)


@task(backend=BACKEND, queue_name=QUEUE)
def write_import(job_id: int) -> None:
    from monitoring.import_jobs import runner

    runner.write(job_id)
