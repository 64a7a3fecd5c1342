import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from cms.caching import (
    MIRROR_KEY,
    content_generation,
    data_version,
    refresh_mirror,
    versions,
)
from cms.models import ContactSettings, StandardPage
from knowledge.models import Topic
from monitoring.blocks import request_data_version
from monitoring.versioning import bump_data_version

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


def test_saving_a_draft_keeps_the_generation(home_page):
    before = content_generation()
    _a_standard_page().save_revision()
    assert content_generation() == before


def test_unpublishing_and_deleting_change_the_generation(home_page):
    page = _a_standard_page()
    before = content_generation()
    page.unpublish()
    after_unpublish = content_generation()
    assert after_unpublish != before
    page.delete()
    assert content_generation() != after_unpublish


def test_moving_a_page_changes_the_generation(home_page):
    page, target = home_page.get_children().live()[:2]
    before = content_generation()
    page.move(target, pos="last-child")
    assert content_generation() != before


def test_privacy_settings_and_topics_change_the_generation(home_page):
    before = content_generation()
    PageViewRestriction.objects.create(
        page=_a_standard_page(), restriction_type=PageViewRestriction.LOGIN
    )
    after_restriction = content_generation()
    assert after_restriction != before
    contact = ContactSettings.for_site(home_page.get_site())
    contact.operator = "Kraj"
    contact.save()
    after_settings = content_generation()
    assert after_settings != after_restriction
    Topic.objects.create(name="Dostupné bydlení")
    assert content_generation() != after_settings


def test_the_generation_is_the_same_in_every_process(home_page):
    """It lives in the database: emptying this process's cache keeps it."""
    _a_standard_page().save_revision().publish()
    before = content_generation()
    cache.clear()
    assert content_generation() == before


def test_one_request_reads_both_versions_once_in_one_query(
    home_page, django_assert_num_queries
):
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        first = versions(request)
        assert request_data_version({"request": request}) == first.data
    _a_standard_page().save_revision().publish()
    bump_data_version()
    assert versions(request) == first
    assert content_generation() != first.content
    assert data_version() != first.data


def test_the_cache_copy_follows_each_commit(
    home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _a_standard_page().save_revision().publish()
    assert cache.get(MIRROR_KEY) == versions().tag
    with django_capture_on_commit_callbacks(execute=True):
        bump_data_version()
    assert cache.get(MIRROR_KEY) == versions().tag


def test_refreshing_the_copy_writes_the_database_versions(home_page):
    cache.set(MIRROR_KEY, "0.0", None)
    _a_standard_page().save_revision().publish()
    assert refresh_mirror() == versions()
    assert cache.get(MIRROR_KEY) == versions().tag
