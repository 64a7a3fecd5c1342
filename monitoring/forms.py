from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from monitoring.models import Dataset
from monitoring.permissions import editable_regions, is_national_editor


class RegionScopedForm(WagtailAdminModelForm):
    """Offers a regional editor only the regions they may change."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        region = self.fields.get("region")
        if region is not None and self.for_user is not None:
            region.queryset = editable_regions(self.for_user)
            if not is_national_editor(self.for_user):
                region.required = True
                region.empty_label = None


class EthosUploadForm(forms.Form):
    file = forms.FileField(
        label="Soubor s daty",
        help_text="CSV (i z českého Excelu: středník, Windows-1250) nebo XLSX.",
    )
    dataset = forms.CharField(
        label="Datová sada",
        max_length=200,
        help_text="Název existující sady, do které data patří, nebo nové sady.",
        widget=forms.TextInput(attrs={"list": "datove-sady"}),
    )
    source_url = forms.URLField(
        label="Zdroj dat (odkaz)", required=False, assume_scheme="https"
    )

    def dataset_names(self) -> list[str]:
        return list(Dataset.objects.order_by("name").values_list("name", flat=True))


class EthosConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    dataset = forms.CharField(widget=forms.HiddenInput)
    source_url = forms.URLField(
        widget=forms.HiddenInput, required=False, assume_scheme="https"
    )
    filename = forms.CharField(widget=forms.HiddenInput)


class AssessmentForm(RegionScopedForm):
    """Records who made a manual assessment."""

    def save(self, commit=True):
        if self.for_user is not None and self.for_user.is_authenticated:
            self.instance.assessed_by = self.for_user
        return super().save(commit=commit)
