from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.functional import SimpleLazyObject
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.blocks import BodyStreamBlock
from knowledge.forms import KnowledgePageForm


def when_shown(items) -> SimpleLazyObject:
    """The list ``items()`` returns, read when a template first shows it: a page
    fragment served from the cache (cms.templatetags.page_fragments) then costs
    no query."""
    return SimpleLazyObject(lambda: list(items()))


class KnowledgePage(Page):
    """What every knowledge page carries, so listings and search filter across
    types on plain fields: region, country, topics, ladder steps, tags, a date."""

    summary = models.TextField(
        "Shrnutí", help_text="Dvě až tři věty pro výpisy a výsledky hledání."
    )
    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name="Kraj",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    country = models.ForeignKey(
        "knowledge.Country",
        verbose_name="Země (u zahraniční praxe)",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "knowledge.Topic", verbose_name="Témata", blank=True, related_name="+"
    )
    ladder_steps = ParentalManyToManyField(
        "monitoring.LadderStep",
        verbose_name="Kroky žebříčku",
        blank=True,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        "Štítky", through="knowledge.KnowledgePageTag", blank=True
    )
    date = models.DateField(
        "Datum", help_text="Datum přijetí, zahájení nebo konání; řadí se podle něj."
    )
    body = StreamField(BodyStreamBlock(), verbose_name="Text", blank=True)
    is_illustrative = models.BooleanField(
        "Ukázkový obsah",
        default=False,
        help_text="Stránka se označí jako ilustrativní, nejde o ověřená fakta.",
    )

    is_creatable = False
    base_form_class = KnowledgePageForm
    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("country"),
                FieldPanel("topics", widget=CheckboxSelectMultiple),
                FieldPanel("ladder_steps", widget=CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Zařazení",
        )
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("country", [index.SearchField("name")]),
        index.FilterField("region"),
        index.FilterField("country"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = "Stránka znalostní báze"
        verbose_name_plural = "Stránky znalostní báze"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            topics=when_shown(self.topics.all),
            ladder_steps=when_shown(lambda: self.ladder_steps.order_by("number")),
            tag_names=when_shown(self.tags.names),
        )
        return context

    def evidence_items(self):
        """What this page proves for the ladder when published (see evidence.py)."""
        return []
