import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.backends.postgres import CzechPostgresSearchBackend
from search.backends.sqlite import CzechSQLiteSearchBackend
from search.postgres_config import AUTOCOMPLETE_CONFIG, SEARCH_CONFIG

pytestmark = pytest.mark.django_db


def test_the_database_backend_is_our_czech_variant_for_the_vendor():
    backend = get_search_backend()

    if connection.vendor == "postgresql":
        assert isinstance(backend, CzechPostgresSearchBackend)
        assert backend.config == SEARCH_CONFIG
        assert backend.autocomplete_config == AUTOCOMPLETE_CONFIG
    else:
        assert isinstance(backend, CzechSQLiteSearchBackend)
