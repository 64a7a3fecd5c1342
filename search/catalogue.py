"""What search needs to know of every page it may list, held in memory.

A broad query matches thousands of pages. Facet counts over all of them and the
title checks of ranking used to send every id to the database, six queries a
search; they now read this catalogue: each page's title, type, region, topics,
ladder steps and country, loaded in five queries when the catalogue is first
needed and kept by each process while the content generation and the data
version stay (topic and country names bump the first, ladder step titles and
regions the second).

Which catalogue is current is decided through the cache, not by the versions
alone: a token stored there under the versions names the catalogue, so clearing
the cache (as every test does, with a database whose counters start anew) makes
each process load it again.
"""

import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection

from knowledge.models import KnowledgePage
from monitoring.versioning import versions
from search.filters import SearchFilters, regional_models, searchable_pages

CATALOGUE_KEY = "search:catalogue:{database}:{tag}"


@dataclass(frozen=True)
class CataloguedPage:
    title: str
    content_type: int
    region: tuple[str, str, str] | None = None  # NUTS 3 code, name, slug
    topics: tuple[tuple[str, str], ...] = ()  # slug, name
    steps: tuple[tuple[int, str], ...] = ()  # number, title
    country: tuple[str, str] | None = None  # ISO code, name


def _load() -> dict[int, CataloguedPage]:
    regions, countries = {}, {}
    for model in regional_models():
        rows = model.objects.filter(region__isnull=False).values_list(
            "pk", "region__code", "region__name", "region__slug"
        )
        regions.update((pk, (code, name, slug)) for pk, code, name, slug in rows)
    countries.update(
        (pk, (code, name))
        for pk, code, name in KnowledgePage.objects.filter(
            country__isnull=False
        ).values_list("pk", "country__iso_code", "country__name")
    )
    topics, steps = defaultdict(list), defaultdict(list)
    for pk, slug, name in KnowledgePage.topics.through.objects.values_list(
        "knowledgepage_id", "topic__slug", "topic__name"
    ):
        topics[pk].append((slug, name))
    for pk, number, title in KnowledgePage.ladder_steps.through.objects.values_list(
        "knowledgepage_id", "ladderstep__number", "ladderstep__title"
    ):
        steps[pk].append((number, title))
    pages = searchable_pages(SearchFilters())
    return {
        pk: CataloguedPage(
            title=title,
            content_type=content_type,
            region=regions.get(pk),
            topics=tuple(topics.get(pk, ())),
            steps=tuple(steps.get(pk, ())),
            country=countries.get(pk),
        )
        for pk, title, content_type in pages.values_list("pk", "title", "content_type")
    }


class _Held:
    """The catalogue this process loaded last, with the token it was loaded for."""

    def __init__(self):
        self.token = None
        self.pages: dict[int, CataloguedPage] = {}
        self.lock = threading.Lock()


_HELD = _Held()


def _token(request) -> str:
    key = CATALOGUE_KEY.format(
        database=connection.settings_dict["NAME"], tag=versions(request).tag
    )
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, None)
        token = cache.get(key) or ""
    return token


def catalogue(request=None) -> dict[int, CataloguedPage]:
    """Page id → what search knows of it, for every page a search without
    filters may list (``search.filters.searchable_pages``)."""
    token = _token(request)
    with _HELD.lock:
        if token and token == _HELD.token:
            return _HELD.pages
        pages = _load()
        _HELD.token, _HELD.pages = token, pages
        return pages
