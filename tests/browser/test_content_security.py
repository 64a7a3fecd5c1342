"""The demo site and the admin run under their Content-Security-Policy, enforced:
no violation is reported and the charts are drawn (Vega without eval)."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from tests.browser.conftest import log_in

# Runs before any page script, so violations of the very first scripts count.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} `
        + `at ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


# Marks drawn in each chart container (0 where Vega drew nothing or failed).
DRAWN_CHARTS = """
Array.from(document.querySelectorAll("[data-vega-spec]")).map((chart) => {
    const svg = chart.querySelector("svg.marks");
    const box = svg && svg.getBoundingClientRect();
    return box && box.width > 0 && box.height > 0
        ? svg.querySelectorAll("path, rect, text").length : 0;
})
"""


class _Discard:
    def write(self, *args):
        pass

    def flush(self):
        pass


@pytest.fixture
def enforced_policy(settings):
    """The production policies, enforced instead of report-only."""
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = None


@pytest.fixture
def watched(page, enforced_policy):
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def assert_no_violations(page):
    assert page.evaluate("window.cspViolations") == []
    assert [e for e in page.console_errors if "Content Security Policy" in e] == []
    assert page.console_errors == []


def test_demo_pages_draw_their_charts_under_the_enforced_policy(watched, site):
    # The site fixture's home page predates the data; the demo fills an empty body
    # with the monitoring overview.
    home = Page.objects.get(depth=2).specific
    home.body = []
    home.save()
    call_command("load_demo", stdout=_Discard())
    region_hub = Page.objects.get(slug="liberecky-kraj")

    for path in ("/", region_hub.url):
        response = watched.goto(site + path)
        header = response.headers["content-security-policy"]
        assert "script-src 'self'" in header
        assert "unsafe-eval" not in header
        watched.wait_for_load_state("networkidle")
        drawn = watched.evaluate(DRAWN_CHARTS)
        assert len(drawn) > 0, path
        assert all(marks > 0 for marks in drawn), (path, drawn)
        assert_no_violations(watched)


def test_the_admin_works_under_its_enforced_policy(watched, site, django_user_model):
    django_user_model.objects.create_superuser(
        "spravce", "spravce@bydleni.example", "heslo-spravce"
    )
    home = Page.objects.get(depth=2)

    log_in(watched, site, "spravce", "heslo-spravce")
    assert_no_violations(watched)
    for path in (
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{home.pk}/",
        "/admin/zablokovana-prihlaseni/",
        "/admin/images/multiple/add/",
        "/",  # a public page with the editor's userbar, under the public policy
    ):
        response = watched.goto(site + path)
        assert response.status == 200, path
        assert "content-security-policy" in response.headers
        watched.wait_for_load_state("networkidle")
        assert_no_violations(watched)


def test_the_policy_blocks_an_injected_script_and_reports_it(watched, site, settings):
    """The recording works, and the browser posts the violation to our endpoint."""
    directives = {**settings.PUBLIC_CSP_DIRECTIVES, "report-uri": ["/csp-hlaseni/"]}
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": directives}
    watched.goto(site + "/")

    with watched.expect_request("**/csp-hlaseni/") as report:
        watched.evaluate(
            """() => {
                const script = document.createElement("script");
                script.textContent = "window.injected = true";
                document.body.append(script);
            }"""
        )

    assert watched.evaluate("window.injected") is None
    assert watched.evaluate("window.cspViolations")[0].startswith(
        "script-src-elem blocked inline"
    )
    sent = report.value.post_data_json["csp-report"]
    assert sent["effective-directive"] == "script-src-elem"
    assert report.value.response().status == 204
