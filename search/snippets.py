"""A short excerpt of a page's text with the query's words marked.

Works the same on every backend: a word counts as a match when its folded form
starts with the light stem of a query word, so ``fondy`` marks ``fondu``.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search import czech

SNIPPET_CHARS = 240


class _FoldingTable(dict):
    """``str.translate`` table that folds a character as ``czech.fold`` does, or
    keeps it where folding would change the length (``ß``), so positions in the
    folded text are positions in the original."""

    def __missing__(self, code: int) -> str:
        plain = czech.fold(chr(code))
        self[code] = plain if len(plain) == 1 else chr(code)
        return self[code]


FOLDING = _FoldingTable()


def _matches(text: str, stems: list[str]) -> list[tuple[int, int]]:
    alternatives = "|".join(map(re.escape, stems))
    pattern = rf"(?<![^\W_])(?:{alternatives})[^\W_]*"  # a word starting with a stem
    return [match.span() for match in re.finditer(pattern, text.translate(FOLDING))]


def _window(text: str, first_match: int) -> tuple[int, int]:
    """Start and end of an excerpt around the first match, cut at spaces."""
    start = max(0, first_match - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first_match else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def highlight(texts: list[str], terms: list[str]) -> SafeString:
    """An excerpt of the first text that contains a query word, or the opening
    of the first text; escaped, with matches in ``<mark>``."""
    stems = [czech.stem(term) for term in terms]
    texts = [" ".join(text.split()) for text in texts if text and text.strip()]
    if not texts:
        return mark_safe("")
    for text in texts:
        spans = _matches(text, stems) if stems else []
        if spans:
            break
    else:
        text, spans = texts[0], []
    start, end = _window(text, spans[0][0] if spans else 0)
    parts, position = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (parts are escaped)
