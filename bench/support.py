"""Shared set-up for benchmarks that run inside Django."""

import contextlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


@contextlib.contextmanager
def throwaway_database():
    """Sets Django up and yields its connection to a fresh test_… database, which
    is dropped afterwards; the configured database is never touched."""
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    from django.db import connection

    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
