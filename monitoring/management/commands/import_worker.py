from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

from monitoring.import_jobs.stalled import fail_dead_jobs, summary
from monitoring.import_jobs.tasks import BACKEND


class Command(DatabaseWorker):
    help = (
        "Runs the import worker: django-tasks-db's db_worker for the backend "
        "'imports' and every queue of it (import jobs, and the files each new "
        "dataset version gets) unless --queue-name names some; its options apply. "
        "On start it first marks failed the import jobs whose worker died, such as "
        "the one it replaces."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name=BACKEND, queue_name="*")

    def handle(self, *args, **options):
        if failed := fail_dead_jobs(worker_starting=True):
            self.stderr.write(summary(failed))
        super().handle(*args, **options)
