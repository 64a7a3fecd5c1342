"""Groups of phrases the public uses for the same thing. A query naming one phrase
of a group finds pages that use any of them. Phrases are written folded (no
diacritics, lower case), as czech.words() produces them."""

SYNONYM_GROUPS = (
    ("bezdomovectvi", "lide bez domova", "bezdomovci", "bezdomovec"),
    ("garancni fond", "garancniho fondu", "fond zaruk", "garance najemneho"),
    ("koordinator bydleni", "koordinatorka bydleni", "koordinatora bydleni"),
    ("socialni byt", "socialni byty", "socialniho bydleni"),
    ("housing first", "bydleni predevsim"),
    ("rapid re housing", "rychle znovuzabydleni"),
    ("bytova nouze", "vylouceni z bydleni", "ethos"),
    ("studijni cesta", "studijni navsteva", "vymena zkusenosti"),
)


def _index() -> dict[tuple[str, ...], tuple[str, ...]]:
    index = {}
    for group in SYNONYM_GROUPS:
        for phrase in group:
            index[tuple(phrase.split())] = group
    return index


PHRASE_INDEX = _index()
LONGEST_PHRASE = max(len(phrase) for phrase in PHRASE_INDEX)


def split_synonyms(words: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The words that belong to no synonym phrase, and the groups named, in order."""
    plain, groups = [], []
    position = 0
    while position < len(words):
        for length in range(min(LONGEST_PHRASE, len(words) - position), 0, -1):
            group = PHRASE_INDEX.get(tuple(words[position : position + length]))
            if group:
                groups.append(group)
                position += length
                break
        else:
            plain.append(words[position])
            position += 1
    return plain, groups
