"""Current log-in lockouts recorded by django-axes' database handler, and unlocking.

A lockout is a group of failed attempts that share the fields of one lockout
parameter (AXES_LOCKOUT_PARAMETERS: a user name, an address, or a combination)
and together reach the failure limit within the cool-off.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.helpers import get_cool_off, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt
from django.db.models import Max, Sum
from django.utils import timezone

# The lockout parameters django-axes stores as AccessAttempt fields.
LOCKOUT_FIELDS = ("username", "ip_address", "user_agent")


@dataclass(frozen=True)
class Lockout:
    fields: dict[str, str]
    failures: int
    last_attempt: datetime
    locked_until: datetime


def _parameter_sets(request) -> list[tuple[str, ...]]:
    sets = []
    for parameter in get_lockout_parameters(request):
        names = (parameter,) if isinstance(parameter, str) else tuple(parameter)
        if all(name in LOCKOUT_FIELDS for name in names):
            sets.append(names)
    return sets


def current_lockouts(request) -> list[Lockout]:
    """Every group of recent attempts that blocks log-ins now, newest first."""
    cool_off = get_cool_off(request)
    limit = get_failure_limit(request, None)
    attempts = AccessAttempt.objects.all()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    lockouts = []
    for names in _parameter_sets(request):
        groups = (
            attempts.values(*names)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
        )
        lockouts += [
            Lockout(
                fields={name: group[name] for name in names},
                failures=group["failures"],
                last_attempt=group["last"],
                locked_until=group["last"] + cool_off if cool_off else None,
            )
            for group in groups
        ]
    return sorted(lockouts, key=lambda lockout: lockout.last_attempt, reverse=True)


def unlock(fields: dict[str, str]) -> int:
    """Forgets the failed attempts matching every given field; returns their count."""
    known = {name: value for name, value in fields.items() if name in LOCKOUT_FIELDS}
    if not known:
        return 0
    _, deleted = AccessAttempt.objects.filter(**known).delete()
    return deleted.get(AccessAttempt._meta.label, 0)
