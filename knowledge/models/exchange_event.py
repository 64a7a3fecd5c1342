from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from knowledge.models.base import KnowledgePage, when_shown
from monitoring.evidence_confirmations import unconfirmed_region_ids
from monitoring.models import ConfirmationState
from monitoring.services import Evidence


class ExchangeEventKind(models.TextChoices):
    STUDY_VISIT = "study_visit", "studijní cesta"
    WORKSHOP = "workshop", "workshop"
    CONFERENCE = "conference", "konference"


class ExchangeEventPage(KnowledgePage):
    """A study visit, workshop or conference where regions exchange experience;
    taking part is evidence for ladder step 1."""

    kind = models.CharField("Druh", max_length=12, choices=ExchangeEventKind.choices)
    end_date = models.DateField("Do", null=True, blank=True)
    place = models.CharField("Místo", max_length=150)
    participating_regions = ParentalManyToManyField(
        "monitoring.Region",
        verbose_name="Zúčastněné kraje",
        blank=True,
        related_name="+",
    )
    lessons = RichTextField(
        "Co jsme se naučili", features=["bold", "italic", "link", "ul", "ol"]
    )
    good_practices = ParentalManyToManyField(
        "knowledge.GoodPracticePage",
        verbose_name="Související příklady dobré praxe",
        blank=True,
        related_name="+",
    )

    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel(
                    [FieldPanel("date", heading="Od"), FieldPanel("end_date")]
                ),
                FieldPanel("place"),
                FieldPanel("participating_regions", widget=CheckboxSelectMultiple),
            ],
            heading="Kdy, kde a kdo",
        ),
        FieldPanel("lessons"),
        FieldPanel("body", heading="Program a další text"),
        FieldPanel("good_practices"),
        *KnowledgePage.taxonomy_panels,
        FieldPanel("is_illustrative"),
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("place"),
        index.SearchField("lessons"),
    ]
    parent_page_types = ["cms.RegionPage", "knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Výměna zkušeností"
        verbose_name_plural = "Výměny zkušeností"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            participating_regions=when_shown(self._shown_participants),
            # Filtered here, not with .live(): previews hold a FakeQuerySet without it.
            good_practices=when_shown(
                lambda: [p for p in self.good_practices.all() if p.live]
            ),
        )
        return context

    def _shown_participants(self) -> list:
        """The regions named, less those that declined; a region that has not
        confirmed yet is marked ``awaiting_confirmation`` (evidence_confirmations)."""
        unconfirmed = unconfirmed_region_ids(self) if self.pk else {}
        shown = []
        for region in self.participating_regions.order_by("code"):
            state = unconfirmed.get(region.pk)
            if state != ConfirmationState.DECLINED:
                region.awaiting_confirmation = state == ConfirmationState.PENDING
                shown.append(region)
        return shown

    def evidence_items(self):
        return [
            Evidence(region, "1b", date=self.date)
            for region in self.participating_regions.all()
        ]
