"""The Content-Security-Policy headers: report-only by default, enforced on demand,
strict on public pages, relaxed only for the Wagtail admin."""

import pytest
from django.test import override_settings

from tests.cms.test_settings import settings_values

pytestmark = pytest.mark.django_db

REPORT_ONLY = "Content-Security-Policy-Report-Only"
ENFORCED = "Content-Security-Policy"


@pytest.fixture(autouse=True)
def report_only(settings):
    """The default mode (test_csp_environment_switches checks it is the default),
    whatever CSP_REPORT_ONLY the environment running the tests has."""
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


def test_the_policy_is_enforced_when_asked(client, home_page, settings):
    with override_settings(
        CONTENT_SECURITY_POLICY={"DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES},
        CONTENT_SECURITY_POLICY_REPORT_ONLY=None,
    ):
        response = client.get("/")

    assert REPORT_ONLY not in response
    assert directives(response[ENFORCED])["script-src"] == ["'self'"]


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
    enforced = settings_values(
        {"CSP_REPORT_ONLY": "false", "CSP_REPORT_URI": "/csp-hlaseni/"}, *names
    )

    assert default["CONTENT_SECURITY_POLICY"] is None
    assert default["CONTENT_SECURITY_POLICY_REPORT_ONLY"]["DIRECTIVES"]["script-src"]
    assert enforced["CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None
    policy = enforced["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
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
