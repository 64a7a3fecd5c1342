"""Builds WAGTAILSEARCH_BACKENDS from the environment.

Imported by settings, so it must not touch Django models.
"""

import os

ELASTICSEARCH_BACKEND = "wagtail.search.backends.elasticsearch9"
DATABASE_BACKEND = "wagtail.search.backends.database"


def search_backends_from_environment() -> dict:
    """Elasticsearch when ELASTICSEARCH_URL is set (credentials may sit in the URL),
    otherwise Wagtail's database backend."""
    url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND,
            "URLS": [url],
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "bydleni"),
            "TIMEOUT": 5,
        }
    }
