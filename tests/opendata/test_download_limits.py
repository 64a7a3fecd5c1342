"""Downloads are limited per client address: requests per window, bytes per
window counted as the response is sent, and simultaneous downloads held until the
response is closed (cms.download_limits). The test cache is local memory, so the
counts go to the database, as they do while Redis is away."""

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections

from cms.models import RateCounter

pytestmark = pytest.mark.django_db
CSV = "/data/scitani-v-libereckem-kraji/data.csv"
XLSX = "/data/scitani-v-libereckem-kraji/data.xlsx"
BLOCK_CSV = "/data/tabulka.csv?blok=nic"


def read(response) -> bytes:
    """The test client closes a streamed response once it is read to the end."""
    return b"".join(response.streaming_content)


def drop(response) -> None:
    """Closes an unread response, as the server does when a client goes away
    mid-download (without closing the test's database connection, as the test
    client does not either)."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize("path", [CSV, XLSX, BLOCK_CSV])
def test_download_requests_are_limited_per_address(
    client, liberec_data, settings, path
):
    settings.DOWNLOAD_RATE_LIMIT = "2/min"
    answered = [client.get(path).status_code for _request in range(2)]

    refused = client.get(path)

    assert 429 not in answered
    assert refused.status_code == 429
    assert refused["Content-Type"] == "text/plain; charset=utf-8"
    assert refused.content.decode().startswith(
        "Příliš mnoho požadavků z jedné adresy. Zkuste to prosím znovu za "
    )
    assert 0 < int(refused["Retry-After"]) <= 60
    assert client.get(path, REMOTE_ADDR="10.0.0.9").status_code != 429


def test_pages_beside_the_downloads_are_not_limited(client, liberec_data, settings):
    settings.DOWNLOAD_RATE_LIMIT = "1/min"
    for _request in range(3):
        response = client.get("/data/scitani-v-libereckem-kraji/data.csv-metadata.json")
        assert response.status_code == 200


@pytest.mark.parametrize("path", [CSV, XLSX])
def test_volume_counts_the_bytes_as_they_are_sent(client, liberec_data, settings, path):
    settings.DOWNLOAD_VOLUME_LIMIT = "100/hour"  # bytes: less than one file
    first = client.get(path)
    unsent = client.get(path)  # the first one has sent nothing yet
    assert (first.status_code, unsent.status_code) == (200, 200)

    whole = read(first)
    refused = client.get(path)

    assert len(whole) > 100  # a download under way is finished, not cut
    assert refused.status_code == 429
    assert refused.content.decode().startswith(
        "Z jedné adresy bylo staženo příliš mnoho dat. Zkuste to prosím znovu za "
    )
    assert 0 < int(refused["Retry-After"]) <= 3600
    counted = RateCounter.objects.get(key__startswith="limit:download-bytes:")
    assert counted.count == len(whole)


def test_simultaneous_downloads_are_held_until_the_response_is_closed(
    client, liberec_data, settings
):
    settings.DOWNLOAD_CONCURRENCY_LIMIT = 2
    first, second = client.get(CSV), client.get(XLSX)

    refused = client.get(CSV)
    elsewhere = client.get(CSV, REMOTE_ADDR="10.0.0.9")
    read(first)
    after_one_read = client.get(CSV)
    drop(second)
    after_one_dropped = client.get(BLOCK_CSV)

    assert (first.status_code, second.status_code) == (200, 200)
    assert refused.status_code == 429
    assert refused.content.decode() == (
        "Z jedné adresy lze najednou stahovat jen 2 soubory. Počkejte prosím, až "
        "se jeden z nich stáhne."
    )
    assert int(refused["Retry-After"]) > 0
    assert elsewhere.status_code == 200
    assert after_one_read.status_code == 200
    assert after_one_dropped.status_code == 404  # the view's own answer
