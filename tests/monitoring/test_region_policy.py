"""The one region policy through the admin: every monitoring model × list, create,
edit, delete × a national editor, the region's own editor and another region's
editor, with the permissions the real editorial groups carry."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from cms.editorial import NATIONAL_GROUP
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
from monitoring.versioning import current_data_version

ADMIN = "/admin/monitoring"


@pytest.fixture
def liberec_data(tree):
    """One object of every monitoring model, all belonging to Liberecký kraj."""
    region = Region.objects.get(code="CZ051")
    dataset = Dataset.objects.create(name="Liberecká data", region=region)
    observation = Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code="5105"),
        period=datetime.date(2024, 1, 1),
        category=EthosCategory.objects.get(code="1"),
        measure="osoby",
        value=40,
    )
    assessment = Assessment.objects.create(
        region=region,
        indicator=Indicator.objects.get(code="1a"),
        date=datetime.date(2024, 1, 1),
        status=AssessmentStatus.IN_PROGRESS,
    )
    return {
        "region": region,
        "dataset": dataset,
        "observation": observation,
        "assessment": assessment,
    }


def form_data(model: str, data: dict, **changes) -> dict:
    """A valid admin form for an object of Liberecký kraj."""
    forms = {
        "region": lambda: {"editor_groups": []},
        "assessment": lambda: {
            "region": data["region"].pk,
            "indicator": Indicator.objects.get(code="2a").pk,
            "date": "2024-05-01",
            "status": "achieved",
        },
        "dataset": lambda: {
            "name": "Nová sada",
            "region": data["region"].pk,
            "theme": "SOCI",
            "update_frequency": "IRREG",
        },
        "observation": lambda: {
            "dataset": data["dataset"].pk,
            "territory": Territory.objects.get(code="CZ051").pk,
            "period": "2023-01-01",
            "period_is_year": "on",
            "category": EthosCategory.objects.get(code="2").pk,
            "measure": "osoby",
            "value": "12",
        },
    }
    return {**forms[model](), **changes}


MODELS = {
    "region": Region,
    "assessment": Assessment,
    "dataset": Dataset,
    "observation": Observation,
}
# Who may do what to an object of Liberecký kraj.
ALLOWED = {
    ("region", "list"): {"national"},
    ("region", "create"): set(),
    ("region", "edit"): {"national"},
    ("region", "delete"): set(),
    ("assessment", "list"): {"national", "own"},
    ("assessment", "create"): {"national", "own"},
    ("assessment", "edit"): {"national", "own"},
    ("assessment", "delete"): {"national", "own"},
    ("dataset", "list"): {"national", "own"},
    ("dataset", "create"): {"national", "own"},
    ("dataset", "edit"): {"national", "own"},
    ("dataset", "delete"): set(),  # a dataset's deletion drops all its data
    ("observation", "list"): {"national", "own"},
    ("observation", "create"): {"national", "own"},
    ("observation", "edit"): {"national", "own"},
    ("observation", "delete"): {"national", "own"},
}


def listed(client, model, obj) -> bool:
    response = client.get(f"{ADMIN}/{model}/")
    if response.status_code != 200:
        return False
    return obj in response.context_data["view"].queryset


def created(client, model, data) -> bool:
    before = MODELS[model].objects.count()
    client.post(f"{ADMIN}/{model}/create/", form_data(model, data))
    return MODELS[model].objects.count() == before + 1


def edited(client, model, data) -> bool:
    obj = data[model]
    if model == "region":
        obj.editor_groups.add(Group.objects.get(name=NATIONAL_GROUP))
    changes = {
        "region": lambda: {"editor_groups": []},
        "assessment": lambda: {"note": "Upraveno."},
        "dataset": lambda: {"name": obj.name, "publisher": "Upraveno"},
        "observation": lambda: {
            "territory": obj.territory_id,
            "period": "2024-01-01",
            "category": obj.category_id,
            "value": "41",
        },
    }[model]()
    client.post(f"{ADMIN}/{model}/edit/{obj.pk}/", form_data(model, data, **changes))
    obj = MODELS[model].objects.get(pk=obj.pk)
    return {
        "region": lambda: not obj.editor_groups.exists(),
        "assessment": lambda: obj.note == "Upraveno.",
        "dataset": lambda: obj.publisher == "Upraveno",
        "observation": lambda: obj.value == 41,
    }[model]()


def deleted(client, model, data) -> bool:
    obj = data[model]
    client.post(f"{ADMIN}/{model}/delete/{obj.pk}/")
    return not MODELS[model].objects.filter(pk=obj.pk).exists()


ACTIONS = {"list": listed, "create": created, "edit": edited, "delete": deleted}


@pytest.mark.parametrize("role", ["national", "own", "other"])
@pytest.mark.parametrize(("model", "action"), sorted(ALLOWED))
def test_region_policy_matrix(client, editors, liberec_data, model, action, role):
    client.force_login(editors[role])
    if action == "list":
        outcome = listed(client, model, liberec_data[model])
    else:
        outcome = ACTIONS[action](client, model, liberec_data)

    assert outcome == (role in ALLOWED[(model, action)])


def test_observation_form_offers_only_the_editors_reach(client, editors, liberec_data):
    national = Dataset.objects.create(name="Celostátní data")
    client.force_login(editors["own"])

    form = client.get(f"{ADMIN}/observation/create/").context["form"]

    assert list(form.fields["dataset"].queryset) == [liberec_data["dataset"]]
    territories = set(form.fields["territory"].queryset.values_list("code", flat=True))
    assert "CZ051" in territories
    assert "5105" in territories  # an ORP of the region
    assert territories.isdisjoint({"CZ", "CZ010", "1100"})
    assert national not in form.fields["dataset"].queryset


@pytest.mark.parametrize(
    "move",
    [
        {"dataset": "national"},
        {"territory": "CZ010"},
    ],
)
def test_regional_editor_cannot_move_an_observation_out_of_the_region(
    client, editors, liberec_data, move
):
    national = Dataset.objects.create(name="Celostátní data")
    observation = liberec_data["observation"]
    values = {
        "dataset": national.pk if move.get("dataset") else liberec_data["dataset"].pk,
        "territory": Territory.objects.get(code=move.get("territory", "5105")).pk,
        "period": "2024-01-01",
        "category": observation.category_id,
    }
    client.force_login(editors["own"])

    response = client.post(
        f"{ADMIN}/observation/edit/{observation.pk}/",
        form_data("observation", liberec_data, **values),
    )

    assert response.status_code == 200  # the form comes back with the error
    assert set(move) & set(response.context["form"].errors)
    observation.refresh_from_db()
    assert (observation.dataset, observation.territory.code) == (
        liberec_data["dataset"],
        "5105",
    )


def test_regional_editor_cannot_give_their_dataset_to_another_region(
    client, editors, liberec_data
):
    dataset = liberec_data["dataset"]
    client.force_login(editors["own"])

    response = client.post(
        f"{ADMIN}/dataset/edit/{dataset.pk}/",
        form_data(
            "dataset",
            liberec_data,
            name=dataset.name,
            region=Region.objects.get(code="CZ010").pk,
        ),
    )

    assert "region" in response.context["form"].errors
    dataset.refresh_from_db()
    assert dataset.region.code == "CZ051"


def test_regional_editor_cannot_record_national_data(client, editors, liberec_data):
    client.force_login(editors["own"])

    response = client.post(
        f"{ADMIN}/dataset/create/",
        form_data("dataset", liberec_data, name="Celostátní sada", region=""),
    )

    assert "region" in response.context["form"].errors
    assert not Dataset.objects.filter(name="Celostátní sada").exists()


def test_a_regions_dataset_holds_only_its_territories_even_for_national_editors(
    client, editors, liberec_data
):
    client.force_login(editors["national"])

    response = client.post(
        f"{ADMIN}/observation/create/",
        form_data(
            "observation",
            liberec_data,
            territory=Territory.objects.get(code="CZ010").pk,
        ),
    )

    assert "patří kraji Liberecký kraj" in str(response.context["form"].errors)
    assert Observation.objects.count() == 1


@pytest.mark.parametrize("action", ["create", "edit", "delete"])
def test_every_admin_change_to_observations_bumps_the_data_version(
    client, editors, liberec_data, action
):
    client.force_login(editors["own"])
    before = current_data_version()

    assert ACTIONS[action](client, "observation", liberec_data)
    assert current_data_version() > before


def test_another_regions_editor_cannot_read_an_objects_history(
    client, editors, liberec_data
):
    observation = liberec_data["observation"]
    client.force_login(editors["other"])

    response = client.get(f"{ADMIN}/observation/history/{observation.pk}/")

    assert response.status_code in {302, 403}
    assert str(observation.value) not in response.content.decode()


def test_page_region_offers_only_regions_whose_hubs_the_editor_edits(
    client, editors, tree
):
    hub = tree["liberec"]
    client.force_login(editors["own"])

    response = client.get(f"/admin/pages/add/knowledge/goodpracticepage/{hub.pk}/")

    field = response.context["form"].fields["region"]
    assert list(field.queryset.values_list("code", flat=True)) == ["CZ051"]
    with pytest.raises(ValidationError):
        field.clean(Region.objects.get(code="CZ010").pk)


def test_national_editor_may_set_any_region_on_a_page(client, editors, tree):
    client.force_login(editors["national"])

    response = client.get(
        f"/admin/pages/add/knowledge/goodpracticepage/{tree['liberec'].pk}/"
    )

    assert response.context["form"].fields["region"].queryset.count() == 14


def test_upload_form_offers_only_datasets_in_the_editors_reach(
    client, editors, liberec_data
):
    Dataset.objects.create(name="Pražská data", region=Region.objects.get(code="CZ010"))
    Dataset.objects.create(name="Celostátní data")
    client.force_login(editors["own"])

    html = client.get("/admin/monitoring/nahrat-ethos/").content.decode()

    assert ">Liberecká data</option>" in html
    assert "Pražská data" not in html
    assert "Celostátní data" not in html
