"""Which downloads of a dataset serve: a format is offered when its file is
stored, or when the whole dataset is small enough to be made in the request
(``OPENDATA_CSV_MAX_ROWS``, ``OPENDATA_XLSX_MAX_ROWS``).
The DCAT record, the dataset page and the API list exactly these."""

from django.conf import settings

from monitoring.queries import DatasetEntry
from opendata.models import FileKind, PublishedFile

CONTENT_TYPES = {
    FileKind.CSV: "text/csv; charset=utf-8; header=present",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileKind.PACKAGE: "application/zip",
}
ROUTES = {
    FileKind.CSV: "opendata:csv",
    FileKind.XLSX: "opendata:xlsx",
    FileKind.PACKAGE: "opendata:package",
}


def request_limit(kind: str) -> int:
    """The most rows a download of this format is made with in the request."""
    if kind == FileKind.CSV:
        return settings.OPENDATA_CSV_MAX_ROWS
    return settings.OPENDATA_XLSX_MAX_ROWS


def current_files(dataset_ids) -> dict[int, dict[str, PublishedFile]]:
    """The stored files of each dataset, by format; one query. They are of the
    latest version but while the next version's are being written: until then
    the previous version's serve."""
    found: dict[int, dict[str, PublishedFile]] = {}
    for published in PublishedFile.objects.filter(dataset__in=dataset_ids):
        found.setdefault(published.dataset_id, {})[published.kind] = published
    return found


def offered(entry: DatasetEntry, stored: dict[str, PublishedFile]) -> list[str]:
    """The formats of the whole dataset that serve, in FileKind's order."""
    return [
        kind
        for kind in FileKind.values
        if kind in stored or entry.observation_count <= request_limit(kind)
    ]


def offered_by_dataset(entries: list[DatasetEntry]) -> dict[int, list[str]]:
    stored = current_files([entry.dataset.pk for entry in entries])
    return {
        entry.dataset.pk: offered(entry, stored.get(entry.dataset.pk, {}))
        for entry in entries
    }
