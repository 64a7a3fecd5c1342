"""What the import of MPSV's register of social services (RPSS) needs besides the
register itself: which service types count as housing-related, and which ORP
each municipality belongs to."""

from django.db import models


class SocialServiceType(models.Model):
    """A type of social service (§ 37–70 of Act 108/2006 Sb.) by its number in
    MPSV's code list DruhSocialniSluzby."""

    code = models.PositiveSmallIntegerField(
        "Kód v číselníku MPSV",
        unique=True,
        help_text="Číslo z DruhSocialniSluzby/<číslo> v otevřených datech MPSV.",
    )
    name = models.CharField("Název", max_length=200)
    housing_related = models.BooleanField(
        "Souvisí s bydlením",
        default=False,
        help_text="Služby tohoto druhu se počítají do ukazatelů sociálních služeb "
        "souvisejících s bydlením.",
    )

    class Meta:
        verbose_name = "Druh sociální služby"
        verbose_name_plural = "Druhy sociálních služeb"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class MunicipalityOrp(models.Model):
    """A municipality's ORP, from ČSÚ's code-list link VAZ0043_0065."""

    code = models.CharField("Kód obce", max_length=6, unique=True)
    name = models.CharField("Název obce", max_length=100)
    orp = models.ForeignKey(
        "monitoring.Territory",
        verbose_name="ORP",
        on_delete=models.CASCADE,
        related_name="municipalities",
        limit_choices_to={"kind": "orp"},
    )

    class Meta:
        verbose_name = "Obec a její ORP"
        verbose_name_plural = "Obce a jejich ORP"
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"
