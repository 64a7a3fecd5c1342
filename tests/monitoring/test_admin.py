import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from monitoring.importers.ethos import import_ethos
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Dataset,
    Indicator,
    Observation,
    Region,
)
from tests.monitoring.upload_fields import dataset_fields

DATA = Path(__file__).resolve().parent.parent / "data"
IMPORT_URL = "/admin/monitoring/nahrat-ethos/"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"


@pytest.fixture
def editor(liberec_editor):
    """The Liberec editor with the model rights a regional editor group carries."""
    codenames = [
        "access_admin",
        "add_assessment",
        "change_assessment",
        "delete_assessment",
        "add_dataset",
        "change_dataset",
        "add_observation",
        "change_observation",
    ]
    group = liberec_editor.groups.get()
    group.permissions.set(Permission.objects.filter(codename__in=codenames))
    return liberec_editor


@pytest.fixture
def prague_assessment(reference_data):
    return Assessment.objects.create(
        region=Region.objects.get(code="CZ010"),
        indicator=Indicator.objects.get(code="1a"),
        date=datetime.date(2024, 1, 1),
        status=AssessmentStatus.ACHIEVED,
    )


def upload(client, name, dataset="Liberec 2022"):
    """Uploads a test file; the check job runs at once (tests' task backend) and
    the admin lands on the job's page."""
    with (DATA / name).open("rb") as file:
        return client.post(
            IMPORT_URL,
            {"file": SimpleUploadedFile(name, file.read()), **dataset_fields(dataset)},
            follow=True,
        )


def test_monitoring_menus_list_in_czech(admin_client, reference_data):
    html = admin_client.get("/admin/monitoring/region/").content.decode()

    assert "Liberecký kraj" in html
    assert "CZ-51" in html
    for url in (
        "/admin/monitoring/assessment/",
        "/admin/monitoring/dataset/",
        "/admin/monitoring/observation/",
    ):
        assert admin_client.get(url).status_code == 200


def test_observation_list_filters_by_region_year_and_category(
    admin_client, reference_data
):
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání")

    response = admin_client.get(
        "/admin/monitoring/observation/", {"kraj": "CZ051", "rok": "2019"}
    )

    rows = list(response.context_data["view"].queryset)
    assert [(row.territory.code, row.category.code) for row in rows] == [("5105", "L6")]
    searched = admin_client.get("/admin/monitoring/observation/", {"q": "Liberec"})
    assert searched.status_code == 200


def test_upload_shows_a_preview_and_writes_only_after_confirmation(
    admin_client, reference_data
):
    response = upload(admin_client, "ethos_cp1250_semicolon.csv")

    html = response.content.decode()
    assert "Náhled importu do sady „Liberec 2022“" in html
    assert "Řádků: 6 – nových: 6" in html
    assert "<td>2022</td>" in html
    assert "<td>15. 4. 2019</td>" in html
    assert "<td>domácnosti</td>" in html
    assert not Observation.objects.exists()

    job = response.context["job"]
    confirmed = admin_client.post(
        f"/admin/monitoring/importy/{job.pk}/potvrdit/", follow=True
    )

    assert Observation.objects.count() == 6
    assert "Data jsou uložena do sady „Liberec 2022“" in confirmed.content.decode()


def test_upload_of_a_bad_file_lists_problems_and_writes_nothing(
    admin_client, reference_data
):
    response = upload(admin_client, "bad_negative_value.csv")

    html = response.content.decode()
    assert "Soubor nelze importovat, problémů: 1" in html
    assert "řádek 3, sloupec „hodnota“: Záporná hodnota „-3“" in html
    assert "Liberec 2022" in html  # the job's page names the dataset
    assert not Dataset.objects.exists()


def test_template_download_has_headers_and_an_example(admin_client, reference_data):
    response = admin_client.get("/admin/monitoring/sablona-ethos.csv")

    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == (
        "kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota;poznamka"
    )
    assert "ukázkový řádek" in text


def test_regional_editor_sees_and_edits_only_own_region(
    client, editor, liberec, prague_assessment
):
    own = Assessment.objects.create(
        region=liberec,
        indicator=Indicator.objects.get(code="1a"),
        date=datetime.date(2024, 1, 1),
        status=AssessmentStatus.IN_PROGRESS,
    )
    client.force_login(editor)

    listing = client.get("/admin/monitoring/assessment/")
    edit_other = client.get(
        f"/admin/monitoring/assessment/edit/{prague_assessment.pk}/"
    )
    edit_own = client.get(f"/admin/monitoring/assessment/edit/{own.pk}/")

    assert list(listing.context_data["view"].queryset) == [own]
    assert edit_other.status_code in {302, 403}
    assert edit_own.status_code == 200


def test_regional_editor_cannot_create_an_assessment_for_another_region(
    client, editor, reference_data
):
    client.force_login(editor)
    prague = Region.objects.get(code="CZ010")

    response = client.post(
        "/admin/monitoring/assessment/create/",
        {
            "region": prague.pk,
            "indicator": Indicator.objects.get(code="1a").pk,
            "date": "2024-05-01",
            "status": "achieved",
        },
    )

    assert response.status_code == 200  # the form comes back with an error
    assert "region" in response.context["form"].errors
    assert not Assessment.objects.exists()


def test_regional_editor_upload_of_other_territories_is_refused(
    client, editor, reference_data
):
    client.force_login(editor)

    response = upload(client, "ethos_cp1250_semicolon.csv")

    html = response.content.decode()
    assert "nepatří k vašemu kraji" in html
    assert not Observation.objects.exists()


def test_regional_editor_upload_of_own_region_goes_to_own_dataset(
    client, editor, liberec
):
    client.force_login(editor)

    response = upload(client, "ethos_english_headers.csv")

    assert "Řádků: 2 – nových: 2" in response.content.decode()


def test_user_without_import_right_cannot_open_the_upload(client, django_user_model):
    user = django_user_model.objects.create_user("ctenar", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(IMPORT_URL)

    assert (response.status_code, response.url) == (302, "/admin/")


def test_regional_editor_records_an_assessment_signed_with_their_name(
    client, editor, liberec
):
    client.force_login(editor)

    response = client.post(
        "/admin/monitoring/assessment/create/",
        {
            "region": liberec.pk,
            "indicator": Indicator.objects.get(code="2a").pk,
            "date": "2024-05-01",
            "status": "achieved",
            "evidence_url": "https://www.kraj-lbc.cz/",
            "note": "Koordinátorka nastoupila v dubnu.",
        },
    )

    assert response.status_code == 302
    assessment = Assessment.objects.get()
    assert (assessment.region, assessment.assessed_by) == (liberec, editor)
    assert assessment.source == "manual"
