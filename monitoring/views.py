"""Public data endpoints: CSV of any block's table and territory boundaries."""

import re

from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from monitoring.blocks import block_data
from monitoring.blocks.exports import csv_filename, table_csv
from monitoring.blocks.params import PARAMS, TERRITORY_CODE, InvalidBlockParameters
from monitoring.models import Dataset, Territory, TerritoryKind


@require_GET
def block_csv(request):
    """The table of the block ``blok`` with the block's own parameters; unknown
    parameters are not read, so they neither matter nor make new cache entries."""
    params_class = PARAMS.get(request.GET.get("blok", ""))
    if params_class is None:
        raise Http404("Neznámý blok.")
    try:
        params = params_class.from_query(request.GET)
    except InvalidBlockParameters as error:
        return HttpResponseBadRequest(
            error.message, content_type="text/plain; charset=utf-8"
        )
    data = block_data(params)
    response = HttpResponse(
        ("\ufeff" + table_csv(data.table)).encode("utf-8"),
        content_type="text/csv; charset=utf-8",
    )
    dataset = Dataset.objects.filter(pk=getattr(params, "dataset", None)).first()
    filename = csv_filename(
        data.table, timezone.localdate(), dataset=dataset.slug if dataset else ""
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def boundaries(request, level: str):
    """GeoJSON features of regions or ORP with their code and name."""
    if level not in (TerritoryKind.REGION, TerritoryKind.ORP):
        raise Http404("Neznámá úroveň území.")
    return _feature_collection(Territory.objects.filter(kind=level))


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def region_boundaries(request, region: str):
    """The ORP of one region: a map limited to the region fits (zooms to) them.
    The code's shape is checked first: the database never sees a NUL byte."""
    if not re.fullmatch(TERRITORY_CODE, region) or not (
        Territory.objects.filter(kind=TerritoryKind.REGION, code=region).exists()
    ):
        raise Http404("Neznámý kraj.")
    return _feature_collection(
        Territory.objects.filter(kind=TerritoryKind.ORP, parent__code=region)
    )


def _feature_collection(territories) -> JsonResponse:
    features = [
        {
            "type": "Feature",
            "properties": {"code": code, "name": name},
            "geometry": geometry,
        }
        for code, name, geometry in territories.exclude(geometry=None).values_list(
            "code", "name", "geometry"
        )
    ]
    return JsonResponse({"type": "FeatureCollection", "features": features})
