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

Each process also keeps the pages it served last in memory (``LocalPages``,
bounded by ``PAGE_CACHE_MEMORY_BYTES``): a hit on such a page reads only the
versions copy from the cache, never the body, and serves the page if it carries
them, so a change in any process makes every process's copy a miss at once.
"""

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils import timezone
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
RENDER_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class StoredPage:
    """A page as WSGI sends it, so a hit builds nothing: the status line, the
    header list and the body, with the versions it was rendered under and when
    its entry in the cache expires."""

    tag: str
    expires: float
    status: str
    headers: list
    body: bytes

    @property
    def status_code(self) -> int:
        return int(self.status[:3])

    def current(self, versions: str | None) -> bool:
        return self.tag == versions and time.time() < self.expires


@dataclass(frozen=True)
class Lookup:
    key: str
    versions: str | None  # the cache's copy of the current versions
    page: StoredPage | None  # if stored under those versions


class LocalPages:
    """This process's copies of stored pages, least recently used out first once
    they hold more than ``limit`` bytes of bodies. Only the versions copy is read
    to serve one, and every copy is dropped once that copy changes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.size = 0
        self.versions = None  # the versions copy the held pages were checked against
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> StoredPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: str, page: StoredPage) -> None:
        if len(page.body) > self.limit:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self._pages[key] = page
            self.size += len(page.body)
            while self.size > self.limit:
                _key, dropped = self._pages.popitem(last=False)
                self.size -= len(dropped.body)

    def seen(self, versions: str | None) -> None:
        """Drops every copy when the versions copy is not the one last seen."""
        if versions != self.versions:
            self.clear()
            self.versions = versions

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self.size = 0
            self.versions = None

    def __len__(self) -> int:
        return len(self._pages)


LOCAL_PAGES = LocalPages(settings.PAGE_CACHE_MEMORY_BYTES)


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
    # "v2": pages stored as StoredPage; processes of the previous release read
    # their own (tuple) entries during a rolling restart.
    return f"cms:page:v2:{host}{request.path}?{read}:{language}:{encoding}"


def _today_in(versions: str | None) -> bool:
    """The copy is written when versions change, but its tag also holds the day
    (data blocks stand as of today): after midnight it counts no more, and the
    first miss writes today's."""
    return versions is not None and versions.endswith(timezone.localdate().isoformat())


def lookup(request) -> Lookup:
    """A page this process holds costs one read of the small versions copy;
    another costs one read of the copy and the page together."""
    key = page_key(request)
    held = LOCAL_PAGES.get(key)
    if held is not None:
        current = cache.get(MIRROR_KEY)
        LOCAL_PAGES.seen(current)
        if _today_in(current) and held.current(current):
            return Lookup(key, current, held)
    found = cache.get_many([MIRROR_KEY, key])
    current = found.get(MIRROR_KEY)
    LOCAL_PAGES.seen(current)
    page = found.get(key)
    if _today_in(current) and isinstance(page, StoredPage) and page.current(current):
        LOCAL_PAGES.put(key, page)
        return Lookup(key, current, page)
    return Lookup(key, current, None)


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


def _stored(response, tag: str, seconds: int) -> StoredPage:
    """Cheaper to keep and send than the response."""
    return StoredPage(
        tag=tag,
        expires=time.time() + seconds,
        status=f"{response.status_code} {response.reason_phrase}",
        headers=list(response.items()),  # stored responses set no cookies
        body=response.content,
    )


def _render_key(key: str) -> str:
    return f"{key}:rendering"


def rendered_elsewhere(request, found: Lookup) -> Lookup:
    """After a change every page misses at once, and each request would render
    its page again: only the first one renders a page while the others wait for
    its copy, up to PAGE_CACHE_RENDER_WAIT_SECONDS, then render it themselves;
    they stop waiting as soon as the first one ends without storing a copy.
    Without an answer from the cache (``add`` gives None) nobody waits."""
    wait = settings.PAGE_CACHE_RENDER_WAIT_SECONDS
    rendering = _render_key(found.key)
    if cache.add(rendering, True, 2 * wait) is not False:
        return found  # this request renders
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(RENDER_POLL_SECONDS)
        if (again := lookup(request)).page is not None:
            return again
        if cache.get(rendering) is None:
            break
    return found


def _restored(page: StoredPage) -> HttpResponse:
    response = HttpResponse(page.body, status=page.status_code)
    for name, value in page.headers:
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
        if found.page is None:
            found = rendered_elsewhere(request, found)
        if found.page is not None:
            return _restored(found.page)
        try:
            return self.render(request, found, seconds)
        finally:
            cache.delete(_render_key(found.key))

    def render(self, request, found: Lookup, seconds: int):
        current = versions(request)  # before rendering, which reuses it
        response = self.get_response(request)
        mirrored = found.versions
        if mirrored != current.tag:
            # No copy yet (an emptied cache) or a lost one (Redis was away).
            mirrored = refresh_mirror().tag
            LOCAL_PAGES.seen(mirrored)
        if _storable(response):
            patch_vary_headers(response, ("Accept-Encoding",))
            if _accepts_gzip(request) and not response.has_header("Content-Encoding"):
                _compress(response)
            page = _stored(response, current.tag, seconds)
            cache.set(found.key, page, seconds)
            if current.tag == mirrored:  # else a newer change came during rendering
                LOCAL_PAGES.put(found.key, page)
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
                page = found.page
                start_response(page.status, list(page.headers))
                return [b""] if request.method == "HEAD" else [page.body]
            if found is not None:
                environ[LOOKUP_ENVIRON_KEY] = found
        return application(environ, start_response)

    return serve
