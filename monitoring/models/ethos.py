from django.db import models


class EthosLevel(models.TextChoices):
    CONCEPT = "concept", "koncepční kategorie"
    CATEGORY = "category", "provozní kategorie"
    SITUATION = "situation", "životní situace"
    LIGHT = "light", "ETHOS Light"


class EthosCategory(models.Model):
    """A node of FEANTSA's ETHOS typology or of ETHOS Light (reference data)."""

    code = models.CharField("Kód", max_length=12, unique=True)
    level = models.CharField("Úroveň", max_length=10, choices=EthosLevel.choices)
    name_cs = models.CharField("Název česky", max_length=200)
    name_en = models.CharField("Název anglicky", max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name="Nadřazená kategorie",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    corresponds_to = models.ManyToManyField(
        "self",
        verbose_name="Odpovídá kategoriím ETHOS",
        symmetrical=False,
        blank=True,
        related_name="light_equivalents",
        help_text="U ETHOS Light: provozní kategorie ETHOS, kterým odpovídá.",
    )
    sort_order = models.PositiveSmallIntegerField("Pořadí", default=0)

    class Meta:
        verbose_name = "Kategorie ETHOS"
        verbose_name_plural = "Kategorie ETHOS"
        ordering = ["sort_order"]

    def __str__(self):
        """Czech only, as pickers and admin lists show it: a concept by its name
        (its code is an English word), the other levels with their number."""
        if self.level == EthosLevel.CONCEPT:
            return self.name_cs
        if self.level == EthosLevel.LIGHT:
            return f"ETHOS Light {self.code.removeprefix('L')} – {self.name_cs}"
        return f"ETHOS {self.code} – {self.name_cs}"
