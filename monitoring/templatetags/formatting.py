"""Template filters for numbers and dates: ``{% load formatting %}``, then
``{{ value|number }}``, ``{{ value|number:1 }}`` and ``{{ value|short_date }}``."""

from django import template

from monitoring import formatting

register = template.Library()


@register.filter
def number(value, decimals=None):
    """A number as "12 000" or "1,5"; anything else (a "–", a suppressed cell) as
    it is."""
    if isinstance(value, bool) or not isinstance(value, formatting.Number):
        return value
    return formatting.number(value, None if decimals is None else int(decimals))


@register.filter
def short_date(value):
    return formatting.short_date(value)
