"""Analyses: an analyst's interpretation of datasets, with live blocks, method,
release dates, corrections and a citation; listed on the datasets' pages, in the
knowledge base and in search."""

import datetime
import json

import pytest

from knowledge.models import AnalysisPage
from monitoring.models import Dataset, EthosCategory, Observation, Territory
from tests.factories import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def dataset(tree):
    dataset = Dataset.objects.create(
        name="Sčítání lidí bez domova", slug="scitani-lidi-bez-domova"
    )
    Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code="CZ"),
        period=datetime.date(2022, 1, 1),
        category=EthosCategory.objects.get(code="roofless"),
        measure="osoby",
        value=12000,
    )
    return dataset


@pytest.fixture
def analysis(tree, dataset):
    figure = {
        "caption": "Lidé bez střechy",
        "dataset": str(dataset.pk),
        "territory": "CZ",
        "category": "roofless",
        "measure": "osoby",
    }
    return publish(
        tree["index"],
        AnalysisPage(
            title="Bytová nouze v roce 2022",
            slug="bytova-nouze-2022",
            summary="Co ukazuje sčítání.",
            date=datetime.date(2025, 2, 12),
            next_release=datetime.date(2026, 3, 1),
            authors="Jana Nováková",
            method="<p>Čísla přebíráme ze sčítání.</p>",
            body=json.dumps([{"type": "key_figure", "value": figure}]),
            corrections=json.dumps(
                [
                    {
                        "type": "correction",
                        "value": {"date": "2025-03-01", "note": "Oprava součtu."},
                    },
                    {
                        "type": "correction",
                        "value": {"date": "2025-04-10", "note": "Doplněn zdroj."},
                    },
                ]
            ),
            datasets=[dataset],
        ),
    )


def test_analysis_shows_text_live_figure_method_dates_and_corrections(
    client, analysis, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30):
        response = client.get(analysis.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "12\xa0000" in html or "12 000" in html
    assert "Čísla přebíráme ze sčítání." in html
    assert "12.\xa02.\xa02025" in html and "1.\xa03.\xa02026" in html
    # newest correction first, and the facts point to it
    assert html.index("Doplněn zdroj.") < html.index("Oprava součtu.")
    assert 'href="#opravy"' in html
    assert 'href="/data/scitani-lidi-bez-domova/"' in html


def test_citation_follows_csn_iso_690(analysis):
    text = analysis.citation(
        "https://example.cz/analyza/", today=datetime.date(2025, 5, 1)
    )

    assert text.startswith("JANA NOVÁKOVÁ. Bytová nouze v roce 2022 [online]. ")
    assert text.endswith(
        ", 12.\xa02.\xa02025 [cit. 1.\xa05.\xa02025]. Dostupné z: https://example.cz/analyza/"
    )


def test_page_without_next_release_says_none_is_announced(client, analysis):
    analysis.next_release = None
    analysis.save_revision().publish()

    assert "zatím neohlášeno" in client.get(analysis.url).content.decode()


def test_dataset_page_lists_its_live_analyses(client, analysis, dataset, tree):
    draft = AnalysisPage(
        title="Rozpracovaná analýza",
        slug="rozpracovana",
        summary="Koncept.",
        date=datetime.date(2025, 3, 1),
        authors="Jana Nováková",
        live=False,
    )
    tree["index"].add_child(instance=draft)
    draft.datasets = [dataset]
    draft.save()

    html = client.get(f"/data/{dataset.slug}/").content.decode()

    assert "Analýzy z těchto dat" in html
    assert f'href="{analysis.url}"' in html
    assert "Rozpracovaná analýza" not in html


def test_dataset_page_without_analyses_has_no_section(client, dataset):
    html = client.get(f"/data/{dataset.slug}/").content.decode()

    assert "Analýzy z těchto dat" not in html


def test_knowledge_index_lists_and_filters_analyses(client, analysis, tree):
    everything = client.get(tree["index"].url).content.decode()
    only = client.get(tree["index"].url, {"typ": "analyzy"}).content.decode()

    assert analysis.title in everything
    assert analysis.title in only
    assert "Analýzy" in only


def test_search_finds_an_analysis_by_its_method(client, analysis):
    html = client.get("/hledat/", {"q": "přebíráme"}).content.decode()

    assert analysis.title in html
