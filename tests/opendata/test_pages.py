"""The catalogue (/data/) and dataset pages (/data/<slug>/)."""

import datetime
import re

import pytest
from django.utils import timezone

from knowledge.models import AnalysisPage
from monitoring.models import Dataset, EthosCategory, Observation, Region, Territory
from monitoring.versioning import bump_data_version
from tests.factories import publish

pytestmark = pytest.mark.django_db


def text(response) -> str:
    """The page's main content as text, whitespace collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r"<script.*?</script>", " ", main, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)).replace(" ,", ",")


@pytest.fixture
def datasets(liberec_data, home_page):
    liberec_data.last_imported_at = timezone.make_aware(
        datetime.datetime(2024, 5, 6, 10, 0)
    )
    liberec_data.save()
    national = Dataset.objects.create(
        name="Celostátní sčítání", theme="REGI", description="Celá republika."
    )
    prague = Dataset.objects.create(
        name="Pražská data", region=Region.objects.get(code="CZ010")
    )
    return {"liberec": liberec_data, "national": national, "prague": prague}


def test_catalogue_lists_every_dataset_with_its_metadata(client, datasets):
    response = client.get("/data/")
    page = text(response)

    assert response.status_code == 200
    assert "Datových sad: 3" in page
    for name in ("Sčítání v Libereckém kraji", "Celostátní sčítání", "Pražská data"):
        assert name in page
    # A phone shows one line of facts (the full list is hidden there by CSS).
    assert (
        "Sčítání v Libereckém kraji Liberecký kraj (kraj, ORP) · 2022–2023 · "
        "Aktualizováno 6. 5. 2024 Lidé bez domova v ORP Libereckého kraje. "
        "Vydavatel Liberecký kraj Území Liberecký kraj (kraj, ORP) "
        "Časové pokrytí 2022–2023 Periodicita aktualizace ročně "
        "Poslední aktualizace 6. 5. 2024 Příští aktualizace 30. 4. 2025 "
        "Licence CC BY 4.0"
    ) in page
    assert "Území Česko Časové pokrytí zatím bez údajů" in page
    assert 'href="/data/scitani-v-libereckem-kraji/"' in response.content.decode()


def test_catalogue_filters_by_region_and_topic(client, datasets):
    liberec = text(client.get("/data/", {"kraj": "liberecky-kraj"}))
    assert "Datových sad: 2 (data kraje Liberecký kraj a celostátní data)" in liberec
    assert "Pražská data" not in liberec

    regions_and_cities = text(client.get("/data/", {"tema": "regi"}))
    assert "Datových sad: 1" in regions_and_cities
    assert "Celostátní sčítání" in regions_and_cities

    both = text(client.get("/data/", {"kraj": "hlavni-mesto-praha", "tema": "soci"}))
    assert "Datových sad: 1" in both and "Pražská data" in both


@pytest.mark.parametrize(
    "query", [{"kraj": "neexistuje"}, {"tema": "xyz"}, {"kraj": "\x00"}]
)
def test_catalogue_leaves_out_a_bad_filter_and_says_so(client, datasets, query):
    response = client.get("/data/", query)

    assert response.status_code == 200
    page = text(response)
    assert "Upřesnění, které v adrese stránky nebylo platné, jsme vynechali." in page
    assert "Datových sad: 3" in page


def test_dataset_page_shows_metadata_method_limits_preview_and_citation(
    client, datasets
):
    response = client.get("/data/scitani-v-libereckem-kraji/")
    page = text(response)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Sčítání v Libereckém kraji</h1>" in html
    for fact in (
        "Téma Obyvatelstvo a společnost",
        "Klíčová slova bezdomovectví, bytová nouze",
        "Počet údajů 7",
        "Kontakt Odbor sociálních věcí, data@kraj-lbc.cz",
        "Metoda Sčítání v terénu.",
        "Známá omezení Nezahrnuje skryté bezdomovectví.",
    ):
        assert fact in page
    # The preview is the live chart block: a chart and its table.
    assert 'class="data-block data-block--ethos_chart"' in html
    assert "data-vega-spec=" in html
    assert '<th scope="row">2023</th>' in html
    assert 'href="/api/v1/observations/?dataset=scitani-v-libereckem-kraji"' in html
    today = timezone.localdate()
    assert (
        "Jak citovat LIBERECKÝ KRAJ. Sčítání v Libereckém kraji [online datová "
        "sada]. Bydlení v krajích, aktualizováno 6. 5. 2024 "
        f"[cit. {today.day}. {today.month}. {today.year}]. Dostupné z: "
        "http://testserver/data/scitani-v-libereckem-kraji/"
    ) in page


def test_dataset_without_figures_has_no_preview(client, datasets):
    response = client.get("/data/celostatni-scitani/")

    assert response.status_code == 200
    assert "Časové pokrytí zatím bez údajů" in text(response)
    assert 'class="data-block"' not in response.content.decode()


def test_illustrative_dataset_says_so(client, datasets):
    datasets["national"].is_illustrative = True
    datasets["national"].save()

    assert "Ilustrativní data:" in text(client.get("/data/celostatni-scitani/"))
    assert "ilustrativní data" in text(client.get("/data/"))


def test_unknown_dataset_is_a_404(client, datasets):
    assert client.get("/data/neni-takova/").status_code == 404


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # the content generation and data version, read together (the content
        # comes from its cached fragment, the shell from the cache)
        ("/data/", 1),
        ("/data/?kraj=liberecky-kraj&tema=soci", 1),
        # the same (the entry and the content come from the cache)
        ("/data/scitani-v-libereckem-kraji/", 1),
    ],
)
def test_query_counts_are_fixed(
    client, datasets, django_assert_num_queries, url, queries
):
    client.get(url)  # the chart block's HTML is cached from here on
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_catalogue_shows_a_new_dataset_once_the_data_version_moves(client, datasets):
    assert "Datových sad: 3" in text(client.get("/data/"))  # now cached
    Dataset.objects.create(name="Nová data")
    bump_data_version()  # as an import or an edit in the admin does

    page = text(client.get("/data/"))

    assert "Datových sad: 4" in page and "Nová data" in page


def test_dataset_page_follows_an_import_and_a_new_analysis(client, datasets, tree):
    url = "/data/scitani-v-libereckem-kraji/"
    assert "Počet údajů 7" in text(client.get(url))  # now cached
    Observation.objects.create(
        dataset=datasets["liberec"],
        territory=Territory.objects.get(code="5105"),
        period=datetime.date(2024, 1, 1),
        category=EthosCategory.objects.get(code="1"),
        measure="osoby",
        value=140,
    )
    bump_data_version()
    assert "Počet údajů 8" in text(client.get(url))

    analysis = AnalysisPage(
        title="Co ukazuje sčítání",
        slug="co-ukazuje-scitani",
        summary="Kolik lidí je v bytové nouzi.",
        date=datetime.date(2025, 2, 12),
        authors="Jana Nováková",
        datasets=[datasets["liberec"]],
    )
    publish(tree["index"], analysis)  # moves the content generation

    assert "Co ukazuje sčítání" in text(client.get(url))
