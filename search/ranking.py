"""Orders the pages a query matched.

Pages with every word come first, unless they are few or weak (none of the best
of them has a query word in its title): then pages with some of the words are
merged in, ranked by how many of the query's words, synonym groups and places
they contain, with a bonus for each one in the title. Among the best hits,
titles with more of the query's words lead. A query naming a region or a kind
of page ranks those pages that match the rest of it first, even where their
text does not name the region. A town no page names stands for its region;
a query naming only a town lists the town's pages in its region, then the
region's, then pages elsewhere naming it.
"""

from dataclasses import dataclass

from django.db.models import F

from search import czech
from search.catalogue import CataloguedPage
from search.filters import content_type_ids, in_regions
from search.id_lookup import IdIn
from search.page_search import PageSearch
from search.query import ParsedQuery

FEW = 3  # fewer pages with every word than this, and pages with some are merged in
TOP = 3  # the pages a visitor sees first, checked for a title match
CANDIDATES = 30  # pages with some of the words considered for merging
TITLE_WEIGHT = 1.0  # a clause in the title counts this much beyond the text


@dataclass(frozen=True)
class Ranking:
    ids: list[int]
    total: int
    relaxed: bool = False  # no page had every word; showing pages with some


def _clause_stems(query: ParsedQuery) -> list[list[list[list[str]]]]:
    """Per clause its alternatives; an alternative is a list of words, each
    word the stems any of which may stand for it (for title matching)."""
    clauses = [[[czech.stems(word)]] for word in query.plain]
    clauses += [
        [
            [[czech.stem(word)] for word in czech.content_words(phrase)]
            for phrase in group
        ]
        for group in query.groups
    ]
    clauses += [
        [
            [[czech.stem(form) for form in forms] for forms in phrase]
            for phrase in place.alternatives
        ]
        for place in query.places
    ]
    return clauses


def _title_hits(title: str, clauses) -> int:
    """How many clauses the title contains."""
    words = czech.words(title)

    def present(stems: list[str]) -> bool:
        return any(word.startswith(stem) for word in words for stem in stems)

    return sum(
        any(
            all(present(stems) for stems in alternative) for alternative in alternatives
        )
        for alternatives in clauses
    )


def _coverage(search: PageSearch, query: ParsedQuery, ids: list[int]) -> dict[int, int]:
    """How many of the query's clauses each page of ``ids`` contains."""
    counts = dict.fromkeys(ids, 0)
    for clause in query.clauses():
        for pk in search.matching(clause, ids):
            counts[pk] = counts.get(pk, 0) + 1
    return counts


def _title(catalogue: dict[int, CataloguedPage], pk: int) -> str:
    page = catalogue.get(pk)
    return page.title if page else ""


def _by_titles(ids: list[int], clauses, catalogue) -> list[int]:
    """The best CANDIDATES of ``ids`` reordered by how many clauses their titles
    contain (stably, so the backend's order breaks ties)."""
    head = ids[:CANDIDATES]
    head.sort(key=lambda pk: -_title_hits(_title(catalogue, pk), clauses))
    return [*head, *ids[CANDIDATES:]]


def _preferred_first(
    search: PageSearch, query: ParsedQuery, strict: list[int], clauses
):
    """Pages of the regions and page types the query names that match the rest
    of it, then the other pages that match all of it."""
    preferred = search.pages
    if query.region_codes:
        preferred = in_regions(preferred, query.region_codes)
    if query.page_types:
        type_ids = content_type_ids()
        preferred = preferred.filter(
            content_type__in=[type_ids[value] for value in query.page_types]
        )
    rest = query.without_facets()
    if rest.is_empty:
        chosen = set(preferred.values_list("pk", flat=True))
        first = [pk for pk in strict if pk in chosen]
        first += sorted(chosen - set(first))
    else:
        found = search.ranked(rest.as_search_query("and"), preferred)[0]
        first = _by_titles(found, clauses, search.catalogue)
    taken = set(first)
    return [*first, *(pk for pk in strict if pk not in taken)]


def rank(search: PageSearch, query: ParsedQuery) -> Ranking:
    strict, total = search.ranked(query.as_search_query("and"))
    if query.names_towns and (not strict or query.names_only_places):
        # the town's pages in its region, then the region's pages (which stand
        # in for the town where no page names it), then other pages naming it
        regional = query.towns_as_regions()
        region = rank(search, regional)
        inside = set(
            in_regions(
                search.pages.filter(IdIn(F("pk"), strict)), regional.region_codes
            ).values_list("pk", flat=True)
            if strict
            else ()
        )
        ids = list(
            dict.fromkeys(
                [
                    *(pk for pk in strict if pk in inside),
                    *region.ids,
                    *strict,  # pages elsewhere naming a town of the same name
                ]
            )
        )
        return Ranking(ids, len(ids), relaxed=region.relaxed and not strict)
    clauses = _clause_stems(query)
    catalogue = search.catalogue
    strict = _by_titles(strict, clauses, catalogue)
    if query.region_codes or query.page_types:
        strict = _preferred_first(search, query, strict, clauses)
        total = len(strict)
    if not query.has_several_clauses:
        return Ranking(strict, total)
    weak = not any(_title_hits(_title(catalogue, pk), clauses) for pk in strict[:TOP])
    if len(strict) >= FEW and not weak:
        return Ranking(strict, total)
    # only the best any-word hits can be merged: rank them, not every hit
    loose = search.best(query.as_search_query("or"), CANDIDATES)
    candidates = list(dict.fromkeys([*strict[:CANDIDATES], *loose[:CANDIDATES]]))
    if not candidates:
        return Ranking([], 0)
    coverage = _coverage(search, query, candidates)
    needed = max(1, (query.clause_count + 1) // 2) if strict else 1
    order = {
        pk: position for position, pk in enumerate(dict.fromkeys([*strict, *loose]))
    }
    in_strict = set(strict)

    def score(pk: int) -> float:
        matched = query.clause_count if pk in in_strict else coverage.get(pk, 0)
        return matched + TITLE_WEIGHT * _title_hits(_title(catalogue, pk), clauses)

    merged = [
        pk for pk in candidates if pk in in_strict or coverage.get(pk, 0) >= needed
    ]
    merged.sort(key=lambda pk: (-score(pk), order[pk]))
    chosen = set(merged)
    ids = [*merged, *(pk for pk in strict if pk not in chosen)]
    return Ranking(ids, len(ids), relaxed=not strict and bool(ids))
