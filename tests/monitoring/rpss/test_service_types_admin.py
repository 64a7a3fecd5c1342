import pytest
from django.contrib.auth.models import Permission

from monitoring.models import SocialServiceType
from monitoring.permissions import policy_for

INDEX = "/admin/monitoring/socialservicetype/"
pytestmark = pytest.mark.usefixtures("reference_data")


def test_reference_data_flags_the_five_housing_related_types():
    housing = SocialServiceType.objects.filter(housing_related=True)

    assert set(housing.values_list("name", flat=True)) == {
        "azylové domy",
        "noclehárny",
        "domy na půl cesty",
        "podpora samostatného bydlení",
        "terénní programy",
    }


def test_reloading_reference_data_keeps_what_editors_set(reference_data):
    from monitoring.reference import load_reference_data

    SocialServiceType.objects.filter(code=33).update(housing_related=True)
    load_reference_data()

    assert SocialServiceType.objects.get(code=33).housing_related


def test_national_editor_lists_and_switches_a_type(admin_client):
    page = admin_client.get(INDEX)
    assert page.status_code == 200
    assert "noclehárny" in page.content.decode()

    shelter = SocialServiceType.objects.get(code=20)
    response = admin_client.post(
        f"{INDEX}edit/{shelter.pk}/",
        {"code": 20, "name": "azylové domy", "housing_related": ""},
    )

    assert response.status_code == 302
    shelter.refresh_from_db()
    assert not shelter.housing_related


def test_regional_editor_may_not_reach_the_types(liberec_editor):
    liberec_editor.user_permissions.add(
        *Permission.objects.filter(codename__endswith="socialservicetype")
    )
    policy = policy_for(SocialServiceType)
    shelter = SocialServiceType.objects.get(code=20)

    assert not policy.user_has_permission(liberec_editor, "change")
    assert not policy.user_has_permission_for_instance(
        liberec_editor, "change", shelter
    )
    assert not policy.instances_user_has_any_permission_for(
        liberec_editor, ["change"]
    ).exists()
