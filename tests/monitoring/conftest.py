import pytest
from django.contrib.auth.models import Group

from monitoring.models import Region
from monitoring.reference import load_reference_data


@pytest.fixture
def reference_data(db):
    load_reference_data()


@pytest.fixture
def liberec(reference_data):
    return Region.objects.get(code="CZ051")


@pytest.fixture
def liberec_editor(liberec, django_user_model):
    """A regional editor who may change Liberecký kraj's data only."""
    group = Group.objects.create(name="Redakce – Liberecký kraj")
    liberec.editor_groups.add(group)
    user = django_user_model.objects.create_user("liberec", password="heslo-kraje")
    user.groups.add(group)
    return user
