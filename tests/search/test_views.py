import pytest

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


def test_search_finds_a_live_page_by_its_text(client, home_page):
    response = client.get("/hledat/", {"q": "ETHOS"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/o-portalu/">O portálu</a>' in html
    assert "Běžná stránka" in html


def test_search_skips_unpublished_pages(client, home_page):
    draft = StandardPage(title="Tajný koncept", slug="tajny-koncept", live=False)
    home_page.add_child(instance=draft)

    html = client.get("/hledat/", {"q": "Tajný koncept"}).content.decode()

    assert "tajny-koncept" not in html


def test_search_without_query_explains_what_to_type(client, home_page):
    html = client.get("/hledat/").content.decode()

    assert "Zadejte, co hledáte" in html
    assert "Výsledků pro" not in html


def test_search_with_no_match_suggests_what_to_try(client, home_page):
    html = client.get("/hledat/", {"q": "xyzzyqq"}).content.decode()

    assert "Výsledků pro „xyzzyqq“: 0" in html
    assert "Zkuste jiné nebo obecnější slovo" in html


def test_search_paginates_and_keeps_the_query_in_links(client, home_page):
    for number in range(12):
        home_page.add_child(
            instance=StandardPage(
                title=f"Garanční fond {number}", slug=f"garancni-fond-{number}"
            )
        )

    first = client.get("/hledat/", {"q": "Garanční fond"}).content.decode()
    second = client.get("/hledat/", {"q": "Garanční fond", "strana": 2})

    assert "Strana 1 z 2" in first
    assert 'href="?q=Garan%C4%8Dn%C3%AD+fond&amp;strana=2"' in first
    assert second.status_code == 200
    assert "Strana 2 z 2" in second.content.decode()


@pytest.mark.parametrize("query", ["a" * 1500, "!!!", "' OR 1=1 --", "<script>"])
def test_search_survives_odd_queries(client, home_page, query):
    response = client.get("/hledat/", {"q": query})

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]
