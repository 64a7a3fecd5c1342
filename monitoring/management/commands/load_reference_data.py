from django.core.management.base import BaseCommand

from monitoring.reference import load_reference_data


class Command(BaseCommand):
    help = (
        "Loads regions, ORP, the ETHOS typology, the ladder and the data indicators; "
        "safe to run again."
    )

    def handle(self, *args, **options):
        load_reference_data()
        self.stdout.write(self.style.SUCCESS("Referenční data jsou načtena."))
