"""Public data endpoints: CSV of any block's table and territory boundaries."""

from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from monitoring.block_data import BUILDERS, block_data
from monitoring.exports import table_csv
from monitoring.models import Territory, TerritoryKind


@require_GET
def block_csv(request):
    kind = request.GET.get("blok", "")
    if kind not in BUILDERS:
        raise Http404("Neznámý blok.")
    params = {key: value[:200] for key, value in request.GET.items() if key != "blok"}
    data = block_data(kind, params)
    response = HttpResponse(
        ("\ufeff" + table_csv(data.table)).encode("utf-8"),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{kind}.csv"'
    return response


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def boundaries(request, level: str):
    """GeoJSON features of regions or ORP with their code and name."""
    if level not in (TerritoryKind.REGION, TerritoryKind.ORP):
        raise Http404("Neznámá úroveň území.")
    features = [
        {
            "type": "Feature",
            "properties": {"code": code, "name": name},
            "geometry": geometry,
        }
        for code, name, geometry in Territory.objects.filter(kind=level)
        .exclude(geometry=None)
        .values_list("code", "name", "geometry")
    ]
    return JsonResponse({"type": "FeatureCollection", "features": features})
