"""Open downloads of a dataset, ETHOS or indicator: CSV as the Czech open data
norm asks, its CSV on the Web descriptor, XLSX and the Frictionless data package.

The whole dataset is served from the files written once per version
(``opendata.version_files``). A selection (the API's filters as parameters) is
made in the request, so it is bounded in rows: streamed from the database as CSV,
written as XLSX. No download keeps a worker busy for long."""

import tempfile

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
from monitoring.queries import dataset_entry
from opendata import outputs
from opendata.api.conditional import not_modified, validators
from opendata.api.indicators import IndicatorSelectionForm
from opendata.api.parameters import SelectionForm
from opendata.csvw import descriptor
from opendata.distributions import CONTENT_TYPES, current_files, request_limit
from opendata.file_responses import stored_file_response
from opendata.models import FileKind
from opendata.version_files import latest_version

FILENAMES = {FileKind.CSV: "csv", FileKind.XLSX: "xlsx", FileKind.PACKAGE: "zip"}
RETRY_SECONDS = 60


def _entry(slug):
    entry = dataset_entry(slug)
    if entry is None:
        raise Http404(_("The dataset does not exist."))
    return entry


def _bad_request(message: str) -> HttpResponseBadRequest:
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _finish(response, headers: dict, filename: str | None = None):
    for header, value in headers.items():
        response[header] = value
    response["Cache-Control"] = "public, no-cache"
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _describedby(request, slug: str) -> str:
    metadata = reverse("opendata:csv_metadata", args=[slug])
    return (
        f'<{request.build_absolute_uri(metadata)}>; rel="describedby"; '
        'type="application/csvm+json"'
    )


@require_safe
def csv_download(request, slug):
    return _download(request, slug, FileKind.CSV)


@require_safe
def xlsx_download(request, slug):
    return _download(request, slug, FileKind.XLSX)


@require_safe
def package_download(request, slug):
    return _download(request, slug, FileKind.PACKAGE)


def _download(request, slug: str, kind: str):
    entry = _entry(slug)
    filename = f"{slug}.{FILENAMES[kind]}"
    whole = not request.GET
    if whole:
        stored = current_files([entry.dataset.pk]).get(entry.dataset.pk, {})
        if kind in stored and (
            response := stored_file_response(
                request, stored[kind], CONTENT_TYPES[kind], filename
            )
        ):
            if kind == FileKind.CSV:
                response["Link"] = _describedby(request, slug)
            return response
        selection = outputs.whole_dataset(entry)
    else:
        selection = _selection(request, entry, kind)
        if isinstance(selection, HttpResponse):
            return selection
    headers = validators()
    if (unchanged := not_modified(request, headers)) is not None:
        return unchanged
    count = entry.observation_count if whole else outputs.row_count(selection)
    if count > (limit := request_limit(kind)):
        return _preparing() if whole else _too_large(kind, count, limit)
    if kind == FileKind.CSV:
        headers["Link"] = _describedby(request, slug)
    return _finish(_made(request, entry, selection, kind), headers, filename)


def _selection(request, entry, kind: str):
    """The validated parameters as a selection, or a Czech 400 answer."""
    if kind == FileKind.PACKAGE:
        return _bad_request(_("The data package takes no parameters."))
    slug = entry.dataset.slug
    form_class = IndicatorSelectionForm if entry.holds_indicators else SelectionForm
    form = form_class(request.GET, datasets=(slug,))
    if not form.is_valid():
        return _bad_request(form.error_message())
    return form.selection(datasets=(slug,))


def _made(request, entry, selection, kind: str) -> HttpResponse:
    """The download made in the request: CSV streamed, the others written."""
    content_type = CONTENT_TYPES[kind]
    if request.method == "HEAD":  # headers only: no rows are read
        return HttpResponse(content_type=content_type)
    if kind == FileKind.CSV:
        chunks = outputs.csv_chunks(selection)
        return StreamingHttpResponse(chunks, content_type=content_type)
    written = _written(entry, selection, kind)
    return FileResponse(written, content_type=content_type)


def _written(entry, selection, kind: str):
    """A temporary file (rewound) holding the XLSX or the data package; closed by
    the FileResponse that sends it."""
    output = tempfile.TemporaryFile()  # noqa: SIM115
    if kind == FileKind.XLSX:
        outputs.write_xlsx(entry, selection, output)
    else:
        with tempfile.NamedTemporaryFile(suffix=".csv") as data:
            outputs.write_csv(selection, data)
            data.flush()
            outputs.write_package(
                entry, data.name, output, latest_version(entry.dataset)
            )
    output.seek(0)
    return output


def _preparing() -> HttpResponse:
    """The whole dataset is too large to make in the request and its file of the
    latest version is still being written."""
    response = HttpResponse(
        _(
            "The file of the dataset's latest version is being prepared; try again "
            "in a few minutes. Meanwhile you can download a part of the data: add "
            "the API's parameters to the address."
        ),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_SECONDS)
    return response


def _too_large(kind: str, count: int, limit: int) -> HttpResponse:
    return _bad_request(
        ngettext(
            "The selection has %(count)s row; a selection is offered as %(format)s "
            "with at most %(limit)s rows. Narrow the selection with the parameters, "
            "or download the whole dataset without parameters: its files are "
            "prepared in advance.",
            "The selection has %(count)s rows; a selection is offered as %(format)s "
            "with at most %(limit)s rows. Narrow the selection with the parameters, "
            "or download the whole dataset without parameters: its files are "
            "prepared in advance.",
            count,
        )
        % {"count": number(count), "format": kind.upper(), "limit": number(limit)}
    )


@require_safe
def csv_metadata(request, slug):
    entry = _entry(slug)
    if request.GET:
        return _bad_request(_("The CSV description takes no parameters."))
    headers = validators()
    if (unchanged := not_modified(request, headers)) is not None:
        return unchanged
    csv_url = request.build_absolute_uri(reverse("opendata:csv", args=[slug]))
    response = JsonResponse(
        descriptor(entry, csv_url),
        content_type="application/csvm+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    return _finish(response, headers)
