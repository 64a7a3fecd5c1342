from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from monitoring.handover import HandoverRefused, restore_package


class Command(BaseCommand):
    help = (
        "Restores a package written by export_monitoring (DIRECTORY with "
        "datapackage.json) into a database without monitoring data, after "
        "validating it; ids are kept, so pages' blocks and links still work."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        try:
            counts = restore_package(directory)
        except HandoverRefused as refused:
            for message in refused.messages:
                self.stderr.write(message)
            raise CommandError("Obnova odmítnuta, nic nebylo zapsáno.") from refused
        self.stdout.write(
            self.style.SUCCESS(
                f"Obnoveno {len(counts)} tabulek, {sum(counts.values())} řádků."
            )
        )
