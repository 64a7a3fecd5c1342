"""The data catalogue (/data/) and each dataset's page (/data/<slug>/).

Both render their main content as template fragments cached under the data
version (``{% cache %}``; the dataset page also under the content generation, for
the analyses it lists, and the day, as its live block is): what they read from
the database (datasets, coverage, versions, analyses, the preview block) is read
lazily, so a cached fragment costs no query at all. Imports and edits of
monitoring records move the data version (README, "Caching")."""

from functools import cached_property

from django.core.cache import cache
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from knowledge.listing import analyses_using
from monitoring.blocks import EthosChartBlock, IndicatorTableBlock
from monitoring.models import Dataset, DataTheme, TerritoryKind
from monitoring.queries import dataset_catalogue, dataset_entry, territory_list
from monitoring.queries.versions import dataset_versions
from monitoring.query_forms import QueryForm, choice, slug
from monitoring.suppression import threshold
from monitoring.versioning import versions
from opendata.distributions import offered_by_dataset
from opendata.presentation import DatasetView

THEMES = [(code.lower(), label) for code, label in DataTheme.choices]
# Keys carry the data version, so an entry is never stale, only unused.
FRAGMENT_SECONDS = 24 * 60 * 60
SLUG_LENGTH = Dataset._meta.get_field("slug").max_length


class CatalogueForm(QueryForm):
    """Filters of the catalogue; a bad value is left out, never refused."""

    kraj = slug()
    tema = choice(THEMES)


def _regions(version: int) -> list[dict]:
    """The regions for the filter, cached under the data version: a key of the
    catalogue's fragment is the region a slug names, not any slug typed."""
    return cache.get_or_set(
        f"opendata:regions:v{version}",
        lambda: territory_list(kind=TerritoryKind.REGION),
        FRAGMENT_SECONDS,
    )


class CatalogueListing:
    """The datasets the catalogue lists, read only when its cached fragment is
    missing."""

    def __init__(self, region: dict | None, theme: str):
        self.region = region
        self.theme = theme

    @cached_property
    def datasets(self) -> list[DatasetView]:
        entries = dataset_catalogue(
            region=self.region["code"] if self.region else None,
            theme=self.theme.upper() or None,
        )
        return [DatasetView(entry) for entry in entries]


@require_safe
def catalogue(request):
    form = CatalogueForm(request.GET)
    values = form.valid_values()
    version = versions(request).data
    regions = _regions(version)
    region = next((r for r in regions if r["slug"] == values["kraj"]), None)
    ignored = form.invalid_parameters + (
        ["kraj"] if values["kraj"] and region is None else []
    )
    return render(
        request,
        "opendata/catalogue.html",
        {
            "listing": CatalogueListing(region, values["tema"] or ""),
            "data_version": version,
            "fragment_seconds": FRAGMENT_SECONDS,
            "regions": regions,
            "themes": THEMES,
            "selected_region": region,
            "selected_theme": values["tema"] or "",
            "filtered": bool(region or values["tema"]),
            "notice": _ignored_notice(ignored),
            "suppress_below": threshold(),
        },
    )


def _ignored_notice(ignored: list[str]) -> str:
    if not ignored:
        return ""
    return ngettext(
        "Upřesnění, které v adrese stránky nebylo platné, jsme vynechali.",
        "Upřesnění, která v adrese stránky nebyla platná, jsme vynechali.",
        len(ignored),
    )


class DatasetPageParts:
    """What the dataset page shows beyond its catalogue entry, read only when the
    page's cached fragment is missing."""

    def __init__(self, view: DatasetView, request):
        self.view = view
        self.request = request

    @cached_property
    def preview(self) -> str:
        return _preview(self.view, self.request)

    @cached_property
    def versions(self) -> list:
        return dataset_versions(dataset_id=self.view.dataset.pk)

    @cached_property
    def formats(self) -> list[str]:
        """The whole dataset's downloads that serve (CSV, XLSX, data package)."""
        return offered_by_dataset([self.view.entry])[self.view.dataset.pk]

    @cached_property
    def analyses(self) -> list:
        return analyses_using(self.view.dataset)


def _cached_entry(slug: str, version: int):
    """The dataset's catalogue entry under the data version; an unknown slug is
    looked up each time rather than cached."""
    if len(slug) > SLUG_LENGTH:  # no dataset has it; keeps cache keys short
        return None
    key = f"opendata:entry:v{version}:{slug}"
    entry = cache.get(key)
    if entry is None:
        entry = dataset_entry(slug)
        if entry is not None:
            cache.set(key, entry, FRAGMENT_SECONDS)
    return entry


@require_safe
def dataset_page(request, slug: str):
    current = versions(request)
    entry = _cached_entry(slug, current.data)
    if entry is None:
        raise Http404(_("Datová sada neexistuje."))
    view = DatasetView(entry)
    return render(
        request,
        "opendata/dataset.html",
        {
            "view": view,
            "dataset": entry.dataset,
            "parts": DatasetPageParts(view, request),
            "data_version": current.data,
            "content_generation": current.content,
            # Its live block is cached per day, as every data-dependent entry is.
            "today": timezone.localdate(),
            "fragment_seconds": FRAGMENT_SECONDS,
            "citation": view.citation(request.build_absolute_uri()),
        },
    )


def _preview(view: DatasetView, request) -> str:
    """The dataset's figures over time for its territory, drawn by the live chart
    block (table and chart); empty when there are no figures yet."""
    if not view.entry.observation_count:
        return ""
    if view.entry.holds_indicators:
        return _indicator_preview(view, request)
    dataset = view.dataset
    value = {
        "dataset": str(dataset.pk),
        "territory": dataset.region.code if dataset.region else "CZ",
        "categories": [],
        "measure": view.entry.measures[0],
        "chart": "line" if view.entry.first_period != view.entry.last_period else "bar",
    }
    block = EthosChartBlock()
    return block.render(block.to_python(value), context={"request": request})


def _indicator_preview(view: DatasetView, request) -> str:
    """The dataset's first indicator by territory in its latest year: a region's
    dataset by the region's ORP, a national one by region; drawn by the live
    indicator table block."""
    dataset = view.dataset
    block = IndicatorTableBlock()
    value = {
        "indicator": view.entry.indicators[0],
        "level": "orp" if dataset.region else "region",
        "region": dataset.region.code if dataset.region else "",
    }
    return block.render(block.to_python(value), context={"request": request})
