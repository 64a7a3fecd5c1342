"""Playwright against Debian's chromium and pytest-django's live server.

Without /usr/bin/chromium the browser tests skip with install instructions;
with REQUIRE_BROWSER set (as CI sets it) they fail instead.
"""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from cms.demo.site_tree import build_site_tree
from cms.models import HomePage

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
# Where the browser tests save screenshots for people to look at (git-ignored).
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "var" / "screenshots"
# Flags that keep chromium from reaching for the network or a GPU.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        message = (
            f"Chromium not found at {CHROMIUM}: install Debian's chromium with "
            "'make browser' (or 'sudo apt-get install chromium'), or set CHROMIUM_PATH."
        )
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture
def site(chromium, live_server, transactional_db, django_db_serialized_rollback):
    """The demo site tree served by the live server; returns its base URL.

    Serialized rollback restores the rows Wagtail's migrations create (locale,
    collections, groups), which the flush after each live-server test removes.
    """
    build_site_tree()
    return live_server.url


@pytest.fixture
def demo(site):
    """The demo as `make run` builds it on a fresh clone. The site fixture made the
    home page before any data existed, so its live blocks are added now."""
    HomePage.objects.update(body=[])
    call_command("load_demo", stdout=StringIO())
    return site


@pytest.fixture
def page(site, chromium, monkeypatch):
    """A browser tab that records console errors in ``page.console_errors``.

    Playwright starts only after the database is set up for the test: its event
    loop gives the test a new context, in which Django opens a fresh connection
    that would miss the serialized rollback data.
    """
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test body still
    # uses Django's ORM.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            locale="cs-CZ", viewport={"width": 1280, "height": 900}
        )
        tab = context.new_page()
        tab.console_errors = []
        tab.on(
            "console",
            lambda message: (
                tab.console_errors.append(message.text)
                if message.type == "error"
                else None
            ),
        )
        tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
        tab.set_default_timeout(15_000)
        yield tab
        browser.close()
        # Connections the test body opened in Playwright's context would stay
        # open and keep PostgreSQL from dropping the test database.
        connections.close_all()


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    """Runs axe-core on the open page; returns the violations of the given impacts."""
    # Evaluated through the DevTools protocol, which the site's Content-Security-
    # Policy does not govern (an injected <script> element would be refused).
    page.evaluate(AXE_SCRIPT.read_text())
    results = page.evaluate("async () => await axe.run(document)")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"at {[node['target'] for node in violation['nodes']]}"
        for violation in results["violations"]
        if violation["impact"] in impacts
    ]


def log_in(page, base_url: str, username: str, password: str) -> None:
    """Signs in to the Wagtail admin, starting from a clean session."""
    page.context.clear_cookies()
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Uživatelské jméno").fill(username)
    page.get_by_label("Heslo").fill(password)
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url(base_url + "/admin/")
