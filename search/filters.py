"""What the public searches (page types) and how facet choices narrow it."""

from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlencode

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from knowledge import listing
from knowledge.models import KnowledgePage
from monitoring.query_forms import QueryForm, text

# URL value → (model label, label for people). Region hubs and standard pages belong to
# cms, which search may not import, so they are named rather than imported.
PAGE_TYPES = {
    **{
        value: (f"knowledge.{model}", label)
        for value, (model, label) in listing.PAGE_TYPES.items()
    },
    "kraj": ("cms.regionpage", gettext_lazy("Region pages")),
    "stranka": ("cms.standardpage", gettext_lazy("Other pages")),
}
# Models whose pages belong to a region through a ``region`` field.
REGIONAL_MODELS = ("knowledge.knowledgepage", "cms.regionpage")


def content_type_ids() -> dict[str, int]:
    """URL value → content type id of each searched page type (Django caches them)."""
    return {
        value: ContentType.objects.get_for_model(apps.get_model(label)).pk
        for value, (label, _) in PAGE_TYPES.items()
    }


def regional_models():
    return [apps.get_model(label) for label in REGIONAL_MODELS]


class SearchForm(listing.FilterForm):
    """The search box (``q``) and the knowledge listing's filters over more
    page types."""

    typ = listing.page_type_choice(PAGE_TYPES)
    q = text(max_length=None)  # search.query cuts it to its first characters


class SuggestionForm(QueryForm):
    q = text(max_length=None)


@dataclass(frozen=True)
class SearchFilters(listing.Filters):
    form_class: ClassVar[type[listing.FilterForm]] = SearchForm
    text: str = ""  # what the visitor typed

    @classmethod
    def extra_values(cls, values: dict) -> dict:
        return {"text": values["q"] or ""}

    def query_string(self, text: str, **changes) -> str:
        """The query and the current filters, with ``changes`` applied."""
        params = {"q": text, **self.active, **changes}
        return urlencode({key: value for key, value in params.items() if value})


def searchable_pages(filters: SearchFilters):
    """Live, public pages of the searched types that pass the facet filters.

    Filters go through ``pk__in`` subqueries because search backends filter
    only on fields that every searched type indexes, and ``id`` is one.
    """
    type_ids = content_type_ids()
    pages = Page.objects.live().public()
    if filters.page_type:
        pages = pages.filter(content_type=type_ids[filters.page_type])
    else:
        pages = pages.filter(content_type__in=type_ids.values())
    if filters.region:
        in_region = Q()
        for model in regional_models():
            in_region |= Q(
                pk__in=model.objects.filter(region__slug=filters.region).values("pk")
            )
        pages = pages.filter(in_region)
    knowledge = {}
    if filters.topic:
        knowledge["topics__slug"] = filters.topic
    if filters.step is not None:
        knowledge["ladder_steps__number"] = filters.step
    if filters.country:
        knowledge["country__iso_code"] = filters.country
    if knowledge:
        pages = pages.filter(
            pk__in=KnowledgePage.objects.filter(**knowledge).values("pk")
        )
    return pages


def in_regions(pages, codes: list[str]):
    """``pages`` that belong to one of the regions with these NUTS 3 codes."""
    in_region = Q()
    for model in regional_models():
        in_region |= Q(pk__in=model.objects.filter(region__code__in=codes).values("pk"))
    return pages.filter(in_region)
