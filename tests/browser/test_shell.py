from wagtail.models import Page

from tests.browser.conftest import log_in


def test_home_page_loads_without_console_errors(page, site):
    response = page.goto(site + "/")

    assert response.status == 200
    assert page.locator("h1").inner_text() == "Bydlení v krajích"
    assert page.console_errors == []


def test_skip_link_is_first_and_moves_focus_to_the_content(page, site):
    page.goto(site + "/o-portalu/")

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()

    page.keyboard.press("Enter")
    assert page.url.endswith("#obsah")
    assert page.evaluate("document.activeElement.id") == "obsah"


def test_search_box_works_from_the_keyboard(page, site):
    page.goto(site + "/")

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "hledat-dotaz":
            break
    assert page.evaluate("document.activeElement.id") == "hledat-dotaz"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused search box must show a visible focus ring"

    page.keyboard.type("ETHOS")
    page.keyboard.press("Enter")
    page.wait_for_url("**/hledat/?q=ETHOS")
    assert page.get_by_role("link", name="O portálu").count() >= 1


def test_pages_fit_a_320px_wide_screen(page, site):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/", "/o-portalu/", "/hledat/?q=bydlen%C3%AD"):
        page.goto(site + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways at 320 px"


def test_print_stylesheet_hides_navigation(page, site):
    page.goto(site + "/o-portalu/")
    page.emulate_media(media="print")

    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".site-search").is_visible()
    assert page.locator("h1").is_visible()


def test_admin_publishes_a_standard_page_that_the_public_sees(
    page, site, django_user_model
):
    django_user_model.objects.create_superuser("redaktor", "", "heslo-redaktora")
    home = Page.objects.get(depth=2)

    log_in(page, site, "redaktor", "heslo-redaktora")

    page.goto(f"{site}/admin/pages/add/cms/standardpage/{home.pk}/")
    page.locator("#id_title").fill("Studijní cesta do Vídně")
    page.locator("#id_intro").fill("Co jsme se naučili o obecních bytech.")
    page.locator("footer [data-w-dropdown-target='toggle']").click()
    page.get_by_role("button", name="Publikovat").click()
    page.wait_for_url(f"{site}/admin/pages/{home.pk}/")
    assert "byla vytvořena a publikována" in page.locator(".messages").inner_text()

    public = page.context.new_page()
    response = public.goto(site + "/studijni-cesta-do-vidne/")
    assert response.status == 200
    assert public.locator("h1").inner_text() == "Studijní cesta do Vídně"
    assert "Co jsme se naučili o obecních bytech." in public.content()
