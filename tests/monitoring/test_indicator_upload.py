"""The indicator upload in the admin: the same background job as ETHOS uploads,
with the indicator preview, and the region policy."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from monitoring.models import Dataset, ImportJobState, ImportKind, IndicatorValue
from tests.monitoring.upload_fields import dataset_fields

DATA = Path(__file__).resolve().parent.parent / "data" / "indicators"
UPLOAD_URL = "/admin/monitoring/nahrat-ukazatele/"


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"


def upload(client, name: str, dataset: str = "Ukazatele Libereckého kraje"):
    with (DATA / name).open("rb") as file:
        return client.post(
            UPLOAD_URL,
            {**dataset_fields(dataset), "file": SimpleUploadedFile(name, file.read())},
            follow=True,
        )


def test_upload_shows_a_preview_and_writes_after_confirmation(client, editors):
    client.force_login(editors["own"])
    page = client.get(UPLOAD_URL).content.decode()
    assert "socialni_prace_uvazky_potreba" in page  # the indicators are listed

    checked = upload(client, "indicators_cp1250.csv")

    job = checked.context["job"]
    html = checked.content.decode()
    assert (job.kind, job.state) == (ImportKind.INDICATORS, ImportJobState.READY)
    assert "Řádků: 4 – nových: 4" in html
    assert "<td>1\xa0200,25</td>" in html  # Czech number in the preview
    assert not IndicatorValue.objects.exists()

    client.post(f"/admin/monitoring/importy/{job.pk}/potvrdit/", follow=True)

    job.refresh_from_db()
    assert job.state == ImportJobState.DONE
    assert IndicatorValue.objects.get(
        territory__code="5105", indicator__code="socialni_prace_uvazky_potreba"
    ).value == Decimal("3.5")
    assert Dataset.objects.get().region.code == "CZ051"


def test_refused_upload_names_row_and_column(client, editors):
    client.force_login(editors["own"])

    html = upload(client, "bad_unit.csv").content.decode()

    assert "řádek 2, sloupec „jednotka“: Jednotka „osoby“ neodpovídá" in html
    assert not IndicatorValue.objects.exists()


def test_another_regions_editor_cannot_upload_its_territories(client, editors):
    client.force_login(editors["other"])

    html = upload(client, "indicators_cp1250.csv", dataset="Pražská sada").content

    assert "nepatří k vašemu kraji" in html.decode()
    assert not IndicatorValue.objects.exists()


def test_template_lists_every_indicator(client, editors, reference_data):
    client.force_login(editors["own"])

    response = client.get("/admin/monitoring/sablona-ukazatele.csv")

    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == (
        "kod_uzemi;obdobi;ukazatel;hodnota;jednotka;poznamka"
    )
    assert "garancni_fond_obce" in text and "socialni_sluzby_bydleni_luzka" in text
