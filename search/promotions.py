"""Pages editors pin to a query (Wagtail's search promotions), matched without
regard to case, diacritics or punctuation, and read without writing: the public
search never records queries.

Every promotion is read once per content generation (which saving or deleting
one bumps), data version, day, language and site (``search.cache_scope``) and
kept in the cache with the words of its query: a search then compares words
instead of querying the database.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion

from search import czech
from search.cache_scope import request_scope

# Not a staleness bound (the key changes with the versions).
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Promotion:
    page_id: int | None
    title: str
    url: str
    description: str

    def as_json(self) -> dict:
        return {
            "id": self.page_id,
            "title": self.title,
            "url": self.url,
            "description": self.description,
        }


def _every_promotion(request) -> list[tuple[list[str], Promotion]]:
    """Each live promotion with the words of its query, in the editors' order."""
    rows = (
        SearchPromotion.objects.filter(Q(page__isnull=True) | Q(page__live=True))
        .select_related("query", "page")
        .order_by("sort_order", "pk")
    )
    return [
        (
            czech.words(row.query.query_string),
            Promotion(
                page_id=row.page_id,
                title=row.title,
                url=row.page.get_url(request) if row.page else row.external_link_url,
                description=row.description,
            ),
        )
        for row in rows
    ]


def promotions_for(text: str, request) -> list[Promotion]:
    wanted = czech.words(text)
    if not wanted:
        return []
    key = f"search:promotions:{request_scope(request)}"
    every = cache.get_or_set(key, lambda: _every_promotion(request), CACHE_SECONDS)
    return [promotion for words, promotion in every if words == wanted]
