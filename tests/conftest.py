import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from cms.demo.site_tree import build_site_tree
from monitoring.models import Region
from monitoring.reference import load_reference_data
from tests.factories import knowledge_index, region_hub


def pytest_collection_modifyitems(items):
    """Every test that commits restores the database as the migrations left it
    (serialized rollback). A committing test without it ends with a flush that
    re-creates content types under new ids, and a later test that restores the
    migrations' rows would then collide with them."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction"):
            serialized = pytest.mark.django_db(
                *marker.args, **{**marker.kwargs, "serialized_rollback": True}
            )
            item.add_marker(serialized, append=False)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: cached sites, menus and fragments are
    keyed by the content generation, a counter every test's database starts anew."""
    cache.clear()


@pytest.fixture
def home_page(db):
    """The demo site tree: home page, 'O portálu' and the accessibility statement."""
    return build_site_tree()


@pytest.fixture
def tree(home_page):
    """Home with 'Kraje' (Liberec and Prague hubs) and the knowledge index."""
    load_reference_data()
    return {
        "home": home_page,
        "liberec": region_hub(home_page, "CZ051"),
        "prague": region_hub(home_page, "CZ010"),
        "index": knowledge_index(home_page),
    }


@pytest.fixture
def liberec_region(tree):
    return Region.objects.get(code="CZ051")


@pytest.fixture
def load_demo(db):
    def run():
        call_command("load_demo", stdout=_Discard())

    return run


@pytest.fixture(scope="module")
def shared_demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for a module and rolled back after it: each
    test still runs in its own savepoint, so what one test changes the next does
    not see. Loading the demo takes seconds (on PostgreSQL about ten)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=_Discard())
        yield
        transaction.set_rollback(True)
    cache.clear()


class _Discard:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass
