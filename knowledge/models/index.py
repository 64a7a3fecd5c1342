from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from knowledge.feeds import KnowledgeFeed
from knowledge.listing import PAGE_TYPES, SORTS, ListingFilters, knowledge_pages
from knowledge.models.taxonomy import Country, Topic
from monitoring.collation import czech_key
from monitoring.models import LadderStep, Region

PAGE_SIZE = 12


def _by_czech_name(item) -> tuple:
    return czech_key(item.name)


def _results(filters: ListingFilters):
    return Paginator(knowledge_pages(filters), PAGE_SIZE).get_page(filters.page_number)


class KnowledgeIndexPage(RoutablePageMixin, Page):
    """Every knowledge page of the site, filtered, sorted and paginated, with a feed."""

    intro = models.TextField("Úvod", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = [
        "knowledge.StrategyPage",
        "knowledge.GoodPracticePage",
        "knowledge.ExchangeEventPage",
        "knowledge.CoordinatorRolePage",
        "knowledge.AnalysisPage",
        "cms.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "Rozcestník znalostní báze"
        verbose_name_plural = "Rozcestníky znalostní báze"

    @path("")
    def listing(self, request):
        """The template caches the form and the results as one fragment per query,
        so everything below is looked up only when rendered."""
        filters = ListingFilters.from_query(request.GET)
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "results": SimpleLazyObject(lambda: _results(filters)),
                "page_types": PAGE_TYPES,
                "sorts": SORTS,
                "regions": Region.objects.only("slug", "name").order_by("code"),
                "topics": SimpleLazyObject(
                    lambda: sorted(
                        Topic.objects.only("slug", "name"), key=_by_czech_name
                    )
                ),
                "steps": LadderStep.objects.only("number", "title").order_by("number"),
                "countries": SimpleLazyObject(
                    lambda: sorted(Country.objects.all(), key=_by_czech_name)
                ),
            },
        )

    @path("feed/")
    def feed(self, request):
        return KnowledgeFeed(self)(request)
