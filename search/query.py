"""Turns what a visitor typed into a backend-neutral Wagtail search query."""

from dataclasses import dataclass

from wagtail.search.query import And, Or, PlainText

from search import czech
from search.synonyms import split_synonyms

MAX_QUERY_CHARS = 200  # longer input is cut, not refused
MAX_TERMS = 10


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what is shown back to the visitor
    terms: list[str]  # folded content words and their synonyms, for highlighting
    plain: list[str]  # content words outside synonym phrases
    groups: list[tuple[str, ...]]  # synonym groups the query names

    @property
    def is_empty(self) -> bool:
        return not (self.plain or self.groups)

    @property
    def has_several_clauses(self) -> bool:
        return len(self.plain) + len(self.groups) > 1

    def as_search_query(self, operator: str = "and"):
        """All words required (``and``) or any of them (``or``)."""
        clauses = (
            [PlainText(" ".join(self.plain), operator=operator)] if self.plain else []
        )
        clauses += [
            Or([PlainText(_without_stop_words(phrase)) for phrase in group])
            for group in self.groups
        ]
        if len(clauses) == 1:
            return clauses[0]
        return And(clauses) if operator == "and" else Or(clauses)


def _without_stop_words(phrase: str) -> str:
    return " ".join(czech.content_words(phrase))


def parse(raw: str) -> ParsedQuery:
    text = " ".join(raw.split())[:MAX_QUERY_CHARS]
    plain, groups = split_synonyms(czech.words(text))
    plain = [word for word in plain if word not in czech.STOP_WORDS][:MAX_TERMS]
    synonyms = [
        word
        for group in groups
        for phrase in group
        for word in czech.content_words(phrase)
    ]
    terms = list(dict.fromkeys(czech.content_words(text)[:MAX_TERMS] + synonyms))
    return ParsedQuery(text=text, terms=terms, plain=plain, groups=groups[:MAX_TERMS])
