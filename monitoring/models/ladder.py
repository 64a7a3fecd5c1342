from django.conf import settings
from django.db import models


class LadderStep(models.Model):
    """One of the eight steps (0–7) a region climbs."""

    number = models.PositiveSmallIntegerField("Číslo kroku", unique=True)
    title = models.CharField("Název", max_length=120)
    meaning = models.TextField("Co kraj dělá")
    evidence = models.TextField("Čím se to doloží")

    class Meta:
        verbose_name = "Krok žebříčku"
        verbose_name_plural = "Kroky žebříčku"
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Indicator(models.Model):
    """An observable sign that a region has taken (part of) a step."""

    step = models.ForeignKey(
        LadderStep,
        verbose_name="Krok",
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    code = models.CharField("Kód", max_length=10, unique=True)
    title = models.CharField("Název", max_length=200)
    description = models.TextField("Popis", blank=True)
    sort_order = models.PositiveSmallIntegerField("Pořadí", default=0)

    class Meta:
        verbose_name = "Ukazatel"
        verbose_name_plural = "Ukazatele"
        ordering = ["step__number", "sort_order", "code"]

    def __str__(self):
        return f"{self.code} {self.title}"


class AssessmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", "nezahájeno"
    IN_PROGRESS = "in_progress", "probíhá"
    ACHIEVED = "achieved", "splněno"


class AssessmentSource(models.TextChoices):
    MANUAL = "manual", "ruční hodnocení"
    DERIVED = "derived", "odvozeno ze zveřejněného obsahu nebo z dat"


class Assessment(models.Model):
    """A region's status on an indicator as of a date. History is never overwritten:
    the state on a date is read from the assessments made up to it."""

    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name="Kraj",
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name="Ukazatel",
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    date = models.DateField("Ke dni")
    status = models.CharField("Stav", max_length=12, choices=AssessmentStatus.choices)
    source = models.CharField(
        "Původ",
        max_length=10,
        choices=AssessmentSource.choices,
        default=AssessmentSource.MANUAL,
    )
    evidence_url = models.URLField("Doklad (odkaz)", max_length=500, blank=True)
    evidence_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Doklad (dokument)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Doklad (stránka portálu)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_key = models.CharField(
        "Klíč dokladu",
        max_length=100,
        blank=True,
        help_text="U odvozených hodnocení: co je doložilo (např. page:42).",
    )
    withdrawn_on = models.DateField(
        "Staženo dne",
        null=True,
        blank=True,
        help_text="U odvozených hodnocení: kdy doklad přestal platit.",
    )
    note = models.TextField("Poznámka", blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Hodnotil(a)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("Zapsáno", auto_now_add=True)

    class Meta:
        verbose_name = "Hodnocení ukazatele"
        verbose_name_plural = "Hodnocení ukazatelů"
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["region", "indicator", "date"])]

    def __str__(self):
        return f"{self.region} – {self.indicator.code} – {self.get_status_display()}"


class ConfirmationState(models.TextChoices):
    PENDING = "pending", "čeká na potvrzení"
    CONFIRMED = "confirmed", "potvrzeno"
    DECLINED = "declined", "odmítnuto"


class EvidenceConfirmation(models.Model):
    """Evidence for a region claimed by someone who may not change that region's
    data (an exchange page of another region naming it as a participant). It counts
    only once an editor of the region or a national editor confirms it; the
    decision is kept, so republishing the page does not ask again."""

    evidence_key = models.CharField("Klíč dokladu", max_length=100, unique=True)
    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name="Kraj",
        on_delete=models.CASCADE,
        related_name="evidence_confirmations",
    )
    indicator = models.ForeignKey(
        Indicator, verbose_name="Ukazatel", on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField("Ke dni")
    evidence_url = models.URLField("Doklad (odkaz)", max_length=500, blank=True)
    evidence_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Doklad (stránka portálu)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(
        "Stav",
        max_length=10,
        choices=ConfirmationState.choices,
        default=ConfirmationState.PENDING,
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Uvedl(a)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Rozhodl(a)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField("Rozhodnuto", null=True, blank=True)
    created_at = models.DateTimeField("Vyžádáno", auto_now_add=True)

    class Meta:
        verbose_name = "Potvrzení dokladu"
        verbose_name_plural = "Potvrzení dokladů"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.region} – {self.indicator.code} – {self.get_state_display()}"
