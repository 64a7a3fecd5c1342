"""Versions that cached fragments are keyed by.

Two things make a cached piece of a page stale: a change to the page tree (a page
published, unpublished, moved or deleted changes titles, addresses, menus,
breadcrumbs and listings anywhere on the site) and a change to monitoring data (an
import or new evidence; see ``monitoring.versioning``). Fragments that depend on
either carry the matching version in their key, so a change makes them misses at
once and the old entries expire on their own.
"""

import secrets

from django.core.cache import cache
from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

CONTENT_GENERATION_KEY = "cms:content-generation"
REQUEST_ATTRIBUTE = "_content_generation"


def bump_content_generation(*args, **kwargs) -> None:
    cache.set(CONTENT_GENERATION_KEY, secrets.token_hex(8), None)


def _bump_on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        bump_content_generation()


def connect() -> None:
    page_published.connect(bump_content_generation, dispatch_uid="content-published")
    page_unpublished.connect(
        bump_content_generation, dispatch_uid="content-unpublished"
    )
    post_page_move.connect(bump_content_generation, dispatch_uid="content-moved")
    post_delete.connect(_bump_on_page_delete, dispatch_uid="content-deleted")


def _read_content_generation() -> str:
    current = cache.get(CONTENT_GENERATION_KEY)
    if current is None:
        cache.add(CONTENT_GENERATION_KEY, secrets.token_hex(8), None)
        current = cache.get(CONTENT_GENERATION_KEY, "")
    return current


def content_generation(request=None) -> str:
    """The page tree's current generation; read once per request."""
    if request is None:
        return _read_content_generation()
    if not hasattr(request, REQUEST_ATTRIBUTE):
        setattr(request, REQUEST_ATTRIBUTE, _read_content_generation())
    return getattr(request, REQUEST_ATTRIBUTE)
