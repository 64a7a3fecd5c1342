"""The admin speaks Czech: every string of the Wagtail apps we install has a Czech
translation, in Wagtail's own catalogue or, where that lacks it, in ours
(translations/wagtail/cs). After a Wagtail upgrade this lists what to translate."""

import json
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.utils import translation

OURS = Path(__file__).resolve().parents[2] / "translations" / "wagtail" / "cs"


def _translated(path: Path) -> set[tuple[str | None, str]]:
    if not path.exists():
        return set()
    catalogue = polib.pofile(str(path))
    return {(entry.msgctxt, entry.msgid) for entry in catalogue.translated_entries()}


def _wagtail_apps():
    return [
        app
        for app in apps.get_app_configs()
        if app.name.split(".")[0] in {"wagtail", "wagtail_modeladmin"}
    ]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_wagtail_string_has_a_czech_translation(domain):
    ours = _translated(OURS / "LC_MESSAGES" / f"{domain}.po")
    missing = []
    for app in _wagtail_apps():
        locale = Path(app.path) / "locale"
        english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            continue
        theirs = _translated(locale / "cs" / "LC_MESSAGES" / f"{domain}.po")
        missing += [
            f"{app.name}: {entry.msgid}"
            for entry in polib.pofile(str(english))
            if entry.msgid
            and not entry.obsolete
            and (entry.msgctxt, entry.msgid) not in theirs | ours
        ]

    assert missing == []


def test_strings_wagtail_left_untranslated_read_czech():
    with translation.override("cs"):
        created = translation.gettext(
            "The page could not be created due to validation errors."
        )

    assert created != "The page could not be created due to validation errors."
    assert "stránk" in created.lower()


def test_the_admins_javascript_catalogue_has_them_too(admin_client):
    catalogue = admin_client.get("/admin/jsi18n/").content.decode()
    expected = next(
        entry.msgstr
        for entry in polib.pofile(str(OURS / "LC_MESSAGES" / "djangojs.po"))
        if entry.msgstr
    )

    assert expected in catalogue or json.dumps(expected)[1:-1] in catalogue
