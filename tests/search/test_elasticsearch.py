"""Elasticsearch: what our models and settings give the index, checked without a
server; searches against a live server when ELASTICSEARCH_URL is set."""

import os
from io import StringIO

import pytest
from django.core.management import call_command
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
)

from cms.models import RegionPage, StandardPage
from knowledge.models import GoodPracticePage, KnowledgePage
from search.backends import search_backends_from_environment
from search.backends.elasticsearch_settings import CZECH_INDEX_SETTINGS

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def test_the_default_analyzer_folds_diacritics_and_stems_czech():
    analysis = CZECH_INDEX_SETTINGS["settings"]["analysis"]
    default = analysis["analyzer"]["default"]

    assert default["filter"] == [
        "lowercase",
        "czech_stop",
        "asciifolding",
        "czech_stemmer",
    ]
    assert analysis["filter"]["czech_stemmer"] == {
        "type": "stemmer",
        "language": "czech",
    }
    assert analysis["filter"]["czech_stop"]["stopwords"] == "_czech_"


def test_settings_reach_the_backend_when_elasticsearch_is_configured(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.example:9200")

    params = search_backends_from_environment()["default"]
    backend = Elasticsearch9SearchBackend(dict(params))
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert (
        analyzers["default"]
        == CZECH_INDEX_SETTINGS["settings"]["analysis"]["analyzer"]["default"]
    )
    assert "edgengram_analyzer" in analyzers  # Wagtail's autocomplete stays


@pytest.mark.parametrize("model", [GoodPracticePage, RegionPage, StandardPage])
def test_searched_text_is_mapped_as_text_with_title_boosted(model):
    properties = Elasticsearch9Mapping(model).get_mapping()["properties"]

    body = next(key for key in properties if key.endswith("body"))
    assert properties["title"]["type"] == properties[body]["type"] == "text"
    assert "_all_text_boost_2_0" in properties["title"]["copy_to"]
    assert properties[body]["copy_to"] == "_all_text"
    # No analyzer of their own: the Czech default analyzer applies.
    assert "analyzer" not in properties["title"]
    assert "analyzer" not in properties[body]


def test_knowledge_pages_index_their_filters():
    properties = Elasticsearch9Mapping(KnowledgePage).get_mapping()["properties"]
    types = {key: value["type"] for key, value in properties.items()}

    assert types["knowledge_knowledgepage__region_id_filter"] == "long"
    assert types["knowledge_knowledgepage__country_id_filter"] == "long"
    assert types["knowledge_knowledgepage__date_filter"] == "date"
    assert types["id_filter"] == "integer"  # search filters facets by page id


@pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to search",
)
@pytest.mark.django_db
def test_live_elasticsearch_finds_word_forms_without_diacritics(client, corpus):
    """Settings switch to Elasticsearch when the variable is set."""
    call_command("update_index", stdout=StringIO())

    data = client.get("/hledat/api/", {"q": "garancni fondy"}).json()

    assert data["results"][0]["title"] == "Kraj Vysočina: garanční fond pro obce"
    assert data["facets"]["typ"]


@pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to search",
)
@pytest.mark.django_db
def test_live_elasticsearch_forgives_a_typo_by_its_fuzzy_matching(client, corpus):
    call_command("update_index", stdout=StringIO())

    data = client.get("/hledat/api/", {"q": "garnacni fond"}).json()

    assert data["results"][0]["title"] == "Kraj Vysočina: garanční fond pro obce"
