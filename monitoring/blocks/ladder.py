"""Blocks on the ladder: every region's steps, and one region's steps and history."""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from monitoring.blocks import charts
from monitoring.blocks.data import BlockData, empty, period_label
from monitoring.blocks.params import LadderParams, RegionLadderParams
from monitoring.blocks.tables import DataTable
from monitoring.formatting import short_date
from monitoring.models import AssessmentSource, AssessmentStatus, Region
from monitoring.queries import ladder_matrix, region_ladder_history

STATUS_LABELS = dict(AssessmentStatus.choices)
LADDER_SOURCE = gettext_lazy(
    "Bydlení v krajích monitoring: the regions' assessments and evidence from "
    "published content"
)


def ladder(params: LadderParams) -> BlockData:
    matrix = ladder_matrix()
    columns = [f"{step.number}. {step.title}" for step in matrix.steps]
    rows = [
        (row.region.name, [STATUS_LABELS[state.status] for state in row.steps])
        for row in matrix.rows
    ]
    caption = _("Ladder of the regions as of %(date)s") % {
        "date": short_date(matrix.on)
    }
    table = DataTable(
        caption=caption,
        row_header=_("Region"),
        columns=columns,
        rows=rows,
        source=str(LADDER_SOURCE),
        reference=period_label(matrix.on, is_year=False),
        row_keys=[row.region.code for row in matrix.rows],
    )
    achieved = sum(row.climbed > 0 for row in matrix.rows)
    alt = ngettext(
        "Heat map: the state of the ladder's eight steps in the 14 regions; "
        "%(count)d region has reached at least step 0. Each step's state is in "
        "the table.",
        "Heat map: the state of the ladder's eight steps in the 14 regions; "
        "%(count)d regions have reached at least step 0. Each step's state is in "
        "the table.",
        achieved,
    ) % {"count": achieved}
    return BlockData(params, table, charts.ladder_spec(table), alt)


def _history_note(change) -> str:
    """One line of the history; evidence derived from data says why it holds."""
    assessment = change.assessment
    reason = ""
    if assessment.source == AssessmentSource.DERIVED and assessment.note:
        reason = f" {assessment.note}"
    return _(
        "%(date)s: %(step)s – %(status)s (%(source)s).%(reason)s "
        "Steps reached: %(climbed)s."
    ) % {
        "date": period_label(assessment.date, is_year=False),
        "step": assessment.indicator.title,
        "status": assessment.get_status_display(),
        "source": assessment.get_source_display(),
        "reason": reason,
        "climbed": change.climbed,
    }


def region_ladder(params: RegionLadderParams) -> BlockData:
    region = (
        Region.objects.filter(code=params.region).first() if params.region else None
    )
    if region is None:
        return empty(params, _("Ladder of the region"))
    history = region_ladder_history(region=region)
    columns = [
        f"{state.step.number}. {state.step.title}" for state in history.current.steps
    ]
    table = DataTable(
        caption=_("%(region)s: state of the ladder's steps") % {"region": region.name},
        row_header=_("Region"),
        columns=columns,
        rows=[(region.name, [STATUS_LABELS[s.status] for s in history.current.steps])],
        source=str(LADDER_SOURCE),
        reference=period_label(datetime.date.today(), is_year=False),
        notes=[_history_note(change) for change in history.changes],
    )
    alt = ngettext(
        "Strip of the states of the eight ladder steps of %(region)s; %(count)d "
        "step reached in a row. Each step's state is in the table.",
        "Strip of the states of the eight ladder steps of %(region)s; %(count)d "
        "steps reached in a row. Each step's state is in the table.",
        history.current.climbed,
    ) % {"region": region.name, "count": history.current.climbed}
    return BlockData(params, table, charts.ladder_spec(table), alt)
