"""Full-page cache for anonymous visitors.

Each cached page carries the generation it was rendered in; the generation changes
whenever a page is published, unpublished or deleted and whenever monitoring data
change, and a page from an older generation counts as a miss, so no visitor sees a
stale page. A hit costs one round trip (the generation and the page are read
together). Needs a cache all processes share (REDIS_URL); off unless
PAGE_CACHE_SECONDS is set.
"""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.http import HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from knowledge.listing import ListingForm
from monitoring.versioning import data_changed
from search.filters import SearchForm

GENERATION_KEY = "cms:page-cache:generation"
# Every query parameter a public page reads.
READ_PARAMETERS = frozenset(SearchForm.base_fields) | frozenset(ListingForm.base_fields)
SKIPPED_PREFIXES = ("/admin/", "/dokumenty/", "/data/", "/static/", "/media/")


def invalidate(*args, **kwargs) -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


def _invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def connect() -> None:
    page_published.connect(invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid="page-cache-deleted")
    data_changed.connect(invalidate, dispatch_uid="page-cache-data")


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


def _cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
    )


def _page_key(request) -> str:
    # Scheme and host keep sites apart and keep plain-HTTP requests (redirected to
    # HTTPS by the security middleware, never cached) from getting a cached page.
    # Only parameters a page reads, in one order and with the value the page
    # reads (the last): junk parameters share the page's entry instead of each
    # filling the cache with a copy.
    read = urlencode(
        sorted(
            (name, request.GET[name]) for name in READ_PARAMETERS & request.GET.keys()
        )
    )
    return f"cms:page:{request.scheme}://{request.get_host()}{request.path}?{read}"


def _lookup(key: str) -> tuple[str, tuple | None]:
    """The current generation and the page stored under ``key`` if it belongs to it."""
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = secrets.token_hex(8)
        cache.add(GENERATION_KEY, current, None)
        current = cache.get(GENERATION_KEY, current)
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def _stored(response) -> tuple:
    """Content and headers only: cheaper to keep and restore than the response."""
    return response.status_code, response.content, list(response.headers.items())


def _restored(stored: tuple) -> HttpResponse:
    status, content, headers = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """The outermost middleware, so a hit skips everything else; what it stores has
    passed through every other middleware already."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        key = _page_key(request)
        current, stored = _lookup(key)
        if stored is not None:
            return _restored(stored)
        response = self.get_response(request)
        if _cacheable_response(response):
            cache.set(key, (current, _stored(response)), seconds)
        return response
