from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from search import outcome_cache
from search.filters import SearchFilters, SearchForm, SuggestionForm

# ``oprava=ne`` searches the text as typed, without typo correction.
NO_CORRECTION = ("oprava", "ne")


def _outcome(request, filters: SearchFilters):
    correct = request.GET.get(NO_CORRECTION[0]) != NO_CORRECTION[1]
    return outcome_cache.search(
        filters.text, filters, filters.page_number, request, correct
    )


def _bad_request(form) -> JsonResponse:
    response = JsonResponse(
        {"chyba": form.error_message()},
        status=400,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def search(request):
    """The search page: results, facets and promotions for ``?q=``; a filter it
    cannot read is left out."""
    outcome = _outcome(request, SearchFilters.from_query(request.GET))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "outcome": outcome,
            "search_query": outcome.query.text,
            "page_query": outcome.filters.query_string(outcome.query.text),
            "original_query": outcome.filters.query_string(
                outcome.corrected_from, **dict([NO_CORRECTION])
            ),
            # offered to browse when nothing is found
            "knowledge_index_url": ""
            if outcome.items
            else outcome_cache.knowledge_index_url(request),
        },
    )


@require_safe
def search_api(request):
    """The same search as JSON, for other sites and scripts; public and read-only,
    so any origin may call it from a browser. A parameter it cannot read is
    refused with 400 and a Czech message naming it."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return _bad_request(form)
    outcome = _outcome(request, SearchFilters.from_form(form))
    page = outcome.page
    response = JsonResponse(
        {
            "query": outcome.query.text,
            "filters": outcome.filters.active,
            "total": outcome.total,
            "all_words_matched": not outcome.relaxed,
            "corrected_from": outcome.corrected_from or None,
            "page": page.number if page else 1,
            "pages": page.paginator.num_pages if page else 0,
            "promoted": [promotion.as_json() for promotion in outcome.promotions],
            "results": [item.as_json() for item in outcome.items],
            "facets": {
                facet.name: [
                    {
                        "value": option.value,
                        "label": option.label,
                        "count": option.count,
                    }
                    for option in facet.options
                ]
                for facet in outcome.facets
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def suggestions(request):
    """Autocomplete for the header's search box."""
    form = SuggestionForm(request.GET)
    if not form.is_valid():
        return _bad_request(form)
    items = outcome_cache.suggestions(form.cleaned_data["q"], request)
    return JsonResponse(
        {
            "suggestions": [
                {"title": item.title, "url": item.url, "type": item.type_label}
                for item in items
            ]
        },
        json_dumps_params={"ensure_ascii": False},
    )
