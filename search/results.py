"""What each search hit shows: title, type, region, date and an excerpt."""

from dataclasses import dataclass
from datetime import date

from django.utils.safestring import SafeString
from wagtail.models import Page

from monitoring.blocks import request_data_version
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


def _texts(page, request) -> list[str]:
    """The page's own words: its summary or intro, then its body."""
    texts = [getattr(page, "summary", "") or getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:  # a BodyStreamBlock on every searched page type
        searchable = body.stream_block.get_searchable_content(
            body, data_version=lambda: request_data_version({"request": request})
        )
        texts += [text for text in searchable if isinstance(text, str)]
    return texts


def describe(
    pages: list[Page], terms: list[str], request, snippets: bool = True
) -> list[ResultItem]:
    """Result items for specific ``pages``, in their order; one query for regions."""
    region_ids = {getattr(page, "region_id", None) for page in pages} - {None}
    regions = dict(Region.objects.filter(pk__in=region_ids).values_list("pk", "name"))
    return [
        ResultItem(
            page_id=page.pk,
            title=page.title,
            url=page.get_url(request),
            type_label=str(page._meta.verbose_name),
            region=regions.get(getattr(page, "region_id", None), ""),
            date=getattr(page, "date", None)
            or (page.last_published_at.date() if page.last_published_at else None),
            snippet=highlight(_texts(page, request), terms)
            if snippets
            else SafeString(),
        )
        for page in pages
    ]
