"""The read API (/api/v1/): GET only, JSON, parameters checked by the forms of
``opendata.api.parameters``, data read through ``monitoring.queries``."""

import re
from functools import partial

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.reverse import reverse

from monitoring.queries import (
    dataset_catalogue,
    dataset_entry,
    ethos_category_list,
    key_at,
    ladder_matrix,
    observation_count,
    observation_rows,
    published_row,
    region_by_code,
    region_ladder_history,
    territory_list,
)
from opendata.api import serializers
from opendata.api.conditional import not_modified, validators
from opendata.api.errors import NotModified, ParameterError
from opendata.api.ladder import matrix_record, region_record
from opendata.api.pagination import KeysetPagination
from opendata.api.parameters import (
    DatasetListForm,
    LadderForm,
    NoParametersForm,
    ObservationForm,
    TerritoryListForm,
    openapi_parameters,
)
from opendata.api.release import ReleasedWhenRendered
from opendata.distributions import ROUTES, offered_by_dataset
from opendata.models import FileKind

REGION_CODE = re.compile(r"\A[A-Z0-9]{1,10}\Z")


class ReadOnlyView(ReleasedWhenRendered, GenericAPIView):
    """Checks parameters, answers 304 when the client's copy is current and marks
    every answer with the data version's ETag and Last-Modified."""

    http_method_names = ["get", "head", "options"]
    form_class = NoParametersForm
    pagination_class = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        form = self.form_class(request.query_params)
        if not form.is_valid():
            raise ParameterError(form.invalid_parameter, form.error_message())
        self.form, self.parameters = form, form.cleaned_data
        self.validators = validators()
        if (unchanged := not_modified(request._request, self.validators)) is not None:
            raise NotModified(unchanged)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200 and hasattr(self, "validators"):
            for header, value in self.validators.items():
                response[header] = value
            response["Cache-Control"] = "public, no-cache"
        return response


class DatasetListView(ReadOnlyView):
    """Every dataset in the catalogue with its metadata and coverage."""

    form_class = DatasetListForm
    serializer_class = serializers.DatasetSerializer

    @extend_schema(
        parameters=openapi_parameters(DatasetListForm),
        summary=gettext_lazy("Datasets"),
        operation_id="datasets_list",
        responses=serializers.DatasetSerializer(many=True),
    )
    def get(self, request):
        entries = dataset_catalogue(
            region=self.parameters["region"], theme=self.parameters["theme"] or None
        )
        self.offered = offered_by_dataset(entries)
        return Response(self.get_serializer(entries, many=True).data)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "links": self.links}

    def links(self, entry) -> dict:
        """The dataset's rows in this API and its downloads that serve."""
        slug = entry.dataset.slug
        files = {
            ("package" if kind == FileKind.PACKAGE else kind): reverse(
                ROUTES[kind], args=[slug], request=self.request
            )
            for kind in self.offered[entry.dataset.pk]
        }
        if entry.holds_indicators:
            values = reverse("api:indicator_values", request=self.request)
            return {"indicator_values": f"{values}?dataset={slug}", **files}
        observations = reverse("api:observations", request=self.request)
        return {"observations": f"{observations}?dataset={slug}", **files}


class DatasetDetailView(DatasetListView):
    """One dataset by its slug."""

    form_class = NoParametersForm

    @extend_schema(summary=gettext_lazy("Dataset"), operation_id="dataset_detail")
    def get(self, request, slug):
        entry = dataset_entry(slug)
        if entry is None:
            raise NotFound(_("The dataset %(slug)s does not exist.") % {"slug": slug})
        self.offered = offered_by_dataset([entry])
        return Response(self.get_serializer(entry).data)


class ObservationListView(ReadOnlyView):
    """Observations (dataset × territory × period × ETHOS category × measure),
    page by page in key order (``next`` and ``previous`` carry a key cursor); a
    small count is published as null with status suppressed."""

    form_class = ObservationForm
    serializer_class = serializers.ObservationSerializer
    pagination_class = KeysetPagination

    @extend_schema(
        parameters=openapi_parameters(ObservationForm),
        summary=gettext_lazy("Figures (observations)"),
        operation_id="observations_list",
        responses=serializers.ObservationSerializer(many=True),
    )
    def get(self, request):
        params = self.parameters
        selection = self.form.selection(datasets=params["dataset"])
        rows = self.paginator.paginate_rows(
            partial(observation_rows, selection),
            partial(key_at, selection),
            count=observation_count(selection),
            page=params["page"],
            page_size=params["page_size"],
            after=params["after"],
            before=params["before"],
            request=request,
        )
        return self.paginator.get_paginated_response([published_row(r) for r in rows])


class TerritoryListView(ReadOnlyView):
    """The country, the 14 regions (NUTS 3) and the 206 ORP."""

    form_class = TerritoryListForm
    serializer_class = serializers.TerritorySerializer

    @extend_schema(
        parameters=openapi_parameters(TerritoryListForm),
        summary=gettext_lazy("Territories"),
        operation_id="territories_list",
        responses=serializers.TerritorySerializer(many=True),
    )
    def get(self, request):
        territories = territory_list(
            kind=self.parameters["kind"] or None,
            parent=self.parameters["parent"] or None,
        )
        return Response(self.get_serializer(territories, many=True).data)


class EthosCategoryListView(ReadOnlyView):
    """The ETHOS typology and ETHOS Light."""

    serializer_class = serializers.EthosCategorySerializer

    @extend_schema(
        summary=gettext_lazy("ETHOS categories"),
        operation_id="ethos_categories_list",
        responses=serializers.EthosCategorySerializer(many=True),
    )
    def get(self, request):
        return Response(self.get_serializer(ethos_category_list(), many=True).data)


class LadderView(ReadOnlyView):
    """Every region on every step of the ladder as it stood on ``date``."""

    form_class = LadderForm
    serializer_class = serializers.LadderMatrixSerializer

    @extend_schema(
        parameters=openapi_parameters(LadderForm),
        summary=gettext_lazy("Ladder of the regions"),
        operation_id="ladder_matrix",
    )
    def get(self, request):
        matrix = ladder_matrix(on=self.parameters["date"])
        return Response(self.get_serializer(matrix_record(matrix)).data)


class RegionLadderView(ReadOnlyView):
    """One region's indicators: status, date, evidence and history."""

    serializer_class = serializers.RegionLadderSerializer

    @extend_schema(
        summary=gettext_lazy("A region's ladder"), operation_id="region_ladder"
    )
    def get(self, request, code):
        # Only a code's shape reaches the database (PostgreSQL refuses NUL bytes).
        region = region_by_code(code) if REGION_CODE.fullmatch(code) else None
        if region is None:
            raise NotFound(_("The region %(code)s does not exist.") % {"code": code})
        history = region_ladder_history(region=region)
        record = region_record(history, timezone.localdate(), request)
        return Response(self.get_serializer(record).data)
