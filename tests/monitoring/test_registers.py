"""The registers a region keeps (guarantee fund, properties for housing): the
indicator values they feed, and the region policy in their admin."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from monitoring.models import (
    Dataset,
    DatasetVersion,
    FundGuarantee,
    GuaranteeFund,
    HousingProperty,
    IndicatorValue,
    PropertyKind,
    PropertyStatus,
    Region,
    Territory,
)
from monitoring.queries.indicators import IndicatorValueSelection, indicator_value_rows
from monitoring.registers import refresh_register_indicators, register_dataset_name

ADMIN = "/admin/monitoring"
THIS_YEAR = timezone.localdate().year
LAST_YEAR = THIS_YEAR - 1


def values(region: Region) -> dict[tuple[str, str, int], Decimal]:
    return {
        (value.indicator.code, value.territory.code, value.period.year): value.value
        for value in IndicatorValue.objects.filter(
            dataset__name=register_dataset_name(region)
        ).select_related("indicator", "territory")
    }


@pytest.fixture
def liberec_fund(liberec):
    return GuaranteeFund.objects.create(
        region=liberec,
        name="Garanční fond Libereckého kraje",
        established_on=datetime.date(LAST_YEAR, 3, 1),
    )


def guarantee(fund, municipality, orp_code, year, month=5):
    return FundGuarantee.objects.create(
        fund=fund,
        municipality=municipality,
        orp=Territory.objects.get(code=orp_code),
        issued_on=datetime.date(year, month, 1),
    )


def test_guarantees_count_guarantees_and_distinct_municipalities_per_year(
    liberec_fund,
):
    guarantee(liberec_fund, "Liberec", "5105", LAST_YEAR)
    guarantee(liberec_fund, "liberec ", "5105", LAST_YEAR, month=8)
    guarantee(liberec_fund, "Nový Bor", "5106", LAST_YEAR)

    refresh_register_indicators(liberec_fund.region)

    figures = values(liberec_fund.region)
    assert figures["garancni_fond_zaruky", "CZ051", LAST_YEAR] == 3
    assert figures["garancni_fond_obce", "CZ051", LAST_YEAR] == 2
    assert figures["garancni_fond_obce", "5105", LAST_YEAR] == 1
    assert figures["garancni_fond_zaruky", "5105", LAST_YEAR] == 2
    # Years after the first guarantee are recorded too, as zeros when unused.
    assert figures["garancni_fond_obce", "CZ051", THIS_YEAR] == 0
    dataset = Dataset.objects.get(name=register_dataset_name(liberec_fund.region))
    assert dataset.region == liberec_fund.region


def test_let_and_handed_over_properties_count_their_units_from_their_year(liberec):
    common = {"region": liberec, "kind": PropertyKind.BUILDING}
    HousingProperty.objects.create(
        name="Bývalá škola",
        municipality="Liberec",
        orp=Territory.objects.get(code="5105"),
        units=6,
        status=PropertyStatus.LET,
        status_since=datetime.date(LAST_YEAR, 9, 1),
        **common,
    )
    HousingProperty.objects.create(
        name="Domov na Nábřeží",
        municipality="Semily",
        units=4,
        status=PropertyStatus.HANDED_OVER,
        status_since=datetime.date(THIS_YEAR, 1, 15),
        **common,
    )
    HousingProperty.objects.create(
        name="Pozemek u nádraží",
        municipality="Tanvald",
        units=20,
        status=PropertyStatus.PREPARING,
        **common,
    )

    refresh_register_indicators(liberec)

    figures = values(liberec)
    assert figures["majetek_byty_dostupne_bydleni", "CZ051", LAST_YEAR] == 6
    assert figures["majetek_byty_dostupne_bydleni", "CZ051", THIS_YEAR] == 10
    assert figures["majetek_byty_dostupne_bydleni", "5105", THIS_YEAR] == 6


def test_each_change_is_a_version_and_withdrawing_records_removes_values(
    liberec_fund,
):
    region = liberec_fund.region
    first = guarantee(liberec_fund, "Liberec", "5105", LAST_YEAR)
    refresh_register_indicators(region)
    refresh_register_indicators(region)  # nothing changed: no new version
    dataset = Dataset.objects.get(name=register_dataset_name(region))
    assert DatasetVersion.objects.filter(dataset=dataset).count() == 1

    guarantee(liberec_fund, "Semily", "5107", LAST_YEAR)
    counts = refresh_register_indicators(region)
    assert (counts.changed, counts.new) == (2, 4)  # region figures; Semily's ORP
    revised = IndicatorValue.objects.get(
        dataset=dataset,
        indicator__code="garancni_fond_obce",
        territory__code="CZ051",
        period__year=LAST_YEAR,
    )
    assert (revised.value, revised.revised, revised.version) == (2, True, 2)
    at_second = values(region)

    FundGuarantee.objects.all().delete()
    first.fund.delete()
    counts = refresh_register_indicators(region)
    assert counts.removed > 0
    assert values(region) == {}
    assert DatasetVersion.objects.filter(dataset=dataset).count() == 3
    # Replaced and removed values are kept: the dataset as it stood before.
    assert values_at(dataset, 2) == at_second
    assert values_at(dataset, 1)["garancni_fond_obce", "CZ051", LAST_YEAR] == 1
    assert values_at(dataset, 3) == {}


def values_at(dataset: Dataset, version: int) -> dict:
    selection = IndicatorValueSelection(datasets=(dataset.slug,), version=version)
    return {
        (row["indicator_code"], row["territory_code"], row["period"].year): row["value"]
        for row in indicator_value_rows(selection)
    }


def test_a_region_without_registers_gets_no_dataset(liberec):
    refresh_register_indicators(liberec)

    assert not Dataset.objects.exists()


def test_property_let_without_a_date_and_orp_of_another_region_are_refused(liberec):
    prague_orp = Territory.objects.get(code="1000")
    prop = HousingProperty(
        region=liberec,
        name="Dům",
        municipality="Liberec",
        orp=prague_orp,
        kind=PropertyKind.BUILDING,
        units=3,
        status=PropertyStatus.LET,
    )
    with pytest.raises(Exception) as refused:
        prop.full_clean()
    assert set(refused.value.message_dict) == {"orp", "status_since"}


# The region policy in the registers' admin.


@pytest.fixture
def registers(editors):
    liberec = Region.objects.get(code="CZ051")
    fund = GuaranteeFund.objects.create(
        region=liberec, name="Fond", established_on=datetime.date(LAST_YEAR, 1, 1)
    )
    return {
        "region": liberec,
        "guaranteefund": fund,
        "fundguarantee": guarantee(fund, "Liberec", "5105", LAST_YEAR),
        "housingproperty": HousingProperty.objects.create(
            region=liberec,
            name="Bývalá škola",
            municipality="Liberec",
            kind=PropertyKind.BUILDING,
            units=6,
        ),
    }


def form(model: str, data: dict, **changes) -> dict:
    forms = {
        "guaranteefund": {
            "region": data["region"].pk,
            "name": "Fond kraje",
            "established_on": f"{LAST_YEAR}-02-01",
        },
        "fundguarantee": {
            "fund": data["guaranteefund"].pk,
            "municipality": "Jablonec nad Nisou",
            "orp": Territory.objects.get(code="5103").pk,
            "issued_on": f"{THIS_YEAR}-01-10",
        },
        "housingproperty": {
            "region": data["region"].pk,
            "name": "Bytový dům",
            "municipality": "Turnov",
            "orp": Territory.objects.get(code="5109").pk,
            "kind": "building",
            "units": "8",
            "status": "let",
            "status_since": f"{THIS_YEAR}-02-01",
        },
    }
    return {**forms[model], **changes}


MODELS = {
    "guaranteefund": GuaranteeFund,
    "fundguarantee": FundGuarantee,
    "housingproperty": HousingProperty,
}


@pytest.mark.parametrize("model", sorted(MODELS))
@pytest.mark.parametrize(
    ("role", "allowed"), [("national", True), ("own", True), ("other", False)]
)
def test_only_the_regions_editors_list_edit_and_delete_its_records(
    client, editors, registers, model, role, allowed
):
    client.force_login(editors[role])
    obj = registers[model]

    listing = client.get(f"{ADMIN}/{model}/")
    shown = listing.status_code == 200 and obj in listing.context_data["view"].queryset
    changes = {"guaranteefund": "name", "fundguarantee": "municipality"}
    field = changes.get(model, "name")
    client.post(
        f"{ADMIN}/{model}/edit/{obj.pk}/", form(model, registers, **{field: "Změněno"})
    )
    edited = getattr(MODELS[model].objects.get(pk=obj.pk), field) == "Změněno"
    client.post(f"{ADMIN}/{model}/delete/{obj.pk}/")
    deleted = not MODELS[model].objects.filter(pk=obj.pk).exists()

    assert (shown, edited, deleted) == (allowed, allowed, allowed)


def test_regional_editor_creates_a_let_property_and_the_figure_follows(
    client, editors, registers
):
    client.force_login(editors["own"])

    response = client.post(
        f"{ADMIN}/housingproperty/create/", form("housingproperty", registers)
    )

    assert response.status_code == 302
    figures = values(registers["region"])
    assert figures["majetek_byty_dostupne_bydleni", "CZ051", THIS_YEAR] == 8
    assert figures["majetek_byty_dostupne_bydleni", "5109", THIS_YEAR] == 8


def test_regional_editor_cannot_record_for_another_region(client, editors, registers):
    prague = Region.objects.get(code="CZ010")
    prague_fund = GuaranteeFund.objects.create(region=prague, name="Pražský fond")
    client.force_login(editors["own"])

    client.post(
        f"{ADMIN}/housingproperty/create/",
        form("housingproperty", registers, region=prague.pk, orp=""),
    )
    client.post(
        f"{ADMIN}/fundguarantee/create/",
        form("fundguarantee", registers, fund=prague_fund.pk, orp=""),
    )
    created_form = client.get(f"{ADMIN}/fundguarantee/create/").context["form"]

    assert not HousingProperty.objects.filter(region=prague).exists()
    assert not FundGuarantee.objects.filter(fund=prague_fund).exists()
    assert list(created_form.fields["fund"].queryset) == [registers["guaranteefund"]]
    orp_codes = set(created_form.fields["orp"].queryset.values_list("code", flat=True))
    assert "5105" in orp_codes and "1000" not in orp_codes
