"""Place names in the forms the public types them, built by rule from the
region and ORP names."""

import pytest

from search import czech
from search.places import adjective_forms, all_places, area_name, find_places


def named(text: str) -> list[str]:
    return [place.name for place in find_places(czech.words(text))[1]]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("v Liberci", "Liberecký kraj"),
        ("strategie Jihomoravského kraje", "Jihomoravský kraj"),
        ("na Ústecku", "Ústecký kraj"),
        ("Olomoucko", "Olomoucký kraj"),
        ("na Vysočině", "Kraj Vysočina"),
        ("jižní Čechy", "Jihočeský kraj"),
        ("severní Moravě", "Moravskoslezský kraj"),
        ("v Hradci Králové", "Královéhradecký kraj"),
        ("v Ústí nad Labem", "Ústecký kraj"),
        ("v Praze", "Hlavní město Praha"),
        ("v Brně", "Jihomoravský kraj"),
        ("v Karlových Varech", "Karlovarský kraj"),
        ("Plzni", "Plzeňský kraj"),
        ("Pardubicích", "Pardubický kraj"),
        ("zlinska koncepce", "Zlínský kraj"),
    ],
)
def test_regions_are_named_in_other_forms(text, region):
    assert named(text) == [region]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("v Táboře", "Tábor"),
        ("Frýdku-Místku", "Frýdek-Místek"),
        ("Žďáru nad Sázavou", "Žďár nad Sázavou"),
        ("v Třebíči", "Třebíč"),
        ("Kolíně", "Kolín"),
    ],
)
def test_orp_towns_are_named_in_other_cases(text, town):
    assert named(text) == [town]


def test_region_words_next_to_a_region_belong_to_it():
    rest, places = find_places(czech.words("koncepce kraje Vysočina"))

    assert rest == ["koncepce"]
    assert places[0].name == "Kraj Vysočina"


def test_every_region_and_orp_has_a_place():
    regions = [place for place in all_places() if place.is_region]

    assert len(regions) == 14
    assert len(all_places()) > 200
    assert all(place.alternatives for place in all_places())


def test_area_names_and_adjectives_follow_the_rules():
    assert area_name("Plzeňský") == "Plzeňsko"
    assert area_name("Pardubický") == "Pardubicko"
    assert {"libereckeho", "liberecka", "libereckem"} <= adjective_forms("liberecký")


def test_ordinary_words_name_no_place():
    assert named("garanční fond pro obce") == []
