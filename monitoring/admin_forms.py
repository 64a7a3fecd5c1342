"""Admin forms of monitoring models, scoped by the region policy: a regional editor
is offered only their regions, territories and datasets, so nothing can be moved
out of their reach."""

from wagtail.admin.forms import WagtailAdminModelForm

from monitoring.models import TerritoryKind
from monitoring.permissions import (
    dataset_policy,
    editable_regions,
    editable_territories,
    guarantee_fund_policy,
    is_national_editor,
)


class RegionScopedForm(WagtailAdminModelForm):
    """Limits the ``region``, ``territory``, ``orp``, ``dataset`` and ``fund``
    choices to the user's reach; the form then refuses anything else as an invalid
    choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        choices = {
            "region": lambda: editable_regions(user),
            "territory": lambda: editable_territories(user).order_by("kind", "name"),
            "orp": lambda: (
                editable_territories(user)
                .filter(kind=TerritoryKind.ORP)
                .order_by("name")
            ),
            "dataset": lambda: dataset_policy.instances_user_has_permission_for(
                user, "change"
            ),
            "fund": lambda: guarantee_fund_policy.instances_user_has_permission_for(
                user, "change"
            ),
        }
        for name, queryset in choices.items():
            if name in self.fields:
                self.fields[name].queryset = queryset()
        region = self.fields.get("region")
        if region is not None and not is_national_editor(user):
            region.required = True
            region.empty_label = None


class AssessmentForm(RegionScopedForm):
    """Records who made a manual assessment."""

    def save(self, commit=True):
        if self.for_user is not None and self.for_user.is_authenticated:
            self.instance.assessed_by = self.for_user
        return super().save(commit=commit)
