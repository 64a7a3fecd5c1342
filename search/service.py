"""One public search: the query, facet filters and counts, promotions, a page of
results. The HTML page and the JSON endpoint both render what this returns."""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.search.backends import get_search_backend

from search import czech
from search.facets import Facet, facets_for
from search.filters import SearchFilters, searchable_pages
from search.promotions import Promotion, promotions_for
from search.query import ParsedQuery, parse
from search.results import ResultItem, describe

RESULTS_PER_PAGE = 10
# Without a database queryset to count over (Elasticsearch), facets count the
# best this many hits.
FACET_SAMPLE = 1000
AUTOCOMPLETE_LIMIT = 8


@dataclass
class SearchOutcome:
    query: ParsedQuery
    filters: SearchFilters
    total: int = 0
    relaxed: bool = False  # no page had every word; showing pages with any
    page: PaginatorPage | None = None
    items: list[ResultItem] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)


def _matched_ids(results):
    """The ids of every hit: a subquery on our database backends, otherwise the
    best FACET_SAMPLE hits."""
    if hasattr(results, "matching_pages"):
        return results.matching_pages().values("pk")
    return [hit.pk for hit in results[:FACET_SAMPLE]]


def run_search(raw_query: str, filters: SearchFilters, page_number, request):
    outcome = SearchOutcome(query=parse(raw_query), filters=filters)
    if outcome.query.is_empty:
        return outcome
    backend = get_search_backend()
    outcome.promotions = promotions_for(outcome.query.text, request)
    pages = (
        searchable_pages(filters)
        .specific()
        .exclude(
            pk__in=[
                promotion.page_id
                for promotion in outcome.promotions
                if promotion.page_id
            ]
        )
    )
    results = backend.search(outcome.query.as_search_query("and"), pages)
    outcome.total = results.count()
    if not outcome.total and outcome.query.has_several_clauses:
        results = backend.search(outcome.query.as_search_query("or"), pages)
        outcome.total = results.count()
        outcome.relaxed = bool(outcome.total)
    if not outcome.total:
        return outcome
    outcome.page = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    outcome.items = describe(list(outcome.page), outcome.query.terms, request)
    outcome.facets = facets_for(_matched_ids(results), filters, outcome.query.text)
    return outcome


def suggest(raw_query: str, request) -> list[ResultItem]:
    """Pages whose titles start with what the visitor is typing."""
    typed = czech.words(parse(raw_query).text)
    if not typed:
        return []
    pages = searchable_pages(SearchFilters()).specific()
    hits = get_search_backend().autocomplete(" ".join(typed), pages)
    return describe(list(hits[:AUTOCOMPLETE_LIMIT]), [], request, snippets=False)
