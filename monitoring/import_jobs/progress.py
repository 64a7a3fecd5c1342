"""Live progress of an import's write, kept in a small file beside its upload.

The import writes in one transaction that commits only at its end, and SQLite lets
no other connection write while it is open, so the figures cannot reach the admin
through the database. The upload folder is shared by the web and the worker
processes anyway (the worker reads the uploaded file from it)."""

import os

from monitoring.models import ImportJob
from monitoring.uploads import progress_path


class ProgressFile:
    """Called as ``progress(done, total)`` by the writer."""

    def __init__(self, token: str):
        self.path = progress_path(token)

    def __call__(self, done: int, total: int) -> None:
        if self.path is None:
            return
        partial = self.path.with_suffix(".partial")
        partial.write_text(f"{done} {total}")
        os.replace(partial, self.path)  # readers never see half a file


def read_progress(job: ImportJob) -> tuple[int, int] | None:
    """(rows written, rows to write) of a running write, or None before the
    first batch."""
    path = progress_path(job.upload_token)
    if path is None:
        return None
    try:
        done, total = (int(number) for number in path.read_text().split())
    except (OSError, ValueError):
        return None
    return done, total
