import pytest
from django.contrib.auth.models import Group

from cms.editorial import NATIONAL_GROUP, regional_group_name, set_up_editorial_groups
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


@pytest.fixture
def editors(tree, django_user_model):
    """A national editor and the editors of Liberec (own) and Prague (other)."""
    set_up_editorial_groups(tree["home"], [tree["liberec"], tree["prague"]])
    users = {}
    for role, group in (
        ("national", NATIONAL_GROUP),
        ("own", regional_group_name(tree["liberec"].region)),
        ("other", regional_group_name(tree["prague"].region)),
    ):
        user = django_user_model.objects.create_user(role, password="heslo")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users
