from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _


class Measure(models.TextChoices):
    PEOPLE = "osoby", "osoby"
    HOUSEHOLDS = "domacnosti", "domácnosti"
    CHILDREN = "deti", "děti"


class Dataset(models.Model):
    """Where a set of observations comes from and how it was made."""

    name = models.CharField("Název", max_length=200, unique=True)
    publisher = models.CharField("Vydavatel", max_length=200, blank=True)
    source_url = models.URLField("Zdroj (odkaz)", max_length=500, blank=True)
    method = models.TextField("Metoda", blank=True)
    licence = models.CharField("Licence", max_length=100, blank=True)
    reference_period = models.CharField("Referenční období", max_length=100, blank=True)
    contact = models.CharField("Kontakt", max_length=200, blank=True)
    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name="Kraj, který data spravuje",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="datasets",
        help_text="Prázdné u celostátních dat; ta spravuje jen celostátní redakce.",
    )
    is_illustrative = models.BooleanField(
        "Ilustrativní data",
        default=False,
        help_text="Ukázková data, která se na webu takto označí.",
    )
    last_imported_at = models.DateTimeField("Naposledy importováno", null=True)

    class Meta:
        verbose_name = "Datová sada"
        verbose_name_plural = "Datové sady"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Observation(models.Model):
    """One value: dataset × territory × period × ETHOS category × measure."""

    dataset = models.ForeignKey(
        Dataset,
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="observations",
    )
    territory = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="Území",
        on_delete=models.PROTECT,
        related_name="observations",
    )
    period = models.DateField(
        "Období", help_text="Rok se ukládá jako 1. leden daného roku."
    )
    period_is_year = models.BooleanField("Období je celý rok", default=True)
    category = models.ForeignKey(
        "monitoring.EthosCategory",
        verbose_name="Kategorie ETHOS",
        on_delete=models.PROTECT,
        related_name="observations",
    )
    measure = models.CharField("Ukazatel", max_length=12, choices=Measure.choices)
    value = models.PositiveBigIntegerField("Hodnota")
    note = models.TextField("Poznámka", blank=True)

    class Meta:
        verbose_name = "Pozorování"
        verbose_name_plural = "Pozorování"
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "territory", "period", "category", "measure"],
                name="observation_one_value_per_key",
            )
        ]
        # The unique constraint's index serves lookups by dataset and territory;
        # this one serves one period across the whole country.
        indexes = [models.Index(fields=["dataset", "measure", "period"])]

    def __str__(self):
        return (
            f"{self.territory} {self.period_label()} {self.category.code}: {self.value}"
        )

    def clean(self):
        """A region's dataset holds figures of that region and its ORP only."""
        super().clean()
        if not (self.dataset_id and self.territory_id):
            return
        region_id = self.dataset.region_id
        if region_id is None:
            return
        if region_id not in (self.territory_id, self.territory.parent_id):
            raise ValidationError(
                {
                    "territory": _(
                        "Datová sada %(dataset)s patří kraji %(region)s: může "
                        "obsahovat jen údaje za tento kraj a jeho ORP."
                    )
                    % {"dataset": self.dataset, "region": self.dataset.region}
                }
            )

    @admin.display(description="Období", ordering="period")
    def period_label(self) -> str:
        """'2022' for a whole year, '15. 4. 2019' for a date."""
        if self.period_is_year:
            return str(self.period.year)
        return f"{self.period.day}. {self.period.month}. {self.period.year}"


class DataVersion(models.Model):
    """A single counter bumped after every import commit; caches key on it."""

    version = models.PositiveBigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Verze dat"
        verbose_name_plural = "Verze dat"

    def __str__(self):
        return str(self.version)
