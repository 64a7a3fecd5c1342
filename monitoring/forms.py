"""The ETHOS upload form of the admin."""

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from monitoring.permissions import dataset_policy

SUFFIXES = ["csv", "txt", "xlsx", "xlsm"]


def too_large_message() -> str:
    return _(
        "Soubor je příliš velký: nahrát lze nejvýš %(limit)s. Rozdělte data do "
        "více souborů, nebo je nechte naimportovat správcem z příkazové řádky."
    ) % {"limit": filesizeformat(settings.MONITORING_IMPORT_MAX_FILE_BYTES)}


class EthosUploadForm(forms.Form):
    """The file comes last, so a browser sends the other fields before it and they
    survive when an oversized file's upload is stopped."""

    dataset = forms.CharField(
        label=_("Datová sada"),
        max_length=200,
        help_text=_("Název existující sady, do které data patří, nebo nové sady."),
        widget=forms.TextInput(attrs={"list": "datove-sady"}),
    )
    source_url = forms.URLField(
        label=_("Zdroj dat (odkaz)"),
        required=False,
        max_length=500,
        assume_scheme="https",
    )
    file = forms.FileField(
        label=_("Soubor s daty"),
        help_text=_("CSV (i z českého Excelu: středník, Windows-1250) nebo XLSX."),
        validators=[
            FileExtensionValidator(
                SUFFIXES,
                message=_(
                    "Nepodporovaný typ souboru „%(extension)s“: nahrajte CSV nebo XLSX."
                ),
            )
        ],
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx,.xlsm"}),
    )

    def __init__(self, *args, user, upload_too_large: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if upload_too_large:
            # The size limit stopped the upload, so the file is missing.
            self.fields["file"].error_messages["required"] = too_large_message()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MONITORING_IMPORT_MAX_FILE_BYTES:
            raise forms.ValidationError(too_large_message())
        return upload

    def dataset_names(self) -> list[str]:
        """Suggestions: the datasets the region policy lets the user import into."""
        datasets = dataset_policy.instances_user_has_permission_for(self.user, "change")
        return list(datasets.order_by("name").values_list("name", flat=True))
