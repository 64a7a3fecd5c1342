from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from frictionless import validate

from monitoring.handover import export_package
from monitoring.handover.export import DESCRIPTOR


class Command(BaseCommand):
    help = (
        "Writes everything monitoring holds (reference data, datasets with their "
        "versions, observations, indicator values, registers, ladder assessments "
        "with evidence) into DIRECTORY as a Frictionless Data Package, and "
        "validates it. import_monitoring restores it into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        if directory.exists() and any(directory.iterdir()):
            raise CommandError(
                f"Složka {directory} není prázdná; balíček zapisujte do nové složky."
            )
        counts = export_package(directory)
        report = validate(str(directory / DESCRIPTOR))
        if not report.valid:
            raise CommandError(
                "Zapsaný balíček neprošel kontrolou: "
                + "; ".join(row[0] for row in report.flatten(["message"]))
            )
        total = sum(counts.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Zapsáno {len(counts)} tabulek, {total} řádků, do {directory}; "
                "balíček je platný."
            )
        )
