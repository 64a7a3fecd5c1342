"""Admin view in which national editors see current log-in lockouts and lift them."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.lockouts import current_lockouts, unlock
from monitoring.permissions import is_national_editor

logger = logging.getLogger(__name__)

URL_NAME = "cms_login_lockouts"


def can_manage_lockouts(user) -> bool:
    return is_national_editor(user)


class UnlockForm(forms.Form):
    username = forms.CharField(required=False, max_length=255)
    ip_address = forms.GenericIPAddressField(required=False)
    user_agent = forms.CharField(required=False, max_length=255)

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in ("username", "ip_address", "user_agent")):
            raise forms.ValidationError(gettext("Není zadáno, co odblokovat."))
        return data

    def unlock_fields(self) -> dict[str, str]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class LoginLockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "cms/admin/lockouts.html"
    page_title = gettext_lazy("Zablokovaná přihlášení")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_lockouts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lockouts=current_lockouts(self.request), **kwargs
        )

    def post(self, request):
        form = UnlockForm(request.POST)
        if not form.is_valid():
            errors = (error for field in form.errors.values() for error in field)
            messages.error(request, " ".join(errors))
            return redirect(URL_NAME)
        fields = form.unlock_fields()
        removed = unlock(fields)
        logger.warning(
            "Login lockout lifted by %s for %s (%d attempt records removed).",
            request.user.get_username(),
            fields,
            removed,
        )
        described = ", ".join(fields.values())
        if removed:
            messages.success(request, gettext("Odblokováno: %s.") % described)
        else:
            messages.warning(
                request, gettext("Pro %s už žádné blokování neplatí.") % described
            )
        return redirect(URL_NAME)
