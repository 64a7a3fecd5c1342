"""The ETHOS upload form of the admin."""

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from monitoring.importers.access import (
    name_reserved_elsewhere,
    new_dataset_region,
    reserved_name_message,
)
from monitoring.models import Dataset
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

    dataset = forms.ModelChoiceField(
        label=_("Datová sada"),
        queryset=Dataset.objects.none(),
        required=False,
        empty_label=_("– založit novou datovou sadu –"),
        help_text=_("Sada, do které data patří; nabízí jen sady, které smíte měnit."),
    )
    new_dataset = forms.CharField(
        label=_("Název nové datové sady"),
        max_length=200,
        required=False,
        help_text=_("Vyplňte, jen když data nepatří do žádné sady ze seznamu."),
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
        self.fields[
            "dataset"
        ].queryset = dataset_policy.instances_user_has_permission_for(
            user, "change"
        ).order_by("name")
        if upload_too_large:
            # The size limit stopped the upload, so the file is missing.
            self.fields["file"].error_messages["required"] = too_large_message()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MONITORING_IMPORT_MAX_FILE_BYTES:
            raise forms.ValidationError(too_large_message())
        return upload

    def clean(self):
        """One dataset: an existing one chosen, or a new one named explicitly.
        ``dataset_name`` is what the import job records either way."""
        cleaned = super().clean()
        chosen, new = cleaned.get("dataset"), cleaned.get("new_dataset", "").strip()
        if chosen and new:
            raise forms.ValidationError(
                _(
                    "Vyberte existující datovou sadu, nebo napište název nové – "
                    "ne obojí."
                )
            )
        if chosen:
            cleaned["dataset_name"] = chosen.name
        elif not new:
            if "dataset" not in self.errors:
                self.add_error(
                    "dataset",
                    _("Vyberte datovou sadu, nebo napište název nové sady."),
                )
        elif Dataset.objects.filter(name__iexact=new).exists():
            self.add_error(
                "new_dataset",
                _(
                    "Datová sada „%(name)s“ už existuje: vyberte ji v seznamu, "
                    "nebo zvolte jiný název."
                )
                % {"name": new},
            )
        elif name_reserved_elsewhere(new, new_dataset_region(self.user)):
            self.add_error("new_dataset", reserved_name_message(new))
        else:
            cleaned["dataset_name"] = new
        return cleaned
