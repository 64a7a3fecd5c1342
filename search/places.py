"""Czech place names as the public types them, built from the reference data.

Every region (monitoring/reference/territories.py) and every ORP town
(monitoring/data/geo/orp.geojson) gets its word forms by rule: the cases of the
town's name (``Liberec`` → ``Liberce``, ``Liberci``, ``Libercem``), all forms of
the region's adjective (``Liberecký`` → ``liberecká``, ``libereckého`` …) and the
area name made from it (``-ský`` → ``-sko``, ``-cký`` → ``-cko``: Liberecko,
Plzeňsko, Pardubicko). What no rule yields sits in ``IRREGULAR``: each region's
seat, and colloquial names (Vysočina, jižní Čechy, severní Morava, Slezsko).

Rules overgenerate on purpose (a masculine and a feminine reading of a name
ending in a consonant, ``Plzeň`` and ``Zlín`` alike): a form nobody writes costs
one more alternative in the query and never hides a page.
"""

import json
from dataclasses import dataclass
from functools import cache

from monitoring.reference.territories import GEO_DIR, REGIONS
from search import czech

# NUTS 3 code → seat, colloquial area names and adjectives no rule derives.
# Area names are written as phrases; each word is declined.
IRREGULAR = {
    "CZ010": {"seat": "Praha", "areas": ["hlavní město"], "adjectives": ["pražský"]},
    "CZ020": {"seat": "", "areas": ["střední Čechy"], "adjectives": []},
    "CZ031": {
        "seat": "České Budějovice",
        "areas": ["jižní Čechy", "Budějovice"],
        "adjectives": ["budějovický"],
    },
    "CZ032": {"seat": "Plzeň", "areas": [], "adjectives": []},
    "CZ041": {"seat": "Karlovy Vary", "areas": [], "adjectives": []},
    "CZ042": {"seat": "Ústí nad Labem", "areas": [], "adjectives": []},
    "CZ051": {"seat": "Liberec", "areas": [], "adjectives": []},
    "CZ052": {
        "seat": "Hradec Králové",
        "areas": ["Hradecko"],
        "adjectives": ["hradecký"],
    },
    "CZ053": {"seat": "Pardubice", "areas": [], "adjectives": []},
    "CZ063": {"seat": "Jihlava", "areas": ["Vysočina"], "adjectives": ["jihlavský"]},
    "CZ064": {"seat": "Brno", "areas": ["jižní Morava"], "adjectives": ["brněnský"]},
    "CZ071": {"seat": "Olomouc", "areas": [], "adjectives": []},
    "CZ072": {"seat": "Zlín", "areas": [], "adjectives": []},
    "CZ080": {
        "seat": "Ostrava",
        "areas": ["severní Morava", "Slezsko", "Ostravsko"],
        "adjectives": ["ostravský", "slezský"],
    },
}
# Words of a name that never decline, and after which nothing does
# ("Ústí nad Labem", "Slavkov u Brna").
FIXED_AFTER = {"nad", "pod", "na", "u"}
REGION_WORDS = frozenset({"kraj", "kraje", "kraji", "krajem", "kraju", "krajich"})
MIN_DECLINED = 3  # shorter names (Aš) are matched as written
# Consonant changes before the locative/dative -e (Praha → Praze), folded.
SOFTENED = (("ch", "s"), ("h", "z"), ("g", "z"), ("k", "c"))
SOFT_CONSONANTS = set("žščřcjďťňľ")


@dataclass(frozen=True)
class Place:
    name: str  # as written: "Liberecký kraj", "Most"
    region_code: str  # NUTS 3 code of the region it lies in
    is_region: bool
    # each alternative is a tuple of words, each word a set of folded forms
    alternatives: tuple[tuple[frozenset[str], ...], ...]

    def phrases(self) -> list[list[list[str]]]:
        """Alternatives for a search query: phrase → words → sorted forms."""
        return [[sorted(word) for word in phrase] for phrase in self.alternatives]


def _soften(stem: str) -> str:
    for hard, soft in SOFTENED:
        if stem.endswith(hard):
            return stem[: -len(hard)] + soft
    return stem


def adjective_forms(word: str) -> set[str]:
    """Every case and gender of a Czech adjective (hard -ý, soft -í, possessive
    -ův/-ovy), folded; another word is returned as it is."""
    word = word.lower()
    if word.endswith(("ý", "á", "é")):
        stem = czech.fold(word[:-1])
        endings = "y a e eho emu em ym ou ych ymi i".split()
        forms = {stem + ending for ending in endings}
        if stem.endswith(("sk", "ck")):
            forms.add(stem[:-1] + "ti")  # slezský → slezští, pardubický → -čtí
        return {czech.fold(form) for form in forms}
    if word.endswith("í"):
        stem = czech.fold(word[:-1])
        return {stem + ending for ending in "i iho imu im ich imi".split()}
    if word.endswith(("ův", "ova", "ovo", "ovy")):
        stem = czech.fold(word[: word.rfind("ov") if "ov" in word else -2])
        stem = stem.removesuffix("uv")
        endings = "uv ova ovo ovy oveho ovu ove ovym ovych ovymi ovou".split()
        return {stem + ending for ending in endings}
    return {czech.fold(word)}


def noun_forms(word: str) -> set[str]:  # noqa: C901 (one branch per ending)
    """The cases of a town's or area's name, folded, by its ending."""
    lower = word.lower()
    plain = czech.fold(lower)
    forms = {plain}
    if len(lower) < MIN_DECLINED:
        return forms
    if lower.endswith(("ý", "á", "é", "ův", "ovy", "í")) and lower not in {"ústí"}:
        return adjective_forms(lower)
    if lower.endswith("ce"):  # Pardubice, Teplice
        stem = plain[:-1]
        forms |= {stem, stem + "im", stem + "ich", stem + "emi"}
    elif lower.endswith("y"):  # plural: Louny, Vary, Čechy
        stem = plain[:-1]
        forms |= {stem + ending for ending in ("", "u", "um", "ech", "ach", "ami")}
        forms.add(stem)
    elif lower.endswith("a"):  # Praha, Ostrava, Vysočina, Morava
        stem = plain[:-1]
        forms |= {stem + "y", _soften(stem) + "e", stem + "ou", stem + "u"}
    elif lower.endswith("o"):  # Brno, Kladno, Liberecko
        stem = plain[:-1]
        forms |= {stem + "a", stem + "u", _soften(stem) + "e", stem + "em"}
    elif lower.endswith("í"):  # Ústí
        forms.add(plain + "m")
    elif lower.endswith("ec"):  # Liberec → Liberci
        stem = plain[:-2] + "c"
        forms |= {stem + ending for ending in ("e", "i", "em", "u")}
    elif lower.endswith("ek"):  # Písek → Písku
        stem = plain[:-2] + "k"
        forms |= {stem + ending for ending in ("u", "em", "a")}
    elif lower.endswith("eň"):  # Plzeň → Plzně, Plzni
        stem = plain[:-2] + "n"
        forms |= {stem + ending for ending in ("e", "i", "emi")}
    elif lower[-1] in SOFT_CONSONANTS:  # Olomouc, Kroměříž
        forms |= {plain + ending for ending in ("e", "i", "em")}
    else:  # Zlín, Tábor, Most; feminine Boleslav too
        forms |= {plain + ending for ending in ("a", "u", "e", "em", "i")}
    return forms


def name_words(name: str) -> tuple[frozenset[str], ...]:
    """A multi-word name: each word's forms, up to a fixed preposition, after
    which words keep their form; stop words other than those fall away."""
    result, fixed = [], False
    for word in czech.WORD.findall(name):
        folded = czech.fold(word)
        if folded in FIXED_AFTER:
            fixed = True
            continue
        result.append(frozenset({folded} if fixed else noun_forms(word)))
    return tuple(result)


def area_name(adjective: str) -> str | None:
    """Liberecký → Liberecko, Plzeňský → Plzeňsko; None for other adjectives."""
    if adjective.endswith(("ský", "cký")):
        return adjective[:-1] + "o"
    return None


VOWELS = set("aeiouyáéíóúůýě")


def town_area_names(town: str) -> list[str]:
    """The area names made from a one-word town's name, overgenerated:
    Karviná → Karvinsko, Děčín → Děčínsko, Most → Mostecko, Písek → Písecko,
    Teplice → Teplicko, Znojmo → Znojemsko, Kladno → Kladensko."""
    words = town.split()
    if len(words) > 2 and words[1] in FIXED_AFTER:  # Jablonec nad Nisou
        town = words[0]
    if not town.isalpha():
        return []
    stem = town.lower()
    while stem and stem[-1] in VOWELS:
        stem = stem[:-1]
    if len(stem) < MIN_DECLINED:
        return []
    if stem.endswith("ek"):
        return [stem[:-1] + "cko"]
    if stem.endswith(("c", "k")):
        return [stem[:-1] + "cko"]
    if stem.endswith("st"):
        return [stem + "ecko"]
    names = [stem + "sko"]
    if stem[-2] not in VOWELS:  # Znojm-o → Znojemsko, Brn-o → Brněnsko
        names += [stem[:-1] + "e" + stem[-1] + "sko", stem + "ensko"]
    return names


def _town_place(town: str, region_code: str) -> Place:
    alternatives = [name_words(town)]
    alternatives += [name_words(area) for area in town_area_names(town)]
    return Place(
        name=town,
        region_code=region_code,
        is_region=False,
        alternatives=tuple(dict.fromkeys(alternatives)),
    )


def _region_place(code: str, name: str) -> Place:
    irregular = IRREGULAR.get(code, {})
    adjectives = [word for word in name.split() if word.endswith("ský")]
    adjectives += [word for word in name.split() if word.endswith("cký")]
    adjectives += irregular.get("adjectives", [])
    alternatives = [(frozenset(adjective_forms(word)),) for word in adjectives]
    areas = [area_name(word) for word in adjectives]
    areas += irregular.get("areas", [])
    if irregular.get("seat"):
        areas.append(irregular["seat"])
    if code == "CZ063":
        areas.append(name)
    alternatives += [name_words(area) for area in areas if area]
    unique = tuple(dict.fromkeys(alt for alt in alternatives if alt))
    return Place(name=name, region_code=code, is_region=True, alternatives=unique)


@cache
def _orp_towns() -> list[tuple[str, str]]:
    """ORP name and its region's name, from the shipped boundaries."""
    with (GEO_DIR / "orp.geojson").open(encoding="utf-8") as file:
        features = json.load(file)["features"]
    return [
        (feature["properties"]["name"], feature["properties"]["region_name"])
        for feature in features
    ]


@cache
def all_places() -> tuple[Place, ...]:
    regions = [_region_place(code, name) for code, name in REGIONS.items()]
    codes = {name: code for code, name in REGIONS.items()}
    seats = {czech.fold(item["seat"]) for item in IRREGULAR.values() if item["seat"]}
    towns = [
        _town_place(town, codes[region])
        for town, region in _orp_towns()
        if czech.fold(town) not in seats
    ]
    return (*regions, *towns)


def region_of(place: Place) -> Place:
    """The region a place lies in (a region is its own)."""
    if place.is_region:
        return place
    return next(
        item
        for item in all_places()
        if item.is_region and item.region_code == place.region_code
    )


@cache
def _first_words() -> dict[str, list[tuple[Place, tuple[frozenset[str], ...]]]]:
    """Folded form of a name's first word → the places and full names it opens."""
    index: dict[str, list] = {}
    for place in all_places():
        for phrase in place.alternatives:
            for form in phrase[0]:
                index.setdefault(form, []).append((place, phrase))
    return index


def _matched_length(words: list[str], phrase) -> int:
    """How many of ``words`` the name ``phrase`` covers (prepositions of the
    name included), or 0."""
    position = 0
    for forms in phrase:
        while position < len(words) and words[position] in FIXED_AFTER:
            position += 1
        if position >= len(words) or words[position] not in forms:
            return 0
        position += 1
    return position


def find_places(words: list[str]) -> tuple[list[str], list[Place]]:
    """The words that name no place, and the places named, in order. Region
    words (``kraj``, ``kraje`` …) next to a region's name belong to it."""
    rest, places = [], []
    position = 0
    index = _first_words()
    while position < len(words):
        best, best_length = None, 0
        for place, phrase in index.get(words[position], []):
            length = _matched_length(words[position:], phrase)
            if length > best_length:
                best, best_length = place, length
        if best is None:
            rest.append(words[position])
            position += 1
            continue
        if best.is_region and rest and rest[-1] in REGION_WORDS:
            rest.pop()
        position += best_length
        if best.is_region and position < len(words) and words[position] in REGION_WORDS:
            position += 1
        if best not in places:
            places.append(best)
    return rest, places
