"""Template context every page gets."""

from django.utils.functional import SimpleLazyObject

from cms import caching
from cms.models import RegionPage


def region_page_urls(request) -> dict:
    """``region_page_urls``: region code → its live hub's URL, so live monitoring
    blocks (which know no pages) can link each region to its hub. Lazy: the
    query runs only on pages whose blocks show regions."""

    def urls() -> dict[str, str]:
        hubs = RegionPage.objects.live().select_related("region")
        return {hub.region.code: hub.get_url(request) for hub in hubs}

    return {"region_page_urls": SimpleLazyObject(urls)}


def content_generation(request) -> dict:
    """``content_generation``: the key of cached fragments that show pages, sites
    or their settings (``{% cache %}``); read when a template first uses it."""
    return {
        "content_generation": SimpleLazyObject(
            lambda: caching.content_generation(request)
        )
    }
