"""Per-client limits on what the public may take (README, "Rate limits"): requests
or bytes per fixed window of the clock, and simultaneous downloads, counted in the
shared counters of ``cms.rate_counters``.

A fixed window admits exactly its amount, however many workers and clients race
for it; its price is that a client may spend one window's amount at the end of a
window and the next one's at the start of the next.
"""

import ipaddress
import math
import re
import time
from dataclasses import dataclass

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from cms import rate_counters

RATE = re.compile(
    r"^\s*(?P<amount>\d+)\s*(?P<unit>[kmg]?b?)\s*/\s*(?P<count>\d*)\s*"
    r"(?P<period>[smhd])[a-z]*\s*$",
    re.IGNORECASE,
)
UNITS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9}
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# An open download's place in the count outlives a process that dies holding it
# by at most this long after the client's last download began.
SLOT_SECONDS = 3600


@dataclass(frozen=True)
class Rate:
    """``600/min``, ``100/10s``, ``1GB/hour`` (decimal units: kB, MB, GB)."""

    amount: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        match = RATE.match(text)
        if match is None or not int(match["count"] or 1):
            raise ImproperlyConfigured(
                f"{text!r} is not a rate such as 600/min, 100/10s or 1GB/hour"
            )
        unit = UNITS[match["unit"].lower().rstrip("b")]
        period = PERIODS[match["period"].lower()]
        return cls(int(match["amount"]) * unit, int(match["count"] or 1) * period)


@checks.register()
def check_rates(app_configs, **kwargs):
    """A rate that does not parse would refuse every request with a server error:
    the site does not start with one."""
    errors = []
    for name in ("API_RATE_LIMIT", "DOWNLOAD_RATE_LIMIT", "DOWNLOAD_VOLUME_LIMIT"):
        try:
            Rate.parse(getattr(settings, name))
        except ImproperlyConfigured as error:
            errors.append(checks.Error(f"{name}: {error}", id="cms.E001"))
    return errors


def client_address(request) -> str:
    """The address django-axes sees (``AXES_META_PRECEDENCE_ORDER``,
    ``AXES_PROXY_COUNT``), so log-ins, the API and downloads count the same
    client; an IPv6 client by its /64, which one subscriber usually holds whole."""
    address = get_client_ip_address(request) or "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


class Window:
    """One client's count under one limit in the current window of the clock."""

    def __init__(self, scope: str, client: str, rate: Rate):
        now = time.time()
        index = int(now // rate.seconds)
        self.rate = rate
        self.key = f"limit:{scope}:{rate.seconds}:{client}:{index}"
        # Whole seconds until the window ends, as Retry-After says it.
        self.retry_after = max(1, math.ceil((index + 1) * rate.seconds - now))

    def take(self, amount: int = 1) -> bool:
        """Counts ``amount``; true if the window had room before it (so
        ``take(0)`` only asks)."""
        total = self.add(amount)
        return total - amount < self.rate.amount

    def add(self, amount: int) -> int:
        total, _store = rate_counters.add(self.key, amount, self.retry_after + 1)
        return total


class Slot:
    """A place among a client's simultaneous downloads, given back once."""

    def __init__(self, key: str, store):
        self.key = key
        self.store = store
        self.released = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            rate_counters.subtract(self.key, 1, self.store)


def occupy(scope: str, client: str, limit: int) -> Slot | None:
    """A slot, or None when the client already holds ``limit`` of them."""
    key = f"limit:{scope}:slots:{client}"
    total, store = rate_counters.add(key, 1, SLOT_SECONDS)
    slot = Slot(key, store)
    if total > limit:
        slot.release()
        return None
    return slot
