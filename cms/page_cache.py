"""Whole pages for anonymous visitors, in the shared cache (README, "Caching").

A stored page carries the versions it was rendered under (``cms.caching``) and
counts only while they are current: the cache's copy of the versions is read with
the page in one round trip, so no visitor gets a page older than the last change
and nothing has to be deleted. Off unless ``PAGE_CACHE_SECONDS`` is set, which needs
``REDIS_URL``: every process must see the same pages and versions.

Variants follow what responses vary on (``Vary: Accept-Language, Cookie``, ``Origin``
under /data/, and ``Accept-Encoding`` added here): the key holds the language Django
picks for the request and whether the client takes gzip (such clients get the page
compressed once, when stored); a request with a session cookie (an editor sees the
user bar) or an ``Origin`` (a cross-origin read gets CORS headers) is never served
from the cache, nor is a preview; a response that sets a cookie (a CSRF
token), is private, or varies on anything else is never stored.

Hits are answered before Django (``serve_cached`` wraps the WSGI application, as
WhiteNoise does for static files); ``PageCacheMiddleware``, the outermost
middleware, stores misses and answers hits itself for requests that did not pass
the wrapper (the test client).
"""

import re
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.text import compress_string
from django.utils.translation import get_language_from_request

from cms.caching import MIRROR_KEY, refresh_mirror, versions
from knowledge.listing import ListingForm
from opendata.pages import CatalogueForm
from search.filters import SearchForm

# Every query parameter a public page reads.
READ_PARAMETERS = (
    frozenset(SearchForm.base_fields)
    | frozenset(ListingForm.base_fields)
    | frozenset(CatalogueForm.base_fields)
)
SKIPPED_PREFIXES = ("/admin/", "/api/", "/dokumenty/", "/static/", "/media/")
# What pages vary on, each held by the key or by the rules above.
HANDLED_VARY = frozenset({"accept-language", "accept-encoding", "cookie", "origin"})
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Where the WSGI wrapper leaves its lookup for the middleware: one round trip.
LOOKUP_ENVIRON_KEY = "cms.page_cache.lookup"


@dataclass(frozen=True)
class Lookup:
    key: str
    versions: str | None  # the cache's copy of the current versions
    page: tuple | None  # (status, headers, body) if stored under those versions


def cacheable_request(request) -> bool:
    """Wagtail's previews run the middleware with a dummy request: never cached."""
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_dummy", False)
        and request.path.endswith("/")
        and not request.path.startswith(SKIPPED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_ORIGIN" not in request.META
    )


def _accepts_gzip(request) -> bool:
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def page_key(request) -> str:
    # Scheme and host keep sites apart and keep plain-HTTP requests (redirected to
    # HTTPS, never stored) from getting a stored page. Only parameters a page
    # reads, in one order and with the value the page reads (the last): junk
    # parameters share the page's entry instead of each filling the cache.
    read = urlencode(
        sorted(
            (name, request.GET[name]) for name in READ_PARAMETERS & request.GET.keys()
        )
    )
    language = get_language_from_request(request)
    encoding = "gzip" if _accepts_gzip(request) else "identity"
    host = f"{request.scheme}://{request.get_host()}"
    return f"cms:page:{host}{request.path}?{read}:{language}:{encoding}"


def lookup(request) -> Lookup:
    key = page_key(request)
    found = cache.get_many([MIRROR_KEY, key])
    current = found.get(MIRROR_KEY)
    entry = found.get(key)
    page = entry[1] if entry and current and entry[0] == current else None
    return Lookup(key, current, page)


def _storable(response) -> bool:
    vary = {
        header.strip().lower()
        for header in cc_delim_re.split(response.get("Vary", ""))
        if header.strip()
    }
    return (
        response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not response.streaming
        and not {"private", "no-store"}
        & set(cc_delim_re.split(response.get("Cache-Control", "")))
        and vary <= HANDLED_VARY
    )


def _compress(response) -> None:
    """Public pages hold no secrets, so gzip leaks nothing (BREACH needs one)."""
    compressed = compress_string(response.content)
    if len(compressed) < len(response.content):
        response.content = compressed
        response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(compressed))


def _stored(response) -> tuple:
    """Status, headers and body: cheaper to keep and restore than the response."""
    return response.status_code, list(response.items()), response.content


def _restored(page: tuple) -> HttpResponse:
    status, headers, body = page
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """The outermost middleware: what it stores has passed every other one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not cacheable_request(request):
            return self.get_response(request)
        found = request.META.get(LOOKUP_ENVIRON_KEY) or lookup(request)
        if found.page is not None:
            return _restored(found.page)
        current = versions(request)  # before rendering, which reuses it
        response = self.get_response(request)
        if _storable(response):
            patch_vary_headers(response, ("Accept-Encoding",))
            if _accepts_gzip(request) and not response.has_header("Content-Encoding"):
                _compress(response)
            cache.set(found.key, (current.tag, _stored(response)), seconds)
        if found.versions != current.tag:
            # No copy yet (an emptied cache) or a lost one (Redis was away).
            refresh_mirror()
        return response


def serve_cached(application):
    """Wraps a WSGI application: a current stored page is answered at once, with
    no Django request cycle, middleware or database."""

    def serve(environ, start_response):
        if settings.PAGE_CACHE_SECONDS:
            request = WSGIRequest(environ)
            try:
                found = lookup(request) if cacheable_request(request) else None
            except SuspiciousOperation:  # a bad host: Django answers it
                found = None
            if found is not None and found.page is not None:
                status, headers, body = found.page
                start_response(f"{status} {HTTPStatus(status).phrase}", headers)
                return [b""] if request.method == "HEAD" else [body]
            if found is not None:
                environ[LOOKUP_ENVIRON_KEY] = found
        return application(environ, start_response)

    return serve
