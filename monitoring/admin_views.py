"""The ETHOS and indicator uploads in the Wagtail admin: upload → a background job
checks the file → preview with problems → confirm → a background job writes it →
result."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from monitoring.forms import EthosUploadForm
from monitoring.import_jobs import actions
from monitoring.import_jobs.access import may_decide, visible_jobs
from monitoring.import_jobs.progress import read_progress
from monitoring.import_jobs.stalled import fail_dead_jobs, fail_if_dead
from monitoring.import_jobs.status import status_text
from monitoring.importers.access import new_dataset_region
from monitoring.importers.problems import ImportProblem
from monitoring.importers.template import ethos_template_csv, indicator_template_csv
from monitoring.models import DataIndicator, ImportJobState, ImportKind
from monitoring.permissions import is_national_editor
from monitoring.upload_limits import SizeLimitUploadHandler

RECENT_JOBS_SHOWN = 10
REFRESH_SECONDS = 2
IMPORT_RIGHTS = {
    ImportKind.ETHOS: "monitoring.add_observation",
    ImportKind.INDICATORS: "monitoring.add_indicatorvalue",
}
UPLOAD_PAGES = {
    ImportKind.ETHOS: ("monitoring/admin/ethos_import.html", "monitoring_ethos_import"),
    ImportKind.INDICATORS: (
        "monitoring/admin/indicator_import.html",
        "monitoring_indicator_import",
    ),
}


def _require_import_right(request, kind: str = ImportKind.ETHOS):
    if not request.user.has_perm(IMPORT_RIGHTS[kind]):
        raise PermissionDenied


def _upload_page(request, form, kind: str):
    """The form and the latest jobs of the kind: the editor's own, or everyone's
    for national editors."""
    template, _url_name = UPLOAD_PAGES[kind]
    recent_jobs = list(visible_jobs(request.user).filter(kind=kind)[:RECENT_JOBS_SHOWN])
    fail_dead_jobs(recent_jobs)  # never listed as running when its worker died
    context = {
        "form": form,
        "recent_jobs": recent_jobs,
        "show_uploader": is_national_editor(request.user),
    }
    if kind == ImportKind.INDICATORS:
        context["indicators"] = DataIndicator.objects.all()
    return TemplateResponse(request, template, context)


def _limited(request, kind: str):
    """The size limit must see the body before anything reads it, CSRF checking
    included; so the limit goes in first and CSRF is checked right after."""
    _require_import_right(request, kind)
    request.upload_handlers.insert(
        0,
        SizeLimitUploadHandler(request, settings.MONITORING_IMPORT_MAX_FILE_BYTES),
    )
    return _upload(request, kind)


@csrf_exempt
def ethos_import(request):
    return _limited(request, ImportKind.ETHOS)


@csrf_exempt
def indicator_import(request):
    return _limited(request, ImportKind.INDICATORS)


@csrf_protect
def _upload(request, kind: str):
    if request.method != "POST":
        return _upload_page(request, EthosUploadForm(user=request.user), kind)
    form = EthosUploadForm(
        request.POST,
        request.FILES,
        user=request.user,
        upload_too_large=getattr(request, "upload_too_large", False),
    )
    if not form.is_valid():
        return _upload_page(request, form, kind)
    job = actions.start(
        request.user,
        form.cleaned_data["file"],
        dataset_name=form.cleaned_data["dataset_name"],
        source_url=form.cleaned_data["source_url"],
        region=new_dataset_region(request.user),
        kind=kind,
    )
    return redirect("monitoring_import_job", pk=job.pk)


def _visible_job(request, pk):
    job = get_object_or_404(visible_jobs(request.user), pk=pk)
    _require_import_right(request, job.kind)
    return job


def import_job(request, pk):
    job = _visible_job(request, pk)
    fail_if_dead(job)  # never shown as running when its worker died
    if job.state == ImportJobState.WRITING and (progress := read_progress(job)):
        job.rows_done, job.rows_total = progress
    return TemplateResponse(
        request,
        "monitoring/admin/import_job.html",
        {
            "job": job,
            "status": status_text(job),
            "problems": [ImportProblem(**problem) for problem in job.problems],
            "may_decide": may_decide(request.user, job),
            "refresh_seconds": REFRESH_SECONDS if job.is_running else None,
            "ready": job.state == ImportJobState.READY,
            "may_retry": actions.can_retry(job),
            "may_cancel": actions.can_cancel(job),
            "upload_url_name": UPLOAD_PAGES[job.kind][1],
        },
    )


def _decided_job(request, pk):
    job = _visible_job(request, pk)
    if not may_decide(request.user, job):
        raise PermissionDenied
    return job


@require_POST
def confirm_import_job(request, pk):
    job = _decided_job(request, pk)
    if not actions.confirm(job):
        messages.error(request, _("Tento import už nečeká na potvrzení."))
    return redirect("monitoring_import_job", pk=job.pk)


def _looked_after_job(request, pk):
    """A job to retry or cancel: any the editor sees, given up first if its
    worker died."""
    job = _visible_job(request, pk)
    fail_if_dead(job)
    return job


@require_POST
def retry_import_job(request, pk):
    job = _looked_after_job(request, pk)
    if not actions.retry(job):
        messages.error(request, _("Tento import už nelze spustit znovu."))
    return redirect("monitoring_import_job", pk=job.pk)


@require_POST
def cancel_import_job(request, pk):
    job = _looked_after_job(request, pk)
    if not actions.cancel(job):
        messages.error(request, _("Tento import už nelze zrušit."))
    return redirect("monitoring_import_job", pk=job.pk)


def ethos_template(request):
    _require_import_right(request)
    response = HttpResponse(
        ethos_template_csv(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="sablona-ethos.csv"'
    return response


def indicator_template(request):
    _require_import_right(request, ImportKind.INDICATORS)
    response = HttpResponse(
        indicator_template_csv(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="sablona-ukazatele.csv"'
    return response
