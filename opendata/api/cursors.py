"""Key cursors of observation pages: the key of a page's last row (``after``) or
first row (``before``) as an opaque URL-safe token. Clients take them from the
``next`` and ``previous`` links and never build them."""

import base64
import binascii
import datetime

from monitoring.models import Measure
from monitoring.queries.observations import Key

SEPARATOR = "~"
MAX_ID = 2**31 - 1  # the key's ids are PostgreSQL integers


def encode_cursor(key: Key) -> str:
    dataset_id, territory_id, period, category_id, measure = key
    parts = (dataset_id, territory_id, period.isoformat(), category_id, measure)
    text = SEPARATOR.join(str(part) for part in parts)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(token: str) -> Key | None:
    """The key a token holds, or None when it is not a cursor this API gave."""
    try:
        padded = token + "=" * (-len(token) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
        dataset, territory, period, category, measure = text.split(SEPARATOR)
        ids = [int(part) for part in (dataset, territory, category) if part.isdigit()]
        day = datetime.date.fromisoformat(period)
    except (ValueError, binascii.Error, UnicodeError):
        return None
    if len(ids) != 3 or max(ids) > MAX_ID or measure not in Measure.values:
        return None
    return (ids[0], ids[1], day, ids[2], measure)
