from django.core.management.base import BaseCommand

from monitoring.import_jobs.stalled import fail_dead_jobs, summary


class Command(BaseCommand):
    help = (
        "Marks failed the import jobs whose heartbeat stopped for longer than "
        "MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS (their worker died), so they "
        "can be retried or cancelled. Run it from the scheduler every minute."
    )

    def handle(self, *args, **options):
        self.stdout.write(summary(fail_dead_jobs()))
