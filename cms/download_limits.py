"""Downloads are limited per client address (README, "Rate limits"): requests per
window (``DOWNLOAD_RATE_LIMIT``), bytes per window (``DOWNLOAD_VOLUME_LIMIT``,
counted as the response is sent, streamed or not) and simultaneous downloads
(``DOWNLOAD_CONCURRENCY_LIMIT``, each held until the server closes the response,
also when the client goes away).

A middleware keyed on the views' URL names (``DOWNLOAD_URL_NAMES``), so the views
themselves know nothing of it. A download under way is finished even if it takes
the client past its volume: a cut file would look whole; the next one waits for
the window to end.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.rate_limits import Rate, Window, client_address, occupy
from opendata.api.errors import throttled_message

# Bytes a response sends between two writes to the volume's counter.
FLUSH_BYTES = 1 << 20
# What a client refused for too many simultaneous downloads is told to wait.
SLOT_RETRY_SECONDS = 10


def _volume(client: str) -> Window:
    return Window("download-bytes", client, Rate.parse(settings.DOWNLOAD_VOLUME_LIMIT))


def _refusal(message: str, retry_after: int) -> HttpResponse:
    response = HttpResponse(
        message, status=429, content_type="text/plain; charset=utf-8"
    )
    response["Retry-After"] = str(retry_after)
    return response


class Meter:
    """Counts one download's bytes into its client's volume and gives its slot
    back when the response is closed."""

    def __init__(self, client: str, slot):
        self.client = client
        self.slot = slot
        self.pending = 0
        self.closed = False

    def sent(self, size: int) -> None:
        self.pending += size
        if self.pending >= FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            _volume(self.client).add(self.pending)
            self.pending = 0

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.flush()
        finally:
            self.slot.release()

    def attach(self, response) -> None:
        if response.streaming and not response.is_async:
            response.streaming_content = CountedChunks(response.streaming_content, self)
        else:
            if not response.streaming:
                self.sent(len(response.content))
            self.close()


class CountedChunks:
    """A response's chunks, counted as the server takes them; Django calls
    ``close`` when the server closes the response (an iterator object, not a
    generator: a generator never started would not run its cleanup)."""

    def __init__(self, chunks, meter: Meter):
        self.chunks = iter(chunks)
        self.meter = meter

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        chunk = next(self.chunks)
        self.meter.sent(len(chunk))
        return chunk

    def close(self) -> None:
        self.meter.close()


class DownloadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        meter = getattr(request, "download_meter", None)
        if meter is not None:
            meter.attach(response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.view_name not in settings.DOWNLOAD_URL_NAMES:
            return None
        client = client_address(request)
        requests = Window("downloads", client, Rate.parse(settings.DOWNLOAD_RATE_LIMIT))
        if not requests.take():
            return _refusal(
                throttled_message(requests.retry_after), requests.retry_after
            )
        volume = _volume(client)
        if not volume.take(0):
            message = _(
                "Too much data downloaded from one address. Please try again in "
                "%(n)d s."
            ) % {"n": volume.retry_after}
            return _refusal(message, volume.retry_after)
        limit = settings.DOWNLOAD_CONCURRENCY_LIMIT
        slot = occupy("downloads", client, limit)
        if slot is None:
            message = ngettext(
                "Only %(n)d download at a time from one address. Please wait "
                "until it finishes.",
                "Only %(n)d downloads at a time from one address. Please wait "
                "until one of them finishes.",
                limit,
            ) % {"n": limit}
            return _refusal(message, SLOT_RETRY_SECONDS)
        request.download_meter = Meter(client, slot)
        return None
