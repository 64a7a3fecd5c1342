import argparse
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from monitoring.models import ImportJob, ImportJobState
from monitoring.uploads import clear_old_uploads


def hours(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(_("Zadejte nezáporný počet hodin."))
    return number


class Command(BaseCommand):
    help = (
        "Removes uploaded import files older than --older-than hours (default: "
        "MONITORING_UPLOAD_MAX_AGE_HOURS) and ends the jobs still waiting on them. "
        "Run it from the scheduler, e.g. hourly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=hours,
            default=settings.MONITORING_UPLOAD_MAX_AGE_HOURS,
            metavar="HOURS",
        )

    def handle(self, *args, older_than, **options):
        removed = clear_old_uploads(timedelta(hours=older_than))
        abandoned = (
            ImportJob.objects.filter(upload_token__in=removed)
            .exclude(state__in=ImportJob.FINISHED_STATES)
            .update(
                state=ImportJobState.FAILED,
                finished_at=timezone.now(),
                message=_(
                    "Import nebyl dokončen a nahraný soubor byl po čase smazán. "
                    "Nahrajte ho prosím znovu."
                ),
            )
        )
        self.stdout.write(
            ngettext(
                "Smazán %(files)s nahraný soubor, ukončeno importů: %(jobs)s.",
                "Smazáno nahraných souborů: %(files)s, ukončeno importů: %(jobs)s.",
                len(removed),
            )
            % {"files": len(removed), "jobs": abandoned}
        )
