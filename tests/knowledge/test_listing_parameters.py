"""The knowledge index and its feed leave out filters they cannot read."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "params",
    [
        {"krok": "²"},
        {"krok": "99999999999999999999"},
        {"strana": "²"},
        {"kraj": "\x00"},
        {"tema": "a" * 5000},
        {"zeme": "\x00\x00"},
        {"razeni": "' OR 1=1 --"},
        {"typ": "²"},
    ],
)
def test_index_and_feed_ignore_what_they_cannot_read(client, tree, params):
    index = tree["index"].url

    listing = client.get(index, params)
    feed = client.get(index + "feed/", params)

    assert listing.status_code == 200
    assert listing.context["filters"].active == {}
    assert feed.status_code == 200


def test_a_good_filter_beside_a_bad_one_still_applies(client, tree):
    response = client.get(tree["index"].url, {"krok": "²", "typ": "strategie"})

    assert response.context["filters"].active == {"typ": "strategie"}
    assert response.context["filters"].ignored == ("krok",)
    assert "které v adrese stránky nebylo platné" in response.content.decode()


def test_a_clean_address_shows_no_notice(client, tree):
    response = client.get(tree["index"].url, {"krok": "4"})

    assert response.context["filters"].notice == ""
    assert "nebylo platné" not in response.content.decode()
