"""Every model and field of ours is named in Czech in the admin: no name Django
made up from the class or field name, no plural made by appending an "s"."""

import pytest
from django.apps import apps
from django.utils.text import camel_case_to_spaces

OUR_APPS = ("cms", "knowledge", "monitoring", "opendata", "search")


def our_models():
    for app in OUR_APPS:
        yield from apps.get_app_config(app).get_models()


def inherited_from_libraries(model, name: str) -> bool:
    """A field a library's abstract base adds (Orderable.sort_order, a setting's
    site, a tag's tag) keeps the library's name."""
    for base in model.__mro__[1:]:
        meta = getattr(base, "_meta", None)
        if meta is None or base.__module__.split(".")[0] in OUR_APPS:
            continue
        if name in {field.name for field in meta.get_fields(include_parents=True)}:
            return True
    return False


@pytest.mark.parametrize("model", list(our_models()), ids=lambda m: m.__name__)
def test_model_has_czech_singular_and_plural(model):
    meta = model._meta

    assert str(meta.verbose_name) != camel_case_to_spaces(model.__name__)
    assert str(meta.verbose_name_plural) != f"{meta.verbose_name}s"


def test_every_editable_field_of_ours_has_a_czech_label():
    unnamed = [
        f"{model.__name__}.{field.name}"
        for model in our_models()
        for field in model._meta.get_fields(include_parents=False)
        if getattr(field, "editable", False)
        and not field.auto_created
        and field.concrete
        and not inherited_from_libraries(model, field.name)
        and str(field.verbose_name) == field.name.replace("_", " ")
    ]

    assert unnamed == []
