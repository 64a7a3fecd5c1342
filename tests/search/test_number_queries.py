"""Numbers match with or without the thousands space."""

import pytest

from tests.factories import good_practice

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["3429", "3429 domácností"])
def test_a_number_typed_without_the_thousands_space_finds_the_page(client, tree, query):
    good_practice(
        tree["index"],
        title="Sčítání lidí bez domova",
        slug="scitani-bez-domova",
        summary="Sčítání našlo 3 429 domácností v bytové nouzi.",
    )
    good_practice(
        tree["index"],
        title="Jiné sčítání",
        slug="jine-scitani",
        summary="Sčítání našlo 429 domácností.",
    )

    titles = [
        result["title"]
        for result in client.get("/hledat/api/", {"q": query}).json()["results"]
    ]

    assert titles[0] == "Sčítání lidí bez domova"
    if query == "3429":
        assert titles == ["Sčítání lidí bez domova"]
