"""Open downloads of a dataset or any filtered selection of it: CSV as the Czech
open data norm asks, its CSV on the Web descriptor, and XLSX. The filters are the
API's (territory, orp_of_region, period_from, period_to, category, measure)."""

import csv
import io
from collections.abc import Iterator

from django.conf import settings
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from monitoring.formatting import number
from monitoring.queries import (
    dataset_entry,
    observation_count,
    published_chunks,
    published_rows,
)
from opendata.api.conditional import not_modified, validators
from opendata.api.parameters import SelectionForm
from opendata.columns import NAMES
from opendata.csvw import descriptor
from opendata.presentation import DatasetView
from opendata.xlsx import workbook_file

CSV_TYPE = "text/csv; charset=utf-8; header=present"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Echo:
    """A file-like object whose write returns the line, for streaming csv."""

    def write(self, value):
        return value


def csv_chunks(selection) -> Iterator[str]:
    """The CSV, a chunk of rows at a time: a million single-line writes to the
    socket (and as many calls per cell) cost more than writing the rows. Dates
    are ISO through ``str``, nothing is empty, booleans come as "true"/"false"."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(NAMES)
    for rows in published_chunks(selection, true="true", false="false"):
        writer.writerows(rows)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if header_only := buffer.getvalue():  # no rows selected
        yield header_only


def _selection(request, slug):
    """The dataset and the validated selection, or a Czech 400 response."""
    entry = dataset_entry(slug)
    if entry is None:
        raise Http404(_("The dataset does not exist."))
    form = SelectionForm(request.GET, datasets=(slug,))
    if not form.is_valid():
        return entry, None, _bad_request(form.error_message())
    return entry, form.selection(datasets=(slug,)), None


def _bad_request(message: str) -> HttpResponseBadRequest:
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _conditional(request):
    """(headers, 304 response or None) from the data version."""
    headers = validators()
    return headers, not_modified(request, headers)


def _finish(response, headers: dict, filename: str | None = None):
    for header, value in headers.items():
        response[header] = value
    response["Cache-Control"] = "public, no-cache"
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def csv_download(request, slug):
    _entry, selection, refusal = _selection(request, slug)
    if refusal:
        return refusal
    headers, unchanged = _conditional(request)
    if unchanged:
        return unchanged
    response = (
        HttpResponse(content_type=CSV_TYPE)  # headers only: no rows are read
        if request.method == "HEAD"
        else StreamingHttpResponse(csv_chunks(selection), content_type=CSV_TYPE)
    )
    metadata = reverse("opendata:csv_metadata", args=[slug])
    headers["Link"] = (
        f'<{request.build_absolute_uri(metadata)}>; rel="describedby"; '
        'type="application/csvm+json"'
    )
    return _finish(response, headers, f"{slug}.csv")


@require_safe
def csv_metadata(request, slug):
    entry = dataset_entry(slug)
    if entry is None:
        raise Http404(_("The dataset does not exist."))
    if request.GET:
        return _bad_request(_("The CSV description takes no parameters."))
    headers, unchanged = _conditional(request)
    if unchanged:
        return unchanged
    csv_url = request.build_absolute_uri(reverse("opendata:csv", args=[slug]))
    response = JsonResponse(
        descriptor(entry, csv_url),
        content_type="application/csvm+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    return _finish(response, headers)


@require_safe
def xlsx_download(request, slug):
    entry, selection, refusal = _selection(request, slug)
    if refusal:
        return refusal
    headers, unchanged = _conditional(request)
    if unchanged:
        return unchanged
    limit = settings.OPENDATA_XLSX_MAX_ROWS
    if (count := observation_count(selection)) > limit:
        return _bad_request(
            ngettext(
                "The selection has %(count)s row; XLSX is offered for at most "
                "%(limit)s rows. Narrow the selection with the parameters (territory, "
                "period_from, period_to, category, measure), or download the CSV, "
                "which has no size limit.",
                "The selection has %(count)s rows; XLSX is offered for at most "
                "%(limit)s rows. Narrow the selection with the parameters (territory, "
                "period_from, period_to, category, measure), or download the CSV, "
                "which has no size limit.",
                count,
            )
            % {"count": number(count), "limit": number(limit)}
        )
    view = DatasetView(entry)
    facts = [
        (_("Publisher"), entry.dataset.publisher),
        (_("Territory"), view.territory),
        (_("Time coverage"), view.time_coverage),
        (_("Licence"), entry.dataset.licence or "CC BY 4.0"),
        (_("Source"), entry.dataset.source_url),
        (_("Method"), entry.dataset.method),
        (_("Known limitations"), entry.dataset.known_limitations),
        (
            _("Dataset page"),
            request.build_absolute_uri(reverse("opendata:dataset", args=[slug])),
        ),
    ]
    if request.method == "HEAD":  # headers only: no workbook is written
        return _finish(HttpResponse(content_type=XLSX_TYPE), headers, f"{slug}.xlsx")
    output = workbook_file(entry, published_rows(selection), facts)
    response = FileResponse(output, content_type=XLSX_TYPE)
    return _finish(response, headers, f"{slug}.xlsx")
