"""Every public page type on a phone (390 px) and a desktop (1280 px): nothing scrolls
sideways, axe finds nothing serious, and a screenshot is saved for people to judge."""

import re

import pytest
from django.test import RequestFactory

from cms.error_views import server_error
from cms.models import RegionPage
from tests.browser.conftest import SCREENSHOT_DIR, axe_violations

# A single 5,000-character word: the worst case for wrapping.
LONG_QUERY = "bydleni" * 715

PAGES = {
    "home": "/",
    "regions": "/kraje/",
    "region-hub": "/kraje/liberecky-kraj/",
    "strategy": "/kraje/liberecky-kraj/koncepce-socialniho-bydleni-2022-2027/",
    "strategy-in-preparation": "/kraje/jihomoravsky-kraj/koncepce-socialniho-bydleni/",
    "good-practice": "/kraje/jihomoravsky-kraj/brno-rychle-zabydleni-rodin/",
    "exchange-event": "/znalostni-baze/studijni-cesta-viden/",
    "coordinator": "/znalostni-baze/krajsky-koordinator-bydleni/",
    "analysis": "/znalostni-baze/bytova-nouze-scitani-2022/",
    "standard-page": "/o-portalu/",
    "accessibility-statement": "/prohlaseni-o-pristupnosti/",
    "knowledge-index": "/znalostni-baze/?typ=dobra-praxe",
    "search": "/hledat/?q=koordinator",
    "search-long-query": f"/hledat/?q={LONG_QUERY}",
    "data-catalogue": "/data/",
    "not-found": "/tahle-stranka-neni/",
}

WIDTHS = {"phone": 390, "desktop": 1280}
# The narrowest plot a chart may draw: below it bars and labels crowd together.
MIN_PLOT_WIDTH = 200

# Every chart's plot area, measured in the drawn SVG (not its container): a map's
# shapes, otherwise the x axis's domain line, which spans the plot.
PLOT_WIDTHS = """() => Array.from(document.querySelectorAll("[data-vega-spec]")).map(
  (chart) => {
    const svg = chart.querySelector("svg");
    const shapes = svg && svg.querySelector(".mark-geoshape, .mark-shape");
    const domains = svg ? Array.from(svg.querySelectorAll(".role-axis-domain")) : [];
    const widths = (shapes ? [shapes] : domains).map(
      (element) => element.getBoundingClientRect().width);
    const widest = widths.length ? Math.round(Math.max(...widths)) : 0;
    return [chart.dataset.vegaSpec, widest];
  })"""


def draw_every_chart(page):
    """Opens closed details (key figures keep their chart there) and waits until
    every chart container holds its SVG."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.wait_for_function(
        "Array.from(document.querySelectorAll('[data-vega-spec]'))"
        ".every(chart => chart.hidden || chart.querySelector('svg'))"
    )


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_public_pages_fit_the_screen_and_pass_axe(page, demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    folder = SCREENSHOT_DIR / f"{width}px"
    folder.mkdir(parents=True, exist_ok=True)

    sideways, violations, errors, narrow_plots, charts = {}, {}, {}, {}, 0
    for name, path in PAGES.items():
        page.console_errors.clear()
        response = page.goto(demo + path)
        page.wait_for_load_state("networkidle")
        draw_every_chart(page)
        plots = page.evaluate(PLOT_WIDTHS)
        charts += len(plots)
        if narrow := {chart: px for chart, px in plots if px < MIN_PLOT_WIDTH}:
            narrow_plots[name] = narrow
        if name == "not-found":
            # The browser reports the page's own 404 status as a console error.
            assert response.status == 404
        else:
            assert response.status == 200, path
            if page.console_errors:
                errors[name] = list(page.console_errors)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        if overflow > 0:
            sideways[name] = overflow
        if found := axe_violations(page):
            violations[name] = found
        page.screenshot(path=folder / f"{name}.png", full_page=True)

    assert sideways == {}, f"pages scroll sideways at {width} px (by px)"
    assert charts >= 5, "the demo's home page and hubs draw charts"
    assert narrow_plots == {}, f"plots narrower than {MIN_PLOT_WIDTH} px"
    assert violations == {}
    assert errors == {}


def test_wide_table_scrolls_inside_its_own_labelled_box(page, demo):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(demo + "/znalostni-baze/krajsky-koordinator-bydleni/")

    box = page.get_by_role("region", name="Stav ukazatele 2a", exact=False)
    assert box.get_attribute("tabindex") == "0"
    assert box.evaluate("element => getComputedStyle(element).overflowX") == "auto"
    box_width = box.evaluate("element => element.getBoundingClientRect().width")
    assert box_width <= 390


def test_long_query_wraps_inside_the_page(page, site):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(site + f"/hledat/?q={LONG_QUERY}")

    status = page.locator("main [role=status]")
    assert LONG_QUERY[:50] in status.inner_text()
    assert status.evaluate("element => element.getBoundingClientRect().right") <= 390


# The tallest the home page and a region hub may be at desktop width: a visitor
# should reach the end with a few turns of the wheel.
MAX_PAGE_HEIGHT = 5000


def test_home_and_every_hub_fit_in_5000_px_at_desktop_width(page, demo):
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
    folder = SCREENSHOT_DIR / f"{WIDTHS['desktop']}px"
    folder.mkdir(parents=True, exist_ok=True)
    hubs = {hub.slug: hub.url for hub in RegionPage.objects.live().order_by("path")}
    assert len(hubs) == 14

    heights = {}
    for name, path in {"home": "/", **hubs}.items():
        page.goto(demo + path)
        page.wait_for_load_state("networkidle")
        heights[name] = page.evaluate("document.documentElement.scrollHeight")
        if name != "home":
            page.screenshot(path=folder / f"hub-{name}.png", full_page=True)

    too_tall = {name: h for name, h in heights.items() if h >= MAX_PAGE_HEIGHT}
    assert too_tall == {}, f"taller than {MAX_PAGE_HEIGHT} px at 1280 px"


def test_region_map_links_each_region_to_its_hub(page, demo):
    page.goto(demo + "/kraje/")

    region = page.locator(".region-map__svg").get_by_role(
        "link", name=re.compile(r"^Liberecký kraj: ")
    )
    region.focus()
    region.press("Enter")

    page.wait_for_url(demo + "/kraje/liberecky-kraj/")
    assert page.get_by_role("heading", level=1).inner_text() == "Liberecký kraj"


def test_server_error_page_fits_a_phone_and_passes_axe(page, site):
    """The 500 page as the handler renders it (static files only), in the site's
    styles at 390 px."""
    html = server_error(RequestFactory().get("/")).content.decode()
    page.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    page.goto(site + "/o-portalu/")  # the site's origin, for the styles' addresses
    page.set_content(html)
    page.wait_for_load_state("networkidle")

    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Omlouváme se, na serveru nastala chyba"
    assert heading.evaluate("h => getComputedStyle(h).fontFamily").startswith("Roboto")
    assert (
        page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    )
    assert axe_violations(page) == []
