"""Where every region stands: its highest ladder step, coordinator post, latest
ETHOS figure and what it has published, with a map coloured by the step."""

from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache
from django.utils import timezone
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
    """Cached under the data version and the day: the ladder stands as of today."""
    version = request_data_version({"request": request})
    day = timezone.localdate().isoformat()
    return cache.get_or_set(
        f"cms:region-overview:v{version}:{day}",
        lambda: (ladder_matrix(), latest_region_figures()),
        CACHE_SECONDS,
    )


def region_rows(
    matrix: LadderMatrix, figures: dict[str, RegionFigure], urls: dict[str, str]
) -> list[RegionRow]:
    """Every region in the official order; ``urls`` maps region codes to hubs."""
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


def map_shapes(
    rows: list[RegionRow], shapes: list[RegionShape]
) -> list[tuple[RegionShape, RegionRow]]:
    by_code = {row.region.code: row for row in rows}
    return [(shape, by_code[shape.code]) for shape in shapes if shape.code in by_code]


def figure_sources(rows: list[RegionRow]) -> list:
    """The datasets the figures come from, each once, in the order first used."""
    datasets = {row.figure.dataset.pk: row.figure.dataset for row in rows if row.figure}
    return list(datasets.values())


class RegionOverview:
    """The map and the table of the regions' page, worked out only when the
    template renders them: a cached fragment renders neither."""

    def __init__(self, request, hubs):
        self.request = request
        self.hubs = hubs  # the live region hubs, an unevaluated query

    @cached_property
    def monitoring(self) -> tuple[LadderMatrix, dict[str, RegionFigure]]:
        return _monitoring(self.request)

    @cached_property
    def rows(self) -> list[RegionRow]:
        urls = {hub.region.code: hub.get_url(self.request) for hub in self.hubs}
        return region_rows(*self.monitoring, urls)

    @cached_property
    def region_map(self) -> RegionMap:
        return region_map(request_data_version({"request": self.request}))

    @cached_property
    def map_shapes(self) -> list[tuple[RegionShape, RegionRow]]:
        return map_shapes(self.rows, self.region_map.shapes)

    @cached_property
    def legend(self) -> list[tuple[str, str]]:
        return legend(self.monitoring[0].steps)

    @cached_property
    def figure_sources(self) -> list:
        return figure_sources(self.rows)
