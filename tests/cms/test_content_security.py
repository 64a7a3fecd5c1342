"""The Content-Security-Policy headers: enforced by default, report-only on demand,
strict on public pages, relaxed only for the Wagtail admin; admin and public pages
always in the same mode."""

import pytest

from tests.cms.test_settings import settings_values

pytestmark = pytest.mark.django_db

REPORT_ONLY = "Content-Security-Policy-Report-Only"
ENFORCED = "Content-Security-Policy"


@pytest.fixture
def enforced(settings):
    """The default mode (test_csp_environment_switches checks it is the default),
    whatever CSP_REPORT_ONLY the environment running the tests has."""
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = None


@pytest.fixture(autouse=True)
def report_only(settings):
    """CSP_REPORT_ONLY=true, which most tests here read the report-only header of."""
    settings.CONTENT_SECURITY_POLICY = None
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES
    }


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_a_public_page_gets_the_strict_policy_in_report_only_mode(client, home_page):
    response = client.get("/")

    assert response.status_code == 200
    assert ENFORCED not in response
    policy = directives(response[REPORT_ONLY])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["style-src"][0] == "'self'"
    assert all(value.startswith("'sha256-") for value in policy["style-src"][1:])
    assert "unsafe" not in response[REPORT_ONLY]


def test_the_policy_is_enforced_by_default(client, home_page, enforced):
    response = client.get("/")

    assert REPORT_ONLY not in response
    assert directives(response[ENFORCED])["script-src"] == ["'self'"]


@pytest.mark.parametrize("mode", ["report_only", "enforced"])
def test_admin_and_public_pages_are_sent_in_the_same_one_mode(
    client, home_page, request, mode
):
    request.getfixturevalue(mode)
    sent, absent = (
        (REPORT_ONLY, ENFORCED) if mode == "report_only" else (ENFORCED, REPORT_ONLY)
    )

    for path, script_src in (
        ("/", ["'self'"]),
        ("/admin/login/", ["'self'", "'unsafe-inline'"]),
    ):
        response = client.get(path)
        assert absent not in response, path
        assert directives(response[sent])["script-src"] == script_src, path


def test_the_admin_gets_its_own_policy(client, home_page):
    response = client.get("/admin/login/")

    policy = directives(response[REPORT_ONLY])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "unsafe-eval" not in response[REPORT_ONLY]


def test_error_pages_and_data_endpoints_carry_the_policy_too(client, home_page):
    for path in ("/neexistuje/", "/hledat/?q=bydleni"):
        response = client.get(path)
        assert REPORT_ONLY in response, path


def test_csp_environment_switches():
    names = ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
    default = settings_values({"CSP_REPORT_ONLY": ""}, *names)
    reported = settings_values(
        {"CSP_REPORT_ONLY": "true", "CSP_REPORT_URI": "/csp-hlaseni/"}, *names
    )

    assert default["CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None
    assert default["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["script-src"]
    assert reported["CONTENT_SECURITY_POLICY"] is None
    policy = reported["CONTENT_SECURITY_POLICY_REPORT_ONLY"]["DIRECTIVES"]
    assert policy["report-uri"] == ["/csp-hlaseni/"]


def test_login_throttling_reads_the_environment():
    values = settings_values(
        {
            "AXES_FAILURE_LIMIT": "7",
            "AXES_COOLOFF_MINUTES": "30",
            "AXES_LOCKOUT_PARAMETERS": "username+ip_address",
            "AXES_PROXY_COUNT": "1",
            "AXES_META_PRECEDENCE_ORDER": "HTTP_X_FORWARDED_FOR,REMOTE_ADDR",
        },
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        "AXES_LOCKOUT_PARAMETERS",
        "AXES_IPWARE_PROXY_COUNT",
        "AXES_IPWARE_META_PRECEDENCE_ORDER",
        "AUTHENTICATION_BACKENDS",
    )

    assert values["AXES_FAILURE_LIMIT"] == 7
    assert values["AXES_COOLOFF_TIME"] == "0:30:00"
    assert values["AXES_LOCKOUT_PARAMETERS"] == [["username", "ip_address"]]
    assert values["AXES_IPWARE_PROXY_COUNT"] == 1
    assert values["AXES_IPWARE_META_PRECEDENCE_ORDER"] == [
        "HTTP_X_FORWARDED_FOR",
        "REMOTE_ADDR",
    ]
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"
