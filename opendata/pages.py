"""The data catalogue (/data/) and each dataset's page (/data/<slug>/)."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from knowledge.listing import analyses_using
from monitoring.blocks import EthosChartBlock, IndicatorTableBlock
from monitoring.models import DataTheme, TerritoryKind
from monitoring.queries import dataset_catalogue, dataset_entry, territory_list
from monitoring.queries.versions import dataset_versions
from monitoring.query_forms import QueryForm, choice, slug
from monitoring.suppression import threshold
from opendata.presentation import DatasetView

THEMES = [(code.lower(), label) for code, label in DataTheme.choices]


class CatalogueForm(QueryForm):
    """Filters of the catalogue; a bad value is left out, never refused."""

    kraj = slug()
    tema = choice(THEMES)


def _regions() -> list[dict]:
    return territory_list(kind=TerritoryKind.REGION)


@require_safe
def catalogue(request):
    form = CatalogueForm(request.GET)
    values = form.valid_values()
    regions = _regions()
    region = next((r for r in regions if r["slug"] == values["kraj"]), None)
    ignored = form.invalid_parameters + (
        ["kraj"] if values["kraj"] and region is None else []
    )
    entries = dataset_catalogue(
        region=region["code"] if region else None,
        theme=(values["tema"] or "").upper() or None,
    )
    return render(
        request,
        "opendata/catalogue.html",
        {
            "datasets": [DatasetView(entry) for entry in entries],
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


@require_safe
def dataset_page(request, slug: str):
    entry = dataset_entry(slug)
    if entry is None:
        raise Http404(_("Datová sada neexistuje."))
    view = DatasetView(entry)
    return render(
        request,
        "opendata/dataset.html",
        {
            "view": view,
            "dataset": entry.dataset,
            "preview": _preview(view, request),
            "versions": dataset_versions(dataset_id=entry.dataset.pk),
            "analyses": analyses_using(entry.dataset),
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
