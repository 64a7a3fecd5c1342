from wagtail.search.query import And, Or, PlainText

from search.query import MAX_QUERY_CHARS, parse


def test_stop_words_and_punctuation_fall_away():
    query = parse("  Jak na nájemní   smlouvy?! ")

    assert query.text == "Jak na nájemní smlouvy?!"
    assert query.plain == ["najemni", "smlouvy"]
    assert query.groups == []


def test_a_synonym_phrase_becomes_one_group():
    query = parse("lidé bez domova v Plzni")

    assert query.plain == ["plzni"]
    assert query.groups[0][0] == "bezdomovectvi"
    assert "bezdomovci" in query.terms


def test_search_query_requires_every_clause_or_any():
    query = parse("nájemní smlouvy Vysočina")

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
