"""Czech alphabetical order (ČSN 97 6030) and the order territories are listed in.

No maintained library with Czech collation installs without a system ICU, so the
rules are written here; they are few. Č, Ř, Š, Ž and CH are letters of their own
(CH after H); other accents (á, é, ě, í, ó, ú, ů, ý, ď, ť, ň) only decide between
words that are otherwise equal, and then lower case comes before upper case."""

import unicodedata

ALPHABET = [*"abcčdefgh", "ch", *"ijklmnopqrřsštuvwxyzž"]
LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
# Primary weights below every letter: spaces, then punctuation, then digits.
SPACE, PUNCTUATION, DIGIT, LETTER = 0, 1, 2, 12


def _tokens(text: str) -> list[str]:
    """Characters, with "ch" (in any case) as one token."""
    tokens, index = [], 0
    while index < len(text):
        if text[index : index + 2].lower() == "ch":
            tokens.append(text[index : index + 2])
            index += 2
        else:
            tokens.append(text[index])
            index += 1
    return tokens


def _weights(token: str) -> tuple[int, int, int]:
    """(primary, secondary, tertiary) weights of one token."""
    lower = token.lower()
    case = 0 if token == lower else 1
    if lower in LETTER_RANK:  # č, ř, š, ž and ch included
        return LETTER + LETTER_RANK[lower], 0, case
    base, *marks = unicodedata.normalize("NFD", lower)
    if base in LETTER_RANK:
        accent = sum(ord(mark) for mark in marks) if marks else 0
        return LETTER + LETTER_RANK[base], accent, case
    if base.isdigit():
        return DIGIT + (int(base) if base.isdecimal() else 0), 0, 0
    if base.isspace():
        return SPACE, 0, 0
    return PUNCTUATION, ord(base), 0


def czech_key(text: str) -> tuple[tuple[int, ...], ...]:
    """A sort key ordering strings as a Czech dictionary does."""
    weights = [_weights(token) for token in _tokens(text)]
    return tuple(tuple(weight[level] for weight in weights) for level in range(3))


KIND_ORDER = {"country": 0, "region": 1, "orp": 2}


def territory_key(kind: str, code: str, name: str) -> tuple:
    """The country first, then the regions in their official order (by NUTS 3
    code, as the Czech Statistical Office lists them), then ORP alphabetically."""
    if kind == "orp":
        return KIND_ORDER[kind], czech_key(name), code
    return KIND_ORDER.get(kind, len(KIND_ORDER)), code
