"""The OpenAPI schema and its human documentation (Swagger UI from
drf-spectacular-sidecar's static files, started by our own script, so the page runs
under the site's Content-Security-Policy without inline code)."""

from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularJSONAPIView

from opendata.api.release import ReleasedWhenRendered


class SchemaView(ReleasedWhenRendered, SpectacularJSONAPIView):
    """OpenAPI 3 schema as JSON; exempt from the rate limit like the docs."""

    throttle_classes = []


class DocsView(TemplateView):
    template_name = "opendata/api_docs.html"


def only_this_api(endpoints):
    """drf-spectacular preprocessing hook: the schema describes /api/v1/ alone (not
    the Wagtail admin's internal API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
