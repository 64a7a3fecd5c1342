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
    # Our stylesheets, plus the two <style> elements vega-embed 7.3.0 inserts (its
    # own and vega-tooltip's), allowed by their hashes rather than 'unsafe-inline'.
    # Vega's SVG renderer sets no style attributes. Updating vega-embed changes the
    # hashes: the browser test tests/browser/test_content_security.py names the new
    # ones.
    "style-src": [
        constants.SELF,
        "'sha256-AxXafLC2yNU/3Lg+zDmkYjwsZc5mxpXIdju+mGfmiCg='",  # vega-embed
        "'sha256-3DGwvqeuzfpl1OM1mb285/TwB5+qWlC5a2FoZJ0askE='",  # vega-tooltip
    ],
    "img-src": [constants.SELF, "data:"],
    "font-src": [constants.SELF],
    "connect-src": [constants.SELF],
    "object-src": [constants.NONE],
    "base-uri": [constants.SELF],
    "frame-ancestors": [constants.SELF],
    "form-action": [constants.SELF],
}
# The Wagtail admin (Wagtail 8) still writes inline <script> elements into its
# pages and inserts inline scripts and <style> elements from its bundles (page
# editor, explorer, choosers), so its policy allows inline scripts and styles; it
# still needs no eval and loads nothing from other sites. It covers page previews,
# which draw charts. blob: images are the upload previews of multiple image upload.
ADMIN_CSP_DIRECTIVES = {
    **PUBLIC_CSP_DIRECTIVES,
    "script-src": [constants.SELF, constants.UNSAFE_INLINE],
    "style-src": [constants.SELF, constants.UNSAFE_INLINE],
    "img-src": [constants.SELF, "data:", "blob:"],
}
# The admin asks releases.wagtail.org for new versions; it contacts no other site
# (and the policy would refuse it). Upgrades come through pyproject.toml.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nor does it show editors' Gravatar images, which would tell gravatar.com who
# works in the admin; editors upload an avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
if os.environ.get("CSP_REPORT_URI"):
    PUBLIC_CSP_DIRECTIVES["report-uri"] = [os.environ["CSP_REPORT_URI"]]
    ADMIN_CSP_DIRECTIVES["report-uri"] = [os.environ["CSP_REPORT_URI"]]
# Enforced by default, on public pages and in the admin alike (the browser tests
# run both under it); CSP_REPORT_ONLY=true only reports what either policy would
# block, e.g. while trying out a change of the policy (README, "Security").
_report_only = env_bool("CSP_REPORT_ONLY", default=False)
CONTENT_SECURITY_POLICY = (
    None if _report_only else {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
)
CONTENT_SECURITY_POLICY_REPORT_ONLY = (
    {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES} if _report_only else None
)
