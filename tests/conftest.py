import pytest
from django.core.management import call_command

from cms.demo.site_tree import build_site_tree
from monitoring.models import Region
from monitoring.reference import load_reference_data
from tests.factories import knowledge_index, region_hub


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


class _Discard:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass
