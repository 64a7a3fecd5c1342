from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from knowledge.models.base import KnowledgePage
from monitoring.services import Evidence


class StrategyStatus(models.TextChoices):
    PREPARATION = "preparation", "v přípravě"
    ADOPTED = "adopted", "přijatá"
    EXPIRED = "expired", "skončená"


class StrategyPage(KnowledgePage):
    """A regional housing strategy or concept."""

    status = models.CharField("Stav", max_length=12, choices=StrategyStatus.choices)
    valid_from = models.PositiveSmallIntegerField(
        "Platí od roku", null=True, blank=True
    )
    valid_to = models.PositiveSmallIntegerField("Platí do roku", null=True, blank=True)
    roles = ParentalManyToManyField(
        "knowledge.HousingRole",
        verbose_name="Role kraje, kterými se zabývá",
        blank=True,
        related_name="+",
    )

    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("date", heading="Datum přijetí"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldPanel("roles", widget=CheckboxSelectMultiple),
            ],
            heading="Platnost",
        ),
        FieldPanel("body"),
        InlinePanel("documents", heading="Dokumenty (PDF)", label="Dokument"),
        InlinePanel(
            "programme_links",
            heading="Politické programy, o které se opírá",
            label="Program",
        ),
        *KnowledgePage.taxonomy_panels,
        FieldPanel("is_illustrative"),
    ]
    parent_page_types = ["cms.RegionPage", "knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Krajská strategie bydlení"
        verbose_name_plural = "Krajské strategie bydlení"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            roles=list(self.roles.all()),
            documents=list(self.documents.select_related("document")),
            programme_links=list(self.programme_links.all()),
        )
        return context

    def evidence_items(self):
        """An adopted strategy proves step 1a; its political backing proves 0a."""
        if self.region_id is None or self.status != StrategyStatus.ADOPTED:
            return []
        items = [Evidence(self.region, "1a", date=self.date)]
        if self.programme_links.exists():
            items.append(Evidence(self.region, "0a", date=self.date))
        return items


class StrategyDocument(Orderable):
    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Dokument",
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField("Název odkazu", max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    def clean(self):
        super().clean()
        if self.document_id and self.document.file_extension.lower() != "pdf":
            raise ValidationError(
                {"document": "Ke strategii přiložte dokument ve formátu PDF."}
            )


class ProgrammeLink(Orderable):
    page = ParentalKey(
        StrategyPage, on_delete=models.CASCADE, related_name="programme_links"
    )
    title = models.CharField("Název programu", max_length=200)
    publisher = models.CharField("Kdo ho vydal", max_length=200, blank=True)
    year = models.PositiveSmallIntegerField("Rok", null=True, blank=True)
    url = models.URLField("Odkaz", max_length=500)

    panels = [
        FieldPanel("title"),
        FieldPanel("publisher"),
        FieldPanel("year"),
        FieldPanel("url"),
    ]
