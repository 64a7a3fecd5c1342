"""Search promotions for the demo: editors pin a page to what people type."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

# (query as people type it, slug of the page pinned to it, why it is pinned)
PROMOTIONS = (
    (
        "koordinátor",
        "krajsky-koordinator-bydleni",
        "Co má krajský koordinátor bydlení na starosti a jak pozici zřídit.",
    ),
    (
        "garanční fond",
        "garancni-fond-pro-obce",
        "Jak kraj ručí pronajímatelům a obce díky tomu získávají byty.",
    ),
)


def load_search_promotions() -> None:
    """Adds each promotion once; what editors changed stays."""
    for query_string, slug, description in PROMOTIONS:
        page = Page.objects.filter(slug=slug, live=True).first()
        if page is None:
            continue
        query = Query.get(query_string)
        if not query.editors_picks.filter(page=page).exists():
            SearchPromotion.objects.create(
                query=query, page=page, description=description, sort_order=0
            )
