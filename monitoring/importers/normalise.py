"""Small pure functions that turn what people type into comparable text."""

import unicodedata


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def header_key(text: str) -> str:
    """'Kód území ' → 'kod_uzemi'."""
    plain = strip_diacritics(text).strip().lower()
    return "_".join(plain.replace("-", " ").split())
