"""A dataset's change log: its versions, newest first, as the dataset page and
the API show them."""

import datetime
from dataclasses import dataclass

from monitoring.models import DatasetVersion


@dataclass(frozen=True)
class VersionEntry:
    number: int
    created_at: datetime.datetime
    author: str
    filename: str
    sha256: str
    rows_new: int
    rows_changed: int
    rows_unchanged: int
    rows_removed: int
    note: str


def dataset_versions(*, dataset_id: int) -> list[VersionEntry]:
    """The dataset's versions, newest first; one query."""
    rows = (
        DatasetVersion.objects.filter(dataset_id=dataset_id)
        .order_by("-number")
        .values_list(
            "number",
            "created_at",
            "author",
            "filename",
            "sha256",
            "rows_new",
            "rows_changed",
            "rows_unchanged",
            "rows_removed",
            "note",
        )
    )
    return [VersionEntry(*row) for row in rows]


def version_exists(*, slug: str, number: int) -> bool:
    """Whether the dataset (by slug) has that version; one query."""
    return DatasetVersion.objects.filter(dataset__slug=slug, number=number).exists()
