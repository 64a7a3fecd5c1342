"""PostgreSQL full-text search in the Czech configuration the search app's
migration builds (see search/postgres_config.py)."""

from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.query import PlainText

from search import czech
from search.backends.entries import EntryIds
from search.backends.vocabulary import RecordsVocabulary
from search.exact import ExactText
from search.postgres_config import AUTOCOMPLETE_CONFIG, SEARCH_CONFIG, has_dictionary


class CzechPostgresSearchResults(EntryIds, PostgresSearchResults):
    pass


class CzechPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def entry_ids(self, config, among: list[int] | None) -> list[int]:
        """Reads the index entries alone, through the GIN index on title and
        body, rather than joining every page of the queryset to its entry."""
        search_query = self.build_tsquery(self.query, config=config)
        entries = IndexEntry.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        )
        if among is not None:
            entries = entries.filter(object_id__in=[str(pk) for pk in among])
        entries = entries.annotate(
            _vector_=F("title")._combine(F("body"), "||", False)
        ).filter(_vector_=search_query)
        if self.order_by_relevance:
            vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
            entries = entries.alias(
                _search_rank=self._build_rank_expression(vectors, config)
            ).order_by("-_search_rank", Cast("object_id", IntegerField()).desc())
        ids = entries.values_list("object_id", flat=True)
        return list(dict.fromkeys(int(pk) for pk in ids))

    def _apply_ordering_and_scoring(
        self, queryset, rank_expression, start, stop, score_field=None
    ):
        """Orders by the rank through an alias: ordering by the expression itself
        makes Django hash its whole tree (a rank per query clause and field),
        which cost more than PostgreSQL's search."""
        if not self.order_by_relevance or score_field is not None:
            return super()._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )
        queryset = queryset.alias(_search_rank=rank_expression)
        return queryset.order_by("-_search_rank", "-pk")[start:stop]

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
