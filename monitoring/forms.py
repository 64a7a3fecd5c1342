from django import forms

from monitoring.models import Dataset


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
