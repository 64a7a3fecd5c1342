"""How numbers and dates read on the site, in CSV files and in charts: one module,
so a table, its download and its chart agree.

Everything follows the active language's Django formats (Czech: thousands
separated by a non-breaking space, a decimal comma, dates as "26. 11. 2026"); the
Czech short date is set in ``cms/formats/cs/formats.py``."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import dates
from django.utils.formats import date_format, get_format, number_format

Number = int | float | Decimal
NBSP = "\N{NO-BREAK SPACE}"
# Django's date format characters that short dates use, as d3-time-format writes them.
D3_DATE_CODES = {"j": "%-d", "d": "%d", "n": "%-m", "m": "%m", "Y": "%Y", "y": "%y"}


def number(value: Number | None, decimals: int | None = None) -> str:
    """A number for people to read: "12 000", "1,5"; None reads as an empty string."""
    if value is None:
        return ""
    if decimals is not None:
        # Rounded half up, as people round; Django's number_format truncates.
        step = Decimal(1).scaleb(-decimals)
        value = Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP)
    return number_format(value, decimal_pos=decimals, force_grouping=True)


def csv_number(value: Number | None) -> str:
    """A number as Czech Excel reads it from a CSV cell: no thousands separator
    (Excel would take the cell for text), the decimal comma of the language."""
    if value is None:
        return ""
    return number_format(value, use_l10n=True, force_grouping=False)


def short_date(value: datetime.date | datetime.datetime | None) -> str:
    """A date as "26. 11. 2026", its spaces non-breaking: a date never wraps
    inside itself, in a table cell or in a sentence."""
    if value is None:
        return ""
    return date_format(value, "SHORT_DATE_FORMAT").replace(" ", NBSP)


def vega_locale() -> dict:
    """The active language's number and time formats for Vega (d3-format and
    d3-time-format definitions), so axes, legends and tooltips read as the tables."""
    date_pattern = "".join(
        D3_DATE_CODES.get(char, char) for char in get_format("SHORT_DATE_FORMAT")
    )
    weekdays = [str(name) for name in dates.WEEKDAYS.values()]
    short_weekdays = [str(name) for name in dates.WEEKDAYS_ABBR.values()]
    return {
        "number": {
            "decimal": get_format("DECIMAL_SEPARATOR"),
            "thousands": get_format("THOUSAND_SEPARATOR"),
            "grouping": [get_format("NUMBER_GROUPING") or 3],
            "currency": ["", ""],
        },
        "time": {
            "dateTime": f"%A {date_pattern} %H:%M:%S",
            "date": date_pattern,
            "time": "%H:%M:%S",
            "periods": ["", ""],
            # d3 starts the week on Sunday, Django on Monday.
            "days": weekdays[-1:] + weekdays[:-1],
            "shortDays": short_weekdays[-1:] + short_weekdays[:-1],
            "months": [str(month) for month in dates.MONTHS.values()],
            "shortMonths": [str(month) for month in dates.MONTHS_3.values()],
        },
    }
