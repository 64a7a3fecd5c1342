"""Full-page cache for anonymous visitors.

Pages are cached under a generation that changes whenever a page is published,
unpublished or deleted and whenever monitoring data change, so no visitor sees a
stale page. Needs a cache all processes share (REDIS_URL); off unless
PAGE_CACHE_SECONDS is set.
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.http import HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from monitoring.versioning import data_changed

GENERATION_KEY = "cms:page-cache:generation"
SKIPPED_PREFIXES = ("/admin/", "/dokumenty/", "/data/", "/static/", "/media/")


def generation() -> str:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = secrets.token_hex(8)
        cache.set(GENERATION_KEY, value, None)
    return value


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
    return (
        f"cms:page:{generation()}:{request.scheme}://{request.get_host()}"
        f"{request.get_full_path()}"
    )


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
        stored = cache.get(key)
        if stored is not None:
            return _restored(stored)
        response = self.get_response(request)
        if _cacheable_response(response):
            cache.set(key, _stored(response), seconds)
        return response
