"""The Czech text-search configuration, against a real PostgreSQL server."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backend

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


@pytest.fixture
def fresh_dictionary_check(monkeypatch):
    """Installing in a test's transaction must not leave the backend's per-process
    answer to "is there a dictionary?" behind."""
    monkeypatch.setattr(postgres_config, "_known", {})


@pytest.mark.usefixtures("fresh_dictionary_check")
def test_without_the_dictionary_diacritics_still_match(monkeypatch):
    monkeypatch.setattr(postgres_config, "DICTIONARY_FILE", "no_such_dictionary")

    parts = postgres_config.install(connection)

    assert parts == {"unaccent": True, "dictionary": False}
    assert lexemes(postgres_config.SEARCH_CONFIG, "Garanční fond") == {
        "garancni",
        "fond",
    }
    # The test's transaction rolls the fallback back.


@pytest.mark.usefixtures("fresh_dictionary_check")
def test_without_the_dictionary_word_forms_match_by_their_light_stem(
    monkeypatch, client, corpus
):
    monkeypatch.setenv(postgres_config.DICTIONARY_SWITCH, "off")
    postgres_config.install(connection)
    backend = get_search_backend()
    for page in corpus.values():
        backend.add(page.specific)

    assert not postgres_config.has_dictionary(connection)
    data = client.get("/hledat/api/", {"q": "fondu"}).json()
    titles = [result["title"] for result in data["results"]]
    assert "Kraj Vysočina: garanční fond pro obce" in titles


@pytest.mark.usefixtures("fresh_dictionary_check")
def test_install_command_reports_what_it_built(capsys):
    call_command("install_czech_search")

    output = capsys.readouterr().out
    assert "diacritics ignored" in output
    assert "update_index" in output
