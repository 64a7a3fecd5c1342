"""Blocks on the ladder: every region's steps, and one region's steps and history."""

import datetime

from monitoring.blocks import charts
from monitoring.blocks.data import BlockData, empty, period_label
from monitoring.blocks.params import LadderParams, RegionLadderParams
from monitoring.blocks.tables import DataTable
from monitoring.models import AssessmentSource, AssessmentStatus, Region
from monitoring.queries import ladder_matrix, region_ladder_history

STATUS_LABELS = dict(AssessmentStatus.choices)
LADDER_SOURCE = (
    "Monitoring Bydlení v krajích: hodnocení krajů a doklady ze zveřejněného obsahu"
)


def ladder(params: LadderParams) -> BlockData:
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
        reference=period_label(matrix.on, is_year=False),
        row_keys=[row.region.code for row in matrix.rows],
    )
    achieved = sum(row.climbed > 0 for row in matrix.rows)
    alt = (
        f"Tepelná mapa: stav osmi kroků žebříčku ve 14 krajích; alespoň krok 0 "
        f"splnilo {achieved} krajů. Stav každého kroku je v tabulce."
    )
    return BlockData(params, table, charts.ladder_spec(table), alt)


def _history_note(change) -> str:
    """One line of the history; evidence derived from data says why it holds."""
    assessment = change.assessment
    reason = ""
    if assessment.source == AssessmentSource.DERIVED and assessment.note:
        reason = f" {assessment.note}"
    return (
        f"{period_label(assessment.date, is_year=False)}: "
        f"{assessment.indicator.title} – {assessment.get_status_display()} "
        f"({assessment.get_source_display()}).{reason} Splněno kroků: "
        f"{change.climbed}."
    )


def region_ladder(params: RegionLadderParams) -> BlockData:
    region = (
        Region.objects.filter(code=params.region).first() if params.region else None
    )
    if region is None:
        return empty(params, "Žebříček kraje")
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
        reference=period_label(datetime.date.today(), is_year=False),
        notes=[_history_note(change) for change in history.changes],
    )
    alt = (
        f"Pruh stavů osmi kroků žebříčku kraje {region.name}; splněno "
        f"{history.current.climbed} kroků v řadě. Stav každého kroku je v tabulce."
    )
    return BlockData(params, table, charts.ladder_spec(table), alt)
