import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

pytestmark = pytest.mark.django_db


def test_the_database_backend_is_our_czech_variant_for_the_vendor():
    backend = get_search_backend()

    # Each variant's module imports models that exist only for its vendor.
    if connection.vendor == "postgresql":
        from search.backends.postgres import CzechPostgresSearchBackend
        from search.postgres_config import AUTOCOMPLETE_CONFIG, SEARCH_CONFIG

        assert isinstance(backend, CzechPostgresSearchBackend)
        assert backend.config == SEARCH_CONFIG
        assert backend.autocomplete_config == AUTOCOMPLETE_CONFIG
    else:
        from search.backends.sqlite import CzechSQLiteSearchBackend

        assert isinstance(backend, CzechSQLiteSearchBackend)
