"""One public search: the query, facet filters and counts, promotions, a page of
results. The HTML page and the JSON endpoint both render what this returns."""

from dataclasses import dataclass, field, replace

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.search.backends import get_search_backend

from search import czech, vocabulary
from search.backends.vocabulary import RecordsVocabulary
from search.catalogue import catalogue
from search.facets import Facet, facets_for
from search.filters import SearchFilters, searchable_pages
from search.page_search import PageSearch
from search.promotions import Promotion, promotions_for
from search.query import ParsedQuery, parse
from search.ranking import rank
from search.results import ResultItem, items

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


@dataclass(frozen=True)
class Matches:
    """What a query with its filters finds, whatever page of results is shown:
    the hits best first, their facet counts and the editors' promotions."""

    query: ParsedQuery  # the corrected query when results are for a correction
    corrected_from: str = ""  # what was typed, when results are for a correction
    ids: list[int] = field(default_factory=list)
    total: int = 0
    relaxed: bool = False  # no page had every word; showing pages with some
    facets: list[Facet] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)

    def result_page(self, page_number) -> PaginatorPage | None:
        """The page of results ``page_number`` asks for (the last one when it is
        past the end), over positions in ``ids``; None without hits."""
        if not self.ids:
            return None
        return Paginator(range(len(self.ids)), RESULTS_PER_PAGE).get_page(page_number)


@dataclass
class SearchOutcome:
    query: ParsedQuery
    filters: SearchFilters
    total: int = 0
    relaxed: bool = False  # no page had every word; showing pages with some
    corrected_from: str = ""  # what was typed, when results are for a correction
    page: PaginatorPage | None = None
    items: list[ResultItem] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)
    # names this page of results in the cache (search.outcome_cache), so the
    # template keeps its rendering there too; "" when it is not kept
    cache_key: str = ""

    @classmethod
    def of(cls, matches: Matches, filters: SearchFilters, page, items, cache_key=""):
        return cls(
            query=matches.query,
            filters=filters,
            total=matches.total,
            relaxed=matches.relaxed,
            corrected_from=matches.corrected_from,
            page=page,
            items=items,
            facets=matches.facets,
            promotions=matches.promotions,
            cache_key=cache_key,
        )


def corrected_text(query: ParsedQuery) -> str | None:
    """The typed text with each word no indexed page knows replaced by the
    closest indexed word, or None when no word needs it."""
    corrections = {}
    for word in query.plain:
        closest = vocabulary.correct(word)
        if closest:
            corrections[word] = vocabulary.written_form(closest)
    if not corrections:
        return None
    return czech.WORD.sub(
        lambda match: corrections.get(czech.fold(match.group()), match.group()),
        query.text,
    )


def find(raw_query: str, filters: SearchFilters, request, correct=True) -> Matches:
    """Ranks the pages ``raw_query`` matches under ``filters``; with ``correct``,
    retries with typos corrected when the text finds nothing or only pages with
    some of its words."""
    query = parse(raw_query)
    if query.is_empty:
        return Matches(query=query)
    backend = get_search_backend()
    promotions = promotions_for(query.text, request)
    promoted = [item.page_id for item in promotions if item.page_id]
    pages = searchable_pages(filters).exclude(pk__in=promoted)
    pages_known = catalogue(request)
    search = PageSearch(
        backend,
        pages,
        pages_known,
        filtered=bool(filters.active),
        excluded=promoted,
    )
    ranking = rank(search, query)
    corrected_from = ""
    if correct and not isinstance(backend, RecordsVocabulary):
        if not ranking.ids:  # Elasticsearch: its own fuzzy matching
            ranking = rank(search, replace(query, fuzzy=True))
    elif correct and (not ranking.ids or ranking.relaxed):
        text = corrected_text(query)
        corrected = rank(search, parse(text)) if text else None
        # a correction stands when it finds pages and the typed text found
        # none, or only pages with some of its words
        if corrected and corrected.ids and not (ranking.ids and corrected.relaxed):
            corrected_from = query.text
            query, ranking = parse(text), corrected
    return Matches(
        query=query,
        corrected_from=corrected_from,
        ids=ranking.ids,
        total=ranking.total,
        relaxed=ranking.relaxed,
        facets=facets_for(ranking.ids, filters, query.text, pages_known)
        if ranking.ids
        else [],
        promotions=promotions,
    )


def page_items(matches: Matches, page: PaginatorPage, request) -> list[ResultItem]:
    """The result items of one page of ``matches``."""
    ids = matches.ids[page.start_index() - 1 : page.end_index()]
    return items(ids, matches.query.terms, request)


def run_search(
    raw_query: str, filters: SearchFilters, page_number, request, correct=True
) -> SearchOutcome:
    """One search, computed in full (``search.outcome_cache`` keeps outcomes)."""
    matches = find(raw_query, filters, request, correct)
    page = matches.result_page(page_number)
    items = page_items(matches, page, request) if page else []
    return SearchOutcome.of(matches, filters, page, items)


def suggest(raw_query: str, request) -> list[ResultItem]:
    """Pages whose titles start with what the visitor is typing."""
    typed = czech.words(parse(raw_query).text)
    if not typed:
        return []
    pages = searchable_pages(SearchFilters())
    hits = get_search_backend().autocomplete(" ".join(typed), pages)
    ids = [hit.pk for hit in hits[:AUTOCOMPLETE_LIMIT]]
    return items(ids, [], request, snippets=False)
