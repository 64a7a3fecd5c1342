"""A dataset's change log (its versions, newest first, as the dataset page and
the API show them), and a dataset as it stood at a version."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet

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


def as_of(
    current: QuerySet, superseded: QuerySet, version: int
) -> tuple[QuerySet, QuerySet]:
    """A dataset's figures as they stood after ``version``, ETHOS or indicator
    values alike: the current ones that version or an earlier one wrote, and
    the kept ones that were valid then and have been replaced or removed since."""
    return (
        current.filter(version__lte=version),
        superseded.filter(version__lte=version, superseded_in__gt=version),
    )
