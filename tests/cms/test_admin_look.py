"""What every editor meets in the admin: block icons, the listing stylesheet."""

import re

import pytest
from django.apps import apps
from wagtail import blocks
from wagtail.admin.icons import get_icons
from wagtail.fields import StreamField

OUR_APPS = ("cms", "knowledge", "monitoring", "opendata", "search")


def registered_icons() -> set[str]:
    """Names in the admin's icon sprite, which every register_icons hook fills."""
    return set(re.findall(r'id="icon-([\w-]+)"', get_icons()))


def stream_blocks():
    """(path, block) for every block an editor can pick in any StreamField of ours,
    and every block nested in them."""
    for app in OUR_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField) and field.model is model:
                    name = f"{model.__name__}.{field.name}"
                    yield from _walk(name, field.stream_block)


def _walk(path, block):
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        yield f"{path}.{name}", child, isinstance(block, blocks.StreamBlock)
        yield from _walk(f"{path}.{name}", child)


def test_every_block_an_editor_picks_has_its_own_icon():
    missing = [
        path
        for path, block, picked in stream_blocks()
        if picked and block.meta.icon == "placeholder"
    ]

    assert missing == []


def test_every_block_icon_exists_in_the_admin():
    icons = registered_icons()
    unknown = {
        f"{path}: {block.meta.icon}"
        for path, block, _picked in stream_blocks()
        if block.meta.icon not in icons
    }

    assert "chart-line" in icons
    assert unknown == set()


@pytest.mark.django_db
def test_admin_loads_the_listing_stylesheet(admin_client):
    html = admin_client.get("/admin/").content.decode()

    stylesheet = r'<link rel="stylesheet" href="/static/css/admin\.[\w.]*css"'
    assert re.search(stylesheet, html)
