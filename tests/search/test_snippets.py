from search.snippets import SNIPPET_CHARS, highlight


def test_marks_other_word_forms_of_the_query():
    snippet = highlight(
        ["Kraj ručí z garančního fondu za nájemné."], ["garancni", "fondy"]
    )

    assert snippet == (
        "Kraj ručí z <mark>garančního</mark> <mark>fondu</mark> za nájemné."
    )


def test_escapes_the_page_text():
    snippet = highlight(["<b>Fond</b> & spol."], ["fond"])

    assert snippet == "&lt;b&gt;<mark>Fond</mark>&lt;/b&gt; &amp; spol."


def test_takes_the_first_text_that_matches_and_cuts_around_the_match():
    body = "Úvod. " * 100 + "Tady se píše o garančním fondu. " + "Závěr. " * 100

    snippet = highlight(["Shrnutí bez shody.", body], ["fond"])

    assert "<mark>fondu</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < SNIPPET_CHARS + 40


def test_without_a_match_shows_the_opening():
    assert highlight(["Shrnutí stránky.", "Text."], ["xyz"]) == "Shrnutí stránky."
    assert highlight([], ["fond"]) == ""
