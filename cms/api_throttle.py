"""The API's rate limit (``API_RATE_LIMIT`` requests per client address and
window) as a Django REST framework throttle, counted in the site's shared
counters (``cms.rate_limits``) instead of DRF's read-modify-write of a list in
the cache, which lets concurrent requests through and counts per process
without Redis."""

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from cms.rate_limits import Rate, Window, client_address


class ApiRateThrottle(BaseThrottle):
    def allow_request(self, request, view) -> bool:
        rate = Rate.parse(settings.API_RATE_LIMIT)  # read per request: tests change it
        self.window = Window("api", client_address(request), rate)
        return self.window.take()

    def wait(self) -> float:
        return self.window.retry_after
