"""Blocks on data indicators (guarantee fund, regional property, social work,
social services): a table by territory, a map, a time series, a key figure and a
region's figures for ladder steps 4–6, each through the read path."""

from dataclasses import replace

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from monitoring.blocks import charts
from monitoring.blocks.data import BlockData, empty, period_label
from monitoring.blocks.ethos import _highlight
from monitoring.blocks.params import (
    IndicatorChartParams,
    IndicatorFigureParams,
    IndicatorMapParams,
    IndicatorTableParams,
    RegionIndicatorsParams,
)
from monitoring.blocks.tables import DataTable
from monitoring.formatting import number
from monitoring.models import DataIndicator, Region, Territory, TerritoryKind
from monitoring.queries.indicators import (
    IndicatorFigures,
    IndicatorPoint,
    Provenance,
    data_indicator,
    indicator_by_territory,
    indicator_series,
    region_indicator_summary,
)
from monitoring.suppression import Cell


def _indicator(params) -> DataIndicator | None:
    return data_indicator(params.indicator) if params.indicator else None


def _region(params) -> Region | None:
    return Region.objects.filter(code=params.region).first() if params.region else None


def _cell(point: IndicatorPoint) -> Cell:
    """Indicator values are not counts of people: never suppressed."""
    value = point.value
    return Cell(int(value) if value == value.to_integral_value() else float(value))


def _sourced(provenance: Provenance) -> dict:
    return {
        "source": provenance.source,
        "source_url": provenance.source_url,
        "illustrative": provenance.illustrative,
    }


def _place(level: str, region: Region | None) -> str:
    if region:
        return _("ORP – %(region)s") % {"region": region.name}
    return _("regions") if level == TerritoryKind.REGION else _("ORP")


def _by_territory(params) -> tuple:
    """(indicator, year, figures, region); figures None when there are none."""
    indicator = _indicator(params)
    if indicator is None:
        return None, None, None, None
    region = _region(params)
    year, figures = indicator_by_territory(
        indicator=indicator, level=params.level, within=region, year=params.year
    )
    if not figures.points:
        return indicator, None, None, region
    return indicator, year, figures, region


def _territory_table(
    indicator: DataIndicator, year: int, figures: IndicatorFigures, params, region
) -> DataTable:
    level_orp = region is not None or params.level == TerritoryKind.ORP
    dated = [point for point in figures.points if not point.period_is_year]
    notes = [
        _("%(territory)s: figure as of %(date)s.")
        % {"territory": point.territory_name, "date": period_label(point.period, False)}
        for point in dated
    ]
    return DataTable(
        caption=f"{indicator.name} – {_place(params.level, region)}, {year}",
        row_header=_("ORP") if level_orp else _("Region"),
        columns=[indicator.unit.capitalize()],
        rows=[(point.territory_name, [_cell(point)]) for point in figures.points],
        reference=str(year),
        notes=notes,
        row_keys=[point.territory_code for point in figures.points],
        **_sourced(figures.provenance),
    )


def indicator_table(params: IndicatorTableParams) -> BlockData:
    indicator, year, figures, region = _by_territory(params)
    if figures is None:
        return empty(params, indicator.name if indicator else _("Data indicator"))
    table = _territory_table(indicator, year, figures, params, region)
    alt = ngettext(
        "Bar chart: %(caption)s by territory; %(count)d territory. The figures are "
        "in the table.",
        "Bar chart: %(caption)s by territory; %(count)d territories. The figures "
        "are in the table.",
        len(table.rows),
    ) % {"caption": table.caption, "count": len(table.rows)}
    spec = charts.series_spec(table, mark="bar", y_title=indicator.unit)
    return BlockData(params, table, spec, alt)


def indicator_map(params: IndicatorMapParams) -> BlockData:
    indicator, year, figures, region = _by_territory(params)
    if figures is None:
        return empty(params, _("Map of the indicator"))
    if region is not None:  # the map draws the region's ORP, not the region
        points = [p for p in figures.points if p.territory_code != region.code]
        figures = replace(figures, points=points)
        if not points:
            return empty(params, _("Map of the indicator"))
    table = _territory_table(indicator, year, figures, params, region)
    table.notes.append(_("Boundaries: ČÚZK (RÚIAN), simplified."))
    values = [cells[0].value for _label, cells in table.rows]
    alt = _(
        "Map: %(caption)s. Values from %(low)s to %(high)s; the figures are "
        "in the table."
    ) % {
        "caption": table.caption,
        "low": number(min(values)),
        "high": number(max(values)),
    }
    geo_url = (
        reverse("monitoring_region_boundaries", args=[region.code])
        if region
        else reverse("monitoring_boundaries", args=[params.level])
    )
    codes = {point.territory_name: point.territory_code for point in figures.points}
    spec = charts.map_spec(table, geo_url=geo_url, codes=codes, title=indicator.unit)
    return BlockData(params, table, spec, alt)


def _territory_within(code: str, region: Region | None) -> Territory | None:
    """The territory, unless it lies outside the region: then the region."""
    territory = Territory.objects.filter(code=code).first()
    if region is None:
        return territory
    if territory is None or region.pk not in (territory.pk, territory.parent_id):
        return region
    return territory


def _series_table(indicator: DataIndicator, territory: Territory, caption: str):
    figures = indicator_series(indicator=indicator, territory=territory)
    rows = [
        (period_label(point.period, point.period_is_year), [_cell(point)])
        for point in figures.points
    ]
    return DataTable(
        caption=caption or f"{indicator.name} – {territory.name}",
        row_header=_("Period"),
        columns=[indicator.unit.capitalize()],
        rows=rows,
        reference=f"{rows[0][0]}–{rows[-1][0]}" if rows else "",
        **_sourced(figures.provenance),
    )


def indicator_chart(params: IndicatorChartParams) -> BlockData:
    indicator = _indicator(params)
    territory = _territory_within(params.territory, _region(params))
    if indicator is None or territory is None:
        return empty(params, _("The indicator over time"))
    table = _series_table(indicator, territory, "")
    if table.is_empty:
        return empty(params, table.caption)
    mark = "line" if params.chart == "line" else "bar"
    alt = (
        _("Line chart: %(caption)s in the periods %(first)s to %(last)s.")
        if mark == "line"
        else _("Bar chart: %(caption)s in the periods %(first)s to %(last)s.")
    ) % {
        "caption": table.caption,
        "first": table.rows[0][0],
        "last": table.rows[-1][0],
    }
    spec = charts.series_spec(table, mark=mark, y_title=indicator.unit)
    return BlockData(params, table, spec, alt)


def indicator_figure(params: IndicatorFigureParams) -> BlockData:
    indicator = _indicator(params)
    territory = Territory.objects.filter(code=params.territory).first()
    if indicator is None or territory is None:
        return empty(params, params.caption or _("Key figure"))
    table = _series_table(indicator, territory, params.caption)
    if table.is_empty:
        return empty(params, table.caption)
    spec = charts.series_spec(table, mark="line", y_title=indicator.unit)
    alt = _("Over time: %(caption)s.") % {"caption": table.caption}
    return BlockData(params, table, spec, alt, highlight=_highlight(table))


def _summary_period(row) -> str:
    if row.point is None:
        return "–"
    period = period_label(row.point.period, row.point.period_is_year)
    if not row.orp_count:
        return period
    return _("%(period)s (sum of %(count)d ORP)") % {
        "period": period,
        "count": row.orp_count,
    }


def region_indicators(params: RegionIndicatorsParams) -> BlockData:
    """The region's latest figure for each indicator of ladder steps 4–6."""
    region = _region(params)
    if region is None:
        return empty(params, _("Figures on steps 4–6"))
    summary = region_indicator_summary(region=region)
    rows = [
        (
            f"{row.indicator.name} ({row.indicator.unit})",
            [
                str(row.indicator.ladder_indicator.step.number),
                _cell(row.point) if row.point else "–",
                _summary_period(row),
            ],
        )
        for row in summary.rows
    ]
    if not any(row.point for row in summary.rows):
        rows = []
    table = DataTable(
        caption=_("Guarantee fund, property and social work in figures – %(region)s")
        % {"region": region.name},
        row_header=_("Indicator"),
        columns=[_("Step"), _("Value"), _("Period")],
        rows=rows,
        **_sourced(summary.provenance),
    )
    alt = _("Table of the latest values of the indicators of ladder steps 4–6.")
    return BlockData(params, table, None, alt)
