"""SQLite FTS5 search with what its index allows for Czech.

FTS5's unicode61 tokenizer already drops diacritics from the index. It has no
Czech stemmer, so each query word is cut to its light stem and matched as a
prefix: ``fondy`` becomes ``fond*`` and finds ``fond``, ``fondu`` and ``fondem``.
Titles weigh more than body text through bm25's column weights.
"""

from functools import cache, reduce

from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    SearchQueryExpression,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.backends.database.sqlite.utils import (
    fts5_available,
    fts_table_exists,
)
from wagtail.search.query import PlainText

from search import czech

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


class CzechSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        stems = [czech.stem(word) for word in czech.words(query.query_string)]
        if not stems:
            return None
        lexemes = [Lexeme(word_stem, prefix=True) for word_stem in stems]
        combine = (
            (lambda a, b: a & b)
            if query.operator.upper() == "AND"
            else (lambda a, b: a | b)
        )
        return SearchQueryExpression(reduce(combine, lexemes), config=config)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25 already scores a row against the whole MATCH expression
        # (lower is better); Wagtail's products of (1 + rank) for And queries
        # would turn that order around.
        return WeightedBM25()


class CzechSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = CzechSQLiteQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
