"""A form post that lacks a field the view reads gets the Czech 400 page, not a 500.

Wagtail's page and StreamField forms read their management fields
(``body-count`` and the like) with ``request.POST[...]``; a missing one raises
MultiValueDictKeyError deep in the form. That is the client's malformed request,
so it becomes Django's BadRequest, which Django answers with ``templates/400.html``
(and logs as a bad request, not as a server error). Bodies Django itself cannot
parse (broken multipart, too many or too large fields) are 400s already."""

from django.core.exceptions import BadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.deprecation import MiddlewareMixin


class BadRequestMiddleware(MiddlewareMixin):
    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError):
            raise BadRequest(f"Missing request field {exception}") from exception
        return None
