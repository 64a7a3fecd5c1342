"""Who sees and acts on an import job: its uploader, and national editors, who see
every job. Only the uploader confirms or cancels, as the import runs with their
rights."""

from monitoring.models import ImportJob
from monitoring.permissions import is_national_editor


def visible_jobs(user):
    jobs = ImportJob.objects.select_related("user")
    if is_national_editor(user):
        return jobs
    return jobs.filter(user_id=user.pk)


def may_decide(user, job: ImportJob) -> bool:
    return job.user_id is not None and job.user_id == user.pk
