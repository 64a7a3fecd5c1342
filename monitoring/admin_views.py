"""The ETHOS upload in the Wagtail admin: upload → preview with problems → confirm."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from monitoring.forms import EthosConfirmForm, EthosUploadForm
from monitoring.importers.ethos import import_ethos
from monitoring.importers.problems import ImportRefused
from monitoring.importers.template import ethos_template_csv
from monitoring.models import EthosCategory, Measure, Territory
from monitoring.permissions import editable_regions, is_national_editor
from monitoring.uploads import store_upload, stored_upload

TEMPLATE = "monitoring/admin/ethos_import.html"
PROBLEMS_SHOWN = 200


def _require_import_right(request):
    if not request.user.has_perm("monitoring.add_observation"):
        raise PermissionDenied


def _own_region(user):
    """A regional editor's new datasets belong to their (first) region."""
    if is_national_editor(user):
        return None
    return editable_regions(user).order_by("code").first()


def _readable_preview(rows: list[dict]) -> list[dict]:
    territories = dict(Territory.objects.values_list("pk", "name"))
    categories = dict(EthosCategory.objects.values_list("pk", "code"))
    return [
        {
            **row,
            "territory": territories[row["territory_id"]],
            "category": categories[row["category_id"]],
            "measure_label": Measure(row["measure"]).label,
        }
        for row in rows
    ]


def _run(request, path, data, *, dry_run):
    return import_ethos(
        path,
        dataset_name=data["dataset"],
        filename=data["filename"],
        source_url=data.get("source_url") or "",
        region=_own_region(request.user),
        user=request.user,
        dry_run=dry_run,
    )


def _render(request, **context):
    return TemplateResponse(request, TEMPLATE, context)


def _preview(request, form):
    upload = form.cleaned_data["file"]
    token = store_upload(upload)
    data = {**form.cleaned_data, "filename": upload.name, "token": token}
    try:
        result = _run(request, stored_upload(token), data, dry_run=True)
    except ImportRefused as refused:
        return _render(
            request,
            form=form,
            problems=refused.problems[:PROBLEMS_SHOWN],
            problem_count=len(refused.problems),
        )
    confirm = EthosConfirmForm(
        initial={k: data.get(k) for k in EthosConfirmForm.base_fields}
    )
    return _render(
        request,
        form=form,
        result=result,
        preview=_readable_preview(result.preview),
        confirm_form=confirm,
    )


def _confirm(request):
    form = EthosConfirmForm(request.POST)
    path = stored_upload(request.POST.get("token", "")) if form.is_valid() else None
    if path is None:
        messages.error(
            request, "Nahraný soubor už není k dispozici, nahrajte ho znovu."
        )
        return redirect("monitoring_ethos_import")
    try:
        result = _run(request, path, form.cleaned_data, dry_run=False)
    except ImportRefused as refused:
        return _render(
            request,
            form=EthosUploadForm(initial=form.cleaned_data),
            problems=refused.problems[:PROBLEMS_SHOWN],
            problem_count=len(refused.problems),
        )
    finally:
        path.unlink(missing_ok=True)
    messages.success(
        request,
        f"Data jsou uložena do sady „{result.dataset_name}“: nových {result.created}, "
        f"změněných {result.updated}, beze změny {result.unchanged}.",
    )
    return redirect("monitoring_ethos_import")


def ethos_import(request):
    _require_import_right(request)
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = EthosUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        return _preview(request, form)
    return _render(request, form=form)


def ethos_template(request):
    _require_import_right(request)
    response = HttpResponse(
        ethos_template_csv(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="sablona-ethos.csv"'
    return response
