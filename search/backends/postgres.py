"""PostgreSQL full-text search in the Czech configuration the search app's
migration builds (see search/postgres_config.py)."""

from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from wagtail.search.query import PlainText

from search import czech
from search.backends.vocabulary import RecordsVocabulary
from search.exact import ExactText
from search.postgres_config import AUTOCOMPLETE_CONFIG, SEARCH_CONFIG, has_dictionary


class CzechPostgresSearchResults(PostgresSearchResults):
    def ranked_ids(self) -> list[int]:
        """Every hit's id, best first, in one query."""
        return list(self.get_queryset().values_list("pk", flat=True))

    def best_ids(self, limit: int) -> list[int]:
        """The best ``limit`` hits' ids, ranked and cut in the database."""
        return list(self.get_queryset().values_list("pk", flat=True)[:limit])


class CzechPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        """Without the Czech dictionary, each word's light stem matches as a
        prefix (``fondy`` → ``fond:*``), as on SQLite."""
        if not isinstance(query, PlainText) or has_dictionary(connection):
            return super().build_tsquery_content(query, config=config, invert=invert)
        words = czech.words(query.query_string)
        if not words:
            return None
        if isinstance(query, ExactText):  # place forms, listed in full
            lexemes = [Lexeme(word, invert=invert) for word in words]
        else:
            lexemes = [
                reduce(
                    lambda a, b: a | b,
                    [
                        Lexeme(stem, invert=invert, prefix=True)
                        for stem in czech.stems(w)
                    ],
                )
                for w in words
            ]
        combined = lexemes[0]
        for lexeme in lexemes[1:]:
            if query.operator == "and":
                combined &= lexeme
            else:
                combined |= lexeme
        return SearchQuery(combined, search_type="raw", config=config)


class CzechPostgresSearchBackend(RecordsVocabulary, PostgresSearchBackend):
    query_compiler_class = CzechPostgresQueryCompiler
    results_class = CzechPostgresSearchResults

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": SEARCH_CONFIG, **params})
        # Wagtail autocompletes in 'simple', which keeps diacritics.
        self.autocomplete_config = AUTOCOMPLETE_CONFIG
