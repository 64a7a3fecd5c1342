"""Atom feed of the knowledge base, honouring the index's filters."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from knowledge.listing import ListingFilters, knowledge_pages

FEED_SIZE = 20


class KnowledgeFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return ListingFilters.from_query(request.GET)

    def title(self, filters):
        return f"{self.index_page.title} – Bydlení v krajích"

    def link(self, filters):
        return self._absolute(self.index_page)

    def subtitle(self, filters):
        return self.index_page.specific.intro or "Novinky ve znalostní bázi."

    def items(self, filters):
        return knowledge_pages(filters)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self._absolute(item)

    def _absolute(self, page) -> str:
        """On the host the reader asked (the Site record may name another)."""
        return self.request.build_absolute_uri(page.get_url(self.request))

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
