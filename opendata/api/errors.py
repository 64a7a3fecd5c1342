"""Every error the API gives is JSON with a Czech ``detail``; a refused parameter
is named in ``parameter``."""

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, Throttled
from rest_framework.views import exception_handler


class ParameterError(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid_parameter"

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter


class NotModified(APIException):
    """The client's copy is current: answer with the prepared 304."""

    status_code = status.HTTP_304_NOT_MODIFIED

    def __init__(self, response):
        super().__init__()
        self.response = response


def czech_exception_handler(exc, context):
    if isinstance(exc, NotModified):
        return exc.response
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, ParameterError):
        response.data = {"detail": str(exc.detail), "parameter": exc.parameter}
    elif isinstance(exc, Throttled):
        response.data = {"detail": throttled_message(exc.wait)}
    return response


def throttled_message(wait: float | None) -> str:
    if wait is None:
        return _("Too many requests. Please try again later.")
    seconds = max(1, round(wait))
    return _("Too many requests from one address. Please try again in %(n)d s.") % {
        "n": seconds
    }
