"""Tables on a phone (390 px) and a desktop (1280 px), on every public page type of
the demo: a table either fits, or scrolls inside its own box that shows it does (a
hint and a fade at the edge with hidden columns) and keeps its caption in view;
dates never wrap inside themselves; the page itself never scrolls sideways."""

import pytest

from tests.browser.conftest import SCREENSHOT_DIR
from tests.browser.test_layout import PAGES as LAYOUT_PAGES
from tests.browser.test_layout import draw_every_chart

PAGES = {
    **{name: path for name, path in LAYOUT_PAGES.items() if name != "not-found"},
    "dataset": "/data/ukazkova-data-orp-ilustrativni/",
    "dataset-census": "/data/scitani-osob-z-vybranych-kategorii-ethos-2022/",
    "api-docs": "/api/v1/docs/",
}
SCREENSHOTS = [
    "home",
    "regions",
    "region-hub",
    "data-catalogue",
    "dataset",
    "accessibility-statement",
]
WIDTHS = {"phone": 390, "desktop": 1280}

# What each table of the page does: fits, or scrolls with its cue and caption.
TABLES = """() => [...document.querySelectorAll("main table")].map((table, i) => {
  const caption = table.caption;
  const name = (caption && caption.textContent.trim().slice(0, 50)) || `table ${i}`;
  if (!table.getClientRects().length) return {name, shown: false};
  const page = document.documentElement.clientWidth;
  const box = table.closest(".table-scroll, .data-table__scroll");
  if (!box) {
    const rect = table.getBoundingClientRect();
    return {name, shown: true, fits: rect.left >= -0.5 && rect.right <= page + 0.5};
  }
  const frame = table.closest(".table-frame");
  const viewport = frame && frame.querySelector(".table-frame__viewport");
  const hint = frame && frame.querySelector(".table-frame__hint");
  const boxRect = box.getBoundingClientRect();
  const text = caption
    && (caption.querySelector(".data-table__caption-text") || caption);
  const textRect = text && text.getBoundingClientRect();
  // A caption 1 px wide is for screen readers only (a data block's heading names it).
  const captionShown = textRect && textRect.width > 1;
  return {
    name,
    shown: true,
    fits: box.scrollWidth <= box.clientWidth + 1,
    boxInPage: boxRect.left >= -0.5 && boxRect.right <= page + 0.5,
    scrolls: ["auto", "scroll"].includes(getComputedStyle(box).overflowX),
    hint: !!hint && getComputedStyle(hint).display !== "none",
    fade: !!viewport && getComputedStyle(viewport, "::after").opacity === "1",
    captionInView: !captionShown || (
      textRect.left >= boxRect.left - 0.5 && textRect.right <= boxRect.right + 0.5),
  };
})"""

# Dates (<time>) that wrap over two lines.
BROKEN_DATES = """() => Array.from(document.querySelectorAll("main time"))
  .filter((time) => time.getClientRects().length > 1)
  .map((time) => time.textContent)"""


def table_problems(table: dict) -> list[str]:
    if not table["shown"]:
        return []
    if "boxInPage" not in table:
        return [] if table["fits"] else ["wider than the page, without a scroll box"]
    problems = [] if table["boxInPage"] else ["its scroll box is wider than the page"]
    if not table["captionInView"]:
        problems.append("caption cut off")
    if not table["fits"]:
        if not table["scrolls"]:
            problems.append("wider than its box, which does not scroll")
        if not (table["hint"] and table["fade"]):
            problems.append("scrolls without a visible cue")
    return problems


@pytest.fixture
def tab(page):
    # Without transitions the fade's opacity reads its final value at once.
    page.emulate_media(reduced_motion="reduce")
    return page


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_table_fits_or_scrolls_with_a_cue(tab, demo, width):
    tab.set_viewport_size({"width": width, "height": 900})
    folder = SCREENSHOT_DIR / f"{width}px"
    folder.mkdir(parents=True, exist_ok=True)

    problems, scrolling, tables = {}, [], 0
    for name, path in PAGES.items():
        response = tab.goto(demo + path)
        assert response.status == 200, path
        tab.wait_for_load_state("networkidle")
        draw_every_chart(tab)
        found = []
        for table in tab.evaluate(TABLES):
            tables += table["shown"]
            if table["shown"] and not table["fits"]:
                scrolling.append(f"{name}: {table['name']}")
            found += [f"{table['name']}: {p}" for p in table_problems(table)]
        found += [f"date wraps: {date}" for date in tab.evaluate(BROKEN_DATES)]
        if tab.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            found.append("the page scrolls sideways")
        if found:
            problems[name] = found
        if name in SCREENSHOTS:
            tab.screenshot(path=folder / f"tables-{name}.png", full_page=True)

    assert problems == {}
    assert tables >= 10, "the demo's pages show tables"
    if width == WIDTHS["phone"]:
        # The ladder on the home page and the regions' table are wider than a phone.
        assert any(s.startswith("home: ") for s in scrolling), scrolling
        assert any(s.startswith("regions: ") for s in scrolling), scrolling


def test_the_fade_follows_the_hidden_columns(tab, demo):
    tab.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    tab.goto(demo + "/kraje/")
    frame = tab.locator(".table-frame.is-scrollable").first
    box = frame.locator(".table-scroll, .data-table__scroll")

    assert frame.get_attribute("class").split() == [
        "table-frame",
        "is-scrollable",
        "has-more-right",
    ]
    assert frame.locator(".table-frame__hint").inner_text() == (
        "Tabulka je širší než obrazovka: posuňte ji do strany."
    )

    box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    tab.wait_for_function(
        "frame => frame.classList.contains('has-more-left')"
        " && !frame.classList.contains('has-more-right')",
        arg=frame.element_handle(),
    )
    caption = frame.locator(".data-table__caption-text")
    caption_box = caption.bounding_box()
    assert caption_box["x"] >= 0
    assert caption_box["x"] + caption_box["width"] <= WIDTHS["phone"]


# The catalogue on a phone: a compact list, not a column of full cards.
MAX_CATALOGUE_HEIGHT_ON_A_PHONE = 6000


def test_data_catalogue_is_a_compact_list_on_a_phone(tab, demo):
    tab.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    tab.goto(demo + "/data/")

    height = tab.evaluate("document.documentElement.scrollHeight")
    assert height < MAX_CATALOGUE_HEIGHT_ON_A_PHONE
    first = tab.locator(".dataset-summary").first
    assert first.locator(".dataset-summary__compact").is_visible()
    assert not first.locator(".dataset-facts").is_visible()
