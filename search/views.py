from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over every live, public page."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("strana"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results": page_obj,
            "base_query": urlencode({"q": query}),
        },
    )
