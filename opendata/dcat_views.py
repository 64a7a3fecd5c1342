"""The catalogue's DCAT-AP-CZ documents for the National Open Data Catalogue:
/data/katalog.jsonld and /data/<slug>/dataset.jsonld."""

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from monitoring.queries import dataset_catalogue, dataset_entry
from opendata.api.conditional import not_modified, validators
from opendata.dcat import catalogue_record, dataset_record
from opendata.distributions import offered_by_dataset
from opendata.models import OpenDataSettings

JSON_LD = "application/ld+json"


def _publisher(request) -> OpenDataSettings | HttpResponse:
    """The publisher's identity, or a Czech 503 while editors have not filled it."""
    publisher = OpenDataSettings.for_request(request)
    if publisher.is_complete:
        return publisher
    return HttpResponse(
        _(
            "Katalog otevřených dat zatím není zveřejněn: v administraci v Nastavení "
            "→ Otevřená data chybí IČO, název nebo e-mail poskytovatele."
        ),
        status=503,
        content_type="text/plain; charset=utf-8",
    )


def _json_ld(request, build):
    if request.GET:
        return HttpResponse(
            _("Záznam katalogu nemá žádné parametry."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    publisher = _publisher(request)
    if isinstance(publisher, HttpResponse):
        return publisher
    headers = validators()
    if (unchanged := not_modified(request, headers)) is not None:
        return unchanged
    response = JsonResponse(
        build(publisher),
        content_type=JSON_LD,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    for header, value in headers.items():
        response[header] = value
    response["Cache-Control"] = "public, no-cache"
    return response


@require_safe
def catalogue_jsonld(request):
    return _json_ld(
        request, lambda publisher: catalogue_record(publisher, dataset_catalogue())
    )


@require_safe
def dataset_jsonld(request, slug):
    entry = dataset_entry(slug)
    if entry is None:
        raise Http404(_("Datová sada neexistuje."))
    return _json_ld(
        request,
        lambda publisher: dataset_record(
            publisher, entry, offered_by_dataset([entry])[entry.dataset.pk]
        ),
    )
