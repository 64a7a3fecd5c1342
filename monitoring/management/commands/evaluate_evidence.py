import datetime

from django.core.management.base import BaseCommand, CommandError

from monitoring.evidence_rules import evaluate_evidence


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Datum „{value}“ není ve tvaru RRRR-MM-DD.") from None


class Command(BaseCommand):
    help = (
        "Derives ladder evidence from data as of a day (default today), so the "
        "24-month windows move on; run daily from the scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", type=_date, help="As of this day (RRRR-MM-DD).")

    def handle(self, *args, date, **options):
        changes = evaluate_evidence(on=date)
        self.stdout.write(
            self.style.SUCCESS(
                f"Doklady z dat: zapsáno {changes.recorded}, staženo "
                f"{changes.withdrawn}."
            )
        )
