"""A region's figures for ladder steps 4–6 on any template (the region hubs show
them under the ladder): the same block editors can place in a page body."""

from django import template

from monitoring.blocks.indicator_types import RegionIndicatorsBlock

register = template.Library()


@register.simple_tag(takes_context=True)
def region_indicators(context, region) -> str:
    """The region's latest guarantee-fund, property and social-work figures."""
    block = RegionIndicatorsBlock()
    value = block.to_python({"region": region.code})
    return block.render(value, context=context.flatten())
