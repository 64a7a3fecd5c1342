"""Adding a page in the admin: no autosave before the page exists, and a slug taken
by a concurrent request between the form's check and the save is a form error."""

from unittest import mock

import pytest
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


def add_url(parent):
    return f"/admin/pages/add/cms/standardpage/{parent.pk}/"


def standard_page_form(**actions):
    fields = {"title": "Nájemní byty", "slug": "najemni-byty", "intro": ""}
    return nested_form_data({**fields, "body": streamfield([]), **actions})


def test_the_add_form_does_not_autosave_but_the_edit_form_does(admin_client, tree):
    parent = tree["home"]
    existing = parent.add_child(instance=StandardPage(title="Kontakty"))

    add_form = admin_client.get(add_url(parent)).content.decode()
    edit_form = admin_client.get(f"/admin/pages/{existing.pk}/edit/").content.decode()

    assert "w-autosave#save" not in add_form
    assert "w-autosave-indicator" not in add_form
    assert "w-autosave#save" in edit_form


def taken_after_the_check(parent):
    """Make the form pass its slug check, then let another request save the slug."""
    original_clean = WagtailAdminPageForm.clean

    def clean(form):
        cleaned = original_clean(form)
        parent.add_child(instance=StandardPage(title="Jiná", slug="najemni-byty"))
        return cleaned

    return mock.patch.object(WagtailAdminPageForm, "clean", clean)


@pytest.mark.parametrize(
    "action", [{}, {"action-publish": "publish"}], ids=["draft", "publish"]
)
def test_a_slug_taken_meanwhile_is_a_form_error(admin_client, tree, action):
    parent = tree["home"]

    with taken_after_the_check(parent):
        response = admin_client.post(add_url(parent), standard_page_form(**action))

    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [
        "Adresu „najemni-byty“ mezitím dostala jiná stránka na stejném místě. "
        "Zvolte jinou adresu a uložte znovu."
    ]
    assert StandardPage.objects.filter(slug="najemni-byty").count() == 1


def test_an_autosave_that_loses_the_race_gets_a_validation_error(admin_client, tree):
    parent = tree["home"]

    with taken_after_the_check(parent):
        response = admin_client.post(
            add_url(parent), standard_page_form(), HTTP_ACCEPT="application/json"
        )

    assert response.status_code == 400
    assert response.json()["error_code"] == "validation_error"
    assert StandardPage.objects.filter(slug="najemni-byty").count() == 1
