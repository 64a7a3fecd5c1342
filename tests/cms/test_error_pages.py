"""Errors as a visitor sees them: `make run` (cms.settings.dev) serves the Czech
404 and 500 pages, not Django's debug pages; under /api/ errors are JSON."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import path

from cms import urls as site_urls

ROOT = Path(__file__).resolve().parents[2]


def boom(request):
    raise RuntimeError("a view that fails")


# This module is the URL conf of the tests that need a failing view.
urlpatterns = [
    path("rozbita-stranka/", boom),
    path("api/v1/rozbity-bod/", boom),
    *site_urls.urlpatterns,
]
handler404 = site_urls.handler404
handler500 = site_urls.handler500


def dev_setting(name: str, **environ) -> str:
    """A setting of cms.settings.dev as `make run` reads it from its environment."""
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"} | environ
    code = f"from cms.settings import dev; print(dev.{name})"
    result = subprocess.run(  # noqa: S603 (our own interpreter, fixed code)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_make_run_shows_debug_pages_only_on_request():
    assert dev_setting("DEBUG") == "False"
    assert dev_setting("DEBUG", DEBUG="1") == "True"
    # Without DEBUG static files still come from the apps, without collectstatic.
    assert dev_setting("WHITENOISE_USE_FINDERS") == "True"


def test_unknown_address_gets_the_czech_404_page_styled_like_the_site(
    client, home_page, settings
):
    settings.DEBUG = False  # as `make run` runs

    response = client.get("/tahle-stranka-neni/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="cs"' in html
    assert "<h1>Stránka nenalezena</h1>" in html
    assert "Page not found" not in html
    assert 'href="/static/css/site.css"' in html
    assert client.get("/static/css/site.css").status_code == 200


@pytest.mark.urls(__name__)
def test_failing_view_gets_the_czech_500_page(home_page, settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)

    response = client.get("/rozbita-stranka/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Omlouváme se, na serveru nastala chyba" in html
    assert 'href="/static/css/site.css"' in html
    assert "Traceback" not in html


def test_unknown_api_address_answers_json_404(client, home_page, settings):
    settings.DEBUG = False

    response = client.get("/api/v1/neni-tu/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Na této adrese není žádný bod API."}


@pytest.mark.urls(__name__)
def test_failing_api_view_answers_json_500(home_page, settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)

    response = client.get("/api/v1/rozbity-bod/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": "Na serveru nastala chyba. Zkuste to prosím později."
    }
