"""Kinds of page a query names ("dobrá praxe z Brna", "analýzy bydlení"): the
words of a page type's label in the search facet, without the qualifier
"krajský", in any word form."""

import functools

from django.utils.translation import get_language

from search import czech
from search.filters import PAGE_TYPES

QUALIFIER = czech.stem("krajský")


@functools.lru_cache(maxsize=4)
def _label_stems(language: str) -> dict[str, frozenset[str]]:
    """The stems of each page type's label in ``language`` (labels are
    translated), worked out once per language."""
    stems = {}
    for value, (_, label) in PAGE_TYPES.items():
        words = {czech.stem(word) for word in czech.content_words(str(label))}
        stems[value] = frozenset(words - {QUALIFIER})
    return stems


def named_types(words: list[str]) -> tuple[list[str], list[str]]:
    """The page types whose label ``words`` contain, and the words left over."""
    stems = {czech.stem(word) for word in words}
    types, used = [], set()
    for value, label in _label_stems(get_language()).items():
        if label and label <= stems:
            types.append(value)
            used |= label
    return types, [word for word in words if czech.stem(word) not in used]
