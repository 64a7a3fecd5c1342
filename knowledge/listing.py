"""Filtering and sorting of knowledge pages for the index and its feed."""

from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import urlencode

from django.http import QueryDict

from knowledge.models.base import KnowledgePage

# URL value → (model name, Czech label); the models live in knowledge.models.
PAGE_TYPES = {
    "strategie": ("strategypage", "Krajské strategie"),
    "dobra-praxe": ("goodpracticepage", "Dobrá praxe"),
    "vymena": ("exchangeeventpage", "Výměny zkušeností"),
    "koordinator": ("coordinatorrolepage", "Krajský koordinátor"),
}
SORTS = {
    "nejnovejsi": ("-date", "-pk"),
    "nejstarsi": ("date", "pk"),
    "nazev": ("title",),
}
DEFAULT_SORT = "nejnovejsi"


def filter_values(query: QueryDict, page_types) -> dict:
    """Filter values from a query string (``typ``, ``kraj``, ``tema``, ``krok``,
    ``zeme``); unknown or malformed values are ignored rather than refused."""
    step = query.get("krok", "")
    return {
        "page_type": query.get("typ", "") if query.get("typ") in page_types else "",
        "region": query.get("kraj", "")[:100],
        "topic": query.get("tema", "")[:100],
        "step": int(step) if step.isdigit() and int(step) <= 7 else None,
        "country": query.get("zeme", "")[:2].upper(),
    }


def active_parameters(values: dict) -> dict:
    """The filters in effect, as URL parameters."""
    return {
        name: value
        for name, value in (
            ("typ", values["page_type"]),
            ("kraj", values["region"]),
            ("tema", values["topic"]),
            ("krok", "" if values["step"] is None else str(values["step"])),
            ("zeme", values["country"]),
        )
        if value
    }


@dataclass(frozen=True)
class Filters:
    """The filters the knowledge index and search share."""

    page_types: ClassVar[dict] = PAGE_TYPES
    page_type: str = ""
    region: str = ""  # region slug
    topic: str = ""  # topic slug
    step: int | None = None
    country: str = ""  # ISO code
    active: dict = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: QueryDict) -> "Filters":
        values = filter_values(query, cls.page_types)
        return cls(**values, active=active_parameters(values))


@dataclass(frozen=True)
class ListingFilters(Filters):
    sort: str = DEFAULT_SORT

    @classmethod
    def from_query(cls, query: QueryDict) -> "ListingFilters":
        values = filter_values(query, cls.page_types)
        sort = query.get("razeni") if query.get("razeni") in SORTS else DEFAULT_SORT
        return cls(**values, sort=sort, active=active_parameters(values))

    def query_string(self, **changes) -> str:
        """The current filters as a query string, with ``changes`` applied."""
        params = {**self.active, "razeni": self.sort, **changes}
        return urlencode({key: value for key, value in params.items() if value})


def knowledge_pages(filters: ListingFilters):
    """Live, public knowledge pages of every type matching the filters."""
    pages = (
        KnowledgePage.objects.live()
        .public()
        .select_related("region", "country", "content_type")
        .prefetch_related("topics")
    )
    if filters.page_type:
        pages = pages.filter(content_type__model=PAGE_TYPES[filters.page_type][0])
    if filters.region:
        pages = pages.filter(region__slug=filters.region)
    if filters.topic:
        pages = pages.filter(topics__slug=filters.topic)
    if filters.step is not None:
        pages = pages.filter(ladder_steps__number=filters.step)
    if filters.country:
        pages = pages.filter(country__iso_code=filters.country)
    return pages.distinct().order_by(*SORTS[filters.sort])
