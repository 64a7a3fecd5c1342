"""One public search: the query, facet filters and counts, promotions, a page of
results. The HTML page and the JSON endpoint both render what this returns."""

from dataclasses import dataclass, field, replace

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import czech, vocabulary
from search.backends.vocabulary import RecordsVocabulary
from search.facets import Facet, facets_for
from search.filters import SearchFilters, searchable_pages
from search.promotions import Promotion, promotions_for
from search.query import ParsedQuery, parse
from search.ranking import rank
from search.results import ResultItem, describe

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


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


def _pages(ids: list[int]) -> list:
    """The specific pages of ``ids``, in that order."""
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id]


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


def run_search(
    raw_query: str, filters: SearchFilters, page_number, request, correct=True
):
    outcome = SearchOutcome(query=parse(raw_query), filters=filters)
    if outcome.query.is_empty:
        return outcome
    backend = get_search_backend()
    outcome.promotions = promotions_for(outcome.query.text, request)
    promoted = [item.page_id for item in outcome.promotions if item.page_id]
    pages = searchable_pages(filters).exclude(pk__in=promoted)
    ranking = rank(backend, outcome.query, pages)
    if correct and not isinstance(backend, RecordsVocabulary):
        if not ranking.ids:  # Elasticsearch: its own fuzzy matching
            ranking = rank(backend, replace(outcome.query, fuzzy=True), pages)
    elif correct and (not ranking.ids or ranking.relaxed):
        text = corrected_text(outcome.query)
        corrected = rank(backend, parse(text), pages) if text else None
        # a correction stands when it finds pages and the typed text found
        # none, or only pages with some of its words
        if corrected and corrected.ids and not (ranking.ids and corrected.relaxed):
            outcome.corrected_from = outcome.query.text
            outcome.query, ranking = parse(text), corrected
    ids, outcome.total, outcome.relaxed = ranking.ids, ranking.total, ranking.relaxed
    if not ids:
        return outcome
    outcome.page = Paginator(ids, RESULTS_PER_PAGE).get_page(page_number)
    outcome.items = describe(_pages(list(outcome.page)), outcome.query.terms, request)
    outcome.facets = facets_for(ids, filters, outcome.query.text)
    return outcome


def suggest(raw_query: str, request) -> list[ResultItem]:
    """Pages whose titles start with what the visitor is typing."""
    typed = czech.words(parse(raw_query).text)
    if not typed:
        return []
    pages = searchable_pages(SearchFilters()).specific()
    hits = get_search_backend().autocomplete(" ".join(typed), pages)
    return describe(list(hits[:AUTOCOMPLETE_LIMIT]), [], request, snippets=False)
