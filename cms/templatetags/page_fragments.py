"""``{% pagefragment "name" [value …] %}…{% endpagefragment %}``: caches the part
of a page template that shows the page's own content and what it draws from other
pages and from monitoring data.

Wagtail's ``{% wagtailpagecache %}`` keys the fragment by the page's
``cache_key`` (it changes when the page is published) and the site, and skips
previews. This tag adds what else the fragment shows: the content generation
(titles and addresses of other pages, listings of pages), the monitoring data
version (live blocks, ladder, coordinator post), the language and the date (data
blocks label their reference date with today). Query parameters are not in the
key: a fragment that depends on them names what it reads as further values (a
listing's validated filters, for example).
"""

from django import template
from django.template import Variable
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from cms.caching import versions

register = template.Library()
# Not a staleness bound (the key changes with everything the fragment shows): only
# how long an entry no key names any more stays in the cache.
CACHE_SECONDS = 24 * 60 * 60
VERSIONS_VARIABLE = "page_fragment_versions"


class PageFragmentNode(WagtailPageCacheNode):
    def __init__(self, nodelist, fragment_name, vary_on):
        super().__init__(
            nodelist, Variable(str(CACHE_SECONDS)), fragment_name, vary_on, None
        )
        self.vary_on.append(Variable(VERSIONS_VARIABLE))

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = ":".join(
            (
                versions(request).tag,
                get_language() or "",
                timezone.localdate().isoformat(),
            )
        )
        with context.update({VERSIONS_VARIABLE: key}):
            return super().render(context)


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            f"'{bits[0]}' needs the fragment's name in quotes."
        )
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return PageFragmentNode(nodelist, bits[1].strip("\"'"), vary_on)
