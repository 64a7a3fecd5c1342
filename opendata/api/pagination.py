"""Pages of observations: ``count``, ``next``, ``previous`` and ``results``.

The page number and size come from the validated parameters and the total from
``monitoring.queries.observation_count`` (cached under the data version), so
paging through a large selection counts it once."""

from django.utils.translation import gettext as _
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from opendata.api.errors import ParameterError
from opendata.api.parameters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE


class ObservationPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def paginate_rows(self, rows, *, count: int, page: int, page_size: int, request):
        """The rows of one page; a page past the last is a refused parameter."""
        last_page = max(1, -(-count // page_size))
        if page > last_page:
            raise ParameterError(
                "page",
                _(
                    "Parameter “page”: page %(page)d does not exist, the last is "
                    "%(last)d."
                )
                % {"page": page, "last": last_page},
            )
        self.request, self.count = request, count
        self.number, self.last_page = page, last_page
        start = (page - 1) * page_size
        return list(rows[start : start + page_size])

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_next_link(self):
        if self.number >= self.last_page:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.page_query_param, self.number + 1)

    def get_previous_link(self):
        if self.number <= 1:
            return None
        url = self.request.build_absolute_uri()
        if self.number == 2:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, self.number - 1)
