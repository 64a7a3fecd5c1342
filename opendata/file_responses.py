"""Answers that serve a stored file (``opendata.models.PublishedFile``): its
SHA-256 as the ETag (304 while the client's copy is current), one byte range on
request (206, or 416 past the end) and the file read from storage in chunks."""

from collections.abc import Iterator

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils.http import http_date

from opendata.api.conditional import not_modified
from opendata.byte_ranges import Unsatisfiable, requested_range
from opendata.models import PublishedFile
from opendata.version_files import file_storage

CHUNK = 64 * 1024


def stored_file_response(
    request, published: PublishedFile, content_type: str, filename: str
) -> HttpResponse | None:
    """The answer, or None when the file is gone from storage (a newer version's
    replaced it since the record was read)."""
    headers = {
        "ETag": published.etag,
        "Last-Modified": http_date(published.built_at.timestamp()),
    }
    if (unchanged := not_modified(request, headers)) is not None:
        return unchanged
    size = published.size
    try:
        span = _span(request, published)
    except Unsatisfiable:
        response = HttpResponse(status=416, content_type="text/plain; charset=utf-8")
        response["Content-Range"] = f"bytes */{size}"
        return _finish(response, headers, filename)
    length = size if span is None else span[1] - span[0] + 1
    if request.method == "HEAD":
        response = HttpResponse(content_type=content_type)
    else:
        try:
            stream = file_storage().open(published.name, "rb")
        except FileNotFoundError:  # replaced by a newer version's meanwhile
            return None
        if span is None:
            response = FileResponse(stream, content_type=content_type)
        else:
            response = StreamingHttpResponse(
                _read(stream, *span), content_type=content_type
            )
    if span is not None:
        response.status_code = 206
        response["Content-Range"] = f"bytes {span[0]}-{span[1]}/{size}"
    response["Content-Length"] = str(length)
    return _finish(response, headers, filename)


def _span(request, published: PublishedFile) -> tuple[int, int] | None:
    """The range to send: none unless asked for, and none when If-Range names
    another version of the file than this one."""
    if_range = request.headers.get("If-Range")
    if if_range is not None and if_range != published.etag:
        return None
    return requested_range(request.headers.get("Range", ""), published.size)


def _read(stream, first: int, last: int) -> Iterator[bytes]:
    with stream:
        stream.seek(first)
        remaining = last - first + 1
        while remaining and (chunk := stream.read(min(CHUNK, remaining))):
            remaining -= len(chunk)
            yield chunk


def _finish(response, headers: dict, filename: str):
    for header, value in headers.items():
        response[header] = value
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "public, no-cache"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
