"""An API answer is freed as soon as the server has sent it, by reference counting
alone: left to the garbage collector's rare full passes, the rows and body of
every answer stayed in a worker's memory (opendata/api/release.py)."""

import gc
import weakref
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from opendata.api.conditional import validators

pytestmark = pytest.mark.django_db


@pytest.fixture
def serve():
    """Calls Django's WSGI handler as a server would (the test client keeps the
    response), keeping the test's database connection as the test client does."""
    handler = WSGIHandler()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    def answer(path: str, query: str = "", **headers: str) -> weakref.ref:
        environ = {"PATH_INFO": path, "QUERY_STRING": query, **headers}
        setup_testing_defaults(environ)
        environ["HTTP_HOST"] = "localhost"
        statuses = []
        response = handler(environ, lambda status, headers: statuses.append(status))
        b"".join(response)
        response.close()
        assert statuses[0].startswith(("200", "304", "400")), statuses
        return weakref.ref(response)

    yield answer
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/api/v1/observations/", "dataset=scitani-v-libereckem-kraji"),
        ("/api/v1/observations/", "dataset=neni-takova"),
        ("/api/v1/datasets/", ""),
        ("/api/v1/territories/", "kind=region"),
        ("/api/v1/openapi.json", ""),
    ],
)
def test_an_answer_is_freed_once_sent(serve, liberec_data, path, query):
    gc.disable()
    try:
        answer = serve(path, query)
        assert answer() is None, "the response is held by a reference cycle"
    finally:
        gc.enable()


def test_a_not_modified_answer_is_freed_too(serve, liberec_data):
    etag = validators()["ETag"]
    gc.disable()
    try:
        answer = serve("/api/v1/datasets/", HTTP_IF_NONE_MATCH=etag)
        assert answer() is None, "the response is held by a reference cycle"
    finally:
        gc.enable()
