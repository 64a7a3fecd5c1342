"""SQLite FTS5 search with what its index allows for Czech.

FTS5's unicode61 tokenizer already drops diacritics from the index. It has no
Czech stemmer, so each query word is cut to its light stem and matched as a
prefix: ``fondy`` becomes ``fond*`` and finds ``fond``, ``fondu`` and ``fondem``.
Titles weigh more than body text through bm25's column weights.

Wagtail scores each hit with a correlated subquery that repeats the full-text
match per row, which grows with the square of the hits; here one full-text query
scores the index entries of the searched pages with bm25 and orders (and cuts)
them in the database.
"""

from functools import cache, reduce

from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    BM25,
    CombinedLexeme,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.backends.database.sqlite.utils import (
    fts5_available,
    fts_table_exists,
)
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.query import MatchAll, Not, PlainText

from search import czech
from search.backends.entries import EntryIds
from search.backends.vocabulary import RecordsVocabulary
from search.exact import ExactText

# bm25 weights for the FTS table's columns, in their order: autocomplete, body, title.
COLUMN_WEIGHTS = (0.0, 1.0, 4.0)


@cache
def fts_ready() -> bool:
    """Checked once per process, as Wagtail's own database backend does."""
    return fts5_available() and fts_table_exists()


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class RankedInOnePass:
    """Query-compiler behaviour shared by search and autocomplete."""

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25 already scores a row against the whole MATCH expression
        # (lower is better); Wagtail's products of (1 + rank) for And queries
        # would turn that order around.
        return WeightedBM25()

    def matching(self, config):
        """Every hit, unranked: the full-text match as one subquery."""
        ranked = self.order_by_relevance
        self.order_by_relevance = False
        try:
            return super().search(config, None, None).order_by()
        finally:
            self.order_by_relevance = ranked

    def _entries(self, config):
        """The index entries of the searched model's types that match."""
        query = self.build_search_query(normalize(self.query), config=config)
        return SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(self.fields or self.FTS_TABLE_FIELDS, query),
            index_entry__content_type__in=get_descendants_content_types_pks(
                self.queryset.model
            ),
        )

    @staticmethod
    def _ids(entries, ranked: bool, limit: int | None = None) -> list[int]:
        object_id = "index_entry__object_id"
        if ranked:
            entries = entries.annotate(score=WeightedBM25()).order_by(
                "score", Cast(object_id, IntegerField()).desc()
            )
        rows = entries.values_list(object_id, flat=True)
        return list(dict.fromkeys(int(pk) for pk in rows[:limit]))

    def ranked_ids(self, config, limit: int | None = None) -> list[int]:
        """The hits' ids, best first (the best ``limit`` of them): one query,
        however many hits."""
        # text ids against the pages' integer ones: SQLite compares them as
        # numbers
        entries = self._entries(config).filter(
            index_entry__object_id__in=self.queryset.order_by().values("pk")
        )
        return self._ids(entries, ranked=True, limit=limit)

    def entry_ids(self, config, among: list[int] | None) -> list[int]:
        """Every matching object's id of the searched model's types, whatever
        the queryset's filters (the caller applies them), best first when the
        search orders by relevance; only ``among`` these."""
        entries = self._entries(config)
        if among is not None:
            entries = entries.filter(index_entry__object_id__in=map(str, among))
        return self._ids(entries, ranked=self.order_by_relevance)

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if (
            not self.order_by_relevance
            or score_field is not None
            or isinstance(query, (MatchAll, Not))
        ):
            return super().search(config, start, stop, score_field)
        hits = self.ranked_ids(config, stop)[start:stop]
        if not hits:
            return self.queryset.none()
        position = Case(
            *[When(pk=pk, then=Value(index)) for index, pk in enumerate(hits)],
            output_field=IntegerField(),
        )
        return self.queryset.filter(pk__in=hits).order_by(position)


class Alternatives(CombinedLexeme):
    """``(a* OR b*)``: FTS5 binds AND tighter than OR, so alternatives of one
    word need their parentheses."""

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        return sql, [f"({params[0]})"]


def _any_prefix(word_stems: list[str]):
    lexemes = [Lexeme(word_stem, prefix=True) for word_stem in word_stems]
    return reduce(lambda a, b: Alternatives(a, "OR", b), lexemes)


class CzechSQLiteQueryCompiler(RankedInOnePass, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = czech.words(query.query_string)
        if not words:
            return None
        if isinstance(query, ExactText):
            lexemes = [Lexeme(word) for word in words]
        else:
            lexemes = [_any_prefix(czech.stems(word)) for word in words]
        combine = (
            (lambda a, b: a & b)
            if query.operator.upper() == "AND"
            else (lambda a, b: a | b)
        )
        return SearchQueryExpression(reduce(combine, lexemes), config=config)


class CzechSQLiteAutocompleteQueryCompiler(
    RankedInOnePass, SQLiteAutocompleteQueryCompiler
):
    pass


class CzechSQLiteSearchResults(EntryIds, SQLiteSearchResults):
    def _do_count(self):
        config = self.query_compiler.get_config(self.backend)
        return self.query_compiler.matching(config).count()


class CzechSQLiteSearchBackend(RecordsVocabulary, SQLiteSearchBackend):
    query_compiler_class = CzechSQLiteQueryCompiler
    autocomplete_query_compiler_class = CzechSQLiteAutocompleteQueryCompiler
    results_class = CzechSQLiteSearchResults
