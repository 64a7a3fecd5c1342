"""An analyst's interpretation of monitoring data, published like a statistics
release: text with live blocks, method, release dates, corrections, citation."""

from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index

from knowledge.models.base import KnowledgePage, when_shown
from monitoring.formatting import short_date

METHOD_TEXT = ["bold", "italic", "link", "ul", "ol"]


class CorrectionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label="Datum opravy")
    note = blocks.TextBlock(
        label="Co se opravilo", help_text="Např. oprava počtu za Liberecký kraj."
    )

    class Meta:
        icon = "edit"
        label = "Oprava"


class AnalysisPage(KnowledgePage):
    """Listed on the pages of the datasets it uses and in the knowledge base."""

    authors = models.CharField(
        "Autoři",
        max_length=200,
        help_text="Jména autorů nebo útvar, který analýzu psal.",
    )
    method = RichTextField(
        "Metoda",
        features=METHOD_TEXT,
        blank=True,
        help_text="Z jakých dat analýza vychází a jak s nimi pracuje.",
    )
    next_release = models.DateField(
        "Příští vydání",
        null=True,
        blank=True,
        help_text="Kdy vyjde aktualizace; prázdné, když se žádná nechystá.",
    )
    corrections = StreamField(
        [("correction", CorrectionBlock())], verbose_name="Opravy", blank=True
    )
    datasets = ParentalManyToManyField(
        "monitoring.Dataset",
        verbose_name="Použité datové sady",
        blank=True,
        related_name="+",
        help_text="Analýza se ukáže na stránkách těchto datových sad.",
    )

    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("authors"),
        FieldRowPanel(
            [
                FieldPanel("date", heading="Datum vydání"),
                FieldPanel("next_release"),
            ]
        ),
        FieldPanel("body"),
        FieldPanel("method"),
        FieldPanel("datasets", widget=CheckboxSelectMultiple),
        FieldPanel("corrections"),
        *KnowledgePage.taxonomy_panels,
        FieldPanel("is_illustrative"),
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("method"),
        index.SearchField("authors"),
    ]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Analýza"
        verbose_name_plural = "Analýzy"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            datasets=when_shown(
                lambda: self.datasets.order_by("name").only("name", "slug")
            ),
            corrections=when_shown(self.corrections_newest_first),
            citation=self.citation(
                request.build_absolute_uri(self.get_url(request)),
                site=Site.find_for_request(request),
            ),
        )
        return context

    def corrections_newest_first(self) -> list:
        return sorted(
            (item.value for item in self.corrections),
            key=lambda value: value["date"],
            reverse=True,
        )

    def citation(self, url: str, today=None, site=None) -> str:
        """A reference after ČSN ISO 690 for an online document."""
        today = today or timezone.localdate()
        site = site or self.get_site()
        return _(
            "%(authors)s. %(title)s [online]. %(site)s, %(released)s "
            "[cited %(today)s]. Available at: %(url)s"
        ) % {
            "authors": self.authors.upper(),
            "title": self.title,
            "site": site.site_name,
            "released": short_date(self.date),
            "today": short_date(today),
            "url": url,
        }
