"""Blocks on the ETHOS typology: a table by territory, a time series, a map and
a key figure, each from one dataset through the read path."""

from dataclasses import replace

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from monitoring.blocks import charts
from monitoring.blocks.data import BlockData, empty, period_label, provenance
from monitoring.blocks.params import (
    EthosChartParams,
    EthosMapParams,
    EthosTableParams,
    KeyFigureParams,
)
from monitoring.blocks.tables import DataTable
from monitoring.formatting import number
from monitoring.models import (
    Dataset,
    EthosCategory,
    Measure,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.queries import ethos_time_series, ethos_totals, latest_period
from monitoring.suppression import Cell


def _dataset(params) -> Dataset | None:
    if params.dataset is None:
        return None
    return Dataset.objects.filter(pk=params.dataset).first()


def _category_label(category: EthosCategory) -> str:
    """The Czech name only: the codes of ETHOS's four concepts are English words."""
    return category.name_cs


def _measure_label(params) -> str:
    return Measure(params.measure).label


def _region(params) -> Region | None:
    """The region the block is limited to, if any."""
    return Region.objects.filter(code=params.region).first() if params.region else None


def ethos_table(params: EthosTableParams) -> BlockData:
    dataset = _dataset(params)
    period = latest_period(dataset=dataset, year=params.year) if dataset else None
    if period is None:
        return empty(params, _("Housing need by ETHOS"))
    region = _region(params)
    totals = ethos_totals(
        dataset=dataset,
        measure=params.measure,
        period=period,
        level=params.level,
        within=region,
    )
    columns = [_category_label(category) for category in totals.categories]
    codes = [category.code for category in totals.categories]
    shown = [row for row in [*totals.rows, totals.total] if row.cells]
    rows = [(row.name, [row.cells.get(code, "–") for code in codes]) for row in shown]
    if region:
        caption = _("%(measure)s in housing need by ETHOS – %(region)s, %(year)s") % {
            "measure": _measure_label(params).capitalize(),
            "region": region.name,
            "year": period.year,
        }
    else:
        caption = _("%(measure)s in housing need by ETHOS, %(year)s") % {
            "measure": _measure_label(params).capitalize(),
            "year": period.year,
        }
    table = DataTable(
        caption=caption,
        row_header=_("ORP") if region else _("Territory"),
        columns=columns,
        rows=rows,
        reference=period_label(period),
        row_keys=[row.code for row in shown],
        **provenance(dataset),
    )
    chart_table = DataTable(caption, _("Territory"), columns, rows[:-1])
    alt = _(
        "Bar chart: %(caption)s by territory; %(territories)s, %(categories)s. "
        "The figures are in the table."
    ) % {
        "caption": _in_sentence(caption),
        "territories": _territory_count(len(rows) - 1),
        "categories": _category_count(len(columns)),
    }
    spec = charts.series_spec(chart_table, mark="bar", y_title=_measure_label(params))
    return BlockData(params, table, spec, alt)


def ethos_chart(params: EthosChartParams) -> BlockData:
    dataset = _dataset(params)
    territory = _territory_within(params.territory, _region(params))
    if dataset is None or territory is None:
        return empty(params, _("Housing need over time"))
    wanted = set(params.categories)
    points = [
        point
        for point in ethos_time_series(
            dataset=dataset, measure=params.measure, territory=territory
        )
        if not wanted or point.category in wanted
    ]
    if not points:
        return empty(
            params,
            _("Housing need over time – %(territory)s") % {"territory": territory.name},
        )
    names = dict(EthosCategory.objects.values_list("code", "name_cs"))
    codes = list(dict.fromkeys(point.category for point in points))
    periods = list(
        dict.fromkeys((point.period, point.period_is_year) for point in points)
    )
    cells = {(point.period, point.category): point.cell for point in points}
    rows = [
        (
            period_label(period, is_year),
            [cells.get((period, code), "–") for code in codes],
        )
        for period, is_year in periods
    ]
    caption = _("%(measure)s in housing need – %(territory)s") % {
        "measure": _measure_label(params).capitalize(),
        "territory": territory.name,
    }
    # One period reads "2022", not "2022–2022".
    span = rows[0][0] if len(rows) == 1 else f"{rows[0][0]}–{rows[-1][0]}"
    table = DataTable(
        caption=caption,
        row_header=_("Period"),
        columns=[names[code] for code in codes],
        rows=rows,
        reference=span,
        **provenance(dataset),
    )
    mark = "line" if params.chart == "line" else "bar"
    alt = (
        _(
            "Line chart: %(caption)s in the period %(span)s, %(categories)s. "
            "The figures are in the table."
        )
        if mark == "line"
        else _(
            "Bar chart: %(caption)s in the period %(span)s, %(categories)s. "
            "The figures are in the table."
        )
    ) % {
        "caption": _in_sentence(caption),
        "span": span,
        "categories": _category_count(len(codes)),
    }
    spec = charts.series_spec(table, mark=mark, y_title=_measure_label(params))
    return BlockData(params, table, spec, alt)


def _territory_within(code: str, region: Region | None) -> Territory | None:
    """The territory, unless it lies outside the region: then the region."""
    territory = Territory.objects.filter(code=code).first()
    if region is None:
        return territory
    if territory is None or region.pk not in (territory.pk, territory.parent_id):
        return region
    return territory


def ethos_map(params: EthosMapParams) -> BlockData:
    dataset = _dataset(params)
    period = latest_period(dataset=dataset, year=params.year) if dataset else None
    category = (
        EthosCategory.objects.filter(code=params.category).first()
        if params.category
        else None
    )
    if period is None or category is None:
        return empty(params, _("Map of housing need"))
    level = params.level
    region = _region(params)
    totals = ethos_totals(
        dataset=dataset,
        measure=params.measure,
        period=period,
        level=level,
        within=region,
    )
    rows = [(row.name, [row.cells.get(category.code, "–")]) for row in totals.rows]
    codes = {row.name: row.code for row in totals.rows}
    caption = _(
        "%(measure)s in the category %(category)s, %(territories)s, %(year)s"
    ) % {
        "measure": _measure_label(params).capitalize(),
        "category": _in_sentence(_category_label(category)),
        "territories": _territories_label(level, region),
        "year": period.year,
    }
    table = DataTable(
        caption=caption,
        row_header=_("Region") if level == TerritoryKind.REGION else _("ORP"),
        columns=[_measure_label(params)],
        rows=rows,
        reference=period_label(period),
        notes=[_("Boundaries: ČÚZK (RÚIAN), simplified.")],
        row_keys=[row.code for row in totals.rows],
        **provenance(dataset),
    )
    published = [cells[0] for _label, cells in rows if isinstance(cells[0], Cell)]
    values = [cell.value for cell in published if cell.value is not None]
    alt = _("Map: %(caption)s.") % {"caption": _in_sentence(caption)}
    if values:
        alt += " " + _(
            "Values from %(low)s to %(high)s; the exact figures are in the table."
        ) % {"low": number(min(values)), "high": number(max(values))}
    geo_url = (
        reverse("monitoring_region_boundaries", args=[region.code])
        if region
        else reverse("monitoring_boundaries", args=[level])
    )
    spec = charts.map_spec(
        table,
        geo_url=geo_url,
        codes=codes,
        title=_measure_label(params),
    )
    return BlockData(params, table, spec, alt)


def _in_sentence(caption: str) -> str:
    """A caption inside a sentence: its first letter lower-case, place names kept."""
    return caption[:1].lower() + caption[1:]


def _territory_count(count: int) -> str:
    return ngettext("%(count)d territory", "%(count)d territories", count) % {
        "count": count
    }


def _category_count(count: int) -> str:
    return ngettext("%(count)d category", "%(count)d categories", count) % {
        "count": count
    }


def _territories_label(level: str, region: Region | None) -> str:
    if region:
        return _("ORP – %(region)s") % {"region": region.name}
    return _("regions") if level == TerritoryKind.REGION else _("ORP")


def key_figure(params: KeyFigureParams) -> BlockData:
    """One category's latest figure on a territory; without a category there is
    no single figure to show."""
    if not params.category:
        return empty(params, params.caption or _("Key figure"))
    series = ethos_chart(
        EthosChartParams(
            dataset=params.dataset,
            territory=params.territory,
            categories=(params.category,),
            measure=params.measure,
        )
    )
    if series.table.is_empty:
        return BlockData(params, series.table, None, series.alt)
    table = replace(series.table, caption=params.caption or series.table.caption)
    # One period has no trend: a chart of a single dot would say nothing.
    spec = (
        charts.series_spec(table, mark="line", y_title=_measure_label(params))
        if len(table.rows) > 1
        else None
    )
    return BlockData(params, table, spec, series.alt, highlight=_highlight(table))


def _highlight(table: DataTable) -> dict:
    """The latest figure and how it changed since the previous period."""
    (period, (latest,)), *earlier = reversed(table.rows)
    previous_period, previous = ("", None)
    if earlier:
        previous_period, (previous,) = earlier[0]
    values = [
        cell.value if isinstance(cell, Cell) else None for cell in (latest, previous)
    ]
    change = None if None in values else values[0] - values[1]
    return {
        "cell": latest,
        "period": period,
        "change": change,
        "change_size": abs(change) if change is not None else None,
        "previous_period": previous_period,
    }
