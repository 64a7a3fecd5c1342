"""The one byte range a download client asks for (RFC 9110, section 14): resumed
downloads and readers of part of a large file. Several ranges in one request, or a
header we cannot read, are ignored, which the RFC allows: the whole file is sent."""

import re

RANGE = re.compile(r"bytes=(\d{0,19})-(\d{0,19})")


class Unsatisfiable(Exception):
    """The range starts past the file's end (answered with 416)."""


def requested_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte (inclusive) of the range the Range header asks for,
    or None to send the whole file; raises Unsatisfiable."""
    match = RANGE.fullmatch(header.strip()) if header else None
    if match is None:
        return None
    first, last = match.groups()
    if not first:
        if not last:
            return None
        suffix = int(last)  # the last N bytes
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return max(size - suffix, 0), size - 1
    start = int(first)
    if start >= size:
        raise Unsatisfiable
    end = min(int(last), size - 1) if last else size - 1
    if end < start:
        return None  # not a valid range: ignored
    return start, end
