"""The queries one public search runs, over the pages it may find.

Ranking asks several questions of the backend for one search (every hit in
order, the best hits of a looser query, which clauses a few candidates contain).
On our database backends each is answered from the search index alone and the
pages the search may list are applied here, from one set of ids: joining every
page to its index entry in each query cost more than the full-text match.
Elasticsearch gets the page queryset as a filter, as before.
"""

from functools import cached_property

from django.db.models import F
from wagtail.models import Page

from search.catalogue import CataloguedPage
from search.id_lookup import IdIn

# Where the backend cannot list every hit cheaply (Elasticsearch), pages and
# facets cover the best this many hits.
FACET_SAMPLE = 1000


class PageSearch:
    def __init__(
        self,
        backend,
        pages,
        catalogue: dict[int, CataloguedPage],
        *,
        filtered: bool,
        excluded: list[int],
    ):
        """``pages``: the pages this search may list, which are the catalogue's
        less ``excluded`` unless the search is ``filtered``."""
        self.backend = backend
        self.pages = pages
        self.catalogue = catalogue
        self.filtered = filtered
        self.excluded = excluded
        self.reads_entries = hasattr(backend.results_class, "entry_ids")

    @cached_property
    def allowed(self) -> set[int]:
        if self.filtered:
            return set(self.pages.values_list("pk", flat=True))
        return self.catalogue.keys() - set(self.excluded)

    def _entry_ids(self, query, ranked: bool, among=None, allowed=None) -> list[int]:
        results = self.backend.search(
            query, Page.objects.all(), order_by_relevance=ranked
        )
        if not hasattr(results, "entry_ids"):  # nothing to search for
            return []
        allowed = self.allowed if allowed is None else allowed
        return [pk for pk in results.entry_ids(among) if pk in allowed]

    def ranked(self, query, pages=None) -> tuple[list[int], int]:
        """Hit ids, best first, and how many hits there are (of ``pages``, by
        default every page this search may list): every hit on our database
        backends, otherwise the best FACET_SAMPLE of them."""
        if self.reads_entries:
            allowed = None if pages is None else set(pages.values_list("pk", flat=True))
            ids = self._entry_ids(query, ranked=True, allowed=allowed)
            return ids, len(ids)
        results = self.backend.search(query, self.pages if pages is None else pages)
        return [hit.pk for hit in results[:FACET_SAMPLE]], results.count()

    def best(self, query, limit: int) -> list[int]:
        """The ids of the best ``limit`` hits."""
        if self.reads_entries:
            return self._entry_ids(query, ranked=True)[:limit]
        return [hit.pk for hit in self.backend.search(query, self.pages)[:limit]]

    def matching(self, query, among: list[int]) -> list[int]:
        """Which of the pages ``among`` the query matches, unordered."""
        if self.reads_entries:
            return self._entry_ids(query, ranked=False, among=among)
        results = self.backend.search(query, self.pages.filter(IdIn(F("pk"), among)))
        return [hit.pk for hit in results[:FACET_SAMPLE]]
