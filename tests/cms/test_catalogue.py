"""Our Czech catalogues (locale/cs, and translations/wagtail/cs with the Czech of
Wagtail's strings that Wagtail's own catalogue lacks) are complete and their
compiled .mo files, committed so a fresh clone needs no GNU gettext, match the .po."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
WAGTAIL = ROOT / "translations" / "wagtail" / "cs" / "LC_MESSAGES"
CATALOGUES = {
    "ours": ROOT / "locale" / "cs" / "LC_MESSAGES" / "django.po",
    "wagtail": WAGTAIL / "django.po",
    "wagtail-js": WAGTAIL / "djangojs.po",
}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w*)\}")


@pytest.fixture(scope="module", params=CATALOGUES.values(), ids=CATALOGUES.keys())
def po(request):
    return polib.pofile(str(request.param))


def placeholders(text: str) -> set[str]:
    return {"".join(match) for match in PLACEHOLDER.findall(text)}


def test_every_entry_is_translated_and_none_is_fuzzy(po):
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    plural = [entry for entry in po if entry.msgid_plural]
    assert all(len(entry.msgstr_plural) == 4 for entry in plural)


def test_translations_keep_the_placeholders(po):
    """A translation keeps its message's placeholders; a plural form may leave
    out the count where it names the number in words ("1 stránka"), but never
    brings one the message does not pass."""
    wrong = [
        entry.msgid
        for entry in po.translated_entries()
        if entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid)
    ] + [
        entry.msgid
        for entry in po.translated_entries()
        for text in entry.msgstr_plural.values()
        if not placeholders(text)
        <= placeholders(entry.msgid) | placeholders(entry.msgid_plural)
    ]
    assert wrong == []


def entries(catalogue) -> dict:
    return {
        (entry.msgctxt, entry.msgid): (entry.msgstr, dict(entry.msgstr_plural))
        for entry in catalogue
        if entry.msgid
    }


def test_compiled_catalogue_matches_the_po(po):
    compiled = polib.mofile(str(po.fpath.removesuffix(".po") + ".mo"))

    assert entries(compiled) == entries(po.translated_entries()), (
        "the .mo is stale: run bin/compile-messages (make messages)"
    )


def test_czech_plural_forms_read_right():
    with translation.override("cs"):
        forms = [
            translation.ngettext(
                "První %(rows)s řádek souboru", "Prvních %(rows)s řádků souboru", n
            )
            % {"rows": n}
            for n in (1, 3, 10)
        ]

    assert forms == [
        "První 1 řádek souboru",
        "První 3 řádky souboru",
        "Prvních 10 řádků souboru",
    ]
