"""Synonym groups editors keep in the admin (search.models.SynonymGroup).

A query naming one phrase of a group finds pages that use any of them. Phrases
are recognised by the light stems of their words, so "garančního fondu" names
the group of "garanční fond". The groups are read once and cached until an
editor saves or deletes one (search.apps connects the invalidation).
"""

import functools
import itertools

from django.core.cache import cache
from django.db import transaction

from search import czech

CACHE_KEY = "search:synonym-groups"


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(czech.stem(word) for word in czech.words(phrase))


def load_groups() -> tuple[tuple[str, ...], ...]:
    """Every group as folded phrases without stop words, from the cache."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        from search.models import SynonymGroup

        groups = tuple(
            group
            for row in SynonymGroup.objects.all()
            if len(
                group := tuple(
                    dict.fromkeys(
                        " ".join(czech.content_words(phrase))
                        for phrase in row.phrase_list()
                        if czech.content_words(phrase)
                    )
                )
            )
            > 1
        )
        cache.set(CACHE_KEY, groups, None)
    return groups


def forget_groups(**kwargs) -> None:
    """Now and again when the change commits: a search in between reads the
    groups as they were and would keep them past the commit, and search outcomes
    (keyed by the content generation the change bumps) with them."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


# Consonants that change before the plural -i (bezďák → bezďáci, vrah → vrazi).
SOFTENED = {"ch": "s", "k": "c", "h": "z", "g": "z"}


def _variants(stem: str) -> set[str]:
    """The stem and its softened form, as masculine plurals write it."""
    for hard, soft in SOFTENED.items():
        if stem.endswith(hard):
            return {stem, stem[: -len(hard)] + soft}
    return {stem}


@functools.lru_cache(maxsize=4)
def _index(groups) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Stems of each phrase → its group, and the most words a phrase has; built
    once per set of groups, not per query."""
    index = {}
    for group in groups:
        for phrase in group:
            for stems in itertools.product(*map(_variants, _stems(phrase))):
                index.setdefault(stems, group)
    return index, max((len(stems) for stems in index), default=0)


def split_synonyms(words: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The words that belong to no synonym phrase, and the groups named, in order;
    ``words`` come without stop words, as phrases are kept. The longest phrase
    wins."""
    index, longest = _index(load_groups())
    stems = [czech.stem(word) for word in words]
    plain, groups = [], []
    position = 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            group = index.get(tuple(stems[position : position + length]))
            if group:
                if group not in groups:
                    groups.append(group)
                position += length
                break
        else:
            plain.append(words[position])
            position += 1
    return plain, groups
