"""Typo correction against the vocabulary of indexed words, and ranking for
questions, places and data blocks, on whichever database runs the tests."""

import pytest

from search import vocabulary
from search.models import IndexedWord

pytestmark = pytest.mark.django_db


def results(client, query, **params):
    return client.get("/hledat/api/", {"q": query, **params}).json()


def test_indexing_records_the_words_pages_use(corpus):
    assert IndexedWord.objects.filter(word="koncepce").exists()
    assert IndexedWord.objects.get(word="garancni").written == "garanční"


def test_a_misspelt_word_is_corrected_to_an_indexed_one(corpus):
    assert vocabulary.correct("konecpce") == "koncepce"
    assert vocabulary.correct("koncepce") is None


@pytest.mark.parametrize("typed", ["koncepcekoncepce", "koncepce" * 600])
def test_a_word_much_longer_than_any_indexed_one_is_not_corrected(corpus, typed):
    """Trigram similarity compares sets: a word typed twice or hundreds of times
    shares every trigram with the word itself, but nobody misspells it so."""
    assert vocabulary.correct(typed) is None


def test_the_page_says_which_text_it_searched_and_links_the_original(client, corpus):
    data = results(client, "konecpce")

    assert data["corrected_from"] == "konecpce"
    assert data["results"][0]["url"].endswith("/koncepce/")
    page = client.get("/hledat/", {"q": "konecpce"}).content.decode()
    assert "Zobrazují se výsledky pro „koncepce“" in page
    assert "oprava=ne" in page


def test_the_original_text_is_searched_as_typed_on_request(client, corpus):
    data = results(client, "konecpce", oprava="ne")

    assert data["corrected_from"] is None
    assert data["results"] == []


def test_question_words_do_not_keep_the_answer_out(client, corpus):
    data = results(client, "co dělá kraj s garančním fondem")

    assert data["results"][0]["url"].endswith("/garancni-fond-pro-obce/")


def test_a_region_named_in_another_form_ranks_its_pages_first(client, corpus):
    data = results(client, "strategie na Liberecku")

    assert data["results"][0]["url"].endswith("/koncepce/")


def test_a_good_practice_page_is_found_by_its_country(client, corpus):
    data = results(client, "Finsku")

    assert data["results"][0]["url"].endswith("/finsko-housing-first/")
