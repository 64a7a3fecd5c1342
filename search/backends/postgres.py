"""PostgreSQL full-text search in the Czech configuration the search app's
migration builds (see search/postgres_config.py)."""

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchResults,
)

from search.backends.vocabulary import RecordsVocabulary
from search.postgres_config import AUTOCOMPLETE_CONFIG, SEARCH_CONFIG


class CzechPostgresSearchResults(PostgresSearchResults):
    def ranked_ids(self) -> list[int]:
        """Every hit's id, best first, in one query."""
        return list(self.get_queryset().values_list("pk", flat=True))


class CzechPostgresSearchBackend(RecordsVocabulary, PostgresSearchBackend):
    results_class = CzechPostgresSearchResults

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": SEARCH_CONFIG, **params})
        # Wagtail autocompletes in 'simple', which keeps diacritics.
        self.autocomplete_config = AUTOCOMPLETE_CONFIG
