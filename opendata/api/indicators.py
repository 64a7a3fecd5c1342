"""Data indicators in the read API: ``/api/v1/indicators/`` (what each indicator
counts, in which unit) and ``/api/v1/indicator-values/`` (every dataset's values,
page by page, filtered by indicator, territory, period and dataset)."""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.reverse import reverse

from monitoring.queries import dataset_slugs, territory_codes
from monitoring.queries.indicators import (
    IndicatorValueSelection,
    data_indicator_codes,
    data_indicator_list,
    indicator_value_count,
    indicator_value_rows,
)
from opendata.api.pagination import NumberedPagination
from opendata.api.parameters import (
    SLUG,
    TERRITORY,
    ApiForm,
    PagedForm,
    PeriodField,
    VersionCheck,
    _check_known,
    _split,
    code_list,
    openapi_parameters,
    version_field,
)
from opendata.api.views import ReadOnlyView

INDICATOR = r"[a-z0-9_]{1,60}"


def json_number(value: Decimal) -> int | float:
    """A whole number as an integer, others as a decimal number."""
    return int(value) if value == value.to_integral_value() else float(value)


class IndicatorSelectionForm(VersionCheck, ApiForm):
    """Which indicator values: the filters the API and the downloads share. A
    download passes its dataset's slug as ``datasets``; the API's form reads
    them from its ``dataset`` parameter."""

    def __init__(self, data, datasets: tuple[str, ...] = ()):
        super().__init__(data)
        self.datasets = datasets

    indicator = code_list(
        INDICATOR,
        gettext_lazy("comma-separated data indicator codes (garancni_fond_obce)"),
    )
    territory = code_list(
        TERRITORY, gettext_lazy("comma-separated territory codes (CZ, CZ051, 5101)")
    )
    period = PeriodField(end=False)
    version = version_field()

    def clean_indicator(self):
        codes = _split(self.cleaned_data["indicator"])
        _check_known(
            codes,
            data_indicator_codes(codes),
            _("The data indicator %(codes)s does not exist."),
        )
        return codes

    def clean_territory(self):
        codes = _split(self.cleaned_data["territory"])
        _check_known(
            codes, territory_codes(codes), _("The territory %(codes)s does not exist.")
        )
        return codes

    def clean(self):
        if self.cleaned_data.get("version"):
            self._check_version(self.cleaned_data.get("dataset", self.datasets))
        return self.cleaned_data

    def selection(self, datasets: tuple[str, ...] = ()) -> IndicatorValueSelection:
        """A year selects its whole year, a date that day; ``datasets`` narrow
        the selection (a download's dataset) unless the form has its own."""
        data = self.cleaned_data
        period, raw = data["period"], str(self.data.get("period", ""))
        whole_year = period is not None and len(raw) == 4
        end = period.replace(month=12, day=31) if whole_year else period
        return IndicatorValueSelection(
            indicators=data["indicator"],
            territories=data["territory"],
            datasets=data.get("dataset") or datasets,
            period_from=period,
            period_to=end,
            version=data["version"],
        )


class IndicatorValueForm(IndicatorSelectionForm, PagedForm):
    field_order = ["page", "page_size", "indicator", "territory", "period"]

    dataset = code_list(SLUG, gettext_lazy("comma-separated dataset short names"))

    def clean_dataset(self):
        slugs = _split(self.cleaned_data["dataset"])
        _check_known(
            slugs, dataset_slugs(slugs), _("The dataset %(codes)s does not exist.")
        )
        return slugs


class DataIndicatorSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    unit = serializers.CharField()
    decimal_places = serializers.IntegerField()
    description = serializers.CharField()
    ladder_indicator = serializers.SerializerMethodField()
    ladder_step = serializers.SerializerMethodField()
    values = serializers.SerializerMethodField()

    def get_ladder_indicator(self, indicator) -> str | None:
        ladder = indicator.ladder_indicator
        return ladder.code if ladder else None

    def get_ladder_step(self, indicator) -> int | None:
        ladder = indicator.ladder_indicator
        return ladder.step.number if ladder else None

    def get_values(self, indicator) -> str:
        url = reverse("api:indicator_values", request=self.context["request"])
        return f"{url}?indicator={indicator.code}"


class IndicatorValueSerializer(serializers.Serializer):
    indicator = serializers.CharField(source="indicator_code")
    territory = serializers.CharField(source="territory_code")
    territory_name = serializers.CharField()
    period = serializers.DateField()
    period_is_year = serializers.BooleanField()
    value = serializers.SerializerMethodField()
    unit = serializers.CharField()
    note = serializers.CharField()
    dataset = serializers.CharField(source="dataset_slug")
    version = serializers.IntegerField()
    revised = serializers.BooleanField()

    @extend_schema_field(OpenApiTypes.NUMBER)
    def get_value(self, row) -> int | float:
        return json_number(row["value"])


class DataIndicatorListView(ReadOnlyView):
    """Every data indicator: code, Czech name, unit, decimal places and the ladder
    indicator it can prove."""

    serializer_class = DataIndicatorSerializer

    @extend_schema(
        summary=gettext_lazy("Data indicators"),
        operation_id="indicators_list",
        responses=DataIndicatorSerializer(many=True),
    )
    def get(self, request):
        indicators = data_indicator_list()
        return Response(self.get_serializer(indicators, many=True).data)


class IndicatorValueListView(ReadOnlyView):
    """Values of data indicators (dataset × indicator × territory × period), page
    by page, each with its unit."""

    form_class = IndicatorValueForm
    serializer_class = IndicatorValueSerializer
    pagination_class = NumberedPagination

    @extend_schema(
        parameters=openapi_parameters(IndicatorValueForm),
        summary=gettext_lazy("Data indicator values"),
        operation_id="indicator_values_list",
        responses=IndicatorValueSerializer(many=True),
    )
    def get(self, request):
        selection = self.form.selection()
        rows = self.paginator.paginate_rows(
            indicator_value_rows(selection),
            count=indicator_value_count(selection),
            page=self.parameters["page"],
            page_size=self.parameters["page_size"],
            request=request,
        )
        data = self.get_serializer(rows, many=True).data
        return self.paginator.get_paginated_response(data)
