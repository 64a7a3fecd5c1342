import pytest

from tests.cms.redis_server import free_port, start_redis


@pytest.fixture
def throwaway_redis():
    """A running redis-server and its URL; killed at the end."""
    port = free_port()
    server = start_redis(port)
    try:
        yield server, f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
        server.wait()
