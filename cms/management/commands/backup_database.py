from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, backup_database, prune_backups


class Command(BaseCommand):
    help = (
        "Backs up the database into DIRECTORY while the site runs: SQLite through "
        "its online backup API, PostgreSQL with pg_dump --format=custom."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="keep only this many newest backups in DIRECTORY (0: keep all)",
        )

    def handle(self, *args, directory, keep, **options):
        if keep < 0:
            raise CommandError("--keep nesmí být záporné.")
        try:
            backup = backup_database(directory)
        except BackupError as error:
            raise CommandError(f"Zálohu se nepodařilo vytvořit: {error}") from error
        self.stdout.write(f"Záloha databáze: {backup}")
        if keep:
            for removed in prune_backups(directory, keep):
                self.stdout.write(f"Smazána starší záloha: {removed}")
