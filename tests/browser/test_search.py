import pytest

from monitoring.models import Region
from monitoring.reference import load_reference_data
from tests.browser.conftest import axe_violations
from tests.factories import good_practice, knowledge_index


@pytest.fixture
def fund_page(site):
    load_reference_data()
    index = knowledge_index(site_home())
    return good_practice(
        index,
        title="Kraj Vysočina: garanční fond pro obce",
        slug="garancni-fond-pro-obce",
        summary="Kraj ručí soukromým pronajímatelům za nájemné.",
        region=Region.objects.get(code="CZ063"),
    )


def site_home():
    from cms.models import HomePage

    return HomePage.objects.get()


def focus_header_search(page):
    page.get_by_role("combobox", name="Hledat na webu").focus()


def test_a_visitor_types_without_diacritics_and_picks_a_suggestion(
    page, site, fund_page
):
    page.goto(site + "/")
    focus_header_search(page)

    page.keyboard.type("garancni fo", delay=30)
    option = page.get_by_role("option", name="Kraj Vysočina: garanční fond pro obce")
    option.wait_for()
    box = page.get_by_role("combobox", name="Hledat na webu")
    assert box.get_attribute("aria-expanded") == "true"

    page.keyboard.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")

    page.keyboard.press("Enter")
    page.wait_for_url(site + "/znalostni-baze/garancni-fond-pro-obce/")
    assert page.get_by_role("heading", level=1).inner_text() == fund_page.title
    assert page.console_errors == []


def test_escape_closes_the_suggestions_and_enter_still_searches(page, site, fund_page):
    page.goto(site + "/")
    focus_header_search(page)
    page.keyboard.type("garancni", delay=30)
    page.get_by_role("option").first.wait_for()

    page.keyboard.press("Escape")
    box = page.get_by_role("combobox", name="Hledat na webu")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.get_by_role("listbox").is_hidden()

    page.keyboard.press("Enter")
    page.wait_for_url("**/hledat/?q=garancni")
    assert page.get_by_role("link", name=fund_page.title).count() == 1


def test_search_page_with_results_and_facets_is_accessible(page, site, fund_page):
    page.goto(site + "/hledat/?q=garancni+fond")
    page.get_by_role("link", name=fund_page.title).wait_for()
    assert page.get_by_role("complementary", name="Upřesnit výsledky").count() == 1

    assert axe_violations(page) == []
