"""Search outcomes kept in the cache, so a repeated search reads no database
beyond the request's versions (README, "Caching").

What a query finds (``Matches``: hit ids, totals, facet counts, the correction,
promotions) is one entry; each page of result items (titles, addresses, types,
regions, dates, excerpts) another, named by that entry's key and the page number
it resolves to. Keys are a hash of everything the outcome depends on: the
content generation (pages published, unpublished, moved or deleted, synonym
groups, promotions, topics, countries) and the data version with the day (the
excerpts of live blocks), the language (type and facet labels), the site
(addresses), the query as shown back (spaces collapsed, cut as the parser cuts
it), the filters in effect and whether typos are corrected. Nothing in an
outcome depends on who asks: search lists live public pages only. A filter
value no page has finds nothing, and such outcomes are not kept, so made-up
parameters never add entries; page numbers past the end resolve to the last.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from knowledge.models import KnowledgeIndexPage
from search import czech
from search.cache_scope import request_scope
from search.filters import SearchFilters
from search.query import normalised
from search.service import SearchOutcome, find, page_items, run_search, suggest

MAX_PAGE_NUMBER = 10**6  # far past the last page of any search


def _seconds() -> int:
    """How long an entry no key names any more stays (never how stale it may
    be); 0 turns the cache off, as bench/search_speed.py does."""
    return settings.SEARCH_CACHE_SECONDS


def _key(kind: str, request, *parts) -> str:
    described = repr((request_scope(request), *parts))
    return f"search:{kind}:{hashlib.sha256(described.encode()).hexdigest()}"


def _page_key(matches_key: str, number: int) -> str:
    return f"{matches_key}:{number}"


def search(
    raw_query: str, filters: SearchFilters, page_number, request, correct=True
) -> SearchOutcome:
    """``run_search``'s outcome, from the cache where an earlier search left it;
    usually one cache round trip (both entries at once for the page asked)."""
    seconds = _seconds()
    if not seconds:
        return run_search(raw_query, filters, page_number, request, correct)
    filter_values = tuple(sorted(filters.active.items()))
    matches_key = _key(
        "matches", request, normalised(raw_query), filter_values, correct
    )
    # bounded, so a made-up page number cannot make the key long
    asked = _page_key(matches_key, min(page_number, MAX_PAGE_NUMBER))
    found = cache.get_many([matches_key, asked])
    matches = found.get(matches_key)
    if matches is None:
        matches = find(raw_query, filters, request, correct)
        if matches.ids or not filter_values:
            cache.set(matches_key, matches, seconds)
    page = matches.result_page(page_number)
    if page is None:
        return SearchOutcome.of(matches, filters, None, [])
    page_key = _page_key(matches_key, page.number)
    items = found.get(asked) if page_key == asked else cache.get(page_key)
    if items is None:
        items = page_items(matches, page, request)
        cache.set(page_key, items, seconds)
    return SearchOutcome.of(matches, filters, page, items, page_key)


def _kept(key: str, compute):
    """The entry under ``key``, computed and stored when missing."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, _seconds())
    return value


def suggestions(raw_query: str, request):
    """``suggest``'s titles for what the visitor is typing, from the cache; the
    same words typed in other cases or without diacritics share an entry."""
    typed = czech.words(normalised(raw_query))
    if not _seconds() or not typed:
        return suggest(raw_query, request)
    return _kept(_key("suggest", request, typed), lambda: suggest(raw_query, request))


def _knowledge_index_url(request) -> str:
    index = KnowledgeIndexPage.objects.live().public().first()
    return index.get_url(request) if index else ""


def knowledge_index_url(request) -> str:
    """Where a search that found nothing offers to browse ("" without one)."""
    if not _seconds():
        return _knowledge_index_url(request)
    return _kept(_key("browse", request), lambda: _knowledge_index_url(request))
