import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


def search_html(client, **params) -> str:
    response = client.get("/hledat/", params)
    assert response.status_code == 200
    return response.content.decode()


def result_titles(client, query: str, **params) -> list[str]:
    data = client.get("/hledat/api/", {"q": query, **params}).json()
    return [item["title"] for item in data["results"]]


def test_a_result_shows_title_type_region_date_and_a_marked_snippet(client, corpus):
    html = search_html(client, q="garancni fondy")

    assert 'href="/znalostni-baze/garancni-fond-pro-obce/">Kraj Vysočina' in html
    assert "Příklad dobré praxe · Liberecký kraj · " in html
    assert '<time datetime="2024-01-01">1.\xa01.\xa02024</time>' in html
    assert "<mark>garanční</mark> <mark>fond</mark>" in html.lower()


def test_diacritics_do_not_matter(client, corpus):
    assert result_titles(client, "garancni fond")[0] == (
        "Kraj Vysočina: garanční fond pro obce"
    )
    assert result_titles(client, "GARANČNÍ FOND")[0] == (
        "Kraj Vysočina: garanční fond pro obce"
    )


@pytest.mark.parametrize("query", ["fondy", "fondu", "garančního fondu"])
def test_other_word_forms_find_the_page(client, corpus, query):
    assert "Kraj Vysočina: garanční fond pro obce" in result_titles(client, query)


def test_bydlenim_finds_bydleni(client, corpus):
    titles = result_titles(client, "bydlením")

    assert "O bydlení v krajích" in titles
    assert "Koncepce sociálního bydlení Libereckého kraje" in titles


def test_stop_words_do_not_have_to_appear(client, corpus):
    assert result_titles(client, "jak na garanční fond")[0] == (
        "Kraj Vysočina: garanční fond pro obce"
    )


def test_a_title_match_ranks_above_a_body_match(client, corpus, tree):
    publish_standard(
        tree["home"],
        "Poznámky z jednání",
        "Krátce se mluvilo i o tom, jak by mohl fungovat garanční fond.",
    )

    titles = result_titles(client, "garanční fond")

    assert titles[0] == "Kraj Vysočina: garanční fond pro obce"
    assert "Poznámky z jednání" in titles


def test_a_synonym_finds_pages_that_use_the_other_words(client, corpus):
    assert "Finsko: Housing First jako národní politika" in result_titles(
        client, "lidé bez domova"
    )


def test_when_no_page_has_every_word_pages_with_some_are_shown(client, corpus):
    html = search_html(client, q="garanční fond Ostrava")

    assert "Žádná stránka neobsahuje všechna hledaná slova" in html
    assert "Kraj Vysočina: garanční fond pro obce" in html


def test_facets_count_what_the_query_matched(client, corpus):
    data = client.get("/hledat/api/", {"q": "bydlení kraj"}).json()
    facets = {
        name: {option["value"]: option["count"] for option in options}
        for name, options in data["facets"].items()
    }

    assert data["total"] == sum(facets["typ"].values())
    assert facets["kraj"]["liberecky-kraj"] >= 1
    assert "zeme" not in facets  # Finland's page does not mention "bydlení kraj"


def test_choosing_a_facet_narrows_and_keeps_the_query(client, corpus):
    everything = client.get("/hledat/api/", {"q": "fond"}).json()
    narrowed = client.get("/hledat/api/", {"q": "fond", "typ": "strategie"}).json()
    html = search_html(client, q="fond", typ="strategie")

    assert everything["total"] > narrowed["total"] >= 1
    assert {item["type"] for item in narrowed["results"]} == {
        "Krajská strategie bydlení"
    }
    assert 'name="typ" value="strategie"' in html  # a new query keeps the filter
    assert 'aria-current="true"' in html
    assert "Zrušit vše" in html


@pytest.mark.parametrize(("param", "value"), [("tema", "garancni-fond"), ("krok", "4")])
def test_knowledge_facets_filter(client, corpus, param, value):
    assert result_titles(client, "fond", **{param: value}) == [
        "Kraj Vysočina: garanční fond pro obce"
    ]


def test_the_region_facet_keeps_that_regions_pages(client, corpus):
    data = client.get("/hledat/api/", {"q": "kraj", "kraj": "liberecky-kraj"}).json()

    assert data["total"] >= 2
    assert {item["region"] for item in data["results"]} == {"Liberecký kraj"}


def test_country_facet_lists_foreign_practice(client, corpus):
    data = client.get("/hledat/api/", {"q": "Finsko"}).json()

    assert data["facets"]["zeme"] == [{"value": "FI", "label": "Finsko", "count": 1}]
    assert result_titles(client, "Finsko", zeme="FI") == [
        "Finsko: Housing First jako národní politika"
    ]


def test_the_json_endpoint_returns_the_page_results(client, corpus):
    response = client.get("/hledat/api/", {"q": "garanční fond"})
    data = response.json()

    assert response["Access-Control-Allow-Origin"] == "*"
    assert data["query"] == "garanční fond"
    assert data["all_words_matched"] is True
    assert data["results"][0] == {
        "id": corpus["fund"].pk,
        "title": "Kraj Vysočina: garanční fond pro obce",
        "url": "/znalostni-baze/garancni-fond-pro-obce/",
        "type": "Příklad dobré praxe",
        "region": "Liberecký kraj",
        "date": "2024-01-01",
        "snippet": data["results"][0]["snippet"],
    }
    assert "<mark>" in data["results"][0]["snippet"]


def test_pagination_keeps_query_and_filters(client, tree):
    for number in range(12):
        publish_standard(tree["home"], f"Garanční fond {number}", "Text.")

    first = search_html(client, q="Garanční fond", typ="stranka")
    second = search_html(client, q="Garanční fond", typ="stranka", strana=2)

    assert "Strana 1 z 2" in first
    assert 'href="?q=Garan%C4%8Dn%C3%AD+fond&amp;typ=stranka&amp;strana=2"' in first
    assert "Strana 2 z 2" in second


def test_an_empty_result_says_what_to_try(client, corpus):
    html = search_html(client, q="xyzzyqq", kraj="liberecky-kraj")

    assert "Výsledků pro „xyzzyqq“: 0" in html
    assert "Nic jsme nenašli" in html
    assert "hledat bez upřesnění" in html
    assert 'href="/znalostni-baze/"' in html


def test_without_a_query_the_page_explains_what_to_type(client, corpus):
    html = search_html(client)

    assert "Zadejte, co hledáte" in html
    assert "Výsledků pro" not in html


def test_unpublished_pages_are_not_found(client, tree):
    draft = StandardPage(title="Tajný koncept", slug="tajny-koncept", live=False)
    tree["home"].add_child(instance=draft)

    assert result_titles(client, "Tajný koncept") == []


def test_promoted_pages_come_first_and_are_marked(client, corpus):
    query = Query.objects.create(query_string="garanční fond")
    SearchPromotion.objects.create(
        query=query,
        page=corpus["finland"],
        description="Jak to dělají ve Finsku.",
        sort_order=0,
    )

    html = search_html(client, q="Garancni  fond")
    data = client.get("/hledat/api/", {"q": "garancni fond"}).json()

    assert "navíc doporučení redakce: 1" in html
    assert html.index("Doporučuje redakce") < html.index("Kraj Vysočina")
    assert "Doporučeno" in html
    assert "Jak to dělají ve Finsku." in html
    assert data["promoted"][0]["title"] == "Finsko: Housing First jako národní politika"
    assert corpus["finland"].pk not in [item["id"] for item in data["results"]]


def test_suggestions_complete_titles_typed_without_diacritics(client, corpus):
    data = client.get("/hledat/napoveda/", {"q": "garancni fo"}).json()

    assert data["suggestions"][0] == {
        "title": "Kraj Vysočina: garanční fond pro obce",
        "url": "/znalostni-baze/garancni-fond-pro-obce/",
        "type": "Příklad dobré praxe",
    }


ODD_QUERIES = [
    "a" * 1500,
    "bydlení " * 200,
    "!!! ??? ...",
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    "<script>alert(1)</script>",
    "fond* NEAR(a b) AND OR NOT",
    "\\x00 % _ ' \"",
    "   ",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
@pytest.mark.parametrize("path", ["/hledat/", "/hledat/api/", "/hledat/napoveda/"])
def test_odd_queries_get_a_normal_answer(client, corpus, query, path):
    response = client.get(path, {"q": query})

    assert response.status_code == 200
    if path == "/hledat/":
        assert "<script>alert(1)</script>" not in response.content.decode()
    else:
        assert isinstance(response.json(), dict)


@pytest.mark.parametrize(
    "params",
    [
        {"strana": "abc"},
        {"strana": "999"},
        {"krok": "99"},
        {"typ": "nic"},
        {"zeme": "ÿÿÿ"},
    ],
)
def test_odd_parameters_are_ignored(client, corpus, params):
    assert client.get("/hledat/", {"q": "fond", **params}).status_code == 200


def test_the_search_page_runs_a_fixed_number_of_queries(
    client, corpus, settings, django_assert_max_num_queries
):
    settings.SEARCH_CACHE_SECONDS = 0  # searching, not reading a kept outcome
    search_html(client, q="bydlení")  # warm caches shared across requests
    with django_assert_max_num_queries(18):
        search_html(client, q="bydlení")


def publish_standard(parent, title: str, intro: str) -> StandardPage:
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), intro=intro)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
