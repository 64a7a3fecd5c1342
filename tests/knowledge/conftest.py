import pytest

from monitoring.models import Region
from monitoring.reference import load_reference_data
from tests.factories import knowledge_index, region_hub


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
