"""A regional editor writes a good practice, a national editor approves it and the
public finds it; another region's editor cannot touch it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from cms.demo.knowledge_tree import _region_hubs
from cms.editorial import NATIONAL_GROUP, set_up_editorial_groups
from knowledge.models import GoodPracticePage
from monitoring.reference import load_reference_data
from tests.browser.conftest import log_in
from tests.factories import knowledge_index

TITLE = "Liberec: nájemní byty od soukromníků"


@pytest.fixture
def editorial_site(site, django_user_model):
    load_reference_data()
    home = Page.objects.get(depth=2)
    hubs = _region_hubs(home)
    knowledge_index(home)
    set_up_editorial_groups(home, hubs)
    users = {}
    for username, group in (
        ("liberec", "Redakce – Liberecký kraj"),
        ("praha", "Redakce – Hlavní město Praha"),
        ("narodni", NATIONAL_GROUP),
    ):
        user = django_user_model.objects.create_user(
            username, password=f"{username}-heslo"
        )
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    liberec_hub = next(hub for hub in hubs if hub.region.code == "CZ051")
    return {"url": site, "liberec_hub": liberec_hub}


def test_good_practice_goes_from_regional_editor_to_the_public(page, editorial_site):
    base, hub = editorial_site["url"], editorial_site["liberec_hub"]

    log_in(page, base, "liberec", "liberec-heslo")
    page.goto(f"{base}/admin/pages/add/knowledge/goodpracticepage/{hub.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Obec pronajímá byty od soukromých majitelů.")
    page.locator("#id_place").fill("Liberec")
    page.locator("#id_date").fill("2024-05-01")
    assert page.locator("#id_region option:checked").inner_text() == "Liberecký kraj"
    page.locator("footer [data-w-dropdown-target='toggle']").click()
    assert page.locator("button[name='action-publish']").count() == 0
    page.locator("button[name='action-submit']").click()
    page.wait_for_url(f"{base}/admin/pages/{hub.pk}/")
    assert "odeslána ke schválení" in page.locator(".messages").inner_text()
    practice = GoodPracticePage.objects.get(title=TITLE)
    assert not practice.live

    log_in(page, base, "praha", "praha-heslo")
    page.goto(f"{base}/admin/pages/{practice.pk}/edit/")
    assert page.url == base + "/admin/"
    assert "nemáte oprávnění" in page.content().lower()

    log_in(page, base, "narodni", "narodni-heslo")
    page.goto(f"{base}/admin/pages/{practice.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle']").click()
    page.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    page.wait_for_url(f"{base}/admin/pages/{hub.pk}/")
    assert GoodPracticePage.objects.get(pk=practice.pk).live

    page.context.clear_cookies()
    page.goto(base + "/znalostni-baze/")
    page.get_by_label("Kraj").select_option(label="Liberecký kraj")
    page.get_by_label("Druh").select_option(label="Dobrá praxe")
    page.get_by_role("button", name="Filtrovat").click()
    page.wait_for_url("**kraj=liberecky-kraj**")
    page.get_by_role("link", name=TITLE).click()
    assert page.locator("h1").inner_text() == TITLE
    assert page.console_errors == []
