"""Receives browsers' Content-Security-Policy violation reports and logs them.

Point ``CSP_REPORT_URI`` at ``/csp-hlaseni/`` to collect them in the server log
while the policy is report-only (README, "Security"). Anyone can post here, so the
body is bounded and at most ``REPORTS_PER_MINUTE`` reports a minute are logged.
"""

import json
import logging

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("cms.csp_reports")

MAX_BODY_BYTES = 16 * 1024
REPORTS_PER_MINUTE = 60
FIELDS = (
    "document-uri",
    "effective-directive",
    "violated-directive",
    "blocked-uri",
    "source-file",
    "line-number",
)


def _violations(payload) -> list[dict]:
    """Both formats: report-uri's {"csp-report": {...}} and the Reporting API's
    list of {"type": "csp-violation", "body": {...}} (camel-cased keys)."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        return [payload["csp-report"]]
    if isinstance(payload, list):
        return [
            {
                "document-uri": item["body"].get("documentURL"),
                "effective-directive": item["body"].get("effectiveDirective"),
                "blocked-uri": item["body"].get("blockedURL"),
                "source-file": item["body"].get("sourceFile"),
                "line-number": item["body"].get("lineNumber"),
            }
            for item in payload
            if isinstance(item, dict)
            and item.get("type") == "csp-violation"
            and isinstance(item.get("body"), dict)
        ]
    return []


def _within_rate() -> bool:
    key = f"cms:csp-reports:{timezone.now():%Y%m%d%H%M}"
    cache.add(key, 0, 120)
    try:
        return cache.incr(key) <= REPORTS_PER_MINUTE
    except ValueError:  # the key expired between add and incr
        return True


@csrf_exempt
@require_POST
def csp_report(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return HttpResponse("Hlášení je příliš velké.", status=413)
    try:
        violations = _violations(json.loads(request.read(MAX_BODY_BYTES)))
    except (ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest("Hlášení není platný JSON.")
    for violation in violations:
        if not _within_rate():
            break
        logger.warning(
            "CSP violation: %s",
            {name: str(violation.get(name, ""))[:500] for name in FIELDS},
        )
    return HttpResponse(status=204)
