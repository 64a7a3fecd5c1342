"""Builds WAGTAILSEARCH_BACKENDS from the environment.

Imported by settings, so it must not touch Django models.
"""

import os

from search.backends.elasticsearch_settings import CZECH_INDEX_SETTINGS

ELASTICSEARCH_BACKEND = "wagtail.search.backends.elasticsearch9"
DATABASE_BACKEND = "search.backends.database"


def search_backends_from_environment() -> dict:
    """Elasticsearch when ELASTICSEARCH_URL is set (credentials may sit in the URL),
    otherwise the database backend with our Czech handling."""
    url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND,
            "URLS": [url],
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "bydleni"),
            "TIMEOUT": 5,
            "INDEX_SETTINGS": CZECH_INDEX_SETTINGS,
        }
    }
