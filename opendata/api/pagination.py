"""Pages of rows: ``count``, ``next``, ``previous`` and ``results``.

The page size comes from the validated parameters and the total from a count
cached under the data version, so paging through a large selection counts it
once. Observations are paged by key: ``next`` and ``previous`` carry the key of
the page's last or first row (``after``, ``before``), and the next page starts
there in the key's index, so the thousandth page costs what the first does.
A page number still works; it is turned into a key first."""

import datetime
from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from monitoring.queries.observations import Key, row_key
from opendata.api.cursors import encode_cursor
from opendata.api.errors import ParameterError
from opendata.api.parameters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

_CURSOR_HELP = gettext_lazy(
    "The address of the next (previous) page, with a key cursor; null at the end."
)


def _last_page(count: int, page: int, page_size: int) -> int:
    """The number of the last page; a page past it is a refused parameter."""
    last_page = max(1, -(-count // page_size))
    if page > last_page:
        raise ParameterError(
            "page",
            _("Parameter “page”: page %(page)d does not exist, the last is %(last)d.")
            % {"page": page, "last": last_page},
        )
    return last_page


class PagedResponse(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "next": self.next_link,
                "previous": self.previous_link,
                "results": data,
            }
        )

    def _url(self, request, **replaced) -> str:
        """The request's address with the given parameters set (None: removed)."""
        url = request.build_absolute_uri()
        for name, value in replaced.items():
            if value is None:
                url = remove_query_param(url, name)
            else:
                url = replace_query_param(url, name, value)
        return url


class NumberedPagination(PagedResponse):
    """Pages by number (``page``), for the smaller indicator values."""

    def paginate_rows(self, rows, *, count: int, page: int, page_size: int, request):
        last_page = _last_page(count, page, page_size)
        self.count = count
        self.next_link = self._url(request, page=page + 1) if page < last_page else None
        self.previous_link = None
        if page > 1:
            self.previous_link = self._url(request, page=page - 1 if page > 2 else None)
        start = (page - 1) * page_size
        return list(rows[start : start + page_size])


class KeysetPagination(PagedResponse):
    """Pages of observations by key: ``after`` (the rows after a key), ``before``
    (the rows before it) or ``page`` (a number, turned into the key before it)."""

    def paginate_rows(
        self,
        rows_for: Callable[..., list],
        key_at: Callable[[int], Key | None],
        *,
        count: int,
        page: int,
        page_size: int,
        after: Key | None,
        before: Key | None,
        request,
    ):
        """``rows_for(after=…, before=…)`` reads rows in key order (descending
        with ``before``); ``key_at(offset)`` gives the key of the row there."""
        self.count = count
        if before is not None:
            fetched = list(rows_for(before=before)[: page_size + 1])
            rows = fetched[:page_size][::-1]
            more_before, more_after = len(fetched) > page_size, True
        else:
            if after is None and page > 1:
                _last_page(count, page, page_size)
                after = key_at((page - 1) * page_size - 1)
            fetched = list(rows_for(after=after)[: page_size + 1])
            rows = fetched[:page_size]
            more_before, more_after = after is not None, len(fetched) > page_size
        self.next_link = self.previous_link = None
        if rows and more_after:
            self.next_link = self._cursor_url(request, "after", rows[-1])
        if rows and more_before:
            self.previous_link = self._cursor_url(request, "before", rows[0])
        return rows

    def _cursor_url(self, request, name: str, row) -> str:
        """The request's address paged only by ``name`` = the row's key."""
        paging = {"page": None, "after": None, "before": None}
        return self._url(request, **{**paging, name: encode_cursor(row_key(row))})

    def get_paginated_response_schema(self, schema):
        """The page as OpenAPI describes it, with cursor links."""
        described = super().get_paginated_response_schema(schema)
        cursor = encode_cursor((3, 112, datetime.date(2022, 1, 1), 1, "osoby"))
        example = "https://example.org/api/v1/observations/?dataset=scitani-2022"
        for link, name in (("next", "after"), ("previous", "before")):
            described["properties"][link]["example"] = f"{example}&{name}={cursor}"
            described["properties"][link]["description"] = _CURSOR_HELP
        return described
