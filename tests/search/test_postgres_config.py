"""The Czech text-search configuration, against a real PostgreSQL server."""

import pytest
from django.core.management import call_command
from django.db import connection

from search import postgres_config

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="text-search configurations exist only on PostgreSQL "
        "(run with DATABASE_URL=postgres://…)",
    ),
]


def lexemes(config: str, text: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_agg(lexeme) FROM unnest(to_tsvector(%s::regconfig, %s))",
            [config, text],
        )
        return set(cursor.fetchone()[0] or [])


@pytest.mark.usefixtures("word_forms")
def test_word_forms_with_and_without_diacritics_meet_in_one_lexeme():
    written = lexemes(postgres_config.SEARCH_CONFIG, "Garančního fondu, bydlením")
    typed = lexemes(postgres_config.SEARCH_CONFIG, "garancni fondy bydleni")

    assert {"garancni", "fond", "bydleni"} <= written
    assert {"garancni", "fond", "bydleni"} <= typed


def test_autocomplete_configuration_only_drops_diacritics():
    assert lexemes(postgres_config.AUTOCOMPLETE_CONFIG, "Garančního fondu") == {
        "garancniho",
        "fondu",
    }


def test_without_the_dictionary_diacritics_still_match(monkeypatch):
    monkeypatch.setattr(postgres_config, "DICTIONARY_FILE", "no_such_dictionary")

    parts = postgres_config.install(connection)

    assert parts == {"unaccent": True, "dictionary": False}
    assert lexemes(postgres_config.SEARCH_CONFIG, "Garanční fond") == {
        "garancni",
        "fond",
    }
    # The test's transaction rolls the fallback back.


def test_install_command_reports_what_it_built(capsys):
    call_command("install_czech_search")

    output = capsys.readouterr().out
    assert "diacritics ignored" in output
    assert "update_index" in output
