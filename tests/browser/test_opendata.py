"""The data portal in a real browser: catalogue, dataset page and API docs are
axe clean at 390 and 1280 px, and the Content-Security-Policy (report-only here,
so axe's injected script may run afterwards) reports nothing while they load and
run, Swagger UI on the docs page included."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.browser.conftest import axe_violations

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    );
});
"""
PAGES = [
    "/data/",
    "/data/?kraj=liberecky-kraj&tema=soci",
    "/data/ukazkova-data-orp-ilustrativni/",
    "/data/scitani-osob-z-vybranych-kategorii-ethos-2022/",
    "/api/v1/docs/",
]


@pytest.fixture
def demo_page(page, settings):
    settings.CONTENT_SECURITY_POLICY = None
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES
    }
    call_command("load_demo", stdout=StringIO())
    page.add_init_script(RECORD_VIOLATIONS)
    return page


@pytest.mark.parametrize("width", [390, 1280])
def test_data_portal_pages_are_accessible_under_the_policy(demo_page, site, width):
    demo_page.set_viewport_size({"width": width, "height": 900})
    found = {}
    for path in PAGES:
        response = demo_page.goto(site + path)
        assert response.status == 200, path
        demo_page.wait_for_load_state("networkidle")
        overflow = demo_page.evaluate(
            "document.documentElement.scrollWidth > window.innerWidth"
        )
        found[path] = [
            *demo_page.evaluate("window.cspViolations"),  # before axe's script
            *(["scrolls sideways"] if overflow else []),
            *axe_violations(demo_page),
        ]

    assert {path: problems for path, problems in found.items() if problems} == {}
    assert demo_page.console_errors == []


def test_api_docs_list_every_endpoint_and_try_one(demo_page, site):
    demo_page.goto(site + "/api/v1/docs/")

    operations = demo_page.locator(".opblock-summary-path")
    operations.first.wait_for()
    paths = set(operations.all_inner_texts())
    assert {"/api/v1/observations/", "/api/v1/ladder/{code}/"} <= {
        path.replace("\u200b", "") for path in paths
    }
    assert demo_page.evaluate("window.cspViolations") == []


def test_dataset_page_draws_its_preview_chart(demo_page, site):
    demo_page.goto(site + "/data/ukazkova-data-orp-ilustrativni/")

    chart = demo_page.locator("[data-vega-spec] svg.marks")
    chart.wait_for()
    assert chart.bounding_box()["height"] > 0
    assert demo_page.evaluate("window.cspViolations") == []
