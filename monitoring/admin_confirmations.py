"""Admin page where an editor confirms or declines evidence that another region's
content claims for their region (a study visit naming it as a participant); a
national editor decides for every region. Until then the claim is no evidence."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from monitoring.evidence_confirmations import decide, pending_confirmations

URL_NAME = "monitoring_evidence_confirmations"


class DecisionForm(forms.Form):
    confirmation = forms.IntegerField(min_value=1)
    decision = forms.ChoiceField(choices=[("confirm", ""), ("decline", "")])


class EvidenceConfirmationsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "monitoring/admin/evidence_confirmations.html"
    page_title = gettext_lazy("Potvrzení dokladů")
    header_icon = "tick-inverse"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            confirmations=pending_confirmations(self.request.user), **kwargs
        )

    def post(self, request):
        form = DecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("Není zřejmé, o čem rozhodnout."))
            return redirect(URL_NAME)
        confirmation = get_object_or_404(
            pending_confirmations(request.user), pk=form.cleaned_data["confirmation"]
        )
        confirmed = form.cleaned_data["decision"] == "confirm"
        if decide(confirmation, request.user, confirmed=confirmed):
            messages.success(
                request,
                (gettext("Potvrzeno: %s.") if confirmed else gettext("Odmítnuto: %s."))
                % confirmation,
            )
        return redirect(URL_NAME)
