"""Facet counts over the pages a search matched, counted in memory over the
search catalogue (``search.catalogue``).

``ids`` are every matched page, so the counts combine the query text with every
active filter.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from monitoring.collation import czech_key
from search.catalogue import CataloguedPage
from search.filters import PAGE_TYPES, SearchFilters, content_type_ids


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


def page_type_rows(pages: list[CataloguedPage]) -> list[tuple[str, str, int]]:
    counts = Counter(page.content_type for page in pages)
    type_ids = content_type_ids()
    return [
        (value, str(label), counts[type_ids[value]])
        for value, (_, label) in PAGE_TYPES.items()
        if counts.get(type_ids[value])
    ]


def region_rows(pages: list[CataloguedPage]) -> list[tuple[str, str, int]]:
    counts = Counter(page.region for page in pages if page.region)
    # Regions in their official order (by code), as everywhere on the site.
    ordered = sorted(counts.items())
    return [(slug, name, count) for (_code, name, slug), count in ordered]


def topic_rows(pages: list[CataloguedPage]) -> list[tuple[str, str, int]]:
    counts = Counter(topic for page in pages for topic in page.topics)
    rows = [(slug, name, count) for (slug, name), count in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], czech_key(row[1])))


def step_rows(pages: list[CataloguedPage]) -> list[tuple[str, str, int]]:
    counts = Counter(step for page in pages for step in page.steps)
    return [
        (str(number), f"{number}. {title}", count)
        for (number, title), count in sorted(counts.items())
    ]


def country_rows(pages: list[CataloguedPage]) -> list[tuple[str, str, int]]:
    counts = Counter(page.country for page in pages if page.country)
    rows = [(code, name, count) for (code, name), count in counts.items()]
    return sorted(rows, key=lambda row: czech_key(row[1]))


FACETS = (
    ("typ", gettext_lazy("Page type"), page_type_rows),
    ("kraj", gettext_lazy("Region"), region_rows),
    ("tema", gettext_lazy("Theme"), topic_rows),
    ("krok", gettext_lazy("Ladder step"), step_rows),
    ("zeme", gettext_lazy("Country"), country_rows),
)


def facets_for(
    ids: list[int], filters: SearchFilters, text: str, catalogue: dict
) -> list[Facet]:
    pages = [catalogue[pk] for pk in ids if pk in catalogue]
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
            for value, option_label, count in rows_for(pages)
        ]
        if options:
            facets.append(Facet(name=name, label=str(label), options=options))
    return facets
