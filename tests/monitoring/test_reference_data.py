import pytest

from monitoring.models import (
    EthosCategory,
    EthosLevel,
    Indicator,
    LadderStep,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.reference import load_reference_data, load_territories

pytestmark = pytest.mark.django_db


def test_territories_are_the_country_14_regions_and_206_orp(reference_data):
    kinds = {
        kind: Territory.objects.filter(kind=kind).count() for kind in TerritoryKind
    }

    assert kinds == {"country": 1, "region": 14, "orp": 206}


def test_regions_carry_nuts3_iso_slug_and_boundaries(liberec):
    assert (liberec.name, liberec.iso_code, liberec.slug) == (
        "Liberecký kraj",
        "CZ-51",
        "liberecky-kraj",
    )
    assert liberec.geometry["type"] in {"Polygon", "MultiPolygon"}
    assert liberec.parent.code == "CZ"


def test_every_orp_belongs_to_a_region(reference_data):
    vysocina = Region.objects.get(code="CZ063")

    assert not Territory.objects.filter(kind="orp", parent__kind="country").exists()
    assert vysocina.name == "Kraj Vysočina"
    assert vysocina.children.count() == 15
    assert Territory.objects.get(code="5105").name == "Liberec"


def test_ethos_typology_has_4_concepts_13_categories_and_light(reference_data):
    def codes(level):
        return list(
            EthosCategory.objects.filter(level=level).values_list("code", flat=True)
        )

    assert len(codes(EthosLevel.CONCEPT)) == 4
    assert codes(EthosLevel.CATEGORY) == [str(n) for n in range(1, 14)]
    assert "3.3" in codes(EthosLevel.SITUATION)
    assert codes(EthosLevel.LIGHT) == ["L1", "L2", "L3", "L4", "L5", "L6"]
    roofless = EthosCategory.objects.get(code="roofless")
    assert roofless.name_cs == "Bez střechy"
    assert list(roofless.children.values_list("code", flat=True)) == ["1", "2"]


def test_ethos_light_corresponds_to_ethos_categories(reference_data):
    light_3 = EthosCategory.objects.get(code="L3")

    assert sorted(light_3.corresponds_to.values_list("code", flat=True)) == ["3", "4"]


def test_ladder_has_steps_0_to_7_each_with_indicators(reference_data):
    assert list(LadderStep.objects.values_list("number", flat=True)) == list(range(8))
    assert not LadderStep.objects.filter(indicators__isnull=True).exists()
    assert Indicator.objects.get(code="2a").step.title == "Krajský koordinátor bydlení"


def test_loading_reference_data_again_changes_nothing(reference_data):
    counts = (Territory.objects.count(), EthosCategory.objects.count())

    load_reference_data()

    assert (Territory.objects.count(), EthosCategory.objects.count()) == counts


def test_loading_territories_again_restores_an_edited_one_in_a_few_queries(
    reference_data, django_assert_max_num_queries
):
    Territory.objects.filter(code="CZ051").update(name="Jiný název", slug="jiny")
    orp = Territory.objects.filter(kind=TerritoryKind.ORP).first()
    Territory.objects.filter(pk=orp.pk).update(parent=None)

    with django_assert_max_num_queries(10):
        load_territories()

    liberec = Territory.objects.get(code="CZ051")
    assert (liberec.name, liberec.slug) == ("Liberecký kraj", "liberecky-kraj")
    assert Territory.objects.get(pk=orp.pk).parent_id == orp.parent_id
    assert Territory.objects.count() == 1 + 14 + 206
