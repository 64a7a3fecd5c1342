import sys

from django.core.management.base import CommandError

from monitoring.importers.indicators import import_indicators
from monitoring.importers.problems import ImportRefused
from monitoring.management.commands.import_ethos import Command as EthosCommand
from monitoring.management.commands.import_ethos import ProgressBar


class Command(EthosCommand):
    help = (
        "Imports a table of data indicators (CSV or XLSX: kod_uzemi, obdobi, "
        "ukazatel, hodnota, poznamka) into a dataset. One bad row and nothing is "
        "written."
    )

    def handle(self, *args, path, dataset, source, region, user, dry_run, **options):
        if not path.is_file():
            raise CommandError(f"Soubor {path} neexistuje.")
        try:
            result = import_indicators(
                path,
                dataset_name=dataset,
                source_url=source,
                region=self._region(region),
                user=self._user(user),
                dry_run=dry_run,
                progress=ProgressBar(sys.stderr),
            )
        except ImportRefused as refused:
            self._report(refused.problems)
            raise CommandError("Import odmítnut, nic nebylo zapsáno.") from refused
        prefix = "Zkouška nanečisto, nic nezapsáno. " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}Datová sada „{result.dataset_name}“ – řádků: {result.rows}, "
                f"nových: {result.created}, změněných: {result.updated}, "
                f"beze změny: {result.unchanged}."
            )
        )
