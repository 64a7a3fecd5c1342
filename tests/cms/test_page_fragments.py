"""Cached page fragments ({% pagefragment %}) never show an older state: a hub's
listings follow publishing elsewhere in the tree, a page follows its own
publication and the pages it links, a draft preview is never cached, and each
language has its own copy."""

import pytest

from knowledge.models import Country
from tests.factories import exchange_event, good_practice, strategy

pytestmark = pytest.mark.django_db


def html(client, page, **headers) -> str:
    response = client.get(page.url, **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_hub_lists_a_strategy_published_after_the_hub_was_cached(client, tree):
    hub = tree["liberec"]
    assert "Koncepce bydlení" not in html(client, hub)

    strategy(hub, hub.region)

    assert "Koncepce bydlení" in html(client, hub)


def test_hub_drops_a_strategy_once_it_is_unpublished(client, tree):
    hub = tree["liberec"]
    page = strategy(hub, hub.region)
    assert "Koncepce bydlení" in html(client, hub)

    page.unpublish()

    assert "Koncepce bydlení" not in html(client, hub)


def test_hub_shows_its_own_new_intro_once_published(client, tree):
    hub = tree["liberec"]
    html(client, hub)

    hub.intro = "Nový úvod kraje."
    hub.save_revision().publish()

    assert "Nový úvod kraje." in html(client, hub)


def test_knowledge_page_shows_its_new_summary_once_published(client, tree):
    hub = tree["liberec"]
    page = strategy(hub, hub.region)
    assert "Jak kraj řeší bydlení." in html(client, page)

    page.summary = "Kraj přijal novou koncepci."
    page.save_revision().publish()

    assert "Kraj přijal novou koncepci." in html(client, page)


def test_exchange_event_links_a_practice_under_its_new_title(client, tree):
    practice = good_practice(tree["index"])
    event = exchange_event(
        tree["index"], [tree["liberec"].region], good_practices=[practice]
    )
    assert "Garanční fond" in html(client, event)

    practice.title = "Garanční fond obcí"
    practice.save_revision().publish()

    assert "Garanční fond obcí" in html(client, event)


def test_good_practice_shows_a_renamed_country(client, tree):
    country = Country.objects.create(name="Rakousko", iso_code="AT")
    practice = good_practice(tree["index"], place="Vídeň", country=country)
    assert "Vídeň, Rakousko" in html(client, practice)

    country.name = "Republika Rakousko"
    country.save()

    assert "Vídeň, Republika Rakousko" in html(client, practice)


def test_a_draft_preview_is_never_served_from_or_stored_in_the_cache(client, tree):
    hub = tree["liberec"]
    page = strategy(hub, hub.region)
    html(client, page)

    page.summary = "Rozpracované shrnutí."
    preview = page.make_preview_request().content.decode()

    assert "Rozpracované shrnutí." in preview
    assert "Rozpracované shrnutí." not in html(client, page)


def test_each_language_has_its_own_fragment(client, tree, settings):
    settings.LANGUAGES = [("cs", "Čeština"), ("en", "English")]
    hub = tree["liberec"]
    czech_heading = '<h2 id="koordinator">Krajský koordinátor bydlení</h2>'
    assert czech_heading in html(client, hub)

    english = html(client, hub, HTTP_ACCEPT_LANGUAGE="en")

    assert '<h2 id="koordinator">Regional housing coordinator</h2>' in english
    assert czech_heading not in english
