from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from knowledge.blocks import AgendaItemBlock
from knowledge.models.base import KnowledgePage, when_shown
from monitoring.queries import coordinator_post, ladder_matrix

TEXT = ["bold", "italic", "link", "ul", "ol", "h3"]


class CoordinatorRolePage(KnowledgePage):
    """The job description of the regional housing coordinator."""

    purpose = RichTextField("Poslání pozice", features=TEXT)
    agenda = StreamField(
        [("item", AgendaItemBlock())],
        verbose_name="Minimální povinná agenda",
        help_text="Úkoly, které koordinátor plní v každém kraji.",
    )
    qualifications = RichTextField("Kvalifikace", features=TEXT, blank=True)
    workload = models.CharField(
        "Úvazek", max_length=200, blank=True, help_text="Např. 1,0 úvazku na kraj."
    )
    funding = RichTextField("Možnosti financování", features=TEXT, blank=True)

    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("date", heading="Datum poslední revize popisu"),
        FieldPanel("purpose"),
        FieldPanel("agenda"),
        FieldPanel("qualifications"),
        FieldPanel("workload"),
        FieldPanel("funding"),
        FieldPanel("body", heading="Další text"),
        *KnowledgePage.taxonomy_panels,
        FieldPanel("is_illustrative"),
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("purpose"),
        index.SearchField("agenda"),
        index.SearchField("qualifications"),
        index.SearchField("workload"),
        index.SearchField("funding"),
    ]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Popis pozice krajského koordinátora"
        verbose_name_plural = "Popisy pozice krajského koordinátora"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["coordinator_posts"] = when_shown(coordinator_posts)
        return context


def coordinator_posts() -> list[tuple]:
    """(region, deciding assessment or None, has the post) for every region today."""
    posts = [coordinator_post(row) for row in ladder_matrix().rows]
    return [(post.region, post.assessment, post.filled) for post in posts]
