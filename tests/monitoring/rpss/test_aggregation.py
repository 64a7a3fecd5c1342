"""The sample's services (monitoring/data/rpss/rpss_ukazka.json), as of 30 June 2026:
1001 azylový dům, Liberec, two facilities: 30 beds, 30 clients
1002 noclehárna in Ústí nad Labem and Děčín (one region, two ORP): 25 beds; listed
     twice, as registrations sometimes are
1003 terénní programy with offices in Liberec and Děčín (two regions): 40 clients
1004 azylový dům with a secret address, provider in Praha: 12 beds, 12 clients
1005 dům na půl cesty in Karlovy Vary, ended 31 December 2025: 10 beds, 10 clients
1006 podpora samostatného bydlení, Karlovy Vary (its Aš office closed in 2024):
     15 + 5 clients in two forms
1007 domov pro seniory: not housing-related
1008 azylový dům in Aš whose only facility closed on 31 March 2025
1009 noclehárna registered from 2027
1010 podpora samostatného bydlení with no facility: provider in Ústí: 20 clients
"""

import datetime

import pytest

from monitoring.rpss.aggregation import Aggregate, Gazetteer, aggregate
from monitoring.rpss.stream import read_services
from tests.monitoring.rpss.samples import HOUSING, REGIONS_ONLY, RPSS_SAMPLE, WITH_ORP

MID_2026 = datetime.date(2026, 6, 30)
MID_2025 = datetime.date(2025, 6, 30)


def counted(on: datetime.date, gazetteer: Gazetteer = REGIONS_ONLY) -> Aggregate:
    with RPSS_SAMPLE.open("rb") as file:
        return aggregate(
            read_services(file), on=on, housing_types=HOUSING, gazetteer=gazetteer
        )


def figures(result: Aggregate) -> dict[str, tuple[int, int, int]]:
    return {
        code: (totals.services, totals.beds, totals.clients)
        for code, totals in sorted(result.totals.items())
    }


def test_counts_and_capacities_per_region_as_of_a_date():
    assert figures(counted(MID_2026)) == {
        "CZ": (6, 67, 122),
        "CZ010": (1, 12, 12),  # 1004, placed by its provider
        "CZ041": (1, 0, 20),  # 1006 only: 1005 ended, 1008's facility closed
        "CZ042": (3, 25, 60),  # 1002 once, 1003, 1010
        "CZ051": (2, 30, 70),  # 1001 once despite two facilities, 1003
    }


def test_ended_service_counts_before_its_end_and_not_after():
    assert figures(counted(MID_2025))["CZ041"] == (2, 10, 30)
    assert figures(counted(datetime.date(2025, 12, 31)))["CZ041"] == (2, 10, 30)
    assert figures(counted(datetime.date(2026, 1, 1)))["CZ041"] == (1, 0, 20)


def test_service_whose_every_facility_closed_is_not_counted():
    early = counted(datetime.date(2025, 3, 31))
    late = counted(datetime.date(2025, 4, 1))

    assert early.totals["CZ041"].beds == 10 + 18
    assert late.totals["CZ041"].beds == 10


def test_service_not_yet_started_is_not_counted():
    assert figures(counted(datetime.date(2027, 1, 1)))["CZ051"] == (3, 44, 70)


def test_service_in_two_regions_counts_once_in_each_and_once_in_the_country():
    result = counted(MID_2026)

    assert result.totals["CZ051"].clients == 30 + 40
    assert result.totals["CZ042"].clients == 40 + 20
    assert result.totals["CZ"].clients == 30 + 40 + 12 + 20 + 20


def test_secret_address_places_the_service_at_its_providers_seat():
    result = counted(MID_2026)

    assert result.totals["CZ010"].beds == 12
    assert result.placed_by_provider == 2  # 1004 (secret) and 1010 (no facility)


def test_duplicate_registration_counts_once():
    result = counted(MID_2026)

    assert result.duplicates == 1
    assert result.housing_active == 6


def test_orp_figures_when_the_municipality_links_are_known():
    result = counted(MID_2026, WITH_ORP)

    assert result.orp_known
    orp = {code: value for code, value in figures(result).items() if code.isdigit()}
    assert orp == {
        "1000": (1, 12, 12),
        "4103": (1, 0, 20),
        "4202": (2, 25, 40),  # 1002 and 1003 both have a facility in Děčín
        "4214": (2, 25, 20),  # 1002 and 1010 (the provider's seat)
        "5105": (2, 30, 70),
    }
    assert result.without_orp == 0


def test_without_links_only_regions_and_the_country_are_counted():
    result = counted(MID_2026)

    assert not result.orp_known
    assert not any(code.isdigit() for code in result.totals)


def test_municipality_missing_from_the_links_is_reported():
    partial = Gazetteer(
        WITH_ORP.region_by_ruian,
        {k: v for k, v in WITH_ORP.orp_by_municipality.items() if k != "563889"},
        WITH_ORP.region_by_orp,
    )

    result = counted(MID_2026, partial)

    assert result.without_orp == 2  # 1001 and 1003 in Liberec
    assert result.totals["CZ051"].services == 2


@pytest.mark.parametrize("housing", [frozenset(), frozenset({13})])
def test_only_the_configured_types_count(housing):
    with RPSS_SAMPLE.open("rb") as file:
        result = aggregate(
            read_services(file),
            on=MID_2026,
            housing_types=housing,
            gazetteer=REGIONS_ONLY,
        )

    expected = {"CZ": (1, 80, 80), "CZ051": (1, 80, 80)} if housing else {}
    assert figures(result) == expected
