"""Dataset versions: every import is recorded, and values a later version replaced
or removed are kept, so a dataset can be read as it stood at any version."""

from django.conf import settings
from django.db import models


class DatasetVersion(models.Model):
    """One import into a dataset: when, who, which file, what it changed, and the
    analyst's public note (a correction, say)."""

    dataset = models.ForeignKey(
        "monitoring.Dataset",
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveIntegerField("Verze")
    created_at = models.DateTimeField("Importováno")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Importoval(a)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.CharField(
        "Autor",
        max_length=150,
        blank=True,
        help_text="Jméno toho, kdo importoval, jak bylo v době importu; prázdné u "
        "importu z příkazové řádky bez uživatele.",
    )
    filename = models.CharField("Zdrojový soubor", max_length=255, blank=True)
    sha256 = models.CharField("SHA-256 souboru", max_length=64, blank=True)
    rows_new = models.PositiveIntegerField("Nových řádků", default=0)
    rows_changed = models.PositiveIntegerField("Změněných řádků", default=0)
    rows_unchanged = models.PositiveIntegerField("Řádků beze změny", default=0)
    rows_removed = models.PositiveIntegerField("Odebraných řádků", default=0)
    note = models.TextField(
        "Veřejná poznámka",
        blank=True,
        help_text="Zobrazí se v přehledu změn datové sady, např. „oprava chyby "
        "v údajích za Liberecký kraj“.",
    )

    class Meta:
        verbose_name = "Verze datové sady"
        verbose_name_plural = "Verze datových sad"
        ordering = ["dataset", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "number"], name="dataset_version_number_unique"
            )
        ]

    def __str__(self):
        return f"{self.dataset} – verze {self.number}"


class SupersededFigure(models.Model):
    """What every kept figure has: its place and time, its note and the
    versions it was valid in, from ``version`` up to, not including,
    ``superseded_in``; subclasses add the dataset, the key and the value."""

    territory = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="Území",
        on_delete=models.PROTECT,
        related_name="+",
    )
    period = models.DateField("Období")
    period_is_year = models.BooleanField("Období je celý rok", default=True)
    note = models.TextField("Poznámka", blank=True)
    version = models.PositiveIntegerField("Platí od verze")
    revised = models.BooleanField("Revidovaná hodnota", default=False)
    superseded_in = models.PositiveIntegerField("Nahrazeno ve verzi")

    class Meta:
        abstract = True

    @classmethod
    def of(cls, figure, superseded_in: int):
        """The figure as it stands now, kept as replaced by ``superseded_in``;
        call before the figure changes."""
        kept = cls(superseded_in=superseded_in)
        for field in cls._meta.concrete_fields:
            if not field.primary_key and field.name != "superseded_in":
                setattr(kept, field.attname, getattr(figure, field.attname))
        return kept


class SupersededObservation(SupersededFigure):
    """A value an import replaced or removed, with the versions it was valid in:
    from ``version`` up to, not including, ``superseded_in``. Only changes are
    kept, so re-importing the same file adds nothing here."""

    dataset = models.ForeignKey(
        "monitoring.Dataset",
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="superseded_observations",
    )
    category = models.ForeignKey(
        "monitoring.EthosCategory",
        verbose_name="Kategorie ETHOS",
        on_delete=models.PROTECT,
        related_name="+",
    )
    measure = models.CharField("Ukazatel", max_length=12)
    value = models.PositiveBigIntegerField("Hodnota")

    class Meta:
        verbose_name = "Nahrazená hodnota"
        verbose_name_plural = "Nahrazené hodnoty"
        # A dataset as it stood at version N reads the rows superseded after N.
        indexes = [models.Index(fields=["dataset", "superseded_in"])]

    def __str__(self):
        return f"{self.territory_id} {self.period} {self.measure}: {self.value}"


class SupersededIndicatorValue(SupersededFigure):
    """An indicator value an import replaced or removed, kept as
    ``SupersededObservation`` keeps ETHOS values."""

    dataset = models.ForeignKey(
        "monitoring.Dataset",
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="superseded_indicator_values",
    )
    indicator = models.ForeignKey(
        "monitoring.DataIndicator",
        verbose_name="Ukazatel",
        on_delete=models.PROTECT,
        related_name="+",
    )
    value = models.DecimalField("Hodnota", max_digits=16, decimal_places=4)

    class Meta:
        verbose_name = "Nahrazená hodnota ukazatele"
        verbose_name_plural = "Nahrazené hodnoty ukazatelů"
        indexes = [models.Index(fields=["dataset", "superseded_in"])]

    def __str__(self):
        return f"{self.territory_id} {self.period} {self.indicator_id}: {self.value}"
