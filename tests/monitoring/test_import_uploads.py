"""Uploaded import files: bounded while the request is read, kept outside every
served folder, removed when abandoned."""

import io
import os
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.management import call_command
from django.http import HttpRequest
from django.http.multipartparser import MultiPartParser
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from monitoring.models import ImportJob, ImportJobState
from monitoring.upload_limits import SizeLimitUploadHandler
from monitoring.uploads import check_upload_root_is_not_served, store_upload

IMPORT_URL = "/admin/monitoring/nahrat-ethos/"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.MONITORING_UPLOAD_ROOT = tmp_path / "import-uploads"
    return settings.MONITORING_UPLOAD_ROOT


@pytest.fixture
def importer(liberec_editor):
    group = liberec_editor.groups.get()
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "add_observation"])
    )
    return liberec_editor


def csv_of(size: int) -> bytes:
    header = b"kod_uzemi;obdobi;kategorie_ethos;ukazatel;hodnota\n"
    row = b"5105;2022;1;osoby;12\n"
    return header + row * ((size - len(header)) // len(row) + 1)


def test_oversized_upload_is_refused_with_a_message_and_nothing_is_stored(
    client, importer, settings, upload_root
):
    settings.MONITORING_IMPORT_MAX_FILE_BYTES = 10_000
    client.force_login(importer)

    response = client.post(
        IMPORT_URL,
        {
            "new_dataset": "Liberec 2022",
            "file": SimpleUploadedFile("velky.csv", csv_of(15_000)),
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Soubor je příliš velký: nahrát lze nejvýš 9,8" in html
    assert 'value="Liberec 2022"' in html  # the other fields survive
    assert not ImportJob.objects.exists()
    assert not upload_root.exists() or list(upload_root.iterdir()) == []


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk


def parse_upload(file_size: int, limit: int):
    """Parses a multipart body the way a request does, the size limit first."""
    body = encode_multipart(
        BOUNDARY,
        {
            "new_dataset": "Liberec",
            "file": SimpleUploadedFile("a.csv", csv_of(file_size)),
        },
    )
    stream = CountingStream(body)
    request = HttpRequest()
    handlers = [
        SizeLimitUploadHandler(request, limit),
        TemporaryFileUploadHandler(request),
    ]
    meta = {
        "CONTENT_TYPE": MULTIPART_CONTENT,
        "CONTENT_LENGTH": str(len(body)),
    }
    post, files = MultiPartParser(meta, stream, handlers).parse()
    return request, post, files, stream.bytes_read, len(body)


def test_far_oversized_upload_is_not_read_to_its_end():
    request, post, files, read, length = parse_upload(5_000_000, limit=10_000)

    assert request.upload_too_large
    assert (post["new_dataset"], list(files)) == ("Liberec", [])
    assert read < 200_000 < length


def test_slightly_oversized_upload_is_drained_but_not_kept():
    """Read to its end so the browser gets the form back, but never stored."""
    request, _, files, read, length = parse_upload(15_000, limit=10_000)

    assert request.upload_too_large
    assert list(files) == []
    assert read == length


def test_upload_within_the_limit_passes_the_handler():
    request, _, files, _, _ = parse_upload(9_000, limit=10_000)

    assert not request.upload_too_large
    assert files["file"].size <= 10_000


def test_size_limit_sees_the_body_before_the_csrf_check_reads_it(importer, settings):
    """With CSRF checks on, as for a browser, the limit still stops the upload:
    nothing parses the body before the limit is in place."""
    settings.MONITORING_IMPORT_MAX_FILE_BYTES = 10_000
    client = Client(enforce_csrf_checks=True)
    client.force_login(importer)
    client.get(IMPORT_URL)

    response = client.post(
        IMPORT_URL,
        {
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            "new_dataset": "Liberec",
            "file": SimpleUploadedFile("velky.csv", csv_of(50_000)),
        },
    )

    assert response.status_code == 200
    assert response.wsgi_request.upload_too_large
    assert "Soubor je příliš velký" in response.content.decode()


def test_upload_handler_keeps_csrf_protection(importer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(importer)

    response = client.post(
        IMPORT_URL,
        {"new_dataset": "Liberec", "file": SimpleUploadedFile("a.csv", csv_of(100))},
    )

    assert response.status_code == 403
    assert not ImportJob.objects.exists()


def test_upload_of_an_unsupported_type_is_refused_before_any_job(client, importer):
    client.force_login(importer)

    response = client.post(
        IMPORT_URL,
        {"new_dataset": "Liberec", "file": SimpleUploadedFile("data.pdf", b"%PDF-1.4")},
    )

    assert "Nepodporovaný typ souboru „pdf“" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_stored_upload_is_private_and_outside_every_served_folder(client, upload_root):
    token = store_upload(SimpleUploadedFile("a.csv", b"kod_uzemi;hodnota\n"))

    path = upload_root / token
    assert path.is_file()
    assert (path.stat().st_mode & 0o777, upload_root.stat().st_mode & 0o777) == (
        0o600,
        0o700,
    )
    assert not path.resolve().is_relative_to(Path(django_settings.MEDIA_ROOT).resolve())
    for url in (f"/media/{token}", f"/media/import-uploads/{token}"):
        assert client.get(url, follow=True).status_code == 404


def test_default_upload_root_is_not_under_media_or_static_root():
    from cms.settings import imports

    root = Path(imports.MONITORING_UPLOAD_ROOT).resolve()
    for served in (django_settings.MEDIA_ROOT, django_settings.STATIC_ROOT):
        assert not root.is_relative_to(Path(served).resolve())
    assert check_upload_root_is_not_served(None) == []


def test_system_check_refuses_an_upload_root_inside_media_root(settings):
    settings.MONITORING_UPLOAD_ROOT = Path(settings.MEDIA_ROOT) / "import-uploads"

    errors = check_upload_root_is_not_served(None)

    assert [error.id for error in errors] == ["monitoring.E001"]


def age(path: Path, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


def test_cleanup_removes_old_uploads_keeps_fresh_ones_and_ends_their_jobs(
    upload_root, importer
):
    old = store_upload(SimpleUploadedFile("stary.csv", b"x"))
    fresh = store_upload(SimpleUploadedFile("novy.csv", b"x"))
    age(upload_root / old, hours=25)
    age(upload_root / fresh, hours=2)
    abandoned = ImportJob.objects.create(
        user=importer,
        dataset_name="Liberec",
        filename="stary.csv",
        upload_token=old,
        state=ImportJobState.READY,
    )
    out = io.StringIO()

    call_command("clear_import_uploads", stdout=out)

    assert sorted(path.name for path in upload_root.iterdir()) == [fresh]
    abandoned.refresh_from_db()
    assert abandoned.state == ImportJobState.FAILED
    assert "Smazán 1 nahraný soubor, ukončeno importů: 1." in out.getvalue()


def test_cleanup_age_is_configurable(upload_root):
    token = store_upload(SimpleUploadedFile("a.csv", b"x"))
    age(upload_root / token, hours=3)

    call_command("clear_import_uploads", "--older-than", "4", stdout=io.StringIO())
    assert (upload_root / token).exists()
    call_command("clear_import_uploads", "--older-than", "2", stdout=io.StringIO())
    assert not (upload_root / token).exists()
