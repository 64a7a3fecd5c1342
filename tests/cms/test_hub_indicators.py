"""A region's hub shows its latest figures for ladder steps 4–6 (guarantee fund,
regional property, social work and services) under the ladder."""

import io

import pytest
from django.core.cache import cache

from monitoring.importers.indicators import import_indicators

pytestmark = pytest.mark.django_db
TABLE = """kod_uzemi;obdobi;ukazatel;hodnota
CZ051;2025;garancni_fond_obce;4
CZ051;2025;majetek_byty_dostupne_bydleni;12
"""


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def liberec_figures(tree):
    source = io.BytesIO(TABLE.encode("utf-8"))
    source.name = "ukazatele.csv"
    import_indicators(source, dataset_name="Ukazatele Libereckého kraje")


def test_hub_shows_its_step_4_to_6_figures(client, tree, liberec_figures):
    html = client.get(tree["liberec"].url).content.decode()

    assert "Garanční fond, majetek a sociální práce v datech – Liberecký kraj" in html
    assert '<th scope="row">Obce, které využily garanční fond kraje (obce)</th>' in html
    assert "<td>12</td>" in html
    assert "Ukazatele Libereckého kraje" in html  # the source


def test_hub_without_figures_says_so(client, tree, liberec_figures):
    html = client.get(tree["prague"].url).content.decode()

    assert "Garanční fond, majetek a sociální práce v datech – Hlavní město Praha" in (
        html
    )
    assert "zatím nejsou k dispozici" in html


def test_hub_figures_add_a_fixed_number_of_queries(
    client, tree, liberec_figures, django_assert_max_num_queries
):
    client.get(tree["liberec"].url)

    with django_assert_max_num_queries(20):
        response = client.get(tree["liberec"].url)

    assert response.status_code == 200
