"""Each dataset version's CSV, XLSX and data package: written once when the version
is committed, served from storage (ETag, byte ranges) without reading the rows,
replaced by the next version's, rebuilt by a command; XLSX cells are never
formulas; the catalogue offers exactly the downloads that serve."""

import hashlib
import io
import json
import zipfile
from urllib.parse import urlsplit

import frictionless
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from openpyxl import load_workbook

from monitoring.dataset_versions import VersionCounts, record_version
from monitoring.importers.indicators import import_indicators
from monitoring.models import Dataset, Observation
from monitoring.versioning import record_changed
from opendata.byte_ranges import Unsatisfiable, requested_range
from opendata.models import FileKind, PublishedFile
from opendata.version_files import file_storage

pytestmark = pytest.mark.django_db
SLUG = "scitani-v-libereckem-kraji"
BASE = f"/data/{SLUG}/"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RISKY_NOTES = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture(autouse=True)
def storage(settings, tmp_path):
    """Each test stores its files in a folder of its own."""
    settings.STORAGES = {
        **settings.STORAGES,
        "opendata": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return file_storage()


def new_version(dataset, capture):
    """Records a version as an import does, running what waits for the commit."""
    with capture(execute=True):
        record_version(dataset, None, "data.csv", "", VersionCounts(new=7))


@pytest.fixture
def built(liberec_data, django_capture_on_commit_callbacks):
    new_version(liberec_data, django_capture_on_commit_callbacks)
    return liberec_data


def stored_names(storage) -> set[str]:
    return {
        f"datasets/{SLUG}/{name}" for name in storage.listdir(f"datasets/{SLUG}")[1]
    }


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_a_committed_version_gets_its_three_files(built, storage):
    files = {f.kind: f for f in PublishedFile.objects.filter(dataset=built)}

    assert set(files) == set(FileKind.values)
    assert {f.version_number for f in files.values()} == {1}
    assert stored_names(storage) == {f.name for f in files.values()}
    for published in files.values():
        with storage.open(published.name, "rb") as stream:
            content = stream.read()
        assert hashlib.sha256(content).hexdigest() == published.sha256
        assert len(content) == published.size


def test_the_stored_csv_equals_the_one_read_from_the_database(client, built, settings):
    stored = client.get(BASE + "data.csv")
    live = client.get(BASE + "data.csv", {"period_from": "2000"})

    assert stored["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert stored["Content-Disposition"] == f'attachment; filename="{SLUG}.csv"'
    assert 'rel="describedby"' in stored["Link"]
    assert body(stored) == body(live)


def test_a_download_reads_the_stored_file_not_the_rows(
    client, built, django_assert_num_queries, views_only
):
    client.get(BASE + "data.csv")  # the catalogue entry is cached now
    for name in ("data.csv", "data.xlsx", "data.zip"):
        # dataset and data version (the cached entry), the stored file: no rows
        with django_assert_num_queries(3) as queries:
            response = client.get(BASE + name)
            body(response)
        assert response.status_code == 200, name
        assert not any("observation" in q["sql"] for q in queries.captured_queries)


def test_etag_is_the_files_hash_and_answers_304(client, built):
    published = PublishedFile.objects.get(dataset=built, kind=FileKind.CSV)
    first = client.get(BASE + "data.csv")
    again = client.get(BASE + "data.csv", headers={"if-none-match": first["ETag"]})

    assert first["ETag"] == f'"{published.sha256}"'
    assert first["Accept-Ranges"] == "bytes"
    assert (first.status_code, again.status_code) == (200, 304)


def test_a_byte_range_is_answered_with_206_and_past_the_end_with_416(client, built):
    whole = body(client.get(BASE + "data.csv"))
    size = len(whole)

    part = client.get(BASE + "data.csv", headers={"range": "bytes=0-9"})
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 0-9/{size}"
    assert part["Content-Length"] == "10"
    assert body(part) == whole[:10]

    tail = client.get(BASE + "data.csv", headers={"range": "bytes=-5"})
    assert (tail.status_code, body(tail)) == (206, whole[-5:])
    rest = client.get(BASE + "data.csv", headers={"range": f"bytes={size - 3}-"})
    assert body(rest) == whole[-3:]

    beyond = client.get(BASE + "data.csv", headers={"range": f"bytes={size}-"})
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{size}"

    # If-Range naming another version of the file: the whole current file
    stale = client.get(
        BASE + "data.csv", headers={"range": "bytes=0-9", "if-range": '"old"'}
    )
    assert (stale.status_code, body(stale)) == (200, whole)
    head = client.head(BASE + "data.csv", headers={"range": "bytes=5-"})
    assert (head.status_code, head["Content-Length"]) == (206, str(size - 5))


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-0", (0, 0)),
        ("bytes=2-", (2, 99)),
        ("bytes=10-5000", (10, 99)),
        ("bytes=-1", (99, 99)),
        ("bytes=-500", (0, 99)),
        ("", None),
        ("bytes=5-2", None),
        ("bytes=0-1,5-6", None),  # several ranges: the whole file
        ("items=0-1", None),
        ("bytes=-", None),
    ],
)
def test_requested_range(header, expected):
    assert requested_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=-0", "bytes=500-600"])
def test_a_range_past_the_end_is_unsatisfiable(header):
    with pytest.raises(Unsatisfiable):
        requested_range(header, 100)


def formulas(content: bytes) -> list[str]:
    workbook = load_workbook(io.BytesIO(content))
    return [
        cell.coordinate
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def test_no_note_becomes_a_formula_in_any_xlsx(
    client, liberec_data, django_capture_on_commit_callbacks
):
    observations = list(Observation.objects.filter(dataset=liberec_data))
    for observation, note in zip(observations, RISKY_NOTES, strict=False):
        observation.note = note
    Observation.objects.bulk_update(observations, ["note"])
    Dataset.objects.filter(pk=liberec_data.pk).update(method="=1+1")
    new_version(liberec_data, django_capture_on_commit_callbacks)

    stored = body(client.get(BASE + "data.xlsx"))
    selected = body(client.get(BASE + "data.xlsx", {"period_from": "2022"}))

    for content in (stored, selected):
        assert formulas(content) == []
        data = load_workbook(io.BytesIO(content))["Data"]
        notes = {row[-1] for row in data.iter_rows(min_row=2, values_only=True)}
        # XML reads a carriage return as a line feed
        assert {note.replace("\r", "\n") for note in RISKY_NOTES} <= notes


def test_rows_past_a_sheets_limit_go_on_to_another_sheet(liberec_data):
    from monitoring.queries import dataset_entry
    from opendata import outputs
    from opendata.xlsx import write_workbook

    entry = dataset_entry(SLUG)
    rows = outputs.xlsx_rows(outputs.whole_dataset(entry))
    stream = io.BytesIO()
    write_workbook(entry, rows, [], stream, outputs.columns_of(entry), sheet_rows=4)

    workbook = load_workbook(stream)
    data = [workbook[name] for name in ("Data", "Data 2", "Data 3")]
    assert [sheet.max_row for sheet in data] == [4, 4, 2]  # 7 rows, 3 per sheet
    assert {sheet["A1"].value for sheet in data} == {"Datová sada"}


def test_the_package_is_a_valid_frictionless_package(client, built, tmp_path):
    response = client.get(BASE + "data.zip")
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(body(response))) as package:
        assert set(package.namelist()) == {
            "datapackage.json",
            f"{SLUG}.csv",
            f"{SLUG}.csv-metadata.json",
        }
        package.extractall(tmp_path / "package")
    descriptor = json.loads((tmp_path / "package" / "datapackage.json").read_text())
    assert descriptor["version"] == "1"

    report = frictionless.validate(tmp_path / "package" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])


def test_a_new_version_replaces_the_files_and_removes_the_old_ones(
    built, storage, django_capture_on_commit_callbacks
):
    first = set(PublishedFile.objects.values_list("name", flat=True))
    Observation.objects.filter(dataset=built, value=200).update(value=201)
    new_version(built, django_capture_on_commit_callbacks)

    second = set(PublishedFile.objects.values_list("name", flat=True))
    assert set(PublishedFile.objects.values_list("version_number", flat=True)) == {2}
    assert first.isdisjoint(second)
    assert stored_names(storage) == second


def test_the_previous_files_serve_until_the_next_versions_are_written(client, built):
    first = PublishedFile.objects.get(dataset=built, kind=FileKind.CSV)
    record_version(built, None, "data.csv", "", VersionCounts())  # job not run yet

    response = client.get(BASE + "data.csv")
    assert (response.status_code, response["ETag"]) == (200, first.etag)


def test_a_file_removed_meanwhile_is_made_from_the_database(client, built, storage):
    published = PublishedFile.objects.get(dataset=built, kind=FileKind.CSV)
    storage.delete(published.name)  # as a newer version's job does once it swaps

    response = client.get(BASE + "data.csv")
    assert response.status_code == 200
    assert body(response).startswith(b"dataset,territory")


def admin_change(instance, capture, change) -> None:
    """A change as the admin's views make it: announced, then committed."""
    with capture(execute=True):
        record_changed.send(sender=type(instance), instance=instance)
        change()


def test_an_edit_without_a_version_withdraws_and_rebuilds_the_files(
    client, built, django_capture_on_commit_callbacks
):
    before = PublishedFile.objects.get(dataset=built, kind=FileKind.CSV).sha256
    observation = Observation.objects.get(dataset=built, value=200)
    observation.value = 250
    admin_change(observation, django_capture_on_commit_callbacks, observation.save)

    after = PublishedFile.objects.get(dataset=built, kind=FileKind.CSV)
    assert after.sha256 != before
    assert b",250," in body(client.get(BASE + "data.csv"))


def test_a_deleted_dataset_leaves_no_files(
    built, storage, django_capture_on_commit_callbacks
):
    admin_change(built, django_capture_on_commit_callbacks, built.delete)
    assert storage.listdir(f"datasets/{SLUG}")[1] == []


def test_a_row_deleted_in_the_admin_leaves_the_files(
    admin_client, built, home_page, django_capture_on_commit_callbacks
):
    observation = Observation.objects.get(dataset=built, value=200)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/monitoring/observation/delete/{observation.pk}/"
        )
    assert response.status_code == 302

    csv = body(admin_client.get(BASE + "data.csv"))
    assert csv.count(b"\r\n") == 7  # the header and six rows
    assert b",200," not in csv


def test_the_command_rebuilds_the_files_and_removes_strays(built, storage):
    stray = storage.save(f"datasets/{SLUG}/left-over.csv", ContentFile(b"x"))
    PublishedFile.objects.all().delete()

    out = io.StringIO()
    call_command("build_open_data_files", stdout=out)

    assert PublishedFile.objects.filter(dataset=built).count() == 3
    assert stray not in stored_names(storage)
    # the stray and the three files no record named any more
    assert out.getvalue() == (
        f"{SLUG}: zapsány 3 soubory.\n"
        "Odstraněny 4 uložené soubory, které žádná datová sada nezveřejňuje.\n"
    )


def test_a_large_dataset_not_yet_built_is_not_offered(client, liberec_data, settings):
    settings.OPENDATA_XLSX_MAX_ROWS = 6  # the dataset has 7 rows
    response = client.get(BASE + "data.xlsx")

    assert response.status_code == 503
    assert response["Retry-After"]
    assert "připravuje" in response.content.decode()
    links = client.get(f"/api/v1/datasets/{SLUG}/").json()["links"]
    assert "xlsx" not in links and "package" not in links and "csv" in links


def distribution_urls(record: dict) -> list[tuple[str, str]]:
    """(download or access URL, media type) of each file distribution."""
    iana = "http://www.iana.org/assignments/media-types/"
    return [
        (d["soubor_ke_stažení"], d["typ_média"].removeprefix(iana))
        for d in record["distribuce"]
        if "soubor_ke_stažení" in d
    ]


@pytest.mark.parametrize("stage", ["not built, small", "not built, large", "built"])
def test_every_distribution_of_every_record_serves_its_media_type(
    client, publisher, liberec_data, django_capture_on_commit_callbacks, settings, stage
):
    Dataset.objects.create(name="Celostátní sčítání", update_frequency="ANNUAL")
    if stage != "not built, small":
        settings.OPENDATA_XLSX_MAX_ROWS = 6
        settings.OPENDATA_CSV_MAX_ROWS = 6
    if stage == "built":
        new_version(liberec_data, django_capture_on_commit_callbacks)
    catalogue = client.get("/data/katalog.jsonld").json()
    served = set()
    for iri in catalogue["datová_sada"]:
        record = client.get(urlsplit(iri).path).json()
        for url, media_type in distribution_urls(record):
            response = client.get(urlsplit(url).path)
            assert response.status_code == 200, url
            assert response["Content-Type"].split(";")[0] == media_type, url
            body(response)
            served.add(urlsplit(url).path)
        api = [d for d in record["distribuce"] if "přístupová_služba" in d]
        access = urlsplit(api[0]["přístupové_url"])
        assert client.get(f"{access.path}?{access.query}").status_code == 200
    liberec = {path for path in served if path.startswith(BASE)}
    expected = {
        "not built, small": {"data.csv", "data.xlsx", "data.zip"},
        "not built, large": set(),
        "built": {"data.csv", "data.xlsx", "data.zip"},
    }[stage]
    assert liberec == {BASE + name for name in expected}


def test_the_dataset_page_lists_the_downloads_that_serve(
    client, liberec_data, home_page, settings
):
    page = client.get(BASE).content.decode()
    for name in ("data.csv", "data.xlsx", "data.zip"):
        assert f'href="{BASE}{name}"' in page

    settings.OPENDATA_XLSX_MAX_ROWS = 6
    from django.core.cache import cache

    cache.clear()
    page = client.get(BASE).content.decode()
    assert f'href="{BASE}data.xlsx"' not in page
    assert f'href="{BASE}data.zip"' not in page
    assert "připravují" in page


def test_an_indicator_datasets_files_are_written_and_valid(
    client, reference_data, django_capture_on_commit_callbacks, tmp_path
):
    from tests.opendata.test_indicator_datasets import SLUG as INDICATORS
    from tests.opendata.test_indicator_datasets import TABLE

    Dataset.objects.create(name="Sociální práce", slug=INDICATORS)
    source = io.BytesIO(TABLE.encode("utf-8"))
    source.name = "uvazky.csv"
    with django_capture_on_commit_callbacks(execute=True):
        import_indicators(source, dataset_name="Sociální práce")

    assert PublishedFile.objects.filter(dataset__slug=INDICATORS).count() == 3
    base = f"/data/{INDICATORS}/"
    stored = body(client.get(base + "data.csv"))
    assert stored == body(client.get(base + "data.csv", {"period": "2025"}))
    workbook = load_workbook(io.BytesIO(body(client.get(base + "data.xlsx"))))
    values = [row[7] for row in workbook["Data"].iter_rows(min_row=2, values_only=True)]
    assert sorted(values) == [1.25, 3.5, 4]
    with zipfile.ZipFile(io.BytesIO(body(client.get(base + "data.zip")))) as package:
        package.extractall(tmp_path / "package")
    report = frictionless.validate(tmp_path / "package" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
