import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site

from cms.models import ContactSettings, HomePage, RegionPage
from knowledge.models import (
    CoordinatorRolePage,
    ExchangeEventPage,
    GoodPracticePage,
    StrategyPage,
)

pytestmark = pytest.mark.django_db


def test_load_demo_builds_the_site_tree(load_demo):
    load_demo()

    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert sorted(home.get_children().values_list("slug", flat=True)) == [
        "kraje",
        "o-portalu",
        "prohlaseni-o-pristupnosti",
        "znalostni-baze",
    ]
    assert all(page.live for page in home.get_children())


def test_load_demo_twice_changes_nothing(load_demo):
    load_demo()
    pages_before = list(Page.objects.values_list("pk", "title", "latest_revision_id"))

    promotions_before = SearchPromotion.objects.count()
    load_demo()

    after = list(Page.objects.values_list("pk", "title", "latest_revision_id"))
    assert after == pages_before
    assert SearchPromotion.objects.count() == promotions_before == 2


def test_load_demo_keeps_what_editors_changed(load_demo):
    load_demo()
    about = Page.objects.get(slug="o-portalu").specific
    about.title = "O nás"
    about.intro = "Text od redakce."
    about.save_revision().publish()
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.email = "bydleni@kraj-lbc.example"
    contact.save()

    load_demo()

    about.refresh_from_db()
    assert (about.title, about.intro) == ("O nás", "Text od redakce.")
    contact.refresh_from_db()
    assert contact.email == "bydleni@kraj-lbc.example"


def test_load_demo_recreates_a_page_an_editor_deleted(load_demo):
    load_demo()
    Page.objects.get(slug="prohlaseni-o-pristupnosti").delete()

    load_demo()

    assert Page.objects.filter(slug="prohlaseni-o-pristupnosti").exists()


def test_ensure_admin_uses_admin_password(monkeypatch, capsys):
    monkeypatch.setenv("ADMIN_PASSWORD", "tajne-heslo-42")

    call_command("ensure_admin")

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("tajne-heslo-42")
    assert "tajne-heslo-42" not in capsys.readouterr().out


def test_ensure_admin_prints_generated_password_once(monkeypatch, capsys):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)

    call_command("ensure_admin")
    first = capsys.readouterr().out
    call_command("ensure_admin")
    second = capsys.readouterr().out

    password = first.split("s heslem: ")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in second
    assert "už existuje" in second


def test_full_demo_renders_every_page_and_has_the_promised_content(client, load_demo):

    load_demo()

    assert RegionPage.objects.live().count() == 14
    assert StrategyPage.objects.live().count() >= 6
    practices = GoodPracticePage.objects.live()
    assert practices.count() >= 12
    assert practices.exclude(country__iso_code="CZ").count() >= 4
    assert CoordinatorRolePage.objects.live().count() == 1
    assert ExchangeEventPage.objects.live().count() >= 3
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
