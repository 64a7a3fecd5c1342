"""What a visitor sees when django-axes refuses a log-in after too many failures."""

import math

from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils import timezone

TEMPLATE = "cms/admin/login_locked_out.html"


def lockout_response(request, original_response=None, credentials=None):
    """A Czech page (HTTP 429) saying when to try again.

    Every refused attempt restarts the cool-off (django-axes'
    AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so it ends one cool-off from now.
    """
    cool_off = get_cool_off(request)
    context = {"retry_at": None, "retry_minutes": None}
    if cool_off:
        context["retry_at"] = timezone.localtime() + cool_off
        context["retry_minutes"] = math.ceil(cool_off.total_seconds() / 60)
    # Rendered at once: django-axes' middleware runs after the view's response.
    response = render(request, TEMPLATE, context, status=429)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
