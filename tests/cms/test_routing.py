"""cms.routing answers as Wagtail's own routing does, from the cached site and one
query for the path."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site

from cms.models import StandardPage
from tests.factories import good_practice, publish, strategy

pytestmark = pytest.mark.django_db


def breadcrumb_titles(html: str) -> list[str]:
    trail = html.split('class="gov-breadcrumbs', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="[^"]*">([^<]*)</a>', trail)


def test_a_deep_page_is_served_with_wagtails_breadcrumbs(client, tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region)

    response = client.get(page.url)

    assert response.status_code == 200
    expected = [ancestor.title for ancestor in page.get_ancestors()[1:]]
    assert breadcrumb_titles(response.content.decode()) == expected


def test_unknown_addresses_and_unpublished_pages_are_not_found(client, tree):
    draft = tree["index"].add_child(
        instance=StandardPage(title="Koncept", slug="koncept", live=False)
    )

    assert client.get("/neexistuje/").status_code == 404
    assert client.get("/kraje/neexistuje/").status_code == 404
    assert client.get("/o-portalu/neexistuje/").status_code == 404
    assert client.get(draft.url_path.removeprefix("/home")).status_code == 404


def test_a_page_under_an_unpublished_one_is_served_as_wagtail_serves_it(client, tree):
    practice = good_practice(tree["index"])
    tree["index"].unpublish()

    assert client.get("/znalostni-baze/garancni-fond/").status_code == 200
    assert practice.live


def test_a_routable_pages_own_addresses_come_before_its_children(client, tree):
    good_practice(tree["index"])

    feed = client.get("/znalostni-baze/feed/")

    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert client.get("/znalostni-baze/garancni-fond/").status_code == 200


def test_a_restriction_on_an_ancestor_applies_at_once(client, tree):
    practice = good_practice(tree["index"])
    assert client.get(practice.url).status_code == 200  # the site entry is cached

    PageViewRestriction.objects.create(
        page=tree["index"],
        restriction_type=PageViewRestriction.GROUPS,
    ).groups.set([Group.objects.create(name="Redakce")])

    assert client.get(practice.url).status_code == 302  # to the log-in page


def test_a_changed_site_root_applies_at_once(client, tree):
    assert client.get("/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = publish(
        tree["home"], StandardPage(title="Nový kořen", slug="novy-koren")
    )
    site.save()

    response = client.get("/")

    assert response.status_code == 200
    assert "Nový kořen" in response.content.decode()


def test_a_cached_page_follows_publishing_and_unpublishing_at_once(client, tree):
    practice = good_practice(tree["index"])
    assert client.get(practice.url).status_code == 200  # the route is cached

    practice.title = "Garanční fond, nové vydání"
    practice.save_revision().publish()
    assert "nové vydání" in client.get(practice.url).content.decode()

    practice.unpublish()
    assert client.get(practice.url).status_code == 404
