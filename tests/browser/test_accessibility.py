from io import StringIO

import pytest
from django.core.management import call_command

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


KNOWLEDGE_PAGES = [
    "/",
    "/kraje/",
    "/kraje/liberecky-kraj/",
    "/kraje/liberecky-kraj/koncepce-socialniho-bydleni-2022-2027/",
    "/kraje/jihomoravsky-kraj/brno-rychle-zabydleni-rodin/",
    "/znalostni-baze/",
    "/znalostni-baze/?kraj=liberecky-kraj&typ=dobra-praxe",
    "/znalostni-baze/finsko-housing-first/",
    "/znalostni-baze/studijni-cesta-viden/",
    "/znalostni-baze/krajsky-koordinator-bydleni/",
    "/znalostni-baze/bytova-nouze-scitani-2022/",
    "/znalostni-baze/?typ=analyzy",
    "/hledat/?q=koordinator",  # a promoted result, facets and snippets
    "/hledat/?q=bydleni&kraj=liberecky-kraj",
]


def test_knowledge_page_types_have_no_serious_accessibility_violations(page, site):
    call_command("load_demo", stdout=StringIO())

    found = {}
    for path in KNOWLEDGE_PAGES:
        response = page.goto(site + path)
        assert response.status == 200, path
        found[path] = axe_violations(page)

    assert {path: v for path, v in found.items() if v} == {}
