from django.db import models


class TerritoryKind(models.TextChoices):
    COUNTRY = "country", "Česko"
    REGION = "region", "kraj"
    ORP = "orp", "ORP"


class Territory(models.Model):
    """The country, a region (kraj) or an ORP; observations attach to any of them."""

    kind = models.CharField("Druh", max_length=10, choices=TerritoryKind.choices)
    code = models.CharField(
        "Kód",
        max_length=10,
        unique=True,
        help_text="CZ pro Česko, NUTS 3 pro kraj (CZ051), čtyřmístný kód pro ORP.",
    )
    iso_code = models.CharField("Kód ISO 3166-2", max_length=6, blank=True)
    name = models.CharField("Název", max_length=100)
    slug = models.SlugField("Zkratka v adrese", max_length=100, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="Nadřazené území",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    geometry = models.JSONField("Hranice (GeoJSON)", null=True, blank=True)
    editor_groups = models.ManyToManyField(
        "auth.Group",
        verbose_name="Skupiny krajské redakce",
        blank=True,
        related_name="edited_territories",
        help_text="Členové těchto skupin smějí měnit data a hodnocení tohoto kraje.",
    )

    class Meta:
        verbose_name = "Území"
        verbose_name_plural = "Území"
        ordering = ["kind", "code"]
        permissions = [
            ("change_all_regions", "Smí měnit monitorovací data všech krajů"),
        ]
        indexes = [models.Index(fields=["kind", "code"])]

    def __str__(self):
        return self.name


class RegionManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(kind=TerritoryKind.REGION)


class Region(Territory):
    """One of the 14 regions; a proxy so other apps can point at regions only."""

    objects = RegionManager()

    class Meta:
        proxy = True
        verbose_name = "Kraj"
        verbose_name_plural = "Kraje"
        ordering = ["code"]
