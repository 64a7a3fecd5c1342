"""Browsers' CSP violation reports are logged, bounded in size and rate."""

import json
import logging

import pytest
from django.core.cache import cache
from django.test import Client

from cms.csp_reports import REPORTS_PER_MINUTE

URL = "/csp-hlaseni/"
LOGGER = "cms.csp_reports"
REPORT = {
    "csp-report": {
        "document-uri": "https://bydleni.example/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "source-file": "https://bydleni.example/static/js/charts.js",
        "line-number": 12,
    }
}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def browser():
    """Browsers post reports without a CSRF token."""
    return Client(enforce_csrf_checks=True)


def logged(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER]


def post(client, payload, content_type="application/csp-report"):
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return client.post(URL, body, content_type=content_type)


def test_a_report_is_logged(browser, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post(browser, REPORT)

    assert response.status_code == 204
    (message,) = logged(caplog)
    assert "script-src-elem" in message
    assert "static/js/charts.js" in message


def test_a_reporting_api_report_is_logged(browser, caplog):
    reports = [
        {
            "type": "csp-violation",
            "body": {
                "documentURL": "https://bydleni.example/kraje/",
                "effectiveDirective": "style-src-elem",
                "blockedURL": "inline",
            },
        },
        {"type": "deprecation", "body": {}},
    ]
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post(browser, reports, content_type="application/reports+json")

    assert response.status_code == 204
    (message,) = logged(caplog)
    assert "style-src-elem" in message


@pytest.mark.parametrize("body", ["{", "\udcff", '"text"', "[1, 2]", "{}"])
def test_junk_is_refused_or_ignored_without_an_error(browser, body, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = browser.post(
            URL, body.encode("utf-8", "surrogatepass"), content_type="application/json"
        )

    assert response.status_code in (204, 400)
    if response.status_code == 400:
        assert "Hlášení není platný JSON." in response.content.decode()
    assert logged(caplog) == []


def test_only_post_is_accepted(browser):
    assert browser.get(URL).status_code == 405


def test_a_large_body_is_refused_unread(browser):
    response = post(browser, {"csp-report": {"blocked-uri": "x" * 20_000}})

    assert response.status_code == 413


def test_a_flood_is_logged_only_up_to_the_rate(browser, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(REPORTS_PER_MINUTE + 5):
            assert post(browser, REPORT).status_code == 204

    assert len(logged(caplog)) == REPORTS_PER_MINUTE
