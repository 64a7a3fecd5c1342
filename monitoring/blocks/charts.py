"""Vega-Lite specs built from block tables; pure functions, drawn by vega-embed.

Colours: the Okabe–Ito palette for categories and viridis for maps, both readable
with the common forms of colour blindness."""

from django.utils.translation import gettext as _

from monitoring.blocks.tables import DataTable
from monitoring.formatting import vega_locale
from monitoring.suppression import Cell

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
OKABE_ITO = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
]
LADDER_COLOURS = {"splněno": "#009E73", "probíhá": "#E69F00", "nezahájeno": "#D9D9D9"}
FONT = "system-ui, sans-serif"
# d3-format: thousands grouped, decimals only where the value has them.
NUMBER_FORMAT = ",~f"
# Legends sit under the plot, so on a phone the plot keeps the whole width;
# static/js/charts.js sets as many columns as the width holds, or moves the legend
# beside the plot on a wide chart.
LEGEND = {
    "orient": "bottom",
    "symbolDirection": "vertical",
    "gradientDirection": "horizontal",
    "columns": 1,
    "labelLimit": 300,
    "labelOverlap": "greedy",
    "labelSeparation": 8,
    "labelFontSize": 12,
    "titleFontSize": 12,
}


def _base(description: str, height: int = 260) -> dict:
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": height,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "config": {
            "font": FONT,
            "locale": vega_locale(),
            "numberFormat": NUMBER_FORMAT,
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 160},
            "legend": LEGEND,
        },
    }


def _long_values(table: DataTable) -> list[dict]:
    """One record per published cell; suppressed and empty cells are left out."""
    return [
        {"row": label, "series": column, "value": cell.value}
        for label, cells in table.rows
        for column, cell in zip(table.columns, cells, strict=True)
        if isinstance(cell, Cell) and cell.value is not None
    ]


def series_spec(table: DataTable, *, mark: str, y_title: str) -> dict:
    """Bars or lines: table rows along x, columns as coloured series."""
    x_type = "ordinal"
    spec = _base(table.caption)
    spec.update(
        {
            "data": {"values": _long_values(table)},
            "mark": {"type": mark, "tooltip": True}
            if mark == "bar"
            else {"type": "line", "point": True, "tooltip": True},
            "encoding": {
                "x": {
                    "field": "row",
                    "type": x_type,
                    "title": table.row_header,
                    "sort": None,
                },
                "y": {"field": "value", "type": "quantitative", "title": y_title},
                "color": {
                    "field": "series",
                    "type": "nominal",
                    "title": _("Category"),
                    "scale": {"range": OKABE_ITO},
                },
            },
        }
    )
    if mark == "bar":
        spec["encoding"]["xOffset"] = {"field": "series"}
    return spec


def map_spec(
    table: DataTable, *, geo_url: str, codes: dict[str, str], title: str
) -> dict:
    """A choropleth: ``codes`` maps each table row label to its territory code;
    the boundaries come from ``geo_url`` (features with code and name)."""
    values = [
        {"code": codes[label], "value": cells[0].value}
        for label, cells in table.rows
        if isinstance(cells[0], Cell) and cells[0].value is not None
    ]
    spec = _base(table.caption, height=360)
    spec.update(
        {
            "data": {
                "url": geo_url,
                "format": {"type": "json", "property": "features"},
            },
            "projection": {"type": "mercator"},
            "transform": [
                {
                    "lookup": "properties.code",
                    "from": {
                        "data": {"values": values},
                        "key": "code",
                        "fields": ["value"],
                    },
                },
                {"calculate": "datum.properties.name", "as": "name"},
            ],
            "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5},
            "encoding": {
                "color": {
                    "field": "value",
                    "type": "quantitative",
                    "title": title,
                    "scale": {"scheme": "viridis"},
                },
                "tooltip": [
                    {"field": "name", "title": _("Territory")},
                    {"field": "value", "title": title},
                ],
            },
        }
    )
    return spec


def short_region_name(name: str) -> str:
    """How people name a region in short: "Liberecký", "Vysočina", "Praha"."""
    return (
        name.removesuffix(" kraj").removeprefix("Kraj ").removeprefix("Hlavní město ")
    )


def ladder_spec(table: DataTable) -> dict:
    """A heat map of regions × steps coloured by status. The axes say only the step
    number and the region's short name, so on a phone the plot keeps most
    of the width; tooltips and the table under the chart give the full titles."""
    values = [
        {
            "row": label,
            "region": short_region_name(label),
            "step": column,
            "number": column.partition(". ")[0],
            "status": str(cell),
        }
        for label, cells in table.rows
        for column, cell in zip(table.columns, cells, strict=True)
    ]
    spec = _base(table.caption, height=max(40, 24 * len(table.rows)))
    spec.update(
        {
            "data": {"values": values},
            "mark": {"type": "rect", "stroke": "#ffffff"},
            "encoding": {
                "x": {
                    "field": "number",
                    "type": "ordinal",
                    "title": _("Ladder step"),
                    "sort": None,
                    "axis": {"labelAngle": 0},
                },
                "y": {
                    "field": "region",
                    "type": "ordinal",
                    "title": None,
                    "sort": None,
                },
                "tooltip": [
                    {"field": "row", "title": table.row_header},
                    {"field": "step", "title": _("Step")},
                    {"field": "status", "title": _("Status")},
                ],
                "color": {
                    "field": "status",
                    "type": "nominal",
                    "title": _("Status"),
                    "scale": {
                        "domain": list(LADDER_COLOURS),
                        "range": list(LADDER_COLOURS.values()),
                    },
                },
            },
        }
    )
    return spec
