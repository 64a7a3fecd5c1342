"""Opens the register's file from a path or an address and hashes it as it is
read, so a 100 MB download is neither kept in memory nor read twice."""

import hashlib
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from monitoring.importers.problems import ImportProblem, ImportRefused

TIMEOUT_SECONDS = 60
CHUNK = 1024 * 1024


class HashingReader:
    """A binary file whose reads also feed a SHA-256 digest."""

    def __init__(self, file: IO[bytes]):
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.digest.update(data)
        return data

    def sha256(self) -> str:
        """The digest of the whole file: what the parser left unread is read now."""
        while self.read(CHUNK):
            pass
        return self.digest.hexdigest()


def is_url(source: str) -> bool:
    return source.startswith(("https://", "http://"))


def source_name(source: str) -> str:
    """The file name a dataset version records."""
    return (
        source.rstrip("/").rsplit("/", 1)[-1] if is_url(source) else Path(source).name
    )


def _open(source: str) -> IO[bytes]:
    if is_url(source):
        request = urllib.request.Request(  # noqa: S310 (http or https, checked)
            source, headers={"User-Agent": "bydleni-v-krajich"}
        )
        return urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)  # noqa: S310
    return Path(source).open("rb")


@contextmanager
def opened(source: str) -> Iterator[HashingReader]:
    """The file at a local path or an http(s) address, read as a stream."""
    try:
        file = _open(source)
    except (OSError, ValueError) as error:
        raise ImportRefused(
            [ImportProblem(f"Soubor {source} se nepodařilo otevřít ({error}).")]
        ) from error
    with file:
        yield HashingReader(file)
