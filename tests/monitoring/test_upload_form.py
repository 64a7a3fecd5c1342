"""The upload form: an existing dataset chosen from the list, or a new one named
explicitly; never a free-text guess."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from monitoring.forms import EthosUploadForm
from monitoring.models import Dataset, ImportJob, ImportJobState, Region

pytestmark = pytest.mark.django_db


def form(user, **data):
    file = SimpleUploadedFile("data.csv", b"kod_uzemi;obdobi\n")
    return EthosUploadForm(data, {"file": file}, user=user)


@pytest.fixture
def datasets(reference_data):
    return {
        "liberec": Dataset.objects.create(
            name="Liberecká data", region=Region.objects.get(code="CZ051")
        ),
        "prague": Dataset.objects.create(
            name="Pražská data", region=Region.objects.get(code="CZ010")
        ),
    }


def test_chosen_dataset_is_the_one_imported_into(admin_user, datasets):
    chosen = form(admin_user, dataset=datasets["liberec"].pk)

    assert chosen.is_valid(), chosen.errors
    assert chosen.cleaned_data["dataset_name"] == "Liberecká data"


def test_new_dataset_is_named_explicitly(admin_user, datasets):
    new = form(admin_user, new_dataset="  Sčítání 2025 ")

    assert new.is_valid(), new.errors
    assert new.cleaned_data["dataset_name"] == "Sčítání 2025"


def test_neither_or_both_is_refused_in_czech(admin_user, datasets):
    neither = form(admin_user)
    both = form(admin_user, dataset=datasets["liberec"].pk, new_dataset="Nová")

    assert not neither.is_valid()
    assert neither.errors["dataset"] == [
        "Vyberte datovou sadu, nebo napište název nové sady."
    ]
    assert not both.is_valid()
    assert "ne obojí" in both.non_field_errors()[0]


def test_new_name_of_an_existing_dataset_is_refused(admin_user, datasets):
    again = form(admin_user, new_dataset="liberecká DATA")

    assert not again.is_valid()
    assert "už existuje" in again.errors["new_dataset"][0]


def test_regional_editor_cannot_choose_another_regions_dataset(
    liberec_editor, datasets
):
    liberec_editor.groups.get().permissions.add(
        Permission.objects.get(codename="change_dataset")
    )
    other = form(liberec_editor, dataset=datasets["prague"].pk)
    own = form(liberec_editor, dataset=datasets["liberec"].pk)

    assert not other.is_valid()
    assert "dataset" in other.errors
    assert own.is_valid(), own.errors


def test_a_pending_new_datasets_name_is_reserved_for_its_region(
    liberec_editor, datasets, django_user_model
):
    """Prague's upload waits for confirmation; Liberec may not take its name."""
    prague = Region.objects.get(code="CZ010")
    pending = ImportJob.objects.create(
        region=prague,
        dataset_name="Bydlení 2026",
        filename="praha.csv",
        state=ImportJobState.READY,
    )

    taken = form(liberec_editor, new_dataset="bydlení 2026")
    national = form(
        django_user_model.objects.create_superuser("celostatni"),
        new_dataset="Bydlení 2026",
    )

    assert not taken.is_valid()
    assert taken.errors["new_dataset"] == [
        "Název „bydlení 2026“ patří nové datové sadě, kterou právě nahrává jiný "
        "kraj nebo celostátní redakce. Zvolte jiný název."
    ]
    assert not national.is_valid()
    assert "new_dataset" in national.errors

    pending.state = ImportJobState.CANCELLED
    pending.save()
    assert form(liberec_editor, new_dataset="bydlení 2026").is_valid()


def test_a_region_may_upload_again_under_its_own_pending_name(liberec_editor, datasets):
    ImportJob.objects.create(
        region=Region.objects.get(code="CZ051"),
        dataset_name="Bydlení 2026",
        filename="liberec.csv",
        state=ImportJobState.READY,
    )

    again = form(liberec_editor, new_dataset="Bydlení 2026")

    assert again.is_valid(), again.errors
