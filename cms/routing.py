"""Finding the site and the page of a request with few queries.

Wagtail looks the site up with a query per request, walks the page tree one
segment at a time (a query for each child and one for each page's specific form)
and reads the served page's ancestors and their view restrictions (two queries).
Here the site, and which pages carry view restrictions, come from the cache, keyed
by the content generation (which changes when a site, a restriction or any page is
published, moved or deleted); the path's pages come in one query by their
``url_path``; only the page served is fetched in its specific form. The pages on
the way are kept for the breadcrumbs. Wagtail's own serving (hooks, the view
restriction check, ``serve``) is unchanged: it reads the site and the route from
the request attributes it caches them in, which ``RoutingMiddleware`` fills.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

from cms.caching import content_generation
from opendata import pages as opendata_pages
from search import views as search_views

ROUTED_PAGES = "_cms_routed_pages"
CACHE_SECONDS = 24 * 60 * 60  # bounds how long unused entries stay
RESTRICTED_PATHS = "_cms_restricted_paths"


@dataclass(frozen=True)
class SiteEntry:
    site: Site | None
    restricted_paths: frozenset[str]  # tree paths of pages with view restrictions


def find_site(request) -> Site | None:
    """``Site.find_for_request``'s answer (with its root page), cached per host,
    port and content generation, and left where Wagtail looks first."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        key = f"cms:site:{content_generation(request)}:{hostname}:{port}"
        entry = cache.get(key)
        if entry is None:
            try:
                site = get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                site = None
            restricted = PageViewRestriction.objects.values_list(
                "page__path", flat=True
            )
            entry = SiteEntry(site, frozenset(restricted))
            cache.set(key, entry, CACHE_SECONDS)
        request._wagtail_site = entry.site
        setattr(request, RESTRICTED_PATHS, entry.restricted_paths)
    return request._wagtail_site


def _has_own_route(page: Page, remaining: list[str]) -> bool:
    """Whether ``page`` answers the rest of the path itself rather than through a
    child: a routable page whose sub-URLs match it (as ``RoutablePageMixin.route``
    tries first), or a page type with a ``route`` of its own."""
    model = page.specific_class
    if issubclass(model, RoutablePageMixin):
        if not page.live:
            return False
        try:
            model.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
        except Resolver404:
            return False
        return True
    return model.route is not Page.route


def _unrestricted(request, chain: list[Page]) -> bool:
    """Whether no page on the way (nor the one served) has a view restriction; an
    alias takes its source's restrictions, so a way through one is not known."""
    restricted = getattr(request, RESTRICTED_PATHS, None)
    served = chain[-1].path
    ancestry = {
        served[:end] for end in range(Page.steplen, len(served) + 1, Page.steplen)
    }
    return (
        restricted is not None
        and not restricted & ancestry
        and not any(page.alias_of_id for page in chain)
    )


def _walk(root: Page, components: list[str]) -> tuple[list[Page], list[str]] | None:
    """The pages from ``root`` along the path (one query), and the components
    left to the last of them when it answers them itself; None when a page on the
    way is missing."""
    url_paths = [
        root.url_path + "".join(f"{component}/" for component in components[:end])
        for end in range(1, len(components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(  # the slugs narrow it through their index
            slug__in=components, url_path__in=url_paths, path__startswith=root.path
        )
    }
    chain = [root]
    for index, url_path in enumerate(url_paths):
        parent = chain[-1]
        if _has_own_route(parent, components[index:]):
            return chain, components[index:]
        page = found.get(url_path)
        if page is None:
            return None
        page._cached_parent_obj = parent
        chain.append(page)
    return chain, []


def route(request, path: str) -> RouteResult | None:
    """What ``Page.route_for_request`` answers. The pages on the way and the
    served page's specific form are cached per site, path and content generation
    (which publishing, unpublishing, moving or deleting any page changes; saving a
    draft leaves the live fields alone); a miss reads them in two queries whatever
    the depth. The pages on the way are kept on the request."""
    site = find_site(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    # The path is hashed: an address of any length makes a key of one length.
    digest = hashlib.sha256("/".join(components).encode()).hexdigest()[:32]
    key = f"cms:route:{content_generation(request)}:{site.pk}:{digest}"
    cached = cache.get(key)
    if cached is None:
        walked = _walk(site.root_page, components)
        if walked is None:
            return None
        chain, remaining = walked
        cached = (chain, chain[-1].specific, remaining)
        cache.set(key, cached, CACHE_SECONDS)
    chain, served, remaining = cached
    setattr(request, ROUTED_PAGES, chain)
    result = served.route(request, remaining)
    if result and result.page is served and _unrestricted(request, chain):
        # Wagtail's check would read the ancestors and their restrictions again.
        served.get_view_restrictions = PageViewRestriction.objects.none
    return result


# Views that render public pages (menu, settings, page addresses) or key their
# caches by the site. Others (the admin, the API, downloads, CSP reports) show no
# pages and read no site, so they are left without the lookup and its query.
SITE_VIEWS = frozenset(
    {
        wagtail_views.serve,
        search_views.search,
        search_views.search_api,
        search_views.suggestions,
        opendata_pages.catalogue,
        opendata_pages.dataset_page,
    }
)


class RoutingMiddleware:
    """Finds the site from the cache before anything asks Wagtail for it, for the
    views that render pages, and routes requests for Wagtail's ``serve`` view
    here, where Wagtail then finds the route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func not in SITE_VIEWS:
            return
        find_site(request)
        if view_func is wagtail_views.serve:
            try:
                request._wagtail_route_for_request = route(request, view_args[0])
            except Http404:
                request._wagtail_route_for_request = None


def ancestors(request, page: Page) -> list[Page]:
    """``page``'s ancestors below the tree's root, from the route when ``page`` is
    the page the request was routed to (no query), else from the database."""
    chain = getattr(request, ROUTED_PAGES, None) if request else None
    if chain and chain[-1].pk == page.pk:
        return [ancestor for ancestor in chain[:-1] if not ancestor.is_root()]
    return list(page.get_ancestors()[1:])
