from django import template
from django.core.cache import cache
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.caching import versions
from monitoring.blocks import MonitoringBlock

register = template.Library()
# Not a staleness bound (the key changes with everything the body shows): only
# how long an entry no key names any more stays in the cache.
CACHE_SECONDS = 24 * 60 * 60


def _has_live_blocks(page) -> bool:
    children = page.body.stream_block.child_blocks
    return any(
        isinstance(children.get(item["type"]), MonitoringBlock)
        for item in page.body.raw_data
    )


def body_cache_key(page, request) -> str:
    """The published page (``page.cache_key``), the content generation (rich-text
    links and region hubs' addresses resolve when rendered), the language and,
    with live blocks, the data version and the day (as the blocks' own caches)."""
    current = versions(request)
    key = f"cms:body:{page.cache_key}:c{current.content}:{get_language()}"
    if _has_live_blocks(page):
        key += f":v{current.data}:{timezone.localdate().isoformat()}"
    return key


@register.simple_tag(takes_context=True)
def page_body(context, page):
    """Renders ``page.body`` once per page, content and data; previews are never
    cached (a draft has the published page's cache key)."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return page.body.render_as_block(context=context.flatten())
    key = body_cache_key(page, request)
    html = cache.get(key)
    if html is None:
        html = str(page.body.render_as_block(context=context.flatten()))
        cache.set(key, html, CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by our own block templates
