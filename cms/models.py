from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms import home, region_overview
from cms.accessibility_statement import AccessibilityStatementPage  # noqa: F401
from knowledge.blocks import BodyStreamBlock
from knowledge.models import ExchangeEventPage, KnowledgeIndexPage, KnowledgePage
from knowledge.models.base import when_shown
from monitoring.blocks import RegionLadderBlock, request_data_version
from monitoring.blocks.builders import CACHE_SECONDS
from monitoring.queries import (
    CoordinatorPost,
    coordinator_post,
    region_ladder_history,
)
from monitoring.services import Evidence


class HomePage(Page):
    intro = models.TextField("Úvod", blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name="Obsah", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    latest_count = 3

    def get_context(self, request, *args, **kwargs):
        """Below the body: the newest knowledge pages and where to go next."""
        context = super().get_context(request, *args, **kwargs)
        context["links"] = home.HomeLinks(
            self, (RegionIndexPage, KnowledgeIndexPage), self.latest_count
        )
        return context

    class Meta:
        verbose_name = "Úvodní stránka"
        verbose_name_plural = "Úvodní stránky"


class StandardPage(Page):
    intro = models.TextField(
        "Perex", blank=True, help_text="Krátké shrnutí pod nadpisem stránky."
    )
    body = StreamField(BodyStreamBlock(), verbose_name="Obsah", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "Běžná stránka"
        verbose_name_plural = "Běžné stránky"


class RegionIndexPage(Page):
    """ "Kraje": the parent of the 14 region hubs."""

    intro = models.TextField("Úvod", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.RegionPage"]
    max_count = 1

    class Meta:
        verbose_name = "Rozcestník krajů"
        verbose_name_plural = "Rozcestníky krajů"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hubs = RegionPage.objects.child_of(self).live().select_related("region")
        context.update(
            overview=region_overview.RegionOverview(
                request, hubs.defer("region__geometry")
            ),
            today=timezone.localdate(),
        )
        return context


class RegionPage(Page):
    """A region's hub: its ladder position and history, its strategies, good
    practice and events, and its housing coordinator."""

    region = models.OneToOneField(
        "monitoring.Region",
        verbose_name="Kraj",
        on_delete=models.PROTECT,
        related_name="hub_page",
    )
    intro = models.TextField("Úvod", blank=True)
    coordinator_name = models.CharField(
        "Krajský koordinátor bydlení", max_length=150, blank=True
    )
    coordinator_email = models.EmailField("E-mail koordinátora", blank=True)
    coordinator_phone = models.CharField(
        "Telefon koordinátora", max_length=40, blank=True
    )
    coordinator_since = models.DateField("Ve funkci od", null=True, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name="Obsah", blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_email"),
                FieldPanel("coordinator_phone"),
                FieldPanel("coordinator_since"),
            ],
            heading="Krajský koordinátor bydlení",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("region"),
    ]
    parent_page_types = ["cms.RegionIndexPage"]
    subpage_types = [
        "knowledge.StrategyPage",
        "knowledge.GoodPracticePage",
        "knowledge.ExchangeEventPage",
        "cms.StandardPage",
    ]

    class Meta:
        verbose_name = "Stránka kraje"
        verbose_name_plural = "Stránky krajů"

    def evidence_items(self):
        """A published coordinator contact proves the post exists (indicator 2a)."""
        if not (
            self.coordinator_name and (self.coordinator_email or self.coordinator_phone)
        ):
            return []
        return [Evidence(self.region, "2a", date=self.coordinator_since)]

    def coordinator_post(self, request) -> CoordinatorPost:
        """The post as ladder indicator 2a has it (cached with the data): the hub
        shows the contact only when the ladder says the post is filled."""
        version = request_data_version({"request": request})
        return cache.get_or_set(
            f"cms:coordinator:v{version}:{self.region.code}",
            lambda: coordinator_post(region_ladder_history(region=self.region).current),
            CACHE_SECONDS,
        )

    def knowledge_pages(self) -> list:
        """The region's live knowledge pages and the exchange events it took part
        in, newest first, with what their cards show (no page bodies, no region
        shapes)."""
        events = ExchangeEventPage.participating_regions.through.objects.filter(
            region=self.region_id
        ).values("exchangeeventpage_id")
        return list(
            KnowledgePage.objects.live()
            .public()
            .filter(Q(region=self.region_id) | Q(pk__in=events))
            .defer_streamfields()
            .select_related("content_type", "region", "country")
            .defer("region__geometry")
            .order_by("-date")
        )

    def sections(self) -> list[tuple]:
        by_type = {"strategypage": [], "goodpracticepage": [], "exchangeeventpage": []}
        for page in self.knowledge_pages():
            by_type.setdefault(page.content_type.model, []).append(page)
        return [
            (
                "Strategie a koncepce",
                by_type["strategypage"],
                "Kraj zatím strategii bydlení nezveřejnil.",
            ),
            (
                "Dobrá praxe",
                by_type["goodpracticepage"],
                "Z kraje zatím nemáme popsaný příklad dobré praxe.",
            ),
            (
                "Výměny zkušeností",
                by_type["exchangeeventpage"],
                "Zatím žádné zveřejněné studijní cesty ani setkání.",
            ),
        ]

    def ladder_block(self):
        block = RegionLadderBlock()
        return block.bind(block.to_python({"region": self.region.code}))

    def get_context(self, request, *args, **kwargs):
        """Everything below the breadcrumbs is a cached fragment
        (cms.templatetags.page_fragments): what it shows is read only when the
        fragment is rendered."""
        context = super().get_context(request, *args, **kwargs)
        context.update(
            ladder_block=SimpleLazyObject(self.ladder_block),
            coordinator=SimpleLazyObject(lambda: self.coordinator_post(request)),
            sections=when_shown(self.sections),
        )
        return context


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Who runs the portal; shown in the footer of every page."""

    operator = models.CharField("Provozovatel", max_length=200, blank=True)
    email = models.EmailField("E-mail", blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    address = models.TextField("Adresa", blank=True)
    accessibility_statement = models.ForeignKey(
        Page,
        verbose_name="Prohlášení o přístupnosti",
        help_text="Stránka, na kterou odkazuje patička každé stránky.",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The footer links the statement on every page without a query of its own.
    select_related = ["accessibility_statement"]

    panels = [
        FieldPanel("operator"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("address"),
        FieldPanel("accessibility_statement"),
    ]

    class Meta:
        verbose_name = "Kontakt v patičce"
        verbose_name_plural = "Kontakty v patičce"


class RateCounter(models.Model):
    """A rate limit's counter while Redis is not at hand (``cms.rate_counters``):
    one row per client, limit and window, swept away once expired."""

    key = models.CharField("Klíč", max_length=255, primary_key=True)
    count = models.BigIntegerField("Počet")
    started = models.FloatField("Začátek (Unixový čas)")
    expires = models.FloatField("Platnost do (Unixový čas)", db_index=True)

    class Meta:
        verbose_name = "Počítadlo omezení přístupu"
        verbose_name_plural = "Počítadla omezení přístupu"

    def __str__(self):
        return f"{self.key}: {self.count}"
