import math
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

FIRST_DATA_ROW = 2  # the header is row 1 in a spreadsheet


@dataclass(frozen=True)
class ImportProblem:
    """Why a file cannot be imported; ``row`` is the row number a spreadsheet shows
    (the header is row 1), ``column`` the column's name in the file."""

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"řádek {self.row}")
        if self.column:
            place.append(f"sloupec „{self.column}“")
        return f"{', '.join(place)}: {self.message}" if place else self.message


class ImportRefused(Exception):
    """Raised with the problems found (the first ones when there are many) and
    their ``total``; nothing has been written."""

    def __init__(self, problems: list[ImportProblem], total: int | None = None):
        self.problems = problems
        self.total = len(problems) if total is None else total
        super().__init__("\n".join(str(problem) for problem in problems))


class ProblemCollector:
    """Keeps the first problems of a file in row order, at most
    MONITORING_IMPORT_MAX_PROBLEMS of them, and counts every one: a file of
    millions of bad cells then costs no more memory than one of a thousand.

    Problems are added a chunk of rows at a time, in any order within the chunk;
    ``settle`` then sorts them in among the kept ones. A problem whose row comes
    after the last kept one once the collector is full is only counted."""

    def __init__(self, limit: int | None = None):
        self.limit = settings.MONITORING_IMPORT_MAX_PROBLEMS if limit is None else limit
        self.kept: list[ImportProblem] = []
        self.pending: list[ImportProblem] = []
        self.total = 0

    @property
    def cutoff(self) -> float:
        """Rows from this one on cannot make it into the kept problems."""
        if len(self.kept) < self.limit:
            return math.inf
        return self.kept[-1].row or 0

    def add(self, problem: ImportProblem) -> None:
        self.add_lazily(problem.row or 0, lambda: problem)

    def add_lazily(self, row: int, problem: Callable[[], ImportProblem]) -> None:
        """Counts a problem on ``row`` and calls ``problem`` to build it only when
        it is kept."""
        self.total += 1
        if row < self.cutoff:
            self.pending.append(problem())
            if len(self.pending) >= self.limit:
                self.settle()

    def count(self, number: int) -> None:
        """Counts problems the caller did not build (being past the cutoff)."""
        self.total += number

    def settle(self) -> None:
        merged = sorted(self.kept + self.pending, key=lambda problem: problem.row or 0)
        self.kept, self.pending = merged[: self.limit], []

    def refusal(self) -> ImportRefused:
        self.settle()
        return ImportRefused(self.kept, self.total)
