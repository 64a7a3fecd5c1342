import pytest
from django.core.management import call_command

from cms.demo.site_tree import build_site_tree


@pytest.fixture
def home_page(db):
    """The demo site tree: home page, 'O portálu' and the accessibility statement."""
    return build_site_tree()


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
