"""What every search cache entry depends on besides its own parts: the versions
(content generation, data version and day), the language and the site."""

from django.utils.translation import get_language
from wagtail.models import Site

from monitoring.versioning import versions


def request_scope(request) -> str:
    site = Site.find_for_request(request)  # the routing middleware's, no query
    return f"{versions(request).tag}:{get_language()}:{site.pk if site else None}"
