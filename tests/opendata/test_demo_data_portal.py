"""The demo's data portal as a whole: every dataset has its page, change log,
DCAT record and (with real figures) an analysis. Read-only, so the module
loads the demo once (``shared_demo``)."""

import pytest

from knowledge.models import AnalysisPage
from monitoring.models import Dataset
from tests.opendata.test_dcat import BASE, check_dataset, get_record

pytestmark = pytest.mark.django_db


def test_large_counts_are_written_the_czech_way(shared_demo, client):
    response = client.get("/data/ukazkova-data-orp-ilustrativni/")

    # 206 ORP × 5 categories × 6 years, with a non-breaking thousands space
    assert "<dt>Počet údajů</dt><dd>6\xa0180</dd>" in response.content.decode()


def test_every_demo_dataset_is_in_the_catalogue_with_its_page(shared_demo, client):
    page = client.get("/data/").content.decode()

    slugs = set(Dataset.objects.values_list("slug", flat=True))
    # ETHOS datasets and the indicator ones (registers, social-work tables).
    assert {"ukazkova-data-orp-ilustrativni", "registry-kraje-liberecky-kraj"} <= slugs
    for slug in slugs:
        assert f'href="/data/{slug}/"' in page
        assert client.get(f"/data/{slug}/").status_code == 200


def test_every_demo_dataset_has_a_change_log(shared_demo, client):
    for dataset in Dataset.objects.all():
        assert dataset.versions.exists(), dataset.name
        page = client.get(f"/data/{dataset.slug}/").content.decode()
        assert "Verze 1" in page[page.index('id="zmeny"') :], dataset.name


def test_demo_catalogue_lists_every_dataset(shared_demo, client, settings):
    settings.WAGTAILADMIN_BASE_URL = BASE

    record = get_record(client, BASE + "/data/katalog.jsonld")
    # ETHOS datasets and the indicator ones (registers, social-work tables)
    assert len(record["datová_sada"]) == Dataset.objects.count() > 3
    for iri in record["datová_sada"]:
        check_dataset(client, get_record(client, iri), iri)


def test_demo_has_an_analysis_for_every_dataset_with_real_figures(shared_demo):
    real = Dataset.objects.filter(is_illustrative=False)
    covered = set(
        AnalysisPage.objects.live().values_list("datasets", flat=True).distinct()
    )
    assert real.exists()
    assert {dataset.pk for dataset in real} <= covered
