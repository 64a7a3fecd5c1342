"""The home page, /kraje/ and the knowledge index keep their listings as cached
fragments: a publish shows at once, and one query's fragment never stands in for
another's."""

import datetime
import re

import pytest

from tests.factories import good_practice, strategy

pytestmark = pytest.mark.django_db


def get(client, url, params=None) -> str:
    response = client.get(url, params or {})
    assert response.status_code == 200, url
    return response.content.decode()


def test_index_shows_a_page_published_after_it_was_cached(client, tree, liberec_region):
    index = tree["index"].url
    strategy(tree["liberec"], liberec_region)
    assert "Nalezeno: 1" in get(client, index)

    good_practice(tree["liberec"], title="Nájemní garance", region=liberec_region)

    html = get(client, index)
    assert "Nalezeno: 2" in html
    assert "Nájemní garance" in html


def test_index_caches_each_query_apart(client, tree, liberec_region):
    index = tree["index"].url
    strategy(tree["liberec"], liberec_region, title="Koncepce Libereckého kraje")
    good_practice(tree["index"], title="Finsko: Housing First", slug="finsko")
    for params in ({}, {"typ": "strategie"}, {"typ": "dobra-praxe"}):
        get(client, index, params)  # every fragment cached

    strategies = get(client, index, {"typ": "strategie"})
    practice = get(client, index, {"typ": "dobra-praxe"})
    by_title = get(client, index, {"typ": "dobra-praxe", "razeni": "nazev"})

    assert "Koncepce Libereckého kraje" in strategies
    assert "Finsko: Housing First" not in strategies
    assert "Finsko: Housing First" in practice
    assert "Koncepce Libereckého kraje" not in practice
    assert '<option value="nazev" selected>' in by_title
    assert '<option value="nazev" selected>' not in practice


def test_index_notice_only_where_a_parameter_was_left_out(client, tree):
    index = tree["index"].url
    get(client, index, {"krok": "4"})

    bad = get(client, index, {"krok": "4", "typ": "²"})
    clean = get(client, index, {"krok": "4"})

    assert "nebylo platné" in bad
    assert "nebylo platné" not in clean


def test_index_pages_are_cached_apart(client, tree, liberec_region):
    for number in range(14):
        good_practice(
            tree["liberec"],
            title=f"Praxe {number:02}",
            slug=f"praxe-{number}",
            region=liberec_region,
            date=datetime.date(2024, 1, number + 1),
        )
    first = get(client, tree["index"].url)

    second = get(client, tree["index"].url, {"strana": "2"})

    assert "Praxe 13" in first and "Praxe 13" not in second
    assert "Praxe 00" in second and "Praxe 00" not in first


def test_home_shows_knowledge_published_after_it_was_cached(
    client, tree, liberec_region
):
    strategy(tree["liberec"], liberec_region, title="Koncepce Libereckého kraje")
    assert "Koncepce Libereckého kraje" in get(client, "/")

    good_practice(
        tree["liberec"],
        title="Nájemní garance",
        region=liberec_region,
        date=datetime.date(2025, 1, 1),
    )

    assert "Nájemní garance" in get(client, "/")


def test_region_counts_follow_a_publish(client, tree, liberec_region):
    strategy(tree["liberec"], liberec_region)
    before = get(client, "/kraje/")

    good_practice(tree["liberec"], region=liberec_region)

    after = get(client, "/kraje/")
    assert published_counts(before) == ["1", "0", "0"]
    assert published_counts(after) == ["1", "1", "0"]


def published_counts(html: str) -> list[str]:
    """Liberec's strategies, good practice and events in the /kraje/ table."""
    row = html[html.index(">Liberecký kraj</a>") :]
    return re.findall(r"<td>(\d+)</td>", row[: row.index("</tr>")])
