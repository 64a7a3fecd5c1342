"""The database search backend with Czech handling: the PostgreSQL or SQLite
variant by the default database's vendor, otherwise Wagtail's own choice."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as WagtailDatabaseBackend


def SearchBackend(params):
    if connection.vendor == "postgresql":
        from search.backends.postgres import CzechPostgresSearchBackend

        return CzechPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.sqlite import CzechSQLiteSearchBackend, fts_ready

        if fts_ready():
            return CzechSQLiteSearchBackend(params)
    return WagtailDatabaseBackend(params)
