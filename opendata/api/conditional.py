"""HTTP validators from the data version: every answer of the API changes only
when monitoring data change (or, for the ladder's "today", when the day does)."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date, quote_etag

from monitoring.versioning import data_version_stamp


def validators() -> dict[str, str]:
    """The ETag and Last-Modified headers of the current data; one query."""
    version, updated_at = data_version_stamp()
    headers = {"ETag": quote_etag(f"{version}.{timezone.localdate():%Y%m%d}")}
    if updated_at is not None:
        headers["Last-Modified"] = http_date(updated_at.timestamp())
    return headers


def not_modified(request, headers: dict[str, str]) -> HttpResponse | None:
    """The 304 (or 412) answer when the client's copy is current, else None."""
    current = HttpResponse(headers=headers)
    last_modified = current.get("Last-Modified")
    answer = get_conditional_response(
        request,
        etag=headers["ETag"],
        last_modified=parse_http_date(last_modified) if last_modified else None,
        response=current,
    )
    return None if answer is current else answer
