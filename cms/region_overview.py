"""Where every region stands: its highest ladder step, coordinator post, latest
ETHOS figure and what it has published, with a map coloured by the step."""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext as _

from knowledge.region_counts import RegionCounts, published_counts
from monitoring.blocks import request_data_version
from monitoring.blocks.builders import CACHE_SECONDS
from monitoring.models import LadderStep, Region
from monitoring.queries import (
    CoordinatorPost,
    LadderMatrix,
    RegionFigure,
    coordinator_post,
    ladder_matrix,
    latest_region_figures,
)
from monitoring.region_shapes import RegionMap, RegionShape, region_map

# Steps 0–7 in viridis (light to dark, readable with the common forms of colour
# blindness, as the data maps); grey for "none", so it does not read as step 0.
NO_STEP_COLOUR = "#d9d9d9"
STEP_COLOURS = [
    "#fde725",
    "#a0da39",
    "#4ac16d",
    "#1fa187",
    "#277f8e",
    "#365c8d",
    "#46327e",
    "#440154",
]


@dataclass(frozen=True)
class RegionRow:
    region: Region
    url: str | None  # the region's hub
    reached: LadderStep | None  # the highest step reached (all below it too)
    coordinator: CoordinatorPost
    figure: RegionFigure | None
    counts: RegionCounts

    @property
    def colour(self) -> str:
        return NO_STEP_COLOUR if self.reached is None else step_colour(self.reached)


def step_colour(step: LadderStep) -> str:
    return STEP_COLOURS[min(step.number, len(STEP_COLOURS) - 1)]


def _monitoring(request) -> tuple[LadderMatrix, dict[str, RegionFigure]]:
    version = request_data_version({"request": request})
    return cache.get_or_set(
        f"cms:region-overview:v{version}",
        lambda: (ladder_matrix(), latest_region_figures()),
        CACHE_SECONDS,
    )


def region_rows(request, urls: dict[str, str]) -> list[RegionRow]:
    """Every region in the official order; ``urls`` maps region codes to hubs."""
    matrix, figures = _monitoring(request)
    counts = published_counts()
    return [
        RegionRow(
            region=row.region,
            url=urls.get(row.region.code),
            reached=matrix.steps[row.climbed - 1] if row.climbed else None,
            coordinator=coordinator_post(row),
            figure=figures.get(row.region.code),
            counts=counts.get(row.region.pk, RegionCounts()),
        )
        for row in matrix.rows
    ]


def legend(steps: list[LadderStep]) -> list[tuple[str, str]]:
    return [
        (NO_STEP_COLOUR, _("no step reached")),
        *((step_colour(step), f"{step.number}. {step.title}") for step in steps),
    ]


def regions_map(request) -> RegionMap:
    return region_map(request_data_version({"request": request}))


def map_shapes(
    rows: list[RegionRow], shapes: list[RegionShape]
) -> list[tuple[RegionShape, RegionRow]]:
    by_code = {row.region.code: row for row in rows}
    return [(shape, by_code[shape.code]) for shape in shapes if shape.code in by_code]


def ladder_steps(request) -> list[LadderStep]:
    return _monitoring(request)[0].steps


def figure_sources(rows: list[RegionRow]) -> list:
    """The datasets the figures come from, each once, in the order first used."""
    datasets = {row.figure.dataset.pk: row.figure.dataset for row in rows if row.figure}
    return list(datasets.values())
