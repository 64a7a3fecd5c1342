import datetime

import pytest

from monitoring.models import Dataset, EthosCategory, Observation, Territory
from monitoring.queries import ethos_time_series, ethos_totals
from monitoring.suppression import Cell

pytestmark = pytest.mark.django_db
Y2022 = datetime.date(2022, 1, 1)
Y2023 = datetime.date(2023, 1, 1)


@pytest.fixture
def dataset(reference_data):
    return Dataset.objects.create(name="Sčítání")


def observe(dataset, code, category, value, period=Y2022, measure="osoby"):
    Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code=code),
        category=EthosCategory.objects.get(code=category),
        period=period,
        measure=measure,
        value=value,
    )


def test_region_total_sums_its_orp_when_it_has_no_figure_of_its_own(dataset):
    observe(dataset, "5105", "1", 40)  # Liberec
    observe(dataset, "5101", "1", 12)  # Česká Lípa

    totals = ethos_totals(dataset=dataset, measure="osoby", period=Y2022)

    liberec = next(row for row in totals.rows if row.code == "CZ051")
    assert liberec.cells == {"1": Cell(52)}
    assert totals.total.cells == {"1": Cell(52)}
    assert [category.code for category in totals.categories] == ["1"]
    assert len(totals.rows) == 14


def test_own_figure_wins_over_the_sum_of_children(dataset):
    observe(dataset, "CZ051", "1", 60)
    observe(dataset, "5105", "1", 40)
    observe(dataset, "CZ", "1", 11600)

    totals = ethos_totals(dataset=dataset, measure="osoby", period=Y2022)

    assert next(r for r in totals.rows if r.code == "CZ051").cells["1"] == Cell(60)
    assert totals.total.cells["1"] == Cell(11600)


def test_country_sums_regions_that_are_sums_of_orp(dataset):
    observe(dataset, "5105", "2", 30)
    observe(dataset, "CZ010", "2", 100)

    totals = ethos_totals(dataset=dataset, measure="osoby", period=Y2022)

    assert totals.total.cells["2"] == Cell(130)


def test_small_counts_are_suppressed_but_count_in_totals(dataset):
    observe(dataset, "5105", "1", 3)
    observe(dataset, "5101", "1", 4)

    orp = ethos_totals(dataset=dataset, measure="osoby", period=Y2022, level="orp")

    liberec = next(row for row in orp.rows if row.code == "5105")
    assert liberec.cells["1"] == Cell(None, suppressed=True)
    assert orp.total.cells["1"] == Cell(7)


def test_other_measures_periods_and_datasets_stay_apart(dataset):
    other = Dataset.objects.create(name="Jiná sada")
    observe(dataset, "5105", "1", 40)
    observe(dataset, "5105", "1", 20, measure="deti")
    observe(dataset, "5105", "1", 50, period=Y2023)
    observe(other, "5105", "1", 99)

    totals = ethos_totals(dataset=dataset, measure="osoby", period=Y2022)

    assert totals.total.cells == {"1": Cell(40)}


def test_time_series_of_a_region_in_period_order(dataset):
    observe(dataset, "5105", "1", 40, period=Y2023)
    observe(dataset, "5105", "1", 30)
    observe(dataset, "5101", "1", 2)
    observe(dataset, "5105", "2", 8)

    series = ethos_time_series(
        dataset=dataset,
        measure="osoby",
        territory=Territory.objects.get(code="CZ051"),
    )

    assert [(p.period.year, p.category, p.cell) for p in series] == [
        (2022, "1", Cell(32)),
        (2022, "2", Cell(8)),
        (2023, "1", Cell(40)),
    ]


def test_time_series_of_an_orp_suppresses_small_counts(dataset):
    observe(dataset, "5101", "1", 2)

    series = ethos_time_series(
        dataset=dataset, measure="osoby", territory=Territory.objects.get(code="5101")
    )

    assert [p.cell for p in series] == [Cell(None, suppressed=True)]


def test_queries_run_a_fixed_number_of_sql_queries(dataset, django_assert_num_queries):
    for code in ("5101", "5105", "5102", "CZ010"):
        for category in ("1", "2", "3.1"):
            observe(dataset, code, category, 10)
    region = Territory.objects.get(code="CZ051")

    with django_assert_num_queries(4):
        ethos_totals(dataset=dataset, measure="osoby", period=Y2022)
    with django_assert_num_queries(3):
        ethos_time_series(dataset=dataset, measure="osoby", territory=region)
