"""The site's 404 and 500 handlers: the Czech error pages for visitors, JSON with
a Czech ``detail`` under /api/ (the shape of opendata.api.errors), so a client of
the API never has to parse an HTML page."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults

API_PREFIX = "/api/"


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def page_not_found(request, exception):
    if _is_api(request):
        return JsonResponse(
            {"detail": _("There is no API endpoint at this address.")}, status=404
        )
    return defaults.page_not_found(request, exception)


def server_error(request):
    """Needs neither the database nor a request context: 500.html renders from
    static files only, the JSON answer from a fixed string."""
    if _is_api(request):
        return JsonResponse(
            {"detail": _("An error occurred on the server. Please try again later.")},
            status=500,
        )
    return defaults.server_error(request)
