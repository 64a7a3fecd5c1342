import io
import re

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory

from monitoring.importers.ethos import import_ethos
from monitoring.reference import load_reference_data

pytestmark = pytest.mark.django_db

BODY = Template("{% load page_body %}{% page_body page %}")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def _render(page, **attributes) -> str:
    request = RequestFactory().get(page.url)
    for name, value in attributes.items():
        setattr(request, name, value)
    return BODY.render(Context({"request": request, "page": page}))


def _pages(home_page):
    about = home_page.get_children().get(slug="o-portalu").specific
    other = home_page.get_children().live().exclude(pk=about.pk).first()
    return about, other


def _publish_body(page, body):
    page.body = body
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _stored_bodies() -> list[str]:
    return [key for key in cache._cache if key.startswith(":1:cms:body:")]


def test_a_body_is_rendered_once_per_published_state(home_page):
    about, _other = _pages(home_page)
    _publish_body(about, [("paragraph", "<p>První znění.</p>")])
    assert "První znění." in _render(about)
    assert len(_stored_bodies()) == 1

    _publish_body(about, [("paragraph", "<p>Druhé znění.</p>")])
    assert "Druhé znění." in _render(about)


def test_a_link_follows_the_page_it_points_to_when_that_moves(home_page):
    about, other = _pages(home_page)
    link = f'<p><a linktype="page" id="{other.pk}">odkaz</a></p>'
    _publish_body(about, [("paragraph", link)])
    assert f'href="{other.url}"' in _render(about)

    other.move(about, pos="last-child")
    other.refresh_from_db()
    assert f'href="{other.url}"' in _render(about)


def test_live_blocks_follow_the_data(home_page, django_capture_on_commit_callbacks):
    load_reference_data()
    about, _other = _pages(home_page)
    _publish_body(about, [("ladder", {})])
    _render(about)
    before = _stored_bodies()

    with django_capture_on_commit_callbacks(execute=True):
        import_ethos(
            io.BytesIO(
                b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\nCZ;2024;1;osoby;9\n"
            ),
            dataset_name="Nova",
            filename="nova.csv",
        )
    _render(about)
    assert set(_stored_bodies()) - set(before)


def test_a_body_without_live_blocks_ignores_the_data(home_page):
    about, _other = _pages(home_page)
    _publish_body(about, [("paragraph", "<p>Text.</p>")])

    _render(about)
    (key,) = _stored_bodies()
    assert not re.search(r":v\d+:", key)


def test_a_preview_is_never_stored(home_page):
    about, _other = _pages(home_page)
    about.body = [("paragraph", "<p>Rozpracováno.</p>")]

    assert "Rozpracováno." in _render(about, is_preview=True)
    assert _stored_bodies() == []
