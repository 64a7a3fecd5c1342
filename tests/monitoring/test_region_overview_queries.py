"""Overviews of all regions: each region's latest ETHOS figure, the coordinator
post as indicator 2a has it, and the regions drawn as SVG paths."""

import datetime
import math
import re

import pytest

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Dataset,
    EthosCategory,
    Indicator,
    Observation,
    Region,
    Territory,
)
from monitoring.queries import coordinator_post, ladder_matrix, latest_region_figures
from monitoring.region_shapes import project_regions

pytestmark = pytest.mark.django_db


def observe(dataset, code, category, year, value):
    Observation.objects.create(
        dataset=dataset,
        territory=Territory.objects.get(code=code),
        category=EthosCategory.objects.get(code=category),
        period=datetime.date(year, 1, 1),
        measure="osoby",
        value=value,
    )


def test_latest_figure_adds_operational_categories_of_the_newest_period(
    reference_data, django_assert_num_queries
):
    older = Dataset.objects.create(name="Starší")
    newer = Dataset.objects.create(name="Novější")
    observe(older, "5105", "1", 2024, 500)  # newest period wins over a newer dataset
    observe(newer, "5105", "1", 2023, 40)
    observe(newer, "5101", "2", 2023, 12)
    observe(newer, "CZ010", "3", 2023, 3)
    observe(newer, "CZ010", "roofless", 2023, 900)  # a concept: not added up

    with django_assert_num_queries(5):
        figures = latest_region_figures()

    liberec, prague = figures["CZ051"], figures["CZ010"]
    assert (liberec.cell.value, liberec.period.year, liberec.dataset) == (
        500,
        2024,
        older,
    )
    assert [c.code for c in liberec.categories] == ["1"]
    assert prague.cell.suppressed  # 3 people: below the threshold
    assert "CZ064" not in figures


def test_latest_figure_on_a_tie_takes_the_newer_dataset(reference_data):
    first = Dataset.objects.create(name="První")
    second = Dataset.objects.create(name="Druhá")
    observe(first, "5105", "1", 2023, 40)
    observe(second, "5105", "1", 2023, 12)
    observe(second, "5101", "2", 2023, 30)

    figure = latest_region_figures()["CZ051"]

    assert (figure.dataset, figure.cell.value) == (second, 42)
    assert [c.code for c in figure.categories] == ["1", "2"]


@pytest.mark.parametrize(
    ("assessments", "filled"),
    [
        ([], False),
        ([(AssessmentSource.DERIVED, AssessmentStatus.ACHIEVED)], True),
        (
            [
                (AssessmentSource.DERIVED, AssessmentStatus.ACHIEVED),
                (AssessmentSource.MANUAL, AssessmentStatus.IN_PROGRESS),
            ],
            False,
        ),
    ],
)
def test_coordinator_post_is_what_indicator_2a_says(
    reference_data, assessments, filled
):
    region = Region.objects.get(code="CZ051")
    for source, status in assessments:
        Assessment.objects.create(
            region=region,
            indicator=Indicator.objects.get(code="2a"),
            date=datetime.date(2022, 1, 1),
            source=source,
            status=status,
        )

    row = next(row for row in ladder_matrix().rows if row.region == region)

    assert coordinator_post(row).filled is filled


def test_regions_project_into_the_view_box_north_up():
    square = {
        "type": "Polygon",
        "coordinates": [[[14, 50], [16, 50], [16, 51], [14, 51], [14, 50]]],
    }
    south = {
        "type": "MultiPolygon",
        "coordinates": [[[[14, 49], [16, 49], [15, 50], [14, 49]]]],
    }

    drawn = project_regions([("A", "Sever", square), ("B", "Jih", south)])

    # Two degrees of latitude against two of longitude shortened by cos(50°).
    assert drawn.width == 600
    assert drawn.height == pytest.approx(600 / math.cos(math.radians(50)), abs=0.1)
    assert drawn.view_box == f"0 0 600 {drawn.height:g}"
    numbers = [
        float(n) for shape in drawn.shapes for n in re.findall(r"[\d.]+", shape.path)
    ]
    assert min(numbers) >= 0
    assert max(numbers) <= drawn.height
    north_y = max(float(y) for y in re.findall(r" ([\d.]+)", drawn.shapes[0].path))
    south_y = max(float(y) for y in re.findall(r" ([\d.]+)", drawn.shapes[1].path))
    assert north_y < south_y  # the southern region lies lower on the map
    assert drawn.shapes[0].path.startswith("M") and drawn.shapes[0].path.endswith("Z")
