from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="table")
class OpenDataSettings(BaseSiteSetting):
    """Who publishes the open data: the identity the National Open Data Catalogue
    (NKOD) harvests with every record."""

    publisher_ico = models.CharField(
        "IČO poskytovatele",
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", "IČO má osm číslic.")],
        help_text="Osm číslic. Z IČO vzniká odkaz na poskytovatele v "
        "registru práv a povinností, který Národní katalog otevřených dat "
        "vyžaduje; bez něj se katalog nezveřejní.",
    )
    publisher_name = models.CharField(
        "Název poskytovatele",
        max_length=200,
        blank=True,
        help_text="Úřední název, např. Liberecký kraj.",
    )
    contact_email = models.EmailField(
        "E-mail pro dotazy k datům",
        blank=True,
        help_text="Kontakt katalogu a datových sad, které nemají vlastní.",
    )
    catalogue_title = models.CharField(
        "Název katalogu",
        max_length=200,
        default="Katalog otevřených dat portálu Bydlení v krajích",
    )
    catalogue_description = models.TextField(
        "Popis katalogu",
        default=(
            "Datové sady o bytové nouzi podle typologie ETHOS a o postupu krajů na "
            "žebříčku sociálního bydlení."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("publisher_ico"),
                FieldPanel("publisher_name"),
                FieldPanel("contact_email"),
            ],
            heading="Poskytovatel dat",
        ),
        MultiFieldPanel(
            [FieldPanel("catalogue_title"), FieldPanel("catalogue_description")],
            heading="Katalog",
        ),
    ]

    class Meta:
        verbose_name = "Otevřená data"
        verbose_name_plural = "Otevřená data"

    @property
    def is_complete(self) -> bool:
        """NKOD needs the IČO, the name and a contact e-mail."""
        return bool(self.publisher_ico and self.publisher_name and self.contact_email)


class FileKind(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"
    PACKAGE = "zip", "Datový balíček (ZIP)"


class PublishedFile(models.Model):
    """A whole dataset's download, written once per dataset version (its number
    in ``version_number``, 0 before the first) by a background job
    (``opendata.version_files``) and served from storage until the next version's
    replaces it and removes its file."""

    dataset = models.ForeignKey(
        "monitoring.Dataset",
        verbose_name="Datová sada",
        on_delete=models.CASCADE,
        related_name="published_files",
    )
    kind = models.CharField("Formát", max_length=4, choices=FileKind.choices)
    version_number = models.PositiveIntegerField("Verze datové sady")
    name = models.CharField("Soubor v úložišti", max_length=255)
    size = models.PositiveBigIntegerField("Velikost (bajty)")
    sha256 = models.CharField("SHA-256", max_length=64)
    built_at = models.DateTimeField("Vytvořeno")

    class Meta:
        verbose_name = "Soubor ke stažení"
        verbose_name_plural = "Soubory ke stažení"
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "kind"], name="published_file_one_per_kind"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'
