from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext as _


class Measure(models.TextChoices):
    PEOPLE = "osoby", "osoby"
    HOUSEHOLDS = "domacnosti", "domácnosti"
    CHILDREN = "deti", "děti"


class DataTheme(models.TextChoices):
    """EU data themes (the Publications Office's authority table), which the open
    data catalogue (DCAT-AP-CZ) requires; the value is the code in the table."""

    SOCI = "SOCI", "Obyvatelstvo a společnost"
    REGI = "REGI", "Regiony a města"
    GOVE = "GOVE", "Vláda a veřejný sektor"
    ECON = "ECON", "Hospodářství a finance"
    HEAL = "HEAL", "Zdraví"


class UpdateFrequency(models.TextChoices):
    """EU frequency codes (the Publications Office's authority table)."""

    DAILY = "DAILY", "denně"
    MONTHLY = "MONTHLY", "měsíčně"
    QUARTERLY = "QUARTERLY", "čtvrtletně"
    ANNUAL_2 = "ANNUAL_2", "dvakrát ročně"
    ANNUAL = "ANNUAL", "ročně"
    BIENNIAL = "BIENNIAL", "jednou za dva roky"
    TRIENNIAL = "TRIENNIAL", "jednou za tři roky"
    IRREG = "IRREG", "nepravidelně"
    NEVER = "NEVER", "neaktualizuje se"


class Dataset(models.Model):
    """Where a set of observations comes from and how it was made, and what the open
    data catalogue says about it."""

    name = models.CharField("Název", max_length=200, unique=True)
    slug = models.SlugField(
        "Zkratka v adrese",
        max_length=100,
        unique=True,
        blank=True,
        help_text="Část adresy /data/<zkratka>/; prázdná se vytvoří z názvu. "
        "Po zveřejnění ji neměňte, odkazují na ni jiné katalogy.",
    )
    description = models.TextField(
        "Popis", blank=True, help_text="Co datová sada obsahuje, v několika větách."
    )
    theme = models.CharField(
        "Téma",
        max_length=10,
        choices=DataTheme.choices,
        default=DataTheme.SOCI,
        help_text="Téma podle číselníku EU, pod kterým sadu najde Národní katalog "
        "otevřených dat.",
    )
    keywords = models.CharField(
        "Klíčová slova",
        max_length=300,
        blank=True,
        help_text="Oddělená čárkou, např. bytová nouze, bezdomovectví.",
    )
    update_frequency = models.CharField(
        "Periodicita aktualizace",
        max_length=12,
        choices=UpdateFrequency.choices,
        default=UpdateFrequency.IRREG,
    )
    next_update = models.DateField(
        "Příští aktualizace",
        null=True,
        blank=True,
        help_text="Kdy se očekávají nové údaje; prázdné, když se neví.",
    )
    known_limitations = models.TextField(
        "Známá omezení",
        blank=True,
        help_text="Co údaje nepokrývají a na co si dát při jejich užití pozor.",
    )
    publisher = models.CharField("Vydavatel", max_length=200, blank=True)
    source_url = models.URLField("Zdroj (odkaz)", max_length=500, blank=True)
    method = models.TextField("Metoda", blank=True)
    licence = models.CharField("Licence", max_length=100, blank=True)
    reference_period = models.CharField("Referenční období", max_length=100, blank=True)
    contact = models.CharField("Kontakt", max_length=200, blank=True)
    contact_email = models.EmailField(
        "E-mail pro dotazy k datům",
        blank=True,
        help_text="Prázdné: použije se e-mail vydavatele z nastavení otevřených dat.",
    )
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
    automatic_source = models.BooleanField(
        "Plní se automaticky",
        default=False,
        help_text="Data přicházejí plánovaným importem bez ruční práce, např. denně "
        "z registru MPSV nebo z exportu krajského systému.",
    )

    class Meta:
        verbose_name = "Datová sada"
        verbose_name_plural = "Datové sady"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_dataset_slug(self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]


def unique_dataset_slug(name: str, exclude_pk: int | None = None) -> str:
    """An ASCII slug of the name, numbered when another dataset has it."""
    base = (slugify(name) or "datova-sada")[:90].strip("-")
    taken = set(
        Dataset.objects.exclude(pk=exclude_pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class DatasetFigure:
    """What a figure of a dataset (an ETHOS observation, an indicator value) has
    whatever it counts: the region rule and how its period reads."""

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


class Observation(DatasetFigure, models.Model):
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
    version = models.PositiveIntegerField(
        "Verze", default=0, help_text="Verze datové sady, která hodnotu zapsala."
    )
    revised = models.BooleanField(
        "Revidovaná hodnota",
        default=False,
        help_text="Hodnota nahradila jinou, dříve zveřejněnou.",
    )

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
