"""Czech error pages as a visitor gets them in production (DEBUG off)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor(settings, home_page):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


def test_missing_page_gets_the_czech_404_page_in_the_site_shell(visitor):
    response = visitor.get("/tahle-stranka-neni/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "<title>Stránka nenalezena – Bydlení v krajích</title>" in html
    assert "<h1>Stránka nenalezena</h1>" in html
    assert 'aria-label="Hlavní navigace"' in html
    assert 'href="/hledat/"' in html
    assert "gov-design-system/styles/tokens.css" in html


def test_missing_page_under_a_real_section_gets_404(visitor):
    assert visitor.get("/o-portalu/neexistuje/").status_code == 404


@pytest.mark.urls("tests.cms.raising_urls")
def test_a_failing_view_gets_the_czech_500_page(visitor):
    response = visitor.get("/rozbita-stranka/")

    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="cs" data-theme="light">' in html
    assert "Omlouváme se, na serveru nastala chyba" in html
    assert 'href="/"' in html
    assert "gov-design-system/styles/tokens.css" in html
    # Nothing of the error leaks to the visitor.
    assert "RuntimeError" not in html
    assert "a bug in a view" not in html
