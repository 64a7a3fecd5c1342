"""Registers a region keeps in the admin as part of its agenda: its guarantee fund
with the guarantees it issues, and its properties considered for housing. They
feed data indicators (``monitoring.registers``), so the figures arise by
themselves."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from monitoring.models.geography import TerritoryKind


class GuaranteeFund(models.Model):
    """A region's guarantee fund, from which it stands surety for municipalities
    renting flats from private landlords (ladder step 4)."""

    region = models.OneToOneField(
        "monitoring.Region",
        verbose_name="Kraj",
        on_delete=models.PROTECT,
        related_name="guarantee_fund",
    )
    name = models.CharField("Název fondu", max_length=200)
    established_on = models.DateField(
        "Zřízen dne",
        null=True,
        blank=True,
        help_text="Prázdné, dokud fond není zřízen (např. při přípravě).",
    )
    closed_on = models.DateField(
        "Zrušen dne", null=True, blank=True, help_text="Prázdné, dokud fond trvá."
    )
    rules_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Pravidla fondu (dokument)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rules_url = models.URLField("Pravidla fondu (odkaz)", max_length=500, blank=True)
    budget = models.DecimalField(
        "Rozpočet (Kč)",
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Prostředky vyčleněné ve fondu.",
    )
    budget_year = models.PositiveSmallIntegerField(
        "Rozpočet na rok", null=True, blank=True
    )
    contact_name = models.CharField("Kontaktní osoba", max_length=200, blank=True)
    contact_email = models.EmailField("Kontaktní e-mail", blank=True)
    contact_phone = models.CharField("Kontaktní telefon", max_length=40, blank=True)
    note = models.TextField("Poznámka", blank=True)

    class Meta:
        verbose_name = "Garanční fond"
        verbose_name_plural = "Garanční fondy"
        ordering = ["region__name"]

    def __str__(self):
        return f"{self.name} ({self.region})"

    def clean(self):
        super().clean()
        closed, established = self.closed_on, self.established_on
        if closed and established and closed < established:
            raise ValidationError(
                {"closed_on": _("Fond nemůže být zrušen dříve, než byl zřízen.")}
            )
        if self.budget is not None and self.budget < 0:
            raise ValidationError({"budget": _("Rozpočet nemůže být záporný.")})


class FundGuarantee(models.Model):
    """One guarantee the fund issued for a municipality's lease. Tenants are never
    named here: the register counts guarantees and municipalities only."""

    fund = models.ForeignKey(
        GuaranteeFund,
        verbose_name="Garanční fond",
        on_delete=models.CASCADE,
        related_name="guarantees",
    )
    municipality = models.CharField("Obec", max_length=120)
    orp = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="ORP obce",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": TerritoryKind.ORP},
        help_text="Správní obvod obce s rozšířenou působností, do něhož obec patří.",
    )
    issued_on = models.DateField("Záruka vydána dne")
    amount = models.DecimalField(
        "Výše záruky (Kč)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    note = models.TextField(
        "Poznámka", blank=True, help_text="Neuvádějte jména nájemníků."
    )

    class Meta:
        verbose_name = "Záruka z garančního fondu"
        verbose_name_plural = "Záruky z garančního fondu"
        ordering = ["-issued_on", "-pk"]

    def __str__(self):
        return f"{self.municipality} {self.issued_on:%-d. %-m. %Y}"

    def clean(self):
        super().clean()
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("Výše záruky nemůže být záporná.")})
        if self.fund_id and self.orp_id and self.orp.parent_id != self.fund.region_id:
            raise ValidationError(
                {"orp": _("ORP musí ležet v kraji, kterému patří garanční fond.")}
            )


class PropertyKind(models.TextChoices):
    BUILDING = "building", "budova"
    LAND = "land", "pozemek"


class PropertyStatus(models.TextChoices):
    UNUSED = "unused", "nevyužitý"
    PREPARING = "preparing", "v přípravě"
    LET = "let", "pronajatý"
    HANDED_OVER = "handed_over", "předaný obci"


# Statuses in which a property serves affordable housing (ladder step 5).
SERVING_STATUSES = (PropertyStatus.LET, PropertyStatus.HANDED_OVER)


class HousingProperty(models.Model):
    """A building or plot of the region's property considered for housing."""

    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name="Kraj",
        on_delete=models.PROTECT,
        related_name="housing_properties",
    )
    name = models.CharField("Název", max_length=200)
    municipality = models.CharField("Obec", max_length=120)
    orp = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="ORP",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": TerritoryKind.ORP},
    )
    kind = models.CharField("Druh", max_length=10, choices=PropertyKind.choices)
    units = models.PositiveIntegerField(
        "Počet bytů",
        default=0,
        help_text="U pozemku počet bytů, které na něm mají vzniknout.",
    )
    status = models.CharField(
        "Stav",
        max_length=12,
        choices=PropertyStatus.choices,
        default=PropertyStatus.UNUSED,
    )
    considered_since = models.DateField("Zvažuje se od", null=True, blank=True)
    status_since = models.DateField(
        "Ve stavu od",
        null=True,
        blank=True,
        help_text="Kdy majetek přešel do nynějšího stavu, např. den pronájmu "
        "nebo předání obci.",
    )
    note = models.TextField("Poznámka", blank=True)

    class Meta:
        verbose_name = "Majetek pro bydlení"
        verbose_name_plural = "Majetek pro bydlení"
        ordering = ["region__name", "name"]

    def __str__(self):
        return f"{self.name} ({self.municipality})"

    def clean(self):
        super().clean()
        errors = {}
        if self.region_id and self.orp_id and self.orp.parent_id != self.region_id:
            errors["orp"] = _("ORP musí ležet ve zvoleném kraji.")
        if self.status in SERVING_STATUSES and not self.status_since:
            errors["status_since"] = _(
                "U pronajatého nebo předaného majetku uveďte, od kdy je v tomto stavu."
            )
        if errors:
            raise ValidationError(errors)
