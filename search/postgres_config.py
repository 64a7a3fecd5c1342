"""The Czech text-search configuration on PostgreSQL.

``cs_bydleni`` strips diacritics (unaccent) and then finds the word's lemma in a
diacritic-free copy of Debian's hunspell-cs dictionary (``cs_cz_ascii``, written
by bin/install-czech-dictionary), so ``garancni fondy`` and ``Garanční fond`` meet
in the same lexemes. Without that dictionary it falls back to unaccent alone,
and the backend matches each query word's light stem as a prefix (as on
SQLite). ``cs_bydleni_prefix`` serves autocomplete: unaccent only, since
prefixes of words have no lemma.
"""

import os

from django.db import DatabaseError, transaction

SEARCH_CONFIG = "cs_bydleni"
AUTOCOMPLETE_CONFIG = "cs_bydleni_prefix"
DICTIONARY = "cs_hunspell_ascii"
DICTIONARY_FILE = "cs_cz_ascii"
WORD_TOKENS = "asciiword, word, hword, hword_part, asciihword, hword_asciipart"
# CZECH_SEARCH_DICTIONARY=off builds the configuration as if the server had no
# dictionary, to run the fallback (and its tests) on a server that has one.
DICTIONARY_SWITCH = "CZECH_SEARCH_DICTIONARY"
_known: dict[str, bool] = {}


def dictionary_wanted() -> bool:
    return os.environ.get(DICTIONARY_SWITCH, "").strip().lower() not in {"off", "0"}


def has_dictionary(connection) -> bool:
    """Whether the configuration finds lemmas (read once per process and
    database; install_czech_search asks for a restart)."""
    name = connection.settings_dict["NAME"]
    if name not in _known:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_config c "
                "ON c.oid = m.mapcfg JOIN pg_ts_dict d ON d.oid = m.mapdict "
                "WHERE c.cfgname = %s AND d.dictname = %s LIMIT 1",
                [SEARCH_CONFIG, DICTIONARY],
            )
            _known[name] = cursor.fetchone() is not None
    return _known[name]


def attempt(cursor, sql: str) -> bool:
    """Runs ``sql`` in a savepoint; False when PostgreSQL refuses it."""
    try:
        with transaction.atomic(using=cursor.db.alias):
            cursor.execute(sql)
    except DatabaseError:
        return False
    return True


def install(connection) -> dict:
    """(Re)creates both configurations; tells which parts PostgreSQL had."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")
        cursor.execute(
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {AUTOCOMPLETE_CONFIG}"
        )
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}")
        has_unaccent = attempt(cursor, "CREATE EXTENSION IF NOT EXISTS unaccent")
        has_dictionary = dictionary_wanted() and attempt(
            cursor,
            f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY} (TEMPLATE = ispell, "
            f"DictFile = {DICTIONARY_FILE}, AffFile = {DICTIONARY_FILE})",
        )
        _known.pop(connection.settings_dict["NAME"], None)
        unaccent = ["unaccent"] if has_unaccent else []
        lemmas = [DICTIONARY] if has_dictionary else []
        for name, dictionaries in (
            (SEARCH_CONFIG, [*unaccent, *lemmas, "simple"]),
            (AUTOCOMPLETE_CONFIG, [*unaccent, "simple"]),
        ):
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR {WORD_TOKENS} WITH {', '.join(dictionaries)}"
            )
    return {"unaccent": has_unaccent, "dictionary": has_dictionary}


def uninstall(connection) -> None:
    with connection.cursor() as cursor:
        for name in (SEARCH_CONFIG, AUTOCOMPLETE_CONFIG):
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}")
