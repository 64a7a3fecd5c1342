import functools
import hashlib
import http.server
import threading

import pytest

from monitoring.importers.problems import ImportRefused
from monitoring.rpss.sources import opened, source_name
from monitoring.rpss.stream import read_services
from tests.monitoring.rpss.samples import RPSS_SAMPLE


@pytest.fixture
def served_samples():
    """The samples' folder over HTTP on a free local port."""
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(RPSS_SAMPLE.parent)
    )
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_address_is_streamed_and_hashed_like_a_file(served_samples):
    url = f"{served_samples}/{RPSS_SAMPLE.name}"

    with opened(url) as file:
        services = list(read_services(file))
        digest = file.sha256()

    assert len(services) == 11
    assert digest == hashlib.sha256(RPSS_SAMPLE.read_bytes()).hexdigest()
    assert source_name(url) == "rpss_ukazka.json"


def test_missing_address_or_file_is_refused_in_czech(served_samples):
    for source in (f"{served_samples}/chybi.json", "/nonexistent/rpss.json"):
        with (
            pytest.raises(ImportRefused, match="se nepodařilo otevřít"),
            opened(source),
        ):
            pass
