"""The job that writes a dataset version's files. It runs on the import jobs'
database queue, in the queue "files", which `manage.py import_worker` works off
with the imports; tests run it at once (cms.settings.test)."""

from django_tasks import task

BACKEND = "imports"
QUEUE = "files"


@task(backend=BACKEND, queue_name=QUEUE)
def build_dataset_files(dataset_id: int, force: bool = False) -> None:
    from opendata.version_files import build_files

    build_files(dataset_id, force=force)
