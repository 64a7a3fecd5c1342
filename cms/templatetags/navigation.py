from dataclasses import dataclass

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import get_language, gettext
from wagtail.models import Page, Site

from cms import routing
from cms.caching import content_generation

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    url: str
    label: str
    is_current: bool
    is_ancestor: bool


def menu_entries(request, site: Site) -> list[tuple[str, str, str]]:
    """The menu's (url, label, tree path) entries: the home page and its live
    children marked "show in menus", in tree order. Cached per site, language and
    content generation, which publishing, moving or deleting a page changes."""
    key = f"cms:menu:{content_generation(request)}:{site.pk}:{get_language()}"

    def read() -> list[tuple[str, str, str]]:
        root = site.root_page
        return [(root.get_url(request), gettext("Home"), root.path)] + [
            (page.get_url(request), page.title, page.path)
            for page in root.get_children().live().in_menu()
        ]

    return cache.get_or_set(key, read, routing.CACHE_SECONDS)


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page and its live children marked "show in menus", in tree order,
    then the open-data catalogue, which lives beside the page tree."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"menu_items": []}
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    root_path = site.root_page.path
    items = [
        MenuItem(
            url=url,
            label=label,
            is_current=path == current_path,
            is_ancestor=path != root_path and current_path.startswith(path),
        )
        for url, label, path in menu_entries(request, site)
    ]
    catalogue = reverse("opendata:catalogue")
    items.append(
        MenuItem(
            url=catalogue,
            label=gettext("Open data"),
            is_current=request.path == catalogue,
            is_ancestor=request.path.startswith(catalogue),
        )
    )
    return {"menu_items": items}


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page: Page) -> list[Page]:
    """``page``'s ancestors below the tree's root, from the request's route when
    there is one (no query)."""
    return routing.ancestors(context.get("request"), page)
