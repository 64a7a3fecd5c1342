from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from monitoring.importers.problems import ImportRefused
from monitoring.rpss.municipalities import load_municipality_orp

PROBLEMS_SHOWN = 50


class Command(BaseCommand):
    help = (
        "Loads ČSÚ's code-list link between municipalities and ORP (VAZ0043_0065, "
        "CSV), replacing the loaded one; the RPSS import then counts by ORP too."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        if not path.is_file():
            raise CommandError(f"Soubor {path} neexistuje.")
        try:
            loaded = load_municipality_orp(path)
        except ImportRefused as refused:
            for problem in refused.problems[:PROBLEMS_SHOWN]:
                self.stderr.write(str(problem))
            raise CommandError("Vazba odmítnuta, nic nebylo změněno.") from refused
        self.stdout.write(
            self.style.SUCCESS(
                f"Vazba obcí na ORP načtena: obcí {loaded.municipalities}, "
                f"ORP {loaded.orp}."
            )
        )
