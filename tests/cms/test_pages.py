import pytest
from django.test import RequestFactory
from django.views.defaults import server_error
from wagtail.models import Page

from cms.models import ContactSettings, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_renders_czech_shell(client, home_page):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="cs" data-theme="light">' in html
    assert '<a class="skip-link" href="#obsah">Přeskočit na obsah</a>' in html
    assert '<main id="obsah"' in html
    assert 'action="/hledat/"' in html
    assert "Osm kroků krajské politiky bydlení" in html


def test_navigation_lists_home_and_menu_pages_and_marks_current(client, home_page):
    html = client.get("/o-portalu/").content.decode()

    assert 'aria-label="Hlavní navigace"' in html
    assert '<a class="main-nav__link" href="/">Úvod</a>' in html
    assert (
        '<a class="main-nav__link" href="/o-portalu/" aria-current="page">'
        "O portálu</a>" in html
    )
    # The accessibility statement is not in menus (the footer links it).
    navigation = html[html.index('<nav class="main-nav"') :]
    navigation = navigation[: navigation.index("</nav>")]
    assert "/prohlaseni-o-pristupnosti/" not in navigation


def test_footer_shows_contact_and_content_licence(client, home_page):
    html = client.get("/").content.decode()

    assert "redakce@bydleni-v-krajich.example" in html
    assert "(ukázkový kontakt)" in html
    assert "https://creativecommons.org/licenses/by/4.0/deed.cs" in html
    assert "CC BY 4.0" in html


def test_footer_links_the_accessibility_statement(client, home_page):
    html = client.get("/o-portalu/").content.decode()

    footer = html[html.index('<footer class="site-footer">') :]
    assert (
        '<a href="/prohlaseni-o-pristupnosti/">Prohlášení o přístupnosti</a>' in footer
    )


def test_footer_links_the_data_catalogue_which_exists(client, home_page):
    html = client.get("/").content.decode()

    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/data/">Katalog otevřených dat</a>' in footer
    assert client.get("/data/").status_code == 200


def test_footer_leaves_out_an_unpublished_accessibility_statement(client, home_page):
    ContactSettings.for_site(home_page.get_site()).accessibility_statement.unpublish()

    html = client.get("/").content.decode()

    assert "/prohlaseni-o-pristupnosti/" not in html


def test_navigation_ends_with_the_data_catalogue_marked_current_there(
    client, home_page
):
    home = client.get("/").content.decode()
    catalogue = client.get("/data/").content.decode()

    assert '<a class="main-nav__link" href="/data/">Otevřená data</a>' in home
    assert (
        '<a class="main-nav__link" href="/data/" aria-current="page">Otevřená data</a>'
        in catalogue
    )


def test_unpublished_page_is_not_in_navigation(client, home_page):
    draft = StandardPage(title="Rozpracovaná", slug="rozpracovana", live=False)
    draft.show_in_menus = True
    home_page.add_child(instance=draft)

    assert "Rozpracovaná" not in client.get("/").content.decode()


def test_standard_page_shows_breadcrumbs_and_update_date(client, home_page):
    html = client.get("/o-portalu/").content.decode()

    assert 'aria-label="Drobečková navigace"' in html
    assert '<li aria-current="page">O portálu</li>' in html
    assert "Naposledy aktualizováno" in html


def test_home_page_query_count(client, home_page, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's per-process site cache

    with django_assert_max_num_queries(9):  # + the latest knowledge pages
        response = client.get("/")
    assert response.status_code == 200


def test_standard_page_query_count(client, home_page, django_assert_max_num_queries):
    client.get("/")

    with django_assert_max_num_queries(9):
        response = client.get("/o-portalu/")
    assert response.status_code == 200


def test_missing_page_gets_czech_404(client, home_page, settings):
    settings.DEBUG = False

    response = client.get("/tahle-stranka-neni/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Stránka nenalezena" in html
    assert 'href="/hledat/"' in html


def test_server_error_page_is_czech_and_needs_no_context():
    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "na serveru nastala chyba" in response.content.decode()


def test_home_page_is_the_only_child_of_root(home_page):
    root = Page.get_first_root_node()

    assert [page.specific_class.__name__ for page in root.get_children()] == [
        "HomePage"
    ]


def test_admin_speaks_czech_with_the_sites_name(client):
    html = client.get("/admin/login/").content.decode()

    assert "Bydlení v krajích" in html
    assert "Přihlásit se" in html
    assert "Heslo" in html


def test_our_static_files_are_served_by_whitenoise(client):
    response = client.get("/static/css/site.css")

    assert response.status_code == 200
    assert b"var(--background-primary)" in b"".join(response.streaming_content)


def test_design_system_is_served_from_our_own_static_files(client):
    for path in (
        "/static/vendor/gov-design-system/styles/tokens.css",
        "/static/vendor/gov-design-system/fonts/roboto-regular-ext.woff2",
        "/static/vendor/gov-design-system/icons/search.svg",
    ):
        assert client.get(path).status_code == 200, path


def test_about_page_numbers_the_ladder_from_zero_like_the_rest_of_the_site(
    client, home_page
):
    html = client.get("/o-portalu/").content.decode()

    assert "<b>0. Zájem politiků</b>" in html
    assert "<b>7. Datový portál</b>" in html
    assert "8." not in html.split("Žebříček osmi kroků")[1].split("ETHOS")[0]
