"""Keeps an uploaded import file from the upload until its job is over.

Files wait in MONITORING_UPLOAD_ROOT, outside MEDIA_ROOT and STATIC_ROOT, so no URL
serves them; only this process's user may read them. Each is named by an opaque
random token, which is all a job stores."""

import os
import secrets
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.uploadedfile import UploadedFile

TOKEN_BYTES = 16
HEX_DIGITS = frozenset("0123456789abcdef")


def upload_root() -> Path:
    """The folder, created readable by this process's user only."""
    path = Path(settings.MONITORING_UPLOAD_ROOT)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def store_upload(upload: UploadedFile) -> str:
    """Saves the file and returns an opaque token for it."""
    token = secrets.token_hex(TOKEN_BYTES)
    descriptor = os.open(
        upload_root() / token, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600
    )
    with os.fdopen(descriptor, "wb") as target:
        for chunk in upload.chunks():
            target.write(chunk)
    return token


def _is_token(token: str) -> bool:
    return len(token) == TOKEN_BYTES * 2 and set(token) <= HEX_DIGITS


def stored_upload(token: str) -> Path | None:
    """The stored file for a token, or None when it is gone or not one of ours."""
    if not _is_token(token):
        return None
    path = upload_root() / token
    return path if path.is_file() else None


def progress_path(token: str) -> Path | None:
    """Where the job of this upload notes how far its write got."""
    return upload_root() / f"{token}.progress" if _is_token(token) else None


def heartbeat_path(token: str) -> Path | None:
    """The file a running job of this upload touches to show it is alive."""
    return upload_root() / f"{token}.heartbeat" if _is_token(token) else None


def discard_upload(token: str) -> None:
    """Removes the file and its notes (progress, heartbeat)."""
    if _is_token(token):
        for path in upload_root().glob(f"{token}*"):
            path.unlink(missing_ok=True)


def discard_notes(token: str) -> None:
    """Removes the notes of a job that ended but keeps its file, for a retry."""
    if _is_token(token):
        for path in upload_root().glob(f"{token}.*"):
            path.unlink(missing_ok=True)


def clear_old_uploads(older_than: timedelta) -> list[str]:
    """Removes stored files last written before ``older_than`` ago, with their
    progress notes; returns their tokens."""
    cutoff = time.time() - older_than.total_seconds()
    removed = set()
    for path in upload_root().iterdir():
        token = path.name.split(".", 1)[0]
        if path.is_file() and _is_token(token) and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed.add(token)
    return sorted(removed)


def _is_within(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


@checks.register(checks.Tags.security)
def check_upload_root_is_not_served(app_configs, **kwargs):
    """Uploaded import files must never be reachable by URL."""
    root = Path(settings.MONITORING_UPLOAD_ROOT)
    served = {
        "MEDIA_ROOT": settings.MEDIA_ROOT,
        "STATIC_ROOT": settings.STATIC_ROOT,
    }
    return [
        checks.Error(
            f"MONITORING_UPLOAD_ROOT ({root}) lies inside {name}, which is served "
            "by URL.",
            hint="Point MONITORING_UPLOAD_ROOT at a folder outside it.",
            id="monitoring.E001",
        )
        for name, folder in served.items()
        if folder and _is_within(root, Path(folder))
    ]
