"""One Content-Security-Policy for the public site, another for the Wagtail admin.

Both are sent in the one mode the settings choose (enforced, or report-only with
``CSP_REPORT_ONLY=true``): the admin's policy takes the place of the public one in
that mode's header and adds no header of the other mode.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin policy for paths under /admin/."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        mode = (
            settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
            if report_only
            else settings.CONTENT_SECURITY_POLICY
        )
        if mode and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = default_config(settings.ADMIN_CSP_DIRECTIVES)
        return parts
