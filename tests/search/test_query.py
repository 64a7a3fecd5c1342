from dataclasses import replace

import pytest
from wagtail.search.query import And, Fuzzy, Or, PlainText

from search.query import MAX_QUERY_CHARS, parse

pytestmark = pytest.mark.django_db  # synonym groups live in the database


def test_stop_words_and_punctuation_fall_away():
    query = parse("  Jak na podnájemní   smlouvy?! ")

    assert query.text == "Jak na podnájemní smlouvy?!"
    assert query.plain == ["podnajemni", "smlouvy"]
    assert query.groups == []


def test_a_synonym_phrase_becomes_one_group():
    query = parse("lidé bez domova v Plzni")

    assert query.plain == []
    assert [place.name for place in query.places] == ["Plzeňský kraj"]
    assert query.groups[0][0] == "bezdomovectvi"
    assert "bezdomovci" in query.terms


def test_search_query_requires_every_clause_or_any():
    query = parse("podnájemní smlouvy obce")

    strict = query.as_search_query("and")
    loose = query.as_search_query("or")

    assert isinstance(strict, PlainText)
    assert strict.operator == "and"
    assert loose.operator == "or"


def test_groups_and_words_combine():
    query = parse("bezdomovectví Plzeň")

    assert isinstance(query.as_search_query("and"), And)
    assert isinstance(query.as_search_query("or"), Or)
    assert query.has_several_clauses


def test_punctuation_and_stop_words_only_leave_nothing_to_search():
    assert parse("!!! ... ?").is_empty
    assert parse("a to je").is_empty
    assert parse("").is_empty


def test_very_long_input_is_cut():
    query = parse("bydlení " * 500)

    assert len(query.text) <= MAX_QUERY_CHARS
    assert len(query.plain) <= 10


def test_highlight_terms_leave_out_stop_words_of_synonyms():
    query = parse("ETHOS")

    assert "vylouceni" in query.terms
    assert "z" not in query.terms


def test_question_words_fall_away():
    query = parse("co dělá krajský koordinátor bydlení a kolik ho kde najdu")

    assert query.plain == ["krajsky"]
    assert query.groups[0][0] == "koordinator bydleni"


def test_synonym_phrases_match_in_other_word_forms():
    assert parse("garančního fondu").groups[0][0] == "garancni fond"
    assert parse("azyláky").groups[0][0] == "azylak"


def test_a_fuzzy_query_lets_elasticsearch_forgive_typos():
    query = replace(parse("strateige bydleni"), fuzzy=True)

    assert isinstance(query.as_search_query("and"), Fuzzy)
