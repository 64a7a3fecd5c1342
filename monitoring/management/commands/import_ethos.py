import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.models import Region

PROBLEMS_SHOWN = 200


class ProgressBar:
    """A one-line progress bar on stderr, drawn only for a terminal."""

    def __init__(self, stream, width: int = 40):
        self.stream = stream
        self.width = width

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        filled = int(self.width * done / total)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} řádků")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Imports an ETHOS table (CSV or XLSX) into a dataset. One bad row and nothing "
        "is written."
    )
    # The import_indicators command is this one with another importer.
    importer = staticmethod(import_ethos)

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--dataset", required=True, help="Dataset name.")
        parser.add_argument("--source", default="", help="URL of the data's source.")
        parser.add_argument(
            "--region", help="NUTS 3 code of the region that owns a new dataset."
        )
        parser.add_argument(
            "--user", help="Apply this user's region-scoped rights to the import."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate and count, write nothing."
        )

    def handle(self, *args, path, dataset, source, region, user, dry_run, **options):
        if not path.is_file():
            raise CommandError(f"Soubor {path} neexistuje.")
        try:
            result = self.importer(
                path,
                dataset_name=dataset,
                source_url=source,
                region=self._region(region),
                user=self._user(user),
                dry_run=dry_run,
                progress=ProgressBar(sys.stderr),
            )
        except ImportRefused as refused:
            self._report(refused)
            raise CommandError("Import odmítnut, nic nebylo zapsáno.") from refused
        prefix = "Zkouška nanečisto, nic nezapsáno. " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}Datová sada „{result.dataset_name}“ – řádků: {result.rows}, "
                f"nových: {result.created}, změněných: {result.updated}, "
                f"beze změny: {result.unchanged}."
            )
        )

    def _region(self, code):
        if not code:
            return None
        region = Region.objects.filter(code=code.upper()).first()
        if region is None:
            raise CommandError(f"Kraj s kódem {code} neexistuje.")
        return region

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Uživatel {username} neexistuje.")
        return user

    def _report(self, refused: ImportRefused):
        shown = refused.problems[:PROBLEMS_SHOWN]
        for problem in shown:
            self.stderr.write(str(problem))
        if refused.total > len(shown):
            self.stderr.write(f"… a dalších problémů: {refused.total - len(shown)}.")
