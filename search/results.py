"""What each search hit shows: title, type, region, date and an excerpt.

All but the excerpt is the same for every query that finds a page, so it is
kept per page in the cache (``Described``), keyed by the versions (a page's
title, address and live-block text change only with them), the language and
the site: a page of results then loads no page from the database once its
hits were shown before, and only the excerpt is cut anew for the query's words.
"""

from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.utils.safestring import SafeString
from wagtail.models import Page

from monitoring.blocks import request_data_version
from monitoring.models import Region
from search.cache_scope import request_scope
from search.snippets import highlight

# Not a staleness bound (the key changes with the versions): how long an entry
# no key names any more stays.
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class ResultItem:
    page_id: int
    title: str
    url: str
    type_label: str
    region: str
    date: date | None
    snippet: SafeString

    def as_json(self) -> dict:
        return {
            "id": self.page_id,
            "title": self.title,
            "url": self.url,
            "type": self.type_label,
            "region": self.region,
            "date": self.date.isoformat() if self.date else None,
            "snippet": str(self.snippet),
        }


@dataclass(frozen=True)
class Described:
    """A hit's item less its excerpt, with the texts the excerpt is cut from."""

    title: str
    url: str
    type_label: str
    region: str
    date: date | None
    texts: tuple[str, ...]

    def item(self, page_id: int, terms: list[str], snippets: bool) -> ResultItem:
        return ResultItem(
            page_id=page_id,
            title=self.title,
            url=self.url,
            type_label=self.type_label,
            region=self.region,
            date=self.date,
            snippet=highlight(list(self.texts), terms) if snippets else SafeString(),
        )


def _texts(page, request) -> tuple[str, ...]:
    """The page's own words: its summary or intro, then its body."""
    texts = [getattr(page, "summary", "") or getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:  # a BodyStreamBlock on every searched page type
        searchable = body.stream_block.get_searchable_content(
            body, data_version=lambda: request_data_version({"request": request})
        )
        texts += [text for text in searchable if isinstance(text, str)]
    return tuple(texts)


def _describe(pages: list[Page], request) -> dict[int, Described]:
    """Specific ``pages`` described; one query for their regions."""
    region_ids = {getattr(page, "region_id", None) for page in pages} - {None}
    regions = dict(Region.objects.filter(pk__in=region_ids).values_list("pk", "name"))
    return {
        page.pk: Described(
            title=page.title,
            url=page.get_url(request),
            type_label=str(page._meta.verbose_name),
            region=regions.get(getattr(page, "region_id", None), ""),
            date=getattr(page, "date", None)
            or (page.last_published_at.date() if page.last_published_at else None),
            texts=_texts(page, request),
        )
        for page in pages
    }


def items(
    ids: list[int], terms: list[str], request, snippets: bool = True
) -> list[ResultItem]:
    """Result items for the pages ``ids``, in that order (ids of pages that are
    gone are left out); the pages not described before are loaded in one go."""
    scope = request_scope(request)
    keys = {pk: f"search:hit:{scope}:{pk}" for pk in ids}
    kept = cache.get_many(keys.values())
    described = {pk: kept[key] for pk, key in keys.items() if key in kept}
    missing = [pk for pk in ids if pk not in described]
    if missing:
        pages = Page.objects.filter(pk__in=missing).specific()
        loaded = _describe(list(pages), request)
        cache.set_many({keys[pk]: found for pk, found in loaded.items()}, CACHE_SECONDS)
        described.update(loaded)
    return [described[pk].item(pk, terms, snippets) for pk in ids if pk in described]
