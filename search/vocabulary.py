"""The vocabulary of indexed words and typo correction against it.

Our database backends record every word of what they index (search.models.
IndexedWord). A query word no indexed word starts with is corrected to the
closest indexed word: by trigram similarity where PostgreSQL has pg_trgm,
otherwise by edit distance (rapidfuzz) among the words with the same first
letter. Words are never removed: a stale word only costs a correction that finds
nothing, and then the original query stands.
"""

from django.db import connection
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from wagtail.search import index

from search import czech
from search.models import IndexedWord

MIN_WORD = 3  # shorter words are neither recorded nor corrected
MAX_WORD = 60
TRIGRAM_THRESHOLD = 0.3
# A typo adds or drops a letter or two; a word much longer or shorter than an
# indexed one is another word, however many trigrams they share ("bydleni" typed
# 700 times shares every trigram with "bydlení").
MAX_LENGTH_CHANGE = 2


def _texts(obj) -> list[str]:
    texts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField):
            continue
        value = field.get_value(obj)
        values = value if isinstance(value, list) else [value]
        texts += [item for item in values if isinstance(item, str)]
    return texts


def record(objects) -> None:
    """Adds the words of ``objects``' search fields to the vocabulary."""
    written = {}
    for obj in objects:
        for text in _texts(obj):
            for word in czech.WORD.findall(text):
                folded = czech.fold(word)
                if MIN_WORD <= len(folded) <= MAX_WORD and not folded.isdigit():
                    written.setdefault(folded, word.lower())
    if written:
        IndexedWord.objects.bulk_create(
            [IndexedWord(word=word, written=form) for word, form in written.items()],
            ignore_conflicts=True,
            batch_size=500,
        )


def _starting_with(prefix: str):
    return IndexedWord.objects.filter(word__gte=prefix, word__lt=prefix + "{")


def is_known(word: str) -> bool:
    """Whether an indexed word starts with ``word``'s light stem."""
    return len(word) < MIN_WORD or _starting_with(czech.stem(word)).exists()


_trigrams: dict[str, bool] = {}


def has_trigrams() -> bool:
    """Whether PostgreSQL has pg_trgm (read once per process and database, as
    the migration that creates it runs before the site serves)."""
    if connection.vendor != "postgresql":
        return False
    name = connection.settings_dict["NAME"]
    if name not in _trigrams:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _trigrams[name] = cursor.fetchone() is not None
    return _trigrams[name]


def _closest_by_trigrams(word: str) -> str | None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM search_indexedword "
            "WHERE word %% %s AND similarity(word, %s) >= %s "
            "AND abs(length(word) - %s) <= %s "
            "ORDER BY similarity(word, %s) DESC, length(word), word LIMIT 1",
            [word, word, TRIGRAM_THRESHOLD, len(word), MAX_LENGTH_CHANGE, word],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _closest_by_edits(word: str) -> str | None:
    allowed = 1 if len(word) <= 5 else 2
    choices = list(_starting_with(word[0]).values_list("word", flat=True))
    match = process.extractOne(
        word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=allowed
    )
    return match[0] if match else None


def correct(word: str) -> str | None:
    """The indexed word ``word`` was probably meant as, or None."""
    if len(word) > MAX_WORD + MAX_LENGTH_CHANGE or is_known(word):
        return None
    closest = _closest_by_trigrams(word) if has_trigrams() else None
    closest = closest or _closest_by_edits(word)
    return closest if closest and closest != word else None


def written_form(word: str) -> str:
    """The word as pages write it (with diacritics)."""
    row = IndexedWord.objects.filter(word=word).values_list("written", flat=True)
    return next(iter(row), word)
