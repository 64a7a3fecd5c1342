"""Login throttling (django-axes) and the Content-Security-Policy (django-csp).

Star-imported by ``base``; every value comes from the environment (see README.md,
"Security", and .env.example).
"""

import os
from datetime import timedelta

from csp import constants

from cms.settings.environment import env_bool

# --- Login throttling -------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out user is refused before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))


def _lockout_parameters(value: str) -> list:
    """``username,ip_address`` locks a user and an address separately;
    ``username+ip_address`` locks only the pair."""
    return [
        item.split("+") if "+" in item else item
        for item in (part.strip() for part in value.split(","))
        if item
    ]


AXES_LOCKOUT_PARAMETERS = _lockout_parameters(
    os.environ.get("AXES_LOCKOUT_PARAMETERS", "username,ip_address")
)
# A successful log-in forgets that user's and address's earlier typos.
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.login_lockout.lockout_response"
# Behind a reverse proxy every request comes from the proxy's address: name the
# header the proxy sets and how many proxies stand in front of gunicorn.
AXES_IPWARE_PROXY_COUNT = (
    int(os.environ["AXES_PROXY_COUNT"]) if os.environ.get("AXES_PROXY_COUNT") else None
)
AXES_IPWARE_META_PRECEDENCE_ORDER = tuple(
    name.strip()
    for name in os.environ.get("AXES_META_PRECEDENCE_ORDER", "REMOTE_ADDR").split(",")
    if name.strip()
)

# --- Content-Security-Policy ------------------------------------------------------
# (No setting may be named CSP_*: django-csp 4 rejects its old 3.x settings.)

# Public pages run only our own scripts: no inline script, no eval (Vega draws
# through its CSP-safe expression interpreter, see static/js/charts.js).
PUBLIC_CSP_DIRECTIVES = {
    "default-src": [constants.SELF],
    "script-src": [constants.SELF],
    "style-src": [constants.SELF],
    "img-src": [constants.SELF, "data:"],
    "font-src": [constants.SELF],
    "connect-src": [constants.SELF],
    "object-src": [constants.NONE],
    "base-uri": [constants.SELF],
    "frame-ancestors": [constants.SELF],
    "form-action": [constants.SELF],
}
# The Wagtail admin: see cms.content_security for why it needs more.
ADMIN_CSP_DIRECTIVES = {
    **PUBLIC_CSP_DIRECTIVES,
}
if os.environ.get("CSP_REPORT_URI"):
    PUBLIC_CSP_DIRECTIVES["report-uri"] = [os.environ["CSP_REPORT_URI"]]
    ADMIN_CSP_DIRECTIVES["report-uri"] = [os.environ["CSP_REPORT_URI"]]
# Report-only by default: browsers report what the policy would block and block
# nothing; CSP_REPORT_ONLY=false enforces it (README, "Security").
if env_bool("CSP_REPORT_ONLY", default=True):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
