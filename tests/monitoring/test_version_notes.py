"""An analyst's public note on a dataset version, through the admin and the one
region policy: the region's own and national editors may write it, another
region's editor may not; nobody creates or deletes versions by hand."""

import pytest
from django.utils import timezone

from monitoring.models import Dataset, DatasetVersion, Region
from monitoring.versioning import current_data_version

ADMIN = "/admin/monitoring/datasetversion"
NOTE = "Oprava chyby v údajích za Liberecký kraj."


@pytest.fixture
def version(tree):
    dataset = Dataset.objects.create(
        name="Liberecká data", region=Region.objects.get(code="CZ051")
    )
    return DatasetVersion.objects.create(
        dataset=dataset,
        number=1,
        created_at=timezone.now(),
        filename="scitani.csv",
        rows_new=3,
    )


@pytest.mark.parametrize(
    ("role", "allowed"), [("national", True), ("own", True), ("other", False)]
)
def test_only_editors_in_reach_list_and_annotate_a_version(
    client, editors, version, role, allowed
):
    client.force_login(editors[role])

    listing = client.get(f"{ADMIN}/")
    listed = listing.status_code == 200 and version in (
        listing.context_data["view"].queryset
    )
    client.post(f"{ADMIN}/edit/{version.pk}/", {"note": NOTE})

    version.refresh_from_db()
    assert listed is allowed
    assert (version.note == NOTE) is allowed


def test_the_note_is_the_only_thing_the_admin_changes(client, editors, version):
    client.force_login(editors["own"])
    data_version = current_data_version()

    client.post(
        f"{ADMIN}/edit/{version.pk}/",
        {"note": NOTE, "number": 7, "filename": "jiny.csv", "rows_new": 99},
    )

    version.refresh_from_db()
    assert (version.note, version.number, version.filename, version.rows_new) == (
        NOTE,
        1,
        "scitani.csv",
        3,
    )
    assert current_data_version() > data_version  # the dataset page shows it


@pytest.mark.parametrize("role", ["national", "own"])
def test_nobody_creates_or_deletes_a_version_by_hand(client, editors, version, role):
    client.force_login(editors[role])

    client.post(f"{ADMIN}/create/", {"note": NOTE})
    client.post(f"{ADMIN}/delete/{version.pk}/")

    assert list(DatasetVersion.objects.all()) == [version]
