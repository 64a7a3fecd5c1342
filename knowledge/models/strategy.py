from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from knowledge.forms import KnowledgePageForm
from knowledge.models.base import KnowledgePage, when_shown
from monitoring.services import Evidence


class StrategyStatus(models.TextChoices):
    PREPARATION = "preparation", "v přípravě"
    ADOPTED = "adopted", "přijatá"
    EXPIRED = "expired", "skončená"


class StrategyPageForm(KnowledgePageForm):
    """The listing date of an adopted strategy is its adoption date, so the editor
    enters the listing date only for a strategy in preparation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "date" in self.fields:
            self.fields["date"].required = False

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("adopted_on") and not cleaned_data.get("date"):
            cleaned_data["date"] = cleaned_data["adopted_on"]
        return cleaned_data


class StrategyPage(KnowledgePage):
    """A regional housing strategy or concept.

    Status and dates agree: only an adopted (or since expired) strategy has an
    adoption date, and an adopted one must have it."""

    status = models.CharField("Stav", max_length=12, choices=StrategyStatus.choices)
    adopted_on = models.DateField(
        "Datum přijetí",
        null=True,
        blank=True,
        help_text="Den, kdy strategii schválilo zastupitelstvo kraje.",
    )
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
                FieldPanel("adopted_on"),
                FieldPanel(
                    "date",
                    heading="Příprava zahájena",
                    help_text=(
                        "Vyplňte u strategie v přípravě. Přijatá strategie se řadí "
                        "podle data přijetí."
                    ),
                ),
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
    base_form_class = StrategyPageForm

    class Meta:
        verbose_name = "Krajská strategie bydlení"
        verbose_name_plural = "Krajské strategie bydlení"

    @property
    def is_in_preparation(self) -> bool:
        return self.status == StrategyStatus.PREPARATION

    def clean(self):
        super().clean()
        if self.is_in_preparation and self.adopted_on:
            raise ValidationError(
                {
                    "adopted_on": _(
                        "Strategie v přípravě ještě nemá datum přijetí. Datum "
                        "smažte, nebo změňte stav na „přijatá“."
                    )
                }
            )
        if self.status == StrategyStatus.ADOPTED and not self.adopted_on:
            raise ValidationError(
                {"adopted_on": _("U přijaté strategie vyplňte datum přijetí.")}
            )
        if self.adopted_on:
            self.date = self.adopted_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            roles=when_shown(self.roles.all),
            documents=when_shown(lambda: self.documents.select_related("document")),
            programme_links=when_shown(self.programme_links.all),
        )
        return context

    def evidence_items(self):
        """An adopted strategy proves step 1a; its political backing proves 0a."""
        if self.region_id is None or self.status != StrategyStatus.ADOPTED:
            return []
        items = [Evidence(self.region, "1a", date=self.adopted_on)]
        if self.programme_links.exists():
            items.append(Evidence(self.region, "0a", date=self.adopted_on))
        return items


class StrategyDocument(Orderable):
    page = ParentalKey(
        StrategyPage,
        verbose_name="Strategie",
        on_delete=models.CASCADE,
        related_name="documents",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Dokument",
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField("Název odkazu", max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "Dokument strategie"
        verbose_name_plural = "Dokumenty strategie"

    def clean(self):
        super().clean()
        if self.document_id and self.document.file_extension.lower() != "pdf":
            raise ValidationError(
                {"document": "Ke strategii přiložte dokument ve formátu PDF."}
            )


class ProgrammeLink(Orderable):
    page = ParentalKey(
        StrategyPage,
        verbose_name="Strategie",
        on_delete=models.CASCADE,
        related_name="programme_links",
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

    class Meta(Orderable.Meta):
        verbose_name = "Politický program"
        verbose_name_plural = "Politické programy"
