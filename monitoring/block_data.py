"""What each live monitoring block shows, built from the read path and cached under
the data version: a table, a chart spec and a text alternative.

Parameters are plain strings, so the same builder serves the block, its CSV download
and the cache key."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import reverse

from monitoring import charts
from monitoring.models import (
    AssessmentStatus,
    Dataset,
    EthosCategory,
    Measure,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.queries import (
    ethos_time_series,
    ethos_totals,
    ladder_matrix,
    latest_period,
    region_ladder_history,
)
from monitoring.suppression import Cell
from monitoring.tables import DataTable
from monitoring.versioning import current_data_version

CACHE_SECONDS = 24 * 60 * 60
STATUS_LABELS = dict(AssessmentStatus.choices)
LADDER_SOURCE = (
    "Monitoring Bydlení v krajích: hodnocení krajů a doklady ze zveřejněného obsahu"
)


@dataclass(frozen=True)
class BlockData:
    kind: str
    params: dict[str, str]
    table: DataTable
    spec: dict | None
    alt: str
    highlight: dict | None = None  # the key figure: latest value and its change

    @property
    def csv_url(self) -> str:
        query = urlencode({"blok": self.kind, **self.params})
        return f"{reverse('monitoring_block_csv')}?{query}"


def _empty(kind, params, caption) -> BlockData:
    table = DataTable(caption=caption, row_header="", columns=[], rows=[])
    return BlockData(kind, params, table, None, f"{caption}: data nejsou k dispozici.")


def _dataset(params) -> Dataset | None:
    pk = params.get("dataset", "")
    return Dataset.objects.filter(pk=int(pk)).first() if pk.isdigit() else None


def _provenance(dataset: Dataset) -> dict:
    source = ", ".join(part for part in (dataset.name, dataset.publisher) if part)
    return {
        "source": source,
        "source_url": dataset.source_url,
        "illustrative": dataset.is_illustrative,
    }


def _period_label(period: datetime.date, is_year: bool = True) -> str:
    return (
        str(period.year) if is_year else f"{period.day}. {period.month}. {period.year}"
    )


def _category_label(category: EthosCategory) -> str:
    return f"{category.code} {category.name_cs}"


def _measure_label(params) -> str:
    return Measure(params.get("measure") or Measure.PEOPLE).label


def ethos_table(params: dict[str, str]) -> BlockData:
    dataset = _dataset(params)
    year = int(params["year"]) if params.get("year", "").isdigit() else None
    period = latest_period(dataset=dataset, year=year) if dataset else None
    if period is None:
        return _empty("ethos_table", params, "Bytová nouze podle ETHOS")
    level = params.get("level") or TerritoryKind.REGION
    measure = params.get("measure") or Measure.PEOPLE
    totals = ethos_totals(dataset=dataset, measure=measure, period=period, level=level)
    columns = [_category_label(category) for category in totals.categories]
    codes = [category.code for category in totals.categories]
    rows = [
        (row.name, [row.cells.get(code, "–") for code in codes])
        for row in [*totals.rows, totals.total]
        if row.cells
    ]
    caption = (
        f"{_measure_label(params).capitalize()} v bytové nouzi podle ETHOS, "
        f"{period.year}"
    )
    table = DataTable(
        caption=caption,
        row_header="Území",
        columns=columns,
        rows=rows,
        reference=_period_label(period),
        **_provenance(dataset),
    )
    chart_table = DataTable(caption, "Území", columns, rows[:-1])
    alt = (
        f"Sloupcový graf: {caption.lower()} po územích; "
        f"{len(rows) - 1} území, {len(columns)} kategorií. Čísla jsou v tabulce."
    )
    spec = charts.series_spec(chart_table, mark="bar", y_title=_measure_label(params))
    return BlockData("ethos_table", params, table, spec, alt)


def ethos_chart(params: dict[str, str]) -> BlockData:
    dataset = _dataset(params)
    territory = Territory.objects.filter(code=params.get("territory") or "CZ").first()
    if dataset is None or territory is None:
        return _empty("ethos_chart", params, "Vývoj bytové nouze")
    measure = params.get("measure") or Measure.PEOPLE
    wanted = {code for code in params.get("categories", "").split(",") if code}
    points = [
        point
        for point in ethos_time_series(
            dataset=dataset, measure=measure, territory=territory
        )
        if not wanted or point.category in wanted
    ]
    if not points:
        return _empty("ethos_chart", params, f"Vývoj bytové nouze – {territory.name}")
    names = dict(EthosCategory.objects.values_list("code", "name_cs"))
    codes = list(dict.fromkeys(point.category for point in points))
    periods = list(
        dict.fromkeys((point.period, point.period_is_year) for point in points)
    )
    cells = {(point.period, point.category): point.cell for point in points}
    rows = [
        (
            _period_label(period, is_year),
            [cells.get((period, code), "–") for code in codes],
        )
        for period, is_year in periods
    ]
    caption = f"{_measure_label(params).capitalize()} v bytové nouzi – {territory.name}"
    table = DataTable(
        caption=caption,
        row_header="Období",
        columns=[f"{code} {names[code]}" for code in codes],
        rows=rows,
        reference=f"{rows[0][0]}–{rows[-1][0]}",
        **_provenance(dataset),
    )
    mark = "line" if params.get("chart") == "line" else "bar"
    kind = "Spojnicový" if mark == "line" else "Sloupcový"
    alt = (
        f"{kind} graf: {caption.lower()} v letech {rows[0][0]} až {rows[-1][0]}, "
        f"{len(codes)} kategorií. Čísla jsou v tabulce."
    )
    spec = charts.series_spec(table, mark=mark, y_title=_measure_label(params))
    return BlockData("ethos_chart", params, table, spec, alt)


def ethos_map(params: dict[str, str]) -> BlockData:
    dataset = _dataset(params)
    year = int(params["year"]) if params.get("year", "").isdigit() else None
    period = latest_period(dataset=dataset, year=year) if dataset else None
    category = EthosCategory.objects.filter(code=params.get("category", "")).first()
    if period is None or category is None:
        return _empty("ethos_map", params, "Mapa bytové nouze")
    level = (
        TerritoryKind.ORP
        if params.get("level") == TerritoryKind.ORP
        else TerritoryKind.REGION
    )
    measure = params.get("measure") or Measure.PEOPLE
    totals = ethos_totals(dataset=dataset, measure=measure, period=period, level=level)
    rows = [(row.name, [row.cells.get(category.code, "–")]) for row in totals.rows]
    codes = {row.name: row.code for row in totals.rows}
    caption = (
        f"{_measure_label(params).capitalize()} v kategorii "
        f"{_category_label(category)}, "
        f"{'kraje' if level == TerritoryKind.REGION else 'ORP'}, {period.year}"
    )
    table = DataTable(
        caption=caption,
        row_header="Kraj" if level == TerritoryKind.REGION else "ORP",
        columns=[_measure_label(params)],
        rows=rows,
        reference=_period_label(period),
        notes=["Hranice: ČÚZK (RÚIAN), zjednodušeno."],
        **_provenance(dataset),
    )
    published = [cells[0] for _label, cells in rows if isinstance(cells[0], Cell)]
    values = [cell.value for cell in published if cell.value is not None]
    alt = f"Mapa: {caption.lower()}."
    if values:
        alt += (
            f" Hodnoty od {min(values)} do {max(values)}; přesná čísla jsou v tabulce."
        )
    spec = charts.map_spec(
        table,
        geo_url=reverse("monitoring_boundaries", args=[level]),
        codes=codes,
        title=_measure_label(params),
    )
    return BlockData("ethos_map", params, table, spec, alt)


def key_figure(params: dict[str, str]) -> BlockData:
    data = ethos_chart({**params, "categories": params.get("category", "")})
    if data.table.is_empty:
        return BlockData("key_figure", params, data.table, None, data.alt)
    table = replace(data.table, caption=params.get("caption") or data.table.caption)
    spec = charts.series_spec(table, mark="line", y_title=_measure_label(params))
    return BlockData(
        "key_figure", params, table, spec, data.alt, highlight=_highlight(table)
    )


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


def ladder(params: dict[str, str]) -> BlockData:
    matrix = ladder_matrix()
    columns = [f"{step.number}. {step.title}" for step in matrix.steps]
    rows = [
        (row.region.name, [STATUS_LABELS[state.status] for state in row.steps])
        for row in matrix.rows
    ]
    caption = f"Žebříček krajů k {matrix.on.day}. {matrix.on.month}. {matrix.on.year}"
    table = DataTable(
        caption=caption,
        row_header="Kraj",
        columns=columns,
        rows=rows,
        source=LADDER_SOURCE,
        reference=_period_label(matrix.on, is_year=False),
    )
    achieved = sum(row.climbed > 0 for row in matrix.rows)
    alt = (
        f"Tepelná mapa: stav osmi kroků žebříčku ve 14 krajích; alespoň krok 0 "
        f"splnilo {achieved} krajů. Stav každého kroku je v tabulce."
    )
    return BlockData("ladder", params, table, charts.ladder_spec(table), alt)


def _history_note(change) -> str:
    assessment = change.assessment
    return (
        f"{_period_label(assessment.date, is_year=False)}: "
        f"{assessment.indicator.title} – {assessment.get_status_display()} "
        f"({assessment.get_source_display()}); splněno kroků: {change.climbed}"
    )


def region_ladder(params: dict[str, str]) -> BlockData:
    region = Region.objects.filter(code=params.get("region", "")).first()
    if region is None:
        return _empty("region_ladder", params, "Žebříček kraje")
    history = region_ladder_history(region=region)
    columns = [
        f"{state.step.number}. {state.step.title}" for state in history.current.steps
    ]
    table = DataTable(
        caption=f"{region.name}: stav kroků žebříčku",
        row_header="Kraj",
        columns=columns,
        rows=[(region.name, [STATUS_LABELS[s.status] for s in history.current.steps])],
        source=LADDER_SOURCE,
        reference=_period_label(datetime.date.today(), is_year=False),
        notes=[_history_note(change) for change in history.changes],
    )
    alt = (
        f"Pruh stavů osmi kroků žebříčku kraje {region.name}; splněno "
        f"{history.current.climbed} kroků v řadě. Stav každého kroku je v tabulce."
    )
    return BlockData("region_ladder", params, table, charts.ladder_spec(table), alt)


BUILDERS: dict[str, Callable[[dict[str, str]], BlockData]] = {
    "ethos_table": ethos_table,
    "ethos_chart": ethos_chart,
    "ethos_map": ethos_map,
    "key_figure": key_figure,
    "ladder": ladder,
    "region_ladder": region_ladder,
}


def block_data(
    kind: str, params: dict[str, str], version: int | None = None
) -> BlockData:
    """The block's data, cached until the next import or evidence change."""
    version = current_data_version() if version is None else version
    clean = {
        key: str(value)
        for key, value in sorted(params.items())
        if value not in ("", None)
    }
    key = f"monitoring:block:v{version}:{kind}:{urlencode(clean)}"
    return cache.get_or_set(key, lambda: BUILDERS[kind](clean), CACHE_SECONDS)
