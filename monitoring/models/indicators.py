"""Indicator data beyond ETHOS: a data indicator (what is counted, in which unit)
× territory × period → value. Not to be confused with ``Indicator``, a sign on the
ladder (e.g. "4b"), which a data indicator can prove."""

from django.db import models

from monitoring.models.datasets import DatasetFigure


class DataIndicator(models.Model):
    """What an indicator value counts (reference data, shipped with the portal)."""

    code = models.SlugField(
        "Kód",
        max_length=60,
        unique=True,
        help_text="Kód ve sloupci „ukazatel“ importního souboru, "
        "např. garancni_fond_obce.",
    )
    name = models.CharField("Název", max_length=200)
    unit = models.CharField(
        "Jednotka", max_length=40, help_text="Množné číslo, např. úvazky, obce, byty."
    )
    decimal_places = models.PositiveSmallIntegerField(
        "Povolená desetinná místa",
        default=0,
        help_text="0 pro počty; hodnota s více desetinnými místy se odmítne.",
    )
    allows_negative = models.BooleanField("Smí být záporná", default=False)
    description = models.TextField("Popis", blank=True)
    ladder_indicator = models.ForeignKey(
        "monitoring.Indicator",
        verbose_name="Dokládá ukazatel žebříčku",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="data_indicators",
    )
    sort_order = models.PositiveSmallIntegerField("Pořadí", default=0)

    class Meta:
        verbose_name = "Datový ukazatel"
        verbose_name_plural = "Datové ukazatele"
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class IndicatorValue(DatasetFigure, models.Model):
    """One value: dataset × data indicator × territory × period."""

    dataset = models.ForeignKey(
        "monitoring.Dataset",
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="indicator_values",
    )
    indicator = models.ForeignKey(
        DataIndicator,
        verbose_name="Ukazatel",
        on_delete=models.PROTECT,
        related_name="values",
    )
    territory = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="Území",
        on_delete=models.PROTECT,
        related_name="indicator_values",
    )
    period = models.DateField(
        "Období", help_text="Rok se ukládá jako 1. leden daného roku."
    )
    period_is_year = models.BooleanField("Období je celý rok", default=True)
    value = models.DecimalField("Hodnota", max_digits=16, decimal_places=4)
    note = models.TextField("Poznámka", blank=True)
    version = models.PositiveIntegerField(
        "Platí od verze", default=1, help_text="Verze datové sady, která ji zapsala."
    )
    revised = models.BooleanField(
        "Revidovaná hodnota",
        default=False,
        help_text="Pozdější verze sady hodnotu změnila.",
    )

    class Meta:
        verbose_name = "Hodnota ukazatele"
        verbose_name_plural = "Hodnoty ukazatelů"
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "indicator", "territory", "period"],
                name="indicator_value_one_per_key",
            )
        ]
        # The unique constraint's index serves a dataset's values; this one serves
        # an indicator across datasets (blocks, API, evidence rules).
        indexes = [models.Index(fields=["indicator", "territory", "period"])]

    def __str__(self):
        label = f"{self.territory} {self.period_label()}"
        return f"{label} {self.indicator.code}: {self.value}"
