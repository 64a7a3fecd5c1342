"""Czech forms of model names for the admin's buttons, titles and messages.

Wagtail and wagtail-modeladmin put a model's ``verbose_name`` (the nominative)
into every text, which Czech cannot take: "Přidat Datová sada", "Potvrďte smazání
Datová sada", "Datová sada … vytvořeno". Each admin states its model's accusative,
genitive and gender once, and its views build the texts from them."""

from dataclasses import dataclass
from enum import Enum

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class Gender(Enum):
    MASCULINE = "m"
    FEMININE = "f"
    NEUTER = "n"


# The participle agrees with the noun: "Datová sada … byla přidána", "Kraj … byl".
CREATED = {
    Gender.MASCULINE: gettext_lazy("%(name)s „%(object)s“ byl přidán."),
    Gender.FEMININE: gettext_lazy("%(name)s „%(object)s“ byla přidána."),
    Gender.NEUTER: gettext_lazy("%(name)s „%(object)s“ bylo přidáno."),
}
UPDATED = {
    Gender.MASCULINE: gettext_lazy("%(name)s „%(object)s“ byl uložen."),
    Gender.FEMININE: gettext_lazy("%(name)s „%(object)s“ byla uložena."),
    Gender.NEUTER: gettext_lazy("%(name)s „%(object)s“ bylo uloženo."),
}
DELETED = {
    Gender.MASCULINE: gettext_lazy("%(name)s „%(object)s“ byl smazán."),
    Gender.FEMININE: gettext_lazy("%(name)s „%(object)s“ byla smazána."),
    Gender.NEUTER: gettext_lazy("%(name)s „%(object)s“ bylo smazáno."),
}


@dataclass(frozen=True)
class CzechName:
    """A model's name in the cases the admin's texts need, in lower case."""

    nominative: str  # datová sada
    accusative: str  # (přidat) datovou sadu
    genitive: str  # (úprava) datové sady
    gender: Gender

    def add_label(self) -> str:
        return _("Přidat %(name)s") % {"name": self.accusative}

    def edit_title(self) -> str:
        return _("Úprava %(name)s") % {"name": self.genitive}

    def delete_title(self) -> str:
        return _("Smazání %(name)s") % {"name": self.genitive}

    def delete_question(self, instance) -> str:
        return _(
            "Opravdu chcete smazat %(name)s „%(object)s“? Smazání se může dotknout "
            "i obsahu, který na údaje odkazuje."
        ) % {"name": self.accusative, "object": instance}

    def not_saved(self) -> str:
        return _("%(name)s se kvůli chybám nepodařilo uložit.") % {
            "name": capfirst(self.accusative)
        }

    def created(self, instance) -> str:
        return self._message(CREATED, instance)

    def updated(self, instance) -> str:
        return self._message(UPDATED, instance)

    def deleted(self, instance) -> str:
        return self._message(DELETED, instance)

    def _message(self, texts: dict, instance) -> str:
        return str(texts[self.gender]) % {
            "name": capfirst(self.nominative),
            "object": instance,
        }
