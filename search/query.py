"""Turns what a visitor typed into a backend-neutral Wagtail search query."""

from dataclasses import dataclass, field, replace

from wagtail.search.query import And, Fuzzy, Or, PlainText

from search import czech
from search.exact import ExactText
from search.page_types import named_types
from search.places import Place, find_places, region_of
from search.synonyms import split_synonyms

MAX_QUERY_CHARS = 200  # longer input is cut, not refused
MAX_TERMS = 10


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what is shown back to the visitor
    terms: list[str]  # folded content words and their synonyms, for highlighting
    plain: list[str]  # content words outside synonym phrases and place names
    groups: list[tuple[str, ...]]  # synonym groups the query names
    places: list[Place] = field(default_factory=list)  # places the query names
    page_types: list[str] = field(default_factory=list)  # kinds of page it names
    untyped: list[str] = field(default_factory=list)  # plain without those names
    fuzzy: bool = False  # plain words match with typos (Elasticsearch)

    @property
    def is_empty(self) -> bool:
        return not (self.plain or self.groups or self.places)

    @property
    def clause_count(self) -> int:
        return len(self.plain) + len(self.groups) + len(self.places)

    @property
    def has_several_clauses(self) -> bool:
        return self.clause_count > 1

    @property
    def region_codes(self) -> list[str]:
        return [place.region_code for place in self.places if place.is_region]

    def without_facets(self) -> "ParsedQuery":
        """The query without the places and page types it names."""
        return replace(self, plain=self.untyped, places=[], page_types=[])

    @property
    def names_only_places(self) -> bool:
        return bool(self.places) and not (self.plain or self.groups)

    @property
    def names_towns(self) -> bool:
        return any(not place.is_region for place in self.places)

    def towns_as_regions(self) -> "ParsedQuery":
        """The query with each town replaced by the region it lies in."""
        regions = dict.fromkeys(region_of(place) for place in self.places)
        return replace(self, places=list(regions))

    def _words(self, text: str, operator: str = "and"):
        return (
            Fuzzy(text, operator=operator)
            if self.fuzzy
            else PlainText(text, operator=operator)
        )

    def clauses(self) -> list:
        """One search query per word, synonym group and place."""
        return [
            *(self._words(word) for word in self.plain),
            *(
                _any(PlainText(_content(phrase)) for phrase in group)
                for group in self.groups
            ),
            *(_place_clause(place) for place in self.places),
        ]

    def as_search_query(self, operator: str = "and"):
        """All words required (``and``) or any of them (``or``)."""
        clauses = [self._words(" ".join(self.plain), operator)] if self.plain else []
        clauses += [
            _any(PlainText(_content(phrase)) for phrase in group)
            for group in self.groups
        ]
        clauses += [_place_clause(place) for place in self.places]
        if len(clauses) == 1:
            return clauses[0]
        return And(clauses) if operator == "and" else Or(clauses)


def _content(phrase: str) -> str:
    return " ".join(czech.content_words(phrase))


def _any(queries):
    queries = list(queries)
    return queries[0] if len(queries) == 1 else Or(queries)


def _place_clause(place: Place):
    """Any of the place's names, each word in any of its forms."""
    names = []
    for phrase in place.alternatives:
        words = [_any(ExactText(form) for form in sorted(forms)) for forms in phrase]
        names.append(words[0] if len(words) == 1 else And(words))
    return _any(names)


def _split_numbers(words: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """Numbers typed without the thousands space also match pages that write
    it (``3429`` finds ``3 429``): each becomes a group of both spellings."""
    plain, numbers = [], []
    for word in words:
        if word.isdigit() and len(word) > 3 and not word.startswith("0"):
            numbers.append((word, f"{int(word):,}".replace(",", " ")))
        else:
            plain.append(word)
    return plain, numbers


def normalised(raw: str) -> str:
    """What the visitor typed as it is searched and shown back: spaces
    collapsed, cut to MAX_QUERY_CHARS."""
    return " ".join(raw.split())[:MAX_QUERY_CHARS]


def parse(raw: str) -> ParsedQuery:
    text = normalised(raw)
    rest, places = find_places(czech.words(text))
    # single letters and digits ("1,0 úvazku") carry nothing to search by
    content = [w for w in rest if w not in czech.STOP_WORDS and len(w) > 1]
    plain, groups = split_synonyms(content)
    plain, numbers = _split_numbers(plain)
    groups += numbers
    page_types, untyped = named_types(plain)
    synonyms = [
        word
        for group in groups
        for phrase in group
        for word in czech.content_words(phrase)
    ]
    named = [*content[:MAX_TERMS], *synonyms]
    place_words = [word for word in czech.content_words(text) if word not in content]
    terms = list(dict.fromkeys([*named, *place_words]))
    return ParsedQuery(
        text=text,
        terms=terms,
        plain=plain[:MAX_TERMS],
        groups=groups[:MAX_TERMS],
        places=places[:MAX_TERMS],
        page_types=page_types,
        untyped=untyped[:MAX_TERMS],
    )
