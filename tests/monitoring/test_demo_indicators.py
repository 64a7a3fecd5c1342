"""The demo's indicator data: every shipped indicator of the registers and the
social-work tables in at least four regions, all labelled illustrative, and regions
that differ in what the data proves."""

import pytest

from monitoring.demo import load_monitoring_demo
from monitoring.demo_indicators import ILLUSTRATIVE_NOTE
from monitoring.models import (
    Dataset,
    FundGuarantee,
    GuaranteeFund,
    HousingProperty,
    IndicatorValue,
    Region,
)
from monitoring.queries.indicators import region_indicator_summary

pytestmark = pytest.mark.django_db
DEMO_INDICATORS = [
    "garancni_fond_obce",
    "garancni_fond_zaruky",
    "majetek_byty_dostupne_bydleni",
    "socialni_prace_uvazky_potreba",
    "socialni_prace_uvazky_skutecnost",
]


def regions_with(code: str) -> set[str]:
    values = IndicatorValue.objects.filter(indicator__code=code)
    return {
        value.territory.code
        if value.territory.kind == "region"
        else value.territory.parent.code
        for value in values.select_related("territory__parent")
    }


@pytest.mark.parametrize("code", DEMO_INDICATORS)
def test_every_indicator_has_values_in_at_least_four_regions(code):
    load_monitoring_demo()

    assert len(regions_with(code)) >= 4


def test_demo_indicator_data_and_registers_are_labelled_illustrative():
    load_monitoring_demo()

    datasets = Dataset.objects.filter(indicator_values__isnull=False).distinct()
    assert datasets.exists()
    assert all(dataset.is_illustrative for dataset in datasets)
    assert all("ilustrativní" in fund.name for fund in GuaranteeFund.objects.all())
    assert not FundGuarantee.objects.exclude(note=ILLUSTRATIVE_NOTE).exists()
    assert not HousingProperty.objects.exclude(note=ILLUSTRATIVE_NOTE).exists()


def test_regions_differ_in_their_step_4_to_6_figures():
    load_monitoring_demo()

    def figures(code):
        summary = region_indicator_summary(region=Region.objects.get(code=code))
        return {row.indicator.code for row in summary.rows if row.point}

    assert {"garancni_fond_obce", "majetek_byty_dostupne_bydleni"} <= figures("CZ051")
    assert "garancni_fond_obce" not in figures("CZ064")
    assert figures("CZ053").isdisjoint(DEMO_INDICATORS)  # Pardubický: no register


def test_loading_the_demo_again_adds_no_indicator_values():
    load_monitoring_demo()
    before = IndicatorValue.objects.count()

    load_monitoring_demo()

    assert IndicatorValue.objects.count() == before
