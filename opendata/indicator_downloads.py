"""Open downloads of indicator datasets: the same addresses, formats and headers as
ETHOS datasets (``opendata.downloads``), with the indicator columns and the
indicator filters (indicator, territory, period). Each view sends ETHOS datasets
on to ``opendata.downloads``."""

import csv
from decimal import Decimal

from django.conf import settings
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from monitoring.formatting import number
from monitoring.models import IndicatorValue
from monitoring.queries import dataset_entry
from monitoring.queries.indicators import indicator_value_count, indicator_value_rows
from opendata import downloads
from opendata.api.indicators import IndicatorSelectionForm
from opendata.columns import csv_cell
from opendata.indicator_columns import INDICATOR_COLUMNS, INDICATOR_NAMES
from opendata.presentation import DatasetView
from opendata.xlsx import workbook_file


def _published(row: dict) -> dict:
    """A value row under the published column names; the value without the
    stored trailing zeros ("3.5", not "3.5000")."""
    value: Decimal = row["value"]
    return {
        "dataset": row["dataset_slug"],
        "indicator": row["indicator_code"],
        "unit": row["unit"],
        "territory": row["territory_code"],
        "territory_kind": row["territory_kind"],
        "period": row["period"],
        "period_is_year": row["period_is_year"],
        "value": format(value.normalize(), "f"),
        "revised": row["revised"],
        "note": row["note"],
    }


def _holds_indicators(slug: str) -> bool:
    """One query, so ETHOS downloads pay little for being sent on."""
    return IndicatorValue.objects.filter(dataset__slug=slug).exists()


def _selection(request, slug):
    form = IndicatorSelectionForm(request.GET, datasets=(slug,))
    if not form.is_valid():
        return None, downloads._bad_request(form.error_message())
    return form.selection(datasets=(slug,)), None


@require_safe
def csv_download(request, slug):
    if not _holds_indicators(slug):
        return downloads.csv_download(request, slug)
    selection, refusal = _selection(request, slug)
    if refusal:
        return refusal
    headers, unchanged = downloads._conditional(request)
    if unchanged:
        return unchanged
    writer = csv.writer(downloads._Echo(), lineterminator="\r\n")

    def lines():
        yield writer.writerow(INDICATOR_NAMES)
        for row in indicator_value_rows(selection).iterator(chunk_size=5000):
            published = _published(row)
            yield writer.writerow([csv_cell(published[n]) for n in INDICATOR_NAMES])

    response = (
        HttpResponse(content_type=downloads.CSV_TYPE)
        if request.method == "HEAD"
        else StreamingHttpResponse(lines(), content_type=downloads.CSV_TYPE)
    )
    metadata = reverse("opendata:csv_metadata", args=[slug])
    headers["Link"] = (
        f'<{request.build_absolute_uri(metadata)}>; rel="describedby"; '
        'type="application/csvm+json"'
    )
    return downloads._finish(response, headers, f"{slug}.csv")


@require_safe
def xlsx_download(request, slug):
    if not _holds_indicators(slug):
        return downloads.xlsx_download(request, slug)
    entry = dataset_entry(slug)
    selection, refusal = _selection(request, slug)
    if refusal:
        return refusal
    headers, unchanged = downloads._conditional(request)
    if unchanged:
        return unchanged
    limit = settings.OPENDATA_XLSX_MAX_ROWS
    if (count := indicator_value_count(selection)) > limit:
        return downloads._bad_request(
            ngettext(
                "The selection has %(count)s row; XLSX is offered for at most "
                "%(limit)s rows. Narrow the selection with the parameters (indicator, "
                "territory, period), or download the CSV, which has no size limit.",
                "The selection has %(count)s rows; XLSX is offered for at most "
                "%(limit)s rows. Narrow the selection with the parameters (indicator, "
                "territory, period), or download the CSV, which has no size limit.",
                count,
            )
            % {"count": number(count), "limit": number(limit)}
        )
    filename = f"{slug}.xlsx"
    if request.method == "HEAD":
        response = HttpResponse(content_type=downloads.XLSX_TYPE)
        return downloads._finish(response, headers, filename)
    view = DatasetView(entry)
    facts = [
        (_("Publisher"), entry.dataset.publisher),
        (_("Territory"), view.territory),
        (_("Time coverage"), view.time_coverage),
        (_("Licence"), entry.dataset.licence or "CC BY 4.0"),
        (_("Method"), entry.dataset.method),
        (_("Known limitations"), entry.dataset.known_limitations),
    ]
    rows = (
        {**_published(row), "value": float(row["value"])}
        for row in indicator_value_rows(selection)
    )
    output = workbook_file(entry, rows, facts, columns=INDICATOR_COLUMNS)
    response = FileResponse(output, content_type=downloads.XLSX_TYPE)
    return downloads._finish(response, headers, filename)
