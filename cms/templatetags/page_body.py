import hashlib
import json

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from monitoring.blocks import MonitoringBlock, request_data_version

register = template.Library()
# Short: links inside rich text resolve when rendered, so a moved page's address
# may show here for at most this long.
CACHE_SECONDS = 10 * 60


def _has_live_blocks(stream_block, raw_blocks) -> bool:
    children = stream_block.child_blocks
    return any(
        isinstance(children.get(item["type"]), MonitoringBlock) for item in raw_blocks
    )


@register.simple_tag(takes_context=True)
def page_body(context, page):
    """Renders ``page.body``, cached by its content and the monitoring data version,
    so live blocks stay current and unchanged pages skip the StreamField work."""
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return page.body.render_as_block(context=context.flatten())
    raw_blocks = list(page.body.raw_data)
    raw = json.dumps(raw_blocks, sort_keys=True, default=str)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:20]
    key = f"cms:body:{page.pk}:{digest}"
    if _has_live_blocks(page.body.stream_block, raw_blocks):
        key += f":v{request_data_version(context)}"
    html = cache.get(key)
    if html is None:
        html = str(page.body.render_as_block(context=context.flatten()))
        cache.set(key, html, CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by our own block templates
