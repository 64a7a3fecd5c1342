"""The ETHOS upload in the Wagtail admin: upload → a background job checks the file
→ preview with problems → confirm → a background job writes it → result."""

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
from monitoring.import_jobs.status import status_text
from monitoring.importers.problems import ImportProblem
from monitoring.importers.template import ethos_template_csv
from monitoring.models import ImportJobState
from monitoring.permissions import editable_regions, is_national_editor
from monitoring.upload_limits import SizeLimitUploadHandler

RECENT_JOBS_SHOWN = 10
REFRESH_SECONDS = 2


def _require_import_right(request):
    if not request.user.has_perm("monitoring.add_observation"):
        raise PermissionDenied


def _own_region(user):
    """A regional editor's new datasets belong to their (first) region."""
    if is_national_editor(user):
        return None
    return editable_regions(user).order_by("code").first()


def _upload_page(request, form):
    """The form and the latest jobs: the editor's own, or everyone's for national
    editors."""
    return TemplateResponse(
        request,
        "monitoring/admin/ethos_import.html",
        {
            "form": form,
            "recent_jobs": visible_jobs(request.user)[:RECENT_JOBS_SHOWN],
            "show_uploader": is_national_editor(request.user),
        },
    )


@csrf_exempt
def ethos_import(request):
    """The size limit must see the body before anything reads it, CSRF checking
    included; so the limit goes in first and CSRF is checked right after."""
    _require_import_right(request)
    request.upload_handlers.insert(
        0,
        SizeLimitUploadHandler(request, settings.MONITORING_IMPORT_MAX_FILE_BYTES),
    )
    return _ethos_import(request)


@csrf_protect
def _ethos_import(request):
    if request.method != "POST":
        return _upload_page(request, EthosUploadForm(user=request.user))
    form = EthosUploadForm(
        request.POST,
        request.FILES,
        user=request.user,
        upload_too_large=getattr(request, "upload_too_large", False),
    )
    if not form.is_valid():
        return _upload_page(request, form)
    job = actions.start(
        request.user,
        form.cleaned_data["file"],
        dataset_name=form.cleaned_data["dataset"],
        source_url=form.cleaned_data["source_url"],
        region=_own_region(request.user),
    )
    return redirect("monitoring_import_job", pk=job.pk)


def import_job(request, pk):
    _require_import_right(request)
    job = get_object_or_404(visible_jobs(request.user), pk=pk)
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
        },
    )


def _decided_job(request, pk):
    _require_import_right(request)
    job = get_object_or_404(visible_jobs(request.user), pk=pk)
    if not may_decide(request.user, job):
        raise PermissionDenied
    return job


@require_POST
def confirm_import_job(request, pk):
    job = _decided_job(request, pk)
    if not actions.confirm(job):
        messages.error(request, _("Tento import už nečeká na potvrzení."))
    return redirect("monitoring_import_job", pk=job.pk)


@require_POST
def cancel_import_job(request, pk):
    job = _decided_job(request, pk)
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
