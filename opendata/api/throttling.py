from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    """Requests per client address; the rate comes from settings when the request
    is made (``API_RATE_LIMIT``), so it can change without a restart of tests."""

    def get_rate(self) -> str:
        return settings.API_RATE_LIMIT
