"""What each search hit shows: title, type, region, date and an excerpt."""

from dataclasses import dataclass
from datetime import date

from django.utils.safestring import SafeString
from wagtail.models import Page

from monitoring.models import Region
from search.snippets import highlight


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


def _texts(page) -> list[str]:
    """The page's own words: its summary or intro, then its body."""
    texts = [getattr(page, "summary", "") or getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:
        texts += [
            text
            for text in body.stream_block.get_searchable_content(body)
            if isinstance(text, str)
        ]
    return texts


def describe(
    pages: list[Page], terms: list[str], request, snippets: bool = True
) -> list[ResultItem]:
    """Result items in the order of ``pages``: one query per page type for the
    specific pages and one for their regions."""
    by_id = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()
    }
    region_ids = {getattr(page, "region_id", None) for page in by_id.values()}
    regions = dict(
        Region.objects.filter(pk__in=region_ids - {None}).values_list("pk", "name")
    )
    items = []
    for page in pages:
        specific = by_id.get(page.pk)
        if specific is None:  # unpublished between the search and now
            continue
        page_date = getattr(specific, "date", None) or (
            specific.last_published_at.date() if specific.last_published_at else None
        )
        items.append(
            ResultItem(
                page_id=specific.pk,
                title=specific.title,
                url=specific.get_url(request),
                type_label=specific._meta.verbose_name,
                region=regions.get(getattr(specific, "region_id", None), ""),
                date=page_date,
                snippet=highlight(_texts(specific), terms)
                if snippets
                else SafeString(),
            )
        )
    return items
