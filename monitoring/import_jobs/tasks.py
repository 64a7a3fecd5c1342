"""The queue's entry points; `manage.py import_worker` (db_worker for the backend
and queue `imports`) runs them (tests run them at once, see cms.settings.test).

The runner (and with it pandas) is imported when a job runs, not here: the admin
imports this module to queue jobs, and the web workers should not carry pandas.
Each job notes the id of its queue record, so the record of a job whose worker
died can be settled (stalled.py)."""

from django_tasks import TaskContext, task

BACKEND = "imports"
QUEUE = "imports"


@task(backend=BACKEND, queue_name=QUEUE, takes_context=True)
def check_import(context: TaskContext, job_id: int) -> None:
    from monitoring.import_jobs import runner

    runner.check(job_id, task_id=context.task_result.id)


@task(backend=BACKEND, queue_name=QUEUE, takes_context=True)
def write_import(context: TaskContext, job_id: int) -> None:
    from monitoring.import_jobs import runner

    runner.write(job_id, task_id=context.task_result.id)
