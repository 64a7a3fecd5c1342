"""Parsers for single cells; each returns None when the text is not valid."""

import datetime
import re

from monitoring.importers.normalise import header_key
from monitoring.models import Measure

YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
CZECH_DATE = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$")
FIRST_YEAR, LAST_YEAR = 1990, 2100

MEASURES = {
    "osoby": Measure.PEOPLE,
    "osob": Measure.PEOPLE,
    "people": Measure.PEOPLE,
    "persons": Measure.PEOPLE,
    "domacnosti": Measure.HOUSEHOLDS,
    "households": Measure.HOUSEHOLDS,
    "deti": Measure.CHILDREN,
    "children": Measure.CHILDREN,
}


def parse_period(text: str) -> tuple[datetime.date, bool] | None:
    """A year ('2022') or a date ('2019-04-15', '15. 4. 2019') → (date, is_year)."""
    if match := YEAR.match(text):
        year = int(match[1])
        if FIRST_YEAR <= year <= LAST_YEAR:
            return datetime.date(year, 1, 1), True
        return None
    if match := ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := CZECH_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        return None
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    return (date, False) if FIRST_YEAR <= year <= LAST_YEAR else None


def parse_measure(text: str) -> str | None:
    return MEASURES.get(header_key(text))
