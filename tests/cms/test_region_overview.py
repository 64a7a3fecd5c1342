"""/kraje/ answers where each region stands (a map coloured by the highest ladder
step, a table with the coordinator post, the latest ETHOS figure and what the
region published); the home page leads to regions and knowledge."""

import datetime
import json
import re

import pytest
from django.core.cache import cache

from cms.region_overview import NO_STEP_COLOUR, STEP_COLOURS
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Dataset,
    EthosCategory,
    Indicator,
    Observation,
    Region,
    Territory,
)
from tests.factories import good_practice, strategy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def achieve(region_code: str, *indicators: str, status=AssessmentStatus.ACHIEVED):
    region = Region.objects.get(code=region_code)
    for code in indicators:
        Assessment.objects.create(
            region=region,
            indicator=Indicator.objects.get(code=code),
            date=datetime.date(2020, 6, 30),
            status=status,
        )


def table_rows(html: str) -> dict[str, list[str]]:
    """Region name → the texts of its row's cells in the /kraje/ table."""
    body = html[html.index('<table class="data-table region-table">') :]
    body = body[: body.index("</table>")]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)[1:]:
        cells = [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
        ]
        rows[cells[0]] = cells[1:]
    return rows


def test_region_index_table_shows_step_coordinator_figure_and_counts(
    client, tree, liberec_region
):
    achieve("CZ051", "0a", "1a", "1b", "2a", "2b")
    dataset = Dataset.objects.create(name="Sčítání 2023", publisher="Kraj")
    for code, value in [("5105", 40), ("5101", 12)]:
        Observation.objects.create(
            dataset=dataset,
            territory=Territory.objects.get(code=code),
            category=EthosCategory.objects.get(code="1"),
            period=datetime.date(2023, 1, 1),
            measure="osoby",
            value=value,
        )
    strategy(tree["liberec"], liberec_region)
    good_practice(tree["liberec"], region=liberec_region)

    html = client.get("/kraje/").content.decode()
    rows = table_rows(html)

    assert len(rows) == 14
    assert rows["Liberecký kraj"][:3] == [
        "2. Krajský koordinátor bydlení",
        "obsazeno",
        "52 2023 · Sčítání 2023",
    ]
    assert rows["Liberecký kraj"][3:] == ["1", "1", "0"]
    assert rows["Hlavní město Praha"][:3] == ["žádný", "není doloženo", "bez dat"]
    assert f'<a href="{tree["liberec"].url}">Liberecký kraj</a>' in html
    assert "Zdroj údajů o bytové nouzi:" in html
    assert f'href="/data/{dataset.slug}/"' in html


def test_region_index_map_colours_each_region_by_its_step_and_links_hubs(client, tree):
    achieve("CZ051", "0a", "1a", "1b", "2a", "2b")

    html = client.get("/kraje/").content.decode()
    svg = html[html.index('<svg class="region-map__svg"') :]
    svg = svg[: svg.index("</svg>")]

    assert svg.count("<path ") == 14
    liberec = re.search(
        r'<a href="/kraje/liberecky-kraj/" aria-label="Liberecký kraj: krok 2">\s*'
        r'<path d="M[^"]+" fill="([^"]+)">',
        svg,
    )
    assert liberec and liberec.group(1) == STEP_COLOURS[2]
    assert f'fill="{NO_STEP_COLOUR}"' in svg  # regions with no step
    assert 'aria-label="Hlavní město Praha: žádný splněný krok"' in svg
    assert "7. Datový portál" in html  # the legend names every step
    assert 'aria-labelledby="mapa-kraju-popisek"' in html


def test_region_index_query_count(client, tree, django_assert_max_num_queries):
    client.get("/kraje/")  # warm the site and monitoring caches

    with django_assert_max_num_queries(14):
        response = client.get("/kraje/")
    assert response.status_code == 200


def test_region_index_query_count_does_not_grow_with_content(
    client, tree, liberec_region, django_assert_max_num_queries
):
    for number in range(5):
        good_practice(tree["liberec"], slug=f"praxe-{number}", region=liberec_region)
    client.get("/kraje/")

    with django_assert_max_num_queries(14):
        client.get("/kraje/")


def test_hub_hides_a_contact_the_ladder_contradicts(client, tree):
    hub = tree["liberec"]
    hub.coordinator_name = "Jana Nováková"
    hub.coordinator_email = "koordinator@kraj.example"
    hub.save_revision().publish()  # derived evidence: 2a achieved
    achieve("CZ051", "2a", status=AssessmentStatus.NOT_STARTED)  # manual wins

    html = client.get(hub.url).content.decode()

    assert "Jana Nováková" not in html
    assert "Pozice krajského koordinátora bydlení zatím není obsazena" in html


def test_hub_says_when_the_post_is_filled_but_the_contact_missing(client, tree):
    achieve("CZ051", "2a")

    html = client.get(tree["liberec"].url).content.decode()

    assert "Pozice je podle žebříčku obsazena (hodnocení k 30.\xa06.\xa02020)" in html


def test_home_links_regions_latest_knowledge_and_onward(client, tree, liberec_region):
    good_practice(tree["liberec"], region=liberec_region)
    home = tree["home"]
    home.body = json.dumps([{"type": "ladder", "value": {}}])
    home.save_revision().publish()

    html = client.get("/").content.decode()

    assert f'<a href="{tree["liberec"].url}">Liberecký kraj</a>' in html
    assert "Nejnovější ve znalostní bázi" in html
    assert "/kraje/liberecky-kraj/" in html
    for url in ["/kraje/", "/znalostni-baze/", "/data/"]:
        assert f'href="{url}"' in html


def test_home_page_with_regions_query_count(
    client, tree, django_assert_max_num_queries
):
    client.get("/")

    with django_assert_max_num_queries(11):
        assert client.get("/").status_code == 200
