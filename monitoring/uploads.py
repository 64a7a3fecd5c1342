"""Keeps an uploaded file between the preview and the confirmation."""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

TOKEN_BYTES = 16


def upload_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "import-uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_upload(upload: UploadedFile) -> str:
    """Saves the file and returns an opaque token for it."""
    token = secrets.token_hex(TOKEN_BYTES)
    with (upload_dir() / token).open("wb") as target:
        for chunk in upload.chunks():
            target.write(chunk)
    return token


def stored_upload(token: str) -> Path | None:
    """The stored file for a token, or None when the token is not one of ours."""
    if len(token) != TOKEN_BYTES * 2 or not all(c in "0123456789abcdef" for c in token):
        return None
    path = upload_dir() / token
    return path if path.is_file() else None
