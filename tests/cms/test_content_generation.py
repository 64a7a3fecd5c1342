import pytest
from django.core.cache import cache
from django.test import RequestFactory

from cms.caching import content_generation
from cms.models import StandardPage

pytestmark = pytest.mark.django_db


def _a_standard_page():
    return StandardPage.objects.live().first()


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_publishing_a_page_changes_the_generation(home_page):
    before = content_generation()
    page = _a_standard_page()
    page.save_revision().publish()
    assert content_generation() != before


def test_unpublishing_and_deleting_change_the_generation(home_page):
    page = _a_standard_page()
    before = content_generation()
    page.unpublish()
    after_unpublish = content_generation()
    assert after_unpublish != before
    page.delete()
    assert content_generation() != after_unpublish


def test_one_request_reads_the_generation_once(home_page):
    request = RequestFactory().get("/")
    first = content_generation(request)
    _a_standard_page().save_revision().publish()
    assert content_generation(request) == first
    assert content_generation() != first
