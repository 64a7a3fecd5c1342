from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search import postgres_config


class Command(BaseCommand):
    help = (
        "Rebuilds the Czech text-search configuration on PostgreSQL, e.g. after "
        "bin/install-czech-dictionary; run update_index afterwards."
    )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "Czech text-search configuration exists only on PostgreSQL; "
                f"this database is {connection.vendor}."
            )
        parts = postgres_config.install(connection)
        self.stdout.write(
            "Czech configuration rebuilt: diacritics "
            + ("ignored" if parts["unaccent"] else "NOT ignored (no unaccent)")
            + ", word forms "
            + (
                "matched (hunspell-cs)"
                if parts["dictionary"]
                else "NOT matched (run bin/install-czech-dictionary as root)"
            )
            + ". Now run: manage.py update_index"
        )
