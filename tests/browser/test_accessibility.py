import pytest

from tests.browser.conftest import axe_violations

PUBLIC_PAGES = {
    "home page": "/",
    "standard page": "/o-portalu/",
    "search results": "/hledat/?q=bydlen%C3%AD",
    "empty search": "/hledat/",
    "not found": "/tahle-stranka-neni/",
}


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_page_has_no_serious_accessibility_violations(page, site, path):
    page.goto(site + path)

    assert axe_violations(page) == []
