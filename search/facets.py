"""Facet counts over the pages a search matched, one small query per facet.

``ids`` are every matched page, so the counts combine the query text with every
active filter.
"""

from dataclasses import dataclass

from django.db.models import Count, F
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from knowledge.models import KnowledgePage
from monitoring.collation import czech_key
from search.filters import PAGE_TYPES, SearchFilters, content_type_ids, regional_models
from search.id_lookup import IdIn


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str  # query string that selects this option, or drops it when selected


@dataclass(frozen=True)
class Facet:
    name: str  # URL parameter
    label: str
    options: list[FacetOption]


def page_type_rows(ids) -> list[tuple[str, str, int]]:
    counts = dict(
        Page.objects.filter(IdIn(F("pk"), ids))
        .values_list("content_type")
        .annotate(count=Count("pk"))
        .order_by()
    )
    type_ids = content_type_ids()
    return [
        (value, str(label), counts[type_ids[value]])
        for value, (_, label) in PAGE_TYPES.items()
        if counts.get(type_ids[value])
    ]


def region_rows(ids) -> list[tuple[str, str, int]]:
    totals: dict[tuple[str, str], int] = {}
    for model in regional_models():
        rows = (
            model.objects.filter(IdIn(F("pk"), ids), region__isnull=False)
            .values_list("region__code", "region__name", "region__slug")
            .annotate(count=Count("pk"))
            .order_by()
        )
        for code, name, slug, count in rows:
            totals[code, name, slug] = totals.get((code, name, slug), 0) + count
    # Regions in their official order (by code), as everywhere on the site.
    return [
        (slug, name, count) for (_code, name, slug), count in sorted(totals.items())
    ]


def _through_rows(relation: str, target: str, value: str, label: str, ids):
    """Counts over a many-to-many relation of knowledge pages (a page is linked
    to an item once, so its rows need no DISTINCT)."""
    through = getattr(KnowledgePage, relation).through
    rows = (
        through.objects.filter(IdIn(F("knowledgepage_id"), ids))
        .values_list(f"{target}__{value}", f"{target}__{label}")
        .annotate(count=Count("knowledgepage_id"))
        .order_by(f"{target}__{value}")
    )
    return [(str(key), name, count) for key, name, count in rows]


def topic_rows(ids):
    rows = _through_rows("topics", "topic", "slug", "name", ids)
    return sorted(rows, key=lambda row: (-row[2], czech_key(row[1])))


def step_rows(ids):
    rows = _through_rows("ladder_steps", "ladderstep", "number", "title", ids)
    return [(number, f"{number}. {title}", count) for number, title, count in rows]


def country_rows(ids):
    rows = (
        KnowledgePage.objects.filter(IdIn(F("pk"), ids), country__isnull=False)
        .values_list("country__iso_code", "country__name")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return sorted(rows, key=lambda row: czech_key(row[1]))


FACETS = (
    ("typ", gettext_lazy("Page type"), page_type_rows),
    ("kraj", gettext_lazy("Region"), region_rows),
    ("tema", gettext_lazy("Theme"), topic_rows),
    ("krok", gettext_lazy("Ladder step"), step_rows),
    ("zeme", gettext_lazy("Country"), country_rows),
)


def facets_for(ids: list[int], filters: SearchFilters, text: str) -> list[Facet]:
    facets = []
    for name, label, rows_for in FACETS:
        selected = filters.active.get(name, "")
        options = [
            FacetOption(
                value=value,
                label=option_label,
                count=count,
                selected=value == selected,
                url=filters.query_string(
                    text, **{name: "" if value == selected else value}
                ),
            )
            for value, option_label, count in rows_for(ids)
        ]
        if options:
            facets.append(Facet(name=name, label=str(label), options=options))
    return facets
