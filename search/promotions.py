"""Pages editors pin to a query (Wagtail's search promotions), matched without
regard to case, diacritics or punctuation, and read without writing: the public
search never records queries."""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion

from search import czech


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


def promotions_for(text: str, request) -> list[Promotion]:
    wanted = czech.words(text)
    if not wanted:
        return []
    rows = (
        SearchPromotion.objects.filter(Q(page__isnull=True) | Q(page__live=True))
        .select_related("query", "page")
        .order_by("sort_order", "pk")
    )
    return [
        Promotion(
            page_id=row.page_id,
            title=row.title,
            url=row.page.get_url(request) if row.page else row.external_link_url,
            description=row.description,
        )
        for row in rows
        if czech.words(row.query.query_string) == wanted
    ]
