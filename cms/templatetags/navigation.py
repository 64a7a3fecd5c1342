from dataclasses import dataclass

from django import template
from django.urls import reverse
from wagtail.models import Page, Site

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    url: str
    label: str
    is_current: bool
    is_ancestor: bool


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page and its live children marked "show in menus", in tree order,
    then the open-data catalogue, which lives beside the page tree."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"menu_items": []}
    root = site.root_page
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    pages = [root, *root.get_children().live().in_menu()]
    items = [
        MenuItem(
            url=page.get_url(request),
            label="Úvod" if page is root else page.title,
            is_current=page.path == current_path,
            is_ancestor=page is not root and current_path.startswith(page.path),
        )
        for page in pages
    ]
    catalogue = reverse("opendata:catalogue")
    items.append(
        MenuItem(
            url=catalogue,
            label="Otevřená data",
            is_current=request.path == catalogue,
            is_ancestor=request.path.startswith(catalogue),
        )
    )
    return {"menu_items": items}
